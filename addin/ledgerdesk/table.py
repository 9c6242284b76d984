"""Columns of equal length under their labels: the ledger, its items with their figures, the rows
left out, a sheet read back.

What the merge builds and every output reads, as plain Python lists. Not a pandas DataFrame: each
ribbon click and each command starts a new Python, and importing pandas alone takes longer than
merging a city's returns (docs/benchmarks.md). ``to_pandas`` gives a DataFrame for a script or a
notebook.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


class Table:
    """Named columns, all of one length; a column is a list (``table[label]``), in order."""

    __slots__ = ("_columns", "_length", "_fixed")

    def __init__(self, columns: Mapping[str, Sequence[Any]] | None = None, length: int | None = None) -> None:
        """``length`` is the number of rows (checked against every column); without it, the first
        column sets it."""
        self._columns: dict[str, list[Any]] = {}
        self._length = length or 0
        self._fixed = length is not None
        for label, values in (columns or {}).items():
            self[label] = values

    @classmethod
    def of_rows(cls, rows: Iterable[Sequence[Any]], labels: Sequence[str]) -> Table:
        """A table from its rows (each as long as ``labels``)."""
        rows = list(rows)
        if any(len(r) != len(labels) for r in rows):
            raise ValueError("每一行的格数必须与列数相同")
        if not rows:
            return cls({label: [] for label in labels})
        return cls(dict(zip(labels, map(list, zip(*rows, strict=True)), strict=True)), len(rows))

    @classmethod
    def of_records(cls, records: Iterable[Mapping[Any, Any]], labels: Sequence[str]) -> Table:
        """A table from dictionaries; a label a record lacks is None there."""
        return cls.of_rows(([r.get(label) for label in labels] for r in records), labels)

    @classmethod
    def concat(cls, tables: Sequence[Table]) -> Table:
        """The rows of ``tables`` one after another; a column some lack is "" in their rows."""
        labels = list(dict.fromkeys(label for t in tables for label in t.columns))
        return cls(
            {
                label: [v for t in tables for v in (t[label] if label in t else [""] * len(t))]
                for label in labels
            },
            sum(map(len, tables)),
        )

    @classmethod
    def from_pandas(cls, frame: pd.DataFrame) -> Table:
        """A DataFrame's columns as lists (missing values as None)."""
        return cls(
            {
                str(c): [None if v is None or v != v else v for v in frame[c].tolist()]  # NaN is None
                for c in frame.columns
            },
            len(frame),
        )

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def __len__(self) -> int:
        return self._length

    def __contains__(self, label: object) -> bool:
        return label in self._columns

    def __getitem__(self, label: str) -> list[Any]:
        return self._columns[label]

    def __setitem__(self, label: str, values: Sequence[Any]) -> None:
        values = values if isinstance(values, list) else list(values)
        if self._fixed and len(values) != self._length:
            raise ValueError(f"列「{label}」有 {len(values)} 个值，表有 {self._length} 行")
        self._length, self._fixed = len(values), True
        self._columns[label] = values

    def get(self, label: str, default: list[Any] | None = None) -> list[Any] | None:
        """The column ``label``, or ``default`` when the table has none."""
        return self._columns.get(label, default)

    def rows(self, labels: Sequence[str] | None = None) -> Iterator[tuple[Any, ...]]:
        """Each row as a tuple of the columns ``labels`` (all, in order, by default)."""
        columns = [self._columns[label] for label in (labels or self._columns)]
        return zip(*columns, strict=True) if columns else iter([()] * self._length)

    def records(self) -> list[dict[str, Any]]:
        labels = self.columns
        return [dict(zip(labels, row, strict=True)) for row in self.rows()]

    def take(self, indices: Sequence[int]) -> Table:
        """The rows at ``indices``, in that order."""
        return Table({label: [v[i] for i in indices] for label, v in self._columns.items()}, len(indices))

    def select(self, labels: Iterable[str]) -> Table:
        """These columns (the same lists, not copies), in this order."""
        return Table({label: self._columns[label] for label in labels}, self._length)

    def with_columns(self, columns: Mapping[str, Sequence[Any]]) -> Table:
        """A new table: these columns and the others (shared, not copied); this one is unchanged."""
        table = Table(self._columns, self._length)
        for label, values in columns.items():
            table[label] = values
        return table

    def to_pandas(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(
            {label: pd.Series(values, dtype=object) for label, values in self._columns.items()},
            columns=self.columns,
            index=range(self._length),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return self._length == other._length and self._columns == other._columns

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Table({self._length} 行 × {len(self._columns)} 列: {'、'.join(self.columns[:8])}…)"
