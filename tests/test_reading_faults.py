"""Reading fixes of issue 30, point 6, each written as the attack: a header cell merged across two
columns with data under the second; text formulas in an .xls (their cached text is the value); a header
far below the top of the sheet."""

from __future__ import annotations

from datetime import date

import openpyxl

from conftest import AS_OF, libreoffice_convert, write_return
from ledgerdesk.reading.merge import merge_ledgers


def _read(paths, units):
    result = merge_ledgers(paths, units, AS_OF)
    c = result.counts
    assert c["read"] == c["merged"] + c["rejected"] + c["superseded"]
    return result


def test_a_header_merged_over_a_column_of_data_reads_every_row(tmp_path, units):
    """问题描述 merged across C:D, D holding a short word on every row (the kind): every row is an
    item, the description from C, D kept as a column of its own — never the first row taken into the
    header, never a file of 0 rows."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["序号", "责任单位", "问题描述", "", "整改时限", "整改进展"])
    ws.merge_cells("C1:D1")
    rows = [
        ("市教育局", "学校食堂台账不全", "食堂", "2024-06-30", "已完成"),
        ("市教育局", "校车登记缺失", "校车", "2024-08-30", "正在整改"),
        ("市教育局", "门卫值守不到位", "安保", "2024-05-30", "未整改"),
    ]
    for k, row in enumerate(rows, start=1):
        ws.append([k, *row])
    path = tmp_path / "市教育局.xlsx"
    book.save(path)
    result = _read([path], units)
    assert result.counts["merged"] == 3
    assert list(result.ledger["问题描述"]) == [r[1] for r in rows]
    assert list(result.ledger["状态归类"]) == ["已完成", "整改中", "未整改"]
    assert [
        v
        for c in result.ledger.columns
        if c.startswith("问题描述") and c != "问题描述"
        for v in result.ledger[c]
    ] == [
        "食堂",
        "校车",
        "安保",
    ]


def test_text_formulas_in_an_xls_read_as_their_text(tmp_path, units):
    """A unit's .xls whose description and status cells are formulas (=CONCATENATE, =IF) that yield
    text: the text Excel shows is read, not 0."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "台账"
    ws.append(["序号", "责任单位", "问题描述", "整改时限", "整改状态", "辅助"])
    ws.append(
        [1, "市教育局", '=CONCATENATE("食堂","台账不全")', "2024-06-30", '=IF(F2=1,"已完成","整改中")', 1]
    )
    ws.append([2, "市教育局", '="校车"&"登记缺失"', "2024-08-30", '=IF(F3=1,"已完成","整改中")', 0])
    source = tmp_path / "公式.xlsx"
    book.save(source)
    done = libreoffice_convert([source], "xls", tmp_path)
    assert done.returncode == 0, done.stderr
    result = _read([tmp_path / "公式.xls"], units)
    assert list(result.ledger["问题描述"]) == ["食堂台账不全", "校车登记缺失"]
    assert list(result.ledger["状态归类"]) == ["已完成", "整改中"]


def test_a_header_far_down_the_sheet_is_found(tmp_path, units):
    """Forty lines of a notice above the table (the header at row 43): the table is read."""
    notice = [[f"（{k}）各单位要高度重视整改工作，按时报送第{k}项材料。"] for k in range(1, 41)]
    rows = [
        *notice,
        ["填报单位：市民政局"],
        [],
        ["序号", "问题描述", "整改措施", "整改时限", "整改状态"],
        [1, "养老院消防通道堵塞", "清理通道", date(2024, 6, 30), "已完成"],
        [2, "救助资金发放滞后", "加快发放", date(2024, 9, 30), "整改中"],
    ]
    result = _read([write_return(tmp_path / "民政局.xlsx", rows)], units)
    assert list(result.ledger["问题描述"]) == ["养老院消防通道堵塞", "救助资金发放滞后"]
    assert set(result.ledger["责任单位"]) == {"市民政局"}
