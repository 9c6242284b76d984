"""The ledger model: every column and sheet the tool reads or writes, declared once.

A ``Column`` *is* its Chinese label (a ``str``), so ``frame[Col.STATUS]`` and a header read from a
workbook compare equal, and it carries what the rest of the code needs to know about it: its
domain name (the attribute name in ``Col``), its role, its type, and how the master workbook lays
it out (width in Excel units, wrapped, folded away in 总台账, editable by a unit in the round
trip). The tuples below (the canonical ledger, the derived and provenance columns, each sheet's
columns) are built from these declarations, and a test makes sure no other module spells a label
out again (tests/test_model.py).

The header spellings units use (aliases), status words and the unit directory are the vocabulary
of schema.py; this module is what the tool itself writes.
"""

from __future__ import annotations

from typing import Any

# Roles: where a column comes from.
CANONICAL = "canonical"  # a column of the ledger as units report it
DERIVED = "derived"  # worked out from what the unit wrote (状态归类, 预计完成时间 …)
PROVENANCE = "provenance"  # where a row was read (file, sheet, row)
METRIC = "metric"  # added by the figures (是否超期, 剩余天数 …)
RECORD = "record"  # a column of one of the master's own tables (校验问题, 单位统计, 说明 …)

# Types: how values are written and read back.
TEXT, DATE, INT, PERCENT, FLAG = "text", "date", "int", "percent", "flag"


class Column(str):
    """A column: its label (the string itself) and what the model knows about it."""

    key: str  # the domain name, set from the attribute name in ``Col``
    role: str
    kind: str
    width: int
    wrap: bool
    folded: bool
    editable: bool
    locked: bool

    def __new__(
        cls,
        label: str,
        role: str = RECORD,
        kind: str = TEXT,
        width: int | None = None,
        wrap: bool = False,
        folded: bool = False,
        editable: bool = False,
        locked: bool = False,
    ) -> Column:
        column = super().__new__(cls, label)
        column.key = ""
        column.role, column.kind, column.wrap = role, kind, wrap
        column.width = width if width is not None else default_width(label)
        column.folded, column.editable, column.locked = folded, editable, locked
        return column

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name.lower()

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))  # a copy (pickle, deepcopy) is the plain label


def default_width(label: str) -> int:
    """Width of a column the model does not know (a unit's or a clerk's own): by its header."""
    return max(8, min(16, len(label) * 2 + 3))


class Col:
    """Every column, by domain name. Canonical columns in the order 总台账 shows them."""

    # The ledger as units report it (canonical), in the master's order.
    ID = Column("问题编号", CANONICAL, width=9, locked=True)
    UNIT = Column("责任单位", CANONICAL, width=16)
    DEPARTMENT = Column("责任部门", CANONICAL, width=9)
    SOURCE = Column("问题来源", CANONICAL, width=8)
    CATEGORY = Column("问题类别", CANONICAL, width=9)
    DESCRIPTION = Column("问题描述", CANONICAL, width=26, wrap=True, locked=True)
    FOUND = Column("发现时间", CANONICAL, DATE, width=10)
    MEASURES = Column("整改措施", CANONICAL, width=20, wrap=True, editable=True)
    DEADLINE = Column("整改时限", CANONICAL, DATE, width=10)
    STATUS = Column("整改状态", CANONICAL, width=9, editable=True)
    DONE_ON = Column("完成时间", CANONICAL, DATE, width=10, editable=True)
    OWNER = Column("责任人", CANONICAL, width=7, editable=True)
    LEADER = Column("责任领导", CANONICAL, width=8)
    PROGRESS = Column("整改进展", CANONICAL, width=16, wrap=True, editable=True)
    CLOSEOUT = Column("销号情况", CANONICAL, width=8, editable=True)
    REMARK = Column("备注", CANONICAL, width=10, wrap=True, editable=True)

    # Worked out from what the unit wrote; the flags and the unit's own words are folded away.
    EXPECTED = Column("预计完成时间", DERIVED, DATE, width=10)
    DEADLINE_TEXT = Column("整改时限原文", DERIVED, folded=True)
    DEADLINE_KIND = Column("时限类型", DERIVED, folded=True)
    STATE = Column("状态归类", DERIVED, width=8)
    VERIFIED = Column("是否销号", DERIVED, FLAG, folded=True)
    UNIT_TEXT = Column("单位原文", DERIVED, folded=True)
    REPORTED_ON = Column("填报日期", DERIVED, DATE, folded=True)
    MERGED_CELLS = Column("合并单元格", DERIVED, folded=True)

    # Where each row was read.
    FILE = Column("来源文件", PROVENANCE, width=14, wrap=True)
    SHEET = Column("来源工作表", PROVENANCE, folded=True)
    ROW = Column("来源行", PROVENANCE, INT, width=6)

    # Added by the figures (metrics.classify_items); _num/_den are the rate's parts, never shown.
    STATE_CODE = Column("状态代码", METRIC)
    DUE = Column("有效时限", METRIC, DATE)
    OVERDUE = Column("是否超期", METRIC, FLAG, folded=True)
    DAYS_OVERDUE = Column("超期天数", METRIC, INT, width=8)
    DUE_SOON = Column("是否临期", METRIC, FLAG, folded=True)
    DAYS_LEFT = Column("剩余天数", METRIC, INT)
    NUM = Column("_num", METRIC, INT)
    DEN = Column("_den", METRIC, INT)

    # 未采用行: rows left out, with what happened and what the unit wrote.
    ACTION = Column("处理")
    REASON = Column("原因", width=30, wrap=True)
    ORIGINAL = Column("原始内容", width=52, wrap=True)

    # 校验问题: one row per problem.
    LEVEL = Column("级别", width=6)
    CODE = Column("问题类型", width=16)
    FILE_NAME = Column("文件", width=24, wrap=True)
    SHEET_NAME = Column("工作表", width=10)
    ROW_NUMBER = Column("行号", INT, width=6)
    COLUMN = Column("列", width=10)
    VALUE = Column("原值", width=16, wrap=True)
    MESSAGE = Column("说明", width=44, wrap=True)  # on the first page, with file, sheet and row

    # 变更记录 of the round trip (also 问题编号, 责任单位, 原值, 来源文件, 来源行).
    APPLIED_AT = Column("应用时间")
    FIELD = Column("字段")
    NEW_VALUE = Column("新值")

    # 单位统计 and 变化情况: figures per unit.
    RANK = Column("排名", INT)
    UNIT_NAME = Column("单位", width=20)
    ITEMS = Column("问题数", INT)
    DONE = Column("已完成", INT)
    IN_PROGRESS = Column("整改中", INT)
    NOT_STARTED = Column("未整改", INT)
    LONG_TERM = Column("长期坚持", INT)
    OVERDUE_N = Column("超期", INT)
    DUE_SOON_N = Column("临期", INT)
    RATE = Column("完成率", kind=PERCENT)
    WARNING = Column("预警")
    RATE_NOW = Column("本期完成率", kind=PERCENT)
    RATE_BEFORE = Column("上期完成率", kind=PERCENT)
    RATE_CHANGE = Column("变化（百分点）")
    CHANGE = Column("变化")
    OLD_DEADLINE = Column("原时限")
    NEW_DEADLINE = Column("新时限")
    SEQ = Column("序号", INT)  # 超期清单's row counter
    SILENT_UNIT = Column("未报送单位")  # 未报送 (the round trip)

    # 说明: 项目/内容, then the files read.
    # 说明's two columns also hold the file list (文件, 单位): their widths are the sheet's.
    ITEM = Column("项目", width=30)
    CONTENT = Column("内容", width=50, wrap=True)
    ROWS_READ = Column("读入行数", INT)
    MERGED = Column("合并", INT)
    REJECTED = Column("退回", INT)
    SUPERSEDED = Column("被替代", INT)
    OUTCOME = Column("处理结果")

    # 读取情况: how each return was read, a block per file and sheet (文件, 工作表, then these);
    # the widths add up to a landscape A4 page.
    ASPECT = Column("读取项", width=9)
    WRITTEN = Column("原文", width=18, wrap=True)
    READ_AS = Column("读作", width=18, wrap=True)
    HOW_READ = Column("依据", width=16, wrap=True)
    SAMPLE = Column("样例", width=24, wrap=True)
    TO_CONFIRM = Column("待确认", width=7)


ALL: tuple[Column, ...] = tuple(v for v in vars(Col).values() if isinstance(v, Column))
BY_LABEL: dict[str, Column] = {str(c): c for c in ALL}


def _role(role: str) -> tuple[Column, ...]:
    return tuple(c for c in ALL if c.role == role)


def width(label: str) -> int:
    """The width a column gets in the master (Excel character units)."""
    column = BY_LABEL.get(label)
    return column.width if column is not None else default_width(label)


COLUMNS = _role(CANONICAL)
DATE_COLUMNS = tuple(c for c in COLUMNS if c.kind == DATE)
DERIVED_COLUMNS = _role(DERIVED)
PROVENANCE_COLUMNS = _role(PROVENANCE)
LEDGER_COLUMNS = (*COLUMNS, *DERIVED_COLUMNS, *PROVENANCE_COLUMNS)
METRIC_COLUMNS = _role(METRIC)
WRAP = frozenset(c for c in ALL if c.wrap)
PERCENTS = frozenset(c for c in ALL if c.kind == PERCENT)
# Dates: every column written as a date, and those of the ledger the master reads back as dates.
DATES = frozenset(c for c in ALL if c.kind == DATE)
SHOWN_DATES = tuple(c for c in LEDGER_COLUMNS if c.kind == DATE)
# What a unit may change on its own items in the round trip; what it may not touch.
# (UPDATABLE's order is the order of a change log's lines for one item.)
UPDATABLE = (Col.STATUS, Col.PROGRESS, Col.DONE_ON, Col.MEASURES, Col.OWNER, Col.CLOSEOUT, Col.REMARK)
assert {*UPDATABLE} == {c for c in ALL if c.editable}
LOCKED = tuple(c for c in ALL if c.locked)

# The sheets' columns.
# 总台账: the ledger in the order a clerk reads it, then the folded columns (an outline a clerk opens
# with "+"), so the printout stays readable.
LEDGER_VIEW = (*COLUMNS, Col.STATE, Col.DAYS_OVERDUE, Col.EXPECTED, Col.FILE, Col.ROW)
AUDIT = (
    Col.OVERDUE,
    Col.DUE_SOON,
    Col.SHEET,
    Col.DEADLINE_TEXT,
    Col.DEADLINE_KIND,
    Col.VERIFIED,
    Col.UNIT_TEXT,
    Col.REPORTED_ON,
    Col.MERGED_CELLS,
)
assert {*AUDIT} == {c for c in ALL if c.folded}
UNIT_STATS = (
    Col.RANK,
    Col.UNIT_NAME,
    Col.ITEMS,
    Col.DONE,
    Col.IN_PROGRESS,
    Col.NOT_STARTED,
    Col.LONG_TERM,
    Col.OVERDUE_N,
    Col.DUE_SOON_N,
    Col.RATE,
    Col.WARNING,
)
OVERDUE_LIST = (
    Col.SEQ,
    Col.WARNING,
    Col.UNIT,
    Col.ID,
    Col.DESCRIPTION,
    Col.DEADLINE,
    Col.DAYS_OVERDUE,
    Col.DAYS_LEFT,
    Col.STATUS,
    Col.PROGRESS,
    Col.OWNER,
    Col.FILE,
    Col.ROW,
)
PROBLEM_COLUMNS = (
    Col.LEVEL,
    Col.CODE,
    Col.FILE_NAME,
    Col.SHEET_NAME,
    Col.ROW_NUMBER,
    Col.COLUMN,
    Col.VALUE,
    Col.MESSAGE,
)
REJECTED_COLUMNS = (Col.FILE, Col.SHEET, Col.ROW, Col.ACTION, Col.REASON, Col.ORIGINAL)
CHANGE_COLUMNS = (
    Col.APPLIED_AT,
    Col.ID,
    Col.UNIT,
    Col.FIELD,
    Col.VALUE,
    Col.NEW_VALUE,
    Col.FILE,
    Col.ROW,
)
RATE_CHANGES = (Col.UNIT_NAME, Col.RATE_NOW, Col.RATE_BEFORE, Col.RATE_CHANGE)
ITEM_CHANGES = (Col.CHANGE, Col.UNIT_NAME, Col.ID, Col.DESCRIPTION, Col.OLD_DEADLINE, Col.NEW_DEADLINE)
ABOUT_COLUMNS = (Col.ITEM, Col.CONTENT)
FILE_COLUMNS = (
    Col.FILE_NAME,
    Col.UNIT_NAME,
    Col.ROWS_READ,
    Col.MERGED,
    Col.REJECTED,
    Col.SUPERSEDED,
    Col.OUTCOME,
)
READING_COLUMNS = (
    Col.FILE_NAME,
    Col.SHEET_NAME,
    Col.ASPECT,
    Col.WRITTEN,
    Col.READ_AS,
    Col.HOW_READ,
    Col.SAMPLE,
    Col.TO_CONFIRM,
)
MANIFEST_COLUMNS = (Col.UNIT, Col.FILE_NAME, Col.ITEMS, Col.ID)


class Sheet:
    """The sheets the tool writes."""

    LEDGER = "总台账"
    UNITS = "单位统计"
    OVERDUE = "超期清单"
    PROBLEMS = "校验问题"
    REJECTED = "未采用行"
    READING = "读取情况"
    CHANGES = "变化情况"
    CHANGE_LOG = "变更记录"
    SILENT = "未报送"
    ABOUT = "说明"
    SENT = "下发原值"  # (very hidden) per item, what the unit last saw or said: a three-way merge's base
    RETURN = "整改台账"  # the sheet of a return the round trip sends a unit
    MANIFEST = "下发清单"


# The sheets of a master in the order write_master writes them; any other sheet is the clerk's.
OWN_SHEETS = (
    Sheet.LEDGER,
    Sheet.UNITS,
    Sheet.OVERDUE,
    Sheet.PROBLEMS,
    Sheet.REJECTED,
    Sheet.READING,
    Sheet.CHANGES,
    Sheet.CHANGE_LOG,
    Sheet.SILENT,
    Sheet.ABOUT,
    Sheet.SENT,
)
# 下发原值: an item's ID and, as text, the values of the return's columns a unit may change.
SENT_COLUMNS = (Col.ID, *UPDATABLE, Col.DEADLINE)


class About:
    """The 项目 of 说明 that the tool reads back."""

    AS_OF = "统计截止日"
    MADE = "生成时间"
    FILES = "读取文件数"
    READ = "读入行数"
    MERGED = "合并行数"
    REJECTED = "退回行数"
    SUPERSEDED = "被替代行数"
    CHECK = "核对"
    ERRORS = "错误数"
    WARNINGS = "提示数"
    INPUT = "来源目录"
    NOTE = "注意"
