"""The settings the page shows and saves: the same file the console workbook or TOML holds.

A clerk's settings live in one file: the control workbook's 设置 sheet (督查台账助手.xlsx, which
``addin install`` copies to 文档\\督查台账) or a TOML file (``--settings``). The page reads it with
the loader every front end uses (reading.settings.load_settings) and writes a changed value back
into that same file: the 设置 sheet's row of that label (openpyxl, the rest of the workbook as it
was), or the TOML key (tomlkit: the clerk's comments, order and other keys kept). A value is
checked before anything is written: the loader reads the new rows, and a value it cannot use is
its Chinese message, with the file unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..files import atomic_output
from ..reading.settings import (
    BY_LABEL,
    CONTROL_SHEET,
    DENOMINATORS,
    LONG_TERM,
    SETTINGS,
    Settings,
    SettingsError,
    load_settings,
    settings_from_rows,
)
from ..tools.setup_steps import CONSOLE_FOLDER, CONSOLE_NAME, documents_folder

TOML_NAME = "设置.toml"
YES_NO = ("是", "否")
# the settings naming a place on this PC: chosen with the folder browser, relative to the file
PLACES = ("inbox", "out_dir", "master", "units_file")


def default_file(home: Path | None = None) -> Path:
    """Where the settings are when ``--settings`` names none: the console workbook ``addin install``
    copied to 文档\\督查台账 when it is there, else a 设置.toml beside where it would be."""
    folder = documents_folder(home or Path.home()) / CONSOLE_FOLDER
    console = folder / CONSOLE_NAME
    return console if console.is_file() else folder / TOML_NAME


@dataclass
class SettingsFile:
    """One settings file (TOML or console workbook) and what it says now."""

    path: Path

    @property
    def is_workbook(self) -> bool:
        return self.path.suffix.lower() in (".xlsx", ".xlsm")

    def load(self) -> Settings:
        """The settings in the file (defaults while a TOML file is not written yet)."""
        if not self.path.exists() and not self.is_workbook:
            return Settings()
        return load_settings(self.path)

    def place(self, text: str, default: str = "") -> Path:
        """A place a setting names, relative to the file's folder (as the console's are to the
        workbook's), or ``default`` there when it is empty."""
        path = Path(text or default)
        return path if path.is_absolute() else self.path.parent / path

    def fields(self) -> list[dict[str, Any]]:
        """Each setting as the page's form shows it: name, label, help, value as a clerk writes it
        (the 设置 sheet's words), and its choices when it has a drop-down."""
        settings = self.load()
        shown = dict(settings.describe())
        out = []
        for name, (label, help_text) in SETTINGS.items():
            value = shown.get(label, "")
            if name not in settings.given and name in PLACES + ("as_of",):
                value = ""
            choices = {"denominator": DENOMINATORS, "long_term": LONG_TERM}.get(name)
            words = (
                list(choices.values())
                if choices
                else YES_NO
                if isinstance(getattr(settings, name), bool)
                else None
            )
            out.append({"name": name, "label": label, "help": help_text, "value": value, "choices": words})
        return out

    def save(self, values: dict[str, str]) -> Settings:
        """Write the given settings (name -> text as a clerk writes it; empty = the default) into
        the file, after checking that every one can be used; returns the settings as now read."""
        unknown = sorted(k for k in values if k not in SETTINGS)
        if unknown:
            raise SettingsError(f"不认识的设置项：{'、'.join(unknown)}")
        texts = {k: str(v).strip() for k, v in values.items()}
        checked = settings_from_rows([[SETTINGS[k][0], v] for k, v in texts.items()])  # raises in Chinese
        if self.is_workbook:
            _save_sheet(self.path, texts)
        else:
            _save_toml(self.path, {k: getattr(checked, k) if v else None for k, v in texts.items()})
        return self.load()


def _save_sheet(path: Path, texts: dict[str, str]) -> None:
    """The values into the console workbook's 设置 sheet: the row of each label, or a new row."""
    import openpyxl

    if not path.is_file():
        raise SettingsError(f"找不到控制台工作簿：{path}")
    book = openpyxl.load_workbook(path)
    if CONTROL_SHEET not in book.sheetnames:
        raise SettingsError(f"{path.name} 没有「{CONTROL_SHEET}」工作表")
    sheet = book[CONTROL_SHEET]
    rows = {str(r[0].value).strip(): r[0].row for r in sheet.iter_rows(min_col=1, max_col=1) if r[0].value}
    for name, text in texts.items():
        label = SETTINGS[name][0]
        row = rows.get(label)
        if row is None:
            row = sheet.max_row + 1
            sheet.cell(row, 1, label)
            sheet.cell(row, 3, SETTINGS[name][1])
        sheet.cell(row, 2).value = text or None
        sheet.cell(row, 2).data_type = "s"
    with atomic_output(path) as tmp:
        book.save(tmp)


def _save_toml(path: Path, values: dict[str, Any]) -> None:
    """The values into a TOML settings file (made when missing), under the key the file already
    uses for each (English or the Chinese label), the clerk's other lines as they were."""
    import tomlkit

    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    doc = tomlkit.parse(text)
    for name, value in values.items():
        keys = [k for k in list(doc.keys()) if BY_LABEL.get(k, k) == name]
        for extra in keys[1:]:
            del doc[extra]
        key = keys[0] if keys else name
        if value is None:
            if keys:
                del doc[key]
            continue
        doc[key] = _toml_value(value)
    with atomic_output(path) as tmp:
        tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")


def _toml_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [d.isoformat() if isinstance(d, date) else d for d in value]
    return value


def settings_name(path: Path) -> str:
    """How the page names the settings file: the console workbook or the TOML file."""
    return f"控制台工作簿 {path}" if path.suffix.lower() in (".xlsx", ".xlsm") else f"设置文件 {path}"
