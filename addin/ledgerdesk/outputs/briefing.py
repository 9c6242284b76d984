"""Word briefings (通报/简报) and reminder notices (催办通知) from templates a clerk edits in Word.

The templates in templates/ are docxtpl (Jinja) documents laid out after GB/T 9704-2012. This
module turns the figures into the sentences and tables officials write — percentages with two
decimals (97.56%), dates as 2024年7月31日, counts in Arabic numerals — and renders them. A
template with an unknown placeholder or a Jinja syntax error is reported by name, in Chinese.
Every placeholder is listed in docs/templates.md (checked by a test).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from lxml import etree

from ..errors import LedgerdeskError
from ..figures.history import Delta
from ..figures.metrics import Metrics, UnitFigures, format_date, format_rate, most_overdue_first
from ..files import atomic_output, safe_filename, staged_folder
from ..model import Col, Sheet
from ..reading.settings import Settings
from ..resources import templates_dir
from ..table import Table
from . import lib_docxtpl as docxtpl_steps
from .chart import EmbeddedChart, WordChart, chart_workbook
from .layout import (
    LEDGER_TABLE,
    OVERDUE_TABLE,
    PAGE_PT,
    POINTS_PER_CM,
    UNITS_TABLE,
    bulletin_record_on_own_page,
    chart_room_mm,
    name_in_cell,
    record_on_own_page,
    title_lines,
)
from .lib_docx import section_properties
from .sandbox import Bounded, Refused, TemplateSandbox, TemplateTooLarge, check_size

BRIEFING_TEMPLATE = "通报模板.docx"
# The chart: a bar per unit, 5.6 mm for its 10.5 pt name; title and axis take 30 mm; a line of the
# page is left spare under it (the estimate of the room may be a little off).
CHART_BAR_MM, CHART_FRAME_MM, CHART_SPARE_MM, CHART_MIN_BARS = 5.6, 30.0, 10.0, 5
# A chart on a page of its own leaves a line or two of the text block (GB/T 9704's 225 mm) spare.
PAGE_MM, PAGE_SPARE_MM = PAGE_PT / POINTS_PER_CM * 10, 20
BULLETIN_MARKS = (b"bulletin_record_page", b"bulletin_title_lines")  # what only a 简报 template uses
NAMED_UNITS = 20  # units named one by one in a sentence; more are summed up with 等
BULLETIN_TEMPLATE = "简报模板.docx"
NOTICE_TEMPLATE = "催办通知模板.docx"


class TemplateError(LedgerdeskError):
    """A template that cannot be used; the message names the template and the placeholder."""


@dataclass
class Documents:
    briefing: Path
    notices: list[Path] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Sentences and tables


def briefing_context(metrics: Metrics, delta: Delta | None, settings: Settings) -> dict[str, Any]:
    """Everything the 通报 and 简报 templates can use (see docs/templates.md)."""
    t = metrics.total
    units = [u for u in metrics.units if u.items]
    unit_cm = dict(UNITS_TABLE)[Col.UNIT_NAME]  # the units table's 单位 column
    items = metrics.items
    as_of = format_date(metrics.as_of)
    late = [i for i, o in enumerate(items[Col.OVERDUE]) if o]
    overdue_rows = _item_rows(items, late, overdue=True, limit=settings.annex_limit)
    all_rows = (
        _item_rows(items, range(len(items)), overdue=False, limit=settings.annex_limit)
        if settings.annex_ledger
        else []
    )
    annexes = [name for name, rows in ((OVERDUE_ANNEX, overdue_rows), (LEDGER_ANNEX, all_rows)) if rows]
    labels = annex_labels(annexes)
    return {
        "title": settings.brief_title,
        "title_lines": title_lines(settings.brief_title),
        "bulletin_title_lines": title_lines(bulletin_title(settings.brief_title)),
        "issuer_mark": settings.issuer_mark,
        "record_page": False,  # set by write_documents from the page plan
        "bulletin_record_page": False,
        "bulletin_record": [
            f"{lead}{text}"
            for lead, text in (
                ("报：", settings.report_to),
                ("送：", settings.recipients),
                ("发：", settings.cc),
            )
            if text
        ],
        "doc_number": settings.doc_number,
        "recipients": settings.recipients,
        "issuer": settings.issuer,
        "campaign": settings.campaign,
        "cc": settings.cc,
        "printer": settings.printer or settings.issuer,
        "masthead": settings.masthead,
        "issue_no": settings.issue_no,
        "report_to": settings.report_to,
        "as_of": as_of,
        "date": as_of,
        "print_date": as_of,
        "unit_count": t.units,
        "items": t.items,
        "done": t.done,
        "open": t.working,  # 正在整改: one definition, text and tables
        "long_term": t.long_term,
        "rate": format_rate(t.completion_rate),
        "overdue": t.overdue,
        "due_soon": t.due_soon,
        "totals_sentence": totals_sentence(metrics),
        "change_sentence": change_sentence(delta),
        "progress_sentence": progress_sentence(metrics),
        "red_list_sentence": red_list_sentence(metrics, settings),
        "black_list_sentence": black_list_sentence(metrics, settings),
        # a 简报 reports; only a 通报 praises or criticises (予以通报表扬 is the 通报's act)
        "bulletin_red_list": red_list_sentence(metrics, settings, "予以表扬"),
        "bulletin_black_list": black_list_sentence(metrics, settings, ""),
        "problems_sentence": problems_sentence(metrics, labels.get(OVERDUE_ANNEX, "")),
        "problems_summary": problems_sentence(metrics),
        "units": [
            {
                "no": n,
                "unit": u.unit,
                "unit_cell": name_in_cell(u.unit, unit_cm),
                "found": u.items,
                "done": u.done,
                "open": u.working,
                "long_term": u.long_term,
                "overdue": u.overdue,
                "rate": format_rate(u.completion_rate),
                "rank": "" if u.rank is None else u.rank,
            }
            for n, u in enumerate(units, start=1)
        ],
        "overdue_items": overdue_rows,
        "annex_note": OVERDUE_RULE
        + _annex_note(len(late), settings.annex_limit, "超期未完成问题", Sheet.OVERDUE),
        "annex_ledger": bool(all_rows),
        "annex_lines": annex_lines(annexes),
        "overdue_annex": labels.get(OVERDUE_ANNEX, ""),
        "ledger_annex": labels.get(LEDGER_ANNEX, ""),
        "all_items": all_rows,
        "ledger_note": _annex_note(
            len(items) if settings.annex_ledger else 0, settings.annex_limit, "问题", Sheet.LEDGER
        ),
        "chart": None,
    }


OVERDUE_ANNEX, LEDGER_ANNEX = "超期未完成问题清单", "问题整改台账"


def annex_labels(annexes: list[str]) -> dict[str, str]:
    """附件 when there is one attachment, 附件1, 附件2 … when there are more (GB/T 9704 §7.3.4)."""
    if len(annexes) == 1:
        return {annexes[0]: "附件"}
    return {name: f"附件{n}" for n, name in enumerate(annexes, start=1)}


def annex_lines(annexes: list[str]) -> list[str]:
    """The 附件说明 under the text: 附件：名称 for one, 附件：1.名称 / 2.名称 for more."""
    if len(annexes) == 1:
        return annexes
    return [f"{n}.{name}" for n, name in enumerate(annexes, start=1)]


def totals_sentence(metrics: Metrics) -> str:
    """截至2024年7月31日，37家单位共发现问题164个，已整改160个，整改完成率97.56%；其余4个……"""
    t = metrics.total
    text = (
        f"截至{format_date(metrics.as_of)}，{t.units}家单位共发现问题{t.items}个，"
        f"已整改{t.done}个，整改完成率{format_rate(t.completion_rate)}"
    )
    rest = t.items - t.done
    if rest:
        working = t.working  # the 正在整改数 of the tables
        parts = []
        if working:
            started = f"（含尚未启动整改{t.not_started}个）" if t.not_started else ""
            parts.append(f"正在整改{working}个{started}")
        if t.long_term:
            parts.append(f"长期坚持{t.long_term}个")
        text += f"；其余{rest}个已列入整改台账，持续跟踪问效（其中{'，'.join(parts)}）"
    return text + "。"


def change_sentence(delta: Delta | None) -> str:
    """与上期（2024年7月15日）相比，新完成整改问题3个……; empty for the first period."""
    if not delta:
        return ""
    previous = format_date(date.fromisoformat(delta.previous_as_of))
    parts = [f"新完成整改问题{len(delta.newly_closed)}个"]
    if delta.new_items:
        parts.append(f"新增问题{len(delta.new_items)}个")
    change = delta.total.change_pp
    if change is not None:
        if abs(change) < 0.005:
            parts.append("整改完成率持平")
        else:
            parts.append(f"整改完成率{'提高' if change > 0 else '下降'}{abs(change):.2f}个百分点")
    if delta.became_overdue:
        parts.append(f"新增超期问题{len(delta.became_overdue)}个")
    return f"与上期（{previous}）相比，" + "，".join(parts) + "。"


def progress_sentence(metrics: Metrics) -> str:
    units = [u for u in metrics.units if u.items]
    full = sum(u.completion_rate is not None and u.completion_rate >= 1 for u in units)
    working = sum(u.working > 0 for u in units)
    long_only = sum(u.working == 0 and u.long_term > 0 for u in units)
    overdue = sum(u.overdue > 0 for u in units)
    text = f"从各单位情况看，{full}家单位整改完成率达到{format_rate(1.0)}"
    if working:
        text += f"，{working}家单位尚有问题正在整改"
    if long_only and full + working < len(units):
        text += f"，{long_only}家单位仅有长期坚持事项、需持续推进"
    if overdue:
        text += f"，其中{overdue}家单位有超期未完成问题"
    return text + "。各单位整改情况见下表（按整改完成率排名，完成率相同的并列）。"


def bulletin_title(title: str) -> str:
    """A 简报 article's title from the 通报's (关于…情况的通报 → …情况): a 简报 is no 通报."""
    return re.sub(r"的?通报$", "", re.sub(r"^关于", "", title.strip())) or title


def red_list_sentence(metrics: Metrics, settings: Settings, praise: str = "予以通报表扬") -> str:
    units = _ranked(metrics)
    names = [u.unit for u, rate in units if rate >= settings.red_rate]
    if not names:
        return f"本期没有单位整改完成率达到{format_rate(settings.red_rate)}。"
    return (
        f"{_names(names, True)}{len(names)}家单位整改完成率达到{format_rate(settings.red_rate)}，{praise}。"
    )


def black_list_sentence(metrics: Metrics, settings: Settings, blame: str = "予以通报批评，") -> str:
    units = _ranked(metrics)
    names = [
        f"{u.unit}（{format_rate(u.completion_rate)}）"
        for u, rate in units
        if rate < settings.black_rate and (settings.black_long_term or u.working)
    ]
    if not names:
        return f"本期没有单位整改完成率低于{format_rate(settings.black_rate)}。"
    return (
        f"{_names(names, True)}{len(names)}家单位整改完成率低于{format_rate(settings.black_rate)}，"
        f"排名靠后，{blame}请切实加快整改进度。"
    )


def problems_sentence(metrics: Metrics, annex: str = "") -> str:
    """What is still wrong; ``annex`` is the label of the overdue list (附件, 附件1) if attached."""
    t = metrics.total
    items = metrics.items
    if t.overdue:
        names = list(dict.fromkeys(u for u, o in zip(items[Col.UNIT], items[Col.OVERDUE], strict=True) if o))
        text = (
            f"仍有{t.overdue}个问题超期未完成，涉及{_names(names)}{len(names)}家单位"
            f"{f'（详见{annex}）' if annex else ''}，个别单位存在重视不够、推进不力的情况"
        )
    else:
        text = "没有超期未完成的问题"
    if t.due_soon:
        window = (
            f"{metrics.settings.due_soon_days}个{'工作日' if metrics.settings.due_soon_workdays else '天'}"
        )
        text += f"；另有{t.due_soon}个问题将在{window}内到期，需抓紧推进"
    if t.long_term:
        text += f"；{t.long_term}个长期坚持事项需建立长效机制、持续推进"
    return text + "。"


def _names(names: list[str], always_deng: bool = False) -> str:
    """Units named in a sentence: all of them up to NAMED_UNITS, then the first ones and 等."""
    if len(names) > NAMED_UNITS:
        return "、".join(names[:NAMED_UNITS]) + "等"
    return "、".join(names) + ("等" if always_deng else "")


def _ranked(metrics: Metrics) -> list[tuple[UnitFigures, float]]:
    """The units with items and a rate, with that rate."""
    return [(u, u.completion_rate) for u in metrics.units if u.items and u.completion_rate is not None]


# The overdue-days rule, said once on the page that lists the days (a 6月30日 that fell on a Sunday
# counts from 7月1日), and whose words the progress column holds.
OVERDUE_RULE = (
    "注：超期天数按自然日计，自有效时限次日起算至统计截止日；整改时限逢周末、法定节假日的，顺延至下一个工作日。"
    "整改进展为责任单位填报的原文。"
)


def _annex_note(count: int, limit: int, what: str, sheet: str) -> str:
    """A Word annex lists at most ``limit`` rows; it says how many more there are and where."""
    if count <= limit:
        return ""
    return f"以上列出{limit}个，另有{count - limit}个{what}未列出，详见汇总台账「{sheet}」工作表。"


ANNEX_FIELDS = (
    Col.UNIT,
    Col.DESCRIPTION,
    Col.DEADLINE,
    Col.DEADLINE_TEXT,
    Col.DAYS_OVERDUE,
    Col.PROGRESS,
    Col.STATUS,
    Col.DONE_ON,
)


def _item_rows(items: Table, rows: Sequence[int], overdue: bool, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` of ``rows`` in an annex table (most overdue first for the overdue list)."""
    if overdue:
        rows = most_overdue_first(rows, items[Col.DAYS_OVERDUE], items[Col.UNIT])
    listed = []
    unit_cm = dict(OVERDUE_TABLE if overdue else LEDGER_TABLE)[Col.UNIT]
    for n, r in enumerate(items.select(ANNEX_FIELDS).take(rows[:limit]).records(), start=1):
        listed.append(
            {
                "no": n,
                "unit": r[Col.UNIT],
                "unit_cell": name_in_cell(r[Col.UNIT], unit_cm),
                "description": r[Col.DESCRIPTION],
                "deadline": _date_text(r[Col.DEADLINE], r.get(Col.DEADLINE_TEXT, "")),
                "days": "" if r[Col.DAYS_OVERDUE] is None else int(r[Col.DAYS_OVERDUE]),
                "progress": r.get(Col.PROGRESS, "") or r.get(Col.STATUS, ""),
                "status": r.get(Col.STATUS, ""),
                "finished": _date_text(r.get(Col.DONE_ON), ""),
            }
        )
    return listed


def _date_text(value: object, original: str) -> str:
    if isinstance(value, date):
        return format_date(value)
    return original or ""


# ---------------------------------------------------------------------------------------------
# Notices


def notice_contexts(metrics: Metrics, settings: Settings) -> list[dict[str, Any]]:
    """One context per unit with overdue or due-soon items, worst first, numbered from 1."""
    calendar = settings.calendar()
    reply_by = format_date(calendar.add_workdays(metrics.as_of, settings.reply_days))
    items = metrics.items
    overdue, days, left = items[Col.OVERDUE], items[Col.DAYS_OVERDUE], items[Col.DAYS_LEFT]
    descriptions, deadlines, written = items[Col.DESCRIPTION], items[Col.DEADLINE], items[Col.DEADLINE_TEXT]
    progress, status = items[Col.PROGRESS], items[Col.STATUS]
    late = most_overdue_first((i for i, o in enumerate(overdue) if o), days) + [
        i for i, (o, s) in enumerate(zip(overdue, items[Col.DUE_SOON], strict=True)) if s and not o
    ]
    by_unit: dict[str, list[int]] = {}
    units = items[Col.UNIT]
    for i in late:  # one pass, not a filter per unit
        by_unit.setdefault(units[i], []).append(i)
    dates = {d: format_date(d) for d in {deadlines[i] for i in late} if isinstance(d, date)}
    lagging = sorted(
        (u for u in metrics.units if u.overdue or u.due_soon), key=lambda u: (-u.overdue, -u.due_soon)
    )  # stable: units with the same counts keep their rank order
    contexts = []
    for seq, u in enumerate(lagging, start=1):
        mine = by_unit.get(u.unit, [])
        parts = []
        if u.overdue:
            parts.append(f"有{u.overdue}个问题超期未完成")
        if u.due_soon:
            parts.append(f"{'另' if parts else ''}有{u.due_soon}个问题即将到期")
        contexts.append(
            {
                "seq": seq,
                "notice_number": f"{settings.notice_prefix}〔{metrics.as_of.year}〕{seq}号",
                "unit": u.unit,
                "campaign": settings.campaign or "问题整改工作",
                "as_of": format_date(metrics.as_of),
                "date": format_date(metrics.as_of),
                "situation": "，".join(parts),
                "reply_by": reply_by,
                "issuer": settings.issuer,
                "contact": settings.contact,
                "items": [
                    {
                        "no": n,
                        "description": descriptions[i],
                        "deadline": dates.get(deadlines[i]) or written[i] or "",
                        "situation": _situation(overdue[i], days[i], left[i]),
                        "progress": progress[i] or status[i],
                    }
                    for n, i in enumerate(mine, start=1)
                ],
            }
        )
    return contexts


def _situation(overdue: bool, days: int | None, left: int | None) -> str:
    if overdue:
        return f"超期{int(days or 0)}天"
    return "今日到期" if not left else f"{int(left)}个工作日后到期"


# ---------------------------------------------------------------------------------------------
# Rendering


# Characters XML 1.0 forbids (a Word soft line break pasted into Excel is \x0b): a line break
# becomes a line break (which Word shows as a space inside a run), the rest goes.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def word_safe(value):
    """A template context with every text made valid in a Word document."""
    if isinstance(value, str):
        if value.isprintable():  # most texts, checked in C: nothing to take out
            return value
        return XML_ILLEGAL.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", value)
    if isinstance(value, dict):
        return {k: word_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(word_safe(v) for v in value)
    return value


def template_environment() -> TemplateSandbox:
    """The Jinja every template is filled with. Templates travel between offices by mail, so a
    template may read data and nothing else, within a time and size limit (outputs.sandbox)."""
    return TemplateSandbox()


def check_template(template: DocxTemplate, name: str, context: dict[str, Any]) -> None:
    """Refuse a template with a Jinja syntax error or a placeholder the context does not have."""
    body = ""
    try:
        body = _paragraph_lines(docxtpl_steps.body(template))
        template_environment().parse(body)  # errors name the paragraph
        unknown = template.get_undeclared_template_variables(
            jinja_env=template_environment(), context=context
        )
    except jinja2.TemplateSyntaxError as exc:
        if not exc.source and body:  # found when compiling (a filter that does not exist): locate it
            exc = _compile_error(body) or exc
        raise TemplateError(
            f"模板「{name}」有语法错误（在“{_paragraph(exc.source, exc.lineno)}”这一段）："
            "请检查 {{ }} 和 {% %} 是否成对、占位符的名字是否写对"
        ) from None
    if unknown:
        names = "、".join(f"{{{{ {v} }}}}" for v in sorted(unknown))
        raise TemplateError(f"模板「{name}」中有不认识的占位符：{names}；可用的占位符见 docs/templates.md")


def _paragraph_lines(xml: str) -> str:
    """A body with each paragraph on a line of its own, as docxtpl's render_xml_part makes it
    before filling it in (so a Jinja error's line number names the paragraph)."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def _compile_error(body: str) -> jinja2.TemplateSyntaxError | None:
    """The error compiling the body gives, with its line: a paragraph a line."""
    try:
        template_environment().from_string(body)
    except jinja2.TemplateSyntaxError as exc:
        return exc
    return None


def _paragraph(source: str | None, lineno: int | None) -> str:
    """The text of the paragraph a Jinja error points at (docxtpl puts each <w:p> on a line)."""
    if not source or not lineno:
        return ""
    line = source.splitlines()[lineno - 1] if lineno <= len(source.splitlines()) else ""
    return re.sub(r"<[^>]+>", "", line).strip()[:60]


# a fill that cannot be done (a macro calling itself for ever: RecursionError)
FILL_ERRORS = (jinja2.TemplateError, ArithmeticError, TypeError, ValueError, RecursionError, MemoryError)


def fill_error(name: str, exc: Exception) -> TemplateError:
    """A Chinese message for a template that cannot be filled in, naming the paragraph."""
    where = "".join(getattr(exc, "docx_context", None) or []).strip()[:60]
    where = f"（在“{where}”附近）" if where else ""
    if isinstance(exc, Refused):
        return TemplateError(f"模板「{name}」中有不允许的写法{where}：{exc}，出于安全考虑没有执行")
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return TemplateError(f"模板「{name}」中有不允许的写法，出于安全考虑没有执行{where}")
    if isinstance(exc, RecursionError | MemoryError):
        return TemplateError(
            f"模板「{name}」中的宏调用层次太深或内容太多{where}，请检查 {{% macro %}} 的写法"
        )
    if isinstance(exc, ZeroDivisionError):
        return TemplateError(f"模板「{name}」中的计算除以了零{where}，请检查占位符里的算式")
    return TemplateError(f"模板「{name}」无法填写{where}：请检查占位符和 {{% %}} 语句的写法")


def render_document(
    template_path: Path,
    context: dict[str, Any],
    out: Path,
    charts: dict[str, EmbeddedChart] | None = None,
    source: bytes | None = None,
    checked: bool = False,
) -> Path:
    """Render one template to ``out`` (written atomically).

    ``source`` is the template file's bytes when many documents come from one template (read
    once), and ``checked`` says its placeholders were already checked against such a context.
    """
    if source is None:
        if not template_path.is_file():
            raise TemplateError(f"找不到模板：{template_path}")
        source = template_path.read_bytes()
    _check_size(source, template_path.name)
    try:
        template = DocxTemplate(io.BytesIO(source))
    except Exception:
        raise TemplateError(f"「{template_path.name}」不是有效的 Word 文档（.docx）") from None
    context = dict(context)
    if not checked:
        check_template(template, template_path.name, context)
    for key, chart in (charts or {}).items():
        context[key] = WordChart(template, chart)
    try:
        template.render(context, jinja_env=template_environment(), autoescape=True)
    except FILL_ERRORS as exc:
        raise fill_error(template_path.name, exc) from None
    if context.get("record_page") and len(template.docx.sections) > 1:
        # The 版记's own section starts on the next even page (GB/T 9704 §10: the 版记 is on the
        # last, even page); Word inserts the blank page when the text ends on an even page.
        last = template.docx.sections[-1]
        last.start_type = WD_SECTION.EVEN_PAGE
        # its page numbers are the text's ("same as previous"): the references go, the footers
        # stay (the text's section uses them)
        properties = section_properties(last)
        for reference in properties.findall(qn("w:footerReference")):
            properties.remove(reference)
    with atomic_output(out) as tmp:
        template.save(str(tmp))
    return out


def _check_size(source: bytes, name: str) -> None:
    try:
        check_size(source, name)
    except TemplateTooLarge as exc:
        raise TemplateError(str(exc)) from None


def completion_chart(metrics: Metrics, room_mm: float | None = None) -> EmbeddedChart | None:
    """The bar chart of completion rates by unit for the briefing (None when no unit has items),
    its labels at 10.5 pt (五号). It fills the ``room_mm`` left under the units table on its page
    with the units lagging most, when at least CHART_MIN_BARS of them fit there; else it takes a
    page of its own, every unit when they fit on one (the text then runs on below it)."""
    units = _ranked(metrics)
    if not units:
        return None
    fit = int(((room_mm or 0) - CHART_SPARE_MM - CHART_FRAME_MM) // CHART_BAR_MM)
    if fit < min(len(units), CHART_MIN_BARS):
        fit = int((PAGE_MM - PAGE_SPARE_MM - CHART_FRAME_MM) // CHART_BAR_MM)
    as_of = format_date(metrics.as_of)
    title = f"各单位整改完成率（截至{as_of}）"
    if len(units) > fit:  # a bar per unit does not fit: show those lagging most
        units = units[-fit:]
        title = f"整改完成率最低的{fit}家单位（截至{as_of}）"
    height_mm = CHART_FRAME_MM + CHART_BAR_MM * len(units)
    workbook = chart_workbook(
        [u.unit for u, _ in units],
        [rate for _, rate in units],
        [bool(u.overdue) for u, _ in units],
        title,
        height_mm,
    )
    return EmbeddedChart(workbook, height_mm)


def write_documents(
    metrics: Metrics,
    delta: Delta | None,
    settings: Settings,
    briefing_path: Path,
    template: Path | None = None,
    notices_dir: Path | None = None,
    notice_template: Path | None = None,
) -> Documents:
    """The briefing, and (when ``notices_dir`` is given) one reminder notice per lagging unit."""
    template = template or templates_dir() / BRIEFING_TEMPLATE
    context = word_safe(briefing_context(metrics, delta, settings))
    chart = completion_chart(metrics, chart_room_mm(context, _is_bulletin(template)))
    chart_mm = chart.height_mm if chart else None
    context["record_page"] = record_on_own_page(context, chart_mm)  # 通报
    context["bulletin_record_page"] = bulletin_record_on_own_page(context, chart_mm)  # 简报
    render_document(template, context, briefing_path, {"chart": chart} if chart else None)
    docs = Documents(briefing_path)
    if notices_dir is not None:
        docs.notices = write_notices(metrics, settings, notices_dir, notice_template)
    return docs


# What docxtpl's resolve_listing turns into Word's breaks; docxtpl's {%tc %} (over table cells).
LISTING = "\t\a\n\f"


def has_listing(xml: str) -> bool:
    """Whether a rendered body has a character resolve_listing changes: four scans for one
    character (memchr, in C) — a regex character class over a long notice took longer."""
    return any(ch in xml for ch in LISTING)


CELL_TAG = re.compile(r"\{[%{]-?\s*tc\s")


class _CompiledOnce(TemplateSandbox):
    """The template environment, compiling each template text once: docxtpl compiles the body
    on every render, which is most of the time of a notice."""

    def __init__(self) -> None:
        super().__init__()
        self._compiled: dict[str, _Body] = {}

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:  # noqa: A002
        compiled = self._compiled.get(source)
        if compiled is None:
            compiled = self._compiled[source] = _Body(super().from_string(source, globals, template_class))
        return compiled


class _Body:
    """A compiled body whose output comes without docxtpl's paragraph marks. docxtpl puts a line
    break before every ``<w:p`` to find paragraphs and takes it out after rendering with a regex
    substitution that expands its replacement in Python for each paragraph (a notice listing 500
    items has thousands); ``str.replace`` takes out exactly the same in C, and docxtpl's own
    substitution, which still runs, then finds nothing to do."""

    def __init__(self, template: Bounded) -> None:
        self.template = template

    def render(self, context: dict[str, Any]) -> str:
        return self.template.render(context).replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")


class FastTemplate:
    """One template filled many times (the notices): opened and compiled once, each document
    written by rendering the body and adding it to a copy of the other parts of the .docx,
    compressed once.

    The body is rendered by docxtpl's own steps (render_xml_part: paragraphs, escapes, line
    breaks; fix_tables; fix_docpr_ids), so a notice is what docxtpl's render makes of it
    (tests/test_briefing.py compares the two). A template with placeholders in a header or
    footer is filled by docxtpl's render instead.
    """

    def __init__(self, path: Path, source: bytes, context: dict[str, Any]) -> None:
        _check_size(source, path.name)
        self.template = DocxTemplate(io.BytesIO(source))
        check_template(self.template, path.name, context)  # reads it, leaves it as it was
        with zipfile.ZipFile(io.BytesIO(source)) as z:
            parts = [(info, z.read(info)) for info in z.infolist()]
        self.usable = not any(
            (b"{{" in data or b"{%" in data)
            for info, data in parts
            if info.filename.startswith(("word/header", "word/footer"))
        )
        # Every part but the body, compressed once: each notice is a copy with its body added.
        base = io.BytesIO()
        with zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in parts:
                if info.filename != "word/document.xml":
                    z.writestr(info, data)
        self.base = base.getvalue()
        self.document_info, document_xml = next(p for p in parts if p[0].filename == "word/document.xml")
        docxtpl_steps.prepare(self.template)
        # docxtpl's resolve_listing turns tabs, line breaks and page breaks typed in a value into
        # Word's; over a long notice it costs more than the rest of the notice. A body without any
        # of these characters comes out of it unchanged, so it is called only when one is there.
        docxtpl_steps.filter_listing(self.template, has_listing)
        raw = docxtpl_steps.raw_body(self.template)
        self.xml = docxtpl_steps.patch(self.template, raw)  # the <w:body>, tags made Jinja
        # fix_tables and fix_docpr_ids change a rendered body only where a {%tc %} tag varied a
        # row's cells (else every row is a copy of one of the template's) or where there is a
        # picture; a template with neither, whose tables they leave alone, is not parsed again for
        # every notice.
        fixed = etree.tostring(docxtpl_steps.fix_tables(self.template, self.xml), encoding="unicode")
        self.fixes_tree = (
            CELL_TAG.search(re.sub(r"<[^>]+>", "", raw)) is not None
            or "docPr" in self.xml
            or fixed
            != etree.tostring(etree.fromstring(self.xml, etree.XMLParser(recover=True)), encoding="unicode")
        )
        self.name = path.name
        self.jinja = _CompiledOnce()
        # docxtpl's render_xml_part, with the steps that depend on the template alone done once: the
        # line break it puts before each paragraph, and compiling the body.
        self.body = self.jinja.from_string(_paragraph_lines(self.xml))
        document = document_xml.decode("utf-8")
        self.before = document[: document.index("<w:body")]
        self.after = document[document.index("</w:body>") + len("</w:body>") :]

    def _named(self, failed: Exception, context: dict[str, Any]) -> Exception:
        """The error docxtpl's own step gives for the same fill: it names where in the template
        the fill went wrong (``fill_error`` quotes it)."""
        try:
            docxtpl_steps.render_part(self.template, self.xml, context, self.jinja)
        except FILL_ERRORS as exc:
            return exc
        return failed

    def render(self, context: dict[str, Any], out: Path) -> Path:
        """Write one notice to ``out``, a new file in the folder files.staged_folder gives: the set of
        notices lands whole or not at all, so a notice needs no temporary file of its own."""
        template = self.template
        docxtpl_steps.start_document(template)  # as docxtpl's render starts each document
        try:
            xml = self.body.render(context)  # the rest of render_xml_part's steps, below
        except FILL_ERRORS as failed:
            raise fill_error(self.name, self._named(failed, context)) from None
        if "{_" in xml or "_}" in xml:  # braces the template escaped ({_{ … }_}, {_% … %_})
            xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        xml = docxtpl_steps.resolve_listing(template, xml)
        if self.fixes_tree:
            tree = docxtpl_steps.fix_tables(template, xml)
            docxtpl_steps.fix_docpr_ids(template, tree)
            xml = etree.tostring(tree, encoding="unicode")
        body = re.sub(r"^<w:body[^>]*>", "<w:body>", xml)  # the namespaces are declared on the document
        out.write_bytes(self.base)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr(self.document_info, (self.before + body + self.after).encode("utf-8"))
        return out


NOTICE_NAME = re.compile(r"^\d{2,}_.+_催办通知\.docx$")


def write_notices(
    metrics: Metrics, settings: Settings, out_dir: Path, template: Path | None = None
) -> list[Path]:
    """Numbered notices in one folder; notices of an earlier run of the same folder are replaced."""
    template = template or templates_dir() / NOTICE_TEMPLATE
    contexts = [word_safe(c) for c in notice_contexts(metrics, settings)]
    if not template.is_file():
        raise TemplateError(f"找不到模板：{template}")
    source = template.read_bytes()
    written: list[Path] = []
    fast = None
    if contexts:
        try:
            fast = FastTemplate(template, source, contexts[0])  # checks the placeholders once for all
        except (zipfile.BadZipFile, KeyError, ValueError):
            raise TemplateError(f"「{template.name}」不是有效的 Word 文档（.docx）") from None
    # All notices are written first; only then do they replace an earlier run's, all together.
    with staged_folder(out_dir) as stage:
        for context in contexts:
            name = f"{context['seq']:02d}_{safe_filename(context['unit'])}_催办通知.docx"
            if fast is not None and fast.usable:
                fast.render(context, stage / name)
            else:  # placeholders in a header or footer: docxtpl fills every part
                render_document(template, context, stage / name, source=source, checked=True)
            written.append(out_dir / name)
    current = {p.name for p in written}
    for old in out_dir.iterdir():  # an earlier run's notices that this run did not write again
        if NOTICE_NAME.match(old.name) and old.name not in current:
            old.unlink()
    return written


# what a 催办通知 is filled with (notice_contexts), beside the items' own fields
NOTICE_FIELDS = frozenset(
    ("seq", "notice_number", "unit", "campaign", "as_of", "date", "situation", "reply_by", "issuer")
    + ("contact", "items")
)
TEMPLATE_KINDS = {"briefing": "通报或简报模板", "notice": "催办通知模板"}


def check_template_file(path: Path, settings: Settings, kind: str) -> None:
    """A template given for a 通报/简报 (``briefing``) or a 催办通知 (``notice``), checked before any
    work is done: a Word document, no syntax error, every placeholder one its kind fills. A notice
    template given as the briefing's (or the other way round) is named as such."""
    if not path.is_file():
        raise TemplateError(f"找不到模板：{path}")
    if path.suffix.lower() != ".docx" or not zipfile.is_zipfile(path):
        raise TemplateError(
            f"「{path.name}」不是 Word 文档（.docx）：模板要用 Word 或 WPS 文字编辑，另存为 .docx 文件"
        )
    source = path.read_bytes()
    _check_size(source, path.name)
    try:
        template = DocxTemplate(io.BytesIO(source))
        docxtpl_steps.body(template)  # opened here: a file that is no Word document is named
    except Exception:
        raise TemplateError(f"「{path.name}」不是有效的 Word 文档（.docx）") from None
    if kind == "briefing":
        context = word_safe(briefing_context(_no_items(settings), None, settings))
        context.update(record_page=False, bulletin_record_page=False, chart=None)
    else:
        context = dict.fromkeys(NOTICE_FIELDS)
    try:
        used = template.get_undeclared_template_variables(jinja_env=template_environment())
    except jinja2.TemplateError:
        used = set()  # check_template names the paragraph with the syntax error
    other = "notice" if kind == "briefing" else "briefing"
    if _template_kind(used) == other:
        option = "--notice-template" if other == "notice" else "--template"
        raise TemplateError(
            f"「{path.name}」是{TEMPLATE_KINDS[other]}，不是{TEMPLATE_KINDS[kind]}：请用 {option} 指定它；"
            "没有改动任何文件"
        )
    check_template(template, path.name, context)


def _is_bulletin(template: Path) -> bool:
    """Whether a template is laid out as the 简报 (its chart last, under the table): its text names
    what only the 简报 uses. Read as bytes, not compiled: compiling a template outside the sandbox
    (to list its placeholders) would run what a hostile one asks for, 9**9**9 included."""
    try:
        with zipfile.ZipFile(template) as z:
            body = z.read("word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False  # (render_document says what is wrong with the file)
    return any(mark in body for mark in BULLETIN_MARKS)


def _template_kind(used: set[str]) -> str | None:
    """What a template is for, by its placeholders: a notice names one ``unit`` and uses nothing
    else a notice is not filled with; a briefing names ``units`` (the table of every unit)."""
    if "unit" in used and used <= NOTICE_FIELDS:
        return "notice"
    if "units" in used and "unit" not in used:
        return "briefing"
    return None


def _no_items(settings: Settings) -> Metrics:
    """The figures of an empty ledger: the names a briefing's context has, for checking templates."""
    from ..figures.metrics import compute_metrics
    from ..model import LEDGER_COLUMNS

    return compute_metrics(
        Table({c: [] for c in LEDGER_COLUMNS}, 0), settings.as_of or date.today(), settings
    )


def placeholders(template_path: Path) -> set[str]:
    """Every variable a template uses (for the docs check)."""
    return set(DocxTemplate(str(template_path)).get_undeclared_template_variables())
