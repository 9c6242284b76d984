"""The ribbon callback run for real: the built add-in's VBA executed as compiled Basic in headless
LibreOffice (tests/vba_in_libreoffice.py, with stand-ins only for what is Excel's), for every button
of customUI.xml in every situation a clerk can click it in. Each click is checked for the message
boxes it shows (their Chinese text as the ChrW codes give it at run time) and the RunPython command
it runs, or that none ran; a click never ends in a VBA error.

LibreOffice's Python bridge (python3-uno) lives in Debian's python3, not in the test's Python, so the
helper runs in a subprocess under /usr/bin/python3 (LEDGERDESK_UNO_PYTHON to use another).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ledgerdesk
from ledgerdesk.resources import resource_dir, xlam_dir
from ledgerdesk.tools.addin import CONSOLE_NAME, MESSAGES, build_addin, write_config

HELPER = Path(__file__).with_name("vba_in_libreoffice.py")
SOFFICE = Path("/usr/lib/libreoffice/program/soffice.bin")
UNO_PYTHON = os.environ.get("LEDGERDESK_UNO_PYTHON", "/usr/bin/python3")
NS = {"ui": "http://schemas.microsoft.com/office/2009/07/customui"}
TAGS = [b.get("tag") for b in ET.parse(xlam_dir() / "customUI.xml").getroot().findall(".//ui:button", NS)]
TITLE = MESSAGES["title"]
EXCLAMATION, QUESTION_YES_NO, INFORMATION = 48, 36, 64  # vbExclamation, vbYesNo + vbQuestion, vbInformation

# Where the clerk is when clicking, and what the installation left. "conf" names a config file
# below (None: ledgerdesk.conf is missing); "fail" makes Workbooks.Open or RunPython raise an error.
SITUATIONS: dict[str, dict] = {
    "console-active": {"active": "console", "conf": "installed"},
    "no-workbook": {"active": "none", "conf": "installed"},
    "protected-view": {"active": "none", "protected": True, "conf": "installed"},
    "other-workbook-answer-no": {"active": "other", "answer": "no", "conf": "installed"},
    "other-workbook-answer-yes": {"active": "other", "answer": "yes", "conf": "installed"},
    "config-missing": {"active": "console", "conf": None},
    "config-missing-no-workbook": {"active": "none", "conf": None},
    "python-missing": {"active": "console", "conf": "python-gone"},
    "ledgerdesk-missing": {"active": "console", "conf": "package-gone"},
    "venv-of-a-present-python": {"active": "console", "conf": "venv"},
    "venv-of-a-removed-python": {"active": "console", "conf": "venv-base-gone"},
    "console-file-missing-no-workbook": {"active": "none", "conf": "console-gone"},
    "runpython-fails": {"active": "console", "conf": "installed", "fail": "RunPython"},
    "console-does-not-open": {"active": "none", "conf": "installed", "fail": "Workbooks.Open"},
}
GONE = "/no/such/folder/"


def uno_python() -> str:
    """The Python that has LibreOffice's uno; skipped where there is none (CI installs it)."""
    reason = None
    if not SOFFICE.is_file():
        reason = f"LibreOffice is not installed ({SOFFICE}): apt-get install libreoffice-calc-nogui"
    elif shutil.which(UNO_PYTHON) is None:
        reason = f"{UNO_PYTHON} not found: set LEDGERDESK_UNO_PYTHON to a Python with LibreOffice's uno"
    elif subprocess.run([UNO_PYTHON, "-c", "import uno"], capture_output=True).returncode != 0:
        reason = f"{UNO_PYTHON} cannot import uno: apt-get install python3-uno"
    if reason and os.environ.get("CI"):
        pytest.fail(f"{reason} (.ci/run installs it)")
    if reason:
        pytest.skip(reason)
    return UNO_PYTHON


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    """A clerk's machine after ``ledgerdesk addin install``: the console workbook in Documents, and
    ledgerdesk.conf where the VBA looks for it (USERPROFILE & "\\.ledgerdesk\\ledgerdesk.conf", on
    Linux one file name with backslashes in it), in variants. Paths are ASCII: LibreOffice's
    ``Input #`` garbles other bytes."""
    root = tmp_path_factory.mktemp("vba")
    home = root / "home"
    console = home / "Documents" / "ducha" / "console.xlsx"
    console.parent.mkdir(parents=True)
    shutil.copyfile(resource_dir("workbooks") / CONSOLE_NAME, console)
    other = root / "other.xlsx"
    shutil.copyfile(resource_dir("templates") / "整改台账模板.xlsx", other)
    values = {
        "INTERPRETER_WIN": sys.executable,
        "LEDGERDESK_PACKAGE": str(Path(ledgerdesk.__file__).resolve()),
        "LEDGERDESK_CONSOLE": str(console),
    }
    venvs = {}
    for name, base in (("venv", "base"), ("venv-base-gone", "removed")):
        # ...\venv\Scripts\python.exe beside ...\venv\pyvenv.cfg naming its base Python's folder
        # (one file name with backslashes on Linux, as the config file's below)
        venvs[name] = root / f"{name}\\Scripts\\python.exe"
        venvs[name].write_text("")
        (root / f"{name}\\pyvenv.cfg").write_text(
            f"home = {root / base}\r\ninclude-system-site-packages = false\r\nversion = 3.12.3\r\n",
            newline="",
        )
    (root / "base\\python.exe").write_text("")  # the base of "venv" is there; "removed" is not
    variants = {
        "installed": values,
        **{name: {**values, "INTERPRETER_WIN": str(python)} for name, python in venvs.items()},
        "python-gone": {**values, "INTERPRETER_WIN": GONE + "python.exe"},
        "package-gone": {**values, "LEDGERDESK_PACKAGE": GONE + "__init__.py"},
        "console-gone": {**values, "LEDGERDESK_CONSOLE": GONE + "console.xlsx"},
    }
    files = {
        "home": home,
        "console": console,
        "other": other,
        "conf": Path(f"{home}\\.ledgerdesk\\ledgerdesk.conf"),
    }
    files |= {f"python of {name}": python for name, python in venvs.items()}
    for name, config in variants.items():
        files[name] = root / "conf" / f"{name}.conf"
        write_config(files[name], config, "cp936")  # as install writes it
    assert all(str(p).isascii() for p in files.values())
    return files


@pytest.fixture(scope="module")
def clicks(installed, tmp_path_factory) -> dict:
    """Every button clicked in every situation, in one LibreOffice."""
    python = uno_python()
    folder = tmp_path_factory.mktemp("xlsm")
    xlsm = build_addin(folder / "ledgerdesk.xlsm", as_xlsm=True)  # LibreOffice does not open add-ins
    runs = [(situation, tag) for situation in SITUATIONS for tag in TAGS]
    scenarios = []
    for situation, tag in runs:
        s = SITUATIONS[situation]
        conf = installed[s["conf"]] if s["conf"] else None
        scenarios.append(
            {
                "tag": tag,
                "active": s["active"],
                "answer": s.get("answer", "no"),
                "protected": s.get("protected", False),
                "conf": str(conf) if conf else None,
                "fail": s.get("fail", ""),
            }
        )
    spec = {
        "xlsm": str(xlsm),
        **{k: str(installed[k]) for k in ("home", "console", "other", "conf")},
        "scenarios": scenarios,
        "config_without_workbook": ["INTERPRETER_WIN", "LEDGERDESK_CONSOLE", "NO_SUCH_KEY"],
        "config_without_workbook_conf": str(installed["installed"]),
    }
    (folder / "spec.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [python, str(HELPER), str(folder / "spec.json")], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    return {"runs": dict(zip(runs, result["scenarios"], strict=True)), **result}


def shown(events: list[list[str]]) -> list[tuple[str, ...]]:
    """A click as the clerk and the machine see it: message boxes (text and buttons), the answer to
    a question, the settings read, the workbook opened, the Python command run, a VBA error."""
    out: list[tuple[str, ...]] = []
    for kind, *args in events:
        if kind == "msgbox":
            buttons, title, text = args
            assert title == TITLE
            out.append(("msgbox", text, buttons))
        elif kind == "config":
            out.append(("config", args[0]))
        else:
            out.append((kind, *args))
    return out


def box(key: str, buttons: int = EXCLAMATION, more: str = "") -> tuple[str, ...]:
    return ("msgbox", MESSAGES[key] + more, str(buttons))


def expected(situation: str, tag: str, files: dict[str, Path]) -> list[tuple[str, ...]]:
    if tag == "help":  # needs no workbook, no setting, no Python
        return [box("help", INFORMATION)]
    python = ("python", f"import ledgerdesk.button; ledgerdesk.button.press('{tag}')")
    checked = [("config", "INTERPRETER_WIN"), ("config", "LEDGERDESK_PACKAGE")]
    console = [("config", "LEDGERDESK_CONSOLE"), ("open", str(files["console"]))]
    question = box("not-console", QUESTION_YES_NO)
    match situation:
        case "console-active":
            return [*checked, python]
        case "no-workbook":
            return [*checked, *console, python]
        case "protected-view":
            return [box("protected")]
        case "other-workbook-answer-no":
            return [question, ("answer", "no")]
        case "other-workbook-answer-yes":
            return [question, ("answer", "yes"), *checked, *console, python]
        case "config-missing" | "config-missing-no-workbook":
            return [("config", "INTERPRETER_WIN"), box("no-config")]
        case "python-missing":
            return [("config", "INTERPRETER_WIN"), box("no-python", more=f"\n{GONE}python.exe")]
        case "ledgerdesk-missing":
            return [*checked, box("no-package")]
        case "venv-of-a-present-python":
            return [*checked, python]
        case "venv-of-a-removed-python":
            gone = f"\n{files['python of venv-base-gone']}"
            return [("config", "INTERPRETER_WIN"), box("no-base-python", more=gone)]
        case "console-file-missing-no-workbook":
            return [*checked, ("config", "LEDGERDESK_CONSOLE"), box("no-console")]
        case "runpython-fails":
            return [*checked, box("failed", more="RunPython failed\n" + MESSAGES["failed-todo"])]
        case "console-does-not-open":
            error = f"Workbooks.Open failed: {files['console']}\n"
            return [
                *checked,
                ("config", "LEDGERDESK_CONSOLE"),
                box("failed", more=error + MESSAGES["failed-todo"]),
            ]
    raise AssertionError(situation)


@pytest.mark.slow
@pytest.mark.parametrize("tag", TAGS)
@pytest.mark.parametrize("situation", SITUATIONS)
def test_a_click_shows_what_to_do_and_runs_python_only_when_it_can(clicks, installed, situation, tag):
    assert shown(clicks["runs"][situation, tag]) == expected(situation, tag, installed)


@pytest.mark.slow
def test_the_callback_reads_its_settings_from_the_users_config_file_only(clicks):
    """GetConfig's source "user": %USERPROFILE%\\.ledgerdesk\\ledgerdesk.conf, never a sheet of, or a
    file beside, whatever workbook happens to be active."""
    reads = [e for events in clicks["runs"].values() for e in events if e[0] == "config"]
    assert reads and {source for _, _, source, _ in reads} == {"user"}


@pytest.mark.slow
def test_xlwings_getconfig_works_with_no_workbook_open(clicks, installed):
    """The built xlwings module's own GetConfig, every step, with ActiveWorkbook Nothing: it used to
    stop with error 91 in its "file beside the workbook" step."""
    assert clicks["config_without_workbook"] == {
        "INTERPRETER_WIN": sys.executable,
        "LEDGERDESK_CONSOLE": str(installed["console"]),
        "NO_SUCH_KEY": "",
    }
