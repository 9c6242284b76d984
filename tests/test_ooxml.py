"""Word is stricter than LibreOffice: every template and every file the tool writes passes an OOXML
schema validator (openxml-audit) with no finding, the chart's embedded workbook included."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from conftest import AS_OF
from ledgerdesk.jobs import MASTER_NAME, brief, notices_folder, process, split
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import resource_dir, sample_returns, templates_dir


def findings(path: Path) -> list[str]:
    result = OpenXmlValidator().validate(str(path))
    return [f"{e.part_uri} {e.path}: {e.description}" for e in result.errors]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("ooxml")
    settings = Settings(as_of=AS_OF)
    job = process(sample_returns(), root, settings)
    docs = brief(job, settings, root, notices_dir=notices_folder(root, AS_OF))
    bulletin = brief(
        job, settings, root, briefing_path=root / "简报.docx", template=templates_dir() / "简报模板.docx"
    )
    master = root / "副本.xlsx"
    shutil.copyfile(root / MASTER_NAME, master)
    sent = split(master, root / "下发", settings)
    embedded = root / "图表数据.xlsx"
    with zipfile.ZipFile(docs.briefing) as z:
        name = next(n for n in z.namelist() if n.startswith("word/embeddings/"))
        embedded.write_bytes(z.read(name))
    return [
        root / MASTER_NAME,
        docs.briefing,
        bulletin.briefing,
        *docs.notices,
        embedded,
        sent.returns[0],
        sent.manifest,
    ]


def test_every_template_and_the_control_workbook_have_no_finding():
    for path in (
        *sorted(templates_dir().glob("*.docx")),
        templates_dir() / "整改台账模板.xlsx",
        resource_dir("workbooks") / "督查台账助手.xlsx",
    ):
        assert findings(path) == [], path.name


def test_every_file_the_tool_writes_has_no_finding(outputs):
    assert len(outputs) >= 8
    for path in outputs:
        assert findings(path) == [], path.name


def test_every_font_a_document_names_is_declared_with_a_face_to_fall_back_on(outputs):
    """Every face the 通报, 简报 and notices name (in the text, the styles, headers and footers) is in
    their font table; each Chinese one with the face Windows has when the _GB2312 one is missing
    (altName), the GB2312 character set and a panose, so Word and WPS choose the nearest face."""
    import re

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    documents = [p for p in outputs if p.suffix == ".docx"]
    assert len(documents) >= 3
    for path in documents:
        with zipfile.ZipFile(path) as z:
            named = {
                m
                for n in z.namelist()
                if re.fullmatch(r"word/(document|styles|header\d*|footer\d*)\.xml", n)
                for m in re.findall(r'w:(?:eastAsia|ascii|hAnsi)="([^"]+)"', z.read(n).decode("utf-8"))
                if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", m)  # (w:lang's eastAsia="zh-CN")
            }
            table = etree.fromstring(z.read("word/fontTable.xml"))
        fonts = {f.get(f"{w}name"): f for f in table.findall(f"{w}font")}
        assert named and named <= set(fonts), (path.name, named - set(fonts))
        for name in named:
            if re.search(r"[\u4e00-\u9fff]", name):
                font = fonts[name]
                assert font.find(f"{w}altName") is not None, (path.name, name)
                assert (
                    font.find(f"{w}charset").get(f"{w}val") == "86" and font.find(f"{w}panose1") is not None
                )
