"""Which rows under a header are items: not blank rows, notes, totals, the header pasted again or
the signature block after the table; and the cells merged down over several items, filled in.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from itertools import compress, repeat
from typing import TYPE_CHECKING

from ..model import Col
from .cells import DATE_LINE, FACET_JOIN, as_text
from .headers import FINE_MARKS, MIN_HEADER_MATCHES, NO_FINDING, Field, marks_column
from .schema import clean_header

if TYPE_CHECKING:
    from .intake import RawTable

NOTE_ROW = re.compile(
    r"^\s*(填表说明|填报说明|注[:：]|注\d|说明[:：]|备注[:：]|制表|填表人|审核人|联系人|联系电话|单位负责人|主要负责人"
    r"|填报人|审核|签发|签字|签名|盖章|落款|公示(时间|期|日期)|监督电话|举报电话|联系方式|电话[:：]|手机[:：]"
    r"|填报(日期|时间|单位|部门|科室)|报送(日期|时间|单位)|日期[:：]|附件[:：\d]|特此|以上"
    r"|(导出|打印|生成|制表|统计)(时间|日期|人)|数据来源|统计口径|\S{0,8}(代码|代号|编码)(说明)?[:：]"
    r"|其[它他]需要说明|其[它他]说明|情况说明[:：]"
    r"|(自查|检查|排查|核查|巡查|督查|复查)人员?[:：]"  # 自查人：马俊    食堂负责人：… (who signed the check)
    r"|(说\s*明|注|备\s*注|附\s*注|注\s*释)\s*$)"  # a 说明 cell on its own (merged down beside the notes)
)
# A footer cell after the data: a date line (2024年7月30日), or the signing office (…局（盖章）).
ORG_SUFFIX = (  # 督办, 承办 … end with 办 too: they are verbs, not an office
    r"(局|委员会|委|办公室|(?<![督承主协交转查在待申])办|中心|人民政府|政府|镇|乡|街道办事处|街道|县|区|院|公司|集团|厅|所|站|队"
    r"|馆|会|党组|党委|校|银行|分行|支行|社)"
)
ORG_NAME = re.compile(r"\s*([^\s，。；,;:：]{2,20}?" + ORG_SUFFIX + r")\s*")
STAMPED = re.compile(r"(^|\s)([^\s，。；,;:：]{2,30}?" + ORG_SUFFIX + r")\s*[（(]\s*(盖章|公章)\s*[）)]")
SIGNATURE = re.compile(  # (an office's section signs, too: 濮阳职业技术学院学生处, …公司安全环保部)
    r"^\s*[^\s，。；,;:：]{2,30}?"
    + ORG_SUFFIX
    + r"([^\s，。；,;:：]{1,8}?(处|科|部|室|股))?\s*([（(]\s*(盖章|公章|章)\s*[）)])?\s*$"
)
# A sentence is never a unit: instructions above the table ("请相关责任单位在规定时限内…").
# A totals row: its first words are 合计/小计/总计 (全市合计, 合计：5项), whatever numbers follow.
TOTAL = re.compile(
    r"^\s*\S{0,4}?(合\s*计|小\s*计|总\s*计|共\s*计|总\s*分值?|总\s*得分)\s*([:：（(].*)?$"
)  # (实有项目总分值 | 100 | 总得分 | 88: a score sheet's total)
# A line that counts the items above it, and how many are closed (本月上报事件8件，已办结4件): a total.
TALLY = re.compile(
    r"^\s*\S{0,8}?(上报|受理|交办|转办|收到|排查|发现|登记|录入|反映|梳理)\S{0,6}?\d+\s*(件|项|个|条|起|处)[，,；;、]"
    r"\s*\S{0,6}?(办结|完成|整改|解决|处置|销号)\S{0,3}?\d+\s*(件|项|个|条|起|处)"
)
TOTAL_WORD = re.compile(r"[合小总共]\s*计")  # found in whole columns first; near a cell's start, a maybe


def is_total(values: Sequence[object]) -> bool:
    """Whether a row is a 合计/小计 row: its first text cell says so (a number before it, a 序号
    or a count, does not matter)."""
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    first = texts[0] if texts else ""
    return bool(first) and (
        TOTAL.match(first) is not None or (len(texts) == 1 and TALLY.match(first) is not None)
    )


def fill_down(
    grid: Sequence[Sequence[object]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    start: int,
    ledger_columns: list[int],
    table: RawTable,
) -> dict[int, list[str]]:
    """Give every row of a vertically merged data cell (one 责任单位 or 整改时限 over several
    items) the cell's value, as a person reads it. Returns Excel row -> headers filled."""
    headers = {f.index: f.header for f in (*table.fields, *table.extras)}
    wanted = set(ledger_columns) | {f.index for f in table.extras}
    filled: dict[int, list[str]] = {}
    for (r1, c1), (r2, c2) in merged:
        if r1 < start or r2 <= r1 or c1 != c2 or c1 not in wanted or r1 >= len(grid):
            continue
        value = grid[r1][c1] if c1 < len(grid[r1]) else ""
        if value in ("", None):
            continue
        table.spans.append((c1, r1 + 1, min(r2, len(grid) - 1) + 1))
        for r in range(r1 + 1, min(r2, len(grid) - 1) + 1):
            row = grid[r]
            if c1 < len(row) and row[c1] in ("", None):
                row[c1] = value  # type: ignore[index]
                filled.setdefault(r + 1, []).append(headers.get(c1, ""))
    return filled


# A checklist's question whether a row found anything (是否存在隐患 | 是/否).
FINDING_QUESTION = re.compile(
    r"^是否(存在|发现|有|属于)\S{0,2}(问题|隐患|风险|违规|违法|异常|拖欠|欠薪|欠款)$"
)
NO = {"否", "无", "×", "✗", "不存在", "未发现", "没有", "N", "n"}


# A clause that finds a point as it should be (井盖完好, 排水渠畅通无阻塞, 室内整洁, 符合要求) ...
FINE_CLAUSE = re.compile(
    r"(完好(无损)?|正常|良好|整洁|干净|清洁|灵活|有效|完整|清晰|牢固|稳固|通畅|畅通(无阻塞?)?|符合(要求|规定|标准)|齐全|无异常|无隐患|无问题|未发现(明显)?问题)$"
)
WANTING = re.compile(r"不|未|缺|损|破|无法|没有|差|低|漏|乱|脏|堵")  # ... with nothing wanting in the rest
FINE_MAX = 60  # characters of a finding that says a point is fine at most


CHECK_WORDS = re.compile(r"检查|巡查|排查|督查|核查|抽查|暗访|查看|巡检|点检")


ASKED = re.compile(r"是否|有无|[？?]$")


def _found_fine(text: str, checked: bool) -> bool:
    """A finding that says nothing is wrong: 未发现问题 — or, under a header that names a check, every
    clause finds its point fine and names it (减压井井盖完好，排水渠畅通无阻塞; 室内整洁，门窗完好，符合要求)."""
    if NO_FINDING.match(text):
        return True
    if ASKED.search(text):
        return False  # 冷藏、冷冻设备是否正常: a checklist's question, which finds nothing either way
    clauses = [c for c in re.split(r"[，,；;。]\s*", text.strip()) if c]
    return (
        checked
        and 0 < len(text) <= FINE_MAX
        and bool(clauses)
        and all(FINE_CLAUSE.search(c) and not WANTING.search(FINE_CLAUSE.sub("", c)) for c in clauses)
        and any(FINE_CLAUSE.sub("", c) for c in clauses)  # (正常 alone names no point)
    )


def drop_checked_fine(table: RawTable) -> list[int]:
    """A checklist (排查项目 | 排查情况 | 是否存在隐患: 是/否): a row answered 否 is a point checked and
    found fine, not a problem; so is a row whose finding says so (未发现问题; 灭火器配置数量、压力符合
    要求). Returns the Excel rows left out (the clerk is told which)."""
    fine: set[int] = set()
    field = next((f for f in table.fields if Col.DESCRIPTION in f.targets), None)
    if field is not None:  # an inspection record whose finding is 未发现问题: nothing to put right
        # (in the problem's own column, or in one of the parts it is told in: 检查事项 | 发现问题情况)
        told = [field.index, *(c for c, _ in field.facets if c != field.index)]
        checked = CHECK_WORDS.search(field.header) is not None  # 检查情况: what a check found at each point
        fine = {
            r for r, values in table.rows if any(_found_fine(str(_cell(values, c)), checked) for c in told)
        }
    fine |= _answered_no(table)
    fine |= _marked_fine(table)
    fine |= _needs_nothing(table)
    fine |= _found_nothing(table)
    if not fine:
        return []
    table.rows = [(r, v) for r, v in table.rows if r not in fine]
    table.transposed = None
    return sorted(fine)


# What is to be done, or how it went, says nothing is (持证采伐，变化合法 | 无需整改): a point checked and found lawful.
NOTHING_NEEDED = re.compile(r"^(无需|无须|不需|不需要|不必)(整改|处理|处置|整治)$")


def _needs_nothing(table: RawTable) -> set[int]:
    """The rows whose measures, status or progress cell says no rectification is needed (无需整改)."""
    columns = [f.index for f in table.fields if {Col.MEASURES, Col.STATUS, Col.PROGRESS} & set(f.targets)]
    return {
        r
        for r, values in table.rows
        if any(NOTHING_NEEDED.match(str(_cell(values, c)).strip()) for c in columns)
    }


# The part of an item told in two columns that says what was found (检查子事项 | 发现问题).
FOUND_PART = re.compile(r"^(检查|督查|排查)?(发现|存在)的?问题$")
CHECKED_PART = re.compile(
    r"(检查|排查|督查|抽查|评查)\S{0,2}(事项|内容|项目|要点|标准)$"
)  # the point checked
NOTHING_FOUND = frozenset({"/", "／", "—", "——", "-", "无", "未发现", "无问题"})


def _found_nothing(table: RawTable) -> set[int]:
    """The rows of a checklist whose item is the point checked with what was found there (是否及时结算售粮款 |
    发现问题), where nothing was found (/, 无): points found as they should be."""
    described = next((f for f in table.fields if Col.DESCRIPTION in f.targets and f.facets), None)
    found = [c for c, h in described.facets if FOUND_PART.match(clean_header(h))] if described else []
    if (
        not found
        or described is None
        or not any(CHECKED_PART.search(clean_header(h)) for _, h in described.facets)
    ):
        return set()  # (项目名称 | 存在问题 无: the project is the item all the same)
    return {
        r for r, values in table.rows if all(str(_cell(values, c)).strip() in NOTHING_FOUND for c in found)
    }


def _marked_fine(table: RawTable) -> set[int]:
    """The rows a checklist's 检查结果（√/×） marks √: points checked and found as they should be."""
    marks = marks_column(
        [*table.fields, *table.extras], lambda c: [str(_cell(values, c)) for _, values in table.rows]
    )
    if marks is None:
        return set()
    return {r for r, values in table.rows if str(_cell(values, marks.index)).strip() in FINE_MARKS}


def _answered_no(table: RawTable) -> set[int]:
    """The rows a 是否存在隐患 column answers 否 (when it answers 是 on others: a yes/no column)."""
    question = next((f for f in table.extras if FINDING_QUESTION.match(re.sub(r"\s+", "", f.header))), None)
    if question is None:
        return set()
    texts = [str(_cell(values, question.index)).strip() for _, values in table.rows]
    if not any(t in NO for t in texts) or not any(t in ("是", "有", "存在", "√") for t in texts):
        return set()  # not a yes/no column after all
    return {r for (r, _), t in zip(table.rows, texts, strict=True) if t in NO}


def join_spans(table: RawTable) -> None:
    """One problem written once, merged down over the rows of its several measures (each with its
    own 责任人, 时限, 进展): one item, as a person reads it — its measures, deadlines and progress
    joined with "；" (the deadline is then the last of them). Rows under one merged problem that
    name different units or numbers stay items of their own (one problem, several units)."""
    described = {f.index for f in table.fields if Col.DESCRIPTION in f.targets}
    spans = sorted((r1, r2) for c, r1, r2 in table.spans if c in described)
    if not spans:
        return
    apart = {f.index for f in table.fields if {Col.UNIT, Col.ID, "_序号"} & set(f.targets)}
    rows, joined = [], {}
    k = 0
    while k < len(table.rows):
        first, values = table.rows[k]
        span = next(((r1, r2) for r1, r2 in spans if r1 == first), None)
        group = [values]
        while span and k + len(group) < len(table.rows) and table.rows[k + len(group)][0] <= span[1]:
            nxt = table.rows[k + len(group)][1]
            if any(_cell(nxt, c) not in ("", _cell(values, c)) for c in apart):
                break
            group.append(nxt)
        if len(group) > 1:
            joined[first] = table.rows[k + len(group) - 1][0]
            values = [_joined([_cell(v, c) for v in group]) for c in range(max(map(len, group)))]
        rows.append((first, values))
        k += len(group)
    if joined:
        table.rows = rows
        table.transposed = None
        for first, last in joined.items():
            table.filled.setdefault(first, []).append(f"第{first}至{last}行合为一项")


def _cell(values: Sequence[object], c: int) -> object:
    v = values[c] if c < len(values) else ""
    return "" if v is None else v


def _joined(cells: list[object]) -> object:
    """The cells of one column over the rows of one item: one value, or the parts told in turn
    (read like a column told in parts: done when every part says done)."""
    distinct = list(dict.fromkeys(v for v in cells if v != ""))
    if len(distinct) <= 1:
        return distinct[0] if distinct else ""
    return FACET_JOIN.join(as_text(v) for v in distinct)


def item_rows(
    grid: Sequence[Sequence[object]], start: int, fields: list[Field], header: Sequence[object]
) -> tuple[list[tuple[int, Sequence[object]]], list[Sequence[object]], RowFilter]:
    """The rows under the header that are items, with their Excel row numbers, the rows of the
    signature block after them (落款, date line, 联系电话), which are not items, and the filter.

    A return has thousands of rows, so the rows are first looked at all together, column by
    column (``RowFilter.sure``): a row that no rule can skip is an item without further tests;
    only the others go through the rules one by one. The block after the last item is looked at
    row by row, from the end.
    """
    data = grid[start:]
    skip = RowFilter(fields, header, data)
    sure = skip.sure
    head = _position(sure, False)  # the items at the top, taken in C
    rows = list(zip(range(start + 1, start + 1 + head), data[:head], strict=True))
    rows += [
        (start + k + 1, row)
        for k, (row, sure_row) in enumerate(zip(data[head:], sure[head:], strict=True), head)
        if sure_row or not skip(row)
    ]
    rows = [
        (r, v) for r, v in rows if r > start + 2 or not _column_numbers([x for x in v if x not in ("", None)])
    ]
    # (above: a 栏次 | 1 | 2 | … row under the header is no item); a row the filter is sure of
    # has three cells filled or more, so it is no heading: only the others are looked at
    unsure = set(compress(range(start + 1, start + 1 + len(sure)), map(operator.not_, sure)))
    rows = _without_headings(rows, unsure) if unsure else rows
    last = rows[-1][0] if rows else start
    footer = [row for row in data[last - start :] if skip.is_footer(row)]
    while rows and skip.is_footer(rows[-1][1]):
        footer.insert(0, rows.pop()[1])
    return rows, footer, skip


class RowFilter:
    """Tells which rows under a header are not items: blank rows, notes (填表说明, 注：), totals
    (合计), a (1)(2)(3) column-numbering row, and the header pasted again.

    Each rule is written once, in ``__call__``. ``sure`` says, for every row of the table at once,
    that no rule can apply to it — it has a value in a ledger column, more than two in all, fewer
    than MIN_HEADER_MATCHES cells equal to their header and a text in a column that holds no
    numbers — so most rows never go through the rules one by one.
    """

    def __init__(
        self, fields: list[Field], header: Sequence[object], data: Sequence[Sequence[object]] = ()
    ) -> None:
        self.fields = [f.index for f in fields]
        self.real = [f.index for f in fields if f.targets != ("_序号",)]
        self.description = {f.index for f in fields if Col.DESCRIPTION in f.targets}
        self.unit = {f.index for f in fields if {Col.UNIT, Col.DEPARTMENT, "_填报单位"} & set(f.targets)}
        self.header = [
            (f.index, header[f.index]) for f in fields if f.index < len(header) and header[f.index] != ""
        ]
        self.columns: list[Sequence[object]] | None = None  # the data column by column, once made
        self.sure = self._sure(data)

    def _sure(self, data: Sequence[Sequence[object]]) -> list[bool]:
        """Per row: no rule of ``__call__`` can apply (worked out column by column)."""
        width = len(data[0]) if data else 0
        ledger = [i for i in self.fields if i < width]
        if not ledger or len(set(map(len, data))) != 1:
            return [False] * len(data)  # rows of different lengths: every row goes through the rules
        # Empty cells as "" (calamine gives "", a fill-down or a caller may give None).
        columns = self.columns = [
            c if None not in c else tuple("" if v is None else v for v in c) for c in zip(*data, strict=True)
        ]
        totals = self._totals(columns)
        if totals or any(h in columns[i] for i, h in self.header if i < width):
            sure = self._sure_rows(columns, ledger, width)  # the header again, or a total: row by row
            for i in totals:
                sure[i] = False
            return sure
        head = self._sure_head(columns, ledger)
        if head == len(data):
            return [True] * head
        return [True] * head + self._sure_rows([c[head:] for c in columns], ledger, width)

    @staticmethod
    def _totals(columns: list[Sequence[object]]) -> list[int]:
        """The 合计/小计 rows: looked for row by row only where a cell begins with a total word
        (one join and one search for 计 per column, in C)."""
        rows: set[int] = set()
        for column in columns:
            try:
                text = "\x1f".join(column)  # type: ignore[arg-type]
            except TypeError:  # numbers or dates in the column: a number never holds a total word
                text = "\x1f".join([v for v in column if type(v) is str])
            if any(text.rfind("\x1f", 0, m.start()) >= m.start() - 6 for m in TOTAL_WORD.finditer(text)):
                rows.update(i for i, v in enumerate(column) if type(v) is str and TOTAL.match(v))
        return sorted(i for i in rows if is_total([c[i] for c in columns]))

    def _sure_head(self, columns: list[Sequence[object]], ledger: list[int]) -> int:
        """How many rows at the top no rule can skip, from where each column has its first empty
        cell (a scan in C): rows above it have a value in that column. A return's items come first
        and are full, so this is most of them; the rows below (notes, a signature) are looked at
        by ``_sure_rows``. Only for a table whose header texts are not found again in its rows."""
        ends = {i: _position(columns[i], "") for i in ledger}
        by_end = sorted(ledger, key=ends.__getitem__, reverse=True)
        if len(by_end) < 3:
            return 0
        real = max((ends[i] for i in ledger if i in self.real), default=0)  # a value in a real column
        # ... and a text in a column holding no numbers (the first such column, the longest-filled first)
        text = next((ends[i] for i in by_end if not set(map(type, columns[i])) & {int, float}), 0)
        return min(real, text, ends[by_end[2]])  # ... and more than two values

    def _sure_rows(self, columns: list[Sequence[object]], ledger: list[int], width: int) -> list[bool]:
        """``sure`` for each row, worked out column by column."""
        rows = len(columns[0])
        filled = {i: list(map(operator.ne, columns[i], repeat(""))) for i in ledger}  # in C
        real = [filled[i] for i in ledger if i in self.real]
        text = [filled[i] for i in ledger if not set(map(type, columns[i])) & {int, float}]  # no numbers
        if not real or not text:
            return [False] * rows
        count = list(map(sum, zip(*filled.values(), strict=True)))
        # A header text found again in its column (a scan in C) is compared cell by cell.
        repeats = [
            list(map(operator.eq, columns[i], repeat(h)))
            for i, h in self.header
            if i < width and h in columns[i]
        ]
        matches = list(map(sum, zip(*repeats, strict=True))) if repeats else [0] * rows
        any_real = list(map(any, zip(*real, strict=True)))  # a value in a real ledger column
        any_text = list(map(any, zip(*text, strict=True)))  # a value where no column holds numbers
        return [
            n > 2 and m < MIN_HEADER_MATCHES and r and t
            for n, m, r, t in zip(count, matches, any_real, any_text, strict=True)
        ]

    def __call__(self, values: Sequence[object]) -> bool:
        width = len(values)
        if not any(values[i] != "" and values[i] is not None for i in self.real if i < width):
            return True  # nothing in a ledger column (a 序号 alone does not make an item)
        if is_total(values):
            return True  # 合计/小计, whatever counts it holds
        filled = [v for v in (values[i] for i in self.fields if i < width) if v != "" and v is not None]
        if len(filled) <= 2:
            first = next((v for v in values if v != "" and v is not None), "")
            if isinstance(first, str) and NOTE_ROW.match(first):
                return True
        if sum(1 for i, h in self.header if i < width and values[i] == h) >= MIN_HEADER_MATCHES:
            return True  # the header repeated (two tables pasted one under the other)
        return _column_numbers([v for v in values if v != "" and v is not None])

    def is_footer(self, values: Sequence[object]) -> bool:
        """A row of the signature block after the last item: a label such as 填报人：/联系电话：/
        公示时间： (with at most one other cell, the name after it), or only a 落款 and a date
        line. A lone unit name in the 责任单位 column is an item with its other cells missing."""
        cells = [(i, v) for i, v in enumerate(values) if v != "" and v is not None]
        if not cells or not all(isinstance(v, str) for _, v in cells):
            return False
        texts = list(dict.fromkeys(str(v).strip() for _, v in cells))
        labels = sum(1 for t in texts if NOTE_ROW.match(t))
        if labels and len(texts) - labels <= 1 and len(texts) <= 4:
            return True
        if len(cells) == 1 and cells[0][0] in self.unit and "盖章" not in texts[0]:
            return False
        lone = len(cells) == 1 and bool(DATE_LINE.match(texts[0]) or SIGNATURE.match(texts[0]))
        if any(i in self.description for i, _ in cells) and not lone:
            # (a lone date, or the 落款 over it, under the problem column: the signature all the same)
            return False
        return all(DATE_LINE.match(t) or SIGNATURE.match(t) for t in texts)


# A heading over the items: "一、胜利路社区", "（二）背街小巷", "第三部分 农贸市场" on a line of its own.
HEADING = re.compile(
    r"^\s*(?P<mark>[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|第[一二三四五六七八九十]+(部分|类|组|项))"
    r"\s*(?P<text>[^。，；,;！？!?]{1,24})$"
)


def _lone_text(values: Sequence[object]) -> str | None:
    """The text of a row with one cell filled (merged cells across repeat it), else None."""
    if isinstance(values, list):  # counted in C: most rows have two different cells or more
        first = next((v for v in values if v != "" and v is not None), None)
        if first is None or values.count("") + values.count(None) + values.count(first) < len(values):
            return None
        return first.strip() if isinstance(first, str) else None
    cells = {v.strip() if isinstance(v, str) else v for v in values if v not in ("", None)}
    if len(cells) != 1:
        return None
    only = cells.pop()
    return only if isinstance(only, str) else None


def _level(text: str) -> str:
    m = HEADING.match(text)
    if m is None:
        return ""
    mark = m.group("mark")
    return "（一）" if mark[0] in "（(" else "第" if mark[0] == "第" else "一、"


def _without_headings(
    rows: list[tuple[int, Sequence[object]]], unsure: set[int]
) -> list[tuple[int, Sequence[object]]]:
    """The rows that are items, not the headings that group them nor a line saying a place was
    fine. A heading is a short numbered line alone on its row (一、…, （一）…) that the next row
    does not continue at the same level: "一、胜利路社区" over "（一）背街小巷" or "1.……" is a
    heading; "一、窗口人员服务态度差" followed by "二、……" is an item, as is a list of such lines."""
    lone = [_lone_text(values) if r in unsure else None for r, values in rows]
    kept = []
    for k, (row, text) in enumerate(zip(rows, lone, strict=True)):
        if text is not None and NO_FINDING.match(text):
            continue
        level = _level(text) if text is not None else ""
        if level and k + 1 < len(rows):
            nxt = lone[k + 1]
            after = next((t for t in lone[k + 1 :] if t is None or not NO_FINDING.match(t)), None)
            if (nxt is not None and NO_FINDING.match(nxt)) or after is None or _level(after) != level:
                continue  # a heading: over lines of another level, or over "整体良好"
        kept.append(row)
    return kept


COLUMN_COUNT = re.compile(r"栏次|列次|栏号|序\s*号")  # the label of a row numbering the columns


def _column_numbers(cells: list[object]) -> bool:
    """A row numbering the columns (1 2 3 …, or 栏次 | 1 | 2 | …, as numbers or text): no item."""
    if cells and isinstance(cells[0], str) and COLUMN_COUNT.fullmatch(cells[0].strip()):
        cells = cells[1:]
    if len(cells) < 3:
        return False
    try:
        numbers = [float(v) for v in cells if not isinstance(v, bool)]  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return len(numbers) == len(cells) and numbers == [float(i) for i in range(1, len(cells) + 1)]


def _position(values: Sequence[object], value: object) -> int:
    """The position of the first ``value`` in ``values`` (an empty cell, a row not sure), or their
    length (in C)."""
    try:
        return values.index(value)
    except ValueError:
        return len(values)
