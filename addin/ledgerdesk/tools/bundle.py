"""``ledgerdesk bundle``: one folder a clerk copies to an offline PC (a government intranet has no
package index) and installs from with a double click.

The folder holds every wheel ledgerdesk needs for the *target* platform and Python, ledgerdesk's
own wheel, the built add-in, the control workbook, the Word/Excel templates, 安装.bat and 卸载.bat.

pip resolves the wheels' files for the target (``--platform``, ``--python-version``), but it
evaluates environment markers for the machine it runs on: from Linux, ``pywin32; platform_system
== "Windows"`` (which xlwings needs on Windows) would be left out. So the requirements are walked
here, round by round, with the target's markers (``packaging``), and each round's new names are
downloaded without their dependencies; the walk ends when every requirement of every wheel in the
folder is met by a wheel in the folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name, parse_wheel_filename

from ..errors import LedgerdeskError
from ..resources import resource_dir, templates_dir
from .addin import CONSOLE_NAME, build_addin

NATIVE = "native"  # --platform native: the machine that runs the command (for tests and Linux users)
WHEELS = "wheels"
VENV = r"%LOCALAPPDATA%\ledgerdesk\venv"


class BundleError(LedgerdeskError):
    """The bundle cannot be made; the message is Chinese."""


@dataclass
class Bundle:
    folder: Path
    wheels: list[Path]
    size: int  # bytes of the whole folder


def target_environment(platform_tag: str, python: str) -> dict[str, str]:
    """The marker environment of the machine the bundle is for."""
    if platform_tag == NATIVE:
        return {key: str(value) for key, value in default_environment().items()}
    if not platform_tag.startswith("win"):
        raise BundleError(f"暂只支持为 Windows（win_amd64、win32）或本机（{NATIVE}）打包：{platform_tag}")
    major_minor = ".".join(python.split(".")[:2])
    return {
        "implementation_name": "cpython",
        "implementation_version": f"{major_minor}.0",
        "os_name": "nt",
        "platform_machine": "AMD64" if platform_tag.endswith("amd64") else "x86",
        "platform_release": "10",
        "platform_system": "Windows",
        "platform_version": "10.0.19045",
        "python_full_version": f"{major_minor}.0",
        "platform_python_implementation": "CPython",
        "python_version": major_minor,
        "sys_platform": "win32",
    }


def project_root() -> Path:
    """The ledgerdesk source folder this package runs from (its wheel is built from it)."""
    here = Path(__file__).resolve().parent
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "addin" / "ledgerdesk").is_dir():
            return folder
    raise BundleError(
        "找不到 ledgerdesk 的源码文件夹（pyproject.toml）：请在源码文件夹里用 pip install -e . 安装后再打包"
    )


def make_bundle(out: Path, platform_tag: str = "win_amd64", python: str = "3.11", echo=print) -> Bundle:
    """Write the offline-install folder to ``out``. It is made beside it first and put in place
    whole, so a failed or interrupted run leaves no half bundle (and an earlier bundle is replaced)."""
    if out.exists() and any(out.iterdir()) and not (out / "安装.bat").is_file():
        raise BundleError(f"{out} 不是空文件夹，也不是以前打的包；请换一个文件夹")
    work = out.with_name(out.name + ".part")
    shutil.rmtree(work, ignore_errors=True)
    try:
        wheels = work / WHEELS
        wheels.mkdir(parents=True)
        echo("生成 ledgerdesk 自己的 wheel……")
        _pip(["wheel", "--no-deps", "--wheel-dir", str(wheels), str(project_root())])
        own = next(wheels.glob("ledgerdesk-*.whl"))
        echo(f"下载依赖（{platform_tag}，Python {python}）……")
        resolve(wheels, target_environment(platform_tag, python), platform_tag, python, echo)
        build_addin(work / "ledgerdesk.xlam")
        shutil.copyfile(resource_dir("workbooks") / CONSOLE_NAME, work / CONSOLE_NAME)
        shutil.copytree(
            templates_dir(), work / "模板", ignore=shutil.ignore_patterns("*.py", "__pycache__", "*.md")
        )
        version = sys.version_info if platform_tag == NATIVE else tuple(map(int, python.split(".")[:2]))
        write_scripts(work, own.name, f"{version[0]}.{version[1]}")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(out, ignore_errors=True)
    work.rename(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return Bundle(out, sorted((out / WHEELS).glob("*.whl")), size)


def resolve(wheels: Path, environment: dict[str, str], platform_tag: str, python: str, echo=print) -> None:
    """Download, for the target, every wheel the wheels already in ``wheels`` need, until none is missing."""
    for _ in range(30):  # a dependency tree is a few levels deep; 30 rounds means something is wrong
        missing = missing_requirements(wheels, environment)
        if not missing:
            return
        echo("  " + "、".join(sorted(missing)))
        args = ["download", "--no-deps", "--only-binary=:all:", "--dest", str(wheels)]
        if platform_tag != NATIVE:
            abi = "cp" + "".join(python.split(".")[:2])
            args += ["--platform", platform_tag, "--python-version", python, "--implementation", "cp"]
            args += ["--abi", abi, "--abi", "abi3", "--abi", "none"]
        _pip(args + [f"{name}{spec}" for name, spec in sorted(missing.items())])
    raise BundleError("依赖关系没有在 30 轮内解析完，请检查网络或 pip 的输出")


def missing_requirements(wheels: Path, environment: dict[str, str]) -> dict[str, SpecifierSet]:
    """Name -> specifier of every requirement (for the target) no wheel in ``wheels`` meets."""
    have: dict[str, str] = {}
    wanted: dict[str, SpecifierSet] = {}
    for wheel in wheels.glob("*.whl"):
        project, version, _, _ = parse_wheel_filename(wheel.name)
        have[canonicalize_name(project)] = str(version)
        for requirement in requirements(wheel, environment):
            key = canonicalize_name(requirement.name)
            wanted[key] = wanted.get(key, SpecifierSet()) & requirement.specifier
    missing: dict[str, SpecifierSet] = {}
    for name, spec in wanted.items():
        if name not in have:
            missing[name] = spec
        elif not spec.contains(have[name], prereleases=True):
            raise BundleError(f"{name} {have[name]} 不满足 {spec}：请删掉打包文件夹后重新打包")
    return missing


def requirements(wheel: Path, environment: dict[str, str]) -> list[Requirement]:
    """A wheel's Requires-Dist that apply on the target (no extras)."""
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(z.read(name).decode("utf-8"))
    found = []
    for line in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({**environment, "extra": ""}):
            found.append(requirement)
    return found


def write_scripts(out: Path, own_wheel: str, python: str) -> None:
    """安装.bat and 卸载.bat, in the code page cmd.exe reads a batch file in on a Chinese Windows."""
    install = [
        "@echo off",
        "chcp 936 >nul",
        "setlocal",
        'cd /d "%~dp0"',
        "echo 督查台账助手：离线安装（不需要联网）",
        "set PY=",
        f'py -{python} -c "import sys" >nul 2>nul && set PY=py -{python}',
        f"if not defined PY python -c \"import sys; sys.exit(0 if sys.version.startswith('{python}.') else 1)\" >nul 2>nul && set PY=python",
        "if not defined PY (",
        f"  echo 没有找到 Python {python}。请先安装 Python {python}（64 位，python.org 的安装程序，勾选 Add python.exe to PATH），再双击本文件。",
        "  pause",
        "  exit /b 1",
        ")",
        f'if not exist "{VENV}\\Scripts\\python.exe" %PY% -m venv "{VENV}" || goto failed',
        f'"{VENV}\\Scripts\\python.exe" -m pip install --no-index --find-links "%~dp0{WHEELS}" --upgrade "{WHEELS}\\{own_wheel}" || goto failed',
        f'"{VENV}\\Scripts\\ledgerdesk.exe" addin install --out "%~dp0ledgerdesk.xlam" || goto failed',
        "echo.",
        "echo 安装完成：请重新打开 Excel，打开 文档\\督查台账\\督查台账助手.xlsx，在「督查台账」选项卡使用。",
        "pause",
        "exit /b 0",
        ":failed",
        "echo 安装没有完成，请把上面的信息截图发给技术支持。",
        "pause",
        "exit /b 1",
    ]
    uninstall = [
        "@echo off",
        "chcp 936 >nul",
        f'if exist "{VENV}\\Scripts\\ledgerdesk.exe" "{VENV}\\Scripts\\ledgerdesk.exe" addin uninstall',
        f'if exist "{VENV}" rmdir /s /q "{VENV}"',
        "echo 已卸载督查台账助手的加载项和程序；文档\\督查台账 里的控制台工作簿和您的文件都保留。",
        "pause",
    ]
    for name, lines in (("安装.bat", install), ("卸载.bat", uninstall)):
        (out / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp936"))
    readme = [
        "督查台账助手 离线安装包",
        "",
        f"1. 这台电脑需要先装好 Python {python}（64 位）。",
        "2. 双击“安装.bat”：在 %LOCALAPPDATA%\\ledgerdesk 建一个独立的 Python 环境，从 wheels 文件夹安装（不联网），",
        "   把加载项放进 Excel 的 XLSTART，把控制台工作簿复制到 文档\\督查台账（已有的不覆盖）。",
        "3. 重新打开 Excel，打开 文档\\督查台账\\督查台账助手.xlsx，用「督查台账」选项卡。",
        "4. 卸载：双击“卸载.bat”。",
        "“模板”文件夹里是通报、简报、催办通知的 Word 模板和空白报送表，可以复制出来修改。",
    ]
    (out / "安装说明.txt").write_bytes(("\r\n".join(readme) + "\r\n").encode("cp936"))


def _pip(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise BundleError("pip 没有完成：" + " ".join(last))
