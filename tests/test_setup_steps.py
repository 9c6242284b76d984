"""The steps of 安装.bat and 卸载.bat (ledgerdesk/tools/setup_steps.py), run for real with tmp folders
standing in for %USERPROFILE%, %APPDATA% and %LOCALAPPDATA%, and the .bat files' text checked for what
cmd.exe needs. Excel holding the add-in is stood in for by a read-only file: Windows refuses to open
a file Excel has open for writing just as it refuses a read-only one (as root, which may write any
file, the step runs as the user nobody). The full install from a bundle is in tests/test_bundle.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ledgerdesk.tools import setup_steps as steps
from ledgerdesk.tools.bundle import write_scripts

SCRIPT = Path(steps.__file__)
NOBODY = 65534


def _environ(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "USERPROFILE": str(root / "home"),
        "APPDATA": str(root / "home" / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(root / "home" / "AppData" / "Local"),
        "PYTHONIOENCODING": "utf-8",
    }


@pytest.fixture
def machine():
    """A world-readable folder (tmp_path is not, and the held-file steps run as nobody under root)
    holding a bundle's setup_steps.py and bundle.json, and an installed clerk's profile."""
    root = Path(tempfile.mkdtemp(prefix="ledgerdesk-steps-"))
    root.chmod(0o755)
    bundle = root / "bundle"
    bundle.mkdir()
    shutil.copyfile(SCRIPT, bundle / "setup_steps.py")
    info = {
        "format": 1,
        "platform": "native",
        "pythons": ["3.11", "3.12", "3.13"],
        "wheel": "x.whl",
        "pins": {},
    }
    (bundle / steps.BUNDLE_FILE).write_text(json.dumps(info), encoding="utf-8")
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _installed(root: Path, places: steps.Places) -> dict[str, Path]:
    """What an install leaves: the add-in, the config file, the untouched control workbook, an
    environment, installed.json, and a log (kept by uninstall)."""
    xlam = root / "bundle" / "ledgerdesk.xlam"
    xlam.write_bytes(b"the add-in")
    source = root / "bundle" / steps.CONSOLE_NAME
    source.write_bytes(b"the control workbook")
    documents = places.home / "Documents"
    venv = places.local / steps.VENV
    (venv / "bin").mkdir(parents=True, exist_ok=True)
    (venv / "bin" / "python").write_bytes(b"")
    done = steps.install_addin(
        xlam, source, str(venv / "bin" / "python"), "pkg", places, documents, "cp936", venv
    )
    log = places.local / steps.LOGS / "ledgerdesk-2026-12-07.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text("button merge failed", encoding="utf-8")
    return {"addin": done.addin, "config": done.config, "console": done.console, "venv": venv, "log": log}


def _run_step(root: Path, step: str, as_nobody: bool) -> subprocess.CompletedProcess[str]:
    python = sys.executable
    kwargs = {}
    if as_nobody:
        python = "/usr/bin/python3"  # the test's Python may live where nobody cannot go (/root)
        if not Path(python).is_file():
            pytest.skip("running a step as nobody needs /usr/bin/python3")
        kwargs = {"user": NOBODY, "group": NOBODY}
        subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", str(root)], check=True)
    return subprocess.run(
        [python, str(root / "bundle" / "setup_steps.py"), step],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environ(root),
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )


def _hold(path: Path) -> bool:
    """Stand in for Excel holding the add-in; returns whether the step must run as nobody."""
    path.chmod(0o444)
    return os.geteuid() == 0


def test_excel_holding_the_addin_stops_uninstall_before_anything_is_removed(machine):
    places = steps.Places.of_user(_environ(machine))
    made = _installed(machine, places)
    as_nobody = _hold(made["addin"])
    proc = _run_step(machine, "uninstall", as_nobody)
    assert proc.returncode == steps.EXCEL_OPEN, proc.stdout + proc.stderr
    assert "Excel 正在使用加载项" in proc.stdout and "请先关闭所有 Excel 窗口" in proc.stdout
    assert "什么也没有改动" in proc.stdout and "Errno" not in proc.stdout + proc.stderr
    assert all(path.exists() for path in made.values())  # nothing removed: a second run can finish

    made["addin"].chmod(0o644)  # Excel closed
    proc = _run_step(machine, "uninstall", as_nobody)
    assert proc.returncode == steps.DONE, proc.stdout + proc.stderr
    assert "已卸载" in proc.stdout
    left = sorted(str(p.relative_to(machine)) for p in machine.rglob("*") if p.is_file())
    assert left == [
        "bundle/bundle.json",
        "bundle/ledgerdesk.xlam",
        "bundle/setup_steps.py",
        "bundle/督查台账助手.xlsx",
        "home/AppData/Local/ledgerdesk/logs/ledgerdesk-2026-12-07.log",  # kept for support, said so
    ]
    assert (
        not (places.home / ".ledgerdesk").exists() and not (places.home / "Documents" / "督查台账").exists()
    )

    again = _run_step(machine, "uninstall", as_nobody)  # harmless
    assert again.returncode == steps.DONE and "不用卸载" in again.stdout


def test_excel_holding_the_addin_stops_install_before_anything_changes(machine):
    places = steps.Places.of_user(_environ(machine))
    places.addin.parent.mkdir(parents=True)
    places.addin.write_bytes(b"last year's add-in")
    as_nobody = _hold(places.addin)
    proc = _run_step(machine, "install", as_nobody)
    assert proc.returncode == steps.EXCEL_OPEN, proc.stdout + proc.stderr
    assert "请先关闭所有 Excel 窗口" in proc.stdout and "Errno" not in proc.stdout + proc.stderr
    assert "安装给账户" in proc.stdout  # whose profile, said first
    assert places.addin.read_bytes() == b"last year's add-in"
    assert not places.local.exists() and not places.config.exists()  # no environment, no config


def test_a_clerks_edited_control_workbook_and_one_there_before_install_are_kept(machine):
    places = steps.Places.of_user(_environ(machine))
    made = _installed(machine, places)
    made["console"].write_bytes(b"the clerk's settings")
    said: list[str] = []
    removed = steps.uninstall(places, echo=said.append)
    assert made["console"].read_bytes() == b"the clerk's settings" and "保留您的控制台工作簿" in said[0]
    assert made["addin"] in removed and made["venv"] in removed

    made = _installed(machine, places)  # the clerk's copy is there before this install
    assert made["console"].read_bytes() == b"the clerk's settings"
    assert json.loads(places.manifest.read_text(encoding="utf-8"))["console_sha256"] is None
    steps.uninstall(places, echo=said.append)
    assert made["console"].is_file()


def test_a_second_install_keeps_an_untouched_console_as_its_own(machine):
    places = steps.Places.of_user(_environ(machine))
    made = _installed(machine, places)
    _installed(machine, places)  # again: the console is still the copy install made
    assert json.loads(places.manifest.read_text(encoding="utf-8"))["console_sha256"]
    steps.uninstall(places, echo=lambda line: None)
    assert not made["console"].exists()


def test_addin_install_says_excel_holds_the_addin_in_chinese(tmp_path, monkeypatch, capsys):
    """`ledgerdesk addin install` with Excel open: no raw [Errno 13] (the copy is what Windows refuses)."""
    from ledgerdesk.cli import main
    from ledgerdesk.tools.addin import build_addin

    xlam = build_addin(tmp_path / "ledgerdesk.xlam")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(steps, "documents_folder", lambda home: tmp_path / "Documents")
    for name in ("USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(name, str(tmp_path / name))

    def refused(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(steps.shutil, "copyfile", refused)
    assert main(["addin", "install", "--out", str(xlam)]) == 2
    said = capsys.readouterr().err
    assert "Excel 正在使用加载项" in said and "Errno" not in said


@pytest.mark.parametrize(
    ("registry", "expected"),
    [
        (r"%USERPROFILE%\Documents", r"C:\Users\张伟\Documents"),  # the default, expanded
        (r"%userprofile%\OneDrive\文档", r"C:\Users\张伟\OneDrive\文档"),  # OneDrive's; names in any case
        (r"\\fileserver\home$\zhangwei\文档", r"\\fileserver\home$\zhangwei\文档"),  # redirected to a share
        (r"D:\我的文档", r"D:\我的文档"),  # moved to another drive (REG_SZ)
        (r"%HOMESHARE%\Documents", None),  # a variable this session does not have: the default
        (None, None),  # no value (or not Windows)
        ("", None),
    ],
)
def test_documents_is_where_the_shell_says(registry, expected):
    home = Path("/home/张伟")
    environ = {"USERPROFILE": r"C:\Users\张伟", "USERNAME": "张伟"}
    found = steps.documents_folder(home, environ, personal=lambda: registry)
    assert str(found) == (expected or str(home / "Documents"))


def test_elsewhere_documents_is_under_home(tmp_path):
    if sys.platform == "win32":
        pytest.skip("on Windows the registry answers")
    assert steps.documents_folder(tmp_path) == tmp_path / "Documents"


def test_running_as_administrator_says_whose_profile_it_installs_into(tmp_path):
    places = steps.Places.of_user({"USERPROFILE": str(tmp_path / "it-admin")})
    lines = steps.whose(places, {"USERNAME": "it-admin"}, admin=True)
    assert lines[0].startswith("安装给账户：it-admin") and "办事员的账户" in lines[1]
    assert len(steps.whose(places, {"USERNAME": "zhangwei"}, admin=False)) == 1


def test_probe_accepts_only_a_python_the_wheelhouse_covers(machine):
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    bundle = machine / "bundle"
    run = [sys.executable, str(bundle / "setup_steps.py"), "probe"]
    for pythons, code in (([here], 0), (["3.0"], steps.NO_PYTHON)):
        info = {"platform": "native", "pythons": pythons}
        (bundle / steps.BUNDLE_FILE).write_text(json.dumps(info), encoding="utf-8")
        assert subprocess.run(run, env=_environ(machine)).returncode == code
    assert subprocess.run([*run, "--any"], env=_environ(machine)).returncode == 0  # enough to uninstall


def _bat(tmp_path: Path, name: str) -> str:
    info = {"pythons": ["3.11", "3.12", "3.13"], "embedded": None}
    write_scripts(tmp_path, info)
    data = (tmp_path / name).read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b""), "cmd.exe needs CRLF line ends"
    return data.decode("cp936")  # cmd.exe reads a batch file in the OEM code page (936 in Chinese)


@pytest.mark.parametrize("name", ["安装.bat", "卸载.bat"])
def test_the_bat_files_are_what_cmd_needs(tmp_path, name):
    text = _bat(tmp_path, name)
    lines = text.split("\r\n")
    assert lines[:2] == ["@echo off", "chcp 936 >nul"]
    assert 'pushd "%~dp0" || goto no_folder' in lines  # a network share gets a drive letter; cd cannot
    assert "cd " not in text and "wheels\\" not in text  # no relative path: Python is given absolute ones
    assert 'set "STEPS=%CD%\\setup_steps.py"' in lines
    labels = set(re.findall(r"^:(\w+)\r?$", text, re.M))
    assert set(re.findall(r"(?:goto|call :)\s*(\w+)", text)) <= labels  # every jump lands
    assert lines.count("popd") == 1 and "exit /b %RC%" in lines
    assert lines[lines.index(":finish") - 1] == "popd"
    assert 'if /i not "%~1"=="/quiet" pause' in lines
    for code in ("2", "4"):
        assert f'set "RC={code}"' in lines
    assert 'set "RC=%ERRORLEVEL%"' in lines  # the step's exit code (3: Excel open) is the .bat's


def test_install_bat_tries_every_covered_python_64_bit_newest_first_then_the_bundled_one(tmp_path):
    text = _bat(tmp_path, "安装.bat")
    assert "for %%V in (3.13 3.12 3.11) do if not defined PY call :probe py -%%V-64" in text
    assert text.index(":probe python") < text.index('"%CD%\\python\\python.exe"')
    assert '%PY% "%STEPS%" install' in text


def test_uninstall_bat_removes_nothing_itself_before_the_step_has_succeeded(tmp_path):
    text = _bat(tmp_path, "卸载.bat")
    step = text.index('%PY% "%STEPS%" uninstall')
    assert text.index('if not "%RC%"=="0" goto done') > step
    assert all(m.start() > text.index('if not "%RC%"=="0" goto done') for m in re.finditer("rmdir", text))


def test_every_message_of_the_installer_is_in_the_troubleshooting_table(tmp_path):
    """docs/excel.md tells IT and the clerk, for each message 安装.bat, 卸载.bat and their steps can
    show, what to do; each opening listed here is checked to be a message the code really says."""
    docs = (Path(__file__).parents[1] / "docs" / "excel.md").read_text(encoding="utf-8")
    table = docs.split("#### 安装.bat、卸载.bat 显示的提示和怎么办")[1].split("\n\n")[1]
    said = [row.split(" | ")[0] for row in table.splitlines()[2:]]
    write_scripts(tmp_path, {"pythons": ["3.11"], "embedded": None})
    code = SCRIPT.read_text(encoding="utf-8") + "".join(
        (tmp_path / name).read_bytes().decode("cp936") for name in ("安装.bat", "卸载.bat")
    )
    openings = [
        "安装给账户：",
        "提示：正在以管理员身份运行。",
        "Excel 正在使用加载项",
        "这台电脑上没有能用的 Python（",
        "安装包不完整：找不到或读不了",
        "无法进入安装包所在的文件夹：",
        "时出错（见上面的信息）。",
        "装好的程序启动不了：",
        "环境里的 xlwings 是",
        "路径中有 Windows 当前代码页（",
        "保留您的控制台工作簿：",
        "加载项已经删除，但程序文件夹",
        "没有删完",
        "找不到能运行卸载步骤的 Python。",
        "没有找到已安装的督查台账助手：不用卸载。",
    ]
    assert [o for o in openings if o not in code] == []  # each is said
    assert [o for o in openings if not any(o in row for row in said)] == []  # and each is explained
