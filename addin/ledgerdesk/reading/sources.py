"""Any file an inbox holds -> the grids of cells in it, told by what the file holds, not by its name.

A unit sends its return as whatever its software writes: an Excel or WPS workbook (.xlsx, .xlsm,
.xlsb, .xls, .et, .ods), a CSV or tab-separated text exported from a system, a Word or WPS 文字
document with the ledger as a table, a web page a system saved as ".xls", or several of these in a
.zip. ``open_return`` looks at the bytes — magic numbers, the part names of a zip package, the
streams of an OLE compound file, the text encoding — and gives one ``Source`` per return: its grids
of cells, as calamine gives a sheet, and the problems that stop the file. It never raises.

Workbooks are read by calamine (never runs macros, never writes). What calamine cannot read
(.doc, .wps, RTF, an .et or .xls it fails on) is converted by LibreOffice when it is installed:
headless, with its own profile, in a temporary folder, with a time limit. Without it the clerk is
told how to save the file as .xlsx or .docx. Nothing is ever extracted to disk by a name the file
chose: archive members are read into memory, their names only shown.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import mmap
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple
from xml.etree import ElementTree

import python_calamine as calamine

from ..model import Sheet
from .problems import Problem, make_problem

# A return of 100,000 rows unzips to about 60 MB; four times that is a broken file or a zip bomb.
MAX_INFLATED = 256 * 2**20
READ_WHOLE = 64 * 2**20  # a file up to this size is read into memory at once; a bigger one is mapped
MAX_TEXT = 100 * 2**20  # a CSV or web page bigger than this is no unit's return
MAX_MEMBERS = 500  # files in one archive
MAX_RATIO, RATIO_FROM = 200, 2**20  # an archive member over 1 MB unzipping to 200× its size: a bomb
MAX_DEPTH = 2  # a zip inside a zip is read; one more level is not
CONVERT_TIMEOUT = 120  # seconds LibreOffice may take for one file
SNIFF = 64 * 1024  # bytes of a text looked at to tell its kind and its delimiter
CONTEXT_LINES = 6  # paragraphs above and below a Word table kept as rows
PROSE = 100  # a paragraph longer than this is body text, not a title or a 填报单位 line
MASTER_SHEETS = {Sheet.LEDGER, Sheet.UNITS, Sheet.ABOUT}  # the sheets of a master workbook the tool wrote

NOT_EXCEL = "不是有效的 Excel 文件或文件已损坏，请另存为 .xlsx 后重新报送"
CANNOT_OPEN = "无法打开文件，请检查文件是否存在、是否有权限读取"
BAD_SHEET = "工作表内容损坏，无法读取"
CORRUPT = "文件已损坏（可能没有传完整），请重新保存后报送"
PROGRAM_ERROR = "读取时程序出错，已跳过这个文件，其余文件照常合并；请把这个文件发给技术支持"
SEND_EXCEL = "请报送 Excel 台账（.xlsx），或把表格复制到 Excel 台账模板中报送"
SAVE_XLSX_WPS = "请在 WPS 中打开，点「文件 → 另存为」，保存类型选「Excel 工作簿（*.xlsx）」后重新报送"
SAVE_XLSX = "请在 Excel 或 WPS 中打开，点「文件 → 另存为」，保存类型选「Excel 工作簿（*.xlsx）」后重新报送"
SAVE_DOCX = (
    "请在 Word 或 WPS 中打开，点「文件 → 另存为」，保存类型选「Word 文档（*.docx）」后重新报送"
    "（或把表格复制到 Excel 台账模板中报送）"
)

# Codes problems.py does not have yet, proposed to the lead: (severity, message, the existing code
# used until it has them). Until then the problem is made with that code, its text the message.

# What a kind of file is, in the words a clerk uses.
DESCRIBED = {
    "xls": "Excel 97-2003 工作簿（.xls）",
    "et": "WPS 表格文件（.et）",
    "doc": "Word 97-2003 文档（.doc）",
    "wps": "WPS 文字文件（.wps）",
    "rtf": "RTF 文档",
    "odt": "OpenDocument 文本（.odt）",
    "word-xml": "Word 2003 XML 文档",
    "excel-xml": "Excel 2003 XML 表格",
    "pdf": "PDF 文件",
    "image": "图片（照片或扫描件）",
    "ofd": "OFD 版式文件",
    "ppt": "PowerPoint 演示文稿",
    "pptx": "PowerPoint 演示文稿",
    "text": "纯文本文件",
    "xml": "XML 文件",
    "mht": "单个文件网页（.mht）",
    "ole": "无法识别的 Office 文件",
    "package": "无法识别的 Office 文件",
    "odf": "无法识别的 OpenDocument 文件",
    "binary": "无法识别格式的文件",
    "rar": "RAR",
    "7z": "7-Zip",
    "gzip": "gzip",
    "xz": "xz",
    "tar": "tar",
}
HOW_TO_RESAVE = {
    "et": SAVE_XLSX_WPS,
    "xls": SAVE_XLSX,
    "excel-xml": SAVE_XLSX,
    "mht": SAVE_XLSX,
}  # the Word kinds: SAVE_DOCX

Cells = list[list[Any]]  # rows of cells (list[list[object]] where a Grid holds them)
Ranges = list[tuple[tuple[int, int], tuple[int, int]]]


@dataclass
class Grid:
    """One sheet's cells (or one table's) as calamine gives a sheet: row 0 is Excel row 1."""

    sheet: str  # the sheet's name; "表格1", "表格2" … for a document's tables; the file's stem for a CSV
    # Cells as calamine's to_python(skip_empty_area=False) gives them: str, float, int, bool, date,
    # datetime, time; "" for an empty cell.
    rows: list[list[object]]
    merged: Ranges  # 0-based inclusive ((r1, c1), (r2, c2)), as calamine's merged_cell_ranges
    hidden: bool = False


@dataclass
class Source:
    """One return: how it is named in provenance, what it is, its grids, and what stops it."""

    name: str  # the name given, or "包.zip/子文件夹/市XX局.xlsx" for a member of an archive
    kind: str  # what the content is ("xlsx", "et", "csv", "docx", "doc" …), not the suffix
    grids: list[Grid]
    problems: list[Problem]  # file-level: unreadable, encrypted, too large, a master, a broken sheet …
    mtime: float = 0.0
    # what to say when no ledger is found in the grids (a Word document with no table: its
    # paragraphs are read as a form or a numbered list, and otherwise "没有表格")
    when_none: Problem | None = None
    # a Word document's paragraphs, read when none of its tables is a ledger (a 索引号 card over
    # a report whose items are numbered paragraphs)
    prose: Grid | None = None


@dataclass
class _Input:
    """The content of one file: its bytes (a file over READ_WHOLE mapped, not read) and its name."""

    name: str
    data: bytes | mmap.mmap
    path: Path | None = None  # the file on disk; None for an archive member or a converted file
    mtime: float = 0.0
    depth: int = 0  # how many archives it is inside

    @property
    def suffix(self) -> str:
        """A hint only, to name one of two kinds with the same content (xls or et, doc or wps)."""
        base = re.split(r"[\\/]", self.name)[-1]
        return os.path.splitext(base.strip())[1].lower()

    @property
    def stem(self) -> str:
        return os.path.splitext(re.split(r"[\\/]", self.name)[-1])[0]

    @property
    def mapped(self) -> bool:
        return isinstance(self.data, mmap.mmap)

    def open(self) -> IO[bytes]:
        """The content as a binary file: the file itself when mapped, else the bytes in memory."""
        if self.path is not None and self.mapped:
            return open(self.path, "rb")
        return io.BytesIO(self.data)

    def source(self, kind: str, problem: Problem) -> Source:
        return Source(self.name, kind, [], [problem], self.mtime)


def open_return(path: Path, name: str | None = None) -> list[Source]:
    """The returns in a file: one Source for a plain file, one per member of a zip of returns.

    ``name`` is how the file is named in problems and provenance (default: its file name). Never
    raises: whatever goes wrong becomes a problem of the file.
    """
    path = path if isinstance(path, Path) else Path(path)
    name = name or path.name
    try:
        return _open_path(path, name)
    except Exception as exc:  # one return never stops the others: it is named, the rest merges
        problem = make_problem("file-unreadable", name, value=type(exc).__name__, detail=PROGRAM_ERROR)
        return [Source(name, "unknown", [], [problem])]


def _open_path(path: Path, name: str) -> list[Source]:
    """Read the file once, into memory (a very big file is mapped, and left to calamine on disk)."""
    try:
        fh = open(path, "rb", buffering=0)  # one read of the known size, no buffer in between
    except OSError as exc:
        return [Source(name, "unknown", [], [_unreadable(name, exc.strerror, CANNOT_OPEN)])]
    with fh:
        stat = os.fstat(fh.fileno())
        if stat.st_size == 0:
            return [Source(name, "empty", [], [make_problem("file-empty", name)], stat.st_mtime)]
        if stat.st_size > READ_WHOLE:
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return _open(_Input(name, mapped, path, stat.st_mtime))
        data = fh.read(stat.st_size)
        if len(data) < stat.st_size:  # a short read (a network drive): the rest
            data += fh.readall()
        inp = _Input(name, data, path, stat.st_mtime)
        del data  # the _Input holds the only reference: released once calamine has its copy
    return _open(inp)  # the file closed: a clerk may save over it while it is parsed


def _open(inp: _Input) -> list[Source]:
    kind, listing = _content_kind(inp)
    if kind == "zip":
        return _read_archive(inp)
    reader = READERS.get(kind)
    if reader is None:
        return [_not_a_return(inp, kind)]
    return [reader(inp, kind, listing)]


# ---------------------------------------------------------------------------------------------
# Telling what a file is


class _Listing(NamedTuple):
    """A zip's central directory: the names of its files as stored (bytes), and their unzipped size."""

    names: set[bytes]
    inflated: int


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
MAGIC = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
)
ARCHIVES = ("rar", "7z", "gzip", "xz", "tar")
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".et", ".ett", ".ods")
# The names a return goes by: a file so named that holds no table is a wrong file sent, an error.
RETURN_SUFFIXES = (*EXCEL_SUFFIXES, ".csv", ".tsv", ".docx", ".doc", ".wps")


def _content_kind(inp: _Input) -> tuple[str, _Listing | None]:
    """What a file is, from its bytes: a kind READERS knows, "zip" (an archive of returns), or a
    kind described in DESCRIBED; with a zip package's directory when it is one."""
    head = bytes(inp.data[:16])
    if head.startswith(ZIP):
        listing = _zip_listing(inp)
        return ("broken-zip", None) if listing is None else (_package_kind(inp, listing.names), listing)
    if head.startswith(OLE):
        return _ole_kind(inp), None
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind, None
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1") or head[8:12] == b"WEBP":
        return "image", None
    if bytes(inp.data[257:262]) == b"ustar":
        return "tar", None
    return _text_kind(inp.data), None


def _package_kind(inp: _Input, names: set[bytes]) -> str:
    """A zip package by its part names: a workbook, a document, or else an archive of returns."""
    if b"xl/workbook.bin" in names:
        return "xlsb"
    if b"xl/workbook.xml" in names:
        return "xlsm" if b"xl/vbaProject.bin" in names else "xlsx"
    if b"word/document.xml" in names:
        return "docx"
    if b"ppt/presentation.xml" in names:
        return "pptx"
    if b"OFD.xml" in names:
        return "ofd"
    if b"[Content_Types].xml" in names:
        parts = {n.split(b"/")[0] for n in names}
        return "xlsx" if b"xl" in parts else "docx" if b"word" in parts else "package"
    if b"mimetype" in names and b"content.xml" in names:
        return _opendocument_kind(inp)
    return "zip"


def _opendocument_kind(inp: _Input) -> str:
    try:
        with inp.open() as fh, zipfile.ZipFile(fh) as z:
            mimetype = z.read("mimetype")[:100]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError):
        return "odf"
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    return "odt" if b"opendocument.text" in mimetype else "odf"


def _ole_kind(inp: _Input) -> str:
    """An OLE compound file by its streams: a workbook, a Word document, an encrypted package."""
    import olefile

    try:
        with inp.open() as fh, olefile.OleFileIO(fh) as ole:
            streams = {entry[0] for entry in ole.listdir(streams=True, storages=True)}
    except Exception:  # olefile raises OSError, ValueError, struct errors … on a broken file
        return "broken-ole"
    suffix = inp.suffix
    if "EncryptedPackage" in streams:
        return "encrypted"  # an .xlsx or .docx with an opening password
    if streams & {"Workbook", "Book"}:
        return "et" if suffix in (".et", ".ett") else "xls"
    if "WordDocument" in streams:
        return "wps" if suffix in (".wps", ".wpt") else "doc"
    if "PowerPoint Document" in streams:
        return "ppt"
    # A WPS file whose streams are WPS's own: its name says which program wrote it.
    return "et" if suffix in (".et", ".ett") else "wps" if suffix in (".wps", ".wpt") else "ole"


HTML_START = re.compile(
    r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|table|meta|style|title)\b", re.S
)


def _text_kind(data: bytes | mmap.mmap) -> str:
    """A file that is not a known binary format: a web page, an RTF or XML document, a text
    (read as a delimited table), or binary junk."""
    decoded = _decode(bytes(data[:SNIFF]), final=len(data) <= SNIFF)
    if decoded is None or _looks_binary(decoded[0]):
        return "binary"
    head = decoded[0][:4096]
    start = head.lstrip("\ufeff \t\r\n").lower()
    if start.startswith("{\\rtf"):
        return "rtf"
    if start.startswith("mime-version") or "multipart/related" in start[:1000]:
        return "mht"
    if "urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "excel-xml"
    if "schemas.microsoft.com/office/word/2003/wordml" in head:
        return "word-xml"
    if HTML_START.match(start):
        return "html"
    return "xml" if start.startswith("<?xml") else "csv"


# ---------------------------------------------------------------------------------------------
# Workbooks: calamine (the hot path: a city's returns are read here)


def _read_workbook(inp: _Input, kind: str, listing: _Listing | None, convert: bool = True) -> Source:
    """Every sheet of a workbook as calamine gives it, the empty tail trimmed, hidden sheets
    flagged; a zip bomb, an encrypted file or a master workbook is refused with its problem."""
    name = inp.name
    if listing is None and bytes(inp.data[:4]) in ZIP:
        listing = _zip_listing(inp)
    inflated = listing.inflated if listing else 0
    if inflated > MAX_INFLATED:
        return inp.source(kind, _too_large(name, inflated))
    try:
        if inp.path is not None and inp.mapped:
            book = calamine.CalamineWorkbook.from_path(str(inp.path))
        else:
            book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(inp.data))
    except Exception as exc:  # calamine raises several types; all mean "cannot read"
        return _workbook_failed(inp, kind, exc, convert)
    if MASTER_SHEETS <= set(book.sheet_names):  # a master dropped into the inbox is no return
        book.close()
        return inp.source(kind, make_problem("file-is-master", name))
    hidden = {m.name for m in book.sheets_metadata if m.visible != calamine.SheetVisibleEnum.Visible}
    ods_merged = ods_merged_ranges(inp) if kind == "ods" else {}
    inp.data = b""  # calamine keeps its own copy
    grids: list[Grid] = []
    problems: list[Problem] = []
    with book:
        for sheet_name in book.sheet_names:
            try:
                sheet = book.get_sheet_by_name(sheet_name)
                rows = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or ods_merged.get(sheet_name, [])
            except Exception as exc:
                problems.append(
                    make_problem(
                        "file-unreadable", name, sheet=sheet_name, value=_short(exc), detail=BAD_SHEET
                    )
                )
                continue
            grids.append(Grid(sheet_name, _trim_empty_tail(rows), merged, sheet_name in hidden))
    return Source(name, kind, grids, problems, inp.mtime)


def _workbook_failed(inp: _Input, kind: str, exc: Exception, convert: bool) -> Source:
    """A workbook calamine cannot open: encrypted, or an .xls/.et LibreOffice may still convert."""
    if _is_encrypted(inp):
        return inp.source(kind, make_problem("file-encrypted", inp.name, value=_short(exc), detail=NOT_EXCEL))
    if convert and kind in ("xls", "et") and find_soffice() is not None:
        return _read_converted(inp, kind, None)
    if kind == "et":
        return inp.source(kind, _resave(inp.name, kind))
    return inp.source(kind, _unreadable(inp.name, _short(exc), NOT_EXCEL))


TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def ods_merged_ranges(inp: _Input) -> dict[str, Ranges]:
    """Merged cells of an .ods file, per sheet, as calamine gives them for .xlsx (its .ods reader
    does not): read from the spans in content.xml. {} when the file cannot be read this way."""
    spans: dict[str, Ranges] = {}
    t = f"{{{TABLE_NS}}}"
    try:
        with inp.open() as fh, zipfile.ZipFile(fh) as z, z.open("content.xml") as content:
            sheet, row, col = "", -1, 0
            for event, element in ElementTree.iterparse(content, events=("start", "end")):
                tag = element.tag
                if event == "start" and tag == f"{t}table":
                    sheet, row = element.get(f"{t}name", ""), -1
                elif event == "start" and tag == f"{t}table-row":
                    row, col = row + 1, 0
                elif event == "end" and tag == f"{t}table-row":
                    row += int(element.get(f"{t}number-rows-repeated", "1")) - 1
                    element.clear()
                elif event == "start" and tag in (f"{t}table-cell", f"{t}covered-table-cell"):
                    across = int(element.get(f"{t}number-columns-spanned", "1"))
                    down = int(element.get(f"{t}number-rows-spanned", "1"))
                    if across > 1 or down > 1:
                        spans.setdefault(sheet, []).append(((row, col), (row + down - 1, col + across - 1)))
                    col += int(element.get(f"{t}number-columns-repeated", "1"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError):
        return {}
    return spans


END = struct.Struct("<4s4H2LH")  # end of central directory: signature … size, offset, comment
ENTRY = struct.Struct("<4s20xLHHH12x")  # central directory entry: signature … size, name, extra, comment


def _zip_listing(inp: _Input) -> _Listing | None:
    """The files a zip's central directory lists, read before anything is inflated (so a zip bomb
    is refused before it costs memory or time); None when it is no readable zip."""
    listing = _listed(inp.data)
    if listing is not None:
        return listing
    try:
        with inp.open() as fh, zipfile.ZipFile(fh) as z:
            infos = z.infolist()
            return _Listing({_stored_name(i) for i in infos}, sum(i.file_size for i in infos))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _listed(data: bytes | mmap.mmap) -> _Listing | None:
    """The central directory of a plain zip, parsed in place (a third of the time zipfile takes to
    list a workbook's parts, paid on every return). None for anything else — zip64, a comment,
    data before the archive, not a zip — which zipfile reads."""
    try:
        signature, _, _, _, count, length, offset, comment = END.unpack(data[-END.size :])
    except struct.error:
        return None
    if signature != b"PK\x05\x06" or comment or count == 0xFFFF or offset == 0xFFFFFFFF:
        return None
    directory = data[offset : offset + length]
    names, total, at = set(), 0, 0
    for _ in range(count):
        if at + ENTRY.size > len(directory):
            return None
        signature, size, name, extra, note = ENTRY.unpack_from(directory, at)
        if signature != b"PK\x01\x02" or size == 0xFFFFFFFF:
            return None
        names.add(directory[at + ENTRY.size : at + ENTRY.size + name])
        total += size
        at += ENTRY.size + name + extra + note
    return _Listing(names, total) if at == length else None


def _trim_empty_tail(grid: list[Any]) -> list[Any]:
    """Drop the empty rows at the end of a sheet (formatted but blank rows down to row 1,048,576)."""
    end = len(grid)
    while end and not any(v != "" and v is not None for v in grid[end - 1]):
        end -= 1
    return grid if end == len(grid) else grid[:end]


def _is_encrypted(inp: _Input) -> bool:
    try:
        import msoffcrypto

        with inp.open() as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception:
        return False


# ---------------------------------------------------------------------------------------------
# Text exported from a system: CSV, tab-separated "Unicode 文本", semicolon- or |-separated

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
DELIMITERS = (",", "\t", ";", "|")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")


def _decode(data: bytes, final: bool = True) -> tuple[str, str] | None:
    """(text, encoding): UTF-8 or UTF-16 by their BOM, else UTF-8, else GB18030 (which covers GBK
    and GB2312). ``final=False`` for the start of a longer file (a character cut in two at its
    end is no error). None when no encoding fits."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            candidates: tuple[str, ...] = (encoding,)
            break
    else:
        candidates = ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            return codecs.getincrementaldecoder(encoding)().decode(data, final), encoding
        except UnicodeDecodeError:
            continue
    return None


def _looks_binary(text: str) -> bool:
    """Control characters no text holds (NUL, …) in more than one character in a thousand."""
    return "\x00" in text or len(CONTROL.findall(text)) * 1000 > len(text)


def _read_text_table(inp: _Input, kind: str, listing: _Listing | None) -> Source:
    """A delimited text as one grid of texts: the encoding and the delimiter found, quoted fields
    (with commas and line breaks inside) kept whole, every cell text ("" when empty)."""
    if len(inp.data) > MAX_TEXT:
        return inp.source(kind, _unreadable(inp.name, f"{len(inp.data) // 2**20} MB", TOO_BIG_TEXT))
    decoded = _decode(bytes(inp.data))
    if decoded is None or "\x00" in decoded[0]:
        return _not_a_return(inp, "binary")
    text = decoded[0]
    sample = text[:SNIFF]
    if len(text) > SNIFF and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    delimiter = _delimiter(sample)
    if delimiter is None:
        return _not_a_return(inp, "text")
    try:
        rows = [
            [_text_cell(v) for v in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        return inp.source(kind, _unreadable(inp.name, _short(exc), BAD_TEXT))
    width = max(map(len, rows), default=0)
    cells: Cells = [row + [""] * (width - len(row)) if len(row) < width else row for row in rows]
    return Source(inp.name, "csv", [Grid(inp.stem, _trim_empty_tail(cells), [])], [], inp.mtime)


TOO_BIG_TEXT = f"文本文件超过 {MAX_TEXT // 2**20} MB，不像是一个单位的台账，请确认是否发错了文件"
BAD_TEXT = "文本格式有误（引号不成对或一格太长），请用 Excel 打开后另存为 .xlsx 再报送"


def _delimiter(sample: str) -> str | None:
    """The delimiter most rows agree on: the one giving the most rows of the same width (two
    columns or more), the wider on a tie. None when no delimiter makes a table of the text."""
    best, best_key = None, (1, 0)  # at least two rows of one width
    for delimiter in DELIMITERS:
        try:
            widths = Counter(
                len(row)
                for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                if any(v.strip() for v in row)
            )
        except csv.Error:
            continue
        key = max(((n, w) for w, n in widths.items() if w > 1), default=(0, 0))
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _text_cell(value: str) -> str:
    """A CSV field as a cell: stripped, line breaks as "\n" (as in a workbook's cell), and ="0012"
    (a system's way to keep a number text in Excel) unwrapped."""
    value = value.strip()
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value[:2] == '="' and value[-1:] == '"' and len(value) >= 3:
        return value[2:-1].replace('""', '"')
    return value


# ---------------------------------------------------------------------------------------------
# Word documents: every table a grid, the lines around it rows above and below

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_TBL, W_TR, W_TC, W_R, W_T = (f"{W}{t}" for t in ("p", "tbl", "tr", "tc", "r", "t"))
W_TAB, W_BR, W_CR = f"{W}tab", f"{W}br", f"{W}cr"
WRAPPERS = {f"{W}sdt", f"{W}customXml", f"{W}smartTag", f"{W}sdtContent"}  # content controls around blocks
DROPPED = (
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",  # a copy of the Choice
    f"{W}moveFrom",  # tracked text moved elsewhere: it is also where it went
)
# A paragraph that closes a table: a note, a signature line, the 落款 (…局（盖章）), a date line.
CLOSING = re.compile(
    r"^\s*(注\s*[:：\d一二三（(]|备注|说明[:：]|填表人|填报人|制表|审核|联系人|联系电话|电话|手机"
    r"|单位负责人|主要负责人|负责人|签发|签字|签名)"
    r"|[（(]\s*(盖章|公章|章)\s*[）)]\s*$"
    r"|^\s*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*$"
)


def _read_docx(inp: _Input, kind: str, listing: _Listing | None) -> Source:
    """The tables of a .docx, each a grid "表格N" with the paragraphs around it as rows."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
    try:
        with inp.open() as fh, zipfile.ZipFile(fh) as z:
            inflated = sum(i.file_size for i in z.infolist())  # from the directory, nothing inflated yet
            if inflated > MAX_INFLATED:
                return inp.source(kind, _too_large(inp.name, inflated))
            root = etree.fromstring(z.read(_main_part(z)), parser)
    except (
        zipfile.BadZipFile,
        KeyError,
        OSError,
        ValueError,
        NotImplementedError,
        etree.XMLSyntaxError,
    ) as exc:
        return inp.source(kind, _unreadable(inp.name, _short(exc), CORRUPT))
    for dropped in list(root.iter(*DROPPED)):
        dropped.getparent().remove(dropped)
    body = root.find(f"{W}body")
    blocks = [] if body is None else list(_blocks(body, (W_P, W_TBL)))
    grids = _document_grids(blocks)
    # a report written as paragraphs (（1）问题… 整改措施：… 整改进展：…): one line a row
    lines: list[list[object]] = [
        [text]
        for b in blocks
        for text in ([_paragraph_text(b).strip()] if b.tag == W_P else _card_lines(b))
        if text
    ]
    if not grids:
        if not lines:
            return inp.source(kind, _unreadable(inp.name, None, NO_TABLE))
        none = _unreadable(inp.name, None, NO_TABLE)
        return Source(inp.name, kind, [Grid(PROSE_SHEET, lines, [])], [], inp.mtime, none)
    prose = Grid(PROSE_SHEET, lines, []) if lines else None
    return Source(inp.name, kind, grids, [], inp.mtime, prose=prose)


PROSE_SHEET = "正文"


NO_TABLE = "Word 文档中没有表格：请把台账做成表格，或填入 Excel 台账模板后报送"


def _main_part(z: zipfile.ZipFile) -> str:
    """The document part: word/document.xml, or where the package's relationships say it is."""
    names = set(z.namelist())
    if "word/document.xml" in names:
        return "word/document.xml"
    rels = ElementTree.fromstring(z.read("_rels/.rels"))
    for rel in rels:
        if rel.get("Type", "").endswith("/officeDocument"):
            return rel.get("Target", "").lstrip("/")
    raise KeyError("officeDocument")


def _blocks(parent: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The children of ``parent`` with one of ``tags``, in order, looking inside content controls."""
    for child in parent:
        if child.tag in tags:
            yield child
        elif child.tag in WRAPPERS:
            yield from _blocks(child, tags)


def _document_grids(blocks: list[Any]) -> list[Grid]:
    """A grid per table. The paragraphs between two tables are split after the last one that
    closes a table (a note, 联系电话, the 落款, a date line): those go under the first table, the
    rest (the next title, 填报单位) above the second."""
    tables = [i for i, b in enumerate(blocks) if b.tag == W_TBL]
    texts = {i: _paragraph_text(b).strip() for i, b in enumerate(blocks) if b.tag == W_P}
    for at in tables[:-1]:
        if (lines := _form_head(blocks[at])) is not None:  # 单位名称 | 市自然资源局 | 检查单位 | …
            texts[at] = "\n".join(lines)  # over the next table: what 填报单位 lines say, a row each
    tables = [i for i in tables if i not in texts]  # (such a table reads as a paragraph)
    grids = []
    for n, at in enumerate(tables):
        start = tables[n - 1] + 1 if n else 0
        end = tables[n + 1] if n + 1 < len(tables) else len(blocks)
        before = [texts[i] for i in range(start, at)]
        after = [texts[i] for i in range(at + 1, end)]
        if n:
            before = before[_closing_end(before) :]
        if n + 1 < len(tables):
            after = after[: _closing_end(after)]
        above = _nearest(before[::-1])[::-1]
        if not n and (title := _document_title(before)) and title not in above:
            above.insert(0, title)  # 关于市公积金中心…的通报, far above its 附件: who the return is of
        if not n and (dated := next(filter(MASTHEAD_DATE.match, before), None)) and dated not in above:
            above.insert(0, dated)  # 华龙区卫生健康委员会编  2024年7月26日: the 简报's day, and year
        grids.append(_word_grid(f"表格{n + 1}", blocks[at], _lines(above), _lines(_nearest(after))))
    return grids


# The masthead of a 简报 or 情况通报 far above its table: who made it and the day (its year dates the
# days the body writes without one).
MASTHEAD_DATE = re.compile(
    r"^(\S{2,30}?(编|编印|印发|办公室)\s+)?20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
)


def _lines(paragraphs: list[str]) -> list[str]:
    """Paragraphs as rows, a card's lines one by one."""
    return [line for text in paragraphs for line in text.split("\n")]


DOCUMENT_TITLE = re.compile(
    r"^关于\S{2,60}的(通报|报告|情况|通知|函|说明|汇报)$"
    r"|^\S{4,60}(整改情况|情况通报|情况报告|问题清单|整改台账|情况汇总表?|情况表|一览表)$"  # …查房发现问题整改情况
)


def _document_title(paragraphs: list[str]) -> str:
    """The document's title (关于…的通报), when its first line is one; "" otherwise."""
    first = next((text for text in paragraphs if text), "")
    return first if DOCUMENT_TITLE.match(first) and not re.search(r"[，。；,;]", first) else ""


FORM_LABEL = re.compile(
    r"^[^，。；,;!！?？]{2,12}?(名称|单位|机构|部门|方式|时间|日期|地址|地点|电话|人|组|类型|级别|编号|单号|代码|对象)[:：]?$"
)


def _form_head(table: Any) -> list[str] | None:
    """The lines of a small table of label | value pairs over the ledger (单位名称 | 市自然资源局 |
    检查单位 | 市委保密办第二检查组), as "label：value"; None for any other table."""
    rows = _card_cells(table)
    if rows is None:
        return None
    lines = []
    for cells in rows:
        if not cells or len(cells) % 2 or not all(FORM_LABEL.match(c) for c in cells[::2]):
            return None
        lines.append(
            "  ".join(f"{k.rstrip(':：')}：{v}" for k, v in zip(cells[::2], cells[1::2], strict=True))
        )
    # (检查对象 | 南乐县疾病预防控制中心 | 检查时间 | …: the office checked, and when)
    return lines if any(re.search(r"(单位|对象)(名称)?$", line.split("：")[0]) for line in lines) else None


CARD_ROWS = 6  # rows of a small table of label：value cells read as lines of the paragraphs at most


def _card_cells(table: Any) -> list[list[str]] | None:
    """The distinct texts of each row of a table of at most CARD_ROWS rows (a card over a ledger or a
    report), None for a larger one — its rows counted before any cell is read."""
    if not 1 <= sum(1 for _ in islice(_blocks(table, (W_TR,)), CARD_ROWS + 1)) <= CARD_ROWS:
        return None
    rows, _ = _table_cells(table, 0)
    return [[c for c in dict.fromkeys(str(v).strip() for v in row) if c] for row in rows]


def _card_lines(table: Any) -> list[str]:
    """A small table over a report (被督导学校：昆吾中学 | 督导时间：2024年7月3日) as the lines it reads as,
    each row's cells joined; [] for a larger table, or one whose cells are not label：value."""
    cells = _card_cells(table)
    if cells is None or not all(all(re.search(r"^\S{1,12}[：:]", c) for c in row) for row in cells):
        return []
    return ["  ".join(row) for row in cells]


def _closing_end(paragraphs: list[str]) -> int:
    """The position after the last paragraph that closes a table (0 when none does)."""
    return max((i + 1 for i, text in enumerate(paragraphs) if CLOSING.search(text)), default=0)


NUMBERED_SENTENCE = re.compile(
    r"^\s*([（(]?[一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}\s*[、.．])\s*\S[^\n]*[，。；,;]"
)
ATTACHED = re.compile(r"^附(件|表)\s*\d*\s*[:：]?")  # (附表：… 情况表 under the 通报's body)


def _nearest(paragraphs: list[str]) -> list[str]:
    """The first CONTEXT_LINES non-empty paragraphs, up to body text (a long paragraph) — but the
    body text right beside the table is kept: the 函 over it states its 交办 date and deadlines."""
    kept: list[str] = []
    for text in paragraphs:
        if NUMBERED_SENTENCE.match(text):
            break  # 1.反映某小区…。承办单位：… — an item of the report's own list, not the table's title or note
        long = max(map(len, text.split("\n"))) > PROSE  # (a card's lines, one by one: no body text)
        if len(kept) == CONTEXT_LINES or (long and kept and not all(map(ATTACHED.match, kept))):
            break  # (附件：巡察整改任务清单 between the 报告 and its table: the report's body still counts)
        if text:
            kept.append(text)
        if long:
            break
    return kept


def _word_grid(sheet: str, table: Any, above: list[str], below: list[str]) -> Grid:
    rows, merged = _table_cells(table, len(above))
    width = max(map(len, rows), default=1)
    cells: Cells = [[text] + [""] * (width - 1) for text in above]
    cells += [row + [""] * (width - len(row)) for row in rows]
    cells += [[text] + [""] * (width - 1) for text in below]
    return Grid(sheet, cells, merged)


def _table_cells(table: Any, top: int) -> tuple[Cells, Ranges]:
    """A Word table's cells, placed on its grid (w:gridBefore, w:gridSpan), a vertically merged
    cell's text in its first row and "" under it (w:vMerge), with the merged ranges; ``top`` is
    the grid row of the table's first row."""
    rows: Cells = []
    merged: Ranges = []
    # The first column of an open vertical merge -> [its first row, its last row so far, its last column]
    down: dict[int, list[int]] = {}
    for r, tr in enumerate(_blocks(table, (W_TR,)), top):
        col = _grid_value(tr, "gridBefore", 0)
        row: list[object] = [""] * col
        continued: set[int] = set()
        for tc in _blocks(tr, (W_TC,)):
            span = max(1, _grid_value(tc, "gridSpan", 1))
            vmerge = _vmerge(tc)
            if vmerge == "continue" and col in down:
                down[col][1] = r
                continued.add(col)
                row.extend([""] * span)
            else:
                if col in down:  # a merge restarted right under another
                    merged += _closed(col, down.pop(col))
                row.append(_cell_text(tc))
                row.extend([""] * (span - 1))
                if vmerge == "restart":
                    down[col] = [r, r, col + span - 1]
                    continued.add(col)
                elif span > 1:
                    merged.append(((r, col), (r, col + span - 1)))
            col += span
        for c in [c for c in down if c not in continued]:
            merged += _closed(c, down.pop(c))
        rows.append(row)
    for c in list(down):
        merged += _closed(c, down.pop(c))
    return rows, sorted(merged)


def _closed(col: int, merge: list[int]) -> Ranges:
    first, last, right = merge
    return [((first, col), (last, right))] if last > first or right > col else []


def _grid_value(element: Any, name: str, default: int) -> int:
    """The w:val of w:trPr/w:{name} or w:tcPr/w:{name} (gridBefore, gridSpan)."""
    props = element.find(f"{W}trPr" if element.tag == W_TR else f"{W}tcPr")
    found = None if props is None else props.find(f"{W}{name}")
    try:
        return int(found.get(f"{W}val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def _vmerge(tc: Any) -> str | None:
    """Whether a cell starts a vertical merge ("restart"), continues the one above ("continue":
    a w:vMerge without a value), or neither (None)."""
    props = tc.find(f"{W}tcPr")
    found = None if props is None else props.find(f"{W}vMerge")
    if found is None:
        return None
    return "restart" if found.get(f"{W}val") == "restart" else "continue"


def _cell_text(tc: Any) -> str:
    """A cell's paragraphs joined with line breaks; a table inside it as its text, row by row."""
    parts = [
        _paragraph_text(block) if block.tag == W_P else _nested_text(block)
        for block in _blocks(tc, (W_P, W_TBL))
    ]
    return "\n".join(parts).strip()


def _nested_text(table: Any) -> str:
    lines = (
        " ".join(text for tc in _blocks(tr, (W_TC,)) if (text := _cell_text(tc)))
        for tr in _blocks(table, (W_TR,))
    )
    return "\n".join(line for line in lines if line)


def _paragraph_text(p: Any) -> str:
    """A paragraph's text: its runs' text, tabs and line breaks (not the tab stops of its style)."""
    parts = []
    for element in p.iter(W_T, W_TAB, W_BR, W_CR):
        if element.tag == W_T:
            parts.append(element.text or "")
        elif element.getparent().tag == W_R:
            parts.append("\t" if element.tag == W_TAB else "\n")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# A web page a system saved as ".xls": every table a grid


def _read_html(inp: _Input, kind: str, listing: _Listing | None) -> Source:
    """The tables of a web page (rowspan and colspan as merged cells), each a grid "表格N"."""
    from lxml import etree, html

    if len(inp.data) > MAX_TEXT:
        return inp.source(kind, _unreadable(inp.name, f"{len(inp.data) // 2**20} MB", TOO_BIG_TEXT))
    decoded = _decode(bytes(inp.data))
    if decoded is None:
        return _not_a_return(inp, "binary")
    parser = html.HTMLParser(encoding={"utf-8-sig": "utf-8"}.get(decoded[1], decoded[1]))
    try:
        document = html.document_fromstring(bytes(inp.data), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        return inp.source(kind, _unreadable(inp.name, _short(exc), CORRUPT))
    tables = document.xpath("//table[not(ancestor::table)]")
    grids = [_html_grid(f"表格{n}", table) for n, table in enumerate(tables, 1)]
    grids = [g for g in grids if g.rows]
    if not grids:
        return _not_a_return(inp, "text")
    return Source(inp.name, kind, grids, [], inp.mtime)


def _html_grid(sheet: str, table: Any) -> Grid:
    """An HTML table on its grid: a cell takes the first column of its row that no rowspan from
    above covers; its colspan and rowspan (capped) are its merged range."""
    busy: dict[int, int] = {}  # column -> the last row a rowspan covers it to
    placed: dict[tuple[int, int], str] = {}
    merged: Ranges = []
    width = 0
    trs = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    for r, tr in enumerate(trs):
        c = 0
        for td in tr.xpath("./td|./th"):
            while busy.get(c, -1) >= r:
                c += 1
            across = min(max(_span(td, "colspan"), 1), MAX_SPAN)
            down = min(max(_span(td, "rowspan"), 1), len(trs) - r)
            placed[r, c] = _html_text(td)
            busy.update(dict.fromkeys(range(c, c + across), r + down - 1))
            if across > 1 or down > 1:
                merged.append(((r, c), (r + down - 1, c + across - 1)))
            c += across
            width = max(width, c)
    rows: Cells = [[placed.get((r, c), "") for c in range(width)] for r in range(len(trs))]
    return Grid(sheet, _trim_empty_tail(rows), merged)


MAX_SPAN = 100  # columns one HTML cell may span
BREAK = "\ue000"  # a <br> (a private-use character) while the white space around it is collapsed


def _html_text(td: Any) -> str:
    """A cell's text as a browser shows it: white space collapsed, a line break for each <br>."""
    for br in td.iter("br"):
        br.tail = BREAK + (br.tail or "")
    text = re.sub(r"\s+", " ", td.text_content().replace("\xa0", " "))
    return "\n".join(line.strip() for line in text.split(BREAK)).strip()


def _span(td: Any, name: str) -> int:
    try:
        return int(str(td.get(name, "1")).strip() or 1)
    except ValueError:
        return 1


# ---------------------------------------------------------------------------------------------
# LibreOffice: what calamine and the readers here cannot read

SOURCE_SUFFIX = {
    "doc": ".doc",
    "wps": ".doc",  # a WPS 文字 file is a Word 97 document
    "rtf": ".rtf",
    "odt": ".odt",
    "word-xml": ".xml",
    "excel-xml": ".xml",
    "xls": ".xls",
    "et": ".xls",  # a WPS 表格 file is a BIFF8 workbook
}
TO_XLSX = ("xls", "et", "excel-xml")


class ConversionFailed(Exception):
    """LibreOffice gave no file: the message says why, in Chinese."""


def find_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, or where its Windows installer puts it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found or sys.platform != "win32":
        return found
    for variable, default in (
        ("ProgramFiles", r"C:\Program Files"),
        ("ProgramFiles(x86)", r"C:\Program Files (x86)"),
    ):
        for program in ("soffice.com", "soffice.exe"):  # soffice.com waits for the conversion to end
            candidate = Path(os.environ.get(variable, default)) / "LibreOffice" / "program" / program
            if candidate.is_file():
                return str(candidate)
    return None


def convert(soffice: str, data: bytes, suffix: str, target: str, timeout: float = CONVERT_TIMEOUT) -> bytes:
    """``data`` (a file's content, ``suffix`` telling LibreOffice its format) converted to ``target``
    ("docx", "xlsx") by LibreOffice: headless, with its own profile, in a temporary folder that is
    removed afterwards, killed after ``timeout`` seconds."""
    with tempfile.TemporaryDirectory(prefix="ledgerdesk-") as temp:
        folder = Path(temp)
        source = folder / f"source{suffix}"
        source.write_bytes(data)
        if _run(_conversion(soffice, folder, target, [source]), timeout) is None:
            raise ConversionFailed(f"LibreOffice 转换超过 {timeout:g} 秒未完成")
        result = folder / "out" / f"source.{target}"
        if not result.is_file():
            raise ConversionFailed("LibreOffice 无法转换这个文件（可能已损坏或有打开密码）")
        return result.read_bytes()


def _conversion(soffice: str, folder: Path, target: str, sources: list[Path]) -> list[str]:
    """The LibreOffice command that converts ``sources`` to ``target`` into ``folder``/out: headless, with
    its own profile in ``folder``."""
    return [
        soffice,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(folder / "out"),
        *map(str, sources),
    ]


WORD_97 = (".doc", ".wps")


def convert_ahead(paths: list[Path], ways: int = 1) -> int:
    """The Word 97 and WPS 文字 files among ``paths`` that the cache does not hold yet, converted to .docx
    by one LibreOffice run each of ``ways`` (its start, a second or two, paid once, not once a file) and
    kept where reading looks for them. Best effort: a file left out (the run failed, the file is no
    Word 97 file) is converted, or named, when it is read. How many were kept."""
    soffice, folder = find_soffice(), cache_folder()
    if soffice is None or folder is None:
        return 0
    todo: dict[Path, Path] = {}  # each file to convert, and where its conversion is kept
    for path in paths:
        if path.suffix.lower() not in WORD_97:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if (
            data.startswith(OLE)
            and not (kept := _kept_as(folder, data, SOURCE_SUFFIX["doc"], "docx")).is_file()
        ):
            todo[path] = kept
    if not todo:
        return 0
    files = list(todo)
    shares = [files[k::ways] for k in range(max(1, ways))]
    with ThreadPoolExecutor(len(shares)) as pool:
        return sum(pool.map(lambda share: _convert_share(soffice, share, todo), shares))


def _convert_share(soffice: str, files: list[Path], todo: dict[Path, Path]) -> int:
    """``files`` converted by one LibreOffice run, each kept under its ``todo`` name."""
    if not files:
        return 0
    with tempfile.TemporaryDirectory(prefix="ledgerdesk-") as temp:
        folder = Path(temp)
        names = [folder / f"{k}.doc" for k in range(len(files))]
        for path, name in zip(files, names, strict=True):
            shutil.copyfile(path, name)
        _run(_conversion(soffice, folder, "docx", names), CONVERT_TIMEOUT + 5 * len(files))
        kept = 0
        for path, name in zip(files, names, strict=True):
            if (result := folder / "out" / f"{name.stem}.docx").is_file():
                _keep(todo[path], result.read_bytes())
                kept += 1
        return kept


CACHE_ENV = "LEDGERDESK_CACHE"  # a folder for converted copies, or "off"
CACHE_LIMIT = 256 * 1024 * 1024  # bytes the converted copies may take; the oldest go first


def cache_folder() -> Path | None:
    """Where LibreOffice's conversions are kept, by their content's hash: %LOCALAPPDATA%\\ledgerdesk\\cache
    on Windows, ~/.cache/ledgerdesk elsewhere, or the folder ``LEDGERDESK_CACHE`` names; None when it
    says off (docs/settings.md)."""
    named = os.environ.get(CACHE_ENV, "").strip()
    if named.lower() in ("off", "0", "no", "false", "关"):
        return None
    if named:
        return Path(named)
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local or Path.home() / "AppData" / "Local") / "ledgerdesk" / "cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ledgerdesk"


def convert_once(soffice: str, data: bytes, suffix: str, target: str) -> bytes:
    """``convert``, each content once: a .doc, .wps or .et merged again (a second 合并, 校验, the page's
    run) is read from the copy its first conversion left, which takes no second of LibreOffice."""
    folder = cache_folder()
    kept = _kept_as(folder, data, suffix, target) if folder is not None else None
    if kept is not None and kept.is_file():
        try:
            os.utime(kept)  # (the oldest used go first)
            return kept.read_bytes()
        except OSError:
            pass
    converted = convert(soffice, data, suffix, target)
    if kept is not None:
        _keep(kept, converted)
    return converted


def _kept_as(folder: Path, data: bytes, suffix: str, target: str) -> Path:
    """Where the conversion of a content is kept: by its hash, with what it was read as and made into."""
    key = hashlib.sha256(b"%s\0%s\0" % (suffix.encode(), target.encode()) + data).hexdigest()
    return folder / f"{key}.{target}"


def _keep(path: Path, data: bytes) -> None:
    """A conversion kept (written whole, then renamed: another process never reads half of it); the
    folder kept under CACHE_LIMIT. A folder that cannot be written keeps nothing, and says nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, path)
        copies = sorted(path.parent.glob("*.*x"), key=lambda p: p.stat().st_mtime)
        size = sum(p.stat().st_size for p in copies)
        for old in copies:
            if size <= CACHE_LIMIT:
                break
            size -= old.stat().st_size
            old.unlink(missing_ok=True)
    except OSError:
        pass


def _run(command: list[str], timeout: float) -> int | None:
    """Run a command in its own process group; its exit code, or None when it was killed (with
    everything it started) after ``timeout`` seconds."""
    options: dict[str, Any]
    if sys.platform == "win32":
        options = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    else:
        options = {"start_new_session": True}
    quiet = subprocess.DEVNULL
    with subprocess.Popen(command, stdin=quiet, stdout=quiet, stderr=quiet, **options) as process:
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.wait()
            return None


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _read_converted(inp: _Input, kind: str, listing: _Listing | None) -> Source:
    """A format only LibreOffice reads, converted to .docx or .xlsx and read as that; the Source's
    kind stays what the file is."""
    if _is_encrypted(inp):
        return inp.source(kind, make_problem("file-encrypted", inp.name))
    soffice = find_soffice()
    if soffice is None:
        return inp.source(kind, _resave(inp.name, kind))
    target = "xlsx" if kind in TO_XLSX else "docx"
    try:
        converted = convert_once(soffice, bytes(inp.data), SOURCE_SUFFIX[kind], target)
    except (ConversionFailed, OSError) as exc:
        detail = f"{exc}；{HOW_TO_RESAVE.get(kind, SAVE_DOCX)}"
        return inp.source(kind, _unreadable(inp.name, DESCRIBED[kind], detail))
    child = _Input(inp.name, converted, None, inp.mtime, inp.depth)
    if target == "xlsx":
        return _read_workbook(child, kind, None, convert=False)
    return _read_docx(child, kind, None)


# ---------------------------------------------------------------------------------------------
# Archives of returns


def _read_archive(inp: _Input) -> list[Source]:
    """A Source per file in a zip, read in memory (never extracted by its own name), folders kept
    in the name; Mac resource forks, hidden and lock files left out; bounded in files and size."""
    if inp.depth >= MAX_DEPTH:
        return [inp.source("zip", _unreadable(inp.name, None, TOO_DEEP))]
    try:
        with inp.open() as fh, zipfile.ZipFile(fh) as z:
            members = [(i, _member_path(i)) for i in z.infolist() if not i.is_dir()]
            members = [(i, path) for i, path in members if path and not _system_file(path)]
            if len(members) > MAX_MEMBERS:
                detail = f"压缩包中有 {len(members)} 个文件，超过 {MAX_MEMBERS} 个的上限：请解压后分批报送"
                return [inp.source("zip", _unreadable(inp.name, None, detail))]
            inflated = sum(i.file_size for i, _ in members)
            if inflated > MAX_INFLATED:
                return [inp.source("zip", _too_large(inp.name, inflated))]
            sources = [s for info, path in members for s in _read_member(z, info, path, inp)]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return [inp.source("zip", _unreadable(inp.name, _short(exc), CORRUPT))]
    return sources or [inp.source("zip", _unreadable(inp.name, None, EMPTY_ARCHIVE))]


TOO_DEEP = "压缩包里的压缩包里还有压缩包，未读取：请解压后把其中的台账放进报送文件夹"
EMPTY_ARCHIVE = "压缩包中没有文件"
BAD_MEMBER = "压缩包中的这个文件已损坏，或压缩方式不支持：请解压后直接报送"


def _read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, archive: _Input) -> list[Source]:
    name = f"{archive.name}/{path}"
    mtime = _member_time(info, archive.mtime)
    member = _Input(name, b"", None, mtime, archive.depth + 1)
    if info.flag_bits & 0x1:
        return [member.source("encrypted", make_problem("file-encrypted", name))]
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return [member.source("unknown", _unreadable(name, f"压缩方式 {info.compress_type}", BAD_MEMBER))]
    if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return [member.source("unknown", _too_large(name, info.file_size))]
    try:  # read no further than the size the directory declares (zipfile stops there, checks the CRC)
        member.data = z.read(info)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError) as exc:
        return [member.source("unknown", _unreadable(name, _short(exc), BAD_MEMBER))]
    if not member.data:
        return [member.source("empty", make_problem("file-empty", name))]
    try:
        return _open(member)
    except Exception as exc:  # one member never stops the others
        problem = make_problem("file-unreadable", name, value=type(exc).__name__, detail=PROGRAM_ERROR)
        return [member.source("unknown", problem)]


def _stored_name(info: zipfile.ZipInfo) -> bytes:
    """A member's name as the archive stores it: zipfile decodes it as UTF-8 when the archive says
    so (flag 0x800), else as cp437, which gives the bytes back."""
    return info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace")


def _member_path(info: zipfile.ZipInfo) -> str:
    """A member's name for display: decoded (UTF-8 when flagged; else UTF-8 when the bytes are
    valid UTF-8, as macOS writes them, else GB18030, as Windows' own zip writes Chinese names),
    separators as "/", with no drive, no root and no "." or ".." in it."""
    raw = _stored_name(info)
    if info.flag_bits & 0x800:
        text = raw.decode("utf-8", "replace")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", "replace")
    parts = [p for p in text.replace("\\", "/").split("/") if p.strip() not in ("", ".", "..")]
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts = parts[1:]
    return "/".join(parts)


def _system_file(path: str) -> bool:
    """Files an archive holds that nobody sent: Mac resource forks, hidden files, Office lock files."""
    parts = path.split("/")
    base = parts[-1]
    return (
        parts[0] == "__MACOSX"
        or any(p.startswith(".") for p in parts)
        or base.startswith("~$")
        or base.lower() in ("thumbs.db", "desktop.ini")
    )


def _member_time(info: zipfile.ZipInfo, default: float) -> float:
    try:
        return datetime(*info.date_time).timestamp()
    except (ValueError, OverflowError, OSError):
        return default


# ---------------------------------------------------------------------------------------------
# Problems


def _not_a_return(inp: _Input, kind: str) -> Source:
    """A file that holds no return (a PDF, a picture, a plain text): an error when it was sent as
    a return, a note when it came in an archive with the returns."""
    what = DESCRIBED.get(kind, DESCRIBED["binary"])
    if kind in ARCHIVES:
        return inp.source(kind, make_problem("archive-unsupported", inp.name, value=what))
    if kind == "broken-ole":  # what it was meant to be, by its name: how to save it again
        return inp.source(kind, _unreadable(inp.name, None, BROKEN_OLE.get(inp.suffix, CORRUPT)))
    if kind == "broken-zip":
        return inp.source(kind, _unreadable(inp.name, None, CORRUPT))
    if kind in HOW_TO_RESAVE:  # a ledger, maybe, in a form nothing here reads (a .mht web page)
        return inp.source(
            kind, _unreadable(inp.name, kind, f"这是{what}，无法直接读取：{HOW_TO_RESAVE[kind]}")
        )
    if inp.suffix in RETURN_SUFFIXES:  # named as a return, but it holds none: the unit sent the wrong file
        return inp.source(kind, _unreadable(inp.name, kind, f"这是{what}，不是台账：{SEND_EXCEL}"))
    # a cover letter, a scan or a photo beside the returns: named with what it is, not an error
    return inp.source(
        kind, make_problem("file-skipped", inp.name, value=kind, detail=f"这是{what}，不是台账，未读取")
    )


BROKEN_OLE = {
    ".xls": NOT_EXCEL,
    ".et": f"文件已损坏或格式不对，{SAVE_XLSX_WPS}",
    ".ett": f"文件已损坏或格式不对，{SAVE_XLSX_WPS}",
    ".doc": f"文件已损坏或格式不对，{SAVE_DOCX}",
    ".wps": f"文件已损坏或格式不对，{SAVE_DOCX}",
}


def _read_encrypted(inp: _Input, kind: str, listing: _Listing | None) -> Source:
    return inp.source(kind, make_problem("file-encrypted", inp.name))


def _read_broken_zip(inp: _Input, kind: str, listing: _Listing | None) -> Source:
    """A zip whose directory cannot be read: a cut-off workbook gets calamine's word on it."""
    if inp.suffix in EXCEL_SUFFIXES:
        return _read_workbook(inp, "xlsx", None, convert=False)
    return _not_a_return(inp, kind)


def _resave(name: str, kind: str) -> Problem:
    return make_problem(
        "file-needs-resave", name, value=DESCRIBED[kind], detail=HOW_TO_RESAVE.get(kind, SAVE_DOCX)
    )


def _unreadable(name: str, value: object, detail: str) -> Problem:
    return make_problem("file-unreadable", name, value=value, detail=detail)


def _too_large(name: str, inflated: int) -> Problem:
    return make_problem(
        "file-too-large", name, value=f"{inflated // 2**20} MB", detail=f"{MAX_INFLATED // 2**20}"
    )


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


Reader = Callable[[_Input, str, _Listing | None], Source]
READERS: dict[str, Reader] = {
    **dict.fromkeys(("xlsx", "xlsm", "xlsb", "ods", "xls", "et"), _read_workbook),
    "docx": _read_docx,
    **dict.fromkeys(("doc", "wps", "rtf", "odt", "word-xml", "excel-xml"), _read_converted),
    "csv": _read_text_table,
    "html": _read_html,
    "encrypted": _read_encrypted,
    "broken-zip": _read_broken_zip,
}
