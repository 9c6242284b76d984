"""Speed work changes how the outputs are made, never what they say: the whole run on the bundled
sample and on the benchmark's S and M inboxes gives, cell for cell and paragraph for paragraph,
the outputs recorded in tests/data/outputs_fingerprint.json.

What is compared is what a clerk reads: every cell value of every sheet of the master (its
生成时间 masked), the text of every paragraph and table cell of the 通报 and of each notice, in
order, with which page section it is in, and the JSON of ``stats``. Not the bytes: a new
XlsxWriter or python-docx may write the same content differently.

An output changed on purpose (a new column, a reworded sentence) is recorded again with
``python tests/test_outputs_unchanged.py`` — say why in the commit.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

import pytest

from ledgerdesk.cli import main
from ledgerdesk.resources import sample_returns
from ledgerdesk.tools import bench

RECORD = Path(__file__).parent / "data" / "outputs_fingerprint.json"
SAMPLE = sample_returns()
MADE = re.compile(r"20\d\d-\d\d-\d\d \d\d:\d\d")  # when a file was made: not its content


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()[:16]


def _mask(value: object, root: Path) -> object:
    """A text without the moment it was made and the folders it was made in (the run's, and the
    bundled sample's, which is wherever ledgerdesk is installed)."""
    if isinstance(value, str):
        for folder in (root, SAMPLE):
            value = value.replace(folder.as_posix(), "<目录>").replace(str(folder), "<目录>")
        return MADE.sub("<时间>", value)
    return value


def _workbook(path: Path, root: Path) -> dict[str, str]:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {
        sheet: _digest([[_mask(v, root) for v in row] for row in book.get_sheet_by_name(sheet).to_python()])
        for sheet in book.sheet_names
    }


def _document(path: Path, root: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    body = doc.element.body
    texts = []
    for element in body.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            texts.append(_mask("".join(t.text or "" for t in element.iter() if t.tag.endswith("}t")), root))
        elif tag == "sectPr":
            texts.append("<节>")
    return _digest(texts)


def fingerprint(out: Path, root: Path) -> dict[str, str]:
    """Per output file (and per sheet of a workbook): a digest of what a clerk reads in it."""
    found: dict[str, str] = {}
    for path in sorted(out.rglob("*")):
        name = path.relative_to(out).as_posix()
        if "历史版本" in name:
            continue
        if path.suffix == ".xlsx":
            found |= {f"{name}#{sheet}": d for sheet, d in _workbook(path, root).items()}
        elif path.suffix == ".docx":
            found[name] = _document(path, root)
        elif path.suffix == ".json":
            found[name] = _digest(_mask(path.read_text(encoding="utf-8"), root))
    return found


def run(case: str, root: Path) -> dict[str, str]:
    """The run a clerk starts for ``case``: the sample's ``ledgerdesk run``, or ``brief`` with
    notices on a benchmark inbox; then ``stats --json`` of the master it wrote."""
    out = root / "out"
    if case == "sample":
        assert main(["run", "--out", str(out)]) == 0
    else:
        folder = bench.dataset(case)
        settings = root / "bench.toml"
        settings.write_text(
            f'as_of = {bench.AS_OF.isoformat()}\nunits_file = "{(folder / "单位名录.csv").as_posix()}"\n',
            encoding="utf-8",
        )
        args = ["brief", str(folder / "inbox"), "--settings", str(settings), "--out", str(out / "通报.docx")]
        assert main([*args, "--notices", str(out / "催办通知")]) == 0
    master = next(out.rglob("汇总台账.xlsx"))
    stats = root / "stats.json"
    elsewhere = root / "cwd"  # stats writes to ./out: a folder of the test's own, not the checkout's
    elsewhere.mkdir()
    with open(stats, "w", encoding="utf-8") as fh, contextlib.chdir(elsewhere):
        sys.stdout, before = fh, sys.stdout
        try:
            assert main(["stats", str(master), "--json"]) == 0
        finally:
            sys.stdout = before
    return fingerprint(out, root) | {"stats.json": _digest(_mask(stats.read_text(encoding="utf-8"), root))}


@pytest.mark.parametrize("case", ["sample", "S", "M"])
def test_the_outputs_say_what_they_said(tmp_path, case):
    want = json.loads(RECORD.read_text(encoding="utf-8"))[case]
    got = run(case, tmp_path)
    changed = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
    assert not changed, f"{case}: 这些输出与记录不同：{changed[:10]}（共 {len(changed)} 处）"
    assert len(got) > 5  # the master's sheets, the 通报, notices and the JSON were all looked at


if __name__ == "__main__":  # record the outputs again (after a change made on purpose)
    record = {}
    for case in ("sample", "S", "M"):
        with tempfile.TemporaryDirectory() as tmp:
            record[case] = run(case, Path(tmp))
    RECORD.write_text(
        json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"recorded {sum(map(len, record.values()))} outputs in {RECORD}")
