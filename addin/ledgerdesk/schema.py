"""The ledger's vocabulary: canonical columns, header aliases, status words, the unit directory.

Data, not logic: every table here is what a clerk would recognise from the returns. A clerk
extends the unit directory by editing 单位名录.csv (see ``load_units``); the other tables change
with the code, because tests pin their behaviour.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Canonical columns, in the order the master ledger shows them.
COLUMNS: tuple[str, ...] = (
    "问题编号",
    "责任单位",
    "问题来源",
    "问题类别",
    "问题描述",
    "发现时间",
    "整改措施",
    "整改时限",
    "整改状态",
    "完成时间",
    "责任人",
    "责任领导",
    "整改进展",
    "销号情况",
    "备注",
)

# A sheet is a ledger only if it has these; a row is kept only if 问题描述 is filled.
REQUIRED: tuple[str, ...] = ("问题描述", "整改状态")

DATE_COLUMNS: tuple[str, ...] = ("发现时间", "整改时限", "完成时间")

# Header spellings seen in returns, after ``clean_header`` (no spaces, no brackets, no 必填 marks).
# Columns that are recognised but not kept as their own canonical column map to a name starting
# with "_": 序号 is a row counter, 填报单位 as a column names the reporting unit of each row.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "问题编号": ("问题编号", "问题序号", "台账编号", "问题id", "id"),
    "责任单位": (
        "责任单位",
        "整改责任单位",
        "牵头单位",
        "责任部门",
        "牵头责任单位",
        "主责单位",
        "承办单位",
        "单位名称",
        "单位",
    ),
    "问题来源": ("问题来源", "来源", "发现途径", "问题出处", "体验活动"),
    "问题类别": ("问题类别", "问题类型", "类别", "类型", "问题分类"),
    "问题描述": (
        "问题描述",
        "存在问题",
        "反馈问题",
        "隐患问题描述",
        "问题内容",
        "具体问题",
        "问题清单",
        "发现问题",
        "主要问题",
        "问题",
    ),
    "发现时间": ("发现时间", "发现日期", "体验时间", "交办时间", "交办日期", "体验日期"),
    "整改措施": ("整改措施", "整改要求", "整改举措", "整改方案", "措施"),
    "整改时限": ("整改时限", "完成时限", "整改期限", "化解时限", "时限", "计划完成时间", "办结时限"),
    "整改状态": (
        "整改状态",
        "当前状态",
        "完成情况",
        "整改情况",
        "整改结果",
        "状态",
        "是否完成",
        "是否整改到位",
    ),
    "完成时间": (
        "完成时间",
        "整改完成日期",
        "整改完成时间",
        "办结时间",
        "实际完成时间",
        "完成日期",
        "销号时间",
    ),
    "责任人": ("责任人", "具体责任人", "联系人", "经办人"),
    "责任领导": ("责任领导", "分管领导", "包案领导", "牵头领导"),
    "整改进展": ("整改进展", "进展情况", "工作进展", "推进情况", "整改进展情况", "进展"),
    "销号情况": ("销号情况", "是否销号", "销号"),
    "备注": ("备注", "说明", "其他"),
    "_序号": ("序号", "序", "no", "编号"),  # 编号 alone is how units number their rows
    "_填报单位": ("填报单位",),
}


@lru_cache(maxsize=16384)
def clean_header(text: object) -> str:
    """A header cell as comparable text: no whitespace, brackets, hints or required marks."""
    s = str(text or "")
    s = re.sub(r"[（(][^）)]*[）)]", "", s)  # （必填）(YYYY-MM-DD) 〔单位〕 hints
    s = re.sub(r"[\s*＊:：、/／\\]+", "", s)
    return s.lower()


HEADER_LOOKUP: dict[str, str] = {
    clean_header(alias): column for column, aliases in HEADER_ALIASES.items() for alias in aliases
}
# Longest aliases first, so that "完成时限" wins over "时限" when a header merely contains them.
HEADER_CONTAINS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((a, c) for a, c in HEADER_LOOKUP.items() if len(a) >= 2 and not c.startswith("_")),
        key=lambda pair: -len(pair[0]),
    )
)

# ---------------------------------------------------------------------------------------------
# Status: four canonical states; the unit's own words are always kept next to them.
DONE, IN_PROGRESS, NOT_STARTED, LONG_TERM = "done", "in_progress", "not_started", "long_term"
STATES: tuple[str, ...] = (DONE, IN_PROGRESS, NOT_STARTED, LONG_TERM)
STATE_LABELS: dict[str, str] = {
    DONE: "已完成",
    IN_PROGRESS: "整改中",
    NOT_STARTED: "未整改",
    LONG_TERM: "长期坚持",
}

STATUS_WORDS: dict[str, str] = {
    # done; 销号 means done and verified, reported separately by ``VERIFIED_WORDS``
    "已完成": DONE,
    "完成": DONE,
    "已整改": DONE,
    "完成整改": DONE,
    "已完成整改": DONE,
    "整改完成": DONE,
    "已办结": DONE,
    "办结": DONE,
    "已解决": DONE,
    "已整改到位": DONE,
    "整改到位": DONE,
    "已整改销号": DONE,
    "已销号": DONE,
    "销号": DONE,
    "是": DONE,
    "立行立改": DONE,
    "已立行立改": DONE,
    # in progress; 基本完成 is NOT done in published rates
    "正在整改": IN_PROGRESS,
    "整改中": IN_PROGRESS,
    "持续整改": IN_PROGRESS,
    "正在办理": IN_PROGRESS,
    "办理中": IN_PROGRESS,
    "按序时推进": IN_PROGRESS,
    "序时推进": IN_PROGRESS,
    "部分整改": IN_PROGRESS,
    "基本完成": IN_PROGRESS,
    "推进中": IN_PROGRESS,
    "申请延期": IN_PROGRESS,
    "已申请延期": IN_PROGRESS,
    "延期": IN_PROGRESS,
    # not done
    "未整改": NOT_STARTED,
    "未启动": NOT_STARTED,
    "未完成": NOT_STARTED,
    "进展滞后": NOT_STARTED,
    "尚未整改": NOT_STARTED,
    "未开始": NOT_STARTED,
    "否": NOT_STARTED,
    # long-term
    "长期坚持": LONG_TERM,
    "立行立改长期坚持": LONG_TERM,
    "长期": LONG_TERM,
    "持续推进长期坚持": LONG_TERM,
    "常态化推进": LONG_TERM,
}
VERIFIED_WORDS: tuple[str, ...] = ("已整改销号", "已销号", "销号")
EXTENSION_WORDS: tuple[str, ...] = ("申请延期", "已申请延期", "延期")


# ---------------------------------------------------------------------------------------------
# Units
@dataclass(frozen=True)
class Unit:
    name: str  # 全称, the canonical name
    code: str  # short ASCII code, used for problem IDs
    aliases: tuple[str, ...] = ()


@dataclass
class UnitDirectory:
    """All known units and every way a return may spell them."""

    units: list[Unit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lookup: dict[str, Unit] = {}
        for unit in self.units:
            for spelling in (unit.name, *unit.aliases):
                self._lookup[_unit_key(spelling)] = unit
        # Longest spellings first for finding a unit inside free text (a file name, a title).
        self._by_length = sorted(self._lookup.items(), key=lambda kv: -len(kv[0]))

    def resolve(self, text: object) -> Unit | None:
        """The unit a cell names exactly (ignoring spaces and a leading city name)."""
        key = _unit_key(text)
        return self._lookup.get(key) if key else None

    def find_in(self, text: object) -> Unit | None:
        """The unit whose name or alias appears inside free text, longest spelling first."""
        key = _unit_key(text)
        if not key:
            return None
        for spelling, unit in self._by_length:
            if len(spelling) >= 3 and spelling in key:
                return unit
        return None

    def __len__(self) -> int:
        return len(self.units)


CITY_PREFIX = re.compile(r"^濮阳市")


def _unit_key(text: object) -> str:
    s = re.sub(r"\s+", "", str(text or ""))
    s = CITY_PREFIX.sub("市", s) if not s.startswith("国家") else s
    return s


def load_units(path: str | Path) -> UnitDirectory:
    """Read a unit directory CSV (UTF-8 with or without BOM): 单位全称, 简称 (、-separated), 单位代码."""
    units = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            name = (rec.get("单位全称") or "").strip()
            if not name:
                continue
            aliases = tuple(a.strip() for a in re.split(r"[、,，;；]", rec.get("简称") or "") if a.strip())
            units.append(Unit(name=name, code=(rec.get("单位代码") or "").strip(), aliases=aliases))
    return UnitDirectory(units)
