"""Tables that are not one header row over a grid are read as a person reads them: ticks under a two-row
header, label|text forms one item per block or per sheet, record cards, two tables in one sheet,
totals rows, a header whose words are all unknown, a header far below a long preamble."""

from __future__ import annotations

from datetime import date

import xlsxwriter

from conftest import AS_OF, write_return
from ledgerdesk.reading.merge import merge_ledgers


def _items(path, units, columns=("问题描述", "责任单位", "状态归类", "整改时限")):
    result = merge_ledgers([path], units, AS_OF)
    c = result.counts
    assert c["read"] == c["merged"] + c["rejected"] + c["superseded"]
    return [
        tuple(v.isoformat() if isinstance(v, date) else v for v in row)
        for row in result.ledger.rows(list(columns))
    ], result


def test_ticks_under_a_two_row_header_say_the_status(tmp_path, units):
    path = tmp_path / "市民政局.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    for c, h in enumerate(["序号", "问题表现", "整改时限"]):
        ws.merge_range(0, c, 1, c, h)
    ws.merge_range(0, 3, 0, 4, "整改情况")
    ws.write_row(1, 3, ["已整改", "未整改"])
    ws.write_row(2, 0, [1, "台账不全", "2024年6月30日", "√", ""])
    ws.write_row(3, 0, [2, "公示滞后", "2024年9月30日", "", "√"])
    ws.write_row(4, 0, ["小计", "", "", 1, 1])
    book.close()
    items, _ = _items(path, units, ("问题描述", "状态归类"))
    assert items == [("台账不全", "已完成"), ("公示滞后", "未整改")]


def test_a_label_text_form_gives_one_item_per_block(tmp_path, units):
    rows = [
        ["督察反馈问题整改任务落实情况"],
        ["整改任务：", "城区黑臭水体治理不彻底"],
        ["责任单位：", "市水务局"],
        ["整改时限：", "2024年6月至9月"],
        ["整改进展：", "已完成截污纳管，正在清淤"],
        [],
        ["整改任务：", "秸秆焚烧时有发生"],
        ["责任单位：", "市农委"],
        ["整改时限：", "长期坚持"],
        ["整改进展：", "已整改到位"],
    ]
    items, result = _items(write_return(tmp_path / "逐项.xlsx", rows), units)
    assert items == [
        ("城区黑臭水体治理不彻底", "市水利局", "整改中", "2024-09-30"),  # a former name, a month range
        ("秸秆焚烧时有发生", "市农业农村局", "已完成", None),
    ]
    assert result.ledger["来源行"] == [2, 7]  # each item's first label


def test_one_form_per_sheet_four_columns_wide(tmp_path, units):
    path = tmp_path / "督办单.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for k, (what, unit, limit, result) in enumerate(
        [
            ("供水管道漏水", "市自来水公司", "2024年7月18日前", "已反馈"),
            ("电梯困人", "市住建局", "7月底前", "正在协调"),
        ]
    ):
        ws = book.add_worksheet(f"督办单{k + 1}")
        ws.merge_range(0, 0, 0, 3, "12345热线督办单")
        ws.write_row(1, 0, ["工单编号", f"24070{k}", "来电时间", "2024-07-02"])
        ws.write_row(2, 0, ["督办事项", what])
        ws.write_row(3, 0, ["承办单位", unit, "协办单位", ""])
        ws.write_row(4, 0, ["办理时限", limit, "结单日期", ""])
        ws.write_row(5, 0, ["办理结果", result])
    book.close()
    items, _ = _items(path, units)
    assert items == [
        ("供水管道漏水", "市自来水公司", "已完成", "2024-07-18"),
        ("电梯困人", "市住房和城乡建设局", "整改中", "2024-07-31"),
    ]


def test_record_cards_of_label_colon_text_cells(tmp_path, units):
    rows = [["督察立项事项办理情况"]]
    for n, (what, unit, limit, done) in enumerate(
        [
            ("大货车超限超载治理", "市交通局", "2024年7月30日", "已办结。"),
            ("校外培训机构清理", "市教育局", "8月底前", "部分完成"),
        ]
    ):
        rows += [
            [f"立项号：DC2024-0{n}"],
            [f"督察事项：{what}"],
            [f"主办单位：{unit}", "", "协办单位：市财政局"],
            [f"办结时限：{limit}", "", "反馈时间：2024年7月20日"],
            [f"办理情况：{done}"],
            [],
        ]
    items, _ = _items(write_return(tmp_path / "卡片.xlsx", rows), units)
    assert items == [
        ("大货车超限超载治理", "市交通运输局", "已完成", "2024-07-30"),
        ("校外培训机构清理", "市教育局", "整改中", "2024-08-31"),
    ]


def test_two_tables_in_one_sheet_each_read_under_its_own_header(tmp_path, units):
    rows = [
        ["市长办公会议确定事项落实情况", "", "", "", "", "填报日期：2024年7月31日"],
        ["一、已办结事项"],
        ["序号", "确定事项", "牵头单位", "办结时限", "办结时间", "办理结果"],
        [1, "供热管网改造", "市住建局", "上半年", "2024-06-28", "已办结"],
        [],
        ["二、未办结事项"],
        ["序号", "确定事项", "牵头单位", "配合单位", "完成时限", "目前进展"],
        [
            1,
            "污水处理厂扩建",
            "市生态环境局",
            "市住建局",
            "一季度完成方案，年底前全部完成",
            "方案已批复，正在协调用地",
        ],
    ]
    items, result = _items(write_return(tmp_path / "落实情况.xlsx", rows), units)
    assert items == [
        ("供热管网改造", "市住房和城乡建设局", "已完成", "2024-06-30"),
        ("污水处理厂扩建", "市生态环境局", "整改中", "2024-12-31"),  # the last date a schedule names
    ]
    assert result.ledger["来源行"] == [4, 8]


def test_totals_rows_are_never_items_whatever_counts_they_hold(tmp_path, units):
    rows = [
        ["序号", "问题描述", "责任单位", "整改时限", "整改状态", "问题数", "已整改"],
        ["合计", "", "", "", "", 2, 1],
        [1, "台账不全", "市民政局", "2024.6.30", "已完成", 1, 1],
        [2, "公示滞后", "市民政局", "2024.9.30", "正在整改", 1, 0],
        ["小计", "共2项，已整改1项", "", "", "", 2, 1],
    ]
    items, result = _items(write_return(tmp_path / "市民政局.xlsx", rows), units, ("问题描述",))
    assert items == [("台账不全",), ("公示滞后",)]
    assert result.counts["read"] == 2


def test_a_header_of_unknown_words_is_found_by_its_shape_and_its_columns_by_their_cells(tmp_path, units):
    rows = [
        ["转办件流转登记"],
        ["来件号", "事由", "承接处", "态势"],
        ["ZB-1", "咨询灵活就业人员养老保险缴费基数调整办法", "市人社局", "已答复"],
        ["ZB-2", "反映某建筑公司拖欠农民工工资三个月", "市人社局", "正在协调"],
        ["ZB-3", "失业保险金申领审核超过承诺时限", "市医保局", ""],
    ]
    items, result = _items(
        write_return(tmp_path / "流转.xlsx", rows), units, ("问题描述", "责任单位", "状态归类")
    )
    assert items == [
        ("咨询灵活就业人员养老保险缴费基数调整办法", "市人力资源和社会保障局", "已完成"),
        ("反映某建筑公司拖欠农民工工资三个月", "市人力资源和社会保障局", "整改中"),
        ("失业保险金申领审核超过承诺时限", "市医疗保障局", "未填报进展"),
    ]
    guessed = {p.value for p in result.report if p.code == "column-guessed"}
    assert {"事由", "态势"} <= guessed  # every guess is named for the clerk


def test_an_event_date_is_never_the_deadline(tmp_path, units):
    rows = [
        ["序号", "登记日期", "问题描述", "录入时间", "整改状态"],
        [1, "2024-06-01", "路灯不亮", "2024-06-02", "正在整改"],
    ]
    items, _ = _items(
        write_return(tmp_path / "市城管局.xlsx", rows), units, ("问题描述", "整改时限", "发现时间")
    )
    assert items == [("路灯不亮", None, "2024-06-01")]


def test_a_header_below_a_long_preamble_is_found(tmp_path, units):
    rows = [["关于做好反馈问题整改工作的通知"]] + [
        [f"第{k}段通知正文，请各单位认真落实。"] for k in range(40)
    ]
    rows += [
        ["序号", "问题描述", "责任单位", "整改时限", "整改状态"],
        [1, "网站更新慢", "市统计局", "2024.8.31", "已完成"],
    ]
    items, result = _items(write_return(tmp_path / "通知.xlsx", rows), units)
    assert items == [("网站更新慢", "市统计局", "已完成", "2024-08-31")]
    assert result.ledger["来源行"] == [43]


def test_one_problem_merged_over_its_measures_is_one_item_with_the_last_deadline(tmp_path, units):
    """A hazard written once, merged down over its two measures (each with its own 时限): one item, so
    the completion rate counts it once; a problem merged over rows of two units stays two items."""
    path = tmp_path / "市应急管理局.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["序号", "责任单位", "隐患名称", "整改措施", "整改时限", "整改进展"])
    ws.merge_range(1, 0, 2, 0, 1)
    ws.merge_range(1, 1, 2, 1, "市燃气公司")
    ws.merge_range(1, 2, 2, 2, "调压撬区可燃气体探测器失效")
    ws.write_row(1, 3, ["更换探测器", "2024年7月10日", "已完成"])
    ws.write_row(2, 3, ["报警信号接入SCADA系统", "2024年7月25日", "正在调试"])
    ws.merge_range(3, 2, 4, 2, "河道两岸垃圾堆积")
    ws.write_row(3, 0, [2, "市城管局"])
    ws.write_row(3, 3, ["清理", "2024年7月20日", "已完成"])
    ws.write_row(4, 0, [3, "华龙区人民政府"])
    ws.write_row(4, 3, ["清理", "2024年7月20日", "正在清理"])
    book.close()
    items, result = _items(path, units, ("问题描述", "责任单位", "状态归类", "整改时限", "来源行"))
    assert items == [
        ("调压撬区可燃气体探测器失效", "市燃气有限公司", "整改中", "2024-07-25", 2),
        ("河道两岸垃圾堆积", "市城市管理局", "已完成", "2024-07-20", 4),
        ("河道两岸垃圾堆积", "华龙区人民政府", "整改中", "2024-07-20", 5),
    ]
    assert "第2至3行合为一项" in result.ledger["合并单元格"][0]


def test_numbered_headings_and_no_finding_lines_are_not_items_but_numbered_items_are(tmp_path, units):
    rows = [
        ["存在问题", "整改情况"],
        ["一、胜利路社区"],
        ["（一）社区居委会"],
        ["该点位文明创建工作整体良好。"],
        ["（二）背街小巷"],
        ["1.门前三包责任落实不到位。（责任单位：市城管执法局）", "已清理"],
        ["2.机动车乱停放。（责任单位：市交警支队）", "正在整治"],
        ["二、窗口服务态度差"],
        ["三、办事指南未更新"],
    ]
    items, result = _items(write_return(tmp_path / "市创文办.xlsx", rows), units, ("问题描述", "责任单位"))
    assert items == [
        ("1.门前三包责任落实不到位。（责任单位：市城管执法局）", "市城市管理局"),
        ("2.机动车乱停放。（责任单位：市交警支队）", "市公安局交通管理支队"),
        ("二、窗口服务态度差", "市创文办"),  # a list of numbered lines: items, none of them a heading
        ("三、办事指南未更新", "市创文办"),
    ]


def test_a_register_without_a_problem_column_names_its_items_and_keeps_every_column(tmp_path, units):
    rows = [
        ["填报单位：市卫计委行政审批科"],
        ["序号", "申请人", "许可类型", "受理日期", "办理时限", "补充材料提交日期", "办理状态"],
        [1, "濮阳康宁口腔诊所", "执业登记", date(2024, 6, 3), "受理之日起20个工作日", "", "已发证"],
        [
            2,
            "濮阳市安康护理院",
            "设置审批",
            date(2024, 6, 17),
            "自补充材料提交之日起15个工作日",
            date(2024, 7, 15),
            "审查中",
        ],
    ]
    items, result = _items(write_return(tmp_path / "许可.xlsx", rows), units)
    assert items == [
        ("濮阳康宁口腔诊所", "市卫生健康委员会", "已完成", "2024-07-02"),
        ("濮阳市安康护理院", "市卫生健康委员会", "整改中", "2024-08-05"),  # from the 补充材料 date
    ]
    assert result.ledger["问题类别"] == ["执业登记", "设置审批"]  # no column lost beside the name


def test_deadlines_set_by_kind_above_the_table_and_a_meeting_heading_dates_the_items(tmp_path, units):
    rows = [
        ["市长信箱信件办理情况表"],
        ["办理时限：一般问题原则上在3个工作日内办结；较复杂的问题延长到10个工作日。"],
        ["序号", "信件标题", "递送部门", "提交时间", "问题类型", "处理状态"],
        [1, "随迁子女入学积分政策咨询", "市教育局", date(2024, 7, 3), "一般", "已处理"],
        [2, "小区围墙倒塌无人修复", "市住建局", date(2024, 7, 1), "较复杂", "待处理"],
    ]
    items, _ = _items(write_return(tmp_path / "信箱.xlsx", rows), units)
    assert [i[3] for i in items] == ["2024-07-08", "2024-07-15"]
    rows = [
        ["序号", "决定事项", "承办单位", "完成时限", "执行情况"],
        ["市政府第26次常务会议（2024年7月9日）"],
        [1, "拨付高标准农田建设项目县级配套资金", "市财政局", "立行立改", "资金已拨付到位"],
        [2, "建设滩区迁建社区配套学校", "范县人民政府", "三个月内", ""],
    ]
    items, _ = _items(write_return(tmp_path / "决定事项.xlsx", rows), units)
    assert [(i[0], i[3]) for i in items] == [
        ("拨付高标准农田建设项目县级配套资金", "2024-07-09"),
        ("建设滩区迁建社区配套学校", "2024-10-09"),
    ]
