"""``ledgerdesk addin build``: the .xlam add-in, built from readable sources on any OS.

Sources: addin/xlam/customUI.xml (the 督查台账 tab) and addin/xlam/LedgerdeskRibbon.bas (the one
VBA callback), plus xlwings' own add-in template (its xlwings VBA module, the Dictionary class,
the workbook and its hidden config sheet; BSD-3). The VBA project is written by vbaproject.py;
nothing binary is kept in the repository. Building twice gives the same bytes.
"""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

from .files import atomic_output
from .resources import xlam_dir
from .vbaproject import Module, build_vba_project, read_modules

ADDIN_NAME = "ledgerdesk"
RIBBON_MODULE = "LedgerdeskRibbon"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


class AddinError(Exception):
    """The add-in cannot be built; the message is Chinese."""


def xlwings_template() -> Path:
    spec = importlib.util.find_spec("xlwings")  # located, not imported: only excel.py imports xlwings
    if spec is None or spec.origin is None:
        raise AddinError("没有安装 xlwings，无法生成加载项（pip install xlwings）")
    path = Path(spec.origin).parent / "quickstart_addin_ribbon.xlam"
    if not path.is_file():
        raise AddinError(f"xlwings 中找不到加载项模板：{path}")
    return path


def vba_source(path: Path) -> str:
    """A .bas file as the VBA editor stores it: CRLF line ends, code page 1252."""
    text = path.read_text(encoding="ascii")
    return "\r\n".join(text.splitlines()) + "\r\n"


def build_addin(out: Path, as_xlsm: bool = False) -> Path:
    """Write ledgerdesk.xlam to ``out`` (or, with ``as_xlsm``, the same parts as a macro workbook,
    which LibreOffice opens: it does not open add-ins)."""
    template = xlwings_template()
    with zipfile.ZipFile(template) as z:
        parts = [(info.filename, z.read(info)) for info in z.infolist()]
    vba = dict(parts)["xl/vbaProject.bin"]
    sources = read_modules(vba)
    document_names = [n for n in sources if n == "ThisWorkbook" or n.startswith("Sheet")]
    modules = [
        *(Module(n, "document", sources[n]) for n in sorted(document_names)),
        Module("Dictionary", "class", sources["Dictionary"]),
        Module("xlwings", "module", sources["xlwings"]),
        Module(RIBBON_MODULE, "module", vba_source(xlam_dir() / f"{RIBBON_MODULE}.bas")),
    ]
    replaced = {
        "xl/vbaProject.bin": build_vba_project(vba, modules, ADDIN_NAME),
        "customUI/customUI.xml": (xlam_dir() / "customUI.xml").read_bytes(),
    }
    with atomic_output(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            data = replaced.get(name, data)
            if name == "xl/workbook.xml":  # xlwings reads an add-in's settings from _<name>.conf
                data = data.replace(b"_myaddin.conf", f"_{ADDIN_NAME}.conf".encode())
            if name == "[Content_Types].xml" and as_xlsm:
                data = data.replace(
                    b"ms-excel.addin.macroEnabled.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
                )
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out


def install_addin(
    xlam: Path, appdata: Path | None = None, home: Path | None = None, windows: bool | None = None
) -> list[Path]:
    """Copy the add-in to Excel's XLSTART folder and point xlwings at this Python (Windows only).

    xlwings reads the interpreter from ~/.xlwings/xlwings.conf, so the buttons run the Python
    that has ledgerdesk installed.
    """
    import os
    import shutil
    import sys

    if not (windows if windows is not None else sys.platform == "win32"):
        raise AddinError("Excel 加载项只能在 Windows 上安装；在本机可用 ledgerdesk 命令完成同样的工作")
    if not xlam.is_file():
        raise AddinError(f"找不到加载项文件：{xlam}（请先运行 ledgerdesk addin build）")
    appdata = appdata or Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    start = appdata / "Microsoft" / "Excel" / "XLSTART"
    start.mkdir(parents=True, exist_ok=True)
    target = start / f"{ADDIN_NAME}.xlam"
    shutil.copyfile(xlam, target)
    conf = (home or Path.home()) / ".xlwings" / "xlwings.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        line
        for line in (conf.read_text(encoding="utf-8").splitlines() if conf.is_file() else [])
        if not line.upper().startswith('"INTERPRETER_WIN"')
    ]
    lines.append(f'"INTERPRETER_WIN","{sys.executable}"')
    conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [target, conf]


def uninstall_addin(appdata: Path | None = None, windows: bool | None = None) -> Path | None:
    """Remove the add-in from Excel's XLSTART folder (the xlwings settings stay)."""
    import os
    import sys

    if not (windows if windows is not None else sys.platform == "win32"):
        raise AddinError("Excel 加载项只能在 Windows 上卸载")
    appdata = appdata or Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    target = appdata / "Microsoft" / "Excel" / "XLSTART" / f"{ADDIN_NAME}.xlam"
    if target.is_file():
        target.unlink()
        return target
    return None
