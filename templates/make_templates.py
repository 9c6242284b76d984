"""Regenerate the Word templates in templates/ (run: python templates/make_templates.py).

The templates are ordinary .docx files a clerk opens and edits in Word; the {{ … }} and {% … %}
placeholders are docxtpl (Jinja) tags filled in by ledgerdesk. They follow GB/T 9704-2012
(党政机关公文格式):

- A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm: a 156 × 225 mm text block;
- body 3号 (16 pt) 仿宋_GB2312, 22 lines × 28 characters: document grid linePitch 579 twips
  (28.95 pt) and charSpace -849 (156 mm / 28 = 15.79 pt per character), first line indented
  two characters; East-Asian fonts are set with w:eastAsia, not only the Latin name;
- title 2号 (22 pt) 方正小标宋简体, centred; headings 一、 黑体, （一） 楷体_GB2312;
- page numbers 4号 (14 pt) 宋体 as "— 1 —", odd pages right and even pages left, one character in;
- date written 2024年7月31日, right-indented four characters; 附件说明 under the body;
  attachments start on a new page with 附件1 in 3号黑体 at the top left;
- 版记 (抄送, 印发机关 and 印发日期) in 4号仿宋 between a thick and a thin rule.

The 简报 template has the red masthead (报头, 第N期, 编印单位 left and date right, a red rule).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FANGSONG, HEITI, KAITI, SONGTI, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "方正小标宋简体"
BODY_PT, TITLE_PT, FOLIO_PT, TABLE_PT = 16, 22, 14, 12
LINE_PITCH = 579  # twips: 28.95 pt, 22 lines in 225 mm
# 28 characters in 156 mm = 15.79 pt each: 16 pt characters condensed by 0.25 pt (5 twentieths).
# (A character grid with charSpace -849 does the same in Word, but LibreOffice and WPS then give a
# 16 pt character two grid cells; condensed spacing gives 28 a line everywhere.)
CONDENSE = -5
TEXT_WIDTH = Cm(21.0 - 2.8 - 2.6)
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------------------------------------
# Low-level helpers


def set_fonts(target, east_asia: str, latin: str = "Times New Roman") -> None:
    """Set Latin and East-Asian fonts on a run or a style (w:rFonts with w:eastAsia)."""
    element = target.element if hasattr(target, "element") else target._element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)


def paragraph_style(
    doc,
    name: str,
    east_asia: str,
    size: int,
    *,
    bold=False,
    align=None,
    first_chars=0,
    left_chars=0,
    right_chars=0,
    outline: int | None = None,
    exact: float | None = 28.95,
    color: RGBColor | None = None,
    latin: str = "Times New Roman",
):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    set_fonts(style, east_asia, latin)
    style.font.size = Pt(size)
    style.font.bold = bold
    if color is not None:
        style.font.color.rgb = color
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if exact:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(exact)
    if align is not None:
        fmt.alignment = align
    ind = OxmlElement("w:ind")  # in characters for Word, and in twips for LibreOffice
    char = size * 20
    if left_chars:
        ind.set(qn("w:left"), str(left_chars * char))
        ind.set(qn("w:leftChars"), str(left_chars * 100))
    if right_chars:
        ind.set(qn("w:right"), str(right_chars * char))
        ind.set(qn("w:rightChars"), str(right_chars * 100))
    ind.set(qn("w:firstLine"), str(first_chars * char))
    ind.set(qn("w:firstLineChars"), str(first_chars * 100))
    style.element.get_or_add_pPr().append(ind)
    if outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(level)
    return style


def no_snap(style) -> None:
    """Keep a style's own line spacing instead of snapping to the 22-line body grid."""
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    style.element.get_or_add_pPr().append(snap)


def border(paragraph, side: str, size_eighths: int, color: str = "000000") -> None:
    """A rule above or below a paragraph: size in eighths of a point (0.35 mm ≈ 8, 0.25 mm ≈ 6)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size_eighths))
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), color)
    borders.append(line)


def add_field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES …) as fldChar begin / instrText / separate / text / end."""

    def run_with(child):
        run = paragraph.add_run()
        run._r.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def folio(paragraph, left: bool) -> None:
    """Page number "— 1 —" in 4号宋体, one character in from the outer edge."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.RIGHT
    fmt = paragraph.paragraph_format
    if left:
        fmt.left_indent = Pt(FOLIO_PT)
    else:
        fmt.right_indent = Pt(FOLIO_PT)
    paragraph.add_run("— ")
    add_field(paragraph, "PAGE")
    paragraph.add_run(" —")
    for run in paragraph.runs:
        set_fonts(run, SONGTI, SONGTI)
        run.font.size = Pt(FOLIO_PT)


def setup_document():
    """A4, GB/T 9704 margins and grid, fonts and paragraph styles, odd/even page numbers."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.5)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PITCH))

    # The character grid is measured from the document default font size: make it 3号 (16 pt).
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for tag_name in ("w:sz", "w:szCs"):
        size = rpr.find(qn(tag_name))
        if size is None:
            size = OxmlElement(tag_name)
            rpr.append(size)
        size.set(qn("w:val"), str(BODY_PT * 2))

    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG)
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(28.95)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.widow_control = False
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(CONDENSE))
    normal.element.get_or_add_rPr().append(spacing)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)

    title = paragraph_style(doc, "公文标题", XBS, TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    no_snap(title)
    paragraph_style(doc, "公文正文", FANGSONG, BODY_PT, first_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    paragraph_style(doc, "顶格正文", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    paragraph_style(doc, "居中正文", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph_style(doc, "一级标题", HEITI, BODY_PT, first_chars=2, outline=0)
    paragraph_style(doc, "二级标题", KAITI, BODY_PT, first_chars=2, outline=1)
    paragraph_style(doc, "发文机关署名", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    paragraph_style(doc, "成文日期", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    paragraph_style(doc, "附件标识", HEITI, BODY_PT)
    paragraph_style(
        doc, "表格标题", HEITI, BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER
    ).paragraph_format.keep_with_next = True
    for name, font, align in (
        ("表格文字", FANGSONG, WD_ALIGN_PARAGRAPH.CENTER),
        ("表格左对齐", FANGSONG, WD_ALIGN_PARAGRAPH.LEFT),
        ("表头文字", HEITI, WD_ALIGN_PARAGRAPH.CENTER),
    ):
        no_snap(paragraph_style(doc, name, font, TABLE_PT, align=align, exact=18))  # 小四, own pitch
    paragraph_style(doc, "版记", FANGSONG, FOLIO_PT, left_chars=1, right_chars=1)

    doc.settings.odd_and_even_pages_header_footer = True
    section.footer.is_linked_to_previous = False
    folio(section.footer.paragraphs[0], left=False)
    folio(section.even_page_footer.paragraphs[0], left=True)
    return doc


def para(doc, text: str = "", style: str = "公文正文"):
    return doc.add_paragraph(text, style=style)


def tag(doc, text: str):
    """A paragraph holding only a docxtpl block tag ({%p …%}); docxtpl removes it on rendering."""
    return doc.add_paragraph(text, style="顶格正文")


def page_break(doc) -> None:
    doc.add_paragraph(style="顶格正文").add_run().add_break(WD_BREAK.PAGE)


def table(
    doc,
    headers: list[tuple[str, float]],
    loop: str,
    cells: list[str],
    left: set[int] = frozenset(),
    total: list[str] | None = None,
):
    """A full-width table: a header row repeated on each page, a docxtpl row loop, maybe a 合计 row."""
    t = doc.add_table(rows=5 if total else 4, cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    weights = sum(w for _, w in headers)
    for c, (title, width) in enumerate(headers):
        t.columns[c].width = int(TEXT_WIDTH * width / weights)  # w:gridCol, what LibreOffice reads
        for row in t.rows:
            row.cells[c].width = int(TEXT_WIDTH * width / weights)
        cell = t.rows[0].cells[c]
        cell.paragraphs[0].style = doc.styles["表头文字"]
        cell.paragraphs[0].add_run(title)
    header_pr = t.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_pr.append(repeat)
    t.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for c, text in enumerate(cells):
        p = t.rows[2].cells[c].paragraphs[0]
        p.style = doc.styles["表格左对齐" if c in left else "表格文字"]
        p.add_run(text)
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for c, text in enumerate(total or []):
        p = t.rows[4].cells[c].paragraphs[0]
        p.style = doc.styles["表头文字" if c < 2 else "表格文字"]
        p.add_run(text)
    for row in t.rows:  # a row never breaks across pages
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return t


def mixed(doc, parts: list[tuple[str, str | None]], style: str = "公文正文"):
    """A paragraph whose runs have their own East-Asian font, e.g. a 楷体 （一） lead-in."""
    p = doc.add_paragraph(style=style)
    for text, font in parts:
        run = p.add_run(text)
        if font:
            set_fonts(run, font)
    return p


def units_table(doc, with_open: bool) -> None:
    """各单位整改情况统计表: one row per unit, then 合计 (the 简报 leaves out 正在整改数)."""
    columns = [
        ("序号", 1, "{{ u.no }}", ""),
        ("单位", 4.2, "{{ u.unit }}", "合计"),
        ("发现问题数", 1.5, "{{ u.found }}", "{{ items }}"),
        ("已整改数", 1.5, "{{ u.done }}", "{{ done }}"),
        ("正在整改数", 1.5, "{{ u.open }}", "{{ open }}"),
        ("超期未完成数", 1.7, "{{ u.overdue }}", "{{ overdue }}"),
        ("整改完成率", 1.8, "{{ u.rate }}", "{{ rate }}"),
        ("排名", 1, "{{ u.rank }}", ""),
    ]
    if not with_open:
        columns = [c for c in columns if c[0] != "正在整改数"]
    para(doc, "各单位整改情况统计表", "表格标题")
    table(
        doc,
        [(title, width) for title, width, _, _ in columns],
        "u in units",
        [cell for _, _, cell, _ in columns],
        left={1},
        total=[total for _, _, _, total in columns],
    )


def record_block(doc) -> None:
    """版记: 抄送 and 印发机关/印发日期 between rules (thick first and last, thin between).

    A one-column table floating at the foot of the text block (w:tblpPr, vertAnchor margin,
    tblpYSpec bottom), so the 版记 sits at the bottom of the last page as GB/T 9704 wants.
    """
    para(doc, "", "顶格正文")
    t = doc.add_table(rows=4, cols=1)
    t.autofit = False
    t.columns[0].width = TEXT_WIDTH
    rows = ["{%tr if cc %}", "抄送：{{ cc }}。", "{%tr endif %}", "{{ printer }}\t{{ print_date }}印发"]
    for row, text in zip(t.rows, rows, strict=True):
        cell = row.cells[0]
        cell.width = TEXT_WIDTH
        p = cell.paragraphs[0]
        p.style = doc.styles["版记"]
        p.add_run(text)
        p.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH - Pt(3 * FOLIO_PT), WD_TAB_ALIGNMENT.RIGHT)
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    tbl_pr = t._tbl.tblPr
    float_pr = OxmlElement("w:tblpPr")
    for key, value in (
        ("leftFromText", "0"),
        ("rightFromText", "0"),
        ("vertAnchor", "margin"),
        ("horzAnchor", "margin"),
        ("tblpXSpec", "center"),
        ("tblpYSpec", "bottom"),
    ):
        float_pr.set(qn(f"w:{key}"), value)
    overlap = OxmlElement("w:tblOverlap")
    overlap.set(qn("w:val"), "never")
    style = tbl_pr.find(qn("w:tblStyle"))
    position = list(tbl_pr).index(style) + 1 if style is not None else 0
    tbl_pr.insert(position, float_pr)  # the schema's order: tblStyle, tblpPr, tblOverlap, …
    tbl_pr.insert(position + 1, overlap)
    borders = OxmlElement("w:tblBorders")
    for side, size in (("top", 8), ("left", 0), ("bottom", 8), ("right", 0), ("insideH", 4), ("insideV", 0)):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single" if size else "nil")
        if size:
            line.set(qn("w:sz"), str(size))
            line.set(qn("w:space"), "0")
            line.set(qn("w:color"), "000000")
        borders.append(line)
    later = [tbl_pr.find(qn(f"w:{tag}")) for tag in ("shd", "tblLayout", "tblCellMar", "tblLook")]
    following = next((e for e in later if e is not None), None)
    if following is not None:  # tblBorders comes before shd, tblLayout, tblCellMar and tblLook
        following.addprevious(borders)
    else:
        tbl_pr.append(borders)
    para(doc, "", "顶格正文")  # a floating table is anchored to the paragraph after it


# ---------------------------------------------------------------------------------------------
# The templates


def make_notice_report(path: Path) -> Path:
    """通报模板.docx"""
    doc = setup_document()
    tag(doc, "{%p if doc_number %}")
    para(doc, "{{ doc_number }}", "居中正文")
    rule = para(doc, "", "顶格正文")
    border(rule, "bottom", 12, "FF0000")
    para(doc, "", "顶格正文")
    tag(doc, "{%p endif %}")
    para(doc, "{{ title }}", "公文标题")
    para(doc, "", "顶格正文")
    para(doc, "{{ recipients }}：", "顶格正文")
    para(
        doc,
        "按照{{ campaign }}工作安排，{{ issuer }}对各责任单位报送的问题整改台账进行了汇总核对。"
        "现将截至{{ as_of }}的整改进展情况通报如下。",
    )
    para(doc, "一、总体情况", "一级标题")
    para(doc, "{{ totals_sentence }}")
    tag(doc, "{%p if change_sentence %}")
    para(doc, "{{ change_sentence }}")
    tag(doc, "{%p endif %}")
    para(doc, "二、各单位整改进展", "一级标题")
    para(doc, "{{ progress_sentence }}")
    units_table(doc, with_open=True)
    tag(doc, "{%p if chart %}")
    para(doc, "{{ chart }}", "居中正文").paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    tag(doc, "{%p endif %}")
    mixed(doc, [("（一）红榜。", KAITI), ("{{ red_list_sentence }}", None)])
    mixed(doc, [("（二）黑榜。", KAITI), ("{{ black_list_sentence }}", None)])
    para(doc, "三、存在问题", "一级标题")
    para(doc, "{{ problems_sentence }}")
    para(doc, "四、下步工作", "一级标题")
    mixed(
        doc,
        [
            ("（一）压实整改责任。", KAITI),
            (
                "各责任单位主要负责同志要亲自研究、亲自推动，对超期未完成的问题逐项明确措施、责任人和完成时限，"
                "确保按期整改到位。",
                None,
            ),
        ],
    )
    mixed(
        doc,
        [
            ("（二）严格销号管理。", KAITI),
            ("已完成整改的问题要经分管领导审核后报送销号，坚决防止虚假整改、敷衍整改。", None),
        ],
    )
    mixed(
        doc,
        [
            ("（三）加强督查问效。", KAITI),
            ("{{ issuer }}将持续跟踪问效，对整改不力、进展滞后的单位予以督办通报。", None),
        ],
    )
    para(doc, "", "顶格正文")
    para(doc, "附件：1.超期未完成问题清单")
    tag(doc, "{%p if annex_ledger %}")
    para(doc, "　　　2.问题整改台账")
    tag(doc, "{%p endif %}")
    para(doc, "", "顶格正文")
    para(doc, "", "顶格正文")
    para(doc, "{{ issuer }}", "发文机关署名")
    para(doc, "{{ date }}", "成文日期")

    page_break(doc)
    para(doc, "附件1", "附件标识")
    para(doc, "", "顶格正文")
    para(doc, "超期未完成问题清单", "公文标题")
    para(doc, "", "顶格正文")
    table(
        doc,
        [
            ("序号", 1),
            ("责任单位", 3.2),
            ("问题描述", 5.2),
            ("整改时限", 2.2),
            ("超期天数", 1.5),
            ("整改进展", 3),
        ],
        "i in overdue_items",
        [
            "{{ i.no }}",
            "{{ i.unit }}",
            "{{ i.description }}",
            "{{ i.deadline }}",
            "{{ i.days }}",
            "{{ i.progress }}",
        ],
        left={1, 2, 5},
    )
    tag(doc, "{%p if annex_note %}")
    para(doc, "{{ annex_note }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if annex_ledger %}")
    page_break(doc)
    para(doc, "附件2", "附件标识")
    para(doc, "", "顶格正文")
    para(doc, "问题整改台账", "公文标题")
    para(doc, "", "顶格正文")
    table(
        doc,
        [
            ("序号", 1),
            ("责任单位", 3),
            ("问题描述", 5.5),
            ("整改时限", 2.2),
            ("整改状态", 2),
            ("完成时间", 2.2),
        ],
        "i in all_items",
        [
            "{{ i.no }}",
            "{{ i.unit }}",
            "{{ i.description }}",
            "{{ i.deadline }}",
            "{{ i.status }}",
            "{{ i.finished }}",
        ],
        left={1, 2},
    )
    tag(doc, "{%p if ledger_note %}")
    para(doc, "{{ ledger_note }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")
    record_block(doc)
    doc.core_properties.title = "通报模板"
    doc.core_properties.author = "督查台账助手"
    doc.save(path)
    return path


def make_bulletin(path: Path) -> Path:
    """简报模板.docx: red masthead, 第N期, 编印单位 and date, red rule, then the article."""
    doc = setup_document()
    mast = para(doc, "{{ masthead }}", "公文标题")
    mast.paragraph_format.line_spacing = Pt(60)
    for run in mast.runs:
        run.font.size = Pt(42)
        run.font.color.rgb = RED
    para(doc, "第{{ issue_no }}期", "居中正文")
    para(doc, "", "顶格正文")
    line = para(doc, "{{ issuer }}\t{{ date }}", "顶格正文")
    line.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    border(line, "bottom", 18, "FF0000")
    para(doc, "", "顶格正文")
    para(doc, "{{ title }}", "公文标题")
    para(doc, "", "顶格正文")
    para(doc, "{{ totals_sentence }}")
    tag(doc, "{%p if change_sentence %}")
    para(doc, "{{ change_sentence }}")
    tag(doc, "{%p endif %}")
    para(doc, "{{ progress_sentence }}")
    mixed(doc, [("红榜：", HEITI), ("{{ red_list_sentence }}", None)])
    mixed(doc, [("黑榜：", HEITI), ("{{ black_list_sentence }}", None)])
    para(doc, "{{ problems_sentence }}")
    units_table(doc, with_open=False)
    tag(doc, "{%p if chart %}")
    para(doc, "{{ chart }}", "居中正文").paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    tag(doc, "{%p endif %}")
    para(doc, "", "顶格正文")
    foot = para(doc, "报：{{ report_to }}", "版记")
    border(foot, "top", 8)
    para(doc, "送：{{ recipients }}", "版记")
    last = para(doc, "发：{{ cc }}", "版记")
    border(last, "bottom", 8)
    doc.core_properties.title = "简报模板"
    doc.save(path)
    return path


def make_reminder(path: Path) -> Path:
    """催办通知模板.docx: one notice to one unit, with its overdue and due-soon items."""
    doc = setup_document()
    para(doc, "{{ notice_number }}", "居中正文")
    rule = para(doc, "", "顶格正文")
    border(rule, "bottom", 12, "FF0000")
    para(doc, "", "顶格正文")
    para(doc, "关于督促加快问题整改进度的通知", "公文标题")
    para(doc, "", "顶格正文")
    para(doc, "{{ unit }}：", "顶格正文")
    para(doc, "经汇总核对，截至{{ as_of }}，你单位在{{ campaign }}中{{ situation }}，具体见下表。")
    para(
        doc,
        "请你单位高度重视，逐项明确整改措施、责任人和完成时限，于{{ reply_by }}前将整改进展书面报送"
        "{{ issuer }}。逾期未报送或整改不力的，将在通报中予以点名。",
    )
    para(doc, "{{ unit }}待整改问题清单", "表格标题")
    table(
        doc,
        [("序号", 1), ("问题描述", 6), ("整改时限", 2.2), ("当前情况", 2.4), ("整改进展", 3.4)],
        "i in items",
        ["{{ i.no }}", "{{ i.description }}", "{{ i.deadline }}", "{{ i.situation }}", "{{ i.progress }}"],
        left={1, 4},
    )
    para(doc, "", "顶格正文")
    para(doc, "联系人：{{ contact }}", "公文正文")
    para(doc, "", "顶格正文")
    para(doc, "{{ issuer }}", "发文机关署名")
    para(doc, "{{ date }}", "成文日期")
    doc.core_properties.title = "催办通知模板"
    doc.save(path)
    return path


def slim(path: Path) -> Path:
    """Keep only what the document uses: the styles it names (and their bases), no latent-style
    table, no stylesWithEffects copy, no sample thumbnail. Smaller templates open, render and
    save faster, and Word rebuilds the rest on its own."""
    doc = Document(str(path))
    part = doc.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml", "/webSettings")):
            part.rels.pop(rid)
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rid)
    styles = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    # The defaults, and every style of ours (a clerk editing the template may want them all).
    wanted = {
        sid for sid, s in by_id.items() if s.get(qn("w:default")) == "1" or s.get(qn("w:customStyle")) == "1"
    }
    xml = [
        doc.element.xml,
        *(f._element.xml for sec in doc.sections for f in (sec.footer, sec.even_page_footer)),
    ]
    for text in xml:
        for attr in ("pStyle", "rStyle", "tblStyle"):
            wanted.update(re.findall(rf'<w:{attr} w:val="([^"]+)"', text))
    queue = list(wanted)
    while queue:
        style = by_id.get(queue.pop())
        if style is None:
            continue
        for ref in ("w:basedOn", "w:next", "w:link"):
            node = style.find(qn(ref))
            if node is not None and node.get(qn("w:val")) not in wanted:
                wanted.add(node.get(qn("w:val")))
                queue.append(node.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in wanted:
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for root in (
        styles,
        doc.element,
        *(f._element for sec in doc.sections for f in (sec.footer, sec.even_page_footer)),
    ):
        schema_order(root)
    doc.save(str(path))
    return path


# The order ECMA-376 gives the children of paragraph and run properties (CT_PPrBase + CT_PPr,
# CT_RPr). python-docx appends what we add at the end; Word may drop properties out of order
# (the first-line indent, the 28-character grid) where LibreOffice renders them all.
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
    "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
).split()
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
    "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl "
    "cs em lang eastAsianLayout specVanish oMath rPrChange"
).split()


def schema_order(root) -> None:
    """Put the children of every w:pPr and w:rPr under ``root`` in schema order (stable)."""
    for tag, order in (("pPr", PPR_ORDER), ("rPr", RPR_ORDER)):
        rank = {qn(f"w:{name}"): k for k, name in enumerate(order)}
        for props in root.iter(qn(f"w:{tag}")):
            children = list(props)
            ordered = sorted(children, key=lambda child: rank.get(child.tag, len(order)))
            if ordered != children:
                for child in children:
                    props.remove(child)
                props.extend(ordered)


def build(out: Path | None = None) -> list[Path]:
    out = Path(out) if out else HERE
    out.mkdir(parents=True, exist_ok=True)
    from ledgerdesk.roundtrip import write_return_template  # the Excel return template, from the schema

    return [
        write_return_template(out / "整改台账模板.xlsx"),
        slim(make_notice_report(out / "通报模板.docx")),
        slim(make_bulletin(out / "简报模板.docx")),
        slim(make_reminder(out / "催办通知模板.docx")),
    ]


if __name__ == "__main__":
    for written in build(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(written)
