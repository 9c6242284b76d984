"""``ledgerdesk addin build``: the .xlam add-in, built from readable sources on any OS.

Sources: addin/xlam/customUI.xml (the 督查台账 tab) and addin/xlam/LedgerdeskRibbon.bas (the one
VBA callback and its checks), the Chinese texts of its messages (``MESSAGES``, appended to that
module as ChrW codes), plus xlwings' own add-in template (its xlwings VBA module, the Dictionary
class and the workbook; BSD-3). The VBA project is written by vbaproject.py; nothing binary is
kept in the repository. Building twice gives the same bytes.

Where the buttons find Python: the xlwings module is given this add-in's own project name, so its
``GetConfig`` reads ``%USERPROFILE%\\.ledgerdesk\\ledgerdesk.conf`` (``config_file``), which
``ledgerdesk addin install`` writes in the format and code page VBA's ``Input #`` reads. The
callback reads it with GetConfig's source "user" (that file only), and only after the checks that
need no setting; xlwings' GetFullName is given one line so that GetConfig works with no workbook
open (FULL_NAME_GUARD).
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

from ..errors import LedgerdeskError
from ..files import atomic_output
from ..resources import xlam_dir
from .vbaproject import Module, build_vba_project, read_modules

ADDIN_NAME = "ledgerdesk"
RIBBON_MODULE = "LedgerdeskRibbon"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
CONSOLE_NAME = "督查台账助手.xlsx"
CONSOLE_FOLDER = "督查台账"  # under the clerk's Documents: the control workbook install copies there
# The template's only sheet: renamed so that it is never the config sheet GetConfig looks for
# (PROJECT_NAME & ".conf"); the settings live in the file install writes.
TEMPLATE_SHEET = (b'name="_myaddin.conf"', b'name="ledgerdesk"')

HELP = (
    "督查台账助手：\n"
    "1. 在「设置」工作表填好报送文件夹、输出文件夹和统计截止日；\n"
    "2. 合并台账：把报送文件夹里各单位的台账合并成 汇总台账.xlsx；\n"
    "3. 统计分析、生成通报、生成催办单：在输出文件夹里生成统计、Word 通报和催办通知；\n"
    "4. 拆分下发：为每个单位生成预填好的报送表；单位交回后再点 合并台账 按编号合并回汇总台账。\n"
    "每一步的结果写在「运行结果」工作表。"
)
# What the VBA callback says before Python runs (LedgerdeskRibbon.bas, Msg). Keys are ASCII.
MESSAGES: dict[str, str] = {
    "title": "督查台账助手",
    "settings-sheet": "设置",
    "help": HELP,
    "no-config": "督查台账助手还没有安装好：找不到它的设置文件。\n"
    "请在装有 ledgerdesk 的电脑上运行“安装.bat”，或在命令提示符中运行 ledgerdesk addin install，然后重新打开 Excel。",
    "no-python": "找不到安装时记录的 Python，可能已被卸载或移动。\n"
    "请重新运行“安装.bat”（或 ledgerdesk addin install），然后重新打开 Excel。记录的位置：",
    "no-package": "这台电脑上的 Python 里已经没有 ledgerdesk。\n请重新运行“安装.bat”（或 pip install 后再 ledgerdesk addin install）。",
    "protected": "当前文件处于“受保护的视图”（来自邮件或网络的文件），按钮不能读它。\n"
    "请先点黄色提示条上的“启用编辑”，再点按钮。",
    "not-console": "这些按钮要在控制台工作簿“督查台账助手.xlsx”（有「设置」工作表）里使用。\n要现在打开它吗？",
    "no-console": "找不到安装时复制的控制台工作簿“督查台账助手.xlsx”。\n"
    "请打开控制台工作簿（文档\\督查台账\\督查台账助手.xlsx）后再点按钮；"
    "找不到它时，重新运行“安装.bat”（或 ledgerdesk addin install）会再复制一份。",
    "failed": "督查台账助手无法开始：",
    "failed-todo": "请关闭 Excel 后重新打开再试；仍然这样时，请重新运行“安装.bat”（或 ledgerdesk addin install），"
    "或把这个提示截图发给技术支持人员。",
}


class AddinError(LedgerdeskError):
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
        Module("xlwings", "module", xlwings_module(sources["xlwings"])),
        Module(RIBBON_MODULE, "module", ribbon_module()),
    ]
    replaced = {
        "xl/vbaProject.bin": build_vba_project(vba, modules, ADDIN_NAME),
        "customUI/customUI.xml": (xlam_dir() / "customUI.xml").read_bytes(),
    }
    with atomic_output(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            data = replaced.get(name, data)
            if name == "xl/workbook.xml":
                data = data.replace(*TEMPLATE_SHEET)
            if name == "[Content_Types].xml" and as_xlsm:
                data = data.replace(
                    b"ms-excel.addin.macroEnabled.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
                )
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out


# xlwings' GetFullName reads wb.FullName, and GetConfig's "file beside the workbook" step calls it
# with ActiveWorkbook, which is Nothing when no workbook is open (or in Protected View): error 91.
# With this line first, it returns "" for no workbook, and GetConfig skips that step.
FULL_NAME_HEAD = r"(Function GetFullName\(wb As Workbook\) As String\r?\n)"
FULL_NAME_GUARD = "    If wb Is Nothing Then Exit Function ' ledgerdesk: no workbook open\r\n"


def xlwings_module(source: str) -> str:
    """xlwings' VBA module with this add-in's project name, so that its GetConfig looks for
    ledgerdesk.conf (and not the template's myaddin.conf), and a GetConfig that does not fail
    when no workbook is open (FULL_NAME_GUARD)."""
    pattern = r'(Public Const PROJECT_NAME As String = )"[^"]*"'
    if not re.search(pattern, source) or not re.search(FULL_NAME_HEAD, source):
        raise AddinError(
            "xlwings 的加载项模板里找不到 PROJECT_NAME 或 GetFullName，这个版本的 xlwings 不能用来生成加载项"
        )
    source = re.sub(pattern, rf'\1"{ADDIN_NAME}"', source, count=1)
    return re.sub(FULL_NAME_HEAD, lambda m: m.group(1) + FULL_NAME_GUARD, source, count=1)


def ribbon_module() -> str:
    """LedgerdeskRibbon.bas with its Msg function: each Chinese text as ChrW codes."""
    lines = [
        "",
        "Private Function Msg(ByVal key As String) As String",
        "    Dim s As String",
        "    Select Case key",
    ]
    for key, text in MESSAGES.items():
        lines.append(f'        Case "{key}"')
        lines += [f"            s = s & {chunk}" for chunk in _chrw(text)]
    lines += ["    End Select", "    Msg = s", "End Function"]
    source = vba_source(xlam_dir() / f"{RIBBON_MODULE}.bas")
    return source + "\r\n".join(lines) + "\r\n"


def _chrw(text: str, per_line: int = 16) -> list[str]:
    """VBA expressions for ``text``, a line's worth each: ChrW(n) for every character, vbLf for a line break."""
    codes = ["vbLf" if ch == "\n" else f"ChrW({ord(ch)})" for ch in text]
    return [" & ".join(codes[i : i + per_line]) for i in range(0, len(codes), per_line)]


def config_file(home: Path) -> Path:
    """Where the add-in's GetConfig reads its settings on Windows (xlwings' GetConfigFilePath with
    PROJECT_NAME = "ledgerdesk"): %USERPROFILE%\\.ledgerdesk\\ledgerdesk.conf."""
    return home / f".{ADDIN_NAME}" / f"{ADDIN_NAME}.conf"


def ansi_code_page() -> str:
    """The code page VBA's ``Input #`` reads text files in: Windows' ANSI code page (cp936 on a
    Chinese Windows)."""
    import locale

    return locale.getencoding() if hasattr(locale, "getencoding") else locale.getpreferredencoding(False)


def write_config(path: Path, values: dict[str, str], code_page: str) -> None:
    """Set ``values`` in a config file as VBA's ``Write #`` writes it ("KEY","VALUE" per line, CRLF),
    keeping the other keys that are there."""
    kept = []
    if path.is_file():
        for line in path.read_bytes().decode(code_page, errors="replace").splitlines():
            key = line.split(",", 1)[0].strip().strip('"').upper()
            if key and key not in values:
                kept.append(line)
    lines = kept + [f'"{key}","{value}"' for key, value in values.items()]
    try:
        data = ("\r\n".join(lines) + "\r\n").encode(code_page)
    except UnicodeEncodeError as exc:
        raise AddinError(
            f"路径中有 Windows 当前代码页（{code_page}）写不出的字符：{exc.object[exc.start : exc.end]}，"
            "Excel 读不到它。请把 Python 装在只含中文、字母和数字的路径下"
        ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def install_addin(
    xlam: Path,
    appdata: Path | None = None,
    home: Path | None = None,
    windows: bool | None = None,
    documents: Path | None = None,
    code_page: str | None = None,
) -> list[Path]:
    """Copy the add-in to Excel's XLSTART folder, the control workbook to Documents\\督查台账 (when
    it is not there yet: the clerk's copy is never overwritten), and write ledgerdesk.conf: this
    Python, where ledgerdesk is installed, and where the control workbook is (Windows only).
    """
    import os
    import shutil
    import sys

    from .. import __file__ as package_file
    from ..resources import resource_dir

    if not (windows if windows is not None else sys.platform == "win32"):
        raise AddinError("Excel 加载项只能在 Windows 上安装；在本机可用 ledgerdesk 命令完成同样的工作")
    if not xlam.is_file():
        raise AddinError(f"找不到加载项文件：{xlam}（请先运行 ledgerdesk addin build）")
    home = home or Path(os.environ.get("USERPROFILE") or Path.home())
    appdata = appdata or Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
    start = appdata / "Microsoft" / "Excel" / "XLSTART"
    start.mkdir(parents=True, exist_ok=True)
    target = start / f"{ADDIN_NAME}.xlam"
    shutil.copyfile(xlam, target)
    console = (documents or home / "Documents") / CONSOLE_FOLDER / CONSOLE_NAME
    if not console.exists():
        console.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_dir("workbooks") / CONSOLE_NAME, console)
    conf = config_file(home)
    values = {
        "INTERPRETER_WIN": sys.executable,
        "LEDGERDESK_PACKAGE": str(Path(package_file).resolve()),
        "LEDGERDESK_CONSOLE": str(console),
    }
    write_config(conf, values, code_page or ansi_code_page())
    return [target, conf, console]


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
