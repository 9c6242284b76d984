"""One settings object, from a TOML file or from the 设置 sheet of the control workbook.

Every setting has a default and a Chinese label and description (``SETTINGS``), so the 设置 sheet,
the TOML file and the docs say the same thing. Offices differ in how they count: the completion
rate's denominator and the treatment of 长期坚持 items are settings, not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import python_calamine

from ..errors import LedgerdeskError
from ..model import COLUMNS, About, Col
from .progress import UNREPORTED
from .schema import STATE_LABELS, UNREPORTED_LABEL, Vocabulary
from .sources import CACHE_ENV, CACHE_LIMIT
from .workdays import WorkCalendar

CONTROL_SHEET = "设置"
# What a clerk teaches the tool lives in two tables of its own, in the control workbook's sheets
# of these names or the TOML file's tables: header -> column, and status word -> state.
COLUMN_MAP_SHEET = "列对照"
STATUS_WORDS_SHEET = "状态词"
# and a third: how one file is read when nothing in it says so (its unit, its header row).
FILE_RULES_SHEET = "文件设置"
KEEP_COLUMN = "原样保留"
COLUMN_CHOICES = (*COLUMNS, KEEP_COLUMN)
# 未填报进展 for a word that says nothing about progress (见附件, /): read as a blank cell.
STATE_BY_LABEL = {label: state for state, label in STATE_LABELS.items()} | {UNREPORTED_LABEL: UNREPORTED}
# A row the tool suggested (ledgerdesk check --suggest, the 校验 button) is marked 待确认 and not used
# until the clerk clears the mark; 来源 says which file it came from and what the tool saw.
PENDING, ORIGIN = Col.TO_CONFIRM, "来源"
# The keys of a [[文件设置]] block in a TOML file.
FILE, SHEET, UNIT, HEADER_ROW = Col.FILE_NAME, Col.SHEET_NAME, Col.UNIT_NAME, "表头行"
# Each table's columns, in the order of its sheet (the TOML file names the same keys).
TABLE_HEADERS: dict[str, tuple[str, ...]] = {
    COLUMN_MAP_SHEET: ("表头（照报送文件写）", "对应列", "单位（只对这个单位有效，可空）", PENDING, ORIGIN),
    STATUS_WORDS_SHEET: ("状态写法（照报送文件写）", "归为", PENDING, ORIGIN),
    FILE_RULES_SHEET: (Col.FILE_NAME, "工作表（可空）", Col.UNIT_NAME, "表头行", PENDING, ORIGIN),
}

# where things are on one PC, and the date: never taken over from the settings a master records
MACHINE_SETTINGS = frozenset(("inbox", "out_dir", "master", "units_file", "as_of"))
ABOUT_PREFIX = "设置："  # how the 说明 sheet of a master names each setting (Settings.describe)
DENOMINATORS = {"all": "全部问题", "due": "已到期问题"}
LONG_TERM = {"open": "视为未完成", "done": "视为已完成", "exclude": "不计入完成率"}
YES, NO = "是", "否"


class SettingsError(LedgerdeskError, ValueError):
    """A setting that cannot be used; the message names it in Chinese."""


@dataclass(frozen=True)
class Settings:
    inbox: str = ""
    out_dir: str = ""
    master: str = ""
    as_of: date | None = None
    due_soon_days: int = 5
    due_soon_workdays: bool = True
    yellow_rate: float = 0.90
    denominator: str = "all"
    long_term: str = "open"
    units_file: str = ""
    list_all_units: bool = False
    holidays: tuple[date, ...] = field(default_factory=tuple)
    extra_workdays: tuple[date, ...] = field(default_factory=tuple)
    campaign: str = ""
    brief_title: str = "关于问题整改进展情况的通报"
    doc_number: str = ""
    recipients: str = "市直各有关单位"
    issuer: str = "市委市政府督查局"
    cc: str = ""
    printer: str = ""
    masthead: str = "政务督查"
    issue_no: int = 1
    red_rate: float = 1.0
    black_rate: float = 0.85
    black_long_term: bool = False
    issuer_mark: str = ""
    reply_days: int = 5
    notice_prefix: str = "督查催办"
    contact: str = ""
    report_to: str = ""
    annex_ledger: bool = False
    annex_limit: int = 500
    keep_versions: int = 10
    # (unit or "", header as written, canonical column or 原样保留): the 列对照 table
    column_map: tuple[tuple[str, str, str], ...] = ()
    # (word as written, state label 已完成/整改中/未整改/长期坚持/未填报进展): the 状态词 table
    status_words: tuple[tuple[str, str], ...] = ()
    # (file, sheet or "", unit or "", header row or 0): the 文件设置 table
    file_rules: tuple[tuple[str, str, str, int], ...] = ()
    pending: int = 0  # rows of the three tables still marked 待确认 (not used)
    # the settings this file or sheet gave a value (the others are defaults, which a master's
    # recorded settings may fill in: over)
    given: frozenset[str] = field(default=frozenset(), compare=False)

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(self.holidays, self.extra_workdays)

    def vocabulary(self) -> Vocabulary:
        """What the clerk taught: 列对照 and 状态词, as the readers take them."""
        return Vocabulary(
            columns=self.column_map,
            statuses=tuple((word, STATE_BY_LABEL[label]) for word, label in self.status_words),
            files=self.file_rules,
        )

    def with_as_of(self, as_of: date | None) -> Settings:
        return replace(self, as_of=as_of) if as_of else self

    def over(self, recorded: Settings) -> Settings:
        """These settings over those a master records: each setting given here wins, the others are
        the recorded ones — so a 通报 from a master has the 发文字号 and 主送 it was made with. The
        places on one PC (folders, files) and the date are never taken from a master (as_of is
        resolve_as_of's)."""
        taken = {
            name: getattr(recorded, name)
            for name in SETTINGS
            if name not in self.given and name not in MACHINE_SETTINGS
        }
        tables = {
            name: getattr(recorded, name)
            for name in ("column_map", "status_words", "file_rules")
            if not getattr(self, name)
        }
        return replace(self, **taken, **tables)

    def describe(self) -> list[tuple[str, str]]:
        """(Chinese label, value as a clerk reads it) for the 说明 sheet and the briefing."""
        lines = [(SETTINGS[name][0], _show(name, getattr(self, name))) for name in SETTINGS]
        lines += [
            (f"{COLUMN_MAP_SHEET}{'（' + unit + '）' if unit else ''}", f"{header} → {column}")
            for unit, header, column in self.column_map
        ]
        lines += [(STATUS_WORDS_SHEET, f"{word} → {label}") for word, label in self.status_words]
        lines += [
            (f"{FILE_RULES_SHEET}（{file}{'／' + sheet if sheet else ''}）", _file_rule_text(unit, row))
            for file, sheet, unit, row in self.file_rules
        ]
        return lines


# name -> (Chinese label, description). Order is the order of the 设置 sheet.
SETTINGS: dict[str, tuple[str, str]] = {
    "inbox": ("报送文件夹", "各单位报送文件所在的文件夹（Excel 按钮用）；相对路径从本工作簿所在文件夹算起"),
    "out_dir": (
        "输出文件夹",
        "汇总台账、通报、催办通知写到这里（Excel 按钮用）；留空为本工作簿旁的 out 文件夹",
    ),
    "master": (
        "汇总台账文件",
        "拆分下发和按编号合并回来时用的汇总台账；留空则拆分输出文件夹里的 汇总台账.xlsx",
    ),
    "as_of": (About.AS_OF, "统计以哪一天为准（如 2024-07-31）；留空为运行当天"),
    "due_soon_days": ("临期天数", "距整改时限不超过这么多天（含当天）且未完成的问题列为临期"),
    "due_soon_workdays": ("临期按工作日计", "是：临期天数按工作日计算，法定节假日和周末不算；否：按自然日"),
    "yellow_rate": ("黄色预警完成率", "完成率低于此值的单位亮黄灯；有临期问题也亮黄灯，有超期问题亮红灯"),
    "denominator": (
        "完成率分母",
        "全部问题：已完成数÷问题总数；已到期问题：只算整改时限已到（或已完成）的问题",
    ),
    "long_term": (
        "长期坚持事项",
        "视为未完成 / 视为已完成 / 不计入完成率（分子分母都不算）；长期坚持事项从不算超期",
    ),
    "units_file": (
        "单位名录文件",
        "单位全称、简称、单位代码、曾用名的 CSV 文件；留空使用自带的 单位名录.csv（见下文“单位名录”）",
    ),
    "list_all_units": ("列出全部名录单位", "是：单位名录中没有问题的单位也列出（问题数为 0，不参与排名）"),
    "holidays": ("节假日补充", "官方节假日数据之外的放假日期，用顿号分隔，如 2027-01-01、2027-01-02"),
    "extra_workdays": ("调休上班补充", "官方节假日数据之外的调休上班日期（周末上班），用顿号分隔"),
    "campaign": ("活动名称", "通报和催办通知里称呼这项工作的名字，如 “我陪群众走流程”活动；可留空"),
    "brief_title": ("通报标题", "通报的标题（2号小标宋居中）"),
    "issuer_mark": (
        "发文机关标志",
        "通报版头红色的发文机关标志，如 市委市政府督查局文件；留空则不印（只印发文字号和红线）",
    ),
    "doc_number": ("发文字号", "如 濮督查通报〔2024〕9号；留空则不印发文字号"),
    "recipients": ("主送机关", "通报的主送机关，如 各县（区）人民政府，市直各有关单位"),
    "issuer": ("发文机关", "通报落款、催办通知落款的机关名称"),
    "cc": ("抄送", "版记中的抄送机关，用逗号分隔；留空则不印抄送行"),
    "printer": ("印发机关", "版记中的印发机关；留空则同发文机关"),
    "masthead": ("简报报头", "简报红色报头的文字，如 政务督查"),
    "issue_no": ("简报期号", "简报的第几期"),
    "red_rate": ("红榜完成率", "完成率达到此值的单位列入红榜"),
    "black_rate": ("黑榜完成率", "完成率低于此值的单位列入黑榜"),
    "black_long_term": (
        "长期坚持计入黑榜",
        "否：未完成的只有长期坚持事项的单位不列入黑榜、不点名批评；是：按完成率一律列入",
    ),
    "reply_days": ("催办回复期限", "催办通知要求在几个工作日内书面回复"),
    "notice_prefix": ("催办文号前缀", "催办通知的文号写作 前缀〔年份〕序号号，如 督查催办〔2024〕3号"),
    "contact": ("联系人", "催办通知末尾的联系人和电话，如 张伟，0393-1234567"),
    "report_to": ("简报报送", "简报版记“报：”一行，如 市委、市政府领导同志"),
    "annex_limit": ("附件最多行数", "通报附件最多列出的问题数，超期最久的在前；其余的写明个数并指向汇总台账"),
    "annex_ledger": ("附全部问题台账", "是：通报另附全部问题台账（附件2）；否：只附超期未完成问题清单"),
    "keep_versions": (
        "保留历史版本数",
        "每次改写汇总台账前，先把原来的复制到旁边的「历史版本」文件夹，保留最近这么多份；0 为不保留",
    ),
}
BY_LABEL = {label: name for name, (label, _) in SETTINGS.items()}
# Settings that are tables, each on a sheet of its own in the control workbook (docs: VOCABULARY_DOC).
TABLES: dict[str, tuple[str, str]] = {
    "column_map": (COLUMN_MAP_SHEET, "报送文件的表头 → 台账的列（可只对某个单位有效），程序先按它读取"),
    "status_words": (STATUS_WORDS_SHEET, "本单位的状态写法 → 已完成/整改中/未整改/长期坚持/未填报进展"),
    "file_rules": (FILE_RULES_SHEET, "某个文件（或其中一个工作表）的单位和表头行，程序认错时在这里写明"),
    "pending": (PENDING, "程序建议、尚待确认的行数（这些行确认前不使用）"),
}


# tomllib's reasons, said as a clerk would fix them (a reason not listed: 写法不对)
TOML_REASONS = {
    "Expected '=' after a key in a key/value pair": "名称后面应有「=」",
    "Invalid statement": "这一行不是「名称 = 值」的写法",
    "Invalid value": '值的写法不对（文字要用英文双引号括起来，如 "市督查局"）',
    "Invalid initial character for a key part": "名称的写法不对（中文名称要用英文双引号括起来）",
    "Unterminated string": "引号没有成对",
    "Unclosed array": "方括号 [ ] 没有成对",
    "Unclosed inline table": "花括号 { } 没有成对",
    "Expected newline or end of document after a statement": "一行只能写一项",
    "Invalid date or datetime": "日期写法不对，应写成 2024-07-31",
    "Cannot overwrite a value": "同一项写了两次",
    "Expected ']' at the end of a table declaration": "表名后缺少「]」",
    "Expected ']]' at the end of an array declaration": "表名后缺少「]]」",
}


def toml_message(name: str, text: str, reason: str) -> str:
    """One Chinese sentence for a TOML error: the line, what is wrong with it, and the line itself."""
    where = re.search(r"\(at line (\d+), column \d+\)$", reason)
    said = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)$", "", reason)
    why = TOML_REASONS.get(said, "写法不对")
    if said.endswith("twice"):
        why = TOML_REASONS["Cannot overwrite a value"]
    elif said.startswith("Illegal character"):
        why = "含有不允许的字符（常见原因：引号没有成对）"
    if where is None:
        return f"设置文件 {name} 写法有误（在文件末尾）：{why}"
    number = int(where.group(1))
    lines = text.splitlines()
    line = lines[number - 1].strip() if number <= len(lines) else ""
    if said == "Invalid statement" and "=" in line:
        why = TOML_REASONS["Invalid initial character for a key part"]
    return f"设置文件 {name} 第 {number} 行写法有误：{why}。这一行是：{line}"


def load_settings(path: str | Path | None) -> Settings:
    """Settings from a .toml file or a workbook's 设置 sheet; defaults when ``path`` is None."""
    if path is None:
        return Settings()
    path = Path(path)
    if not path.is_file():
        raise SettingsError(f"找不到设置文件：{path}")
    if path.suffix.lower() == ".toml":
        text = path.read_text(encoding="utf-8")
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(toml_message(path.name, text, str(exc))) from None
        tables: dict[str, Any] = {
            "column_map": _toml_column_map(raw.pop(COLUMN_MAP_SHEET, raw.pop("column_map", {}))),
            "status_words": _toml_pairs(raw.pop(STATUS_WORDS_SHEET, raw.pop("status_words", {}))),
            "file_rules": _toml_file_rules(raw.pop(FILE_RULES_SHEET, raw.pop("file_rules", []))),
        }
        values = {BY_LABEL.get(k, k): v for k, v in raw.items()}
    else:
        values, tables = _read_sheet(path)
    unknown = sorted(k for k in values if k not in SETTINGS)
    if unknown:
        raise SettingsError(f"设置文件 {path.name} 中有不认识的设置项：{'、'.join(unknown)}")
    return _settings(values, tables)


def _settings(values: dict[str, Any], tables: dict[str, list[tuple[Any, ...]]]) -> Settings:
    """Settings from the 设置 values and the three tables' rows, each row ending with its 待确认 mark:
    a marked row is counted, not used."""
    kept = {key: [row[:-1] for row in rows if not row[-1]] for key, rows in tables.items()}
    given = {k: _convert(k, v) for k, v in values.items() if v not in (None, "")}
    return Settings(
        **given,
        column_map=column_map(kept["column_map"]),
        status_words=status_words(kept["status_words"]),
        file_rules=file_rules(kept["file_rules"]),
        pending=sum(1 for rows in tables.values() for row in rows if row[-1]),
        given=frozenset(given),
    )


def recorded_settings(rows: list[list[Any]]) -> Settings | None:
    """The settings a master was made with, from the 设置：… lines of its 说明 sheet (project,
    content) as Settings.describe wrote them; None when it records none (not made by this tool).
    A recorded value that no longer reads (a hand edit) is left out, not an error."""
    values: dict[str, Any] = {}
    words: list[tuple[str, str]] = []
    maps: list[tuple[str, str, str]] = []
    for row in rows:
        label = str(row[0]).strip() if row else ""
        value = row[1] if len(row) > 1 and row[1] is not None else ""
        if label.startswith(ABOUT_PREFIX) and label[len(ABOUT_PREFIX) :] in BY_LABEL:
            values[BY_LABEL[label[len(ABOUT_PREFIX) :]]] = value
        pair = str(value).split(" → ")
        if label == STATUS_WORDS_SHEET and len(pair) == 2:
            words.append((pair[0], pair[1]))
        elif label.startswith(COLUMN_MAP_SHEET) and len(pair) == 2:
            unit = label[len(COLUMN_MAP_SHEET) :].strip("（）")
            maps.append((unit, pair[0], pair[1]))
    if not values:
        return None
    readable: dict[str, Any] = {}
    for name, value in values.items():
        try:
            readable[name] = _convert(name, value)
        except SettingsError:
            continue
    try:
        tables: dict[str, Any] = {"column_map": column_map(maps), "status_words": status_words(words)}
    except SettingsError:
        tables = {}
    return replace(Settings(), **{k: v for k, v in readable.items() if v not in (None, "")}, **tables)


def _pending(value: Any) -> str:
    return "" if value in (None, False) else str(value).strip()


def _suggested(value: Any, key: str) -> tuple[str, str]:
    """A TOML entry's value: a plain string (the clerk's), or the form a suggestion is written in,
    { 对应列 = "整改状态", 待确认 = "是", 来源 = "…" } — (the value, its 待确认 mark)."""
    if isinstance(value, dict):
        return str(value.get(key, "")), _pending(value.get(PENDING))
    return str(value), ""


def _toml_column_map(table: Any) -> list[tuple[str, str, str, str]]:
    """["列对照"] "办结情况" = "整改状态"; a sub-table ["列对照"."市统计局"] holds one unit's entries."""
    if not isinstance(table, dict):
        raise SettingsError(f'「{COLUMN_MAP_SHEET}」应写成表："表头" = "对应列"')
    column = "对应列"
    rows: list[tuple[str, str, str, str]] = []
    for key, value in table.items():
        if isinstance(value, dict) and column not in value:  # ["列对照"."市统计局"]: one unit's entries
            rows += [(str(key), str(h), *_suggested(c, column)) for h, c in value.items()]
        else:
            rows.append(("", str(key), *_suggested(value, column)))
    return rows


def _toml_pairs(table: Any) -> list[tuple[str, str, str]]:
    if not isinstance(table, dict):
        raise SettingsError(f'「{STATUS_WORDS_SHEET}」应写成表："状态写法" = "已完成"')
    return [(str(k), *_suggested(v, "归为")) for k, v in table.items()]


def _toml_file_rules(table: Any) -> list[tuple[str, str, str, Any, str]]:
    """[[文件设置]] 文件 = "…" 工作表 = "…" 单位 = "…" 表头行 = 3, one block per file (or sheet)."""
    if not isinstance(table, list) or not all(isinstance(t, dict) for t in table):
        raise SettingsError(
            f'「{FILE_RULES_SHEET}」应写成 [[文件设置]] 块，每块写 文件 = "…"，以及 单位、表头行'
        )
    return [
        (str(t.get(FILE, "")), str(t.get(SHEET, "")), str(t.get(UNIT, "")), t.get(HEADER_ROW, ""))
        + (_pending(t.get(PENDING)),)
        for t in table
    ]


def column_map(rows: list[tuple[str, str, str]]) -> tuple[tuple[str, str, str], ...]:
    """The 列对照 as (unit, header, column), each column checked against the ledger's columns."""
    out = []
    for unit, header, column in rows:
        unit, header, column = unit.strip(), header.strip(), column.strip()
        if not header and not column:
            continue
        if column not in COLUMN_CHOICES:
            raise SettingsError(
                f"「{COLUMN_MAP_SHEET}」中「{header}」对应的列'{column}'不是台账的列，"
                f"应为 {'、'.join(COLUMN_CHOICES)} 之一"
            )
        if not header:
            raise SettingsError(f"「{COLUMN_MAP_SHEET}」中有一行没有填写表头（对应列为「{column}」）")
        out.append((unit, header, column))
    return tuple(out)


def file_rules(rows: list[tuple[Any, ...]]) -> tuple[tuple[str, str, str, int], ...]:
    """The 文件设置 as (file, sheet, unit, header row): a file named, and a unit or a header row."""
    out = []
    for file, sheet, unit, row in rows:
        file, sheet, unit = str(file).strip(), str(sheet).strip(), str(unit).strip()
        text = "" if row in (None, "") else str(row).strip()
        if not (file or sheet or unit or text):
            continue
        try:
            number = int(float(text)) if text else 0
        except ValueError:
            number = -1
        if not file:
            raise SettingsError(f"「{FILE_RULES_SHEET}」中有一行没有填写文件名（单位「{unit}」）")
        if number < 0 or (text and float(text) != number):
            raise SettingsError(f"「{FILE_RULES_SHEET}」中「{file}」的表头行'{text}'应为行号，如 3")
        out.append((file, sheet, unit, number))
    return tuple(out)


def _file_rule_text(unit: str, row: int) -> str:
    return "，".join(filter(None, (f"单位 {unit}" if unit else "", f"表头在第{row}行" if row else "")))


def status_words(rows: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The 状态词 as (word, state label), each label one of the four states or 未填报进展."""
    out = []
    for word, label in rows:
        word, label = word.strip(), label.strip()
        if not word and not label:
            continue
        if label not in STATE_BY_LABEL or not word:
            raise SettingsError(
                f"「{STATUS_WORDS_SHEET}」中'{word}'应归为 {'、'.join(STATE_BY_LABEL)} 之一，而不是'{label}'"
            )
        out.append((word, label))
    return tuple(out)


def _read_sheet(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        grid = book.get_sheet_by_name(CONTROL_SHEET).to_python()
    except Exception:
        raise SettingsError(f"无法读取 {path.name} 的「{CONTROL_SHEET}」工作表") from None
    sheets = {
        name: book.get_sheet_by_name(name).to_python() if name in book.sheet_names else []
        for name in TABLE_HEADERS
    }
    return _sheet_values(grid), _table_rows(sheets)


def settings_from_rows(rows: list[list[Any]], tables: dict[str, list[list[Any]]] | None = None) -> Settings:
    """Settings from the rows of a 设置 sheet (label, value), and of the 列对照, 状态词 and 文件设置
    sheets (by sheet name), as Excel hands them to a button."""
    return _settings(_sheet_values(rows), _table_rows(tables or {}))


def _table_rows(sheets: dict[str, list[list[Any]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the three table sheets, each under its header row, in the settings' order and
    ending with the row's 待确认 mark."""

    def rows(name: str) -> list[list[Any]]:
        return [r if isinstance(r, list) else [r] for r in (sheets.get(name) or [])[1:]]

    return {
        "column_map": [(_cell(r, 2), _cell(r, 0), _cell(r, 1), _cell(r, 3)) for r in rows(COLUMN_MAP_SHEET)],
        "status_words": [(_cell(r, 0), _cell(r, 1), _cell(r, 2)) for r in rows(STATUS_WORDS_SHEET)],
        "file_rules": [
            (_cell(r, 0), _cell(r, 1), _cell(r, 2), _cell(r, 3), _cell(r, 4)) for r in rows(FILE_RULES_SHEET)
        ],
    }


def _cell(row: list[Any], k: int) -> str:
    value = row[k] if len(row) > k else ""
    return "" if value is None else str(value).strip()


def _sheet_values(grid: list[list[Any]]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for row in grid:
        label = str(row[0]).strip() if row else ""
        if label in BY_LABEL:
            values[BY_LABEL[label]] = row[1] if len(row) > 1 else ""
    return values


def _convert(name: str, value: Any) -> Any:
    label = SETTINGS[name][0]
    default = getattr(Settings(), name)
    try:
        if name == "as_of":
            return _date(value)
        if name in ("holidays", "extra_workdays"):
            items = value if isinstance(value, list) else re.split(r"[、,，;；\s]+", str(value).strip())
            return tuple(_date(v) for v in items if str(v).strip())
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            if str(value).strip() in (YES, "true", "True", "1"):
                return True
            if str(value).strip() in (NO, "false", "False", "0"):
                return False
            raise ValueError
        if isinstance(default, int):
            number = float(value)
            if number < 0 or not number.is_integer():
                raise ValueError
            return int(number)
        if isinstance(default, float):
            text = str(value).strip()
            number = float(text.rstrip("%")) / 100 if text.endswith("%") else float(text)
            if not 0 <= number <= 1:
                raise ValueError
            return number
        if name == "denominator":
            return _choice(value, DENOMINATORS)
        if name == "long_term":
            return _choice(value, LONG_TERM)
        return str(value).strip()
    except (ValueError, TypeError):
        raise SettingsError(f"设置项「{label}」的值无法使用：'{value}'（{SETTINGS[name][1]}）") from None


def _choice(value: Any, choices: dict[str, str]) -> str:
    text = str(value).strip()
    for key, word in choices.items():
        if text in (key, word):
            return key
    raise ValueError(text)


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip().replace("/", "-").replace(".", "-"))


def _show(name: str, value: Any) -> str:
    if name == "denominator":
        return DENOMINATORS[value]
    if name == "long_term":
        return LONG_TERM[value]
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float):
        return f"{value:.0%}" if (value * 100).is_integer() else f"{value:.2%}"
    if isinstance(value, tuple):
        return "、".join(d.isoformat() for d in value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def write_control_workbook(path: str | Path, settings: Settings | None = None) -> Path:
    """The control workbook with its 设置 sheet: label, value, description, drop-downs for choices."""
    import xlsxwriter

    settings = settings or Settings()
    path = Path(path)
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": "督查台账助手 设置", "created": datetime(2024, 7, 31)})
    ws = book.add_worksheet(CONTROL_SHEET)
    head = book.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
    )
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    ws.write_row(0, 0, ["设置项", "值", Col.MESSAGE], head)
    for r, name in enumerate(SETTINGS, start=1):
        label, description = SETTINGS[name]
        ws.write_string(r, 0, label, cell)
        ws.write_string(r, 1, _show(name, getattr(settings, name)), cell)
        ws.write_string(r, 2, description, cell)
        choices = {"denominator": DENOMINATORS, "long_term": LONG_TERM}.get(name)
        if choices or isinstance(getattr(settings, name), bool):
            words = list(choices.values()) if choices else [YES, NO]
            ws.data_validation(r, 1, r, 1, {"validate": "list", "source": words})
    ws.set_column(0, 0, 18)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 2, 80)
    ws.freeze_panes(1, 0)
    _table_sheet(
        book,
        COLUMN_MAP_SHEET,
        [[header, column, unit, "", ""] for unit, header, column in settings.column_map],
        list(COLUMN_CHOICES),
        "「读取情况」里写着“按表头含义推断/按列中内容推断”的列，在这里写上正确的对应（或照抄确认），下次按这里读取。"
        "对应列选「原样保留」表示不要猜，原样保留在总台账最后。程序建议的行标着「待确认」：对的，清空待确认；"
        "不对的，改对应列再清空待确认。标着待确认的行不使用。",
        (head, cell),
    )
    _table_sheet(
        book,
        STATUS_WORDS_SHEET,
        [[word, label, "", ""] for word, label in settings.status_words],
        list(STATE_BY_LABEL),
        "本单位常用、程序不认识的状态写法，如 已交账、已验收；归为 已完成/整改中/未整改/长期坚持 之一，"
        "什么也没说的（见附件、/）归为 未填报进展。程序建议的行标着「待确认」，选好归为后清空待确认。",
        (head, cell),
    )
    _table_sheet(
        book,
        FILE_RULES_SHEET,
        [[file, sheet, unit, row or "", "", ""] for file, sheet, unit, row in settings.file_rules],
        [],
        "程序认错了某个文件的单位或表头时，在这里写明：文件名照「读取情况」写，工作表可空（对整个文件有效），"
        "单位写全称，表头行写表头所在的行号（两行表头写上面一行）。",
        (head, cell),
    )
    from ..resources import unit_directory_file

    units = book.add_worksheet("单位名录")
    units.write_row(0, 0, ["单位全称", "简称", "单位代码"], head)
    with open(unit_directory_file(), encoding="utf-8-sig") as fh:
        for r, line in enumerate(fh.read().splitlines()[1:], start=1):
            units.write_row(r, 0, [part for part in line.split(",")], cell)
    units.set_column(0, 0, 28)
    units.set_column(1, 1, 50)
    guide = book.add_worksheet("使用说明")
    for r, line in enumerate(
        [
            "督查台账助手 使用说明",
            "1. 在「设置」工作表填写 报送文件夹（各单位报送的 Excel 文件放在这里）、输出文件夹和统计截止日。",
            "2. 点功能区「督查台账」选项卡的 合并台账：生成 汇总台账.xlsx，每个问题都写明来源文件和行号。",
            "3. 统计分析、生成通报、生成催办单：在输出文件夹生成统计结果、Word 通报和催办通知。",
            "4. 拆分下发：为每个单位生成预填好问题编号的报送表；收回后在「设置」填 汇总台账文件，再点 合并台账。",
            "5. 每次的结果写在「运行结果」工作表。单位简称认不出时，在 单位名录.csv 里补充。",
        ]
    ):
        guide.write_string(r, 0, line)
    guide.set_column(0, 0, 110)
    book.close()
    return path


def _table_sheet(
    book: Any,
    name: str,
    rows: list[list[Any]],
    choices: list[str],
    hint: str,
    formats: tuple[Any, Any],
) -> None:
    """A sheet of the control workbook where a clerk lists entries (TABLE_HEADERS): a header row, a
    drop-down for the second column and for 待确认, and a hint to the right."""
    head, cell = formats
    headers = TABLE_HEADERS[name]
    ws = book.add_worksheet(name)
    ws.write_row(0, 0, headers, head)
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row, cell)
    if choices:
        ws.data_validation(1, 1, 500, 1, {"validate": "list", "source": choices})
    pending = headers.index(PENDING)
    ws.data_validation(1, pending, 500, pending, {"validate": "list", "source": [PENDING]})
    ws.write_string(
        0, len(headers) + 1, hint, book.add_format({"text_wrap": True, "valign": "top", "italic": True})
    )
    ws.set_column(0, len(headers) - 1, 24)
    ws.set_column(pending, pending, 8)
    ws.set_column(pending + 1, pending + 1, 40)
    ws.set_column(len(headers) + 1, len(headers) + 1, 60)
    ws.set_row(0, 110)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.freeze_panes(1, 0)


def settings_markdown() -> str:
    """docs/settings.md: every setting with its TOML key, default and description."""
    defaults = Settings()
    lines = [
        "# 设置项",
        "",
        "设置写在控制台工作簿 `workbooks/督查台账助手.xlsx` 的「设置」工作表里（第一列设置项、第二列值），",
        "或写在一个 TOML 文件里（键用下表的英文名或中文设置项名）；命令行用 `--settings 文件` 指定。",
        "本页由 `python -m ledgerdesk.reading.settings > docs/settings.md` 生成，测试核对它与代码一致。",
        "",
        "| 设置项 | TOML 键 | 默认值 | 说明 |",
        "|---|---|---|---|",
    ]
    for name, (label, description) in SETTINGS.items():
        lines.append(
            f"| {label} | `{name}` | {_show(name, getattr(defaults, name)) or '（空）'} | {description} |"
        )
    lines += MASTER_DOC + VOCABULARY_DOC
    return "\n".join(lines) + "\n"


MASTER_DOC = [
    "",
    "## 从汇总台账出发的作业沿用它生成时的设置",
    "",
    "汇总台账的「说明」工作表记下了生成它时的每一项设置（「设置：发文字号」……）。以汇总台账为来源的作业——`brief`、",
    "`stats`、`split`、`merge --master` 和 Excel 按钮——先取这些记下的设置，再用这次给的设置文件（或控制台「设置」",
    "工作表）里**填了值**的项覆盖它们；没填的项沿用汇总台账的。所以 `ledgerdesk run` 之后再用 README 的",
    "`ledgerdesk brief out/汇总台账.xlsx` 或「生成通报」按钮，得到的通报和 run 写出的一样：同样的发文机关标志、",
    "发文字号、主送机关和简报期号。命令行会说「设置：沿用汇总台账「说明」中记录的生成时的设置」，",
    "JSON 的 `settings_from` 是 `master`（另给了设置文件时是 `master+file`）。",
    "只在一台电脑上有意义的项（报送文件夹、输出文件夹、汇总台账文件、单位名录文件）和统计截止日不沿用",
    "（统计截止日的取法见 [命令行](cli.md)）；文件设置也不沿用，它只在读收件箱时有用。",
]


VOCABULARY_DOC = [
    "",
    "## 读取情况：每份报送是怎么读的",
    "",
    "合并后的汇总台账有一张「读取情况」工作表（点 校验 按钮时写在控制台工作簿里；`merge`/`check --json` 的",
    '`"readings"` 是同一张表）：每个文件每张表一块——单位读成什么、从哪里读的（填报单位、标题、落款、文件名、',
    "某一列……），表头在第几行，每一列的表头原文 → 读成台账的哪一列（或原样保留）、依据（表头写法、表头含义推断、",
    "列中内容推断、列对照）和两个样例，不认识的进展写法和行数，读入/合并/未采用的行数。程序拿不准的行标着「待确认」，",
    "排在每块的前面。",
    "",
    "## 建议：一处确认，下次照着读",
    "",
    "`ledgerdesk check 收件箱 --suggest 设置.toml`（或 `merge … --suggest`，或点 校验/合并台账 按钮）把程序拿不准的地方",
    "作为**待确认**的行写进设置：推断的列和原样保留的列写进「列对照」，不认识的进展写法写进「状态词」（归为留空，",
    "请选），单位是从标题、落款读出或没读到、表头可能不对的表写进「文件设置」。每行的「来源」写着是哪个文件、",
    "程序看到了什么。**标着待确认的行不使用**：对的，清空待确认；不对的，改对应列（或归为、单位、表头行）再清空待确认。",
    "下次运行就按它读。已有的行（不论是您写的还是确认过的）不会被改写、不会被挪动，同一条建议也不会再写一次。",
    "`--suggest` 的文件存在而没写 `--settings` 时，也按这个文件读取。",
    "",
    "## 列对照：教程序认一种新的表格",
    "",
    "报送文件的表头写法程序不认识时，会按表头用词或列中的内容推断，并在「读取情况」和「校验问题」里写明",
    "（如“「办结情况」列按「整改状态」读取（按表头用词推断）”）。推断得不对，或想确认下来不再提示，",
    "就在控制台工作簿的「列对照」工作表里加一行：表头照报送文件写，对应列从下拉中选；只对某个单位有效的，",
    "第三列写单位名称。对应列选「原样保留」表示这一列不要猜，原样保留在总台账最后（也就是不读它）。",
    "下次运行先按列对照读取，不用改程序。TOML 设置文件里写成（TOML 里中文的键和表名都要加引号）：",
    "",
    "```toml",
    '["列对照"]',
    '"办结情况" = "整改状态"',
    '"佐证材料" = "原样保留"',
    '"来源单位" = { "对应列" = "责任单位", "待确认" = "是", "来源" = "重点问题整改推进表.xlsx：按表头含义推断" }',
    "",
    '["列对照"."市统计局"]     # 只对市统计局的报送有效',
    '"落实情况" = "整改进展"',
    "```",
    "",
    '第三行是程序写的建议：确认时删去 `"待确认" = "是"`（或整行改成 `"来源单位" = "原样保留"`）。',
    "",
    f"对应列可选：{'、'.join(COLUMN_CHOICES)}。",
    "",
    "## 状态词：本单位的状态写法",
    "",
    "整改状态写成句子时，程序按人读的方式判断（“已完成整改，经复查未发现反弹”为已完成，“尚未完成整改”为未整改，",
    "“已整改到位，长效机制持续推进”为已完成，“预计9月30日整改到位”为整改中并记下预计完成时间）。",
    "程序不认识的写法（校验问题 `unknown-status`），在「状态词」工作表里加一行：状态写法、归为（已完成/整改中/未整改/",
    "长期坚持；什么也没说的，如“见附件”“/”，归为 未填报进展）。句子里含有这个写法也按它归类。TOML 里写成：",
    "",
    "```toml",
    '["状态词"]',
    '"已交账" = "已完成"',
    '"待验" = "整改中"',
    '"见附件" = "未填报进展"',
    "```",
    "",
    "## 文件设置：某个文件的单位和表头行",
    "",
    "程序读错了某个文件的单位（例如标题写的是交办单位、文件里根本没写单位），或者把表头上面一行当成了表头，",
    "在「文件设置」工作表加一行：文件名照「读取情况」写（压缩包里的文件写它自己的名字），工作表可空（对整个文件有效），",
    "单位写全称（这个文件的每个问题都算这个单位），表头行写表头所在的行号（两行表头写上面一行）。TOML 里写成：",
    "",
    "```toml",
    '[["文件设置"]]',
    '"文件" = "审计整改（财政）.xlsx"',
    '"单位" = "市财政局"',
    "",
    '[["文件设置"]]',
    '"文件" = "民政局台账.xlsx"',
    '"工作表" = "Sheet1"',
    '"表头行" = 3',
    "```",
    "",
    "这四种（某个表头对应哪一列——对所有单位或只对一个单位、某个写法归为哪一类、某列不读、某个文件的单位和表头行）",
    "足以改正任何一份报送的读法；每种在「读取情况」里都看得到改后的效果。",
    "",
    "## 单位名录",
    "",
    "`workbooks/单位名录.csv`（复制一份补充后用 `--units` 或设置项「单位名录文件」指定）每行一个单位：",
    "",
    "| 列 | 含义 | 例 |",
    "|---|---|---|",
    "| 单位全称 | 总台账、统计、通报里用的名称 | 市卫生健康委员会 |",
    "| 简称 | 报送里常见的其他写法，用顿号分隔 | 市卫健委、卫健委、市卫生健康委 |",
    "| 单位代码 | 拆分下发时问题编号的前缀 | WJW |",
    "| 曾用名 | 机构改革前的名称，用顿号分隔；“市”字可有可无（写“市卫计委”，“卫计委”也认） | 市卫计委、市卫生局、市计生委 |",
    "",
    "自带的名录已填好 2018 年机构改革前后常见的曾用名（卫计委→卫生健康委、农委→农业农村局、规划局/国土局→自然资源和规划局、",
    "环保局→生态环境局、安监局→应急管理局、工商局/质监局/食药监局→市场监管局、文广新局/旅游局→文化广电和旅游局、",
    "建委/房管局→住房和城乡建设局、水务局→水利局、城管执法局→城市管理局、国税局/地税局→税务局……），单位名称前的“濮阳市”",
    "和“市”一样看待。县、区、乡镇的同名机构（清丰县卫健委、城关镇财政所）不会被当成市里的单位：按原文单独统计并提示。",
    "名录里没有的单位（乡镇、企业、医院）照常合并，按报送里写的名称统计；报送单位内部的科室（办公室、财务科、机关党委）",
    "记为「责任部门」，问题算在报送单位名下。",
    "",
    "## .doc、.wps、.et 的转换副本",
    "",
    ".doc、.wps、.rtf 和 calamine 打不开的 .xls/.et 由 LibreOffice 转换后读取，每份约需一秒。合并一个收件箱时，其中还没有副本的",
    "Word 97 / WPS 文字文件（.doc、.wps）先一次交给 LibreOffice 转换（只启动一次，几十份也只要十几秒），读的时候取副本；这一次没转成的",
    "文件在读到它时再单独转换，转不了的照常在「校验问题」里写明原因。转换结果按文件**内容**（不是文件名）",
    "留一份副本：同一份报送再次合并、校验、在网页版里重跑时直接读副本，不再启动 LibreOffice；报送改过（哪怕一个字节）就重新转换。",
    "副本放在 Windows 的 `%LOCALAPPDATA%\\ledgerdesk\\cache`（其他系统 `~/.cache/ledgerdesk`），"
    f"合计超过 {CACHE_LIMIT // 2**20} MB 时先删最久没用的；",
    f"单位报送的原文件从不改动。环境变量 `{CACHE_ENV}` 可指定别的文件夹，设为 `off` 则不留副本（每次都转换）。",
    "副本可随时整个删掉，下次用到时重新转换。",
]


if __name__ == "__main__":
    print(settings_markdown(), end="")
