"""The ledger model (model.py): every column and sheet declared once, and the code uses it."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from ledgerdesk import model
from ledgerdesk.model import ALL, BY_LABEL, Col, Column, Sheet
from ledgerdesk.reading.schema import STATE_LABELS, STATUS_WORDS

PACKAGE = Path(model.__file__).parent
# The vocabulary (schema.py: how units spell headers and statuses) and the benchmark's synthetic
# returns (bench.py: headers as units write them) spell labels on purpose.
SPELLED_ON_PURPOSE = {"model.py", "schema.py", "bench.py"}


def _labels() -> set[str]:
    labels = {str(c) for c in ALL if re.search("[\u4e00-\u9fff]", c)}
    labels |= {v for k, v in vars(Sheet).items() if not k.startswith("_")}
    labels |= {v for k, v in vars(model.About).items() if not k.startswith("_")}
    # A state's label (已完成, 长期坚持 …) is a status word too: as a word it is vocabulary.
    return labels - set(STATUS_WORDS) - set(STATE_LABELS.values())


def _spelled(path: Path, labels: set[str]) -> list[str]:
    """String literals of ``path`` equal to a label (docstrings and f-strings are text, not names)."""
    tokens = [
        t
        for t in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        if t.type not in (tokenize.COMMENT, tokenize.NL)
    ]
    found = []
    for before, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if token.type != tokenize.STRING or re.match(r"[rbuRBU]*[fF]", token.string):
            continue
        if (
            before.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
            and after.type == tokenize.NEWLINE
        ):
            continue  # a docstring
        value = ast.literal_eval(token.string)
        if value in labels:
            found.append(f"{path.name}:{token.start[0]} {value}")
    return found


def test_no_module_spells_out_a_column_or_sheet_of_the_model():
    labels = _labels()
    assert {"整改状态", "来源文件", "是否超期", "原始内容", "总台账", "统计截止日"} <= labels
    spelled = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name not in SPELLED_ON_PURPOSE
        for hit in _spelled(path, labels)
    ]
    assert spelled == []


def test_the_check_finds_a_label_spelled_out(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('"""问题描述"""\nx = frame["整改状态"]\ny = f"整改状态{x}"\n', encoding="utf-8")
    assert _spelled(module, _labels()) == ["m.py:2 整改状态"]


def test_a_column_is_its_label():
    assert Col.STATUS == "整改状态" and hash(Col.STATUS) == hash("整改状态")
    assert {"整改状态": 1}[Col.STATUS] == 1
    assert str(Col.STATUS).__class__ is str
    assert Col.STATUS.key == "status" and Col.STATUS.role == model.CANONICAL
    copied = __import__("copy").deepcopy(Col.STATUS)
    assert copied == "整改状态" and type(copied) is str


def test_each_label_is_declared_once_and_roles_build_the_ledger():
    assert len(BY_LABEL) == len(ALL)
    assert model.LEDGER_COLUMNS == (*model.COLUMNS, *model.DERIVED_COLUMNS, *model.PROVENANCE_COLUMNS)
    assert model.COLUMNS[0] == Col.ID and Col.REMARK in model.COLUMNS
    assert set(model.DATE_COLUMNS) == {Col.FOUND, Col.DEADLINE, Col.DONE_ON}
    assert set(model.AUDIT) == {c for c in ALL if c.folded}
    assert not set(model.UPDATABLE) & set(model.LOCKED)


def test_a_column_unknown_to_the_model_gets_a_width_by_its_header():
    assert model.width(Col.DESCRIPTION) == 26
    assert model.width("我们自己加的一列说明文字") == 16  # capped
    assert model.width("口径") == 8
    assert isinstance(Column("x"), str)
