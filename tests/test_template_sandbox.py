"""Hostile templates: a clerk's 通报 or 催办 template may come from anywhere (issue 30). Each attack is
written into the shipped template and filled the way ``ledgerdesk brief`` fills it; afterwards no
file outside the output may have been touched, no document may be left, the run must end within
its limit, and the clerk is told in Chinese what was refused."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest
import test_briefing
from docx import Document
from test_briefing import SETTINGS

from ledgerdesk.outputs import sandbox
from ledgerdesk.outputs.briefing import TemplateError, write_documents, write_notices
from ledgerdesk.resources import templates_dir

metrics = pytest.fixture(scope="module")(test_briefing.metrics.__wrapped__)  # the same 164 items
LIMIT = 2.0  # seconds a fill may take in these tests (the shipped limit is sandbox.FILL_SECONDS)

ATTACKS = [
    # objects handed to the template are printed, never opened
    ("{{ chart.template.save('MARK') }}", "不能读取“template”"),
    ("{{ chart.template.replace_zipname('word/document.xml', 'MARK', 'x') }}", "不能读取“template”"),
    ("{{ chart.chart.workbook }}", "不能读取“chart”"),
    ("{{ chart._insert() }}", "不能读取“_insert”"),
    ("{{ units.__class__.__mro__ }}", "不能读取|不能使用"),
    ("{{ self.__init__.__globals__ }}", "不能读取"),
    ("{{ cycler.__init__.__globals__.os.popen('touch MARK').read() }}", "不能读取|不能使用"),
    ("{{ namespace.__init__ }}", "不能读取|不能使用"),
    ("{{ range.__self__ }}", "不能读取"),
    ("{{ units|attr('__class__') }}", "不能读取|不能使用"),
    ("{{ units|map(attribute='__class__')|list }}", "不能读取|不能使用"),
    # no method of any value
    ("{{ '{0.__class__}'.format_map(units) }}", "不能读取“format_map”"),
    ("{{ '{0}'.format(units) }}", "不能读取“format”"),
    ("{{ title.upper() }}", "不能读取“upper”"),
    ("{{ units.append(1) }}", "不能读取“append”"),
    ("{{ units.pop() }}", "不能读取“pop”"),
    # no huge values
    ("{{ 'x' * 1000000000 }}", "重复得到的文字超过"),
    ("{{ units * 100000000 }}", "重复得到的文字超过"),
    ("{{ (9 ** 9) ** (9 ** 9) }}", "乘方太大"),
    ("{{ 10 ** 100000 }}", "乘方太大"),
    ("{{ 'x'|center(1000000000) }}", "居中得到的文字超过"),
    ("{{ 'ab'|replace('', 'x' * 900000) }}", "替换得到的文字超过"),
    ("{{ ('x\\n' * 400000)|indent(100) }}", "缩进得到的文字超过"),
    ("{% for i in range(10000000) %}{% endfor %}", "range 最多"),
    # no endless work
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "填写时间超过"),
    (
        "{% for u in units %}{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}{% endfor %}",
        "填写时间超过",
    ),
    ("{% for i in range(100000) %}{{ 'x' * 999999 }}{% endfor %}", "填写出的内容超过|填写时间超过"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "宏调用层次太深"),
    # nothing from outside
    ("{{ lipsum(n=100000) }}", "不认识的占位符"),
    ("{% include 'MARK' %}", "无法填写"),
    ("{% extends 'MARK' %}", "无法填写"),
]


def _hostile(tmp_path: Path, base: str, text: str) -> Path:
    doc = Document(str(templates_dir() / base))
    doc.add_paragraph(text)
    path = tmp_path / "模板" / base
    path.parent.mkdir(exist_ok=True)
    doc.save(str(path))
    return path


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("attack", "said"), ATTACKS, ids=[a for a, _ in ATTACKS])
def test_a_hostile_briefing_template_is_refused_and_touches_nothing(
    metrics, tmp_path, monkeypatch, attack, said
):
    monkeypatch.setattr(sandbox, "FILL_SECONDS", LIMIT)
    mark = tmp_path / "MARK"
    template = _hostile(tmp_path, "通报模板.docx", attack.replace("MARK", str(mark)))
    (tmp_path / "汇总台账.xlsx").write_bytes(b"the clerk's master")
    before = _files(tmp_path)
    started = time.monotonic()
    with pytest.raises(TemplateError) as refused:
        write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", template=template)
    assert time.monotonic() - started < LIMIT + 20
    message = str(refused.value)
    assert re.search(said, message), message
    assert "模板「通报模板.docx」" in message and not re.search(r"[A-Za-z]{4,}Error|Traceback", message)
    assert _files(tmp_path) == before  # nothing written, nothing changed, no MARK
    assert not mark.exists()


@pytest.mark.parametrize(
    ("attack", "said"),
    [ATTACKS[0], ATTACKS[12], ATTACKS[16], ATTACKS[24], ATTACKS[27]],
    ids=["object", "method", "text", "loops", "recursion"],
)
def test_a_hostile_notice_template_is_refused_the_same_way(metrics, tmp_path, monkeypatch, attack, said):
    """The notices are filled by a faster path of their own: the same sandbox holds there."""
    monkeypatch.setattr(sandbox, "FILL_SECONDS", LIMIT)
    template = _hostile(tmp_path, "催办通知模板.docx", attack.replace("chart", "units").replace("MARK", "x"))
    with pytest.raises(TemplateError, match="模板「催办通知模板.docx」"):
        write_notices(metrics, SETTINGS, tmp_path / "催办", template=template)
    assert not list(tmp_path.glob("催办/*.docx"))


def test_a_template_that_unpacks_to_too_much_is_not_opened(metrics, tmp_path, monkeypatch):
    """A small file whose parts unpack to far more than any Word template is refused before it is
    opened (the shipped bound is 100 MB; 1 MB here, so the test stays small)."""
    monkeypatch.setattr(sandbox, "TEMPLATE_INFLATED", 1024 * 1024)
    shipped = (templates_dir() / "通报模板.docx").read_bytes()
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(shipped)) as z, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            out.writestr(info, z.read(info))
        out.writestr("word/media/padding.bin", b"\0" * (3 * 1024 * 1024))
    path = tmp_path / "模板.docx"
    path.write_bytes(bomb.getvalue())
    assert path.stat().st_size < 200_000
    with pytest.raises(TemplateError, match="解压后有 3 MB，超过 1 MB，出于安全考虑没有打开"):
        write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", template=path)
    monkeypatch.setattr(sandbox, "TEMPLATE_BYTES", 1000)
    with pytest.raises(TemplateError, match="超过 0.0 MB，不像是 Word 模板"):
        write_notices(metrics, SETTINGS, tmp_path / "催办", template=path)
    assert not (tmp_path / "通报.docx").exists() and not list(tmp_path.glob("催办/*.docx"))


def test_the_shipped_templates_still_fill_in(metrics, tmp_path):
    """What the bundled templates do (keys of rows, loops, loop.first, a chart) is all allowed."""
    docs = write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", notices_dir=tmp_path / "催办")
    assert docs.briefing.stat().st_size > 10_000 and docs.notices
    with zipfile.ZipFile(docs.briefing) as z:
        assert any(n.startswith("word/charts/") for n in z.namelist())
