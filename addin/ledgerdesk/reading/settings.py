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
from .schema import STATE_LABELS, Vocabulary
from .workdays import WorkCalendar

CONTROL_SHEET = "设置"
# What a clerk teaches the tool lives in two tables of its own, in the control workbook's sheets
# of these names or the TOML file's tables: header -> column, and status word -> state.
COLUMN_MAP_SHEET = "列对照"
STATUS_WORDS_SHEET = "状态词"
KEEP_COLUMN = "原样保留"
COLUMN_CHOICES = (*COLUMNS, KEEP_COLUMN)
STATE_BY_LABEL = {label: state for state, label in STATE_LABELS.items()}

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
    # (word as written, state label 已完成/整改中/未整改/长期坚持): the 状态词 table
    status_words: tuple[tuple[str, str], ...] = ()

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(self.holidays, self.extra_workdays)

    def vocabulary(self) -> Vocabulary:
        """What the clerk taught: 列对照 and 状态词, as the readers take them."""
        return Vocabulary(
            columns=self.column_map,
            statuses=tuple((word, STATE_BY_LABEL[label]) for word, label in self.status_words),
        )

    def with_as_of(self, as_of: date | None) -> Settings:
        return replace(self, as_of=as_of) if as_of else self

    def describe(self) -> list[tuple[str, str]]:
        """(Chinese label, value as a clerk reads it) for the 说明 sheet and the briefing."""
        lines = [(SETTINGS[name][0], _show(name, getattr(self, name))) for name in SETTINGS]
        lines += [
            (f"{COLUMN_MAP_SHEET}{'（' + unit + '）' if unit else ''}", f"{header} → {column}")
            for unit, header, column in self.column_map
        ]
        lines += [(STATUS_WORDS_SHEET, f"{word} → {label}") for word, label in self.status_words]
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
    "status_words": (STATUS_WORDS_SHEET, "本单位的状态写法 → 已完成/整改中/未整改/长期坚持"),
}


def load_settings(path: str | Path | None) -> Settings:
    """Settings from a .toml file or a workbook's 设置 sheet; defaults when ``path`` is None."""
    if path is None:
        return Settings()
    path = Path(path)
    if not path.is_file():
        raise SettingsError(f"找不到设置文件：{path}")
    if path.suffix.lower() == ".toml":
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"设置文件 {path.name} 格式有误：{exc}") from None
        tables: dict[str, Any] = {
            "column_map": _toml_column_map(raw.pop(COLUMN_MAP_SHEET, raw.pop("column_map", {}))),
            "status_words": _toml_pairs(raw.pop(STATUS_WORDS_SHEET, raw.pop("status_words", {}))),
        }
        values = {BY_LABEL.get(k, k): v for k, v in raw.items()}
    else:
        values, tables = _read_sheet(path)
    unknown = sorted(k for k in values if k not in SETTINGS)
    if unknown:
        raise SettingsError(f"设置文件 {path.name} 中有不认识的设置项：{'、'.join(unknown)}")
    return Settings(
        **{k: _convert(k, v) for k, v in values.items() if v not in (None, "")},
        column_map=column_map(tables["column_map"]),
        status_words=status_words(tables["status_words"]),
    )


def _toml_column_map(table: Any) -> list[tuple[str, str, str]]:
    """["列对照"] "办结情况" = "整改状态"; a sub-table ["列对照"."市统计局"] holds one unit's entries."""
    if not isinstance(table, dict):
        raise SettingsError(f'「{COLUMN_MAP_SHEET}」应写成表："表头" = "对应列"')
    rows = []
    for key, value in table.items():
        if isinstance(value, dict):
            rows += [(str(key), str(h), str(c)) for h, c in value.items()]
        else:
            rows.append(("", str(key), str(value)))
    return rows


def _toml_pairs(table: Any) -> list[tuple[str, str]]:
    if not isinstance(table, dict):
        raise SettingsError(f'「{STATUS_WORDS_SHEET}」应写成表："状态写法" = "已完成"')
    return [(str(k), str(v)) for k, v in table.items()]


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


def status_words(rows: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The 状态词 as (word, state label), each label one of the four states."""
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
    tables = {}
    for key, sheet in (("column_map", COLUMN_MAP_SHEET), ("status_words", STATUS_WORDS_SHEET)):
        tables[key] = book.get_sheet_by_name(sheet).to_python() if sheet in book.sheet_names else []
    return _sheet_values(grid), {
        "column_map": _column_map_rows(tables["column_map"]),
        "status_words": _status_rows(tables["status_words"]),
    }


def settings_from_rows(
    rows: list[list[Any]],
    column_rows: list[list[Any]] | None = None,
    status_rows: list[list[Any]] | None = None,
) -> Settings:
    """Settings from the rows of a 设置 sheet (label, value), and of the 列对照 and 状态词 sheets,
    as Excel hands them to a button."""
    values = _sheet_values(rows)
    return Settings(
        **{k: _convert(k, v) for k, v in values.items() if v not in (None, "")},
        column_map=column_map(_column_map_rows(column_rows or [])),
        status_words=status_words(_status_rows(status_rows or [])),
    )


def _cell(row: list[Any], k: int) -> str:
    value = row[k] if len(row) > k else ""
    return "" if value is None else str(value).strip()


def _column_map_rows(grid: list[list[Any]]) -> list[tuple[str, str, str]]:
    """The 列对照 sheet: 表头 | 对应列 | 单位（可空）, under a header row."""
    return [(_cell(r, 2), _cell(r, 0), _cell(r, 1)) for r in grid[1:] if isinstance(r, list)]


def _status_rows(grid: list[list[Any]]) -> list[tuple[str, str]]:
    """The 状态词 sheet: 状态写法 | 归为, under a header row."""
    return [(_cell(r, 0), _cell(r, 1)) for r in grid[1:] if isinstance(r, list)]


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
    book = xlsxwriter.Workbook(str(path))
    book.set_properties({"title": "督查台账助手 设置", "created": datetime(2024, 7, 31)})
    ws = book.add_worksheet(CONTROL_SHEET)
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
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
        ["表头（照报送文件写）", "对应列", "单位（只对这个单位有效，可空）"],
        [[header, column, unit] for unit, header, column in settings.column_map],
        list(COLUMN_CHOICES),
        "校验问题里提示“按表头用词推断”的列，在这里写上正确的对应（或照抄确认），下次按这里读取。"
        "对应列选「原样保留」表示不要猜，原样保留在总台账最后。",
        (head, cell),
    )
    _table_sheet(
        book,
        STATUS_WORDS_SHEET,
        ["状态写法（照报送文件写）", "归为"],
        [list(pair) for pair in settings.status_words],
        list(STATE_BY_LABEL),
        "本单位常用、程序不认识的状态写法，如 已交账、已验收；归为 已完成/整改中/未整改/长期坚持 之一。",
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
    headers: list[str],
    rows: list[list[str]],
    choices: list[str],
    hint: str,
    formats: tuple[Any, Any],
) -> None:
    """A sheet of the control workbook where a clerk lists pairs: a header row, a drop-down for
    the second column, and a hint to the right."""
    head, cell = formats
    ws = book.add_worksheet(name)
    ws.write_row(0, 0, headers, head)
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row, cell)
    ws.data_validation(1, 1, 500, 1, {"validate": "list", "source": choices})
    ws.write_string(
        0, len(headers) + 1, hint, book.add_format({"text_wrap": True, "valign": "top", "italic": True})
    )
    ws.set_column(0, len(headers) - 1, 28)
    ws.set_column(len(headers) + 1, len(headers) + 1, 46)
    ws.set_row(0, 66)
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
    lines += VOCABULARY_DOC
    return "\n".join(lines) + "\n"


VOCABULARY_DOC = [
    "",
    "## 列对照：教程序认一种新的表格",
    "",
    "报送文件的表头写法程序不认识时，会按表头用词或列中的内容推断，并在「校验问题」里写明",
    "（如“「办结情况」列按「整改状态」读取（按表头用词推断）”）。推断得不对，或想确认下来不再提示，",
    "就在控制台工作簿的「列对照」工作表里加一行：表头照报送文件写，对应列从下拉中选；只对某个单位有效的，",
    "第三列写单位名称。对应列选「原样保留」表示这一列不要猜，原样保留在总台账最后。下次运行先按列对照读取，",
    "不用改程序。TOML 设置文件里写成：",
    "",
    "```toml",
    '["列对照"]                # TOML 里中文的表名要加引号',
    '"办结情况" = "整改状态"',
    '"佐证材料" = "原样保留"',
    "",
    '["列对照"."市统计局"]     # 只对市统计局的报送有效',
    '"落实情况" = "整改进展"',
    "```",
    "",
    f"对应列可选：{'、'.join(COLUMN_CHOICES)}。",
    "",
    "## 状态词：本单位的状态写法",
    "",
    "整改状态写成句子时，程序按人读的方式判断（“已完成整改，经复查未发现反弹”为已完成，“尚未完成整改”为未整改，",
    "“已整改到位，长效机制持续推进”为已完成，“预计9月30日整改到位”为整改中并记下预计完成时间）。",
    "程序不认识的写法（校验问题 `unknown-status`），在「状态词」工作表里加一行：状态写法、归为（已完成/整改中/未整改/长期坚持）。",
    "句子里含有这个写法也按它归类。TOML 里写成：",
    "",
    "```toml",
    '["状态词"]',
    '"已交账" = "已完成"',
    '"待验收" = "整改中"',
    "```",
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
]


if __name__ == "__main__":
    print(settings_markdown(), end="")
