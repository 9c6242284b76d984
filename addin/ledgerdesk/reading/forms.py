"""Label|text forms and record cards: a 督办单 or 交办单 laid out as "label | text" pairs, one item per
block of labels (or per sheet, or per card), instead of one header row over a grid.

A person reads such a sheet by its labels: 督办事项 / 问题描述, 承办单位, 办理时限, 办理结果 … each
followed by its text to the right ("问题描述 | …", "问题描述：…" in one cell, or four columns wide:
label | text | label | text). A label met again starts the next item. ``read_form`` turns the
blocks into a plain table — the labels as its header row, one row per block — that the reader then
takes like any other, with each item's Excel row the row of its first label.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Col
from .cells import DATE_LINE
from .dates import DEADLINE_KINDS, parse_date
from .headers import EXACT, KEPT_HOW, ROLE, classify_header
from .progress import parse_status, told_at_end
from .rows import NOTE_ROW, ORG_SUFFIX, SIGNATURE

LABEL_MAX = 12  # characters of a label, without its colon
LABEL_CHARS = r"[^\s：:，。；;,（()）]"  # what a label's words are made of (no stop, no bracket)
# Two pairs in one cell: 主责单位：市交警支队　　完成时限：…, 责任科室：计量科；整改时限：2024年8月底前
SPACED_LABELS = re.compile(r"(?:[ \t\u3000]{2,}|[；;。]\s*)(?=[^\s：:，。；;]{2,8}[：:])")


def _colon(value: object) -> re.Match[str] | None:
    """A cell's label：text, unless the "label" is a period of a schedule (第一季度：…)."""
    m = COLON.match(value) if isinstance(value, str) else None
    return m if m is not None and not PERIOD.match(m.group(1).strip()) else None


def _label_parts(value: object) -> list[object]:
    """A cell's label：text pairs, when it holds several and each part is one."""
    if not isinstance(value, str) or len(_numbered(value)) >= 2:
        return [value]  # (a label over a numbered list: 1. …。整改时限：…。 2. … is one text)
    parts = SPACED_LABELS.split(value)
    labels = [m.group(1).strip() if (m := COLON.match(p)) else "" for p in parts]
    if len(parts) > 1 and all(map(_written_label, labels)) and not any(map(PERIOD.match, labels)):
        return list(parts)
    return [value]  # (第一季度：…。第二季度：… is a schedule, the periods no labels)


PERIOD = re.compile(
    r"^(第?[一二三四1-4]季度|[上下]半年|全年|年底|年内|长期(坚持)?|近期|中期|远期|(20\d{2}年)?\d{1,2}月(份|底|中旬|上旬|下旬)?)$"
)


COLON = re.compile(r"^\s*([^：:\n]{1,12}?)\s*[：:]\s*(.*)$", re.S)
STATUS_LIKE = re.compile(r"^(已|未|正在|尚未|待|均已|全部)|(中|完毕|到位)$")
ORG = re.compile(
    r"(局|委|办|公司|政府|中心|镇|乡|街道|院|所|站|队|支队|馆|会|厂|学校)$"
)  # a unit, not a label
MIN_LABELS = 3
# Labels whose value is a kind (类别 | 投诉, 来源 | 来信), as classify_header reads them.
KIND_LABELS = frozenset(((c,), EXACT) for c in (Col.CATEGORY, Col.SOURCE))
# An item numbered instead of labelled: （一）, 1., 一、, (2), 第三项 beside its text.
ENUMERATOR = re.compile(r"^\s*(第?[（(]?[一二三四五六七八九十百\d]{1,4}[）)]?[、.．]?项?|[①-⑳])\s*$")
LIST_MARK = (
    r"^\s*(第?[（(]?[一二三四五六七八九十百\d]{1,4}[）)]|[一二三四五六七八九十百\d]{1,4}[、.．]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}是(?![否的])(?!.*[；;。，,]\s*[二三四五六七八九十]{1,3}是)[，,：:]?)\s*"
    # 一是会议通知多…。 then 二是… in the next paragraph: points, a paragraph each (一是…；二是… in one
    # line tells the steps taken on an item)
)
NUMBERED_TEXT = re.compile(
    LIST_MARK
    + r"(?:第[一二三四五六七八九十百\d]{1,4}[项条件]\s*)?(\D\S{3,}.*|\d{1,3}\s*[台个家处名人户项件次辆栋座条所起宗份号层][^\d.．].*"
    r"|(?:19|20)\d\d\s*年\S{3,}.*|\d{1,2}\s*月\s*\d{1,2}\s*[日号]\S{3,}.*"
    r"|(?<=[）)])[^\s\d]{2,3}(?:县|区|镇|乡|市|街道))$",  # （一）第三项 …: the list's own number; 1.3台服务器…: a count;
    # （一）华龙区: a section for a county, named alone;
    # （2）2023年度…: a year; 1．7月3日，巡查发现…: a day
    re.S,
)
# a numbered line whose text begins with a figure (3.5G基站…): the list's next item when its number is
NEXT_NUMBERED = re.compile(LIST_MARK + r"(\S.{3,})$", re.S)
NUMBERED = "事项"  # the label a numbered item's text goes under: the item (问题描述)
# Lines about the return, not an item (填报单位：…  填报日期：…): above the first block they are its preamble.
ABOUT_RETURN = re.compile(
    r"^(填报|报送|上报|制表|填表|审核|签发|联系|统计)"
)  # ledger columns an item's labels name at least
KEY = {Col.DESCRIPTION, Col.MEASURES, Col.DEADLINE, Col.STATUS, Col.PROGRESS, Col.UNIT}


@dataclass
class Form:
    """The blocks of a form as a table: ``grid[0]`` the labels, then one row per item."""

    grid: list[list[object]]
    rows: list[int]  # the Excel row of each row of ``grid`` (its first label's, for an item)
    preamble: list[list[object]]  # the lines that are no label|text pair (a title, 填报单位 …)
    end: int = 0  # the Excel row of the last line an item used (the 落款 may follow)


def is_form_row(row: Sequence[object]) -> bool:
    """Whether a row is label | text pairs (a form's line), not a header of a table (labels only)."""
    pairs = _pairs(row)
    return len(pairs) >= 2 and sum(1 for _, v in pairs if v not in ("", None)) * 2 >= len(pairs)


def is_form_line(row: Sequence[object]) -> bool:
    """Whether a row is one label | text pair (项目主要建设目标 | 建设仓储及分拨中心…)."""
    pairs = _pairs(row)
    return len(pairs) == 1 and pairs[0][0] != NUMBERED


def read_form(grid: Sequence[Sequence[object]]) -> Form | None:
    """The items of a label|text form, or None when the sheet is not one: most of its lines (after
    the title) are label|text pairs, and each block names three ledger columns."""
    blocks: list[dict[str, tuple[object, int]]] = []
    preamble: list[list[object]] = []
    current: dict[str, tuple[object, int]] = {}
    paired = other = 0
    pending: str | None = None  # a label alone on its line ("一、整改问题"): its text is on the next
    last: tuple[str, int] | None = None  # the label of the pair on the line above, and its column
    paired_above = False  # the line above was the form's: a line of an unknown label may follow it
    waiting: str | None = None  # a ledger label alone on the line above, no text: its text is next
    listing: str | None = None  # the label over a numbered list on the lines above (存在问题：/ 1.… / 2.…)
    for r, row in enumerate(grid):
        lone = _lone(row)
        untold, waiting = waiting, None
        if lone is not None and (said := _said_below(current, untold, listing, row, lone)) is not None:
            listing = said or None
            continue
        listing = None
        if last is not None and lone is not None and last[0] in current and _first_column(row) > last[1]:
            value, at = current[last[0]]  # the label merged down over a second line of its text
            current[last[0]] = (f"{value}\n{lone}" if value not in ("", None) else lone, at)
            continue
        if lone is not None and (label := _label_line(lone)) is not None:
            pending = label
            continue
        # the label's text on its line (一、整改内容 over （1）… heads a section instead)
        if pending is not None and lone is not None and not NUMBERED_TEXT.match(lone):
            pairs: list[tuple[str, object]] = [(pending, lone)]
            paired += 1  # the label's line counts as the form's too
        else:
            pairs = _pairs(row) or (_loose_pair(row) if paired_above else [])
        pending = None
        if last is not None and len(pairs) == 1 and pairs[0][0] == last[0] and last[0] in current:
            value, at = current[last[0]]  # the label merged down (and filled in) over a second line
            current[last[0]] = (f"{value}\n{pairs[0][1]}", at)
            continue
        started = bool(blocks or current)
        if not pairs or (
            not started and all(ABOUT_RETURN.match(label) or _rule(label, value) for label, value in pairs)
        ):
            last = None
            paired_above = False
            if any(v not in ("", None) for v in row):
                if started:
                    other += not _signed(lone)  # (the 落款 under the last card is no line of it)
                else:
                    preamble.append(list(row))
            continue
        paired += 1
        last = None
        paired_above = True
        for label, value in pairs:
            # the same label again: the next item — and so is the label that opens every card (单位名称：…
            # after a card's second 安全隐患 opens the next card: it is no name of that second problem)
            opens = bool(blocks) and label == next(iter(blocks[0]), None)
            if label in current or (opens and current):
                blocks.append(current)
                current = {}
            current[label] = (value, r + 1)
        if len(pairs) == 1 and lone is None and label != NUMBERED:
            last = (pairs[0][0], _first_column(row))
        waiting = _untold(pairs, lone)
    if current:
        blocks.append(current)
    blocks = _item_blocks(_listed(_run_labels_shared(blocks)))
    if not blocks or paired < MIN_LABELS or paired < 2 * other:
        return None
    return _form_of(blocks, preamble)


def _signed(lone: str | None) -> bool:
    """Whether a line alone is the 落款: who signed the return (王称堌镇党政办公室), or the day."""
    return lone is not None and bool(SIGNATURE.match(lone) or DATE_LINE.match(lone))


def _item_blocks(blocks: list[dict[str, tuple[object, int]]]) -> list[dict[str, tuple[object, int]]]:
    """The blocks that are items: those naming three ledger columns, and the ones like them."""
    known = {label for b in blocks if _is_item(b) for label in b}
    if not known and (record := _repeated_record(blocks)):
        # 问题1：… / 整改落实情况：… (/ 完成情况：…) again and again: a problem and what was done, record after
        # record — under numbered headings (1.关于…方面), the last one maybe running into 附件：…
        return [b for b in blocks if record <= set(b)]
    return [b for b in blocks if _is_item(b) or (known and _item_in_form(b, known))]


def _repeated_record(blocks: list[dict[str, tuple[object, int]]]) -> set[str]:
    """The labels most of a form's blocks hold (numbered headings aside): the problem, and how far it got,
    three times at least; or an empty set."""
    shapes = [frozenset(set(b) - {NUMBERED}) for b in blocks]
    shapes = [shape for shape in shapes if len(shape) >= 2]
    if not shapes:
        return set()
    record = max(set(shapes), key=shapes.count)
    read = {t for label in record for t in classify_header(label)[0]}
    if (
        shapes.count(record) < 3
        or shapes.count(record) < 0.75 * len(blocks)  # (the form, not the last item of each section)
        or Col.DESCRIPTION not in read
        or not read & {Col.PROGRESS, Col.STATUS}
    ):
        return set()
    return set(record)


def _run_labels_shared(blocks: list[dict[str, tuple[object, int]]]) -> list[dict[str, tuple[object, int]]]:
    """Numbered items one after another, the labels after the last of them told for all of them
    (1. … 2. … 3. … 处理结果：… 复查情况：…): each item with those labels, not only the last — and of a
    text that names the items by number (上述第1项…当场整改；第2、3项…于7月20日前改正), only what it says
    of that item. Under a heading that names a place (一、某某早餐店 over 单位地址：…), the items are
    that place's."""
    out = list(blocks)
    alone: list[int] = []
    place: dict[str, tuple[object, int]] = {}  # the unit the section's heading names
    for i, block in enumerate(out):
        if NUMBERED in block and _names_place(block):
            place = {SECTION_UNIT: block[NUMBERED]}
            alone = []
            continue
        if set(block) == {NUMBERED}:
            text = str(block[NUMBERED][0])
            if _heading(text.rstrip("。；;")) and not re.search(r"[。；;]$", text):
                alone = []  # 二、濮阳市黑龙江商会: a section's heading, no item of the run
                place = {}
            else:
                alone.append(i)
            continue
        if NUMBERED in block and alone:
            shared = {k: v for k, v in block.items() if k != NUMBERED}
            for n, j in enumerate([*alone, i], start=1):
                told = {k: (_of_number(v, n), at) for k, (v, at) in shared.items()}
                out[j] = {**place, **out[j], **told}
        alone = []
    return out


SECTION_UNIT = "单位名称"  # the label the place a section's heading names goes under
PLACE_LABELS = re.compile(r"地址|法定代表人|负责人|经营者")  # what a heading over a place's record says next
NUMBER_JOIN = r"[、,，和及至到\-－~～]"  # 第1、3项, 第1至3项
NUMBER_RANGE = "至到-－~～"  # of those, the ones that span the numbers between
NUMBERS_NAMED = re.compile(
    r"第\s*([\d一二三四五六七八九十]+(?:\s*"
    + NUMBER_JOIN
    + r"\s*[\d一二三四五六七八九十]+)*)\s*(?:项|个?问题)"
)  # (针对第1个问题，…: what is told of item 1)


def _untold(pairs: list[tuple[str, object]], lone: str | None) -> str | None:
    """The label of a line that is a ledger label alone with no text (处理结果：), not a person or
    unit addressed (濮阳县城关镇卫生院：): its text is on the next line."""
    if len(pairs) != 1 or lone is None or pairs[0][1] not in ("", None) or pairs[0][0] == NUMBERED:
        return None
    return pairs[0][0] if classify_header(pairs[0][0])[0] else None


def _said_below(
    current: dict[str, tuple[object, int]],
    untold: str | None,
    listing: str | None,
    row: Sequence[object],
    lone: str,
) -> str | None:
    """A line alone that is the text of the label above it: the text of a label alone on the line
    above (处理结果：), or the next line of a numbered list under one (存在问题：/ 1.… / 2.…). The label a
    list goes on under ("" when none), or None when the line is not such a text."""
    if untold is not None and (_plain_line(row, lone) or _lists_items(untold, lone)):
        current[untold] = (lone, current[untold][1])
        return untold if NUMBERED_TEXT.match(lone) else ""
    if listing is not None and NUMBERED_TEXT.match(lone) and listing in current:
        value, at = current[listing]  # 存在问题： over 1.…； 2.…。: the list goes on, an item a line
        current[listing] = (f"{value}\n{lone}", at)
        return listing
    return None


def _lists_items(label: str, lone: str) -> bool:
    """Whether a numbered line under a label alone (存在问题：) is the first of the label's own list of
    problems (1.消防控制室值班人员未持证上岗；): the label names the problem, and the line is a problem
    alone (1.…。整改要求：…  整改情况：… is an item of its own, the label over it a heading)."""
    return (
        bool(NUMBERED_TEXT.match(lone))
        and Col.DESCRIPTION in classify_header(label)[0]
        and "\n" not in lone
        and not _labelled(lone)[1]
    )


def _plain_line(row: Sequence[object], lone: str) -> bool:
    """A line of text alone that is neither a label's pair nor a numbered item."""
    return not _pairs(row) and not NUMBERED_TEXT.match(lone)


def _names_place(block: dict[str, tuple[object, int]]) -> bool:
    """A heading over a place's record (一、某某宾馆 then 单位地址：…): its items are the place's."""
    text = str(block[NUMBERED][0])
    return _heading(text) and any(PLACE_LABELS.search(label) for label in block if label != NUMBERED)


def _of_number(value: object, number: int) -> object:
    """What a text told for a run of numbered items says of item ``number``: the clauses that name it
    (第2、3项已改正；第1项未改正), or nothing when it names others only; the whole text when it names none."""
    if not isinstance(value, str) or not NUMBERS_NAMED.search(value):
        return value
    clauses = [c for c in re.split(r"[；;。]", value) if c.strip()]
    return "；".join(c for c in clauses if number in _numbers_in(c))


def _numbers_in(clause: str) -> set[int]:
    """The item numbers a clause names (第1、3项 → 1, 3; 第1至3项 → 1, 2, 3)."""
    numbers: set[int] = set()
    for m in NUMBERS_NAMED.finditer(clause):
        parts = re.split(r"\s*(" + NUMBER_JOIN + r")\s*", m.group(1))
        values = [_ordinal(p) for p in parts[::2]]
        for k, sep in enumerate(parts[1::2]):
            a, b = values[k], values[k + 1]
            if sep in NUMBER_RANGE and a and b and a < b:
                numbers.update(range(a, b + 1))
        numbers.update(v for v in values if v)
    return numbers


def _form_of(blocks: list[dict[str, tuple[object, int]]], preamble: list[list[object]]) -> Form:
    """Blocks of label -> (text, Excel row) as a table: the labels, then one row per block, each at
    the Excel row of its first line."""
    labels = list(dict.fromkeys(label for block in blocks for label in block))
    table: list[list[object]] = [list(labels)]
    rows = [min(at for _, at in blocks[0].values()) - 1]
    for block in blocks:
        table.append([block[label][0] if label in block else "" for label in labels])
        rows.append(min(at for _, at in block.values()))
    return Form(table, rows, preamble, max(at for block in blocks for _, at in block.values()))


LABEL_LINE = re.compile(
    r"^\s*(第?[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*(\S{2,12}?)\s*[：:]?\s*$"
)


def _rule(label: str, value: object) -> bool:
    """A line above the first item that states a rule for all (答复时限：…一周内答复办结；…): preamble —
    never the text of what an item is (整改任务 | 河长巡查流于形式。…), however long."""
    if not isinstance(value, str) or Col.DESCRIPTION in classify_header(label)[0]:
        return False
    return bool(re.search(r"[；;。]", value.rstrip("。"))) and len(value) > 20


def _first_column(row: Sequence[object]) -> int:
    return next((c for c, v in enumerate(row) if v not in ("", None)), len(row))


def _lone(row: Sequence[object]) -> str | None:
    """The text of a row with one cell filled, else None."""
    cells = [v for v in row if v not in ("", None)]
    return cells[0].strip() if len(cells) == 1 and isinstance(cells[0], str) else None


def _label_line(text: str) -> str | None:
    """A numbered label alone on its line, its text on the next (一、整改问题 / 五、完成时限): the
    label, when the vocabulary knows it."""
    m = LABEL_LINE.match(text)
    if m is None or (classify_header(m.group(2))[1] == ROLE and FINDING.search(m.group(2))):
        return None  # （三）执法投诉办理不及时: a problem's title, though a role word (投诉) is in it
    return _label(m.group(2))


FINDING = re.compile(r"不(及时|规范|到位|完善|健全|合理|严格|落实|足|够|力)|未|缺")


def _pairs(row: Sequence[object]) -> list[tuple[str, object]]:
    """The (label, text) pairs of one row: each label with the next filled cell to its right when
    that is not a label too (label | text | label | text, a text left blank), or "label：text" in
    one cell. A row with other cells than pairs (a data row, a title) has none; half its labels at
    least must be words the vocabulary knows."""
    cells = [v for v in row if v not in ("", None)]
    if not cells:
        return []
    if (
        len(cells) == 2
        and isinstance(cells[0], str)
        and ENUMERATOR.match(cells[0])
        and isinstance(cells[1], str)
    ):
        return [(NUMBERED, cells[1].strip())]  # （一） | 全面推行企业开办…: the item itself, numbered
    if len(cells) == 1 and isinstance(cells[0], str) and (m := NUMBERED_TEXT.match(cells[0])):
        return [(NUMBERED, m.group(2).strip())]  # 1.新建改造城区公厕30座。 on a line of its own
    cells = [part for v in cells for part in _label_parts(v)]
    cells = [_bracket_label(v) for v in cells]  # 【存在问题】该路段道路积尘严重: 存在问题：…
    colons = [_colon(v) for v in cells]
    if all(colons):  # 主办单位：市交通局 | 协办单位：… (or in one cell: 主责单位：市交警支队　　完成时限：…)
        said = [(_unnumbered(m.group(1).strip()), m.group(2).strip()) for m in colons if m]
        if len(said) == 1 and not said[0][1] and _addressee(said[0][0]):
            return []  # 市审计局：, 胜利路街道党工委： — whom the report is addressed to, no label
        return list(said) if all(_written_label(label) for label, _ in said) else []
    pairs: list[tuple[str, object]] = []
    k = 0
    while k < len(cells):
        if not isinstance(cells[k], str) or not _written_label(_text(cells[k])):
            return []
        after = cells[k + 1] if k + 1 < len(cells) else None
        # 类别 | 投诉, and a line of one label and its text (督办事项 | 制定高一新生分班方案): a value a
        # role rule would only guess is a column
        guessed = classify_header(_text(cells[k])) in KIND_LABELS or len(cells) == 2
        if after is not None and not _names_column(after, guessed):
            pairs.append((_text(cells[k]), after))
            k += 2
        else:
            pairs.append((_text(cells[k]), ""))
            k += 1
    known = sum(1 for label, _ in pairs if _label(label) is not None)
    if len(pairs) == 1 and pairs[0][1] == "":
        # a word alone on its line: a title or a section's heading, not a pair — unless it is a line
        # of a card the unit left blank (办理进度 | …, nothing written yet)
        return pairs if len(row) > 1 and _left_blank(pairs[0][0]) else []
    return pairs if known * 2 >= len(pairs) else []


FILLED_LATER = {Col.PROGRESS, Col.STATUS, Col.DONE_ON, Col.CLOSEOUT, Col.MEASURES}


def _addressee(label: str) -> bool:
    """Whether a label alone with its colon is an office's name (市审计局：), whom a report is sent to:
    no column's name, or one a role rule only guesses from a name that long (胜利路街道党工委)."""
    targets, how = classify_header(label)
    if MANY_ADDRESSED.match(label):
        return True  # 市直各行政执法部门：, 各县（区）人民政府、市直有关单位： — the offices a notice goes to
    return bool(ORG.search(label)) and (not targets or (how == ROLE and len(label) >= 5))


MANY_ADDRESSED = re.compile(
    r"^(\S{0,4}[市县区]直)?(各|有关)\S{0,20}(部门|单位|局|委|办|政府|县|区|乡镇|街道|镇|乡)(\S{0,20})?$"
)


def _left_blank(label: str) -> bool:
    """Whether a label is of a column the unit fills in as the work goes (办理进度, 完成时间)."""
    return bool(set(classify_header(label)[0]) & FILLED_LATER)


BRACKET_LABEL = re.compile(r"^\s*[【\[［]([^】\]］\n]{1,12})[】\]］]\s*(\S.*)$", re.S)


def _bracket_label(value: object) -> object:
    """A label in square brackets before its text (【整改期限】立行立改) as label：text."""
    if isinstance(value, str) and (m := BRACKET_LABEL.match(value)):
        return f"{m.group(1).strip()}：{m.group(2)}"
    return value


NUMBERED_LABEL = re.compile(r"^(\D{2,8}?)\s*(\d{1,3}|[一二三四五六七八九十]{1,3})$")


def _unnumbered(label: str) -> str:
    """A label numbered per item (隐患1：…, 问题二：…) as the one label every item has (隐患)."""
    m = NUMBERED_LABEL.match(label)
    return m.group(1) if m and _label(m.group(1)) is not None else label


def _loose_pair(row: Sequence[object]) -> list[tuple[str, object]]:
    """Inside a form, a line of one short label and its text, though the vocabulary does not know the
    label (领导批示 | 请于6月30日前查结): the form's line all the same, its label kept as it is."""
    cells = [v for v in row if v not in ("", None)]
    if (
        len(cells) == 2
        and isinstance(cells[0], str)
        and _written_label(_text(cells[0]))
        and not ENUMERATOR.match(cells[0])
        and not _names_column(cells[1])
    ):
        return [(_text(cells[0]), cells[1])]
    return []


def _names_column(value: object, guessed: bool = False) -> bool:
    """A cell that can only be a label: a header spelling the vocabulary knows, or a column it
    keeps apart (协办单位, 结单日期) — not a value that merely reads like one (市自来水公司)."""
    if not isinstance(value, str):
        return False
    text = _text(value)
    if not _written_label(text) or ORG.search(text) or STATUS_LIKE.match(text):
        return False  # a unit, or a status word (已回复, 正在协调): a value
    targets, how = classify_header(text)
    if guessed and how == ROLE:
        return False  # a value where only a label written as a column's name is one
    return bool(targets) or how == KEPT_HOW


def _text(value: object) -> str:
    return re.sub(r"[：:]\s*$", "", str(value).strip())


def _written_label(text: str) -> bool:
    """A short word that can be a label (立项号, 督办人), not a sentence, a value or a numbered
    heading (一、已办结事项)."""
    text = re.sub(r"[（(][^）)\d]{1,8}[）)]$", "", text)  # 说明（发现问题）, 检查人员（签字）
    return 0 < len(text) <= LABEL_MAX and not re.search(r"[，。；,;、\d\n（(]", text)


def _label(value: object) -> str | None:
    """A cell that is a label the vocabulary knows: a short text naming a ledger column (问题描述,
    承办单位) or one it keeps apart (协办单位, 登记日期), with or without a colon."""
    if not isinstance(value, str):
        return None
    text = _text(value)
    if not _written_label(text):
        return None
    targets, how = classify_header(text)
    return text if targets or how == KEPT_HOW else None


def _is_item(block: dict[str, tuple[object, int]]) -> bool:
    """A block names at least three ledger columns, one of them what the item is about, and says
    something under two of its labels at least (a header row of labels alone is no item)."""
    if sum(1 for v, _ in block.values() if v not in ("", None)) < 2:
        return False
    columns = {t for label in block for t in classify_header(label)[0] if not t.startswith("_")}
    return (
        len(columns) >= MIN_LABELS and bool(columns & KEY) and Col.DESCRIPTION in columns | _described(block)
    )


def _item_in_form(block: dict[str, tuple[object, int]], known: set[str]) -> bool:
    """In a form whose other blocks are items, a block with fewer labels (no 整改进展 written) is
    one too when it says what the item is and one thing more, under the form's labels or others that
    name a ledger column (复查情况 in one section, 整改情况 in the next)."""
    filled = [label for label, (v, _) in block.items() if v not in ("", None)]
    targets = {label: classify_header(label)[0] for label in block}
    described = Col.DESCRIPTION in {t for found in targets.values() for t in found} | _described(block)
    labels_read = all(label in known or targets[label] for label in block)
    return len(filled) >= 2 and labels_read and described


def _described(block: dict[str, tuple[object, int]]) -> set[str]:
    """问题描述 when a label's text is long enough to be the item's description (督办事项 …)."""
    long = any(isinstance(v, str) and len(v) >= 15 for v, _ in block.values())
    return {Col.DESCRIPTION} if long else set()


ASKED = re.compile(r"^(\S{0,8}?(要求|责令|建议)|请|应|须|务必)")  # a sentence that asks, not one that tells
WHOLLY_BRACKETED = re.compile(r"^[（(][^（()）]*[）)]$")  # （市经信委牵头负责，第三季度完成）: who and when
# In a one-sentence item, what follows the item's name: "…的建议（…），已于6月12日书面答复代表".
TOLD_AFTER = re.compile(
    r"[，,]\s*((?:整改)?(?:已|现已|均已|目前|正在|尚未|截至)\S*"
    r"|[^\s，,]{1,4}?(?:正在|至今未|仍未|尚未)\S*)$"  # …，企业至今未整改 / …，护栏正在安装: who, then how far
)


def _numbering(mark: str) -> str:
    """The kind of a list's numbering (一、 （一） 1. （1） ①), whatever the number."""
    return re.sub(r"[一二三四五六七八九十百]+", "一", re.sub(r"\d+", "1", mark.strip().lstrip("第")))


def _list_line(line: str, last: dict[str, int]) -> re.Match[str] | None:
    """A line of a numbered list: a mark and a text, or a mark and a figure (3.5G公交电子站牌…) when the
    mark is the next number of a numbering already begun (1. 2. then 3.)."""
    if m := NUMBERED_TEXT.match(line):
        return m
    m = NEXT_NUMBERED.match(line)
    if m is None or (style := _numbering(m.group(1))) not in last:
        return None
    return m if _ordinal(m.group(1)) == last[style] + 1 else None


def _sentence(line: str) -> bool:
    """A line that is a sentence (一是…；二是…，已全部完成整改。, 未整改。), not a heading (（三）华龙区), a
    落款, a date or a closing formula (特此报告。)."""
    said = bool(re.search(r"[，；,;]", line)) or (line.rstrip().endswith("。") and not NOTE_ROW.match(line))
    return said and not NEXT_NUMBERED.match(line)


def _paragraphs(after: dict[int, list[str]], k: int) -> list[str]:
    """The sentences right under item ``k``, up to the first line that is none (a heading, a 落款)."""
    return list(itertools.takewhile(_sentence, after.get(k, [])))


def _heading(text: str) -> bool:
    """A short line with no sentence in it (转办事项排名前五的承办单位), or two short phrases side by side
    (高度重视，认真组织部署): a section's title."""
    return (
        len(text) <= 20
        and (
            not _said_in(text)
            or bool(PAIRED_TITLE.match(text))
            and not FINDING.search(text)
            and not STATE_FIRST.match(text)
        )
    )  # (落实责任不力，整改推进缓慢 is a finding, titled so; 属长期整改事项，学校将常态化推进 tells how it went)


STATE_FIRST = re.compile(r"^(已|均已|现已|正在|尚未|暂未|未|属|目前)")


PAIRED_TITLE = re.compile(r"^[^，。；,;：:！？]{2,8}[，,][^，。；,;：:！？]{2,8}[。]?$")


def _said_in(text: str) -> bool:
    """Whether a text holds a sentence's punctuation (a title holds none)."""
    return bool(re.search(r"[，。；,;]", text))


def read_list(grid: Sequence[Sequence[object]]) -> Form | None:
    """Items written as a numbered list, one to a line ("（1）反映收费窗口人太少，排队时间太长。正在
    整改。"), when a sheet holds no table: each line is an item, and its last sentence, when it has
    more than one, is its progress."""
    items: list[tuple[str, int]] = []
    styles: list[str] = []
    runs: list[int] = []  # which list an item is in: its numbering starts again at 1 in the next one
    numbers: list[int | None] = []  # each item's own number
    last: dict[str, int] = {}  # the last number of each numbering
    preamble: list[list[object]] = []
    body: set[int] = set()  # the items followed by lines of their own: headings of sections
    after: dict[int, list[str]] = {}  # those lines
    under: dict[int, list[int]] = {}  # their rows
    places: list[str] = []  # the place each item is listed under (柳屯镇 on a line of its own), or ""
    place = ""
    for r, row in enumerate(grid):
        cells = [v for v in row if v not in ("", None)]
        if len(cells) == 1 and isinstance(cells[0], str) and (m := _list_line(cells[0], last)):
            items.append((m.group(2).strip(), r + 1))
            places.append(place)
            styles.append(_numbering(m.group(1)))
            number = _ordinal(m.group(1))
            numbers.append(number)
            runs.append(_run_of(runs, number, last.get(styles[-1], 0)))
            last[styles[-1]] = number or 0
        elif cells and (not items or _place_line(cells)):
            # a line over the list, or a place over a section of it (王称堌镇 over （一）…方面 1、…)
            place = _set_apart(row, cells, items, preamble)
        elif (line := _told_of_item(cells)) and (len(items) - 1) not in body:  # 落实情况：已完成。… right
            _tell(
                items, _told_by_number(line, numbers, runs, styles)
            )  # under its item (no other line between):
            # part of it — or of each item it names by number
        elif cells:
            body.add(len(items) - 1)
            after.setdefault(len(items) - 1, []).append(" ".join(str(c) for c in cells))
            under.setdefault(len(items) - 1, []).append(r + 1)
    if paragraphs := _paragraphs_under_headings(items, styles, after, under):
        return _paragraph_items(paragraphs, preamble)
    _told_under_headings(items, body, after)
    cases = _cases_under_titles(items, styles, body, after)
    level = _level(items, styles)  # 二、 and （一） over 1. 2. 3.: headings
    # a title of another numbering over items of the list's own (1.深化商事制度改革。 then （1）…)
    titled = {k for k in range(len(items) - 1) if styles[k] != level and styles[k + 1] == level}
    kept = [
        k
        for k, item in enumerate(items)
        if not _heading(item[0].rstrip("。") if k in titled else item[0])
        or (k not in body and styles[k] == level)
    ]
    told = {k: _list_item(items[k][0]) for k in kept}
    kept = _headings_over(items, styles, level, told, kept)
    if fields := _fields_under_items(items, styles):
        # （一）多计工程价款。… over 1、处理意见：… 2、整改类型：立行立改。 3、整改情况：… 4、整改状态：…: the
        # labelled lines are the item's own columns, not items (a short problem over them is one too)
        for k, (_, columns) in fields.items():
            told[k] = {Col.DESCRIPTION: _titled(items[k][0], columns), **columns}
        told_lines = {at for lines, _ in fields.values() for at in lines}
        kept = sorted({*kept, *fields} - told_lines)
    cases_over = {} if fields else _items_under_cases(items, styles, numbers, kept)
    if cases_over:
        # （一）某公司承建的某工程，…要求7月20日前整改完毕。 then 1. 2. 3.: the numbered lines are the
        # items, each the case's (its company answers for it, by the time the case was given)
        for k, case in cases_over.items():
            # (a short problem with what was done told under it, 1.脚手架连墙件缺失 over 施工单位已补设…,
            # is the case's too, though it reads like a heading)
            told[k] = {**(told.get(k) or _list_item(items[k][0])), **_case_said(items[case][0])}
        kept = sorted({*kept, *cases_over} - set(cases_over.values()))
    labelled = {
        style
        for style in {styles[k] for k in kept}
        if 2 * sum(len(told[k]) > 2 for k in kept if styles[k] == style)
        > sum(styles[k] == style for k in kept)
    }
    if labelled and not cases_over:
        # the list's items name their 整改时限 and 进展情况: lines of another numbering that name
        # nothing (（一）提高站位抓整改。成立领导小组…) tell how the work was organised, not an item
        # (so do cases whose headline tells how a part of the work went: 一、局党组履行…主体责任情况)
        kept = [
            k
            for k in kept
            if styles[k] in labelled
            or len(told[k]) > 2
            or (k in cases and not ACCOUNT_HEADLINE.search(items[k][0].split("：", 1)[0]))  # (_told_under)
        ]
    kept, answered_to = _answered_by_number(items, styles, runs, kept, told)
    named = {runs[k] for k in kept if _names_something(told[k])}
    if named and len({runs[k] for k in kept}) > 1 and not _sections_of_one_list(items, styles, runs, kept):
        # two lists, numbered each from 1: the one whose items name 承办单位 and 办理时限 holds the
        # items; one that names nothing (1.本月受理工单2186件…) tells the month's figures
        kept = [k for k in kept if runs[k] in named]
    kept = _in_problem_sections(items, styles, kept)
    _placed(told, kept, places)
    end = max(_told_in_paragraphs(items, kept, told, body, after, under), answered_to)
    if kept and kept[-1] in cases:
        end = under[kept[-1]][0]  # the last case's account: the 落款 follows it
    # a report whose items each say which office leads the work (由…牵头): that office answers for it
    # (such a line among others is a remark; the others' units are read as before)
    leads = [LED_BY.search(items[k][0]) or LED_IN_BRACKET.search(items[k][0]) for k in kept]
    rows = (
        [_led_by(told[k], lead) for k, lead in zip(kept, leads, strict=True)]
        if 3 * sum(map(bool, leads)) >= 2 * len(leads)  # (most say it; one worded otherwise keeps its own)
        else [told[k] for k in kept]
    )
    items = [items[k] for k in kept]
    if len(items) < 2:
        return None
    return _listed_form(rows, [r for _, r in items], preamble, end)


# A place on a line of its own between a report's items (柳屯镇, 市财政局): the section of the items under it.
PLACE_HEADING = re.compile(rf"[^\s，。；,;:：、（()）\d]{{1,16}}?{ORG_SUFFIX}")
VILLAGE = re.compile(r"(村|社区|居委会|组)$")


def _run_of(runs: list[int], number: int | None, last: int) -> int:
    """Which list a numbered line is in: the last one's, or the next when its numbering starts again."""
    restarted = number is not None and number <= last
    return (runs[-1] if runs else 0) + restarted


def _set_apart(
    row: Sequence[object], cells: list[object], items: list[tuple[str, int]], preamble: list[list[object]]
) -> str:
    """A line before a list's items (kept as its preamble) or between them: the place it names, or ""."""
    if not items:
        preamble.append(list(row))
    return _place_line(cells)


def _place_line(cells: list[object]) -> str:
    """The place a line names alone (柳屯镇), or ""."""
    text = str(cells[0]).strip() if len(cells) == 1 else ""
    return text if PLACE_HEADING.fullmatch(text) else ""


def _placed(told: dict[int, dict[str, str]], kept: list[int], places: list[str]) -> None:
    """Items listed in sections by place, each under the place's name on a line of its own (柳屯镇
    （一）…方面 1、柳屯镇后王庄村：… 2、…): the place answers for its items — a village an item names first is
    within it, an office an item names first (1、县财政局：…) answers for its own. Only for two places at least."""
    if len({places[k] for k in kept if places[k]}) < 2 or not places[kept[0]]:
        return
    for k in kept:
        lead = ITEM_LEAD.match(told[k].get(Col.DESCRIPTION, ""))
        if lead is None or VILLAGE.search(lead.group(1)) or lead.group(1).startswith(places[k]):
            told[k].setdefault(str(Col.UNIT), places[k])


ITEM_LEAD = re.compile(r"^([^\s，。；,;:：]{2,24})[：:]")  # 柳屯镇后王庄村：… — whom the item is about


# A heading's bracket of labels (一、医疗废物分类环节整改（责任科室：总务科，完成时限：2024年8月31日）).
BRACKET_LABELS = re.compile(r"[（(]([^（()）]*[：:][^（()）]*)[）)]\s*$")


# A heading's bracket asking for a time (（第4期通报要求7月15日前整改到位）, （请于督查之日起3日内整改到位）).
ASKED_IN_BRACKET = re.compile(
    r"[（(]([^（()）]*(?:要求|请于|请在|限|须|务必)[^（()）]*(?:前|内)[^（()）]*(?:整改|完成|办结|到位)[^（()）]*)[）)]\s*$"
)
OWN_TIME = re.compile(
    r"\d{1,2}\s*月\s*(\d{1,2}\s*[日号]|底|末)\s*(前|之前)|\d{1,3}\s*个?(工作日|日|天)内|立行立改|立即"
)


def _headings_over(
    items: list[tuple[str, int]],
    styles: list[str],
    level: str,
    told: dict[int, dict[str, str]],
    kept: list[int],
) -> list[int]:
    """一、…环节整改（责任科室：…，责任人：…，完成时限：2024年7月20日） over 1. 2. of the list's own numbering:
    the bracket says who answers for the items under it and by when (where they do not say it themselves);
    the heading is no item. The items kept, without such headings."""
    out = list(kept)
    for k in kept:
        if styles[k] == level or k + 1 >= len(items) or styles[k + 1] != level:
            continue
        if asked := ASKED_IN_BRACKET.search(items[k][0]):
            # 二、本次督查发现的问题（请于督查之日起3日内整改到位）: the time of the items under it that set none
            for j in _lines_under(items, styles, k):
                if j in told and not OWN_TIME.search(items[j][0]):
                    told[j].setdefault(str(Col.DEADLINE), asked.group(1))
            out.remove(k)
            continue
        bracket = BRACKET_LABELS.search(items[k][0])
        if bracket is None or not all(
            _colon(part) for part in re.split(r"[，,；;]", bracket.group(1)) if part.strip()
        ):
            continue  # (（4A级，通报批评，限期3个月整改；整改责任单位：…）: a case told, read as such)
        labels = {key: v for key, v in told[k].items() if key not in (Col.DESCRIPTION, Col.PROGRESS) and v}
        if not labels:
            continue
        for j in range(k + 1, len(items)):
            if styles[j] == styles[k]:
                break
            for key, v in labels.items():
                if j in told and not told[j].get(key):
                    told[j][key] = v
        out.remove(k)
    return out


def _tell(items: list[tuple[str, int]], said: list[tuple[int, str]]) -> None:
    """Each item's text with what a line under the list says of it."""
    for j, line in said:
        text, at = items[j]
        items[j] = (f"{text.rstrip('。')}。{line}", at)


def _told_by_number(
    line: str, numbers: list[int | None], runs: list[int], styles: list[str]
) -> list[tuple[int, str]]:
    """Which items a line told under the last one is of: that item — or, when the line tells of several
    by number (整改状况：针对第1个问题，…。针对第2个问题，…), each of them in the same list, with what it says
    of it (under the line's label)."""
    last = len(numbers) - 1
    if not NUMBERS_NAMED.search(line):
        return [(last, line)]
    label, text = (m.group(1), m.group(2)) if (m := LINE_LABEL.match(line)) else ("", line)
    named = _numbers_in(text)
    said = [
        j
        for j in range(last + 1)
        if runs[j] == runs[last] and styles[j] == styles[last] and numbers[j] in named
    ]
    if not any(j != last for j in said):
        return [(last, line)]
    parts = {j: str(_of_number(text, numbers[j] or 0)) for j in said}
    return [(j, f"{label}：{part}" if label else part) for j, part in parts.items()]


def _lines_under(items: list[tuple[str, int]], styles: list[str], k: int) -> list[int]:
    """The items right under item ``k`` numbered otherwise (1、2、3、 under （一）), up to the next one of its own numbering."""
    under: list[int] = []
    for j in range(k + 1, len(items)):
        if styles[j] == styles[k] or (under and styles[j] != styles[under[0]]):
            break
        under.append(j)
    return under


def _fields_under_items(
    items: list[tuple[str, int]], styles: list[str]
) -> dict[int, tuple[list[int], dict[str, str]]]:
    """Items each followed by lines of another numbering that are all "label：text" (1、处理意见：… 2、整改
    情况：… 3、整改状态：…): item -> (those lines, its labelled texts). A time told under a label of no column
    of its own (整改类型：分阶段整改，9月30日前全部完成) is the item's 整改时限 too. {} unless two items at least
    have such lines."""
    found: dict[int, tuple[list[int], dict[str, str]]] = {}
    for k in range(len(items)):
        lines = _lines_under(items, styles, k)
        said = [m for j in lines if (m := RECORD_LINE.match(items[j][0])) and _label(m.group(1)) is not None]
        labels = [m.group(1) for m in said]
        if not lines or len(said) < len(lines) or len(set(labels)) < len(labels):
            continue
        problems = sum(Col.DESCRIPTION in classify_header(label)[0] for label in labels)
        if problems > 1 or (problems and len(labels) < RECORD_LABELS):
            continue  # (1、问题：… 2、问题：… under （一）某单位: items of their own, the line over them a heading;
            # 1.反馈问题：… 2.责任单位：… 3.整改目标：… … under （一）…问题: the problem's own record)
        fields = {m.group(1): m.group(2).strip() for m in said}
        for text in list(fields.values()):  # （1）整改措施。牵头单位：市税务局；…整改时限：2024年12月底前。
            for pair in INNER_PAIR.finditer(text):
                if classify_header(pair.group(1))[0]:
                    fields.setdefault(pair.group(1), pair.group(2).strip())
        for label, text in list(fields.items()):
            if not classify_header(label)[0] and parse_date(text, None).kind in (
                *DEADLINE_KINDS,
                "immediate",
            ):
                fields.setdefault(str(Col.DEADLINE), text)
        found[k] = (lines, fields)
    # (two items at least with two lines each: one labelled line under an item may be its only one)
    return found if sum(len(lines) >= 2 for lines, _ in found.values()) >= 2 else {}


# A line of an item's record: its label ends in a colon, or in a full stop (（1）整改措施。…（2）整改进展。…).
RECORD_LINE = re.compile(rf"^({LABEL_CHARS}{{2,8}})[：:。]\s*(\S.*)$", re.S)
# A labelled text inside such a line's text (…牵头单位：市税务局；配合单位：…。…整改时限：2024年12月底前。).
INNER_PAIR = re.compile(rf"(?:^|[。；;，,\s])({LABEL_CHARS}{{2,6}})[：:]\s*([^；;。：:]+)")


RECORD_LABELS = (
    4  # labelled lines under a title that make a record of its own (反馈问题, 责任单位, 整改期限 …)
)


def _titled(title: str, columns: dict[str, str]) -> str:
    """An item's words: its title, and the problem its lines state under a label of their own (（一）…问题
    over 1.反馈问题：…), which leaves the columns."""
    problem = next((label for label in columns if Col.DESCRIPTION in classify_header(label)[0]), None)
    return f"{title.rstrip('。')}：{columns.pop(problem)}" if problem else title


def _items_under_cases(
    items: list[tuple[str, int]], styles: list[str], numbers: list[int | None], kept: list[int]
) -> dict[int, int]:
    """Cases told in a sentence each ((一)某公司承建的某工程，监理单位：…), each followed by its own numbered
    problems (1. 2. 3., numbered from 1 again under the next case): each problem -> its case. {} when
    fewer than two cases hold problems."""
    kept_set = set(kept)
    under: dict[int, int] = {}
    case: int | None = None
    for k, (text, _) in enumerate(items):
        if case is not None and styles[k] != styles[case]:
            first = k - 1 == case
            if first and numbers[k] != 1:
                case = None  # (a list under the sentence that does not start at 1: no case's problems)
            elif first or (under.get(k - 1) == case and styles[k] == styles[k - 1]):
                under[k] = case
                continue
        case = k if k in kept_set and not _heading(text) and _said_in(text) else None
    cases = set(under.values())
    if len(cases) < 2 or len({styles[k] for k in under}) != 1:
        return {}
    problem_style = styles[next(iter(under))]
    case_style = styles[next(iter(cases))]
    if next(style for style in styles if style in (problem_style, case_style)) != case_style:
        return {}  # (（一）…方面 over 1、 2、: the numbering the list opens with holds the other; no cases)
    return under


def _case_said(text: str) -> dict[str, str]:
    """What a case's sentence says for the problems under it: the company named first answers for
    them (某公司承建的…), and the time it was given (要求2024年7月20日前整改完毕) is theirs."""
    said = {CASE_REQUIREMENT: text}
    if (company := CASE_COMPANY.match(text)) is not None:
        said[Col.UNIT] = company.group(1)
    return said


CASE_REQUIREMENT = "整改要求"
CASE_COMPANY = re.compile(
    r"^([^\s，,。；;：:（(]{2,30}?(?:有限责任公司|有限公司|公司|集团))(?:承建|施工|负责|经营|运营|管理)"
)


def _listed_form(rows: list[dict[str, str]], at: list[int], preamble: list[list[object]], end: int) -> Form:
    """Items read from lines (their labels and texts; ``at``: each one's Excel row) as a Form's table."""
    rows = _one_label_each(rows)
    labels = list(dict.fromkeys(label for row in rows for label in row))
    table: list[list[object]] = [list(labels)]
    table += [[row.get(label, "") for label in labels] for row in rows]
    return Form(table, [at[0] - 1, *at], preamble, end)


def _one_label_each(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """A label written short in some items (整改措施：…，长期坚持。) where others write it in full (整改措施
    及时限：…): one column, under the full label, when no item writes both."""
    labels = list(dict.fromkeys(label for row in rows for label in row))
    full = {
        short: long
        for short in labels
        for long in labels
        if long != short
        and long.startswith(short)
        and set(classify_header(short)[0] or "?") <= set(classify_header(long)[0])
        and not any(short in row and long in row for row in rows)
    }
    return [{full.get(label, label): text for label, text in row.items()} for row in rows] if full else rows


def _sections_of_one_list(
    items: list[tuple[str, int]], styles: list[str], runs: list[int], kept: list[int]
) -> bool:
    """Whether the lists numbered each from 1 are the sections of one list, each under a heading of one
    numbering (1、一、二号楼餐饮区 （1）… 2、三号楼餐饮区 （1）…): all items, whichever names an office."""
    heads = []
    for run in sorted({runs[k] for k in kept}):
        first = min(k for k in kept if runs[k] == run)
        head = next((j for j in range(first - 1, -1, -1) if styles[j] != styles[first]), None)
        if (
            head is None
            or OVERVIEW.search(items[head][0])
            or ACCOUNT_HEADLINE.search(items[head][0].rstrip("。"))
        ):
            return False  # (一、运行情况 1.受理工单2186件…: an account in figures, beside 三、…办理情况)
        heads.append(head)
    return len(set(heads)) == len(heads) and len({styles[h] for h in heads}) == 1


def _paragraphs_under_headings(
    items: list[tuple[str, int]], styles: list[str], after: dict[int, list[str]], under: dict[int, list[int]]
) -> list[tuple[str, int, dict[str, str]]]:
    """A report whose numbered lines are all headings (一、办理情况 （一）已经落实的建议 …) with paragraphs
    under them: the paragraphs under the headings of the level that holds most of them, several under
    one heading at least, are the items (根据…代表提出的“关于…的建议”，市城市管理局…，该建议已落实。) —
    a paragraph under a heading of another level tells the work as a whole. [] for any other list."""
    if len(items) < 2 or not all(_heading(text) for text, _ in items):
        return []
    told = {k: _paragraphs(after, k) for k in range(len(items))}
    counts: dict[str, int] = {}
    for k, lines in told.items():
        counts[styles[k]] = counts.get(styles[k], 0) + len(lines)
    level = max(counts, key=lambda style: counts[style])
    ks = [k for k in range(len(items)) if styles[k] == level]
    if counts[level] < 3 or 2 * counts[level] <= sum(counts.values()) or max(len(told[k]) for k in ks) < 2:
        return []
    return [
        (line, under[k][n], _section_asks(told[k]))
        for k in ks
        for n, line in enumerate(told[k])
        if not SECTION_FIGURES.match(line)
    ]


def _section_asks(lines: list[str]) -> dict[str, str]:
    """What a section's summing-up line asks of the items under it (抽查…共7家，发现问题3处，要求7月20日前
    整改到位): their time, as a case's requirement is its problems'."""
    figures = next((line for line in lines if SECTION_FIGURES.match(line)), "")
    return {CASE_REQUIREMENT: figures} if ASKED_BY.search(figures) else {}


ASKED_BY = re.compile(r"(要求|限期?|须|务必)\S{0,12}?前")


# 抽查华龙区文化旅游市场经营单位共7家，发现问题3处，…: what a section's check came to, no item
SECTION_FIGURES = re.compile(
    r"^(抽查|检查|督查|暗访|巡查|排查)\S{0,30}?共\s*\d+\s*(家|个|处|所|户)\S{0,4}[，,]\s*发现"
)


def _paragraph_items(paragraphs: list[tuple[str, int, dict[str, str]]], preamble: list[list[object]]) -> Form:
    """The paragraphs as items, each read as a numbered item's text is (with what its section asks)."""
    rows = [_list_item(text) | asked for text, _, asked in paragraphs]
    return _listed_form(rows, [r for _, r, _ in paragraphs], preamble, paragraphs[-1][1])


PROBLEM_SECTION = re.compile(r"问题|隐患|不足|差距|短板|薄弱")  # 二、存在问题, 三、督查发现的问题
# 一、整体工作情况, 三、下步要求: a section that tells the work as a whole or asks, no problems
OVERVIEW = re.compile(
    r"总体|整体|基本情况|工作情况|开展情况|主要做法|成效|下一?步|工作要求|有关要求|工作打算|工作建议"
    r"|红榜|表扬|先进(典型|单位|村)|亮点"  # (一、红榜名单 1.…村：房前屋后干净整洁: praised, no problem)
)


def _level(items: list[tuple[str, int]], styles: list[str]) -> str:
    """The numbering of a list's items: that of most items that say something (not a heading), then of most."""
    if not styles:
        return ""
    said = [style for style, (text, _) in zip(styles, items, strict=True) if not _heading(text)]
    return max(styles, key=lambda style: (said.count(style), styles.count(style)))


def _in_problem_sections(items: list[tuple[str, int]], styles: list[str], kept: list[int]) -> list[int]:
    """A report in sections (一、整体工作情况 二、存在问题 三、下步要求): its items are those under the
    section that names the problems and any other section of findings (二、无证办学机构); numbered lines
    under a section that tells the work as a whole or asks (（一）违法建设治理工作。7月份共拆除违法建设23处…
    under 一、整体工作情况) are no items."""
    kept_set = set(kept)
    headings = [k for k, (text, _) in enumerate(items) if k not in kept_set and _heading(text)]
    problems = [
        k for k in headings if PROBLEM_SECTION.search(items[k][0]) and not OVERVIEW.search(items[k][0])
    ]
    if not problems and any(OVERVIEW.search(items[k][0]) for k in headings):
        # 一、主要工作情况 （一）加强组织领导。… 二、拖欠账款排查及清偿情况 1.县教育局拖欠…: the items are
        # those of the sections that do not tell the work as a whole
        level = styles[next(k for k in headings if OVERVIEW.search(items[k][0]))]
        problems = [k for k in headings if styles[k] == level and not OVERVIEW.search(items[k][0])]
    if not problems:
        return kept
    top = styles[problems[0]]
    section: dict[int, int | None] = {}
    current: int | None = None
    for k, (text, _) in enumerate(items):
        if styles[k] == top and k not in kept_set and _heading(text):
            current = k
        section[k] = current
    if not any(section[k] in problems for k in kept):
        return kept
    return [k for k in kept if (at := section[k]) is None or not OVERVIEW.search(items[at][0])]


def _told_in_paragraphs(
    items: list[tuple[str, int]],
    kept: list[int],
    told: dict[int, dict[str, str]],
    body: set[int],
    after: dict[int, list[str]],
    under: dict[int, list[int]],
) -> int:
    """Lines under an item that no rule read (1.村务公开不及时…。责任部门：镇纪委。 over 一是…；二是…，已全部完成
    整改。): a paragraph of the item, which tells what was done on it — never lines that vanish. Under the
    last item only the paragraph written like the others' (a sentence), not the 落款 after it. Returns the
    Excel row of the last line an item used."""
    said = {k: _paragraphs(after, k) for k in kept if k in body}
    told_under = [k for k in kept[:-1] if said.get(k)]
    last = kept[-1] if kept else None
    end = items[last][1] if last is not None else 0
    if last is not None and told_under and said.get(last):
        # its first paragraph, and the labelled lines after it (责任科室：… then 整改情况：…) — not a
        # closing paragraph (下一步，我局将…)
        lines = said[last][:1] + list(itertools.takewhile(LINE_LABEL.match, said[last][1:]))
        said[last], end = lines, under[last][len(lines) - 1]
        told_under.append(last)
    for k in told_under:
        paragraph = "".join(said[k])
        case = {CASE_REQUIREMENT: told[k].pop(CASE_REQUIREMENT)} if CASE_REQUIREMENT in told[k] else {}
        if case and Col.UNIT in told[k]:
            case[Col.UNIT] = told[k].pop(Col.UNIT)  # (the case's company, not a label of the item's)
        if set(told[k]) == {Col.DESCRIPTION, Col.PROGRESS}:  # no labels: the paragraph's last sentence
            told[k] = _list_item(f"{items[k][0].rstrip('。')}。{paragraph}")  # is the progress
        elif {r for label in told[k] for r in classify_header(label)[0]} & {
            Col.MEASURES,
            Col.PROGRESS,
            Col.STATUS,
        }:
            told[k][Col.DESCRIPTION] = f"{told[k][Col.DESCRIPTION].rstrip('。')}。{paragraph}"
        else:
            told[k][MEASURES_TAKEN] = paragraph  # the labels named no measures: these are
        told[k].update(case)
    return end


MEASURES_TAKEN = "整改措施及成效"  # measures told as taken: the item's measures and its progress


def _answered_by_number(
    items: list[tuple[str, int]],
    styles: list[str],
    runs: list[int],
    kept: list[int],
    told: dict[int, dict[str, str]],
) -> tuple[list[int], int]:
    """A report that lists the problems under one heading (一、检查中出现的问题 1. 2. 3.) and answers them
    under the next, number for number (二、整改措施 1. 2. 3.): each answer is its problem's 整改措施, and
    the problem is the item. Returns the items left and the Excel row of the last answer (0 when none):
    the lines after it are the report's close."""
    answered_to = 0
    by_run: dict[int, list[int]] = {}
    for k in kept:
        by_run.setdefault(runs[k], []).append(k)
    lists = [ks for ks in by_run.values() if len({styles[k] for k in ks}) == 1 and len(ks) >= 2]
    problem_of: dict[int, int] = {}  # an answer -> the problem it answers
    for asked, answered in zip(lists, lists[1:], strict=False):
        above = [_heading_over(items, styles, ks[0]) for ks in (asked, answered)]
        if any(len(told[k]) > 2 for k in (*asked, *answered)):
            continue
        roles = [set(classify_header(text)[0]) for text in above]
        chained = all(
            k in problem_of for k in asked
        )  # 四、审计处理情况和建议 then 五、整改情况, number for number
        pairs = _answers_by_topic(items, asked, answered)
        if pairs is None:
            if len(asked) != len(answered) or (roles[0] != {Col.DESCRIPTION} and not chained):
                continue
            if not roles[1] & {Col.MEASURES, Col.PROGRESS, Col.STATUS}:
                continue
            pairs = dict(zip(asked, answered, strict=True))
        # an account of what was done under 整改措施 (已整改到位, 目前未启动): the item's progress
        label = above[1] if roles[1] & {Col.PROGRESS, Col.STATUS} else MEASURES_TAKEN
        for asked_k, answer in pairs.items():
            problem = problem_of.get(asked_k, asked_k)
            problem_of[answer] = problem
            if problem == asked_k:
                told[problem] = {Col.DESCRIPTION: items[problem][0], label: items[answer][0]}
            else:  # what the list before asked of the unit, then how far it got: its measures, then this
                told[problem] = {
                    Col.DESCRIPTION: items[problem][0],
                    MEASURES_TAKEN: next(v for key, v in told[problem].items() if key != Col.DESCRIPTION),
                    label: items[answer][0],
                }
        kept = [k for k in kept if k not in answered]
        answered_to = max(answered_to, items[answered[-1]][1])
    return kept, answered_to


# An answer that names the problem it answers: 针对场地面积不足问题，已协调…
ANSWER_TOPIC = re.compile(r"^(?:针对|关于|就)(\S{2,24}?)(?:的)?(?:问题|情况)")


def _answers_by_topic(
    items: list[tuple[str, int]], asked: list[int], answered: list[int]
) -> dict[int, int] | None:
    """Answers that each name their problem in a few of its words (1、场地面积有待增加。… answered by
    1、针对场地面积不足问题，已…): each problem's answer, however many problems go unanswered; None
    unless every answer names one problem of the list, and no two the same."""
    pairs: dict[int, int] = {}
    for answer in answered:
        topic = ANSWER_TOPIC.match(items[answer][0])
        if topic is None:
            return None
        shared = {k: _shared(topic.group(1), items[k][0]) for k in asked}
        best = max(asked, key=shared.__getitem__)
        if shared[best] < 3 or best in pairs:
            return None
        pairs[best] = answer
    return pairs


def _shared(a: str, b: str) -> int:
    """The length of the longest run of characters two texts share."""
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


def _heading_over(items: list[tuple[str, int]], styles: list[str], k: int) -> str:
    """The title of another numbering just over item ``k`` (二、整改措施 over 1.), "" when none."""
    if k == 0 or styles[k - 1] == styles[k]:
        return ""
    return re.sub(r"^[\s、.．]+", "", items[k - 1][0]).rstrip("：:。")


LINE_LABEL = re.compile(rf"^({LABEL_CHARS}{{2,8}})[：:]\s*(\S.*)$", re.S)  # label, text


# A line under an item that answers it with a bare verb as its label (整改：已清理库房杂物…): its progress.
ANSWER_LABEL = re.compile(r"^(整改|整改落实|落实|处理|办理|处置)\s*[：:]")


def _told_of_item(cells: list[object]) -> str:
    """A line under a numbered item that is one of its labels (落实情况：…, 整改进展：…), not a body: the
    line, with a bare verb's label (整改：…) said as the progress it is; "" for any other line."""
    if len(cells) != 1 or not isinstance(cells[0], str) or not (m := LINE_LABEL.match(cells[0].strip())):
        return ""
    line = cells[0].strip()
    if ANSWER_LABEL.match(line):
        return ANSWER_LABEL.sub(f"{Col.PROGRESS}：", line, count=1)
    if re.search(r"(签收|签字|签名|盖章|签章)$", m.group(1)):
        return ""  # 被检查单位签收：陈志远: the receipt, signed
    targets = classify_header(m.group(1))[0]
    said = {Col.PROGRESS, Col.STATUS, Col.DEADLINE, Col.UNIT, Col.DEPARTMENT, Col.MEASURES}  # (责任科室：…)
    return line if said & set(targets) else ""


def _told_under_headings(items: list[tuple[str, int]], body: set[int], after: dict[int, list[str]]) -> None:
    """A report whose numbered lines are short titles (一、联网直报企业名录不实), each over one paragraph
    that tells the problem and names its 责任单位, 整改时限 and 整改进展: each title with its paragraph is
    an item ("title：paragraph"), not a section heading — when most titles have such a paragraph."""
    told = {
        k: lines[0]
        for k, lines in after.items()
        if len(_list_item(lines[0])) > 2
        and all(len(line) <= 40 and len(_list_item(line)) <= 2 for line in lines[1:])  # (the signature)
    }
    if len(told) < 2 or 2 * len(told) < len(items):
        return
    for k, paragraph in told.items():
        _told_under(items, body, k, paragraph)


def _told_under(items: list[tuple[str, int]], body: set[int], k: int, paragraph: str) -> None:
    """Item ``k`` is its title with the paragraph under it ("title：paragraph"), no heading."""
    title, at = items[k]
    if PROBLEM_TITLE.match(
        title
    ):  # 关于“超标准报销差旅费”问题 over 未整改。涉及人员…: all of it is how it went
        items[k] = (f"{title.rstrip('。')}。{ACCOUNT_LABEL}：{paragraph}", at)
    else:
        items[k] = (f"{title.rstrip('。')}：{paragraph}", at)
    body.discard(k)


CASE_TITLE_MAX, CASE_MIN = 30, 40  # characters of a case's headline at most, of its account at least
# A headline that names the problem (关于“超标准报销差旅费”问题): an item, however short what is told under it.
PROBLEM_TITLE = re.compile(r"^关于\S{2,60}?问题[。]?$")
ACCOUNT_LABEL = "整改情况"  # the label what is told under a problem headline is read by


# A headline over an account of the work, no problem (履行整改主体责任情况, 下一步工作打算).
ACCOUNT_HEADLINE = re.compile(r"(情况|打算|安排|做法|成效|措施)$")


def _headline(title: str, account: str) -> bool:
    """A case's headline over its account: short, or a line with no sentence in it (清丰县马庄桥镇某养殖
    专业合作社违法占用永久基本农田建设养殖场案) far shorter than the account."""
    return len(title) <= CASE_TITLE_MAX or (not _said_in(title) and 2 * len(title) <= len(account))


def _cases_under_titles(
    items: list[tuple[str, int]], styles: list[str], body: set[int], after: dict[int, list[str]]
) -> set[int]:
    """Cases told under headlines (1.小区消防通道被封堵及时打开 | 市民反映：…后回复：…): when every item
    of one numbering is a short headline over one long paragraph, each is an item, "headline：account".
    Returns which items they are."""
    cases: set[int] = set()
    for style in set(styles):
        ks = [k for k, s in enumerate(styles) if s == style]
        if len(ks) < 2 or not all(
            (
                len(after.get(k, [])) == 1 or (k == len(items) - 1 and after.get(k))
            )  # (the last: then the 落款)
            and (len(after[k][0]) >= CASE_MIN or PROBLEM_TITLE.match(items[k][0]))
            and _headline(items[k][0], after[k][0])
            for k in ks
        ):
            continue
        for k in ks:
            _told_under(items, body, k, after[k][0])
            cases.add(k)
    return cases


CHINESE_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}


def _ordinal(mark: str) -> int | None:
    """The number of a list mark (3. （三） 第十二 ⑤), or None when it cannot be read."""
    if digits := re.search(r"\d+", mark):
        return int(digits.group(0))
    if (circled := re.search(r"[①-⑳]", mark)) is not None:
        return ord(circled.group(0)) - ord("①") + 1
    chinese = re.search(r"[一二三四五六七八九十]+", mark)
    if chinese is None:
        return None
    text = chinese.group(0)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CHINESE_DIGITS.get(text[1], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CHINESE_DIGITS.get(tens, 0) * 10 + (CHINESE_DIGITS.get(ones, 0) if ones else 0)
    return CHINESE_DIGITS.get(text[0])


def _names_something(told: dict[str, str]) -> bool:
    """Whether an item's line names something besides its words and progress (牵头单位：…, 办理时限…)."""
    return any(key not in (Col.DESCRIPTION, Col.PROGRESS) for key in told)


# 城南农贸市场（包保责任单位：胜利路街道办事处）：市场内部…: what it is about, who answers for it, its problem
ABOUT_WHOM = re.compile(
    r"^([^（()）：:。；;]{2,30})([（(][^（()）]{2,12}[：:][^（()）]+[）)])\s*[：:]\s*(\S.*)$",
    re.S,
)


# …整改措施：…。由中共清丰县委办公室牵头，8月底前完成。: the office that leads the work answers for it
LED_BY = re.compile(
    r"由\s*(?:[^\s，。；,;:：“”（()）、]{2,6}单位)?((?:中共|濮阳|[市县区]|[^\s，。；,;:：“”（()）、]{1,4}[市县区镇乡])"
    r"[^\s，。；,;:：“”（()）、]{0,22}?(局|委员会|委|办公室|办|室|中心|站|所|部|厅|院|政府|公司|队|科|股|处|社))"
    r"\s*(?:[（(][^（()）]{1,14}[）)])?\s*(牵头|负责|承办|会同|办理)"  # (县农业农村局（原县乡村振兴局）负责整改)
)  # an office by its place (由镇应急办负责补设…: who does it; 由分管副县长牵头: a person; 由后勤科牵头: a section)
LED_LABEL = "牵头单位"


# The office a bracket after the task says leads it (〔市商务局负责，市生态环境局参与〕, （市城管局牵头）).
LED_IN_BRACKET = re.compile(
    r"[〔（(【]\s*((?:中共|濮阳|[市县区]|[^\s，。；,;:：“”（()）〔〕、]{1,4}[市县区镇乡])"
    r"[^\s，。；,;:：“”（()）〔〕、]{0,22}?(局|委员会|委|办公室|办|中心|政府|公司|队|支队))\s*(?:牵头)?(负责|牵头|主办|主责)"
)


def _led_by(told: dict[str, str], lead: re.Match[str] | None) -> dict[str, str]:
    """An item whose line says which office leads the work (由…牵头, ``lead``) where no label names
    one: that office, as its 牵头单位."""
    if lead and not any(Col.UNIT in classify_header(k)[0] for k in told):
        return {**told, LED_LABEL: lead.group(1)}
    return told


SQUARE_LABEL = re.compile(r"【([^【】\s]{2,8})】")


def _square_labels(text: str) -> str:
    """Labels in square brackets (【问题表现】…。【责任部门】营业收费部。【完成时限】2024年12月31日。) as label：text;
    the item's own label, first, leaves its words as they are."""
    if "【" not in text:
        return text
    out = SQUARE_LABEL.sub(
        lambda m: f"{m.group(1)}：" if _label(m.group(1)) is not None else m.group(0), text
    )
    first = re.match(r"^\s*([^\s：:]{2,8})：", out)
    if first and Col.DESCRIPTION in classify_header(first.group(1))[0]:
        out = out[first.end() :]
    return out


def _list_item(text: str) -> dict[str, str]:
    """One numbered line as an item: its words, the labels written in it, and its progress (the last
    sentence, when it has more than one and no label says it)."""
    text = _square_labels(text)
    if (m := ABOUT_WHOM.match(text)) and (named := _labelled(m.group(1) + m.group(2))[1]):
        # the words after the colon are the item's own (its problem, and how far it got), about the
        # place before the bracket; the bracket's labels name who answers for it
        own = _list_item(m.group(3))
        return {
            **own,
            Col.DESCRIPTION: f"{m.group(1)}：{own[Col.DESCRIPTION]}",
            **named,
        }
    head, labelled = _labelled(text)
    problem = next((k for k in labelled if classify_header(k)[0] == (Col.DESCRIPTION,)), None)
    if problem is not None:  # （一）某某学校食堂。存在问题：…: the place, then its problem
        problem_text = labelled.pop(problem)
        head = f"{head}：{problem_text}" if head and problem_text else head or problem_text
    if labelled:  # 1. 问题…。责任单位：岳村乡人民政府。整改情况：已清理完毕。
        came = CAME_IN.search(head)  # 7月2日，评价人反映…。处理方式：限期5个工作日内解决: from that day
        dated = came is not None and not any(Col.FOUND in classify_header(k)[0] for k in labelled)
        return {
            Col.DESCRIPTION: head,
            **({RECEIVED_LABEL: came.group(1)} if came and dated else {}),
            **labelled,
        }
    sentences = [s.strip() for s in re.split(r"[。！!]", text) if s.strip()]
    # (督查组要求8月底前完成: no progress; nor （市经信委牵头负责，第三季度完成）)
    said = [
        s for s in sentences[1:] if not _asked(s) and not WHOLLY_BRACKETED.match(s) and not _sanctioned(s)
    ]
    told = TOLD_AFTER.search(sentences[0]) if sentences else None  # 关于…的建议（…），已于6月12日答复
    # the last sentence that tells how far it got (…已将案件移交公安机关立案侦查。…2024年年底前完成。: the
    # case moved on; the time given after it tells nothing of the work)
    progress = next((s for s in reversed(said) if parse_status(s)), said[-1] if said else "")
    if (
        not progress
        and (after := BRACKETED_AFTER.search(text))
        and parse_status(after.group(1))
        and not WHO_AND_WHEN.search(after.group(1))  # (（市经信委牵头负责，第三季度完成）: asked, not told)
    ):
        progress = after.group(1)  # …限7月18日前完成。（已整改）: how it went, added in brackets at the end
    if not progress and sentences and (answered := _answered_after_title(sentences[0])):
        return {Col.DESCRIPTION: text, **answered}
    return {
        Col.DESCRIPTION: text,
        # (one sentence that ends in how it went: …进行了彻底清理，并设置围挡，整改到位。)
        Col.PROGRESS: progress or (told.group(1) if told else "") or _told_last(text),
        **_time_from_day(text),
    }


def _told_last(text: str) -> str:
    """How it went, told at the end of an item of one sentence (…进行了彻底清理，并设置围挡，整改到位。) —
    not a time asked for it (责令7月15日前张贴到位, （市经信委牵头负责，2024年第三季度完成））."""
    told = told_at_end(text)
    asked = ASKED.match(told) and not ORDERED.match(told)  # (督查当日已责令现场整改完毕: done then and there)
    return "" if asked or WHO_AND_WHEN.search(told) else told


ORDERED = re.compile(r"^\S{0,8}?已(责令|要求)")


# 7月12日市民来电反映…，办理时限7个工作日: the time given, counted from the day it came in
TIME_GIVEN = re.compile(
    r"(?:办理|整改|办结|处置|答复)(?:时限|期限)(?:为)?\s*[:：]?\s*(\d{1,3}\s*个?(?:工作日|日|天))"
)
CAME_IN = re.compile(
    r"((?:\d{4}年)?\d{1,2}月\d{1,2}日)\S{0,8}?(?:来电|来信|来访|反映|投诉|举报|交办|转办|受理|派单)"
)
RECEIVED_LABEL, LIMIT_LABEL = "受理时间", "办理时限"


BRACKETED_AFTER = re.compile(r"[（(]([^（()）]{2,60})[）)]\s*[。]?\s*$")
WHO_AND_WHEN = re.compile(r"牵头|负责|配合|季度|年底|月底|\d\s*月\s*(\d{1,2}\s*日)?\s*前")


def _time_from_day(text: str) -> dict[str, str]:
    """An item that names the day it came in and the time given to handle it, in its own words: both, as
    the columns a ticket ledger gives them (受理时间 | 办理时限); {} when it does not name both."""
    given, came = TIME_GIVEN.search(text), CAME_IN.search(text)
    if given is None or came is None or came.start() > given.start():
        return {}
    return {RECEIVED_LABEL: came.group(1), LIMIT_LABEL: given.group(1)}


# 根据…代表提出的“关于…的建议”，市城市管理局建成…，该建议已落实: the title quoted, then what was done
AFTER_TITLE = re.compile(
    r"^[^“”]{0,30}“(?:关于[^“”]{2,60}|[^“”]{4,60}(?:建议|提案|议案|诉求|意见))”[^，,]{0,8}[，,](.+)$"
)
# the office that did it, first in a clause (市交通运输局会同市公安局…, 濮阳县人民政府暂时难以落实)
OFFICE_FIRST = re.compile(
    r"(?:^|[，,])\s*(?:由)?([^\s，。；,;:：“”（()）、]{2,18}?(?:人民政府|委员会|局|委|办|公司|中心|医院|支队|大队))(?![局委办司心院队员])"
)
HANDLED_BY = "承办单位"


def _answered_after_title(sentence: str) -> dict[str, str]:
    """A one-sentence account of a suggestion or case named by its quoted title: what follows the title is
    its progress, and the office first named there handles it. {} for any other sentence."""
    m = AFTER_TITLE.match(sentence)
    if m is None or not parse_status(m.group(1)):
        return {}
    office = OFFICE_FIRST.search(m.group(1))
    return {Col.PROGRESS: m.group(1), **({HANDLED_BY: office.group(1)} if office else {})}


# 游客量稀少…，给予严重警告，限期6个月整改（…前）: the finding and what it earned, no word on the work
SANCTIONED = re.compile(r"给予\S{0,8}(警告|批评|通报|处分|处罚)|(限期|责令)\S{0,10}整改")


def _sanctioned(sentence: str) -> bool:
    """A sentence that ends with the sanction or the order an item earned, nothing said after it."""
    ends = [m.end() for m in SANCTIONED.finditer(sentence)]
    if not ends or re.search(r"已|正在", sentence):  # (社区已下达限期整改通知书: a step taken)
        return False
    return not parse_status(sentence[ends[-1] :].lstrip("，,（(）)"))


def _asked(sentence: str) -> bool:
    """A sentence that asks (督查组要求8月10日前细化措施), not one that tells — an order followed by what
    came of it (督查时已现场责令清理，经7月25日复查已清理完毕) tells."""
    if not ASKED.match(sentence):
        return False
    return not any(parse_status(clause) for clause in re.split(r"[，,；;]", sentence)[1:])


def _numbered(text: str) -> list[str]:
    """The items of a numbered list written in one text, a line each (1. … 2. …), without their numbers."""
    return [m.group(2).strip() for line in text.splitlines() if (m := NUMBERED_TEXT.match(line))]


def _listed(blocks: list[dict[str, tuple[object, int]]]) -> list[dict[str, tuple[object, int]]]:
    """A block whose one text is a numbered list (检查发现问题及整改情况：1. … 2. …) holds an item per
    line: each with the block's other labels (场所名称 names the unit of them all)."""
    out: list[dict[str, tuple[object, int]]] = []
    for block in blocks:
        listed = next(
            (
                (label, lines, at)
                for label, (value, at) in block.items()
                if isinstance(value, str) and len(lines := _numbered(value)) >= 2 and not _steps(label)
            ),
            None,
        )
        if listed is None:
            out.append(block)
            continue
        label, lines, at = listed
        shared = {k: v for k, v in block.items() if k != label}
        out += [
            {**shared, **{k: (v, at) for k, v in _under(label, _list_item(line)).items()}} for line in lines
        ]
    return out


def _under(label: str, item: dict[str, str]) -> dict[str, str]:
    """A listed item's words under the label the list was written under, when that label names the
    problem (存在问题：1.… 2.…): one column with the cards that wrote a single problem there."""
    if (
        label == Col.DESCRIPTION
        or Col.DESCRIPTION not in item
        or classify_header(label)[0] != (Col.DESCRIPTION,)
    ):
        return item
    return {(label if k == Col.DESCRIPTION else k): v for k, v in item.items()}


def _steps(label: str) -> bool:
    """Whether a label's numbered lines are the steps taken on the block's item (整改主要工作及成效：
    1.制定方案… 2.建设… 成效：…), not items of their own: a label that names no problem."""
    targets = classify_header(label)[0]
    return bool(targets) and Col.DESCRIPTION not in targets


# A label the vocabulary knows, after a sentence ends, inside an item's line: 。责任单位：…
LABEL_IN_TEXT = re.compile(rf"(?:^|[。；;，,）)]\s*)({LABEL_CHARS}{{2,8}})[：:]")


# Labels in brackets after the item's words: …学位900个。（责任单位：市教育局；完成时限：8月底前）已完工。
BRACKETED = re.compile(r"[（(]([^（）()]{2,8}[：:][^（）()]*)[）)]")


def _unbracket(text: str) -> str:
    """Labels written in brackets read as sentences of their own, so the words after the bracket
    are the progress, not the last label's text."""

    def sentence(m: re.Match[str]) -> str:
        label = COLON.match(m.group(1))
        return f"。{m.group(1)}。" if label and _label(label.group(1)) is not None else m.group(0)

    return BRACKETED.sub(sentence, text)


def _labelled(text: str) -> tuple[str, dict[str, str]]:
    """An item's own words and the label：text pairs written after them in the same line. A label's
    text ends with its sentence: what follows the last one (…办理时限：3个月内。已于6月10日书面答复代表。)
    is the item's progress, unless a label says it."""
    text = _unbracket(text)
    found = [m for m in LABEL_IN_TEXT.finditer(text) if m.start() > 0 and _label(m.group(1)) is not None]
    if not found:
        return text, {}
    parts: dict[str, str] = {}
    rest = due = ""
    tasks: list[str] = []
    for m, after in zip(found, [*found[1:], None], strict=True):
        value = _trimmed(text[m.end() : after.start(1) if after else len(text)])
        if after is None and "。" in value:
            if not _told_on(m.group(1), value):
                value, _, rest = value.partition("。")
            elif other := NEXT_LABEL.search(
                value
            ):  # …已销号。剩余工作：无。下一步计划：…: labels of no column
                value = value[: other.start()].rstrip("。")
        value, said, task = _due_after(m.group(1), value.strip())
        parts.setdefault(m.group(1), value)
        due = due or said  # （牵头单位：市住建局；责任单位：市自然资源和规划局，年底前完成）
        tasks.append(task)
    told = {t for label in parts for t in classify_header(label)[0]}
    if due and Col.DEADLINE not in told:
        parts[DUE_LABEL] = due
    if (task := "；".join(filter(None, tasks))) and Col.MEASURES not in told:
        parts[Col.MEASURES] = task  # what the unit is to do
    if not rest.strip() and not told & {Col.PROGRESS, Col.STATUS}:
        # 整改措施：街道已将借用情况书面报区安置房管理办公室研究处置: what was done, told as the measure
        done = [
            v for k, v in parts.items() if Col.MEASURES in classify_header(k)[0] and DONE_AS_MEASURE.match(v)
        ]
        if done:
            parts[Col.PROGRESS] = done[0]
    if rest.strip() and not told & {Col.PROGRESS, Col.STATUS}:
        parts[Col.PROGRESS] = rest.strip().rstrip("。；;")
    return _trimmed(text[: found[0].start(1)]), parts


# A sentence that opens with a label of its own (。剩余工作：无): another part of the record, not the progress.
NEXT_LABEL = re.compile(r"(?<=。)[^，,。；;：:\s]{2,8}[：:]")


def _told_on(label: str, value: str) -> bool:
    """Whether a progress label's text goes on past its first sentence: it does, whether that sentence
    says nothing of how far the item got (整改情况：该问题由…负责整改，整改时限为…。目前已拨付52万元…) or
    gives the verdict the rest accounts for (整改情况：暂未整改到位。施工单位…有异议，…正在协调中。) — all of it
    is the progress."""
    return bool({Col.PROGRESS, Col.STATUS} & set(classify_header(label)[0]))


DUE_LABEL = "完成时限"


def _due_after(label: str, value: str) -> tuple[str, str, str]:
    """A unit label's text, the deadline written after it behind a comma (市公安局，6月底完成), and
    what the unit is to do between them (清丰县实验小学，在全校开展专项整顿，8月底前完成): (the unit's
    text, the deadline or "", the task or "")."""
    if Col.UNIT not in classify_header(label)[0]:
        return value, "", ""
    head, comma, tail = value.rpartition("，")
    due = ""
    if comma and parse_date(tail.strip(), None).kind in DEADLINE_KINDS:
        value, due = head, tail
    name, comma, task = value.partition("，")
    if comma and OFFICE_END.search(name) and len(task) >= 4 and not OFFICE_END.search(task):
        return name, due, task  # (市住建局，市自然资源和规划局: two offices, no task)
    return value, due, ""


DONE_AS_MEASURE = re.compile(r"^[^，。；,;]{0,8}?已")  # 街道已将…: a step taken, not one asked
OFFICE_END = re.compile(
    r"(学校|小学|中学|学院|大学|幼儿园|医院|卫生院|局|委员会|委|办公室|中心|公司|集团|政府|办事处|街道|社区|村|站|所)$"
)


def _trimmed(text: str) -> str:
    """Text without the punctuation that ends it, nor a closing bracket opened before it began."""
    text = text.strip().rstrip("。；;，,")
    while text[-1:] in ("）", ")") and sum(map(text.count, "（(")) < sum(map(text.count, "）)")):
        text = text[:-1].rstrip("。；;，,")
    return text


# Letters one after another (责令改正通知书, 督办函, 整改通知 …), each to its addressee.
ADDRESSED = re.compile(r"^(?P<name>[^\s：:，,。；;、]{2,30})[：:]$")
SEPARATOR = re.compile(r"^[—\-－_=＝─━·.…*＊\s]{4,}$")
SIGNED = re.compile(r"[（(]\s*(公章|盖章|印章)\s*[）)]\s*$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
LETTER_BODY = (Col.DESCRIPTION, Col.MEASURES)  # the letter's first paragraph, then the ones after it


def read_letters(grid: Sequence[Sequence[object]]) -> Form | None:
    """Items written as letters one after another (责令改正通知书 …), when a document holds no table:
    each letter names its addressee on a line of its own (清丰县福满园饭店：) — the unit; its first
    paragraph says what is wrong, the next ones what must be done by when, until it is signed (…局
    （公章）, a date); a labelled line after it (复查情况：7月16日复查，…) tells what came of it."""
    letters: list[dict[str, tuple[object, int]]] = []
    preamble: list[list[object]] = []
    signed = False
    for r, row in enumerate(grid):
        text = _lone(row)
        if text is None:
            continue
        if m := ADDRESSED.match(text):
            letters.append({Col.UNIT: (m.group("name"), r + 1)})
            signed = False
        elif not letters:
            preamble.append(list(row))
        elif SIGNED.search(text) or SEPARATOR.match(text):
            signed = True
        elif (said := COLON.match(text)) and classify_header(said.group(1))[0]:
            letters[-1].setdefault(said.group(1).strip(), (said.group(2).strip(), r + 1))
        elif not signed:
            column = next((c for c in LETTER_BODY if c not in letters[-1]), Col.MEASURES)
            before = letters[-1].get(column, ("", 0))[0]
            letters[-1][column] = (f"{before}\n{text}" if before else text, r + 1)
    letters = [letter for letter in letters if Col.DESCRIPTION in letter]
    return _form_of(letters, preamble) if len(letters) >= 2 else None  # (each at its addressee's line)


# The title of an answer to a suggestion or a proposal (关于张建华代表增加城区公办幼儿园学位建议的答复).
ANSWER_TITLE = re.compile(r"^关于\S{2,60}?(建议|提案|议案|意见|来信|诉求)\S{0,6}?的(答复|复函|回复)(函)?$")
RESULT_CLASS = re.compile(
    r"^\s*(?:(?:分类|类别|办理类别|答复类别|办理结果)\s*[:：]\s*)?([A-Da-d])\s*类?\s*$"
)  # the class of an answer's result, alone over it (A, 分类：A)
# A letter's title that names the suggestion by its number only (关于对…第112号建议的答复), and the title
# the body names it by (…提出的《关于加强背街小巷路灯管护的建议》（第112号）收悉).
NUMBERED_ONLY = re.compile(r"第\s*\d+\s*号(建议|提案|议案)的(答复|复函|回复)")
SUGGESTION_NAMED = re.compile(r"《(关于[^》]{2,60}?(建议|提案|议案))》")
LETTER_NUMBER = re.compile(r"〔\d{4}〕\s*\d+\s*号$")  # 濮教函〔2024〕31号
CONTACT = re.compile(r"^(联系人|联系电话|承办人|经办人)")


def read_answers(grid: Sequence[Sequence[object]]) -> Form | None:
    """A bundle of answer letters (关于张建华代表…建议的答复, each under its 文号 and the class of its result,
    A/B/C, as the bundle's note defines them): each letter is an item — the suggestion its title
    names, what its body says was done, the class (办理结果类别) over it. The proposer it is addressed to is
    no unit: the office that answers is. None unless two letters at least."""
    letters: list[dict[str, tuple[object, int]]] = []
    preamble: list[list[object]] = []
    marked: str | None = None  # the class over the next title (A), since the last letter
    for r, row in enumerate(grid):
        text = _lone(row)
        if text is None:
            continue
        if ANSWER_TITLE.match(text):
            letters.append({Col.DESCRIPTION: (text, r + 1)})
            if marked:
                letters[-1][RESULT_CLASS_LABEL] = (f"{marked}类", r + 1)
            marked = None
        elif m := RESULT_CLASS.match(text):
            marked = marked or m.group(1).upper()
        elif LETTER_NUMBER.search(text):
            continue  # 濮教函〔2024〕31号
        elif not letters:
            preamble.append(list(row))
        elif not (
            ADDRESSED.match(text) or SIGNED.search(text) or CONTACT.match(text) or DATE_LINE.match(text)
        ):
            title, at = letters[-1][Col.DESCRIPTION]
            if NUMBERED_ONLY.search(str(title)) and (named := SUGGESTION_NAMED.search(text)):
                # 关于对…第112号建议的答复 over 你…提出的《关于加强背街小巷路灯管护的建议》收悉: that suggestion
                letters[-1][Col.DESCRIPTION] = (f"{named.group(1)}（{title}）", at)
                continue
            before = letters[-1].get(Col.PROGRESS, ("", 0))[0]
            letters[-1][Col.PROGRESS] = (f"{before}\n{text}" if before else text, r + 1)
    return _form_of(letters, preamble) if len(letters) >= 2 else None


RESULT_CLASS_LABEL = "办理结果"  # (A类, B类: its class, as the note defines them)


# A line that names a problem, a dash, then what was done on it (荷花池北侧临水护栏缺失约6米——已设置临时围挡…).
DASHED = re.compile(r"\s*(?P<what>[^—－\-]{4,120}?)\s*(?:——|—|－－|--)\s*(?P<told>[^—－\-\s].{0,200})")


def read_dashed(grid: Sequence[Sequence[object]]) -> Form | None:
    """Items written one to a line with no number, each a problem, a dash and how far it got (a park's
    report: 儿童游乐区滑梯扶手螺栓松动——已紧固，已整改): the longest run of such lines whose part after the
    dash tells of progress, three at least; the lines above are the preamble."""
    runs: list[list[tuple[int, re.Match[str]]]] = [[]]
    for r, row in enumerate(grid):
        cells = [v for v in row if v not in ("", None)]
        m = DASHED.fullmatch(cells[0]) if len(cells) == 1 and isinstance(cells[0], str) else None
        if m is not None and parse_status(m.group("told")) is not None:
            runs[-1].append((r, m))
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    if len(run) < 3:
        return None
    rows: list[dict[str, str]] = [
        {Col.DESCRIPTION: m.group("what"), Col.PROGRESS: m.group("told").strip()} for _, m in run
    ]
    preamble = [list(row) for row in grid[: run[0][0]]]
    return _listed_form(rows, [r + 1 for r, _ in run], preamble, run[-1][0] + 1)


# Questions put to offices and their answers, one after the other (a hotline's or a column's round-up):
# 【1】交办时间：2024年7月2日 / 听友反映：… / 华龙区胜利路街道办事处回复：….
HANDED_LINE = re.compile(
    r"^\s*(?:【\d{1,3}】)?\s*(?P<label>(?:交办|受理|留言|来电|来信|反映)(?:时间|日期))\s*[:：]\s*(?P<text>\S.*)$"
)
ASKED_LINE = re.compile(
    r"^\s*(?:【\d{1,3}】)?\s*[^\s：:，。；;]{0,6}?(?:反映|留言|来信|来电|诉求|投诉|咨询|提问|问)\s*[:：]\s*(?P<text>\S.*)$",
    re.S,
)
ANSWER_LINE = re.compile(
    r"^\s*(?P<who>[^\s：:，。；;]{2,24}?)(?:的)?(?:回复|答复|回应)\s*[:：]\s*(?P<text>\S.*)$", re.S
)


# An account that starts with the office that took a case up (华龙区城市管理局接件后，于7月10日…).
TOOK_CASE = re.compile(
    r"^\s*(?P<who>[^\s，。；;：:]{2,24}?(?:局|委|委员会|办公室|中心|支队|大队|公司|人民政府|办事处|站|所))"
    r"(?:接件|接单|接诉|接到\S{0,6}?|收到\S{0,6}?)后\s*[，,]"
)


def read_replies(grid: Sequence[Sequence[object]]) -> Form | None:
    """Questions and the answers of the offices asked (听友反映：… then 华龙区胜利路街道办事处回复：…): each
    question with its answer is an item; the office that answers handles it, and its answer tells how far
    the item got. The day a question was handed over (交办时间) is kept as the event it is."""
    rows: list[dict[str, str]] = []
    at: list[int] = []
    preamble: list[list[object]] = []
    asked: dict[str, str] = {}
    asked_at = end = 0
    for r, row in enumerate(grid):
        lone = _lone(row)
        if lone is None:
            if not rows and not asked and any(v not in ("", None) for v in row):
                preamble.append(list(row))
            continue
        if handed := HANDED_LINE.match(lone):
            asked = {handed.group("label"): handed.group("text").strip()}
        elif question := ASKED_LINE.match(lone):
            # (反映：路灯损坏影响市民出行    处理：维修 — the heading's own second label is no part of it)
            asked[Col.DESCRIPTION] = re.split(r"\s{2,}|\u3000+", question.group("text").strip())[0]
            asked_at = r + 1
        elif (took := TOOK_CASE.match(lone)) and Col.DESCRIPTION in asked:
            # 濮阳县住房和城乡建设局接件后，立即安排…: the office that took the case up, and what it did
            rows.append({**asked, Col.UNIT: took.group("who"), Col.PROGRESS: lone})
            at.append(asked_at)
            end, asked = r + 1, {}
        elif (
            (answer := ANSWER_LINE.match(lone))
            and Col.DESCRIPTION in asked
            and (ORG.search(answer.group("who")) or answer.group("who").endswith("办事处"))
        ):
            rows.append({**asked, Col.UNIT: answer.group("who"), Col.PROGRESS: answer.group("text").strip()})
            at.append(asked_at)
            end, asked = r + 1, {}
        elif not rows and not asked:
            preamble.append(list(row))
    if len(rows) < 2:
        return None
    return _listed_form(rows, at, preamble, end)
