"""The page layout of a 通报 on the GB/T 9704 grid: title lines and where the pages end.

A 公文 is set on a fixed grid: a 156 × 225 mm text block, 22 lines of 28 characters in 3号
仿宋. Every character of Chinese text is one cell wide, so how many lines a paragraph takes —
and so where the pages end — can be worked out before Word lays the document out. This module
does that for the two decisions a template cannot make by itself:

- where the title breaks: between words, never inside one (“整改进 / 展情况” is wrong), in a
  梯形 or 菱形 shape (§7.3.3);
- whether the 版记 fits at the foot of the last page and that page is even (§10): if not, the
  template starts the 版记 on the next even page with a section break, which Word (and
  LibreOffice) honour exactly, so an estimate that is off never puts the 版记 on an odd page
  unless the estimate said an even page had room to spare.

The estimate is checked against LibreOffice's layout of real documents in tests/test_render.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Col

LINE_PT = 28.95  # one line of the grid (225 mm / 22)
PAGE_PT = 22 * LINE_PT
BODY_CHARS = 442.2 / 15.75  # 3号 characters a line: 156 mm, 16 pt condensed by 0.25 pt (28.08)
TITLE_CHARS = 20  # 2号 characters a line of the 156 mm text block
TITLE_LINE_PT = 35
MARK_LINE_PT = 36 * 1.2
TABLE_LINE_PT = 18  # 小四 table text, exactly 18 pt a line
TABLE_PT = 12
CELL_MARGIN_CM = 0.1
POINTS_PER_CM = 72 / 2.54
RECORD_ROOM_PT = 4 * LINE_PT  # room the 版记 needs at the foot of the page, with a line to spare

# Words a title may break after or before; everything else between two of them is kept whole.
TITLE_WORDS = (
    "关于",
    "活动",
    "工作",
    "发现",
    "反馈",
    "问题",
    "整改",
    "进展",
    "情况",
    "落实",
    "专项",
    "督查",
    "督办",
    "巡察",
    "审计",
    "推进",
    "开展",
    "整治",
    "行动",
    "事项",
    "有关",
    "全市",
    "各单位",
    "的通报",
    "的通知",
    "的报告",
    "的意见",
    "的函",
)
LONGEST_FIRST = sorted(TITLE_WORDS, key=len, reverse=True)
QUOTED = re.compile(r"“[^”]*”|《[^》]*》|（[^）]*）|\"[^\"]*\"")


NARROW = {"%": 0.83, ".": 0.24, ",": 0.24, ":": 0.27, " ": 0.24}  # in Times New Roman, of a 汉字
AUTOSPACE = 0.125  # the space Word and LibreOffice put where Chinese meets figures or Latin


def char_width(ch: str) -> float:
    """Width of one character in 汉字 (condensed by 0.25 pt like the body text): a figure or
    a Latin letter about half."""
    return 1.0 if ord(ch) > 0x2E7F else NARROW.get(ch, 0.49)


def width(text: str) -> float:
    """Width of a text in 汉字, with the space between Chinese and figures."""
    wide = [ord(ch) > 0x2E7F for ch in text]
    return sum(map(char_width, text)) + AUTOSPACE * sum(a != b for a, b in zip(wide, wide[1:], strict=False))


OPENING = "（“‘《〈【[("
CLOSING = "，。、；：？！）”’》〉】]),.;:?!%"


def _units(text: str) -> list[str]:
    """Pieces a line never breaks inside: a Chinese character, a run of figures or Latin
    letters (2024, 66.67%), an opening bracket with what follows it and closing punctuation
    with what precedes it (a line never ends in （ nor starts with ，)."""
    units: list[str] = []
    for ch in text:
        narrow = ord(ch) <= 0x2E7F and not ch.isspace()
        if units and (
            ch in CLOSING
            or units[-1][-1] in OPENING
            or (narrow and ord(units[-1][-1]) <= 0x2E7F and not units[-1][-1].isspace())
        ):
            units[-1] += ch
        else:
            units.append(ch)
    return units


@lru_cache(maxsize=65536)  # the plan is made three times (see _holds); cells repeat (units, dates)
def line_count(text: str, room: float) -> int:
    """Lines ``text`` takes where a line holds ``room`` characters, broken as Word and
    LibreOffice break Chinese text (see _units; a unit wider than a line is cut anywhere)."""
    lines, used, previous = 1, 0.0, ""
    for unit in _units(text):
        w = width(unit)
        space = AUTOSPACE if used and _meets(previous, unit) else 0.0
        if used and used + w + space > room + 1e-6:
            lines, used = lines + 1, 0.0
        else:
            w += space
        while w > room + 1e-6:  # longer than a line
            lines, w = lines + 1, w - room
        used += w
        previous = unit
    return lines


def _meets(before: str, after: str) -> bool:
    """Chinese text meets figures or Latin letters: Word and LibreOffice put a little space."""
    return (ord(before[-1]) > 0x2E7F) != (ord(after[0]) > 0x2E7F)


def _tokens(title: str) -> list[str]:
    """The title cut where a break is allowed: around quoted names and the words above."""
    tokens: list[str] = []
    pos = 0
    for m in QUOTED.finditer(title):
        tokens += _words(title[pos : m.start()])
        tokens.append(m.group(0))
        pos = m.end()
    return tokens + _words(title[pos:])


def _words(text: str) -> list[str]:
    out: list[str] = []
    loose = ""  # characters of no listed word stay together (a name such as 濮阳市)
    i = 0
    while i < len(text):
        word = next((w for w in LONGEST_FIRST if text.startswith(w, i)), None)
        if word is None:
            loose += text[i]
            i += 1
            continue
        if loose:
            out.append(loose)
            loose = ""
        out.append(word)
        i += len(word)
    return out + ([loose] if loose else [])


def title_lines(title: str, chars: int = TITLE_CHARS) -> list[str]:
    """The title in as few lines as fit, broken between words, the lines' lengths shaped as a
    梯形 (each line longer or each shorter than the one above) or a 菱形 (the middle longest),
    as even as that allows."""
    title = title.strip()
    if width(title) <= chars:
        return [title] if title else []
    tokens = _tokens(title)
    lines_needed = math.ceil(width(title) / chars)
    for count in range(lines_needed, lines_needed + 3):
        best: tuple[float, list[str]] | None = None
        for cuts in _cuts(len(tokens), count):
            lines = ["".join(tokens[a:b]) for a, b in zip((0, *cuts), (*cuts, len(tokens)), strict=True)]
            sizes = [width(x) for x in lines]
            if max(sizes) > chars:
                continue
            score = _shape_score(sizes)
            if best is None or score < best[0]:
                best = (score, lines)
        if best is not None:
            return best[1]
    return [title[i : i + chars] for i in range(0, len(title), chars)]  # no word boundary fits


def _cuts(n: int, count: int) -> list[tuple[int, ...]]:
    if count == 1:
        return [()]
    if count == 2:
        return [(a,) for a in range(1, n)]
    return [(a, b) for a in range(1, n - 1) for b in range(a + 1, n)]


def _shape_score(sizes: Sequence[float]) -> float:
    spread = max(sizes) - min(sizes)
    steps = [b - a for a, b in zip(sizes, sizes[1:], strict=False)]
    trapezoid = all(s > 0 for s in steps) or all(s < 0 for s in steps)
    diamond = len(sizes) == 3 and steps[0] > 0 > steps[1]
    penalty = 0.0 if (trapezoid or diamond) else 3.0  # equal lines make a block, not a 梯形
    return spread + penalty + (0.5 if steps and steps[0] < 0 else 0.0)  # 上短下长 first


# ---------------------------------------------------------------------------------------------
# Pages


@dataclass
class Flow:
    """Text laid down page by page: ``used`` points of the current page filled. ``scale``
    stretches every block, to see whether a decision holds if the estimate is a little off."""

    page: int = 1
    used: float = 0.0
    scale: float = 1.0

    def add(self, height: float, keep: float = 0.0) -> None:
        """Add a block ``height`` high that cannot be split; ``keep`` more must fit after it."""
        height, keep = height * self.scale, keep * self.scale
        if self.used and self.used + height + keep > PAGE_PT + 0.5:
            self.new_page()
        self.used += height
        while self.used > PAGE_PT + 0.5:  # taller than a page: it runs on
            self.page += 1
            self.used -= PAGE_PT

    def lines(self, count: int) -> None:
        for _ in range(count):
            self.add(LINE_PT)

    def paragraph(self, text: str, indent: int = 2, keep: float = 0.0, whole: bool = False) -> None:
        """A paragraph of body text; lines split across pages (widow control is off) unless
        ``whole`` (keep lines together)."""
        lines = line_count("　" * indent + text, BODY_CHARS)
        if whole:
            self.add(lines * LINE_PT, keep)
            return
        for n in range(lines):
            self.add(LINE_PT, keep if n == lines - 1 else 0.0)

    def new_page(self) -> None:
        self.page += 1
        self.used = 0.0

    def table(self, widths_cm: Sequence[float], header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """A table whose rows never split, with its header row repeated on each page."""
        head = self.row_height(widths_cm, header)
        self.add(head, keep=self.row_height(widths_cm, rows[0]) if rows else 0.0)
        for row in rows:
            h = self.row_height(widths_cm, row)
            if self.used + h * self.scale > PAGE_PT + 0.5:
                self.new_page()
                self.used = head * self.scale
            self.add(h)

    @staticmethod
    def row_height(widths_cm: Sequence[float], cells: Sequence[str]) -> float:
        most = 1
        for w, text in zip(widths_cm, cells, strict=True):
            room = cell_room(w)
            lines = sum(line_count(part, room) for part in str(text).split("\n"))
            most = max(most, lines)
        return most * TABLE_LINE_PT + 0.5  # and the rule under the row

    @property
    def room(self) -> float:
        return PAGE_PT - self.used


def cell_room(width_cm: float) -> float:
    """Characters a line of a table cell holds: the cell less its margins and a rule of 1/2 pt
    each side."""
    return ((width_cm - 2 * CELL_MARGIN_CM) * POINTS_PER_CM - 1) / (TABLE_PT - 0.25)


# Where a unit's name breaks as a typist would break it, between the words of the name: after the
# 和 that joins two fields of work (市人力资源和 | 社会保障局), after a body a longer name goes on
# from (国家税务总局 | 濮阳市税务局, 市公安局 | 交通管理支队), after the city or county that opens it
# (濮阳市 | 华龙区…), and before the word that says what kind of body it is (市住房公积金 | 管理中心).
# Word breaks Chinese anywhere: 市住房公积金管理中 | 心 left one character on a line of its own.
NAME_BREAK = re.compile(
    r"(?<=[和及与])(?!平)"
    r"|(?<=[局厅院司团府])|(?<=委)(?!员)|(?<=会)(?!议)"
    r"|(?<=^[^市县区]{2}[省市县区])|(?=人民政府)"
    r"|(?=(?:管理|服务|交易|事务)?(?:中心|支队|大队|委员会|办公室|联合会|事务局|管理局|公司)$)"
)


def name_in_cell(name: str, width_cm: float) -> str:
    """A unit's name as a table cell of ``width_cm`` shows it: on one line if it fits, else broken
    between words (a line break where it breaks) into lines as even as the words allow; a name with
    no such place is left for Word to break."""
    room, lines, rest = cell_room(width_cm), [], name
    while width(rest) > room:
        cuts = [m.start() for m in NAME_BREAK.finditer(rest) if 0 < m.start() < len(rest)]
        cuts = [c for c in cuts if width(rest[:c]) <= room]
        last = [c for c in cuts if width(rest[c:]) <= room]
        if last:  # the last break: the two lines as even as the words allow
            cut = min(last, key=lambda c: max(width(rest[:c]), width(rest[c:])))
        elif cuts and width(rest[: max(cuts)]) >= room / 2:  # the longest first line, if half full
            cut = max(cuts)
        else:
            break
        lines.append(rest[:cut])
        rest = rest[cut:]
    return "\n".join([*lines, rest])


# The tables of the templates: header (\n where it breaks) and width in cm, 15.6 cm in all.
# templates/make_templates.py builds the templates from these, and the page plan measures them.
UNITS_TABLE = (
    (Col.SEQ, 1.2),
    (Col.UNIT_NAME, 4.15),  # 市公共资源交易中心 on one line (9 characters); longer names: name_in_cell
    # broken between words, never inside one (正在整/改数 was): 问题数 = 已完成 + 正在整改 + 长期坚持
    (Col.ITEMS, 1.5),
    (Col.DONE, 1.5),
    ("正在\n整改", 1.5),
    ("长期\n坚持", 1.5),
    ("超期\n未完成", 1.5),
    (Col.RATE, 1.55),  # 97.56%, 100%: a leader's percentages are short
    (Col.RANK, 1.2),
)
OVERDUE_TABLE = (
    (Col.SEQ, 1.2),
    (Col.UNIT, 3.0),
    (Col.DESCRIPTION, 3.5),
    (Col.DEADLINE, 3.7),  # 2024年6月30日 on one line, with the space Word puts between 年 and 6
    ("超期\n天数", 1.2),
    (Col.PROGRESS, 3.0),
)
LEDGER_TABLE = (
    (Col.SEQ, 1.2),
    (Col.UNIT, 2.2),
    (Col.DESCRIPTION, 3.2),
    (Col.DEADLINE, 3.7),
    ("整改\n状态", 1.6),
    (Col.DONE_ON, 3.7),
)
NOTICE_TABLE = (
    (Col.SEQ, 1.2),
    (Col.DESCRIPTION, 4.3),
    (Col.DEADLINE, 3.7),
    ("当前情况", 2.6),
    (Col.PROGRESS, 3.8),
)


# The fixed text of the 通报模板 (placeholders as in the template), written into the template
# by templates/make_templates.py and measured here with the context filled in.
INTRO = (
    "按照{{ campaign }}工作安排，{{ issuer }}对各责任单位报送的问题整改台账进行了汇总核对。"
    "现将截至{{ as_of }}的整改进展情况通报如下。"
)
NEXT_STEPS = (  # 四、下步工作: a 楷体 lead-in and its sentence each; the last one ends the text
    (
        "（一）压实整改责任。",
        "各责任单位主要负责同志要亲自研究、亲自推动，对超期未完成的问题逐项明确措施、责任人和完成时限，"
        "确保按期整改到位。",
    ),
    ("（二）严格销号管理。", "已完成整改的问题要经分管领导审核后报送销号，坚决防止虚假整改、敷衍整改。"),
    ("（三）加强督查问效。", "{{ issuer }}将持续跟踪问效，对整改不力、进展滞后的单位予以督办通报。"),
)
PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")


def _filled(text: str, context: dict[str, Any]) -> str:
    return PLACEHOLDER.sub(lambda m: str(context[m.group(1)]), text)


def _units_rows(context: dict[str, Any]) -> list[list[str]]:
    """The units table's rows as the 通报 and the 简报 print them, then 合计."""
    rows = [
        [
            str(u[k])
            for k in ("no", "unit_cell", "found", "done", "open", "long_term", "overdue", "rate", "rank")
        ]
        for u in context["units"]
    ]
    total = ("items", "done", "open", "long_term", "overdue", "rate")
    return [*rows, ["", "合计", *(str(context[k]) for k in total), ""]]


def briefing_pages(
    context: dict[str, Any], chart_mm: float | None, scale: float = 1.0, to_chart: bool = False
) -> Flow:
    """Where the pages of the 通报 end: templates/make_templates.py's 通报模板 laid down on the grid
    with this context. Returns the flow after the last annex (its page and the room left), or,
    ``to_chart``, where the chart goes (under the units table)."""
    flow = Flow(scale=scale)
    if context.get("issuer_mark"):
        flow.add(MARK_LINE_PT)  # the 36 pt 发文机关标志 has its own line height
        flow.lines(1)
    if context.get("doc_number"):
        flow.lines(1)
    if context.get("doc_number") or context.get("issuer_mark"):
        flow.lines(2)  # the red rule and the line under it
    flow.add(len(context.get("title_lines") or []) * TITLE_LINE_PT)
    flow.lines(1)
    flow.paragraph(f"{context['recipients']}：", indent=0)
    flow.paragraph(_filled(INTRO, context))
    flow.paragraph("一、总体情况")
    flow.paragraph(context["totals_sentence"])
    if context.get("change_sentence"):
        flow.paragraph(context["change_sentence"])
    flow.paragraph("二、各单位整改进展")
    flow.paragraph(context["progress_sentence"])
    rows = _units_rows(context)
    widths = [w for _, w in UNITS_TABLE]
    flow.add(LINE_PT, keep=Flow.row_height(widths, [h for h, _ in UNITS_TABLE]))  # the table's title
    flow.table(widths, [h for h, _ in UNITS_TABLE], rows)
    if to_chart:
        return flow
    if chart_mm:
        flow.add(chart_mm * POINTS_PER_CM / 10)
    flow.paragraph("（一）红榜。" + context["red_list_sentence"])
    flow.paragraph("（二）黑榜。" + context["black_list_sentence"])
    flow.paragraph("三、存在问题")
    flow.paragraph(context["problems_sentence"])
    flow.paragraph("四、下步工作")
    *steps, last = ("".join(step) for step in NEXT_STEPS)
    for step in steps:
        flow.paragraph(_filled(step, context))
    # The last lines of the text, 附件说明, 署名 and 日期 stay together (keep with next).
    annex_lines = context.get("annex_lines") or []
    signature = (1 + len(annex_lines) if annex_lines else 0) + 2 + 2
    flow.paragraph(_filled(last, context), keep=signature * LINE_PT, whole=True)
    flow.lines(signature)
    for label, table, key, note in (
        ("overdue_annex", OVERDUE_TABLE, "overdue_items", "annex_note"),
        ("ledger_annex", LEDGER_TABLE, "all_items", "ledger_note"),
    ):
        if not context.get(label):
            continue
        flow.new_page()
        flow.lines(2)
        flow.add(TITLE_LINE_PT)
        flow.lines(1)
        fields = (
            ("no", "unit_cell", "description", "deadline", "days", "progress")
            if key == "overdue_items"
            else ("no", "unit_cell", "description", "deadline", "status", "finished")
        )
        widths = [w for _, w in table]
        flow.table(widths, [h for h, _ in table], [[str(i[f]) for f in fields] for i in context[key]])
        if context.get(note):
            flow.paragraph(context[note])
    return flow


def bulletin_pages(
    context: dict[str, Any], chart_mm: float | None, scale: float = 1.0, to_chart: bool = False
) -> Flow:
    """The 简报模板 laid down on the grid: where its text (and chart) ends, or, ``to_chart``,
    where the chart goes."""
    flow = Flow(scale=scale)
    flow.add(60)  # the red masthead, 42 pt on a 60 pt line
    flow.lines(4)  # 第N期, a blank line, 编印单位 and date over the red rule, a blank line
    flow.add(len(context.get("bulletin_title_lines") or []) * TITLE_LINE_PT)
    flow.lines(1)
    flow.paragraph(context["totals_sentence"])
    if context.get("change_sentence"):
        flow.paragraph(context["change_sentence"])
    flow.paragraph(context["progress_sentence"])
    flow.paragraph("红榜：" + context["bulletin_red_list"])
    flow.paragraph("黑榜：" + context["bulletin_black_list"])
    flow.paragraph(context["problems_summary"])
    table = UNITS_TABLE  # the 通报's: every part of 问题数 shown, so that the figures add up
    widths = [w for _, w in table]
    rows = _units_rows(context)
    flow.add(LINE_PT, keep=Flow.row_height(widths, [h for h, _ in table]))
    flow.table(widths, [h for h, _ in table], rows)
    if chart_mm and not to_chart:
        flow.add(chart_mm * POINTS_PER_CM / 10)
    return flow


def chart_room_mm(context: dict[str, Any], bulletin: bool) -> float:
    """The room under the units table on its page, in mm, in the 通报 (or the 简报), with the
    estimate 4 % tall."""
    plan = bulletin_pages if bulletin else briefing_pages
    return plan(context, None, 1 + SLACK, to_chart=True).room / POINTS_PER_CM * 10


SLACK = 0.04  # how far off the estimate may be (LibreOffice and the estimate: within 2 %)


def _holds(plan: Any, context: dict[str, Any], chart_mm: float | None, need: float, even: bool) -> bool:
    """Whether the text ends on one page with ``need`` points left at its foot (and that page is
    even, if asked) — also when every block is 4 % shorter or 4 % taller than estimated."""
    short = plan(context, chart_mm, 1 - SLACK)
    tall = plan(context, chart_mm, 1 + SLACK)
    return short.page == tall.page and (not even or tall.page % 2 == 0) and tall.room >= need


def record_on_own_page(context: dict[str, Any], chart_mm: float | None) -> bool:
    """Whether the 版记 needs a page of its own (the next even one): unless the text ends on an
    even page with room for the 版记 at its foot, even if the estimate is a little off. When in
    doubt, the section break decides, and that is always right."""
    return not _holds(briefing_pages, context, chart_mm, RECORD_ROOM_PT, even=True)


def bulletin_record_on_own_page(context: dict[str, Any], chart_mm: float | None) -> bool:
    """Whether the 简报's 版记 (a line for each of 报、送、发) starts a page of its own: unless
    it fits under the text at the foot of the last page, even if the estimate is a little off."""
    need = (len(context.get("bulletin_record") or []) + 1) * LINE_PT
    return not _holds(bulletin_pages, context, chart_mm, need, even=False)
