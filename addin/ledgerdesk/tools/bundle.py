"""``ledgerdesk bundle``: one folder a clerk copies to an offline PC (a government intranet has no
package index) and installs from with a double click, whatever Python that PC has, or none.

The folder holds every wheel ledgerdesk needs on the *target* platform for each Python version the
bundle claims (3.11–3.13 by default: checked by wheel tags), pip's own wheel, optionally the official
Windows embeddable Python (``--embedded-python``), the add-in built from the wheelhouse's xlwings,
the control workbook, the Word/Excel templates, 安装.bat and 卸载.bat, and setup_steps.py, which
does what the .bat files do (they only find a Python to run it with).

pip resolves the wheels' files for the target (``--platform``, ``--python-version``), but it
evaluates environment markers for the machine it runs on: from Linux, ``pywin32; platform_system
== "Windows"`` (which xlwings needs on Windows) would be left out. So the requirements are walked
here, round by round, with the target's markers (``packaging``), and each round's new names are
downloaded without their dependencies; the walk ends when every requirement of every wheel usable on
the target (by its tags) is met by a wheel in the folder. The walk is repeated for every Python
version, asking for the versions already in the folder, so that each project has one version
whichever Python installs it (bundle.json ``pins``; setup_steps installs with them as constraints).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path
from typing import Any

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.tags import Tag, compatible_tags, cpython_tags, sys_tags
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

from ..errors import LedgerdeskError
from ..resources import BUNDLE_PYTHONS, EMBEDDED_VERSION, PYTHON_ORG, resource_dir, templates_dir
from . import setup_steps
from .addin import CONSOLE_NAME, build_addin, vba_xlwings_versions

NATIVE = "native"  # --platform native: the machine that runs the command (for tests and Linux users)
WHEELS = "wheels"
PYTHONS = BUNDLE_PYTHONS
ARCHES = {"win_amd64": "amd64", "win32": "win32"}
EMBED_NAME = re.compile(r"python-(\d+)\.(\d+)\.(\d+)-embed-(amd64|win32|arm64)\.zip$", re.I)
PTH_NAME = re.compile(r"python(3)(\d+)\._pth$")
TIMEOUT = 120  # seconds for one download

Echo = Callable[[str], None]


class BundleError(LedgerdeskError):
    """The bundle cannot be made; the message is Chinese."""


@dataclass
class Embedded:
    """The embeddable Python put in the bundle's ``python`` folder."""

    name: str  # the zip's file name, python-3.12.10-embed-amd64.zip
    version: str  # 3.12 (its ._pth file says) or 3.12.10 (its name says)
    sha256: str  # of the zip
    checked: str  # how it was checked: against python.org's published checksum, or "" (a local copy)


@dataclass
class Bundle:
    folder: Path
    wheels: list[Path]
    size: int  # bytes of the whole folder
    pythons: list[str]  # the Python versions the wheelhouse covers
    embedded: Embedded | None = None


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


def target_tags(platform_tag: str, python: str) -> set[Tag]:
    """The wheel tags a CPython ``python`` on ``platform_tag`` installs (pip's order does not matter here)."""
    if platform_tag == NATIVE:
        return set(sys_tags())
    version = tuple(int(part) for part in python.split(".")[:2])
    interpreter = f"cp{version[0]}{version[1]}"
    tags = set(cpython_tags(version, abis=[interpreter], platforms=[platform_tag]))
    return tags | set(compatible_tags(version, interpreter=interpreter, platforms=[platform_tag]))


def usable(wheel: Path | str, tags: set[Tag]) -> bool:
    return any(tag in tags for tag in parse_wheel_filename(Path(wheel).name)[3])


def project_root() -> Path:
    """The ledgerdesk source folder this package runs from (its wheel is built from it)."""
    here = Path(__file__).resolve().parent
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "addin" / "ledgerdesk").is_dir():
            return folder
    raise BundleError(
        "找不到 ledgerdesk 的源码文件夹（pyproject.toml）：请在源码文件夹里用 pip install -e . 安装后再打包"
    )


def make_bundle(
    out: Path,
    platform_tag: str = "win_amd64",
    pythons: Sequence[str] | str = PYTHONS,
    echo: Echo = print,
    embedded_python: str | Path | None = None,
    embedded_version: str = EMBEDDED_VERSION,
    python_org: str = PYTHON_ORG,
) -> Bundle:
    """Write the offline-install folder to ``out``. It is made beside it first and put in place
    whole, so a failed or interrupted run leaves no half bundle (and an earlier bundle is replaced).
    ``embedded_python``: a local python-3.x.y-embed-amd64.zip (trusted: its SHA-256 is printed and
    written into 安装说明.txt), or "download" (from ``python_org``, checked against its published
    checksum)."""
    if out.exists() and any(out.iterdir()) and not (out / "安装.bat").is_file():
        raise BundleError(f"{out} 不是空文件夹，也不是以前打的包；请换一个文件夹")
    versions = _versions(platform_tag, pythons)
    work = out.with_name(out.name + ".part")
    shutil.rmtree(work, ignore_errors=True)
    try:
        wheels = work / WHEELS
        wheels.mkdir(parents=True)
        embedded = None
        if embedded_python is not None:  # first: a wrong checksum stops before any download from the index
            embedded = add_embedded_python(
                work / setup_steps.EMBEDDED,
                str(embedded_python),
                platform_tag,
                embedded_version,
                python_org,
                echo,
            )
            minor = ".".join(embedded.version.split(".")[:2])  # the bundle claims the Python it carries
            versions = sorted({*versions, minor}, key=_version_key)
        echo("生成 ledgerdesk 自己的 wheel……")
        _pip(["wheel", "--no-deps", "--wheel-dir", str(wheels), str(project_root())])
        own = next(wheels.glob("ledgerdesk-*.whl"))
        for python in versions:
            echo(f"下载依赖（{platform_tag}，Python {python}）……")
            resolve(wheels, platform_tag, python, echo)
        pins = wheel_versions(wheels)
        pip_wheel = next(w.name for w in wheels.glob("pip-*.whl"))
        xlwings = pins.get("xlwings")
        if not xlwings:
            raise BundleError("wheelhouse 里没有 xlwings，无法生成加载项")
        build_pinned_addin(wheels, xlwings, work / setup_steps.ADDIN_FILE)
        shutil.copyfile(resource_dir("workbooks") / CONSOLE_NAME, work / CONSOLE_NAME)
        shutil.copytree(
            templates_dir(), work / "模板", ignore=shutil.ignore_patterns("*.py", "__pycache__", "*.md")
        )
        shutil.copyfile(Path(setup_steps.__file__), work / "setup_steps.py")
        info = {
            "format": 1,
            "platform": platform_tag,
            "pythons": versions,
            "wheel": own.name,
            "pip": pip_wheel,
            "xlwings": xlwings,
            "pins": {name: version for name, version in pins.items() if name != "ledgerdesk"},
            "embedded": embedded.__dict__ if embedded else None,
        }
        (work / setup_steps.BUNDLE_FILE).write_text(
            json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        write_scripts(work, info)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(out, ignore_errors=True)
    work.rename(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return Bundle(out, sorted((out / WHEELS).glob("*.whl")), size, versions, embedded)


def _versions(platform_tag: str, pythons: Sequence[str] | str) -> list[str]:
    if platform_tag == NATIVE:
        return [f"{sys.version_info[0]}.{sys.version_info[1]}"]
    named = pythons.split(",") if isinstance(pythons, str) else list(pythons)
    versions = sorted({".".join(p.strip().split(".")[:2]) for p in named if p.strip()}, key=_version_key)
    bad = [v for v in versions if not re.fullmatch(r"3\.\d+", v)]
    if bad or not versions:
        raise BundleError(f"Python 版本要写成 3.11、3.12 这样，多个用逗号分开：{pythons}")
    return versions


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def resolve(wheels: Path, platform_tag: str, python: str, echo: Echo = print) -> None:
    """Download, for ``python`` on the target, every wheel the wheels in ``wheels`` usable there
    need (and pip), until none is missing. A project already in the folder (for another Python) is
    asked for at the same version."""
    environment = target_environment(platform_tag, python)
    tags = target_tags(platform_tag, python)
    for _ in range(30):  # a dependency tree is a few levels deep; 30 rounds means something is wrong
        missing = missing_requirements(wheels, environment, tags, also={"pip": SpecifierSet()})
        if not missing:
            return
        echo("  " + "、".join(sorted(missing)))
        have = wheel_versions(wheels, strict=False)
        wanted = [
            f"{name}=={have[name]}"
            if name in have and spec.contains(have[name], prereleases=True)
            else f"{name}{spec}"
            for name, spec in sorted(missing.items())
        ]
        args = ["download", "--no-deps", "--only-binary=:all:", "--dest", str(wheels)]
        if platform_tag != NATIVE:
            abi = "cp" + "".join(python.split(".")[:2])
            args += ["--platform", platform_tag, "--python-version", python, "--implementation", "cp"]
            args += ["--abi", abi, "--abi", "abi3", "--abi", "none"]
        _pip(args + wanted)
    raise BundleError("依赖关系没有在 30 轮内解析完，请检查网络或 pip 的输出")


def missing_requirements(
    wheels: Path,
    environment: dict[str, str],
    tags: set[Tag] | None = None,
    also: dict[str, SpecifierSet] | None = None,
) -> dict[str, SpecifierSet]:
    """Name -> specifier of every requirement (for the target) that no wheel in ``wheels`` meets:
    of the wheels the target can install (``tags``; all when None), and ``also`` (asked for as such)."""
    have: dict[str, str] = {}
    wanted: dict[str, SpecifierSet] = dict(also or {})
    for wheel in wheels.glob("*.whl"):
        if tags is not None and not usable(wheel, tags):
            continue
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


def wheel_versions(wheels: Path, strict: bool = True) -> dict[str, str]:
    """Project -> version of the wheels in ``wheels``; with ``strict``, a project in two versions
    is refused (a clerk's PC would get one or the other depending on its Python)."""
    found: dict[str, set[str]] = {}
    for wheel in wheels.glob("*.whl"):
        project, version, _, _ = parse_wheel_filename(wheel.name)
        found.setdefault(canonicalize_name(project), set()).add(str(version))
    twice = {name: versions for name, versions in found.items() if len(versions) > 1}
    if strict and twice:
        listed = "；".join(f"{name} {'、'.join(sorted(v))}" for name, v in sorted(twice.items()))
        raise BundleError(f"wheelhouse 里同一个库有两个版本（{listed}）：请删掉打包文件夹后重新打包")
    return {name: max(versions, key=Version) for name, versions in found.items()}


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


def build_pinned_addin(wheels: Path, xlwings: str, out: Path) -> Path:
    """The add-in, its xlwings VBA module taken from the wheelhouse's xlwings wheel — the xlwings the
    clerk's PC gets — and checked to name that version. Refused, not warned, when it does not: the
    VBA declares xlwings64-<its version>.dll, which pip puts beside the Python, so with another
    xlwings every button fails on the clerk's PC, where nobody can mend it."""
    wheel = next(iter(sorted(wheels.glob(f"xlwings-{xlwings}-*.whl"))), None)
    if wheel is None:
        raise BundleError(f"wheelhouse 里找不到 xlwings {xlwings} 的 wheel")
    with tempfile.TemporaryDirectory() as temp, zipfile.ZipFile(wheel) as z:
        template = Path(temp) / "quickstart_addin_ribbon.xlam"
        try:
            template.write_bytes(z.read("xlwings/quickstart_addin_ribbon.xlam"))
        except KeyError:
            raise BundleError(f"{wheel.name} 里没有加载项模板 xlwings/quickstart_addin_ribbon.xlam") from None
        build_addin(out, template=template)
    named = vba_xlwings_versions(out)
    if named != {xlwings}:
        raise BundleError(
            f"加载项里的 xlwings VBA 是 {'、'.join(sorted(named)) or '（没有版本号）'}，wheelhouse 里的 xlwings 是 "
            f"{xlwings}：两者不同时，办事员电脑上的每个按钮都会找不到 xlwings64-{xlwings}.dll，所以不打包"
        )
    return out


# ------------------------------------------------------------------------ the embeddable Python


def add_embedded_python(
    folder: Path,
    spec: str,
    platform_tag: str,
    version: str = EMBEDDED_VERSION,
    python_org: str = PYTHON_ORG,
    echo: Echo = print,
) -> Embedded:
    """Unpack the official Windows embeddable Python into ``folder`` with its ._pth file set to
    ``import site`` (without it, site-packages and the .pth files pywin32 needs are not read).
    ``spec``: a local zip (trusted, as the person building the bundle gives it), or "download"."""
    arch = ARCHES.get(platform_tag)
    if arch is None:
        raise BundleError("自带的 Python 只能放进 Windows 的安装包（--platform win_amd64 或 win32）")
    with tempfile.TemporaryDirectory() as temp:
        if spec == "download":
            archive, checked = download_embedded(version, arch, python_org, Path(temp), echo)
        else:
            archive, checked = Path(spec), ""
            if not archive.is_file():
                raise BundleError(f"找不到自带 Python 的文件：{archive}（要 python-3.x.y-embed-{arch}.zip）")
        sha256 = _digest(archive, "sha256")
        echo(
            f"自带的 Python：{archive.name}，SHA-256 {sha256}"
            + (f"（已核对 python.org 公布的 {checked}）" if checked else "")
        )
        minor = unpack_embedded(archive, folder, arch)
    named = EMBED_NAME.search(archive.name)
    full = ".".join(named.groups()[:3]) if named else minor
    return Embedded(archive.name, full, sha256, checked)


def unpack_embedded(archive: Path, folder: Path, arch: str) -> str:
    """Extract the embeddable package and edit its ._pth; returns its version (3.12)."""
    try:
        with zipfile.ZipFile(archive) as z:
            names = z.namelist()
            pth = [n for n in names if PTH_NAME.fullmatch(n)]
            if "python.exe" not in names or len(pth) != 1:
                raise BundleError(
                    f"{archive.name} 不是 Windows 的嵌入式 Python（embeddable package）：里面要有 python.exe 和 pythonXY._pth"
                )
            match = PTH_NAME.fullmatch(pth[0])
            assert match is not None
            minor = f"{match.group(1)}.{int(match.group(2))}"
            named = EMBED_NAME.search(archive.name)
            if named and named.group(4).lower() != arch:
                raise BundleError(f"{archive.name} 是 {named.group(4)} 的 Python，安装包是为 {arch} 打的")
            if named and f"{named.group(1)}.{named.group(2)}" != minor:
                raise BundleError(f"{archive.name} 里是 Python {minor}，和文件名不符")
            z.extractall(folder)  # extractall keeps every member inside folder
    except zipfile.BadZipFile:
        raise BundleError(f"{archive.name} 不是 zip 文件（要 python-3.x.y-embed-{arch}.zip）") from None
    path = folder / pth[0]
    text = path.read_bytes()
    edited, count = re.subn(rb"(?m)^[ \t]*#[ \t]*import site[ \t]*(?=\r?$)", b"import site", text)
    if not count and not re.search(rb"(?m)^import site[ \t]*\r?$", edited):
        edited = edited.rstrip(b"\r\n") + b"\r\nimport site\r\n"
    path.write_bytes(edited)
    return minor


def download_embedded(version: str, arch: str, python_org: str, folder: Path, echo: Echo) -> tuple[Path, str]:
    """python-<version>-embed-<arch>.zip from python.org's /ftp/python/, checked against the
    checksum python.org publishes for it (its downloads API: SHA-256 where published, else MD5);
    a file that does not match is deleted and refused."""
    if not re.fullmatch(r"3\.\d+\.\d+", version):
        raise BundleError(f"自带 Python 的版本要写成 3.12.10 这样：{version}")
    base = python_org.rstrip("/") + "/"
    name = f"python-{version}-embed-{arch}.zip"
    algorithm, expected = published_checksum(base, version, name)
    url = urllib.parse.urljoin(base, f"ftp/python/{version}/{name}")
    echo(f"下载 {url}……")
    target = folder / name
    digest = hashlib.new(algorithm)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response, open(target, "wb") as f:
            for block in iter(lambda: response.read(1 << 20), b""):
                f.write(block)
                digest.update(block)
    except (urllib.error.URLError, OSError) as exc:
        raise BundleError(_unreachable(url, exc, arch)) from None
    label = {"sha256": "SHA-256", "md5": "MD5"}[algorithm]
    if digest.hexdigest().lower() != expected.strip().lower():
        target.unlink()
        raise BundleError(
            f"下载的 {name} 与 python.org 公布的校验值不符（{label}：公布的是 {expected.strip().lower()}，"
            f"下载的是 {digest.hexdigest()}），已删除，没有打包：文件可能没下载完整或被改动过。请重试，或换一个网络"
        )
    return target, label


def published_checksum(base: str, version: str, name: str) -> tuple[str, str]:
    """(hashlib name, hex) python.org publishes for the release file ``name``."""
    api = urllib.parse.urljoin(base, "api/v2/downloads/")
    wanted = f"Python {version}"
    releases = _json(api + "release/?" + urllib.parse.urlencode({"name": wanted}))
    release = next((r for r in releases if isinstance(r, dict) and r.get("name") == wanted), None)
    if release is None:
        raise BundleError(f"python.org 上没有 {wanted} 这个版本（{base}）")
    number = str(release.get("resource_uri", "")).rstrip("/").rsplit("/", 1)[-1]
    files = _json(api + "release_file/?" + urllib.parse.urlencode({"release": number}))
    entry = next(
        (f for f in files if isinstance(f, dict) and str(f.get("url", "")).rsplit("/", 1)[-1] == name), None
    )
    if entry is None:
        raise BundleError(f"python.org 上的 {wanted} 没有 {name}")
    for field, algorithm in (("sha256_sum", "sha256"), ("md5_sum", "md5")):
        value = str(entry.get(field) or "").strip()
        if re.fullmatch(r"[0-9a-fA-F]+", value):
            return algorithm, value
    raise BundleError(
        f"python.org 没有公布 {name} 的校验值，无法核对下载的文件：请自己下载后用 --embedded-python 文件路径 打包"
    )


def _json(url: str) -> list[Any]:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise BundleError(_unreachable(url, exc)) from None
    if isinstance(data, dict):  # a paginated answer
        data = data.get("results", [])
    return data if isinstance(data, list) else []


def _unreachable(url: str, exc: BaseException, arch: str = "amd64") -> str:
    reason = getattr(exc, "reason", None) or exc
    return (
        f"无法从 {url} 下载（{reason}）。不能上网时，请在能上网的电脑上下载 python-3.x.y-embed-{arch}.zip，"
        "再用 --embedded-python 文件路径 打包"
    )


def _digest(path: Path, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------------------- the .bat files


def write_scripts(out: Path, info: dict[str, Any]) -> None:
    """安装.bat, 卸载.bat and 安装说明.txt, in the code page cmd.exe reads a batch file in on a Chinese
    Windows (936), CRLF. The .bat files find a Python and run setup_steps.py with it; everything else
    is there. ``pushd "%~dp0"`` (not cd): from a network share (\\\\server\\软件\\…) it maps a drive letter,
    where cd cannot go; every path given to Python is absolute."""
    newest_first = sorted(info["pythons"], key=_version_key, reverse=True)
    probe = " ".join(newest_first)
    install = [
        "@echo off",
        "chcp 936 >nul",
        "setlocal",
        "rem 督查台账助手 离线安装。/quiet：结束时不暂停（信息中心批量安装用）。退出码见 安装说明.txt。",
        'pushd "%~dp0" || goto no_folder',
        'set "STEPS=%CD%\\setup_steps.py"',
        "echo 督查台账助手：离线安装（不需要联网）",
        'set "PY="',
        f"for %%V in ({probe}) do if not defined PY call :probe py -%%V-64",
        "if not defined PY call :probe python",
        f'if not defined PY if exist "%CD%\\{setup_steps.EMBEDDED}\\python.exe" set PY="%CD%\\{setup_steps.EMBEDDED}\\python.exe"',
        "if not defined PY goto no_python",
        '%PY% "%STEPS%" install',
        'set "RC=%ERRORLEVEL%"',
        "goto done",
        ":no_python",
        f"echo 这台电脑上没有能用的 Python（{'、'.join(info['pythons'])}，64 位），安装包里也没有自带的 Python。",
        "echo 请联系技术支持人员，换一个自带 Python 的安装包。",
        'set "RC=4"',
        "goto done",
        *_common_tail(),
    ]
    uninstall = [
        "@echo off",
        "chcp 936 >nul",
        "setlocal",
        "rem 督查台账助手 卸载：先删加载项（Excel 开着时什么也不删），再删设置文件和程序。",
        'pushd "%~dp0" || goto no_folder',
        'set "STEPS=%CD%\\setup_steps.py"',
        'set "LOCAL=%LOCALAPPDATA%\\ledgerdesk"',
        'set "PY="',
        f'if exist "%CD%\\{setup_steps.EMBEDDED}\\python.exe" call :probe_any "%CD%\\{setup_steps.EMBEDDED}\\python.exe"',
        "if not defined PY call :probe_any py -3",
        "if not defined PY call :probe_any python",
        'if not defined PY if exist "%LOCAL%\\python\\python.exe" set PY="%LOCAL%\\python\\python.exe"',
        'if not defined PY if exist "%LOCAL%\\venv\\Scripts\\python.exe" set PY="%LOCAL%\\venv\\Scripts\\python.exe"',
        "if not defined PY goto no_python",
        '%PY% "%STEPS%" uninstall',
        'set "RC=%ERRORLEVEL%"',
        'if not "%RC%"=="0" goto done',
        "rem 卸载步骤若是用装好的 Python 运行的，它自己的文件夹在它结束后才能删：",
        'if exist "%LOCAL%\\python" rmdir /s /q "%LOCAL%\\python"',
        'if exist "%LOCAL%\\venv" rmdir /s /q "%LOCAL%\\venv"',
        'if exist "%LOCAL%\\python" set "RC=1"',
        'if exist "%LOCAL%\\venv" set "RC=1"',
        'if "%RC%"=="1" echo 程序文件夹 %LOCAL% 没有删完：可能有程序正在使用它。请重新启动电脑后再运行一次 卸载.bat。',
        "goto done",
        ":no_python",
        "echo 找不到能运行卸载步骤的 Python。请先运行一次 安装.bat，再运行 卸载.bat。",
        'set "RC=4"',
        "goto done",
        *_common_tail(),
    ]
    for name, lines in (("安装.bat", install), ("卸载.bat", uninstall)):
        (out / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp936"))
    (out / "安装说明.txt").write_bytes(("\r\n".join(readme(info)) + "\r\n").encode("cp936"))


def _common_tail() -> list[str]:
    return [
        ":no_folder",
        "echo 无法进入安装包所在的文件夹：%~dp0",
        'set "RC=2"',
        "goto finish",
        ":done",
        "popd",
        ":finish",
        'if /i not "%~1"=="/quiet" pause',
        "exit /b %RC%",
        ":probe",
        '%* "%STEPS%" probe >nul 2>nul && set PY=%*',
        "exit /b 0",
        ":probe_any",
        '%* "%STEPS%" probe --any >nul 2>nul && set PY=%*',
        "exit /b 0",
    ]


def readme(info: dict[str, Any]) -> list[str]:
    pythons = "、".join(info["pythons"])
    embedded = info.get("embedded")
    lines = [
        "督查台账助手 离线安装包",
        "",
        f"这台电脑上装有 Python {pythons} 之一（64 位）时用它；都没有时"
        + (
            "安装自带的 Python（只给当前账户，不需要管理员权限）。"
            if embedded
            else "无法安装（这个安装包没有自带 Python）。"
        ),
    ]
    if embedded:
        lines.append(
            f"自带的 Python：{embedded['name']}（Python {embedded['version']}，python.org 的 Windows 嵌入式版本），"
            f"SHA-256：{embedded['sha256']}"
            + (
                f"，打包时已核对 python.org 公布的 {embedded['checked']}。"
                if embedded["checked"]
                else "，由打包的人提供。"
            )
        )
    lines += [
        "",
        "1. 用办事员自己的账户登录，关闭所有 Excel 窗口，双击“安装.bat”（不要右键“以管理员身份运行”：",
        "   那样会装到管理员的账户下，办事员的 Excel 里看不到）。安装包放在网络共享（\\\\服务器\\…）上也可以直接双击。",
        "2. 它在 %LOCALAPPDATA%\\ledgerdesk 建一个独立的 Python 环境，从 wheels 文件夹安装（不联网），",
        "   把加载项放进 Excel 的 XLSTART，把控制台工作簿复制到 文档\\督查台账（已有的不覆盖）。",
        "3. 重新打开 Excel，打开 文档\\督查台账\\督查台账助手.xlsx，用「督查台账」选项卡。",
        "4. 更新：用新的安装包再双击一次“安装.bat”（程序一定会换成新的）。卸载：双击“卸载.bat”",
        "   （删除加载项、设置文件和程序；您改过的控制台工作簿和 %LOCALAPPDATA%\\ledgerdesk\\logs 里的日志保留）。",
        "“模板”文件夹里是通报、简报、催办通知的 Word 模板和空白报送表，可以复制出来修改。",
        "",
        "信息中心批量安装：安装.bat /quiet（结束时不暂停）。退出码：0 完成；1 没有完成（原因在窗口里）；",
        "2 进不了安装包所在的文件夹；3 Excel 正开着（什么也没有改动）；4 没有能用的 Python。",
    ]
    return lines


def _pip(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise BundleError("pip 没有完成：" + " ".join(last))
