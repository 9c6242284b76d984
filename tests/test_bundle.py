"""The offline-install folder: made here (from the package index), installed where there is none.

The tests that make a bundle download wheels from the package index, as `ledgerdesk bundle` does
for a clerk; the install steps then run with no index (tests/test_setup_steps.py has the fast ones).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet
from packaging.utils import parse_wheel_filename

from ledgerdesk.tools import setup_steps as steps
from ledgerdesk.tools.addin import vba_xlwings_versions
from ledgerdesk.tools.bundle import (
    NATIVE,
    Bundle,
    make_bundle,
    missing_requirements,
    project_root,
    requirements,
    target_environment,
    target_tags,
    usable,
    wheel_versions,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def native(tmp_path_factory) -> Bundle:
    """A bundle for this machine (the wheels of this platform and Python): what 安装.bat's steps do
    can run here for real, with tmp folders standing in for the clerk's profile."""
    return make_bundle(tmp_path_factory.mktemp("native") / "安装包", NATIVE, echo=lambda line: None)


def _clerk(root: Path) -> dict[str, str]:
    home = root / "home"
    return {
        **os.environ,
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "PIP_NO_INDEX": "1",  # offline: a step that reached for the index would fail
        "PYTHONIOENCODING": "utf-8",
    }


def _step(
    python: Path | str, bundle: Path, step: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(python), str(bundle / "setup_steps.py"), step],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc


def _config(places: steps.Places) -> dict[str, str]:
    lines = places.config.read_bytes().decode(steps.ansi_code_page()).split("\r\n")
    return dict(re.fullmatch(r'"([^"]*)","([^"]*)"', line).groups() for line in lines if line)


def _changed_build(bundle: Path, into: Path) -> Path:
    """The same bundle with ledgerdesk's own wheel built from a changed project of the same version."""
    source = into / "source"
    ignore = shutil.ignore_patterns(".git", "tests", "docs", "out", "build", "*.egg-info", "__pycache__")
    shutil.copytree(project_root(), source, ignore=ignore)
    with open(source / "addin" / "ledgerdesk" / "__init__.py", "a", encoding="utf-8") as f:
        f.write('\nUPDATE_MARK = "the second build"\n')
    updated = into / "安装包"
    shutil.copytree(bundle, updated, symlinks=True)
    own = json.loads((bundle / steps.BUNDLE_FILE).read_text(encoding="utf-8"))["wheel"]
    (updated / "wheels" / own).unlink()
    wheel = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(updated / "wheels"), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert wheel.returncode == 0 and (updated / "wheels" / own).is_file(), wheel.stderr[-2000:]
    return updated


def test_install_with_a_present_python_runs_the_sample_updates_and_uninstalls(native, tmp_path):
    """安装.bat on a PC with a Python the bundle covers: a venv under %LOCALAPPDATA%, the wheels with
    no index, the add-in; a second bundle of the same version replaces the code; 卸载.bat leaves
    nothing but the logs."""
    env = _clerk(tmp_path)
    places = steps.Places.of_user(env)
    said = _step(sys.executable, native.folder, "install", env).stdout
    assert "安装完成" in said and "安装给账户：" in said
    python = places.local / "venv" / "bin" / "python"
    values = _config(places)
    assert values["INTERPRETER_WIN"] == str(python)
    assert Path(values["LEDGERDESK_PACKAGE"]).is_relative_to(places.local / "venv")
    console = places.home / "Documents" / "督查台账" / "督查台账助手.xlsx"
    assert values["LEDGERDESK_CONSOLE"] == str(console) and console.is_file()
    assert places.addin.read_bytes() == (native.folder / "ledgerdesk.xlam").read_bytes()

    work = tmp_path / "clerk"
    work.mkdir()
    run = subprocess.run(
        [python.parent / "ledgerdesk", "run"], capture_output=True, text=True, cwd=work, timeout=600
    )
    assert run.returncode == 0, run.stderr[-2000:]  # done, though the samples hold deliberate mistakes
    assert "发现错误 3 个" in run.stdout
    assert "截至2024年7月31日，37家单位共有问题164个，已完成160个" in run.stdout

    updated = _changed_build(native.folder, tmp_path / "update")
    mark = [str(python), "-c", "import ledgerdesk; print(ledgerdesk.UPDATE_MARK)"]
    assert subprocess.run(mark, capture_output=True).returncode != 0  # not there before the update
    _step(sys.executable, updated, "install", env)  # again: same version number, changed code
    assert subprocess.run(mark, capture_output=True, text=True).stdout.strip() == "the second build"

    log = places.local / "logs" / "ledgerdesk-2026-12-07.log"
    log.parent.mkdir()
    log.write_text("a button's traceback", encoding="utf-8")
    assert "已卸载" in _step(sys.executable, updated, "uninstall", env).stdout
    left = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert left == [log]  # the logs stay, for support (said in 安装说明.txt and docs/excel.md)


def test_with_no_suitable_python_the_bundled_one_is_installed_for_the_user(native, tmp_path):
    """安装.bat on a PC without a covered Python runs the steps with the bundle's own Python, which
    they copy under %LOCALAPPDATA% and install into with pip run from its wheel (it has neither pip
    nor venv). Here a venv without pip stands in for the Windows embeddable Python."""
    bundle = tmp_path / "安装包"
    shutil.copytree(native.folder, bundle, symlinks=True)
    venv.create(bundle / "python", symlinks=True, with_pip=False)
    env = _clerk(tmp_path)
    places = steps.Places.of_user(env)
    (places.local / "venv").mkdir(parents=True)  # an earlier install's, with a present Python since removed
    (places.local / "venv" / "pyvenv.cfg").write_text("home = /gone", encoding="utf-8")
    _step(bundle / "python" / "bin" / "python", bundle, "install", env)
    python = places.local / "python" / "bin" / "python"
    assert _config(places)["INTERPRETER_WIN"] == str(python) and not (places.local / "venv").exists()
    version = subprocess.run([python.parent / "ledgerdesk", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("ledgerdesk ")
    untouched = [str(p) for p in (bundle / "python").rglob("ledgerdesk*")]
    assert untouched == []  # the bundle's own Python got nothing: the copy did
    _step(bundle / "python" / "bin" / "python", bundle, "uninstall", env)
    assert not places.local.exists() and not places.addin.exists() and not places.config.exists()


def test_the_windows_bundle_covers_python_3_11_to_3_13_and_carries_the_embeddable_python(tmp_path, capsys):
    """`ledgerdesk bundle --platform win_amd64 --embedded-python download` with python.org stood in
    for by a local server: every wheel installs on 64-bit Windows, every requirement is met for each
    of 3.11, 3.12 and 3.13 (by tags), each project in one version, the add-in's VBA pinned to the
    wheelhouse's xlwings, the embeddable Python in python/ with site enabled."""
    from test_embedded_python import NAME, PythonOrg, fake_embeddable

    from ledgerdesk.cli import main

    data = fake_embeddable(tmp_path / NAME).read_bytes()
    out = tmp_path / "安装包"
    with PythonOrg(data, {"sha256_sum": hashlib.sha256(data).hexdigest()}) as base:
        argv = ["bundle", "--out", str(out), "--platform", "win_amd64", "--embedded-python", "download"]
        assert main([*argv, "--python-org", base]) == 0, capsys.readouterr().err
    info = json.loads((out / steps.BUNDLE_FILE).read_text(encoding="utf-8"))
    assert info["pythons"] == ["3.11", "3.12", "3.13"]
    assert (
        info["embedded"]["checked"] == "SHA-256"
        and info["embedded"]["sha256"] == hashlib.sha256(data).hexdigest()
    )
    assert (out / "python" / "python.exe").is_file()
    assert (out / "python" / "python312._pth").read_bytes().endswith(b"\r\nimport site\r\n")
    assert info["embedded"]["sha256"] in (out / "安装说明.txt").read_bytes().decode("cp936")

    wheels = sorted((out / "wheels").glob("*.whl"))
    for wheel in wheels:  # installable on 64-bit Windows, nothing to compile
        assert any(t.platform in ("win_amd64", "any") for t in parse_wheel_filename(wheel.name)[3]), (
            wheel.name
        )
    specific = {"numpy", "pandas", "lxml", "pywin32", "python-calamine", "xlwings"}
    for python in info["pythons"]:
        windows, tags = target_environment("win_amd64", python), target_tags("win_amd64", python)
        assert missing_requirements(out / "wheels", windows, tags, also={"pip": SpecifierSet()}) == {}, python
        usable_here = {str(parse_wheel_filename(w.name)[0]) for w in wheels if usable(w, tags)}
        assert specific | {"ledgerdesk", "pip"} <= usable_here, python
    assert all(usable(w, target_tags("win_amd64", "3.11")) or usable(w, target_tags("win_amd64", "3.13"))
               or usable(w, target_tags("win_amd64", "3.12")) for w in wheels)  # fmt: skip
    pins = wheel_versions(out / "wheels")  # one version of each project, whichever Python installs it
    assert pins["xlwings"] == info["xlwings"] and info["pins"] == {
        k: v for k, v in pins.items() if k != "ledgerdesk"
    }
    assert vba_xlwings_versions(out / "ledgerdesk.xlam") == {info["xlwings"]}
    # what a requirement of xlwings only on Windows looks like to the walk
    xlwings = next(w for w in wheels if w.name.startswith("xlwings-"))
    assert "pywin32" in {r.name for r in requirements(xlwings, target_environment("win_amd64", "3.12"))}
    assert "pywin32" not in {r.name for r in requirements(xlwings, target_environment(NATIVE, ""))}

    text = (out / "安装.bat").read_bytes().decode("cp936")
    assert "for %%V in (3.13 3.12 3.11)" in text and '"%CD%\\python\\python.exe"' in text
    with zipfile.ZipFile(out / "ledgerdesk.xlam") as z:
        assert z.testzip() is None
    assert (out / "模板" / "通报模板.docx").is_file() and (out / "setup_steps.py").is_file()
    assert 40 * 2**20 < sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) < 400 * 2**20


def test_an_unsupported_target_is_a_chinese_message():
    from ledgerdesk.tools.bundle import BundleError

    with pytest.raises(BundleError, match="暂只支持"):
        target_environment("macosx_11_0_arm64", "3.11")


def test_a_folder_with_other_files_is_never_emptied(tmp_path):
    from ledgerdesk.tools.bundle import BundleError

    (tmp_path / "我的文件.docx").write_bytes(b"keep")
    with pytest.raises(BundleError, match="不是空文件夹"):
        make_bundle(tmp_path, NATIVE, echo=lambda line: None)
    assert (tmp_path / "我的文件.docx").read_bytes() == b"keep"


if sys.platform == "win32":  # the venv layout above is POSIX; on Windows the bundle is the .bat's job
    pytest.skip("offline install is exercised through 安装.bat on Windows", allow_module_level=True)
