"""Regenerate the broken and hostile returns in tests/data/hostile/ (python tests/data/hostile/make_hostile.py).

Every file here is something a supervision office really receives by e-mail or USB stick, or
something an attacker could send. expected.json (written by hand) says what the merge must do
with each; test_reliability.py checks it. The .xls and .ods copies are converted from a good
return with LibreOffice when it is installed (soffice --headless --convert-to), and committed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile

HERE = Path(__file__).resolve().parent
HEADER = ["序号", "问题描述", "整改措施", "整改时限", "整改状态", "完成时间"]
ROWS = [
    [1, "窗口排队时间长", "增设窗口", "2024.6.30", "已完成", "2024.6.20"],
    [2, "材料重复提交", "精简材料", "2024.7.15", "正在整改", ""],
    [3, "咨询电话无人接", "专人接听", "2024.6.30", "已完成", "2024.6.28"],
]


def good_return(path: Path, unit: str = "市司法局", hidden: bool = False) -> Path:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    book.set_properties({"created": datetime(2024, 7, 30)})
    ws = book.add_worksheet("台账")
    ws.write_string(0, 0, f"填报单位：{unit}")
    ws.write_row(1, 0, HEADER)
    for r, row in enumerate(ROWS, start=2):
        ws.write_row(r, 0, row)
    if hidden:
        extra = book.add_worksheet("补报")
        extra.write_row(0, 0, HEADER)
        extra.write_row(1, 0, [4, "隐藏表里的问题", "补充整改", "2024.7.30", "已完成", "2024.7.10"])
        extra.hide()
    book.close()
    return path


def xlsm(path: Path) -> Path:
    """A macro-enabled workbook with a vbaProject part: ledgerdesk reads the data, never runs code."""
    plain = good_return(path.with_suffix(".tmp.xlsx"), "市民政局")
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            dst.writestr(info, data)
        dst.writestr(
            "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
        )  # a CFB header stub
    plain.unlink()
    return path


def truncated(path: Path) -> Path:
    data = good_return(path.with_suffix(".tmp.xlsx")).read_bytes()
    path.with_suffix(".tmp.xlsx").unlink()
    path.write_bytes(data[: len(data) // 2])  # saved while half-written, or cut off in the mail
    return path


def word_renamed(path: Path) -> Path:
    """A Word document renamed to .xlsx: a valid zip, but no workbook inside."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        z.writestr("word/document.xml", "<w:document>整改情况说明</w:document>")
    return path


def encrypted(path: Path) -> Path:
    plain = io.BytesIO(good_return(path.with_suffix(".tmp.xlsx")).read_bytes())
    path.with_suffix(".tmp.xlsx").unlink()
    with open(path, "wb") as out:
        OOXMLFile(plain).encrypt("123456", out)
    return path


def zip_bomb(path: Path) -> Path:
    """A workbook whose sheet inflates to 300 MB of nothing from a few hundred kilobytes."""
    good = good_return(path.with_suffix(".tmp.xlsx"))
    with (
        zipfile.ZipFile(good) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = src.read(info).decode("utf-8")
                with dst.open(info.filename, "w") as out:
                    head, tail = xml.split("<sheetData>")
                    out.write(head.encode() + b"<sheetData>")
                    block = b" " * (1 << 20)
                    for _ in range(300):
                        out.write(block)
                    out.write(tail.encode())
            else:
                dst.writestr(info, src.read(info))
    good.unlink()
    return path


def external_entity(path: Path) -> Path:
    """A sheet whose XML declares an external entity pointing at a local file: never resolved."""
    good = good_return(path.with_suffix(".tmp.xlsx"), "市财政局")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/sharedStrings.xml":
                text = data.decode("utf-8")
                text = text.replace(
                    "<sst ", '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst ', 1
                ).replace("窗口排队时间长", "窗口排队时间长&xxe;", 1)
                data = text.encode("utf-8")
            dst.writestr(info, data)
    good.unlink()
    return path


def formatted_empty_rows(path: Path) -> Path:
    """A real return followed by formatted but empty cells down to Excel's last row (1,048,576)."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("台账")
    fmt = book.add_format({"bg_color": "#FFFF00", "border": 1})
    ws.write_string(0, 0, "填报单位：市水利局")
    ws.write_row(1, 0, HEADER)
    for r, row in enumerate(ROWS, start=2):
        ws.write_row(r, 0, row)
    ws.write_blank(1_048_575, 5, None, fmt)  # someone formatted the whole column
    ws.set_column(0, 5, 12, fmt)
    book.close()
    return path


def wide_sheet(path: Path) -> Path:
    """Sixteen thousand columns of which six are the ledger."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("台账")
    ws.write_row(0, 0, HEADER)
    for r, row in enumerate(ROWS, start=1):
        ws.write_row(r, 0, row)
    ws.write_string(1, 16_383, "最右边的一格")
    book.close()
    return path


def convert(source: Path, suffix: str) -> Path | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        produced = Path(tmp) / source.with_suffix(f".{suffix}").name
        target = HERE / produced.name
        shutil.copyfile(produced, target)
        return target


def build() -> None:
    good_return(HERE / "good-市司法局.xlsx")
    good_return(HERE / "hidden-sheet-市商务局.xlsx", "市商务局", hidden=True)
    xlsm(HERE / "macro-enabled-市民政局.xlsm")
    truncated(HERE / "truncated.xlsx")
    word_renamed(HERE / "word-renamed.xlsx")
    encrypted(HERE / "encrypted.xlsx")
    zip_bomb(HERE / "zip-bomb.xlsx")
    external_entity(HERE / "external-entity-市财政局.xlsx")
    formatted_empty_rows(HERE / "million-formatted-rows-市水利局.xlsx")
    wide_sheet(HERE / "wide-sheet-市教育局.xlsx")
    (HERE / "zero-bytes.xlsx").write_bytes(b"")
    (HERE / "plain-text.xls").write_text("这是一个改了扩展名的文本文件\n", encoding="utf-8")
    (HERE / "wps-table.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    (HERE / "exported.csv").write_text("问题描述,整改状态\n窗口排队,已完成\n", encoding="utf-8")
    (HERE / "~$good-市司法局.xlsx").write_bytes(b"\x0cowner")
    source = good_return(HERE / "old-format-市统计局.xlsx", "市统计局")
    convert(source, "xls")
    source.unlink()
    source = good_return(HERE / "libreoffice-市气象局.xlsx", "市气象局")
    convert(source, "ods")
    source.unlink()


if __name__ == "__main__":
    build()
    print("\n".join(sorted(p.name for p in HERE.iterdir() if p.suffix not in (".py", ".json"))))
