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
from . import setup_steps as steps
from .vbaproject import Module, build_vba_project, read_modules

ADDIN_NAME = "ledgerdesk"
RIBBON_MODULE = "LedgerdeskRibbon"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
CONSOLE_NAME = steps.CONSOLE_NAME
CONSOLE_FOLDER = steps.CONSOLE_FOLDER  # under the clerk's 文档: the control workbook install copies there
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
    "no-base-python": "安装时记录的 Python 环境还在，但建立它的那个 Python 已被卸载或移动，程序启动不了。\n"
    "请重新运行“安装.bat”（或 ledgerdesk addin install），它会重新建立环境，然后重新打开 Excel。记录的位置：",
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


def build_addin(out: Path, as_xlsm: bool = False, template: Path | None = None) -> Path:
    """Write ledgerdesk.xlam to ``out`` (or, with ``as_xlsm``, the same parts as a macro workbook,
    which LibreOffice opens: it does not open add-ins). ``template``: xlwings' add-in template to
    take the xlwings VBA module from (default: the installed xlwings'; the bundle gives the one in
    its wheelhouse's xlwings wheel, so that the VBA matches the xlwings the clerk's PC gets)."""
    template = template or xlwings_template()
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


XLWINGS_VERSION = r'Public Const XLWINGS_VERSION As String = "([^"]*)"'
XLWINGS_DLL = r'Lib "xlwings(?:32|64)-([^"]*)\.dll"'


def vba_xlwings_versions(xlam: Path) -> set[str]:
    """The xlwings versions the built add-in's xlwings VBA module names: its XLWINGS_VERSION and the
    version in the name of the DLL it declares (xlwings64-<version>.dll, which pip puts in the
    Python environment: with another xlwings there, every button fails to find it)."""
    with zipfile.ZipFile(xlam) as z:
        source = read_modules(z.read("xl/vbaProject.bin"))["xlwings"]
    return set(re.findall(XLWINGS_VERSION, source)) | set(re.findall(XLWINGS_DLL, source))


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
    return steps.Places(home, home, home).config


def ansi_code_page() -> str:
    return steps.ansi_code_page()


def write_config(path: Path, values: dict[str, str], code_page: str) -> None:
    """Set ``values`` in a config file as VBA's ``Write #`` writes it (setup_steps.write_config)."""
    try:
        steps.write_config(path, values, code_page)
    except steps.StepError as exc:
        raise AddinError(str(exc)) from None


def _places(appdata: Path | None, home: Path | None, local: Path | None) -> steps.Places:
    """This user's places; given ``home`` (tests), whatever else is not given is under it."""
    if home is None:
        user = steps.Places.of_user()
        return steps.Places(user.home, appdata or user.appdata, local or user.local)
    roaming, local_app_data = home / "AppData" / "Roaming", home / "AppData" / "Local"
    return steps.Places(home, appdata or roaming, local or local_app_data / steps.ADDIN_NAME)


def install_addin(
    xlam: Path,
    appdata: Path | None = None,
    home: Path | None = None,
    windows: bool | None = None,
    documents: Path | None = None,
    code_page: str | None = None,
    local: Path | None = None,
) -> list[Path]:
    """Copy the add-in to Excel's XLSTART folder, the control workbook to 文档\\督查台账 (when it is
    not there yet: the clerk's copy is never overwritten), and write ledgerdesk.conf: this Python,
    where ledgerdesk is installed, and where the control workbook is (Windows only). The same step
    as 安装.bat's last (setup_steps.install_addin): Excel holding the add-in is a Chinese message."""
    import sys

    from .. import __file__ as package_file
    from ..resources import resource_dir

    if not (windows if windows is not None else sys.platform == "win32"):
        raise AddinError("Excel 加载项只能在 Windows 上安装；在本机可用 ledgerdesk 命令完成同样的工作")
    if not xlam.is_file():
        raise AddinError(f"找不到加载项文件：{xlam}（请先运行 ledgerdesk addin build）")
    places = _places(appdata, home, local)
    try:
        done = steps.install_addin(
            xlam,
            resource_dir("workbooks") / CONSOLE_NAME,
            sys.executable,
            str(Path(package_file).resolve()),
            places,
            documents or steps.documents_folder(places.home),
            code_page or steps.ansi_code_page(),
        )
    except steps.StepError as exc:
        raise AddinError(str(exc)) from None
    return [done.addin, done.config, done.console]


def uninstall_addin(
    appdata: Path | None = None,
    windows: bool | None = None,
    home: Path | None = None,
    local: Path | None = None,
) -> list[Path]:
    """Remove the add-in from XLSTART (first: while Excel holds it, nothing is removed), the config
    file and the control workbook if it is still the copy install made. The Python environment is
    not this command's: 卸载.bat removes the offline install's."""
    import sys

    if not (windows if windows is not None else sys.platform == "win32"):
        raise AddinError("Excel 加载项只能在 Windows 上卸载")
    try:
        return steps.uninstall(_places(appdata, home, local), environments=False)
    except steps.StepError as exc:
        raise AddinError(str(exc)) from None
