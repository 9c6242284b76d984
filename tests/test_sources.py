"""open_return tells a file by its content and gives its grids: workbooks as calamine reads them,
CSV in every encoding a system writes, the tables of Word documents, the returns in a zip, and a
problem in Chinese for everything else. Inputs are real files made here (or in tests/data)."""

from __future__ import annotations

import codecs
import csv
import io
import os
import random
import shutil
import struct
import sys
import time
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

import pytest
import python_calamine as calamine
import xlsxwriter
from docx import Document

from conftest import DATA, libreoffice_convert, write_return
from ledgerdesk.reading import sources
from ledgerdesk.reading.sources import Grid, Source, open_return

ROOT = Path(__file__).parents[1]
HEADER = ["序号", "问题编号", "问题描述", "整改状态"]
ROWS = [
    ["1", "20240701123456789", "窗口排队，等候时间长\n（群众反映）", "已完成"],
    ["2", "20240701123456790", "", "正在整改"],
]


def one(sources_: list[Source]) -> Source:
    assert len(sources_) == 1, [s.name for s in sources_]
    return sources_[0]


def codes(source: Source) -> list[str]:
    return [p.code for p in source.problems]


def proposed(code: str) -> set[str]:
    """The codes a file form's problem may have (one, now that problems.py has them all)."""
    return {code}


def calamine_grids(path: Path) -> list[tuple[str, list[list[object]], list[object]]]:
    """What calamine gives for a workbook, the way intake.read_workbook read it before sources.py."""
    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    out = []
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        rows = sheet.to_python(skip_empty_area=False)
        while rows and not any(v != "" and v is not None for v in rows[-1]):
            rows.pop()
        out.append((name, rows, sheet.merged_cell_ranges or []))
    return out


def require_libreoffice() -> None:
    """Skip where LibreOffice is not installed, but fail on CI (as conftest.libreoffice_convert)."""
    if sources.find_soffice() is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing: .ci/run installs libreoffice-calc-nogui and -writer-nogui")
        pytest.skip("LibreOffice not installed here")


def grids_of(source: Source) -> list[tuple[str, list[list[object]], list[object]]]:
    return [(g.sheet, g.rows, list(g.merged)) for g in source.grids]


# ---------------------------------------------------------------------------------------------
# Workbooks: the hot path is calamine, unchanged

REAL = sorted((ROOT / "workbooks" / "returns").glob("*.xlsx")) + sorted((DATA / "real").glob("*.xlsx"))


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_every_sample_and_real_return_reads_as_calamine_reads_it(path):
    source = one(open_return(path))
    assert (source.name, source.kind, source.problems) == (path.name, "xlsx", [])
    assert grids_of(source) == calamine_grids(path)
    assert source.mtime == path.stat().st_mtime


def test_the_real_returns_are_there():
    assert len(REAL) >= 40


def test_a_workbook_with_a_merged_title_a_date_and_a_hidden_sheet(tmp_path):
    path = tmp_path / "市财政局.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("台账")
    ws.merge_range(0, 0, 0, 3, "市财政局整改台账")
    ws.write_row(1, 0, ["序号", "问题描述", "整改时限", "整改状态"])
    ws.write_number(2, 0, 1)
    ws.write_string(2, 1, "窗口排队")
    ws.write_datetime(2, 2, datetime(2024, 6, 30), book.add_format({"num_format": "yyyy-mm-dd"}))
    ws.write_string(2, 3, "已完成")
    ws.write_blank(40, 0, None, book.add_format({"bold": True}))  # a formatted empty row far down
    extra = book.add_worksheet("补报")
    extra.write_row(0, 0, ["问题描述", "整改状态"])
    extra.hide()
    book.close()

    source = one(open_return(path, name="收件箱/市财政局.xlsx"))
    assert (source.name, source.kind, source.problems) == ("收件箱/市财政局.xlsx", "xlsx", [])
    first, second = source.grids
    assert first == Grid(
        "台账",
        [
            ["市财政局整改台账", "", "", ""],
            ["序号", "问题描述", "整改时限", "整改状态"],
            [1.0, "窗口排队", date(2024, 6, 30), "已完成"],
        ],
        [((0, 0), (0, 3))],
    )
    assert (second.sheet, second.rows, second.hidden) == ("补报", [["问题描述", "整改状态"]], True)


def test_an_et_that_is_really_an_xlsx_is_read_as_one(tmp_path):
    path = write_return(tmp_path / "市司法局.et", [HEADER, *ROWS])
    source = one(open_return(path))
    assert (source.kind, source.problems) == ("xlsx", [])
    assert source.grids[0].rows[0] == HEADER


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("macro-enabled-市民政局.xlsm", "xlsm"),
        ("old-format-市统计局.xls", "xls"),
        ("libreoffice-市气象局.ods", "ods"),
        ("million-formatted-rows-市水利局.xlsx", "xlsx"),
    ],
)
def test_other_workbook_formats_are_told_by_content(name, kind):
    source = one(open_return(DATA / "hostile" / name))
    assert (source.kind, source.problems) == (kind, [])
    assert source.grids[0].rows[1] == ["序号", "问题描述", "整改措施", "整改时限", "整改状态", "完成时间"]
    assert len(source.grids[0].rows) == 5  # the formatted empty rows are trimmed


def test_merged_cells_of_an_ods_come_from_its_content_xml(tmp_path):
    path = tmp_path / "合并.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        )
        z.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:'
            'tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:body><office:spreadsheet><table:table table:name="台账">'
            '<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string">'
            "<text:p>标题</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
            '<table:table-row><table:table-cell office:value-type="string"><text:p>问题描述</text:p>'
            '</table:table-cell><table:table-cell office:value-type="string"><text:p>整改状态</text:p>'
            "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
            "</office:document-content>",
        )
    source = one(open_return(path))
    assert source.kind == "ods"
    assert source.grids == [Grid("台账", [["标题", ""], ["问题描述", "整改状态"]], [((0, 0), (0, 1))])]


def test_a_master_workbook_is_not_a_return(tmp_path):
    path = tmp_path / "汇总台账.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for name in ("总台账", "单位统计", "说明"):
        book.add_worksheet(name).write_string(0, 0, name)
    book.close()
    source = one(open_return(path))
    assert (codes(source), source.grids) == (["file-is-master"], [])


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("encrypted.xlsx", "file-encrypted"),
        ("zip-bomb.xlsx", "file-too-large"),
        ("zero-bytes.xlsx", "file-empty"),
        ("truncated.xlsx", "file-unreadable"),
        ("external-entity-市财政局.xlsx", "file-unreadable"),
        ("word-renamed.xlsx", "file-unreadable"),
        ("wps-table.et", "file-unreadable"),
        ("plain-text.xls", "file-unreadable"),
    ],
)
def test_broken_and_hostile_files_are_refused_with_their_problem(name, code):
    source = one(open_return(DATA / "hostile" / name))
    assert (source.grids, codes(source)) == ([], [code])
    assert source.problems[0].file == name


def test_a_workbook_over_64_mb_is_read_from_disk(tmp_path):
    small = write_return(tmp_path / "small.xlsx", [HEADER, *ROWS])
    path = tmp_path / "市水利局（附照片）.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        photo = b"\xff\xd8\xff\xe0" + random.Random(1).randbytes(sources.READ_WHOLE + 2**20)
        dst.writestr("xl/media/image1.jpeg", photo, zipfile.ZIP_STORED)  # photos do not compress
    assert path.stat().st_size > sources.READ_WHOLE
    source = one(open_return(path))
    assert (source.kind, source.problems) == ("xlsx", [])
    assert grids_of(source) == calamine_grids(small)


def test_a_broken_wps_table_says_how_to_save_it_again():
    source = one(open_return(DATA / "hostile" / "wps-table.et"))  # an OLE header and nothing else
    assert source.problems[0].message.startswith("文件无法读取：文件已损坏")
    assert "WPS" in source.problems[0].message and "另存为" in source.problems[0].message


def test_an_encrypted_workbook_says_so():
    source = one(open_return(DATA / "hostile" / "encrypted.xlsx"))
    assert source.problems[0].message == "文件已加密，请去掉打开密码后重新报送"


# ---------------------------------------------------------------------------------------------
# Text exported from a system


def delimited(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [
        ("utf-8", b"", ","),
        ("utf-8", codecs.BOM_UTF8, ","),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\t"),  # Excel's "Unicode 文本"
        ("utf-16-be", codecs.BOM_UTF16_BE, "\t"),
        ("gb18030", b"", ","),
        ("gbk", b"", ";"),
        ("utf-8", b"", "|"),
    ],
)
def test_a_csv_in_each_encoding_and_delimiter(tmp_path, encoding, bom, delimiter):
    path = tmp_path / "市税务局导出.csv"
    path.write_bytes(bom + delimited([HEADER, *ROWS], delimiter).encode(encoding))
    source = one(open_return(path))
    assert (source.kind, source.problems) == ("csv", [])
    assert source.grids == [Grid("市税务局导出", [HEADER, *ROWS], [])]


def test_a_gb18030_csv_keeps_quoted_commas_and_line_breaks_and_long_ids_as_text(tmp_path):
    text = (
        "市城管局问题整改台账\r\n"
        "序号,问题编号,问题描述,整改状态\r\n"
        '1,20240701123456789,"占道经营，夜市噪音\r\n多次投诉",已完成\r\n'
        '2,="0012",,正在整改\r\n'
        "\r\n"
    )
    path = tmp_path / "城管.txt"
    path.write_bytes(text.encode("gb18030"))
    (grid,) = one(open_return(path)).grids
    assert grid.rows == [
        ["市城管局问题整改台账", "", "", ""],
        ["序号", "问题编号", "问题描述", "整改状态"],
        ["1", "20240701123456789", "占道经营，夜市噪音\n多次投诉", "已完成"],
        ["2", "0012", "", "正在整改"],
    ]
    assert all(isinstance(v, str) for row in grid.rows for v in row)


def test_a_csv_renamed_xls_is_read_as_csv(tmp_path):
    path = tmp_path / "系统导出.xls"
    path.write_bytes(delimited([HEADER, *ROWS], "\t").encode("gb18030"))
    source = one(open_return(path))
    assert (source.kind, source.grids[0].rows) == ("csv", [HEADER, *ROWS])


def test_a_text_that_is_not_a_table(tmp_path):
    path = tmp_path / "说明.txt"
    path.write_text("各单位：\n请于7月30日前报送整改台账。\n", encoding="utf-8")
    source = one(open_return(path))
    # a note beside the returns, not a return sent wrong: named with what it is, a warning
    assert (source.kind, codes(source), source.grids) == ("text", ["file-skipped"], [])
    assert "纯文本文件" in source.problems[0].message and source.problems[0].severity == "warning"


def test_a_cover_letter_or_a_scan_beside_the_returns_is_named_not_an_error(tmp_path):
    for name, content in (
        ("报送函.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"),
        ("盖章页.jpg", b"\xff\xd8\xff\xe0" + bytes(99)),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        source = one(open_return(path))
        assert codes(source) == ["file-skipped"] and "不是台账，未读取" in source.problems[0].message


# ---------------------------------------------------------------------------------------------
# Not returns


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (random.Random(7).randbytes(5000), "binary", "无法识别"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "pdf", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "image", "图片"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "image", "图片"),
    ],
)
def test_what_is_not_a_return_is_named(tmp_path, content, kind, words):
    path = tmp_path / "市农业农村局.xlsx"
    path.write_bytes(content)
    source = one(open_return(path))
    assert (source.kind, codes(source), source.grids) == (kind, ["file-unreadable"], [])
    assert words in source.problems[0].message and "请报送 Excel 台账" in source.problems[0].message


def test_a_web_archive_says_how_to_save_it(tmp_path):
    path = tmp_path / "市民政局.xls"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n'
    )
    source = one(open_return(path))
    assert (source.kind, codes(source)) == ("mht", ["file-unreadable"])
    assert "另存为" in source.problems[0].message and "Excel 工作簿（*.xlsx）" in source.problems[0].message


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"Rar!\x1a\x07\x01\x00" + bytes(50), "RAR"), (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(50), "7-Zip")],
)
def test_rar_and_7z_say_to_unzip(tmp_path, content, words):
    path = tmp_path / "各单位台账.rar"
    path.write_bytes(content)
    source = one(open_return(path))
    assert codes(source)[0] in proposed("archive-unsupported")
    assert words in source.problems[0].message and "请解压" in source.problems[0].message


def test_a_missing_file_and_a_folder_are_problems_not_exceptions(tmp_path):
    missing = one(open_return(tmp_path / "没有.xlsx"))
    folder = one(open_return(tmp_path))
    assert codes(missing) == codes(folder) == ["file-unreadable"]
    assert "无法打开文件" in missing.problems[0].message


# ---------------------------------------------------------------------------------------------
# Word documents


def word_return(path: Path) -> Path:
    """A 市财政局 return in Word: a title and a 填报单位 line, a table with a merged row and a
    vertically merged 责任单位, a contact line, a second table, the 落款 and the date."""
    doc = Document()
    doc.add_paragraph("关于巡察反馈问题整改情况的报告。" * 10)  # body text, not kept
    doc.add_paragraph("市财政局巡察反馈问题整改台账")
    doc.add_paragraph("")
    doc.add_paragraph("填报单位：市财政局    填报日期：2024年7月30日")
    table = doc.add_table(rows=4, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "问题描述", "责任单位", "整改状态"], strict=True):
        cell.text = text
    table.cell(1, 0).merge(table.cell(1, 3)).text = "一、窗口服务"
    for r, values in ((2, ["1", "窗口排队", "", "已完成"]), (3, ["2", "材料重复", "", "正在整改"])):
        for cell, text in zip(table.rows[r].cells, values, strict=True):
            cell.text = text
    merged = table.cell(2, 2).merge(table.cell(3, 2))
    merged.text = "市财政局"
    merged.add_paragraph("办公室")
    doc.add_paragraph("联系人：张三    联系电话：0571-12345678")
    doc.add_paragraph("附表2：其他问题")
    second = doc.add_table(rows=2, cols=3)
    for r, values in enumerate((["问题描述", "整改措施", "整改状态"], ["票据延迟", "", "已完成"])):
        for cell, text in zip(second.rows[r].cells, values, strict=True):
            cell.text = text
    nested = second.cell(1, 1).add_table(rows=2, cols=2)
    for r, values in enumerate((["措施一", "6月"], ["措施二", "7月"])):
        for cell, text in zip(nested.rows[r].cells, values, strict=True):
            cell.text = text
    doc.add_paragraph("市财政局（盖章）")
    doc.add_paragraph("2024年7月30日")
    doc.save(str(path))
    return path


FIRST_TABLE = [
    ["市财政局巡察反馈问题整改台账", "", "", ""],
    ["填报单位：市财政局    填报日期：2024年7月30日", "", "", ""],
    ["序号", "问题描述", "责任单位", "整改状态"],
    ["一、窗口服务", "", "", ""],
    ["1", "窗口排队", "市财政局\n办公室", "已完成"],
    ["2", "材料重复", "", "正在整改"],
    ["联系人：张三    联系电话：0571-12345678", "", "", ""],
]
SECOND_TABLE = [
    ["附表2：其他问题", "", ""],
    ["问题描述", "整改措施", "整改状态"],
    ["票据延迟", "措施一 6月\n措施二 7月", "已完成"],
    ["市财政局（盖章）", "", ""],
    ["2024年7月30日", "", ""],
]


def test_every_table_of_a_word_document_is_a_grid_with_the_lines_around_it(tmp_path):
    source = one(open_return(word_return(tmp_path / "市财政局整改台账.docx")))
    assert (source.kind, source.problems) == ("docx", [])
    first, second = source.grids
    assert first == Grid("表格1", FIRST_TABLE, [((3, 0), (3, 3)), ((4, 2), (5, 2))])
    assert second == Grid("表格2", SECOND_TABLE, [])


def test_a_word_document_without_a_table_is_its_paragraphs_one_a_row(tmp_path):
    doc = Document()
    doc.add_paragraph("整改情况说明")
    doc.add_paragraph("")
    doc.add_paragraph("（1）台账不全。")
    doc.save(str(tmp_path / "说明.docx"))
    source = one(open_return(tmp_path / "说明.docx"))
    assert (source.kind, codes(source)) == ("docx", [])
    assert source.grids == [Grid("正文", [["整改情况说明"], ["（1）台账不全。"]], [])]
    # what the reader says when no item is found in them (test_checks_and_letters)
    assert source.when_none is not None and "没有表格" in source.when_none.message


def test_a_web_page_saved_as_xls_is_read_by_its_tables(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
        "<table><tr><td colspan=3>市民政局整改台账</td></tr>"
        "<tr><th>问题描述</th><th>责任单位</th><th>整改状态</th></tr>"
        "<tr><td>低保审核慢</td><td rowspan=2>社会救助科</td><td>\n    已完成\n  </td></tr>"
        "<tr><td>临时救助<br>\n  程序繁琐  （群众\n反映）</td><td>&nbsp;</td></tr></table></body></html>"
    )
    path = tmp_path / "系统导出.xls"
    path.write_bytes(page.encode("gbk"))
    source = one(open_return(path))
    assert (source.kind, source.problems) == ("html", [])
    assert source.grids == [
        Grid(
            "表格1",
            [
                ["市民政局整改台账", "", ""],
                ["问题描述", "责任单位", "整改状态"],
                ["低保审核慢", "社会救助科", "已完成"],
                ["临时救助\n程序繁琐 （群众 反映）", "", ""],
            ],
            [((0, 0), (0, 2)), ((2, 1), (3, 1))],
        )
    ]


# ---------------------------------------------------------------------------------------------
# Zip archives


def raw_zip(members: list[tuple[bytes, bytes, bool]]) -> bytes:
    """A zip written byte by byte, stored: (name as stored, content, UTF-8 flag). Windows' own zip
    writes Chinese names in GBK without the flag, which zipfile cannot write."""
    local, central = io.BytesIO(), io.BytesIO()
    for name, content, utf8 in members:
        flags = 0x800 if utf8 else 0
        crc = zlib.crc32(content)
        offset = local.tell()
        dos_time, dos_date = (9 << 11) | (30 << 5), ((2024 - 1980) << 9) | (7 << 5) | 29
        common = struct.pack(
            "<HHHHHLLLHH", 20, flags, 0, dos_time, dos_date, crc, len(content), len(content), len(name), 0
        )
        local.write(b"PK\x03\x04" + common + name + content)
        central.write(
            b"PK\x01\x02" + struct.pack("<H", 20) + common + struct.pack("<HHHLL", 0, 0, 0, 0, offset)
        )
        central.write(name)
    directory = central.getvalue()
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), local.tell(), 0
    )
    return local.getvalue() + directory + end


def test_a_zip_of_returns_gives_one_source_per_return(tmp_path):
    made = tmp_path / "made"
    made.mkdir()
    xlsx = write_return(made / "a.xlsx", [HEADER, *ROWS]).read_bytes()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("市公安局.xlsx", xlsx)  # zipfile flags a Chinese name as UTF-8
    csv_bytes = delimited([HEADER, *ROWS]).encode("gb18030")
    archive = raw_zip(
        [
            ("市财政局.xlsx".encode("gbk"), xlsx, False),
            ("子文件夹/".encode("gbk"), b"", False),
            ("子文件夹/市税务局.csv".encode("gbk"), csv_bytes, False),
            ("__MACOSX/._市财政局.xlsx".encode(), b"\x00\x05\x16\x07", True),
            ("__MACOSX/子文件夹/市税务局.csv".encode(), b"\x00\x05\x16\x07", True),
            ("~$市财政局.xlsx".encode("gbk"), b"lock", False),
            (b".DS_Store", b"\x00\x00\x00\x01Bud1", False),
            ("扫描件.pdf".encode("gbk"), b"%PDF-1.4\n", False),
            ("市住建局整改台账.xlsx".encode(), xlsx, False),  # macOS: UTF-8 without the flag
            ("内层.zip".encode("gbk"), inner.getvalue(), False),
            (b"../../evil.xlsx", xlsx, False),
            ("空文件.xlsx".encode("gbk"), b"", False),
        ]
    )
    box = tmp_path / "inbox"
    box.mkdir()
    (box / "各单位台账.zip").write_bytes(archive)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))

    found = open_return(box / "各单位台账.zip", name="7月/各单位台账.zip")

    assert [(s.name, s.kind, codes(s)) for s in found] == [
        ("7月/各单位台账.zip/市财政局.xlsx", "xlsx", []),
        ("7月/各单位台账.zip/子文件夹/市税务局.csv", "csv", []),
        ("7月/各单位台账.zip/扫描件.pdf", "pdf", ["file-skipped"]),
        ("7月/各单位台账.zip/市住建局整改台账.xlsx", "xlsx", []),
        ("7月/各单位台账.zip/内层.zip/市公安局.xlsx", "xlsx", []),
        ("7月/各单位台账.zip/evil.xlsx", "xlsx", []),
        ("7月/各单位台账.zip/空文件.xlsx", "empty", ["file-empty"]),
    ]
    assert found[0].grids[0].rows == found[5].grids[0].rows == [HEADER, *ROWS]
    assert found[1].grids == [Grid("市税务局", [HEADER, *ROWS], [])]
    assert "PDF" in found[2].problems[0].message and found[2].problems[0].severity == "warning"
    assert found[0].mtime == datetime(2024, 7, 29, 9, 30).timestamp()  # the member's own time
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # nothing extracted


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = tmp_path / "炸弹.zip"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z,
        z.open("大.csv", "w") as out,
    ):
        block = bytes(2**20)
        for _ in range(sources.MAX_INFLATED // 2**20 + 10):
            out.write(block)
    assert path.stat().st_size < 2 * 2**20
    source = one(open_return(path))
    assert (source.kind, codes(source)) == ("zip", ["file-too-large"])


def test_an_archive_over_64_mb_is_read_from_disk(tmp_path):
    path = tmp_path / "各单位.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("市司法局.csv", delimited([HEADER, *ROWS]))
        z.writestr("现场照片.jpg", b"\xff\xd8\xff\xe0" + random.Random(2).randbytes(sources.READ_WHOLE))
    assert path.stat().st_size > sources.READ_WHOLE
    good, photo = open_return(path)
    assert (good.kind, good.grids[0].rows) == ("csv", [HEADER, *ROWS])
    assert (photo.name, photo.kind, codes(photo)) == ("各单位.zip/现场照片.jpg", "image", ["file-skipped"])


def test_a_member_that_inflates_too_far_is_refused_and_the_others_read(tmp_path):
    path = tmp_path / "包.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("零.csv", bytes(4 * 2**20))
        z.writestr("市司法局.csv", delimited([HEADER, *ROWS]))
    bomb, good = open_return(path)
    assert (bomb.name, codes(bomb)) == ("包.zip/零.csv", ["file-too-large"])
    assert (good.name, codes(good), good.grids[0].rows) == ("包.zip/市司法局.csv", [], [HEADER, *ROWS])


def test_too_many_members_and_zips_nested_too_deep_are_refused(tmp_path):
    many = tmp_path / "多.zip"
    with zipfile.ZipFile(many, "w") as z:
        for n in range(sources.MAX_MEMBERS + 1):
            z.writestr(f"{n}.csv", "a,b\n1,2\n")
    assert codes(one(open_return(many))) == ["file-unreadable"]
    assert "分批" in one(open_return(many)).problems[0].message

    data = b"a,b\n1,2\n"
    for level in range(3):
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w") as z:
            z.writestr(f"第{level}层.zip" if level else "台账.csv", data)
        data = packed.getvalue()
    (tmp_path / "套娃.zip").write_bytes(data)
    deepest = one(open_return(tmp_path / "套娃.zip"))
    assert deepest.name == "套娃.zip/第2层.zip/第1层.zip"
    assert codes(deepest) == ["file-unreadable"] and "请解压" in deepest.problems[0].message


def test_an_encrypted_zip_member(tmp_path):
    content = b"a,b\n1,2\n"
    archive = bytearray(raw_zip([(b"secret.csv", content, False)]))
    archive[6] |= 0x1  # the local header's flag: encrypted
    at = archive.index(b"PK\x01\x02")
    archive[at + 8] |= 0x1  # and the directory's
    (tmp_path / "密.zip").write_bytes(bytes(archive))
    source = one(open_return(tmp_path / "密.zip"))
    assert (source.name, codes(source)) == ("密.zip/secret.csv", ["file-encrypted"])


# ---------------------------------------------------------------------------------------------
# LibreOffice: WPS 表格 .et, Word .doc, WPS 文字 .wps


def test_an_et_written_as_xls_by_libreoffice(tmp_path):
    rows = [["填报单位：市司法局"], HEADER, *ROWS]
    source_xlsx = write_return(tmp_path / "市司法局.xlsx", rows)
    libreoffice_convert([source_xlsx], "xls", tmp_path)
    et = tmp_path / "市司法局.et"
    (tmp_path / "市司法局.xls").rename(et)
    source = one(open_return(et))
    assert (source.kind, source.problems) == ("et", [])
    assert source.grids[0].rows[:2] == [["填报单位：市司法局", "", "", ""], HEADER]
    assert [r[1:] for r in source.grids[0].rows[2:]] == [r[1:] for r in ROWS]


@pytest.fixture(scope="module")
def word_97(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("doc")
    libreoffice_convert([word_return(folder / "市财政局整改台账.docx")], "doc", folder)
    return folder / "市财政局整改台账.doc"


def test_a_doc_and_a_wps_are_converted_by_libreoffice(word_97, tmp_path):
    wps = tmp_path / "市财政局.wps"
    shutil.copy(word_97, wps)
    for path, kind in ((word_97, "doc"), (wps, "wps")):
        source = one(open_return(path))
        assert (source.kind, source.problems) == (kind, [])
        first, second = source.grids
        assert first.rows == FIRST_TABLE
        assert first.merged == [((3, 0), (3, 3)), ((4, 2), (5, 2))]
        assert second.rows == SECOND_TABLE


def test_a_document_libreoffice_converted_once_is_read_again_without_it(word_97, tmp_path, monkeypatch):
    """A .doc merged again (a second 合并, 校验) is read from the copy its first conversion kept — shown by
    a LibreOffice that fails from then on; a file whose bytes changed is converted afresh, and with the
    cache off nothing is kept."""
    require_libreoffice()
    monkeypatch.setenv(sources.CACHE_ENV, str(tmp_path / "cache"))
    first = one(open_return(word_97))
    assert first.problems == [] and first.grids
    assert len(list((tmp_path / "cache").glob("*.docx"))) == 1
    broken = tmp_path / "bin" / "soffice"  # LibreOffice from now on: it starts, and converts nothing
    broken.parent.mkdir()
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PATH", str(broken.parent))
    assert sources.find_soffice() == str(broken)
    again = one(open_return(word_97))
    assert (again.grids, again.problems) == (first.grids, [])
    changed = tmp_path / "市财政局整改台账（改）.doc"
    changed.write_bytes(word_97.read_bytes() + b"\0")
    assert codes(one(open_return(changed))) == ["file-unreadable"]
    monkeypatch.setenv(sources.CACHE_ENV, "off")
    assert codes(one(open_return(word_97))) == ["file-unreadable"]


def test_an_inbox_of_word_97_files_is_converted_in_one_run_and_read_as_each_alone(
    word_97, tmp_path, monkeypatch
):
    """convert_ahead converts the inbox's .doc and .wps in one LibreOffice run (its start paid once): what is
    read from its copies is what converting each file alone reads — shown by a LibreOffice that fails from
    then on; a file it already holds, a .docx and a file that is no Word 97 file are left alone."""
    require_libreoffice()
    alone = one(open_return(word_97))
    monkeypatch.setenv(sources.CACHE_ENV, str(tmp_path / "cache"))
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    wps, doc, fake = inbox / "市财政局.wps", inbox / "市审计局.doc", inbox / "市统计局.doc"
    shutil.copy(word_97, wps)
    doc.write_bytes(word_97.read_bytes() + b"\0")  # another file's bytes
    fake.write_bytes(b"<html>not a Word 97 file</html>")
    word_return(inbox / "市教育局.docx")
    assert sources.convert_ahead(sorted(inbox.iterdir()), ways=2) == 2
    assert len(list((tmp_path / "cache").glob("*.docx"))) == 2
    assert sources.convert_ahead(sorted(inbox.iterdir())) == 0
    broken = tmp_path / "bin" / "soffice"
    broken.parent.mkdir()
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PATH", str(broken.parent))
    for path in (wps, doc):
        again = one(open_return(path))
        assert (again.grids, again.problems) == (alone.grids, [])


def test_without_libreoffice_a_doc_says_how_to_save_it(word_97, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on PATH: as on a clerk's PC without it
    assert sources.find_soffice() is None
    source = one(open_return(word_97))
    assert (source.kind, source.grids) == ("doc", [])
    assert codes(source)[0] in proposed("file-needs-resave")
    assert "另存为" in source.problems[0].message and "Word 文档（*.docx）" in source.problems[0].message


def test_a_wps_table_libreoffice_cannot_read_says_how_to_save_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    libreoffice_xls = DATA / "hostile" / "old-format-市统计局.xls"
    broken = bytearray(libreoffice_xls.read_bytes())
    broken[2048:] = bytes(len(broken) - 2048)  # the workbook stream wiped, the OLE header intact
    path = tmp_path / "市统计局.et"
    path.write_bytes(bytes(broken))
    source = one(open_return(path))
    assert source.kind == "et"
    assert codes(source)[0] in proposed("file-needs-resave") and "WPS" in source.problems[0].message


def test_an_rtf_and_an_excel_2003_xml_are_converted_by_libreoffice(tmp_path):
    require_libreoffice()
    rtf = tmp_path / "市财政局.doc"  # what some systems save as "Word"
    rtf.write_text(
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\n\\u22635?\\u25253?\\u21333?\\u20301?\\u65306?"
        "\\u24066?\\u36130?\\u25919?\\u23616?\\par\n"
        "\\trowd\\cellx2000\\cellx4000\n\\intbl \\u38382?\\u39064?\\cell \\intbl \\u29366?\\u24577?\\cell\\row\n"
        "\\trowd\\cellx2000\\cellx4000\n\\intbl A\\cell \\intbl B\\cell\\row\n\\pard\\par}\n",
        encoding="ascii",
    )
    source = one(open_return(rtf))
    assert (source.kind, source.problems) == ("rtf", [])
    assert source.grids == [Grid("表格1", [["填报单位：市财政局", ""], ["问题", "状态"], ["A", "B"]], [])]

    xml = tmp_path / "市统计局.xls"
    xml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="台账"><Table>'
        '<Row><Cell ss:MergeAcross="1"><Data ss:Type="String">市统计局整改台账</Data></Cell></Row>'
        '<Row><Cell><Data ss:Type="String">问题描述</Data></Cell><Cell><Data ss:Type="String">整改状态</Data>'
        "</Cell></Row></Table></Worksheet></Workbook>",
        encoding="utf-8",
    )
    source = one(open_return(xml))
    assert (source.kind, source.problems) == ("excel-xml", [])
    assert source.grids == [
        Grid("台账", [["市统计局整改台账", ""], ["问题描述", "整改状态"]], [((0, 0), (0, 1))])
    ]


def test_a_conversion_that_hangs_is_killed_after_its_time_limit():
    started = time.monotonic()
    assert sources._run([sys.executable, "-c", "import time; time.sleep(60)"], timeout=1) is None
    assert time.monotonic() - started < 10
    assert sources._run([sys.executable, "-c", "pass"], timeout=30) == 0
