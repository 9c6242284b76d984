"""The master is the clerk's record: every rewrite keeps the previous version and carries over what
it does not compute (problems, rejected rows, the file list, the change log, the clerk's sheets)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import python_calamine
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from conftest import AS_OF, write_return
from ledgerdesk.jobs import MASTER_NAME, merge_into_master, process, split
from ledgerdesk.reading.settings import Settings

SETTINGS = Settings(as_of=AS_OF, keep_versions=3)


def _sheets(path: Path) -> dict[str, list[list]]:
    """Every sheet's cells; the 说明 line with the time of writing left out."""
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    sheets["说明"] = [row for row in sheets.get("说明", []) if not row or row[0] != "生成时间"]
    return sheets


def _master(tmp_path: Path, rows_by_unit: dict[str, list[list]]) -> Path:
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    header = ["问题描述", "整改时限", "整改状态"]
    for unit, rows in rows_by_unit.items():
        write_return(inbox / f"{unit}.xlsx", [header, *rows])
    write_return(inbox / "名单.xlsx", [["姓名", "电话"], ["张三", "1"]])  # a file that is no ledger
    process(inbox, tmp_path / "out", SETTINGS)
    master = tmp_path / "master.xlsx"
    shutil.copyfile(tmp_path / "out" / MASTER_NAME, master)
    return master


def _add_clerk_work(master: Path) -> None:
    """What a clerk does to a master: a column of notes, a sheet of their own, a column in the log."""
    book = load_workbook(master)
    ledger = book["总台账"]
    column = ledger.max_column + 1
    ledger.cell(row=1, column=column, value="督办人")
    if ledger.max_row >= 2:  # a note on the first item, when there is one
        ledger.cell(row=2, column=column, value="李科长")
    own = book.create_sheet("领导批示")
    own["A1"], own["B2"] = "批示", "请抓紧整改"
    book.save(master)


def test_split_and_merge_back_keep_every_line_and_the_previous_version(tmp_path):
    master = _master(
        tmp_path, {"市司法局": [["公证慢", "2024.6.30", "正在整改"], ["公证慢", "2024.6.30", "正在整改"]]}
    )
    _add_clerk_work(master)
    before = _sheets(master)
    assert before["校验问题"][1:] and len(before["未采用行"]) == 2  # a problem and a rejected row to keep
    sent = split(master, tmp_path / "下发", SETTINGS)
    after_split = _sheets(master)
    for name in ("校验问题", "未采用行", "领导批示"):
        assert after_split[name] == before[name], name
    assert "名单.xlsx" in {row[0] for row in after_split["说明"]}  # the file list of 说明 is kept
    assert after_split["总台账"][0][-1] == "督办人" and after_split["总台账"][1][-1] == "李科长"

    (back := tmp_path / "收回").mkdir()
    shutil.copyfile(sent.returns[0], back / sent.returns[0].name)
    book = load_workbook(back / sent.returns[0].name)
    ws = book["整改台账"]
    status = [c.value for c in ws[3]].index("整改状态") + 1
    ws.cell(row=4, column=status, value="已完成")
    book.save(back / sent.returns[0].name)
    log = load_workbook(master)
    log["变更记录"].cell(row=1, column=9, value="核实人")  # the clerk adds a column to the change log
    log.save(master)
    merge_into_master(back, master, SETTINGS)
    merged = _sheets(master)
    assert merged["领导批示"] == before["领导批示"]
    assert merged["变更记录"][0][-1] == "核实人" and len(merged["变更记录"]) == 2
    assert set(map(tuple, before["校验问题"][1:])) <= set(map(tuple, merged["校验问题"][1:]))
    versions = sorted((tmp_path / "历史版本").iterdir())
    assert 1 <= len(versions) <= 3  # keep_versions=3: the newest are kept
    assert _sheets(versions[-1])["总台账"] == after_split["总台账"] or len(versions) == 3


def test_a_setting_of_zero_keeps_no_versions(tmp_path):
    master = _master(tmp_path, {"市司法局": [["公证慢", "2024.6.30", "正在整改"]]})
    split(master, tmp_path / "下发", Settings(as_of=AS_OF, keep_versions=0))
    assert not (tmp_path / "历史版本").exists()


rows = st.lists(
    st.tuples(
        st.sampled_from(["公证慢", "材料多", "排队久", "窗口少", ""]),
        st.sampled_from(["2024.6.30", "6月底前", "长期坚持", "尽快"]),
        st.sampled_from(["已完成", "正在整改", "未整改", "看情况", ""]),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["市司法局", "市民政局", "市统计局"]), rows, min_size=1, max_size=3))
def test_merging_back_returns_nobody_changed_changes_nothing(rows_by_unit):
    """Any master -> split -> every return merged back untouched -> the same workbook, cell for cell."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        master = _master(tmp, {u: [list(r) for r in rs] for u, rs in rows_by_unit.items()})
        _add_clerk_work(master)
        original = _sheets(master)
        sent = split(master, tmp / "下发", SETTINGS)
        assume(sent.returns)  # a master whose every row was rejected has nothing to send out
        split_once = _sheets(master)
        for name in ("校验问题", "未采用行", "领导批示"):  # split gives IDs, and changes nothing else
            assert split_once[name] == original[name], (
                name
            )  # a master whose every row was rejected has nothing to send out
        before = _sheets(master)
        applied = merge_into_master(tmp / "下发", master, SETTINGS).applied
        after = _sheets(master)
        assert len(applied.changes) == 0
        assert after.keys() >= before.keys()
        for name in before:
            assert after[name] == before[name], name


def test_split_names_never_collide_nor_overwrite_the_master(tmp_path):
    from ledgerdesk.files import MAX_NAME_BYTES, safe_filename

    long_name = "市" + "某某" * 60 + "局"
    units = [
        "汇总台账",
        "下发清单",
        "甲单位/乙单位",
        "甲单位:乙单位",
        "ＡＢＣ局",
        "abc局",
        ".隐藏局",
        "~$锁局",
        long_name,
    ]
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    write_return(
        inbox / "联合.xlsx",
        [["责任单位", "问题描述", "整改状态"], *[[u, f"{u[:6]}的问题", "正在整改"] for u in units]],
    )
    process(inbox, tmp_path / "下发", SETTINGS)  # the master in the very folder split writes to
    master = tmp_path / "下发" / MASTER_NAME
    sent = split(master, tmp_path / "下发", SETTINGS)
    assert len(sent.returns) == len(units) and len({p.name.casefold() for p in sent.returns}) == len(units)
    assert all(p.is_file() and not p.name.startswith((".", "~$")) for p in sent.returns)
    assert all(len(p.stem.encode()) <= MAX_NAME_BYTES + 12 for p in sent.returns)
    assert "汇总台账（2）.xlsx" in {p.name for p in sent.returns} and "下发清单（2）.xlsx" in {
        p.name for p in sent.returns
    }
    assert load_workbook(master).sheetnames[0] == "总台账"  # still the master
    manifest = load_workbook(sent.manifest)["下发清单"]
    listed = {r[0]: r[1] for r in manifest.iter_rows(min_row=2, max_col=2, values_only=True) if r[1]}
    assert {u for u in listed} >= {"汇总台账", "下发清单"} and set(listed.values()) == {
        p.name for p in sent.returns
    }
    assert (
        safe_filename(long_name) != safe_filename(long_name[:-1])
        or len(safe_filename(long_name).encode()) <= MAX_NAME_BYTES
    )

    applied = merge_into_master(tmp_path / "下发", master, SETTINGS).applied  # every unit's return comes back
    assert applied.silent == []


def test_notices_arrive_whole_or_the_earlier_ones_stay(tmp_path, monkeypatch):
    from ledgerdesk.outputs import briefing
    from ledgerdesk.outputs.briefing import write_notices
    from ledgerdesk.resources import sample_returns

    job = process(sample_returns(), tmp_path / "out", SETTINGS)
    folder = tmp_path / "催办通知"
    first = write_notices(job.metrics, SETTINGS, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls = []

    def fail_on_second(self, context, out):
        calls.append(out)
        if len(calls) == 2:  # the disk fills up halfway through the second notice
            out.write_bytes(b"PK\x03\x04 half a notice")
            raise OSError(28, "No space left on device")
        return original(self, context, out)

    original = briefing.FastTemplate.render
    monkeypatch.setattr(briefing.FastTemplate, "render", fail_on_second)
    with pytest.raises(OSError):
        write_notices(job.metrics, SETTINGS, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before and len(first) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]  # no stage left behind
