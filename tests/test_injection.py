"""No text from a return becomes a hyperlink, a formula or a field in any output (issue 30, point 7):
a unit's 问题描述 written as a web address, a mail address, a formula or a Word field code reaches the
master, the per-unit returns, the 下发清单, the 通报 and the 催办通知 as plain text."""

from __future__ import annotations

import re
import zipfile
from datetime import date

from conftest import write_return
from ledgerdesk.jobs import MASTER_NAME, brief, process, split
from ledgerdesk.reading.settings import Settings

SETTINGS = Settings(as_of=date(2024, 7, 31))
HOSTILE = [
    "https://example.com/路灯不亮 请点击",
    "mailto:someone@example.com 反映噪声",
    '=HYPERLINK("https://example.com","点此")',
    '{ HYPERLINK "https://example.com" } 小区积水',
    "www.example.com 占道经营",
]
# a link, a formula, or a field that opens one (the template's own PAGE field is no text of a return)
LINKS = re.compile(
    rb"<hyperlink|TargetMode=\"External\"|<f>|<w:hyperlink|<w:fldSimple[^>]*HYPERLINK|<w:instrText[^>]*>[^<]*HYPERLINK"
)


def test_text_from_a_return_is_never_a_link_formula_or_field(tmp_path):
    rows = [["序号", "问题描述", "责任单位", "整改时限", "整改状态"]]
    rows += [[n + 1, text, "市城市管理局", "2024年6月30日", "未整改"] for n, text in enumerate(HOSTILE)]
    rows.append(
        [9, "井盖破损", "https://example.com/单位", "2024年6月30日", "未整改"]
    )  # a unit named as a link
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(inbox / "市城管局.xlsx", rows)
    out = tmp_path / "out"
    job = process(inbox, out, SETTINGS)
    master = out / MASTER_NAME
    split(master, tmp_path / "下发", SETTINGS)
    brief(job, SETTINGS, out, out / "通报.docx", notices_dir=out / "催办")
    written = [master, *(tmp_path / "下发").glob("*.xlsx"), out / "通报.docx", *(out / "催办").glob("*.docx")]
    assert len(written) >= 5
    for path in written:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith((".xml", ".rels")):
                    assert not LINKS.search(z.read(name)), (path.name, name)
    with zipfile.ZipFile(next((tmp_path / "下发").glob("*城市管理局*.xlsx"))) as z:
        text = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml"))
    assert b"mailto:someone@example.com" in text  # the text is there, as text
