"""The Jinja a clerk's Word template is filled with: data in, text out, nothing else.

Templates travel between offices by mail and are edited by anyone, so a template is treated as
hostile. What it may do is what the bundled templates do: print a value (``{{ u.rate }}``), look
up a key of a row (``i.deadline``), loop over rows (``{% for u in units %}``), test and count
(``loop.first``, ``range``), define a macro. What it may not:

* reach any object that is not plain data: an attribute of anything but a dict, a list, a
  string, a number, a date or Jinja's own loop and namespace is refused (a chart placed in the
  context is printed, never opened: ``chart.template.save(…)`` is refused);
* call anything but ``range``, ``namespace``, ``dict``, ``loop.cycle``/``loop.changed`` and a
  macro of its own (no method of any value: no ``format_map``, no ``replace_zipname``);
* build a huge value: ``'x' * n`` and ``n ** m`` are bounded, ``range`` is bounded, ``lipsum``
  is gone;
* run for long or write a lot: each fill has a deadline and an output budget, checked as the
  output is produced, on every lookup and call and at the start of every loop over a range.

Every refusal is a :class:`Refused` (a Jinja ``SecurityError``) whose message says in Chinese
what was refused; ``briefing.fill_error`` adds the template's name and the paragraph.
"""

from __future__ import annotations

import io
import operator
import time
import zipfile
from datetime import date, datetime
from typing import Any

import jinja2
from jinja2.runtime import LoopContext, Macro, Undefined
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace

FILL_SECONDS = 30.0  # one document (or one notice) is filled in well under a second
OUTPUT_CHARS = 64_000_000  # a province's 通报 with every item in its 附件 is a few MB of XML
TEXT_CHARS = 1_000_000  # the longest text ``*`` may build
RANGE_ITEMS = 100_000  # the most numbers one ``range`` may give
POWER_DIGITS = 100  # the largest result of ``**``, in digits
TEMPLATE_BYTES = 20 * 1024 * 1024  # a template file (the bundled ones are ~40 KB)
TEMPLATE_INFLATED = 100 * 1024 * 1024  # what its parts unpack to

PLAIN = (dict, list, tuple, str, int, float, bool, date, datetime, type(None))
JINJA_OWN = (LoopContext, Namespace, Cycler, Joiner, Undefined)
LOOP_CALLS = frozenset(("cycle", "changed"))
CALLABLE = (Namespace, dict, Cycler, Joiner)  # Jinja's globals a template may call


class Refused(jinja2.exceptions.SecurityError):
    """Something a template may not do; the message says what, in Chinese."""


def check_size(source: bytes, name: str) -> None:
    """Refuse a template whose file or unpacked parts are far larger than any Word template
    (a small file may unpack to gigabytes), before it is opened."""
    if len(source) > TEMPLATE_BYTES:
        raise TemplateTooLarge(
            f"模板「{name}」有 {len(source) / 1048576:.1f} MB，超过 {TEMPLATE_BYTES / 1048576:.1f} MB，不像是 Word 模板"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(source)) as z:
            inflated = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a .docx at all: opening it says so
    if inflated > TEMPLATE_INFLATED:
        raise TemplateTooLarge(
            f"模板「{name}」解压后有 {inflated // 1048576} MB，超过 {TEMPLATE_INFLATED // 1048576} MB，"
            "出于安全考虑没有打开"
        )


class TemplateTooLarge(ValueError):
    """A template file too large to open."""


class TemplateSandbox(SandboxedEnvironment):
    """A Jinja environment that lets a template read data and nothing else (see the module)."""

    intercepted_binops = frozenset(("*", "**"))

    def __init__(self) -> None:
        super().__init__(autoescape=True)
        self.globals.pop("lipsum", None)
        self.globals["range"] = self._range
        self.filters.update(center=_center, indent=_indent, replace=_replace)
        self.start()

    def start(self) -> None:
        """A new fill begins: its own deadline."""
        self.deadline = time.monotonic() + FILL_SECONDS

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise Refused(f"填写时间超过 {FILL_SECONDS:.0f} 秒（循环太多或嵌套太深）")

    def _range(self, *args: int) -> range:
        self.check_time()
        numbers = range(*args)
        if len(numbers) > RANGE_ITEMS:
            raise Refused(f"range 最多 {RANGE_ITEMS} 个数")
        return numbers

    # lookups: plain data only
    def getattr(self, obj: Any, attribute: str) -> Any:
        self.check_time()
        self._plain(obj, attribute)
        if type(obj) is dict:  # i.deadline on a row: its key (a dict's own methods are no data)
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        if isinstance(obj, JINJA_OWN):
            if attribute.startswith("_") or (
                callable(getattr(obj, attribute, None)) and attribute not in LOOP_CALLS
            ):
                raise Refused(f"不能使用“{attribute}”")
            return super().getattr(obj, attribute)
        raise Refused(f"不能读取“{attribute}”（只能读取数据中的项目）")

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.check_time()
        self._plain(obj, argument)
        if isinstance(argument, str) and argument.startswith("_"):
            raise Refused(f"不能读取“{argument}”")
        if type(obj) is dict:  # a row's key, or nothing (never an attribute of the dict)
            return obj[argument] if argument in obj else self.undefined(obj=obj, name=argument)
        if isinstance(obj, str | list | tuple) and not isinstance(argument, int | slice):
            raise Refused(f"不能读取“{argument}”")
        return super().getitem(obj, argument)

    def _plain(self, obj: Any, what: object) -> None:
        if not isinstance(obj, PLAIN + JINJA_OWN):
            raise Refused(f"不能读取“{what}”（{type(obj).__name__} 不是数据）")

    # calls: range, namespace, dict, the loop's helpers and the template's own macros
    def call(self, context: Any, obj: Any, *args: Any, **kwargs: Any) -> Any:
        self.check_time()
        allowed = (
            obj == self._range
            or obj in CALLABLE  # namespace(), dict(), cycler(), joiner()
            or isinstance(obj, Macro | Cycler | Joiner)
            or (getattr(obj, "__self__", None).__class__ is LoopContext and obj.__name__ in LOOP_CALLS)
        )
        if not allowed:
            name = getattr(obj, "__name__", type(obj).__name__)
            raise Refused(f"不能调用“{name}”（模板只能填写数据）")
        return context.call(obj, *args, **kwargs)

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "*":
            for text, times in ((left, right), (right, left)):
                if isinstance(text, str | list | tuple) and isinstance(times, int):
                    if len(text) * max(times, 0) > TEXT_CHARS:
                        raise Refused(f"重复得到的文字超过 {TEXT_CHARS} 个字")
            return operator.mul(left, right)
        if operator_name == "**":
            if isinstance(left, int | float) and isinstance(right, int | float):
                if abs(right) > 64 or (
                    abs(left) > 1 and abs(right) * len(str(int(abs(left)))) > POWER_DIGITS
                ):
                    raise Refused("乘方太大")
            return operator.pow(left, right)
        return super().call_binop(context, operator_name, left, right)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:  # noqa: A002
        return Bounded(self, super().from_string(source, globals, template_class))


BUILTIN = jinja2.Environment().filters


def _bounded(size: int, what: str) -> None:
    if size > TEXT_CHARS:
        raise Refused(f"{what}得到的文字超过 {TEXT_CHARS} 个字")


def _center(value: Any, width: int = 80) -> str:
    _bounded(int(width), "居中")
    return str(BUILTIN["center"](value, width))


def _indent(value: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> Any:
    text = str(value)
    _bounded(
        (text.count("\n") + 1) * (len(width) if isinstance(width, str) else int(width)) + len(text), "缩进"
    )
    return BUILTIN["indent"](value, width, first, blank)


def _replace(eval_ctx: Any, value: Any, old: str, new: str, count: int | None = None) -> Any:
    text, old, new = str(value), str(old), str(new)
    times = text.count(old) if old else len(text) + 1
    _bounded(len(text) + times * max(len(new) - len(old), 0), "替换")
    return BUILTIN["replace"](eval_ctx, value, old, new, count)


_replace.jinja_pass_arg = BUILTIN["replace"].jinja_pass_arg  # type: ignore[attr-defined]


class Bounded:
    """A compiled template whose fill stops at the sandbox's deadline and output budget."""

    def __init__(self, env: TemplateSandbox, template: jinja2.Template) -> None:
        self.env, self.template = env, template

    def render(self, *args: Any, **kwargs: Any) -> str:
        self.env.start()
        out: list[str] = []
        size = 0
        for chunk in self.template.generate(*args, **kwargs):
            size += len(chunk)
            if size > OUTPUT_CHARS:
                raise Refused(f"填写出的内容超过 {OUTPUT_CHARS // 1_000_000} 百万字")
            out.append(chunk)
            self.env.check_time()
        return "".join(out)

    def __getattr__(self, name: str) -> Any:  # (docxtpl reads nothing else, but be a template)
        return getattr(self.template, name)
