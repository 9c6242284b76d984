"""Problems are data: every issue found in a return is a ``Problem`` collected into a ``Report``.

A problem has a stable ASCII code, a severity, a position a clerk can find (file, sheet, Excel row,
column), the original value and a Chinese message. Errors reject the row they sit on (the row is
kept in the 未采用行 list with its original values); warnings keep the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import PROBLEM_COLUMNS, REJECTED_COLUMNS, Col, Sheet
from ..table import Table

ERROR, WARNING = "error", "warning"

# code -> (severity, message template). Templates use the Problem's fields and ``detail``.
CODES: dict[str, tuple[str, str]] = {
    "file-unreadable": (ERROR, "文件无法读取：{detail}"),
    "file-encrypted": (ERROR, "文件已加密，请去掉打开密码后重新报送"),
    "file-empty": (ERROR, "文件中没有任何数据"),
    "file-skipped": (WARNING, "未读取：{detail}"),
    "file-needs-resave": (
        ERROR,
        "{value}无法直接读取（本机没有安装 LibreOffice，不能自动转换）：{detail}",
    ),
    "archive-unsupported": (
        ERROR,
        "这是 {value} 压缩包，无法读取：请解压后把其中的台账放进报送文件夹，或改用 .zip 格式压缩",
    ),
    "file-is-master": (
        WARNING,
        "这是督查台账助手生成的汇总台账（有「总台账」「说明」工作表），不作为报送读取",
    ),
    "file-too-large": (
        ERROR,
        "文件解压后有 {value}，超过 {detail} MB 的上限（可能是损坏或恶意的文件），未读取",
    ),
    "hidden-sheet": (WARNING, "工作表「{sheet}」是隐藏的，其中 {value} 行已读取，请确认是否应当报送"),
    "no-header": (ERROR, "未找到台账表头（应含「问题描述」「整改状态」等列）"),
    "sheet-skipped": (WARNING, "工作表「{sheet}」有内容但没有台账表头，未读取"),
    "missing-column": (WARNING, "本表没有「{column}」列，{detail} 行照常合并，「{column}」留空，请核实"),
    "column-guessed": (
        WARNING,
        "「{value}」列按「{column}」读取（{detail}）；不对的话请在设置的「列对照」中改正，确认无误也可写入列对照",
    ),
    "columns-kept": (WARNING, "这些列不是台账的规范列，已原样保留在总台账最后：{value}"),
    "status-from-progress": (WARNING, "本表没有「整改状态」列，整改状态按「{value}」列的文字判断"),
    "no-status-column": (
        WARNING,
        "本表没有「整改状态」列，也没有整改进展，{detail} 个问题按「未填报进展」统计（计为未完成）",
    ),
    "deadline-base": (WARNING, "本表没有「发现时间」，相对时限（如'{value}'）按{detail}起算"),
    "deadline-in-text": (
        WARNING,
        "本表没有「整改时限」列，有的问题在描述、措施或进展中写明了完成期限（如'{value}'），按此作为整改时限",
    ),
    "praised-rows": (
        WARNING,
        "第 {detail} 行列在“工作亮点”“好的做法”一类标题下，是表扬而不是问题，不计入台账；若其中有问题，请移到问题标题下",
    ),
    "checked-fine": (
        WARNING,
        "这是检查表：第 {detail} 行是检查过、没有问题的项目（「是否存在问题/隐患」答'否'、检查结果打'√'，或写明未发现问题），"
        "不作为问题计入台账；若有误请改为'是'、'×'或写明问题",
    ),
    "deadline-blank-in-text": (
        WARNING,
        "有的问题「整改时限」为空，但措施、描述或进展中写明了完成期限（如'{value}'），按此作为整改时限",
    ),
    "deadline-extended": (
        WARNING,
        "有的问题写明时限经同意延期（如'{value}'），按延期后的日期作为整改时限；只是申请延期、未写同意的，仍按原时限",
    ),
    "deadline-from-preamble": (
        WARNING,
        "本表没有「整改时限」列，表格上下方写明了时限'{value}'，各行按此计算整改时限",
    ),
    "unit-missing": (
        WARNING,
        "第{row}行无法确定责任单位（表中无责任单位列，填报单位、工作表名和文件名也未写明），按「未明确责任单位」统计，请在总台账中补填",
    ),
    "unknown-unit": (WARNING, "第{row}行「{column}」不在单位名录中：'{value}'{detail}"),
    "blank-description": (WARNING, "第{row}行「问题描述」为空，本行有其他内容，照常合并，请核实"),
    "missing-status": (
        WARNING,
        "第{row}行「整改状态」为空，也没有其他进展信息，按「{detail}」统计（计为未完成）",
    ),
    "unknown-status": (
        WARNING,
        "第{row}行「整改状态」'{value}'无法识别，按「{detail}」统计；这是本单位的写法的话，请在设置的「状态词」中写明它归为哪一类",
    ),
    "status-from-closeout": (WARNING, "第{row}行按「{column}」'{value}'判断整改状态为{detail}"),
    "status-from-deadline": (WARNING, "第{row}行「整改状态」为空，「整改时限」为'{value}'，按{detail}统计"),
    "status-from-columns": (WARNING, "本表没有「整改状态」列，整改状态按「{value}」列判断"),
    "status-read-from-progress": (
        WARNING,
        "第{row}行「整改状态」为空，按「整改进展」'{value}'判断为{detail}",
    ),
    "status-inferred": (WARNING, "第{row}行「整改状态」为空，已按填写了完成时间视为已完成"),
    "status-after-finish": (
        WARNING,
        "第{row}行「整改状态」为'{value}'，但已填写完成（办结）时间，按{detail}统计；若尚未完成，请改正完成时间",
    ),
    "cell-too-long": (
        WARNING,
        "第{row}行「{column}」达到 Excel 单元格的上限 32767 字（读到 {detail} 字），后面的文字可能已被截掉：全文请看原报送文件",
    ),
    "unparseable-date": (WARNING, "第{row}行「{column}」无法识别为日期：'{value}'"),
    "calendar-fallback": (
        WARNING,
        "第{row}行「{column}」'{value}'超出官方节假日数据范围（{detail}年），已按周一至周五为工作日计算",
    ),
    "done-without-finish-date": (WARNING, "第{row}行状态为已完成，但未填「完成时间」"),
    "finish-before-found": (WARNING, "第{row}行「完成时间」早于「发现时间」：{detail}"),
    "finish-after-as-of": (WARNING, "第{row}行「完成时间」晚于统计截止日：{detail}"),
    "duplicate-row": (ERROR, "第{row}行与{detail}完全相同，重复行未采用"),
    "duplicate-id": (WARNING, "第{row}行「问题编号」'{value}'与{detail}重复"),
    "new-item": (WARNING, "第{row}行是单位新增的问题，已加入总台账，编号 {value}，请核实"),
    "duplicate-id-in-return": (
        ERROR,
        "第{row}行的问题编号 '{value}' 在本报送中已用于{detail}：本行没有覆盖那个问题，而是作为新问题加入总台账，请核实编号",
    ),
    "unknown-id": (WARNING, "第{row}行的问题编号 '{value}' 在总台账中不存在（可能写错了），本行未应用"),
    "id-other-unit": (WARNING, "第{row}行的问题编号 '{value}' 不是本单位的问题{detail}，本行未应用"),
    "other-unit-row": (
        WARNING,
        "第{row}行的责任单位写的是「{value}」{detail}：一个单位的报送只能改本单位的问题，本行未应用",
    ),
    "change-ignored": (
        WARNING,
        "第{row}行把「{column}」改成了「{value}」：这一列由督查局填写，总台账保持原样；确需修改请在总台账中改",
    ),
    "missing-item": (WARNING, "{detail}的问题 {value} 不在其报送中，总台账中保持原状"),
    "unit-silent": (WARNING, "{value}本期未报送"),
    "superseded": (WARNING, "「{value}」另有较新的报送{detail}，本文件中该单位的行未采用"),
}


@dataclass(frozen=True)
class Problem:
    code: str
    severity: str
    file: str
    sheet: str | None
    row: int | None
    column: str | None
    value: str | None
    message: str

    def as_json(self) -> dict[str, Any]:
        """A problem in every command's JSON: all its fields, in this order (docs/cli.md). Made by
        hand: ``dataclasses.asdict`` deep-copies every field, 0.3 s for the 53,000 problems at L."""
        return {
            "code": self.code,
            "severity": self.severity,
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


FIELDS = ("severity", "code", "file", "sheet", "row", "column", "value", "message")  # as 校验问题 shows them


def make_problem(
    code: str,
    file: str,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    value: object = None,
    detail: str = "",
) -> Problem:
    severity, template = CODES[code]
    text = None if value is None else str(value)
    message = template.format(sheet=sheet, row=row, column=column, value=text, detail=detail)
    return Problem(code, severity, file, sheet, row, column, text, message)


class Report:
    """All problems of a run, in the order found."""

    def __init__(self, problems: Iterable[Problem] = ()) -> None:
        self.problems: list[Problem] = list(problems)

    def add(self, code: str, file: str, **kwargs: object) -> Problem:
        problem = make_problem(code, file, **kwargs)  # type: ignore[arg-type]
        self.problems.append(problem)
        return problem

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def __len__(self) -> int:
        return len(self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def flatten(self, fields: Iterable[str] = ("row", "column", "code")) -> list[tuple[Any, ...]]:
        """Problems as tuples of the chosen fields, for tests and quick looks."""
        names = tuple(fields)
        return [tuple(getattr(p, f) for f in names) for p in self.problems]

    def to_table(self) -> Table:
        """The 校验问题 table, with Chinese headers a clerk reads: errors first, each problem by its
        Chinese name (the code stays in the JSON; read_previous reads the name back)."""
        level = {ERROR: "错误", WARNING: "提示"}
        ordered = sorted(self.problems, key=lambda p: p.severity != ERROR)  # stable: files' order kept
        return Table.of_rows(
            (
                [
                    level[p.severity]
                    if f == "severity"
                    else CODE_NAMES.get(p.code, p.code)
                    if f == "code"
                    else getattr(p, f)
                    for f in FIELDS
                ]
                for p in ordered
            ),
            PROBLEM_COLUMNS,
        )


# Each code as a clerk reads it in 校验问题 (问题类型); one name per code.
CODE_NAMES: dict[str, str] = {
    "file-unreadable": "文件无法读取",
    "file-encrypted": "文件有密码",
    "file-empty": "文件是空的",
    "file-skipped": "文件未读取",
    "file-needs-resave": "需要另存后再报",
    "archive-unsupported": "压缩包格式不支持",
    "file-is-master": "汇总台账不作报送",
    "file-too-large": "文件过大",
    "hidden-sheet": "隐藏的工作表",
    "no-header": "找不到表头",
    "sheet-skipped": "工作表未读取",
    "missing-column": "缺少列",
    "column-guessed": "列是推断的",
    "columns-kept": "原样保留的列",
    "status-from-progress": "状态按进展判断",
    "no-status-column": "没有状态列",
    "deadline-base": "相对时限的起算日",
    "deadline-in-text": "时限写在文字里",
    "praised-rows": "表扬的内容不计入",
    "checked-fine": "检查无问题的项目",
    "deadline-blank-in-text": "时限空白、文字中有",
    "deadline-extended": "时限已延期",
    "deadline-from-preamble": "时限写在表外",
    "unit-missing": "责任单位不明",
    "unknown-unit": "单位不在名录中",
    "blank-description": "问题描述为空",
    "missing-status": "整改状态为空",
    "unknown-status": "不认识的状态写法",
    "status-from-closeout": "状态按销号判断",
    "status-from-deadline": "状态按时限判断",
    "status-from-columns": "状态按其他列判断",
    "status-read-from-progress": "逐行按进展判断状态",
    "status-inferred": "按完成时间视为已完成",
    "status-after-finish": "状态与完成时间不符",
    "cell-too-long": "单元格文字过长",
    "unparseable-date": "日期无法识别",
    "calendar-fallback": "节假日数据范围外",
    "done-without-finish-date": "已完成未填完成时间",
    "finish-before-found": "完成早于发现",
    "finish-after-as-of": "完成晚于截止日",
    "duplicate-row": "重复行",
    "duplicate-id": "问题编号重复",
    "new-item": "单位新增的问题",
    "duplicate-id-in-return": "报送中编号重复",
    "unknown-id": "问题编号不存在",
    "id-other-unit": "编号属于其他单位",
    "other-unit-row": "改了其他单位的问题",
    "change-ignored": "改了督查局填写的列",
    "missing-item": "报送中缺少的问题",
    "unit-silent": Sheet.SILENT,
    "superseded": "被较新的报送替代",
}
CODE_BY_NAME = {name: code for code, name in CODE_NAMES.items()}


# 未采用行: every row read that is not merged, with what the unit wrote in it.
REJECTED, SUPERSEDED = Col.REJECTED, Col.SUPERSEDED


@dataclass(frozen=True)
class RejectedRow:
    """A row left out of 总台账: where it was, what happened (退回 / 被替代), why, and its content."""

    file: str
    sheet: str | None
    row: int | None
    action: str
    reason: str
    original: str

    def record(self) -> dict[str, Any]:
        """The row of the 未采用行 sheet (columns REJECTED_COLUMNS)."""
        values = (self.file, self.sheet, self.row, self.action, self.reason, self.original)
        return dict(zip(REJECTED_COLUMNS, values, strict=True))

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> RejectedRow:
        """A row of 未采用行 as a workbook gives it back (blank cells, numbers as floats)."""
        file, sheet, row, action, reason, original = (record.get(c) for c in REJECTED_COLUMNS)

        def text(value: object) -> str:
            return "" if value is None else str(value)

        return cls(
            text(file),
            text(sheet) or None,
            int(row) if isinstance(row, int | float) and not isinstance(row, bool) else None,
            text(action),
            text(reason),
            text(original),
        )
