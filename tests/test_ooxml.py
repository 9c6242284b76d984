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
