"""The offline-install folder: made here (from the package index), installed where there is none.

Both tests download wheels from the package index, as `ledgerdesk bundle` does for a clerk.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile

import pytest
from packaging.utils import parse_wheel_filename

from ledgerdesk.tools.bundle import (
    NATIVE,
    make_bundle,
    missing_requirements,
    requirements,
    target_environment,
)

pytestmark = pytest.mark.slow


def test_a_bundle_for_this_machine_installs_with_no_index_and_runs_the_sample(tmp_path):
    bundle = make_bundle(tmp_path / "安装包", NATIVE, echo=lambda line: None)
    own = next(w for w in bundle.wheels if w.name.startswith("ledgerdesk-"))
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    quiet = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    install = subprocess.run(
        [python, "-m", "pip", "install", "--no-index", "--find-links", bundle.folder / "wheels", own],
        capture_output=True,
        text=True,
        env=quiet,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    work = tmp_path / "clerk"
    work.mkdir()
    run = subprocess.run(
        [env / "bin" / "ledgerdesk", "run"], capture_output=True, text=True, cwd=work, timeout=600
    )
    assert run.returncode == 0, run.stderr[-2000:]  # done, though the samples hold deliberate mistakes
    assert "发现错误 3 个" in run.stdout
    assert "截至2024年7月31日，37家单位共有问题164个，已完成160个" in run.stdout
    assert (work / "out" / "汇总台账.xlsx").is_file()
    assert (bundle.folder / "ledgerdesk.xlam").is_file() and (bundle.folder / "督查台账助手.xlsx").is_file()


def test_the_windows_bundle_has_a_wheel_for_every_requirement_on_windows(tmp_path):
    bundle = make_bundle(tmp_path / "安装包", "win_amd64", "3.11", echo=lambda line: None)
    windows = target_environment("win_amd64", "3.11")
    assert missing_requirements(bundle.folder / "wheels", windows) == {}
    names = set()
    for wheel in bundle.wheels:
        name, _, _, tags = parse_wheel_filename(wheel.name)
        names.add(str(name))
        assert any(t.platform in ("win_amd64", "any") and t.abi in ("cp311", "abi3", "none") for t in tags), (
            wheel.name
        )  # installable on 64-bit Windows with Python 3.11, nothing to compile
    assert {"pywin32", "xlwings", "pandas", "numpy", "lxml", "python-calamine"} <= names
    # what a requirement of xlwings only on Windows looks like to the walk
    xlwings = next(w for w in bundle.wheels if w.name.startswith("xlwings-"))
    assert "pywin32" in {r.name for r in requirements(xlwings, windows)}
    assert "pywin32" not in {r.name for r in requirements(xlwings, target_environment(NATIVE, ""))}

    script = (bundle.folder / "安装.bat").read_bytes()
    assert b"\r\n" in script and b"\n" not in script.replace(b"\r\n", b"")
    text = script.decode("cp936")  # cmd.exe reads a batch file in the OEM code page
    own = next(w.name for w in bundle.wheels if w.name.startswith("ledgerdesk-"))
    assert f"wheels\\{own}" in text and "--no-index" in text and "py -3.11" in text
    assert "addin install" in text
    with zipfile.ZipFile(bundle.folder / "ledgerdesk.xlam") as z:
        assert z.testzip() is None
    assert (bundle.folder / "模板" / "通报模板.docx").is_file()
    assert 20 * 2**20 < bundle.size < 200 * 2**20


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
