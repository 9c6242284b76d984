"""What 安装.bat and 卸载.bat do, as Python that runs (and is tested) anywhere.

``ledgerdesk bundle`` copies this file into the offline bundle as ``setup_steps.py``. The .bat files
only find a Python to run it with — a present one the wheelhouse covers, else the bundle's own
embeddable Python — so it uses the standard library alone and imports nothing of ledgerdesk (which
is not installed yet when it starts). ``ledgerdesk addin install/uninstall`` use the same steps.

    python setup_steps.py probe [--any]   exit 0 when this Python can carry ledgerdesk (a version the
                                          bundle has wheels for, 64-bit for win_amd64, not the Store's);
                                          with --any, when it can run these steps (uninstall)
    python setup_steps.py install         install for the user running it (below)
    python setup_steps.py uninstall       remove everything install made, the add-in first

install, in this order, so that a refusal changes nothing:
1. this Python is one the bundle covers (else exit 4);
2. Excel does not hold XLSTART\\ledgerdesk.xlam (else exit 3: Excel keeps an add-in in XLSTART open
   while it runs, and Windows refuses to replace an open file);
3. the environment, under %LOCALAPPDATA%\\ledgerdesk: a copy of the bundle's embeddable Python
   (``python``) when that is what runs this, else a venv of the present Python (``venv``);
4. the wheels, with no index: pip runs from its own wheel in the wheelhouse (an embeddable Python has
   neither pip nor venv, and ``python pip-*.whl/pip`` is how pip runs without being installed), first
   ledgerdesk with its dependencies at the bundle's versions (``--constraint``: the add-in's VBA is
   built for the bundle's xlwings), then ledgerdesk itself again with ``--force-reinstall --no-deps``,
   so a new bundle always replaces the Python code though the version number did not change;
5. the add-in into XLSTART, the control workbook into 文档\\督查台账 (never over the clerk's copy),
   ledgerdesk.conf (where the buttons find Python), and installed.json (what uninstall removes).

uninstall removes the add-in first; if Excel holds it, nothing is removed (exit 3). Then the config
file, the control workbook if it is still the copy install made (a clerk's edited one stays), the
environments and installed.json. The logs in %LOCALAPPDATA%\\ledgerdesk\\logs stay: they are what
support asks for. Running either again is harmless.

Exit codes: 0 done, 1 failed (the reason printed), 3 Excel holds the add-in, 4 no suitable Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ADDIN_NAME = "ledgerdesk"
ADDIN_FILE = f"{ADDIN_NAME}.xlam"
CONSOLE_NAME = "督查台账助手.xlsx"
CONSOLE_FOLDER = "督查台账"  # under the clerk's 文档: the control workbook install copies there
BUNDLE_FILE = "bundle.json"  # written by ledgerdesk bundle: versions, wheels, the embedded Python
MANIFEST = "installed.json"
EMBEDDED = "python"  # the bundle's embeddable Python, and its per-user copy
VENV = "venv"
LOGS = "logs"
SHELL_FOLDERS = r"Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders"

DONE, FAILED, EXCEL_OPEN, NO_PYTHON = 0, 1, 3, 4
HELD = (
    "Excel 正在使用加载项 {}（或这个文件被设成了只读）。\n"
    "请先关闭所有 Excel 窗口（任务管理器里也没有 EXCEL.EXE 时才算关好），再运行一次。这次什么也没有改动。"
)

Echo = Callable[[str], None]


class StepError(Exception):
    """A step cannot go on; the message is Chinese and says what to do."""

    def __init__(self, message: str, code: int = FAILED) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Places:
    """Where a user's installation lives (on Windows: %USERPROFILE%, %APPDATA%, %LOCALAPPDATA%)."""

    home: Path
    appdata: Path
    local: Path  # %LOCALAPPDATA%\ledgerdesk: the environment, installed.json, the logs

    @classmethod
    def of_user(cls, environ: Mapping[str, str] | None = None) -> Places:
        env = os.environ if environ is None else environ
        home = Path(env.get("USERPROFILE") or Path.home())
        appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return cls(home, appdata, local / ADDIN_NAME)

    @property
    def addin(self) -> Path:
        """Excel's XLSTART is a trusted location: an add-in there runs under the default macro settings."""
        return self.appdata / "Microsoft" / "Excel" / "XLSTART" / ADDIN_FILE

    @property
    def config(self) -> Path:
        """Where the add-in's GetConfig reads (xlwings' GetConfigFilePath, PROJECT_NAME = "ledgerdesk")."""
        return self.home / f".{ADDIN_NAME}" / f"{ADDIN_NAME}.conf"

    @property
    def manifest(self) -> Path:
        return self.local / MANIFEST


# ---------------------------------------------------------------------------------------- lookups


def documents_folder(
    home: Path,
    environ: Mapping[str, str] | None = None,
    personal: Callable[[], str | None] | None = None,
) -> Path:
    """The user's 文档 as Explorer shows it: the shell's known-folder setting (HKCU\\...\\User Shell
    Folders, value ``Personal``, with its %VARIABLES% expanded) — 文档 may be redirected to a server
    share, moved to D:, or OneDrive's — else ``home\\Documents`` (and ~/Documents off Windows)."""
    value = (personal or _personal_from_registry)()
    if value:
        expanded = expand_variables(value.strip(), os.environ if environ is None else environ)
        if expanded and "%" not in expanded:
            return Path(expanded)
    return home / "Documents"


def _personal_from_registry() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, SHELL_FOLDERS) as key:  # type: ignore[attr-defined]
            value, _ = winreg.QueryValueEx(key, "Personal")  # type: ignore[attr-defined]
    except OSError:
        return None
    return value if isinstance(value, str) else None


def expand_variables(text: str, environ: Mapping[str, str]) -> str:
    """%NAME% as Windows expands it (names in any case); an unknown name is left as it is."""
    upper = {key.upper(): value for key, value in environ.items()}
    return re.sub(r"%([^%]+)%", lambda m: upper.get(m.group(1).upper(), m.group(0)), text)


def ansi_code_page() -> str:
    """The code page VBA's ``Input #`` reads text files in: Windows' ANSI code page (cp936 on a
    Chinese Windows)."""
    import locale

    return locale.getencoding() if hasattr(locale, "getencoding") else locale.getpreferredencoding(False)


def elevated() -> bool:
    """Whether this runs with administrator rights (右键“以管理员身份运行”)."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False


def whose(places: Places, environ: Mapping[str, str] | None = None, admin: bool = False) -> list[str]:
    """Whose profile this installs into, said before anything is done, and a warning when it runs
    as administrator: %APPDATA% and the rest are the running account's, so IT installing under its
    own account installs for itself, not for the clerk."""
    env = os.environ if environ is None else environ
    user = env.get("USERNAME") or env.get("USER") or places.home.name
    lines = [f"安装给账户：{user}（{places.home}）"]
    if admin:
        lines.append(
            "提示：正在以管理员身份运行。督查台账助手只装给上面这个账户；如果它不是办事员自己的账户，"
            "请关掉这个窗口，用办事员的账户登录后直接双击 安装.bat（不需要管理员权限）。"
        )
    return lines


# ------------------------------------------------------------------------------------ the add-in


def check_not_held(addin: Path) -> None:
    """Refuse, in Chinese, when Excel holds the add-in: Excel keeps every workbook in XLSTART open
    while it runs, and Windows then refuses to open it for writing (as for a read-only file)."""
    try:
        with open(addin, "r+b"):
            return
    except FileNotFoundError:
        return
    except PermissionError:
        raise StepError(HELD.format(addin), EXCEL_OPEN) from None


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
        raise StepError(
            f"路径中有 Windows 当前代码页（{code_page}）写不出的字符：{exc.object[exc.start : exc.end]}，"
            "Excel 读不到它。请把 Python 装在只含中文、字母和数字的路径下"
        ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(places: Places) -> dict[str, Any]:
    try:
        data = json.loads(places.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@dataclass
class Installed:
    addin: Path
    config: Path
    console: Path


def install_addin(
    xlam: Path,
    console_source: Path,
    python: str,
    package: str,
    places: Places,
    documents: Path,
    code_page: str,
    environment: Path | None = None,
) -> Installed:
    """Copy the add-in into XLSTART, the control workbook into 文档\\督查台账 when it is not there yet
    (the clerk's copy is never overwritten), write ledgerdesk.conf (this Python, where ledgerdesk is,
    where the control workbook is) and installed.json (what uninstall is to remove)."""
    check_not_held(places.addin)
    places.addin.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(xlam, places.addin)
    except PermissionError:
        raise StepError(HELD.format(places.addin), EXCEL_OPEN) from None
    console = documents / CONSOLE_FOLDER / CONSOLE_NAME
    before = read_manifest(places)
    made = before.get("console_sha256") if before.get("console") == str(console) else None
    if not console.exists():
        console.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(console_source, console)
        made = _sha256(console)
    elif made and _sha256(console) != made:
        made = None  # the clerk has made it their own
    values = {"INTERPRETER_WIN": python, "LEDGERDESK_PACKAGE": package, "LEDGERDESK_CONSOLE": str(console)}
    write_config(places.config, values, code_page)
    manifest = {
        "addin": str(places.addin),
        "config": str(places.config),
        "console": str(console),
        "console_sha256": made,  # null: the clerk's own (there before, or edited): never removed
        "environment": str(environment) if environment else before.get("environment"),
    }
    places.local.mkdir(parents=True, exist_ok=True)
    places.manifest.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return Installed(places.addin, places.config, console)


def uninstall(places: Places, environments: bool = True, echo: Echo = print) -> list[Path]:
    """Remove what install made, the add-in first: while Excel holds it nothing is removed, so a
    second run can always finish (the environment is never removed before the add-in). Returns
    what was removed."""
    check_not_held(places.addin)
    removed: list[Path] = []
    if places.addin.exists():
        try:
            places.addin.unlink()
        except PermissionError:
            raise StepError(HELD.format(places.addin), EXCEL_OPEN) from None
        removed.append(places.addin)
    manifest = read_manifest(places)
    if places.config.exists():
        places.config.unlink()
        removed.append(places.config)
        _remove_if_empty(places.config.parent)
    console = Path(manifest["console"]) if manifest.get("console") else None
    if console and console.is_file():
        if manifest.get("console_sha256") and _sha256(console) == manifest["console_sha256"]:
            console.unlink()
            removed.append(console)
            _remove_if_empty(console.parent)
        else:
            echo(f"保留您的控制台工作簿：{console}（里面有您填的设置）")
    if environments:
        removed += _remove_environments(places)
    if places.manifest.exists():
        places.manifest.unlink()
    _remove_if_empty(places.local)
    return removed


def _remove_environments(places: Places) -> list[Path]:
    removed = []
    running = Path(sys.prefix).resolve()
    for folder in (places.local / VENV, places.local / EMBEDDED):
        if not folder.exists():
            continue
        if running == folder.resolve() or folder.resolve() in running.parents:
            continue  # the Python running this; 卸载.bat removes it after this step has ended
        try:
            shutil.rmtree(folder)
        except OSError as exc:
            raise StepError(
                f"加载项已经删除，但程序文件夹 {folder} 没有删完（{exc.strerror or exc}）：可能有程序正在使用它。"
                "请重新启动电脑后再运行一次 卸载.bat。"
            ) from None
        removed.append(folder)
    return removed


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


# ---------------------------------------------------------------------------------- the bundle


def read_bundle(bundle: Path) -> dict[str, Any]:
    try:
        return json.loads((bundle / BUNDLE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StepError(
            f"安装包不完整：找不到或读不了 {bundle / BUNDLE_FILE}。请把整个安装包文件夹重新拷一遍。"
        ) from None


def suitable(info: dict[str, Any], any_version: bool = False) -> str | None:
    """Why this Python cannot carry ledgerdesk (None when it can)."""
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    if any_version:
        return None if sys.version_info >= (3, 9) else f"Python {here} 太旧"
    if here not in info.get("pythons", []):
        return f"Python {here} 不在安装包支持的版本（{'、'.join(info.get('pythons', []))}）之中"
    if info.get("platform") == "win_amd64" and struct.calcsize("P") != 8:
        return "这是 32 位的 Python，安装包是为 64 位准备的"
    base = str(Path(sys.base_prefix))
    if "WindowsApps" in base or "PythonSoftwareFoundation.Python" in base:
        # The Store's Python redirects writes to %LOCALAPPDATA% into its own container: Excel
        # would not find the environment made there.
        return "这是 Microsoft Store 的 Python"
    return None


def interpreter(folder: Path) -> Path:
    """The python of an environment folder: python.exe at the top of an embeddable Python,
    Scripts\\python.exe in a venv, bin/python off Windows (the tests' stand-ins)."""
    if sys.platform == "win32":
        top = folder / "python.exe"
        return top if top.exists() else folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def running_embedded(bundle: Path) -> bool:
    """Whether the Python running this is the bundle's own embeddable one."""
    own = bundle / EMBEDDED
    return own.is_dir() and Path(sys.prefix).resolve() == own.resolve()


def prepare_environment(bundle: Path, places: Places, echo: Echo) -> Path:
    """The folder ledgerdesk is installed into: the bundle's embeddable Python copied per user when
    that is what runs this, else a venv of this Python (remade when it is of another version or
    its base Python is gone)."""
    if running_embedded(bundle):
        target = places.local / EMBEDDED
        if target.exists() and _pth_names(target) != _pth_names(bundle / EMBEDDED):
            shutil.rmtree(target)  # another Python version: its site-packages would not fit
        echo(f"复制自带的 Python 到 {target}……")
        shutil.copytree(bundle / EMBEDDED, target, symlinks=True, dirs_exist_ok=True)
    else:
        target = places.local / VENV
        if target.exists() and not _venv_fits(target):
            shutil.rmtree(target)
        if not target.exists():
            echo(f"在 {target} 建立独立的 Python 环境……")
            _run([sys.executable, "-m", "venv", "--without-pip", str(target)], "建立 Python 环境")
    return target


def _pth_names(folder: Path) -> set[str]:
    return {p.name.lower() for p in folder.glob("*._pth")}


def _venv_fits(folder: Path) -> bool:
    python = interpreter(folder)
    if not python.exists():
        return False
    probe = subprocess.run(
        [str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
    )
    return probe.returncode == 0 and probe.stdout.strip() == f"{sys.version_info[0]}.{sys.version_info[1]}"


def install_wheels(python: Path, bundle: Path, info: dict[str, Any], echo: Echo) -> None:
    """pip from its wheel in the wheelhouse, with no index: ledgerdesk and its dependencies at the
    bundle's versions, then ledgerdesk itself again (a changed build of the same version)."""
    wheels = bundle / "wheels"
    pip = wheels / info["pip"] / "pip"
    own = wheels / info["wheel"]
    common = ["install", "--no-index", "--find-links", str(wheels), "--disable-pip-version-check"]
    common += ["--no-warn-script-location", "--quiet"]
    with tempfile.TemporaryDirectory() as temp:
        constraints = Path(temp) / "constraints.txt"
        constraints.write_text(
            "".join(f"{n}=={v}\n" for n, v in sorted(info["pins"].items())), encoding="utf-8"
        )
        echo("安装程序和它用到的库（不联网）……")
        _run([str(python), str(pip), *common, "--constraint", str(constraints), str(own)], "安装程序")
    _run([str(python), str(pip), *common, "--force-reinstall", "--no-deps", str(own)], "更新 ledgerdesk 本身")


def installed_package(python: Path, info: dict[str, Any]) -> str:
    """ledgerdesk's __init__.py in the environment, after checking that it imports and that its
    xlwings is the one the add-in's VBA was built for."""
    code = "import ledgerdesk, xlwings; print(ledgerdesk.__file__); print(xlwings.__version__)"
    proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        raise StepError("装好的程序启动不了：" + (proc.stderr.strip().splitlines() or ["（没有输出）"])[-1])
    package, xlwings = proc.stdout.strip().splitlines()[-2:]
    if info.get("xlwings") and xlwings != info["xlwings"]:
        raise StepError(
            f"环境里的 xlwings 是 {xlwings}，加载项是为 {info['xlwings']} 生成的：请重新运行 安装.bat"
        )
    return str(Path(package).resolve())


def install(bundle: Path, places: Places, echo: Echo = print, documents: Path | None = None) -> Installed:
    info = read_bundle(bundle)
    why = suitable(info)
    if why:
        raise StepError(f"{why}，不能用它安装。", NO_PYTHON)
    for line in whose(places, admin=elevated()):
        echo(line)
    check_not_held(places.addin)
    environment = prepare_environment(bundle, places, echo)
    python = interpreter(environment)
    install_wheels(python, bundle, info, echo)
    package = installed_package(python, info)
    echo("安装 Excel 加载项……")
    done = install_addin(
        bundle / ADDIN_FILE,
        bundle / CONSOLE_NAME,
        str(python),
        package,
        places,
        documents or documents_folder(places.home),
        ansi_code_page(),
        environment,
    )
    # The other kind, left by an earlier install, only now that the add-in no longer points to it.
    other = places.local / (VENV if environment.name == EMBEDDED else EMBEDDED)
    shutil.rmtree(other, ignore_errors=True)
    return done


def _run(command: list[str], what: str) -> None:
    proc = subprocess.run(command)
    if proc.returncode != 0:
        raise StepError(
            f"{what}时出错（见上面的信息）。请把这个窗口截图发给技术支持人员；重新运行 安装.bat 不会有坏处。"
        )


# ------------------------------------------------------------------------------------- command


def main(
    argv: list[str] | None = None, bundle: Path | None = None, environ: Mapping[str, str] | None = None
) -> int:
    parser = argparse.ArgumentParser(prog="setup_steps.py", description="督查台账助手的安装、卸载步骤")
    parser.add_argument("step", choices=["probe", "install", "uninstall"])
    parser.add_argument("--any", action="store_true", help="probe：能运行这些步骤即可（卸载用）")
    args = parser.parse_args(argv)
    bundle = bundle or Path(__file__).resolve().parent
    places = Places.of_user(environ)
    try:
        if args.step == "probe":
            return DONE if suitable(read_bundle(bundle), args.any) is None else NO_PYTHON
        if args.step == "install":
            done = install(bundle, places)
            print(
                f"\n安装完成。请重新打开 Excel，打开 {done.console}，在「督查台账」选项卡使用。\n"
                f"（加载项：{done.addin}；按钮从 {done.config} 找到 Python）"
            )
            return DONE
        removed = uninstall(places)
        print(
            "已卸载督查台账助手：加载项、设置文件和程序都已删除；文档\\督查台账 里您的文件和日志都保留。"
            if removed
            else "没有找到已安装的督查台账助手：不用卸载。"
        )
        return DONE
    except StepError as exc:
        print(f"\n没有完成：{exc}")
        return exc.code


if __name__ == "__main__":
    sys.exit(main())
