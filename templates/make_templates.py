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
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from ledgerdesk.outputs.layout import (
    INTRO,
    LEDGER_TABLE,
    NEXT_STEPS,
    NOTICE_TABLE,
    OVERDUE_TABLE,
    UNITS_TABLE,
)

HERE = Path(__file__).resolve().parent

FANGSONG, HEITI, KAITI, SONGTI, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "方正小标宋简体"
BODY_PT, TITLE_PT, FOLIO_PT, TABLE_PT = 16, 22, 14, 12
MARK_PT = 36  # 发文机关标志: up to 12 characters on one line of the 156 mm text block
LINE_PITCH = 579  # twips: 28.95 pt, 22 lines in 225 mm
# 28 characters in 156 mm = 15.79 pt each: 16 pt characters condensed by 0.25 pt (5 twentieths).
# (A character grid with charSpace -849 does the same in Word, but LibreOffice and WPS then give a
# 16 pt character two grid cells; condensed spacing gives 28 a line everywhere.)
CONDENSE = -5
TEXT_WIDTH = Cm(21.0 - 2.8 - 2.6)
CELL_MARGIN = 57  # twips (1 mm) left and right in table cells: 序号, 排名 and 100.00% fit their columns
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
    hanging_chars=0,
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
    if hanging_chars:  # later lines line up after a lead-in such as 抄送：
        ind.set(qn("w:hanging"), str(hanging_chars * char))
        ind.set(qn("w:hangingChars"), str(hanging_chars * 100))
    else:
        ind.set(qn("w:firstLine"), str(first_chars * char))
        ind.set(qn("w:firstLineChars"), str(first_chars * 100))
    style.element.get_or_add_pPr().append(ind)
    if outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(level)
    return style


def no_snap(target) -> None:
    """Keep a style's or a paragraph's own line spacing instead of snapping to the 22-line grid."""
    element = target.element if hasattr(target, "element") else target._p
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    element.get_or_add_pPr().append(snap)


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
    record = paragraph_style(doc, "版记", FANGSONG, FOLIO_PT, left_chars=1, right_chars=1)
    # 印发机关 one character in from the left, 印发日期 one character in from the right
    record.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH - Pt(FOLIO_PT), WD_TAB_ALIGNMENT.RIGHT)
    # 抄送：甲，乙，丙 — a second line starts under 甲 (GB/T 9704 §10.1)
    paragraph_style(doc, "版记抄送", FANGSONG, FOLIO_PT, left_chars=4, right_chars=1, hanging_chars=3)
    # 附件：1.名称 — under the text, two characters in; 2.名称 lines up under 1. (§7.3.4)
    paragraph_style(doc, "简报版记", FANGSONG, FOLIO_PT, left_chars=3, right_chars=1, hanging_chars=2)
    paragraph_style(doc, "附件说明", FANGSONG, BODY_PT, left_chars=5, hanging_chars=3)
    paragraph_style(doc, "附件说明续", FANGSONG, BODY_PT, left_chars=5)
    # 发文机关标志: red 小标宋 centred at the top of the first page (§7.2.3)
    mark = paragraph_style(
        doc, "发文机关标志", XBS, MARK_PT, align=WD_ALIGN_PARAGRAPH.CENTER, exact=MARK_PT * 1.2, color=RED
    )
    no_snap(mark)

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
    assert abs(sum(w for _, w in headers) - TEXT_WIDTH.cm) < 0.01, headers  # the full text width
    for c, (title, width) in enumerate(headers):
        t.columns[c].width = Cm(width)  # w:gridCol, what LibreOffice reads
        for row in t.rows:
            row.cells[c].width = Cm(width)
        cell = t.rows[0].cells[c]
        cell.paragraphs[0].style = doc.styles["表头文字"]
        for n, line in enumerate(title.split("\n")):  # headers break where the words do: 发现/问题数
            if n:
                cell.paragraphs[0].runs[-1].add_break()
            cell.paragraphs[0].add_run(line)
    cell_margins(t, CELL_MARGIN)
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


def cell_margins(t, twips: int) -> None:
    """Left and right cell margins of a table (w:tblCellMar, after tblLayout in tblPr)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(twips))
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    look = t._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        t._tbl.tblPr.append(margins)


def mixed(doc, parts: list[tuple[str, str | None]], style: str = "公文正文"):
    """A paragraph whose runs have their own East-Asian font, e.g. a 楷体 （一） lead-in."""
    p = doc.add_paragraph(style=style)
    for text, font in parts:
        run = p.add_run(text)
        if font:
            set_fonts(run, font)
    return p


def units_table(doc) -> None:
    """各单位整改情况统计表: one row per unit, then 合计; every part of 问题数 shown in both documents."""
    # A header takes at most three characters a line, 100.00% one line (widths: ledgerdesk.outputs.layout).
    cells = [
        ("{{ u.no }}", ""),
        ("{{ u.unit_cell }}", "合计"),
        ("{{ u.found }}", "{{ items }}"),
        ("{{ u.done }}", "{{ done }}"),
        ("{{ u.open }}", "{{ open }}"),
        ("{{ u.long_term }}", "{{ long_term }}"),
        ("{{ u.overdue }}", "{{ overdue }}"),
        ("{{ u.rate }}", "{{ rate }}"),
        ("{{ u.rank }}", ""),
    ]
    widths = UNITS_TABLE
    columns = [(title, w, cell, total) for (title, w), (cell, total) in zip(widths, cells, strict=True)]
    para(doc, "各单位整改情况统计表", "表格标题")
    table(
        doc,
        [(title, width) for title, width, _, _ in columns],
        "u in units",
        [cell for _, _, cell, _ in columns],
        left={1},
        total=[total for _, _, _, total in columns],
    )


def frame_at_foot(paragraph) -> None:
    """Put a paragraph of the 版记 in a frame at the foot of the text block (w:framePr, yAlign
    bottom), a thick rule above and below the frame.

    Consecutive paragraphs with the same frame and the same borders form one frame; Word and
    LibreOffice both place it at the bottom margin of the page its paragraphs fall on. (With
    borders that differ from paragraph to paragraph LibreOffice leaves them in the text, so
    the thin rules between the lines are paragraphs of their own: see thin_rule.)
    """
    ppr = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    for key, value in (
        ("w", str(int(TEXT_WIDTH.twips))),
        ("hSpace", "0"),
        ("vSpace", "0"),
        ("wrap", "around"),
        ("vAnchor", "margin"),
        ("hAnchor", "margin"),
        ("xAlign", "center"),
        ("yAlign", "bottom"),
    ):
        frame.set(qn(f"w:{key}"), value)
    ppr.append(frame)
    border(paragraph, "top", 8)
    border(paragraph, "bottom", 8)


def thin_rule(doc) -> None:
    """The thin rule between two lines of the 版记 (0.25 mm): a line of the frame holding one
    tab whose leader is a line across the whole width."""
    rule = para(doc, "", "版记")
    fmt = rule.paragraph_format
    fmt.left_indent = fmt.right_indent = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(6)
    fmt.tab_stops.add_tab_stop(TEXT_WIDTH - Pt(FOLIO_PT), WD_TAB_ALIGNMENT.CLEAR)  # the style's stop
    fmt.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
    run = rule.add_run("\t")
    run.font.size = Pt(10)
    no_snap(rule)
    frame_at_foot(rule)


def tiny(paragraph):
    """A paragraph mark 1 pt high: a section break or an anchor that never takes a line of its
    own (an empty 16 pt paragraph after a full page is what makes a blank page)."""
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(1)
    no_snap(paragraph)
    ppr = paragraph._p.get_or_add_pPr()
    mark = ppr.find(qn("w:rPr"))
    if mark is None:
        mark = OxmlElement("w:rPr")
        ppr.append(mark)
    for name in ("w:sz", "w:szCs"):
        size = OxmlElement(name)
        size.set(qn("w:val"), "2")
        mark.append(size)
    return paragraph


def record_block(doc) -> None:
    """版记 (GB/T 9704 §10): 抄送 and 印发机关/印发日期 in 4号仿宋 between a thick rule (first and
    last) and a thin one, at the foot of the last page, which must be an even page.

    The 版记 is a frame at the foot of the text block. ledgerdesk works out the pages (see
    layout.record_on_own_page): when the text ends on an even page with room at its foot, the 版记
    goes there (``record_page`` false); otherwise a section break comes first (``record_page``
    true) and ledgerdesk makes the 版记's section start on an even page when it fills the
    template (briefing.render_document), so Word itself makes sure the page is even. (The
    section type cannot be a placeholder: Word would not open the template.)
    """
    tag(doc, "{%p if record_page %}")
    doc.add_section(WD_SECTION.NEW_PAGE)  # the text's section ends in a paragraph of its own
    tag(doc, "{%p endif %}")
    body = doc.element.body
    last_section = body.find(qn("w:sectPr"))
    ending = [
        p for p in body.iterchildren(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    tiny(Paragraph(ending[-1], doc._body))
    # Both sections number their pages with the same footers (without the break there is one
    # section, the last, and it must have them).
    references = ending[-1].find(f"{qn('w:pPr')}/{qn('w:sectPr')}").findall(qn("w:footerReference"))
    for ref in reversed(references):
        last_section.insert(0, deepcopy(ref))
    tag(doc, "{%p if cc %}")
    frame_at_foot(para(doc, "抄送：{{ cc }}。", "版记抄送"))
    thin_rule(doc)
    tag(doc, "{%p endif %}")
    frame_at_foot(para(doc, "{{ printer }}\t{{ print_date }}印发", "版记"))
    tiny(para(doc, "", "顶格正文"))  # the document does not end in a frame


# ---------------------------------------------------------------------------------------------
# The templates


def letterhead(doc) -> None:
    """版头 (GB/T 9704 §7.2): 发文机关标志 in red, 发文字号, the red rule, when set."""
    tag(doc, "{%p if issuer_mark %}")
    para(doc, "{{ issuer_mark }}", "发文机关标志")
    para(doc, "", "顶格正文")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if doc_number %}")
    para(doc, "{{ doc_number }}", "居中正文")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if doc_number or issuer_mark %}")
    rule = para(doc, "", "顶格正文")
    border(rule, "bottom", 12, "FF0000")
    para(doc, "", "顶格正文")
    tag(doc, "{%p endif %}")


def title_block(doc, lines: str = "title_lines") -> None:
    """The title in lines broken between words (briefing.title_lines), a blank line under it."""
    tag(doc, f"{{%p for line in {lines} %}}")
    para(doc, "{{ line }}", "公文标题")
    tag(doc, "{%p endfor %}")
    para(doc, "", "顶格正文")


def signed(doc, *paragraphs) -> None:
    """Keep the paragraphs (the end of the text, 附件说明, 署名) on the page of what follows: the
    署名 and 日期 never stand alone on a page (GB/T 9704 §7.3.5)."""
    for paragraph in paragraphs:
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.keep_together = True  # moves whole, in Word as in LibreOffice


def annex_heading(doc, label: str, title: str) -> None:
    """附件N at the top left of a new page, then its title (§8): the page break is a property of
    the heading, never an empty paragraph that could make a blank page of its own."""
    heading = para(doc, label, "附件标识")
    heading.paragraph_format.page_break_before = True
    para(doc, "", "顶格正文")
    para(doc, title, "公文标题")
    para(doc, "", "顶格正文")


def make_notice_report(path: Path) -> Path:
    """通报模板.docx"""
    doc = setup_document()
    letterhead(doc)
    title_block(doc)
    para(doc, "{{ recipients }}：", "顶格正文")
    para(doc, INTRO)
    para(doc, "一、总体情况", "一级标题")
    para(doc, "{{ totals_sentence }}")
    tag(doc, "{%p if change_sentence %}")
    para(doc, "{{ change_sentence }}")
    tag(doc, "{%p endif %}")
    para(doc, "二、各单位整改进展", "一级标题")
    para(doc, "{{ progress_sentence }}")
    units_table(doc)
    tag(doc, "{%p if chart %}")
    para(doc, "{{ chart }}", "居中正文").paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    tag(doc, "{%p endif %}")
    mixed(doc, [("（一）红榜。", KAITI), ("{{ red_list_sentence }}", None)])
    mixed(doc, [("（二）黑榜。", KAITI), ("{{ black_list_sentence }}", None)])
    para(doc, "三、存在问题", "一级标题")
    para(doc, "{{ problems_sentence }}")
    para(doc, "四、下步工作", "一级标题")
    for lead, text in NEXT_STEPS:
        last = mixed(doc, [(lead, KAITI), (text, None)])
    signed(doc, last)
    tag(doc, "{%p if annex_lines %}")
    signed(doc, para(doc, "", "顶格正文"))
    tag(doc, "{%p for a in annex_lines %}")
    tag(doc, "{%p if loop.first %}")
    signed(doc, para(doc, "附件：{{ a }}", "附件说明"))
    tag(doc, "{%p else %}")
    signed(doc, para(doc, "{{ a }}", "附件说明续"))
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    signed(doc, para(doc, "", "顶格正文"), para(doc, "", "顶格正文"))
    signed(doc, para(doc, "{{ issuer }}", "发文机关署名"))
    para(doc, "{{ date }}", "成文日期")

    tag(doc, "{%p if overdue_annex %}")
    annex_heading(doc, "{{ overdue_annex }}", "超期未完成问题清单")
    table(
        doc,
        list(OVERDUE_TABLE),
        "i in overdue_items",
        [
            "{{ i.no }}",
            "{{ i.unit_cell }}",
            "{{ i.description }}",
            "{{ i.deadline }}",
            "{{ i.days }}",
            "{{ i.progress }}",
        ],
        left={1, 2, 5},
    )
    tiny(para(doc, "", "顶格正文"))  # after a table: the 版记's frame needs a paragraph before it
    tag(doc, "{%p if annex_note %}")
    para(doc, "{{ annex_note }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if ledger_annex %}")
    annex_heading(doc, "{{ ledger_annex }}", "问题整改台账")
    table(
        doc,
        list(LEDGER_TABLE),
        "i in all_items",
        [
            "{{ i.no }}",
            "{{ i.unit_cell }}",
            "{{ i.description }}",
            "{{ i.deadline }}",
            "{{ i.status }}",
            "{{ i.finished }}",
        ],
        left={1, 2},
    )
    tiny(para(doc, "", "顶格正文"))  # after a table: the 版记's frame needs a paragraph before it
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
    title_block(doc, "bulletin_title_lines")  # an article's title, not a 通报's
    para(doc, "{{ totals_sentence }}")
    tag(doc, "{%p if change_sentence %}")
    para(doc, "{{ change_sentence }}")
    tag(doc, "{%p endif %}")
    para(doc, "{{ progress_sentence }}")
    mixed(doc, [("红榜：", HEITI), ("{{ bulletin_red_list }}", None)])
    mixed(doc, [("黑榜：", HEITI), ("{{ bulletin_black_list }}", None)])
    para(doc, "{{ problems_summary }}")  # a 简报 has no annex to point to
    units_table(doc)
    tag(doc, "{%p if chart %}")
    para(doc, "{{ chart }}", "居中正文").paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    tag(doc, "{%p endif %}")
    # 版记: the lines that have something to say (报：, 送：, 发：) kept together in a frame at the
    # foot of the last page, a thick rule above and below and thin ones between.
    tiny(para(doc, "", "顶格正文"))  # a frame needs a paragraph of the text before it
    tag(doc, "{%p if bulletin_record_page %}")  # no room under the text: the 版记 on a page of its own
    tiny(para(doc, "", "顶格正文")).paragraph_format.page_break_before = True
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if bulletin_record %}")
    tag(doc, "{%p for line in bulletin_record %}")
    tag(doc, "{%p if not loop.first %}")
    thin_rule(doc)
    tag(doc, "{%p endif %}")
    frame_at_foot(para(doc, "{{ line }}", "简报版记"))
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    tiny(para(doc, "", "顶格正文"))
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
    para(doc, "关于督促加快问题整改进度的通知", "公文标题")  # fixed, 15 characters: one line
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
        list(NOTICE_TABLE),
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
    declare_fonts(doc)
    doc.save(str(path))
    return path


# Every Chinese face the templates name, declared in the font table as Word and WPS read it: the
# name a Windows PC has when it lacks the _GB2312 face (altName), the panose and the GB2312
# character set, so the nearest face is chosen and not a blind default (GB/T 9704 allows 宋体 for the
# 小标宋 title). (panose, family, pitch)
FONT_DECLARATIONS = {
    FANGSONG: ("仿宋", "02010609060101010101", "modern", "fixed"),
    KAITI: ("楷体", "02010609060101010101", "modern", "fixed"),
    HEITI: ("SimHei", "02010609060101010101", "modern", "fixed"),
    SONGTI: ("SimSun", "02010600030101010101", "auto", "variable"),
    XBS: ("宋体", "02010600030101010101", "roman", "variable"),
}


def declare_fonts(doc) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    part = doc.part.part_related_by(RT.FONT_TABLE)
    table = etree.fromstring(part.blob)
    for font in table.findall(qn("w:font")):
        if font.get(qn("w:name")) in FONT_DECLARATIONS:
            table.remove(font)
    for name, (alt, panose, family, pitch) in FONT_DECLARATIONS.items():
        font = etree.SubElement(table, qn("w:font"))
        font.set(qn("w:name"), name)
        for tag, value in (
            ("altName", alt),
            ("panose1", panose),
            ("charset", "86"),
            ("family", family),
            ("pitch", pitch),
        ):
            etree.SubElement(font, qn(f"w:{tag}")).set(qn("w:val"), value)
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


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
