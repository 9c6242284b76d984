"""Regenerate the scenario workbooks in tests/data/ (run: python tests/data/make_data.py).

One small workbook per quirk, named after what it shows, written with XlsxWriter as Excel writes
files. What each file should produce is in expected.json (text, reviewed by hand), which the tests
compare against; this script does not write it.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile

HERE = Path(__file__).resolve().parent


def book(name: str):
    wb = xlsxwriter.Workbook(str(HERE / name), {"strings_to_formulas": False})
    wb.set_properties({"created": datetime(2024, 7, 30)})
    return wb


def rows(ws, start: int, data: list[list]) -> None:
    for r, values in enumerate(data, start=start):
        for c, v in enumerate(values):
            if isinstance(v, date):
                ws.write_datetime(r, c, datetime(v.year, v.month, v.day), ws_date[ws.name])
            elif isinstance(v, int | float):
                ws.write_number(r, c, v)
            elif v is not None:
                ws.write_string(r, c, v)


ws_date: dict[str, object] = {}


def sheet(wb, name: str):
    ws = wb.add_worksheet(name)
    ws_date[name] = wb.add_format({"num_format": "yyyy-mm-dd"})
    return ws


def title_rows_and_merged_header() -> None:
    wb = book("title-rows-and-merged-header.xlsx")
    ws = sheet(wb, "Sheet1")
    ws.merge_range("A1:H1", "市司法局“我陪群众走流程”问题整改台账")
    ws.write_string("A2", "填报单位：市司法局")
    ws.write_string("F2", "填报日期：2024年7月30日")
    ws.merge_range("A3:A4", "序号")
    ws.merge_range("B3:B4", "问题描述")
    ws.merge_range("C3:E3", "整改情况")
    ws.merge_range("F3:G3", "责任")
    ws.merge_range("H3:H4", "备注")
    rows(ws, 3, [[None, None, "整改措施", "整改时限", "完成情况", "责任领导", "责任人"]])
    rows(
        ws,
        4,
        [
            [1, "公证出证时间长", "缩短出证期限5个工作日", "2024.6.30", "已完成", "张伟", "李娜", ""],
            [
                2,
                "法律援助申请材料多",
                "精简申请材料",
                "2024.7.15",
                "正在整改",
                "张伟",
                "王芳",
                "需省厅系统调整",
            ],
            [3, "窗口未一次性告知", "制订一次性告知单", "立行立改", "已整改销号", "张伟", "李娜", ""],
        ],
    )
    wb.close()


def header_with_line_breaks() -> None:
    wb = book("header-with-line-breaks.xlsx")
    ws = sheet(wb, "台账")
    rows(ws, 0, [["序号", "问题\n描述", "整改\n时限", "责任单位\n责任人", "整改状态", "整改完成\n日期"]])
    rows(
        ws,
        1,
        [
            [1, "医保报销需复印材料", "2024/6/30", "市医保局\n王芳", "已完成", "2024/6/20"],
            [2, "异地就医备案线上入口难找", "2024/7/30", "市医疗保障局", "已完成", "2024/7/2"],
            [3, "窗口排队时间长", "2024/8/30", "医保局\n赵敏", "整改中", ""],
        ],
    )
    wb.close()


def deadlines_as_text() -> None:
    wb = book("deadlines-as-text.xlsx")
    ws = sheet(wb, "Sheet1")
    ws.write_string("A1", "填报单位：市交通运输局    填报日期：2024年7月30日")
    rows(ws, 1, [["序号", "问题描述", "发现时间", "整改时限", "整改状态", "完成时间"]])
    found = date(2024, 5, 24)
    deadlines = [
        "2024.6.30",
        "2024/6/30",
        "2024年6月30日",
        "2024-06-30",
        45473,
        date(2024, 6, 30),
        "6月底前",
        "六月底前",
        "12月10日前",
        "2024年底前",
        "三季度末",
        "5个工作日内",
        "2个月内",
        "立行立改",
        "长期坚持",
        "2023-2025年",
        "尽快",
        "2024.13.5",
    ]
    data = []
    for n, d in enumerate(deadlines, start=1):
        data.append([n, f"问题{n}", found, d, "已完成", date(2024, 7, 1)])
    rows(ws, 2, data)
    wb.close()


def notes_and_blank_rows() -> None:
    wb = book("notes-and-blank-rows.xlsx")
    ws = sheet(wb, "Sheet1")
    rows(ws, 0, [["市水利局整改台账"]])
    rows(ws, 2, [["序号", "问题描述", "整改措施", "整改时限", "整改状态"]])
    rows(ws, 3, [[1, 2, 3, 4, 5]])  # a column-numbering row
    rows(ws, 4, [[1, "取水许可材料多", "精简材料", "2024-06-30", "已完成"]])
    rows(ws, 6, [[2, "水保方案审批慢", "压缩时限", "2024-07-30", "已完成"]])  # row 6 left blank
    rows(ws, 7, [["序号", "问题描述", "整改措施", "整改时限", "整改状态"]])  # the header pasted again
    rows(ws, 8, [[3, "咨询电话无人接", "专人接听", "2024-07-30", "已完成"]])
    rows(ws, 9, [["合计", 3]])
    rows(ws, 11, [["注：本表由办公室汇总。"]])
    rows(ws, 12, [["填表说明：整改状态填写已完成或正在整改。"]])
    wb.close()


def one_sheet_per_unit() -> None:
    wb = book("one-sheet-per-unit.xlsx")
    notes = sheet(wb, "填表说明")
    rows(notes, 0, [["每个单位一个工作表"], ["状态填写已完成"], ["日期写成2024.6.30"]])
    for name, problems in (
        ("市公安局", ["户籍迁移材料多", "居住证办理慢"]),
        ("交警支队", ["驾驶证换证排队长"]),
    ):
        ws = sheet(wb, name)
        rows(ws, 0, [["序号", "问题描述", "整改时限", "整改状态", "完成时间"]])
        rows(ws, 1, [[n, p, "2024.6.30", "已完成", "2024.6.28"] for n, p in enumerate(problems, start=1)])
    other = sheet(wb, "联系人")
    rows(other, 0, [["姓名", "电话"], ["张伟", "13800000000"], ["李娜", "13900000000"]])
    wb.close()


def status_words() -> None:
    wb = book("status-words.xlsx")
    ws = sheet(wb, "Sheet1")
    rows(ws, 0, [["责任单位", "问题描述", "整改时限", "当前状态", "办结时间"]])
    words = [
        ("已完成", "2024.6.1"),
        ("已整改", "2024.6.1"),
        ("完成整改", "2024.6.1"),
        ("已办结", "2024.6.1"),
        ("已整改销号", "2024.6.1"),
        ("已销号", "2024.6.1"),
        ("正在整改", ""),
        ("整改中", ""),
        ("持续整改", ""),
        ("按序时推进", ""),
        ("部分整改", ""),
        ("基本完成", ""),
        ("申请延期", ""),
        ("未整改", ""),
        ("未启动", ""),
        ("进展滞后", ""),
        ("长期坚持", ""),
        ("立行立改、长期坚持", ""),
        ("已完成（6月15日）", "2024.6.15"),
        ("", "2024.6.1"),
        ("", ""),
        ("看情况", ""),
    ]
    rows(ws, 1, [["市商务局", f"问题{n}", "2024.9.30", w, f] for n, (w, f) in enumerate(words, start=1)])
    wb.close()


def mistakes() -> None:
    wb = book("mistakes.xlsx")
    ws = sheet(wb, "Sheet1")
    rows(ws, 0, [["填报单位：市民政局", None, None, "填报日期：2024-07-29"]])
    rows(ws, 1, [["问题编号", "责任单位", "问题描述", "发现时间", "整改时限", "整改状态", "完成时间"]])
    rows(
        ws,
        2,
        [
            ["MZJ-001", "市民政局", "婚姻登记预约难", "2024.5.10", "2024.6.30", "已完成", "2024.6.1"],
            ["MZJ-002", "市民政局", "", "2024.5.10", "2024.6.30", "已完成", "2024.6.1"],
            ["MZJ-003", "市民政局", "社会组织登记材料多", "2024.5.10", "2024.6.30", "已完成", ""],
            ["MZJ-004", "市民政局", "窗口无叫号", "2024.5.10", "2024.6.30", "已完成", "2024.5.1"],
            ["MZJ-001", "市民政局", "婚姻登记预约难", "2024.5.10", "2024.6.30", "已完成", "2024.6.1"],
            ["MZJ-004", "市民政局", "办事指南过时", "2024.5.10", "2024.6.30", "已完成", "2024.6.3"],
            ["MZJ-006", "市民政厅", "养老服务补贴申领难", "2024.5.10", "2024.6.30", "已完成", "2024.6.3"],
            [
                "MZJ-007",
                "市民政局",
                '=HYPERLINK("http://x","点我")',
                "2024.5.10",
                "2024.6.30",
                "已完成",
                "2024.8.3",
            ],
        ],
    )
    wb.close()


def missing_status_column() -> None:
    wb = book("missing-status-column.xlsx")
    ws = sheet(wb, "Sheet1")
    # An office's own 问题交办清单: no status column yet. Its items are kept as 未填报进展.
    ws.merge_range("A1:E1", "市统计局问题交办清单")
    rows(ws, 1, [["序号", "问题描述", "整改措施", "整改时限", "责任人"]])
    rows(
        ws,
        2,
        [
            [1, "统计数据查询不便", "开通线上查询", "2024.6.30", "王芳"],
            [2, "执法文书不规范", "统一文书", "2024.6.30", "李娜"],
        ],
    )
    wb.close()


def no_ledger() -> None:
    wb = book("no-ledger.xlsx")
    ws = sheet(wb, "Sheet1")
    rows(ws, 0, [["关于报送整改情况的说明"], ["我局已按要求完成全部整改。"], ["特此说明。"]])
    wb.close()


def broken_files() -> None:
    (HERE / "empty.xlsx").write_bytes(b"")
    (HERE / "not-excel.xlsx").write_text("这其实是一个文本文件，被改成了 .xlsx 扩展名。\n", encoding="utf-8")
    (HERE / "~$lock-file.xlsx").write_bytes(b"\x00" * 165)
    plain = io.BytesIO()
    wb = xlsxwriter.Workbook(plain, {"in_memory": True})
    ws = wb.add_worksheet("Sheet1")
    for r, values in enumerate(
        [["问题描述", "整改时限", "整改状态"], ["加密文件里的问题", "2024.6.30", "已完成"]]
    ):
        ws.write_row(r, 0, values)
    wb.close()
    plain.seek(0)
    office = OOXMLFile(plain)
    with open(HERE / "encrypted.xlsx", "wb") as out:
        office.encrypt("1234", out)


if __name__ == "__main__":
    title_rows_and_merged_header()
    header_with_line_breaks()
    deadlines_as_text()
    notes_and_blank_rows()
    one_sheet_per_unit()
    status_words()
    mistakes()
    missing_status_column()
    no_ledger()
    broken_files()
    print("written:", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix == ".xlsx")))
