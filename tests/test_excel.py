"""The ribbon: customUI and VBA agree, every button has a handler, each handler runs against
xlwings' remote engine (a Book built from JSON, as Excel would send it) and does its job."""

from __future__ import annotations

import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# xlwings' remote engine is under the PolyForm Noncommercial licence, which permits use by a
# government institution. xlwings reads the key when it is first imported, and only this module
# imports it (through ledgerdesk.excel), so the key is set here, before that import.
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import pytest

from ledgerdesk.resources import sample_returns

XLAM = Path(__file__).parents[1] / "addin" / "xlam"
NS = {"ui": "http://schemas.microsoft.com/office/2009/07/customui"}


def buttons():
    root = ET.parse(XLAM / "customUI.xml").getroot()
    return root.findall(".//ui:button", NS), root.findall(".//ui:group", NS)


def test_ribbon_has_the_tab_groups_and_buttons_a_clerk_expects():
    found, groups = buttons()
    assert [g.get("label") for g in groups] == ["台账", "统计", "文书", "设置"]
    assert {b.get("label") for b in found} >= {
        "合并台账",
        "校验",
        "统计分析",
        "生成通报",
        "生成催办单",
        "拆分下发",
        "打开设置",
        "帮助",
    }
    for b in found:
        assert b.get("tag") and b.get("imageMso") and b.get("screentip"), b.get("id")


def test_every_onaction_is_a_sub_in_the_vba_source_and_every_tag_has_a_handler():
    pytest.importorskip("xlwings")
    from ledgerdesk.excel import HANDLERS

    vba = (XLAM / "LedgerdeskRibbon.bas").read_text(encoding="utf-8")
    subs = set(re.findall(r"Public Sub (\w+)\(control As IRibbonControl\)", vba))
    found, _ = buttons()
    assert {b.get("onAction") for b in found} <= subs
    assert {b.get("tag") for b in found} == set(HANDLERS)
    assert "import ledgerdesk.button; ledgerdesk.button.press('\" & control.Tag & \"')" in vba


@pytest.fixture
def remote():
    import xlwings as xw

    def make(settings: dict[str, str], **tables: list[list[str]]):
        rows = [["设置项", "值", "说明"], *[[k, v, ""] for k, v in settings.items()]]
        sheets = [("设置", rows), *tables.items()]
        data = {
            "client": "Microsoft Office Scripts",
            "version": xw.__version__,
            "book": {"name": "督查台账助手.xlsx", "active_sheet_index": 0, "selection": "A1"},
            "names": [],
            "sheets": [{"name": n, "values": v, "pictures": [], "tables": []} for n, v in sheets],
        }
        return xw.Book(json=data)

    return make


def actions(book, func):
    return [a for a in book.json()["actions"] if a["func"] == func]


def alert_text(book):
    (alert,) = actions(book, "alert")
    return alert["args"][0]


def written(book):
    return [cell for a in actions(book, "setValues") for row in a["values"] for cell in row]


def test_merge_button_merges_the_inbox_and_reports(remote, tmp_path):
    from ledgerdesk.excel import on_button

    book = remote(
        {"报送文件夹": str(sample_returns()), "输出文件夹": str(tmp_path), "统计截止日": "2024-07-31"}
    )
    on_button("merge", book)
    assert (tmp_path / "汇总台账.xlsx").is_file()
    assert actions(book, "addSheet")[0]["args"][1] == "运行结果"
    assert "读入 171 行 = 合并 164 + 退回 3 + 被替代 4" in written(book)
    assert alert_text(book) == "合并完成：合并 164 行，退回 3 行，错误 3 个。"


@pytest.mark.parametrize(
    ("tag", "alert", "output"),
    [
        ("stats", "截至2024年7月31日，37家单位共有问题164个，已完成160个，整改完成率97.56%", None),
        ("brief", "通报已生成：", "通报_2024-07-31.docx"),
        ("notices", "已生成催办通知 2 份", "催办通知_2024-07-31/01_市医疗保障局_催办通知.docx"),
        ("check", "校验完成：错误 3 个，提示 7 个", None),
    ],
)
def test_each_button_does_its_job(remote, tmp_path, tag, alert, output):
    from ledgerdesk.excel import on_button

    book = remote(
        {"报送文件夹": str(sample_returns()), "输出文件夹": str(tmp_path), "统计截止日": "2024-07-31"}
    )
    on_button(tag, book)
    assert alert_text(book).startswith(alert)
    if output:
        assert (tmp_path / output).is_file()


def test_split_button_uses_the_master_in_the_output_folder(remote, tmp_path):
    from ledgerdesk.excel import on_button

    settings = {"报送文件夹": str(sample_returns()), "输出文件夹": str(tmp_path), "统计截止日": "2024-07-31"}
    on_button("merge", remote(settings))
    book = remote(settings)
    on_button("split", book)
    assert alert_text(book).startswith("已为 37 个单位生成报送表")
    assert (tmp_path / "下发" / "下发清单.xlsx").is_file()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"统计截止日": "2024-07-31"}, "请先在「设置」工作表中填写 报送文件夹"),
        ({"报送文件夹": "/没有这个文件夹", "统计截止日": "2024-07-31"}, "找不到报送文件夹或汇总台账"),
        ({"报送文件夹": "/tmp", "统计截止日": "七月底"}, "设置项「统计截止日」的值无法使用"),
    ],
)
def test_problems_a_clerk_can_fix_are_a_chinese_message(remote, tmp_path, settings, message):
    from ledgerdesk.excel import on_button

    book = remote({**settings, "输出文件夹": str(tmp_path)})
    on_button("merge", book)
    assert message in alert_text(book)
    assert not actions(book, "addSheet")


def test_help_settings_and_an_unknown_button(remote):
    from ledgerdesk.excel import on_button

    book = remote({"统计截止日": "2024-07-31"})
    on_button("help", book)
    assert alert_text(book).startswith("督查台账助手：")
    book = remote({"统计截止日": "2024-07-31"})
    on_button("settings", book)
    labels = {row[0] for a in actions(book, "setValues") for row in a["values"]}
    assert {"报送文件夹", "输出文件夹", "完成率分母"} <= labels  # settings the sheet did not list yet
    book = remote({})
    on_button("no-such-button", book)
    assert "还没有对应的功能" in alert_text(book)


@pytest.fixture
def logs(tmp_path, monkeypatch):
    """The user's folder a button logs into: ~/.ledgerdesk/logs outside Windows."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr("sys.platform", "linux")
    return tmp_path / "home" / ".ledgerdesk" / "logs"


@pytest.mark.parametrize(
    ("tag", "error"),
    [
        ("merge", KeyError("整改状态")),
        ("stats", ZeroDivisionError("division by zero")),
        ("check", RuntimeError("openpyxl 读到一个坏样式")),
    ],
)
def test_a_bug_in_a_job_is_logged_and_said_in_chinese(remote, tmp_path, monkeypatch, logs, tag, error):
    """Not a problem the clerk can fix (those are LedgerdeskError and OSError): any other exception
    ends in a Chinese message naming the button, the error and the log file, which holds the
    traceback; never in xlwings' traceback window."""
    from ledgerdesk import jobs
    from ledgerdesk.excel import on_button

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(jobs, "process", broken)
    monkeypatch.setattr(jobs, "check", broken)
    book = remote(
        {"报送文件夹": str(sample_returns()), "输出文件夹": str(tmp_path), "统计截止日": "2024-07-31"}
    )
    on_button(tag, book)
    (log,) = logs.glob("ledgerdesk-*.log")
    label = {"merge": "合并台账", "stats": "统计分析", "check": "校验"}[tag]
    assert alert_text(book) == (
        f"「{label}」没有完成：程序出错（{type(error).__name__}: {error}）。这是程序的问题，不是您的操作造成的。\n"
        f"详细记录已写入：{log}\n请关闭 Excel、重新打开后再试一次；仍然出错时，请把这个文件发给技术支持人员。"
    )
    text = log.read_text(encoding="utf-8")
    assert f"按钮 {tag}" in text and "Traceback (most recent call last)" in text and "in broken" in text
    assert text.rstrip().endswith(f"{type(error).__name__}: {error}")
    on_button(tag, remote({"报送文件夹": str(sample_returns()), "输出文件夹": str(tmp_path)}))
    assert log.read_text(encoding="utf-8").count("=====") == 2  # one file a day, appended


def test_a_bug_whose_log_cannot_be_written_is_still_said(remote, tmp_path, monkeypatch, logs):
    from ledgerdesk import excel

    logs.parent.mkdir(parents=True)
    logs.write_text("a file where the folder should be")
    monkeypatch.setitem(excel.HANDLERS, "merge", lambda book: [][0])
    book = remote({})
    excel.on_button("merge", book)
    text = alert_text(book)
    assert text.startswith("「合并台账」没有完成：程序出错（IndexError: list index out of range）")
    assert f"详细记录没能写入 {logs}" in text and "请把这个提示的截图发给技术支持人员" in text


def test_a_click_python_cannot_find_the_workbook_of_still_says_what_failed(monkeypatch, logs):
    """Without a workbook there is no message box from Python: the Chinese message is what it exits
    with, which xlwings shows."""
    import xlwings as xw

    from ledgerdesk.excel import on_button

    def no_caller():
        raise RuntimeError("Could not find the calling workbook")

    monkeypatch.setattr(xw.Book, "caller", staticmethod(no_caller))
    with pytest.raises(SystemExit) as stop:
        on_button("stats")
    assert str(stop.value.code).startswith(
        "「统计分析」没有完成：程序出错（RuntimeError: Could not find the calling"
    )
    assert "Could not find the calling workbook" in next(logs.glob("*.log")).read_text(encoding="utf-8")


def test_a_python_whose_libraries_no_longer_load_says_so_in_chinese(monkeypatch, logs):
    """The line the ribbon runs imports only the standard library before it handles the click:
    when ledgerdesk's Excel side cannot be imported (here xlwings is gone, as after a half-finished
    update), the clerk is told to reinstall and where the log is, never xlwings' English traceback."""
    import ledgerdesk
    import ledgerdesk.button as button

    monkeypatch.delitem(sys.modules, "ledgerdesk.excel", raising=False)
    monkeypatch.delattr(ledgerdesk, "excel", raising=False)
    monkeypatch.setitem(sys.modules, "xlwings", None)  # import xlwings raises ImportError
    with pytest.raises(SystemExit) as stop:
        button.press("merge")
    (log,) = logs.glob("ledgerdesk-*.log")
    assert str(stop.value.code) == (
        "「合并台账」没有完成：督查台账助手的程序文件不完整，启动不了（ModuleNotFoundError: import of xlwings halted; "
        f"None in sys.modules）。\n详细记录已写入：{log}\n"
        "请重新运行“安装.bat”（或 pip install 后再 ledgerdesk addin install），然后重新打开 Excel；"
        "仍然这样时，请把这个文件发给技术支持人员。"
    )
    text = log.read_text(encoding="utf-8")
    assert "按钮 merge" in text and "import xlwings as xw" in text and "from . import excel" in text


def test_the_ribbon_line_reaches_the_button_when_the_program_is_whole(monkeypatch):
    import ledgerdesk.button as button
    from ledgerdesk import excel

    pressed = []
    monkeypatch.setattr(excel, "on_button", pressed.append)
    button.press("stats")
    assert pressed == ["stats"]


def test_a_message_with_no_workbook_is_windows_own_box_there(monkeypatch):
    """On Windows the message needs no workbook and no xlwings window: user32's MessageBoxW, with
    the Chinese title, and Python ends normally so that xlwings shows nothing more."""
    import ctypes

    import ledgerdesk.button as button

    boxes = []

    class User32:
        @staticmethod
        def MessageBoxW(owner, text, title, style):  # noqa: N802 (Windows' name)
            boxes.append((owner, text, title, style & 0xF0))
            return 1

    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"user32": User32}), raising=False)
    button.show("「统计分析」没有完成：……")
    assert boxes == [(None, "「统计分析」没有完成：……", "督查台账助手", 0x30)]  # MB_ICONWARNING
    monkeypatch.delattr(ctypes, "windll")  # no user32 to call: the message Python exits with
    with pytest.raises(SystemExit, match="统计分析"):
        button.show("「统计分析」没有完成：……")


def test_the_log_folder_is_under_the_users_local_app_data_on_windows(monkeypatch, tmp_path):
    from ledgerdesk.button import log_folder

    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert log_folder() == tmp_path / "AppData" / "Local" / "ledgerdesk" / "logs"


def test_every_message_a_button_shows_is_in_the_troubleshooting_table():
    """docs/excel.md tells the clerk, for each Chinese message a button can show, what to do."""
    from ledgerdesk.tools.addin import MESSAGES

    docs = (Path(__file__).parents[1] / "docs" / "excel.md").read_text(encoding="utf-8")
    table = docs.split("### 按钮弹出的提示和怎么办")[1].split("\n\n")[1]
    said = [row.split(" | ")[0] for row in table.splitlines()[2:]]
    shown = [text for key, text in MESSAGES.items() if key not in ("title", "settings-sheet", "failed-todo")]
    shown += [
        "这个按钮（",
        "本工作簿没有「设置」工作表",
        "请先在「设置」工作表中填写 报送文件夹",
        "没有完成：程序出错（",
        "没有完成：督查台账助手的程序文件不完整",
    ]
    missing = [t for t in shown if not any(t.split("\n")[0][:20] in row for row in said)]
    assert not missing


def test_the_buttons_read_what_the_clerk_taught_in_the_control_workbook(remote, tmp_path):
    """列对照 and 状态词 sheets of the control workbook reach the merge a button starts."""
    from conftest import write_return
    from ledgerdesk.excel import on_button
    from ledgerdesk.outputs.workbook import read_master

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(
        inbox / "市统计局.xlsx",
        [
            ["问题描述", "整改时限", "销账情况"],
            ["数据查询不便", "2024.6.30", "已销账"],
            ["报表多", "2024.9.30", "挂账"],
        ],
    )
    settings = {"报送文件夹": str(inbox), "输出文件夹": str(tmp_path / "out"), "统计截止日": "2024-07-31"}
    on_button("merge", remote(settings))
    # untaught, 销账情况 is read by its meaning (已销账 closed) and 挂账 is no word the tool knows
    assert read_master(tmp_path / "out" / "汇总台账.xlsx")["状态归类"] == ["已完成", "未填报进展"]
    taught = remote(
        settings,
        列对照=[["表头", "对应列", "单位"], ["销账情况", "整改状态", ""]],
        状态词=[["状态写法", "归为"], ["已销账", "已完成"], ["挂账", "整改中"]],
    )
    on_button("merge", taught)
    assert read_master(tmp_path / "out" / "汇总台账.xlsx")["状态归类"] == ["已完成", "整改中"]


def test_a_workbook_without_the_settings_sheet_gets_a_chinese_message(tmp_path):
    """The Python side of the guard: a click that reaches Python from another workbook."""
    import xlwings as xw

    from ledgerdesk.excel import on_button

    data = {
        "client": "Microsoft Office Scripts",
        "version": xw.__version__,
        "book": {"name": "别的工作簿.xlsx", "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": [{"name": "Sheet1", "values": [["a"]], "pictures": [], "tables": []}],
    }
    book = xw.Book(json=data)
    on_button("merge", book)
    assert "没有「设置」工作表" in alert_text(book)
    assert not actions(book, "addSheet")


def test_the_check_button_writes_no_file(remote, tmp_path):
    """校验 only checks: no 汇总台账.xlsx, no history, nothing in the output folder."""
    from ledgerdesk.excel import on_button

    out = tmp_path / "输出"
    book = remote({"报送文件夹": str(sample_returns()), "输出文件夹": str(out), "统计截止日": "2024-07-31"})
    on_button("check", book)
    assert alert_text(book).startswith("校验完成：错误 3 个")
    assert not out.exists() and list(tmp_path.iterdir()) == []


class _StatusBar:
    """Where the ribbon meets Excel's COM object, which does not run here: an App that keeps
    what is put in its status bar (Application.StatusBar takes a text, or False to hand it back)."""

    def __init__(self) -> None:
        self.shown: list[object] = []

    @property
    def status_bar(self) -> object:
        return self.shown[-1] if self.shown else False

    @status_bar.setter
    def status_bar(self, value: object) -> None:
        self.shown.append(value)


def test_a_long_job_shows_its_progress_in_the_status_bar(tmp_path, monkeypatch):
    """Each return read goes to Excel's status bar while the merge runs (at most every
    STATUS_EVERY seconds, and the end always), counted and named; the remote engine, which has
    no status bar, gets nothing (the button tests above run on it)."""
    from types import SimpleNamespace

    from ledgerdesk import excel
    from ledgerdesk.reading.settings import Settings

    app = _StatusBar()
    book = SimpleNamespace(app=app)
    monkeypatch.setattr(excel, "STATUS_EVERY", 0.0)  # every return shown
    excel._process(book, "merge", Settings(), sample_returns(), tmp_path)
    texts = [t for t in app.shown if isinstance(t, str)]
    files = len(list(sample_returns().glob("*.xlsx")))
    assert texts[-1] == f"督查台账助手：正在合并台账…… {files}/{files}"
    assert len(texts) == files + 1 and all(t.startswith("督查台账助手：正在合并台账…… ") for t in texts)
    assert any(t.endswith(".xlsx") and f"/{files} " in t for t in texts)  # the return being read, named

    app.shown.clear()
    monkeypatch.setattr(excel, "STATUS_EVERY", 3600.0)  # a fast machine: the first and the last only
    excel._process(book, "stats", Settings(), sample_returns(), tmp_path / "again")
    assert [t.split("…… ")[1].split(" ")[0] for t in app.shown] == [f"0/{files}", f"{files}/{files}"]


def _after(book, sheets):
    """The control workbook's sheets after a button's writes (the remote engine's actions applied)."""
    order = [name for name, _ in sheets]
    grids = {name: [list(r) for r in rows] for name, rows in sheets}
    for a in book.json()["actions"]:
        if a["func"] == "addSheet":
            position, name = a["args"]
            order.insert(position, name)
            grids[name] = []
        elif a["func"] == "sheetClearContents":
            grids[order[a["sheet_position"]]] = []
        elif a["func"] == "setValues":
            grid = grids[order[a["sheet_position"]]]
            for r, row in enumerate(a["values"], start=a["start_row"]):
                while len(grid) <= r:
                    grid.append([])
                line = grid[r]
                line.extend([""] * (a["start_column"] + len(row) - len(line)))
                line[a["start_column"] : a["start_column"] + len(row)] = row
    return grids


def test_the_check_button_suggests_and_a_second_click_reads_with_what_the_clerk_confirmed(remote, tmp_path):
    """Issue 29 through the buttons: 校验 writes 读取情况 and 待确认 rows into 列对照, 状态词 and
    文件设置; the clerk corrects the wrong ones and clears the marks; 合并台账 then reads every item
    as a person does."""
    from test_suggestions import CORRECTIONS, TRUTH, merged_items, misread, write_inbox

    from ledgerdesk.excel import on_button

    inbox = write_inbox(tmp_path / "收件箱")
    settings = {"报送文件夹": str(inbox), "输出文件夹": str(tmp_path / "out"), "统计截止日": "2024-07-31"}
    own = [["表头（照报送文件写）", "对应列", "单位"], ["限期", "整改时限", ""]]  # the clerk's own row
    book = remote(settings, 列对照=own)
    on_button("check", book)
    sheets = _after(book, [("设置", []), ("列对照", own)])
    assert sheets["列对照"][1][:3] == ["限期", "整改时限", ""]  # kept, in its place
    assert sheets["列对照"][0][3:5] == ["待确认", "来源"]
    pending = {(name, row[0]): row for name in ("列对照", "状态词", "文件设置") for row in sheets[name][1:]}
    assert set(CORRECTIONS) <= set(pending)
    assert all(row[-2] == "待确认" for key, row in pending.items() if key != ("列对照", "限期"))
    assert sheets["读取情况"][0] == ["文件", "工作表", "读取项", "原文", "读作", "依据", "样例", "待确认"]
    result = dict((r[0], r[1]) for r in sheets["运行结果"][2:] if r)
    assert result["详见"] == "本工作簿的「读取情况」工作表" and "不认识的进展写法 1 个" in result["待确认"]

    for (name, key), row in pending.items():  # the clerk: correct the wrong ones, clear every mark
        fix = CORRECTIONS.get((name, key))
        if name == "文件设置" and isinstance(fix, str):
            row[2] = fix
        elif name == "文件设置" and isinstance(fix, int):
            row[3] = fix
        elif fix is not None:
            row[1] = fix
        if len(row) > 3:
            row[-2] = ""
    on_button("merge", remote(settings, **{name: sheets[name] for name in ("列对照", "状态词", "文件设置")}))
    items = merged_items(tmp_path / "out" / "汇总台账.xlsx")
    assert misread(items) == {} and len(items) == sum(len(v) for v in TRUTH.values())


def document_parts(path: Path) -> list[str]:
    """What a reader of a Word document sees: every paragraph, table row, header and footer."""
    from docx import Document

    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += ["|".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    for section in document.sections:
        parts += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
    return parts


def test_run_the_readme_brief_and_the_button_give_one_briefing_from_one_master(remote, tmp_path):
    """One road, one result: the 通报 `run` writes, the one the README's `brief` command writes
    from run's master, and the one the 生成通报 button writes from that master are the same."""
    import shutil

    from test_cli import run

    from ledgerdesk.excel import on_button

    assert run("run", cwd=tmp_path).returncode == 0
    out = tmp_path / "out"
    by_run = document_parts(out / "通报_2024-07-31.docx")
    assert "濮督查通报〔2024〕9号" in by_run  # the sample's settings: 发文字号, red 发文机关标志
    readme = tmp_path / "readme"
    (readme / "out").mkdir(parents=True)
    shutil.copy2(out / "汇总台账.xlsx", readme / "out" / "汇总台账.xlsx")
    proc = run("brief", "out/汇总台账.xlsx", "--as-of", "2024-07-31", "--notices", "out/催办通知", cwd=readme)
    assert proc.returncode == 0, proc.stderr
    assert "沿用汇总台账「说明」中记录的生成时的设置" in proc.stdout
    assert document_parts(readme / "out" / "通报_2024-07-31.docx") == by_run
    button = tmp_path / "button"
    (button / "out").mkdir(parents=True)
    shutil.copy2(out / "汇总台账.xlsx", button / "out" / "汇总台账.xlsx")
    on_button("brief", remote({"报送文件夹": str(button / "收件箱"), "输出文件夹": str(button / "out")}))
    assert document_parts(button / "out" / "通报_2024-07-31.docx") == by_run


def test_a_bulletin_from_the_master_has_the_issue_and_recipients_it_was_made_with(tmp_path):
    """The 简报 from the inbox with the settings, and from the master alone: the same 期号 and 报/送."""
    import shutil

    from test_cli import run

    from ledgerdesk.resources import sample_settings, templates_dir

    template = templates_dir() / "简报模板.docx"
    proc = run(
        "brief", sample_returns(), "--settings", sample_settings(), "--template", template,
        "--as-of", "2024-07-31", "--out", tmp_path / "收件箱" / "简报.docx",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    master = tmp_path / "台账" / "汇总台账.xlsx"
    master.parent.mkdir()
    shutil.copy2(tmp_path / "收件箱" / "汇总台账.xlsx", master)
    proc = run("brief", master, "--template", template, "--out", tmp_path / "台账" / "简报.docx")
    assert proc.returncode == 0, proc.stderr
    from_inbox = document_parts(tmp_path / "收件箱" / "简报.docx")
    assert any("第9期" in p for p in from_inbox)
    assert document_parts(tmp_path / "台账" / "简报.docx") == from_inbox
