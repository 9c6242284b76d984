"""Regenerate the returns laid out the way real offices publish them (python tests/data/real/make_real.py).

Each return copies the layout of a kind of table that government offices publish: its title and
preamble lines, its header words (in the campaign's own terms), its status and deadline wording, its
footer, its merged cells. The source each layout was taken from is cited next to its definition.
The contents (problems, names, dates) are made up for the test; the layouts are not ours.

Written with XlsxWriter (shared strings), as Excel and WPS write files. What a person reads in each
file is in expected.json beside this script (hand-written, never generated): the unit, every item
row's unit, status and deadline, and which columns mean what.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent


@dataclass
class Layout:
    file: str
    source: str  # the published page the layout follows
    header: list[str]
    rows: list[list[object]]
    above: list[list[object]] = field(default_factory=list)  # title, 填报单位 lines (merged across)
    parent: list[tuple[int, int, str]] = field(default_factory=list)  # two-level header: (first, last, text)
    below: list[list[object]] = field(default_factory=list)  # notes, signature, date line
    down: list[tuple[int, int, int]] = field(default_factory=list)  # (column, first row, last row) merged
    sheet: str = "Sheet1"


LAYOUTS: list[Layout] = [
    # 巡察反馈意见整改落实台账: the party group's own ledger; items go to its sections (办公室, 科室).
    # Columns after https://public.huiji.gov.cn/D49Y/8738334.jhtml ("明确整改措施、责任领导、
    # 责任部门、完成时限……对账销号") and https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/
    # article9f9b5a6ab1a6475cb258bfb0e8963f5b.html ("逐项列出问题内容、整改措施、整改时限和责任人").
    Layout(
        file="附件2：市民政局巡察反馈意见整改落实台账.xlsx",
        source="https://public.huiji.gov.cn/D49Y/8738334.jhtml",
        above=[
            ["中共市民政局党组关于市委第二巡察组反馈意见整改落实台账"],
            ["填报单位（盖章）：市民政局", None, None, None, None, None, "填报日期：2024年7月25日"],
        ],
        header=[
            "序号",
            "反馈问题",
            "具体表现",
            "整改措施",
            "责任领导",
            "责任部门",
            "完成时限",
            "整改落实情况",
            "是否办结",
        ],
        rows=[
            [
                1,
                "落实全面从严治党主体责任有差距",
                "党组会议研究党风廉政建设不够经常",
                "每季度专题研究一次",
                "张明",
                "办公室",
                "立行立改",
                "已纳入党组会议议题，第二季度已专题研究",
                "是",
            ],
            [
                2,
                "财务管理不规范",
                "部分报销凭证附件不全",
                "开展财务凭证自查，补齐附件",
                "李华",
                "财务科",
                "2024年6月底前",
                "已完成自查，补齐附件37份",
                "是",
            ],
            [
                3,
                "社会救助审核把关不严",
                "个别低保对象家庭收入核查不到位",
                "开展低保对象动态复核",
                "王强",
                "社会救助科",
                "2024年9月30日前",
                "已复核4个乡镇，其余乡镇正在推进",
                "否",
            ],
            [
                4,
                "养老服务机构监管不到位",
                "对民办养老机构消防检查频次不够",
                "建立季度联合检查机制",
                "王强",
                "养老服务科",
                "长期坚持",
                "已建立联合检查机制，长期坚持",
                "长期坚持",
            ],
            [
                5,
                "干部队伍建设有短板",
                "中层干部交流轮岗不够",
                "制定交流轮岗计划",
                "张明",
                "人事科",
                "2024年12月底前",
                "轮岗方案已起草，尚未完成",
                "否",
            ],
        ],
        below=[["市民政局（盖章）"], ["2024年7月25日"]],
    ),
    # 审计查出问题整改清单: audit findings with amounts; status words 已整改/持续整改/部分整改/未整改
    # as the audit office grades them (https://yohu9.com/newsshow-214114.html); the 整改清单 sent to
    # each audited unit (http://www.ntfabu.com/newsepaper/detail/10036_42692_472043_4615024_ntfb.html).
    Layout(
        file="市财政局审计整改清单.xlsx",
        source="https://yohu9.com/newsshow-214114.html",
        above=[
            ["2023年度市本级预算执行审计查出问题整改清单"],
            ["被审计单位：市财政局", None, None, None, None, "单位：万元"],
        ],
        header=[
            "序号",
            "审计发现问题",
            "问题金额",
            "审计意见",
            "整改期限",
            "整改结果",
            "整改佐证材料",
            "未整改原因",
        ],
        rows=[
            [
                1,
                "部分专项资金未及时拨付",
                1250.5,
                "加快资金拨付进度",
                "2024年6月30日",
                "已整改",
                "拨付凭证",
                "",
            ],
            [
                2,
                "预算编制不够细化",
                0,
                "细化预算编制",
                "2024年12月31日",
                "持续整改",
                "",
                "需在下年度预算编制中落实",
            ],
            [
                3,
                "结余资金未及时收回",
                86.3,
                "收回结余资金",
                "2024年5月31日",
                "部分整改",
                "收回凭证",
                "部分项目单位尚未缴回",
            ],
            [
                4,
                "政府采购程序不规范",
                35.0,
                "规范采购程序",
                "2024年4月30日",
                "未整改",
                "",
                "涉及合同纠纷，正在协商",
            ],
            [5, "往来款长期挂账", 420.0, "清理往来款项", "2024年9月30日", "已整改", "清理明细表", ""],
        ],
        below=[
            ["填报人：王芳", None, None, "审核人：李强", None, "联系电话：0393-8888888"],
            ["2024年7月29日"],
        ],
    ),
    # 信访举报件边督边改公开情况一览表 (environmental inspection): no deadline column; 办结 words
    # 已办结/阶段性办结/未办结 (https://sthjt.nmg.gov.cn/sthjdt/ztzl/zysthjbhdcznmg/bdbg/202506/
    # t20250617_2741439.html); 属实/部分属实 and the 一览表 itself (https://daluzixun.com/news/1703387497062826).
    Layout(
        file="第十一批信访件边督边改公开情况一览表.xlsx",
        source="https://daluzixun.com/news/1703387497062826",
        above=[
            ["中央第三生态环境保护督察组交办第十一批信访件边督边改公开情况一览表"],
            ["交办时间：2024年6月17日"],
        ],
        header=[
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "办结情况",
            "责任人被处理情况",
        ],
        rows=[
            [
                1,
                "D2024061701",
                "某小区旁餐饮店油烟扰民",
                "华龙区",
                "大气",
                "经核查，该店未安装油烟净化设施",
                "属实",
                "已责令安装油烟净化设施并完成验收",
                "市城管局",
                "已办结",
                "无",
            ],
            [
                2,
                "D2024061702",
                "某河段有生活污水直排",
                "开发区",
                "水",
                "经核查，为雨污混接所致",
                "属实",
                "已完成雨污分流改造一处，其余两处正在施工",
                "市住建局",
                "阶段性办结",
                "无",
            ],
            [
                3,
                "X2024061703",
                "夜间施工噪声扰民",
                "华龙区",
                "噪声",
                "经核查，部分属实",
                "部分属实",
                "已对施工单位立案处罚，责令夜间停止施工",
                "市生态环境局",
                "已办结",
                "约谈项目负责人",
            ],
            [
                4,
                "D2024061704",
                "河道两侧堆放建筑垃圾",
                "清丰县",
                "生态",
                "经核查属实",
                "属实",
                "正在组织清运，预计7月底前清运完毕",
                "市水利局",
                "未办结",
                "无",
            ],
        ],
    ),
    # 营商环境问题线索办理台账: leads graded A/B/C, 5 or 15 working days or one month to close
    # (https://sfgw.xuchang.gov.cn/yhyshj/20250910/1849e7cc-27d2-4299-af96-6188a8fc93be.html).
    Layout(
        file="营商环境问题线索办理台账（市市场监管局）.xlsx",
        source="https://sfgw.xuchang.gov.cn/yhyshj/20250910/1849e7cc-27d2-4299-af96-6188a8fc93be.html",
        above=[["优化营商环境问题线索办理台账"]],
        header=[
            "线索编号",
            "线索来源",
            "问题线索",
            "线索类别",
            "交办日期",
            "办理时限",
            "办理情况",
            "是否办结销号",
            "回访情况",
        ],
        rows=[
            [
                "YS-2024-031",
                "12345热线",
                "企业反映食品经营许可证延续办理慢",
                "C类",
                date(2024, 7, 1),
                "5个工作日",
                "已当场办结，许可证已发放",
                "是",
                "企业满意",
            ],
            [
                "YS-2024-032",
                "营商环境监督员",
                "个体户反映年报系统无法登录",
                "C类",
                date(2024, 7, 8),
                "5个工作日",
                "已协调省局修复系统",
                "是",
                "满意",
            ],
            [
                "YS-2024-033",
                "入企走访",
                "多部门重复检查企业",
                "B类",
                date(2024, 7, 10),
                "15个工作日",
                "正在协调住建、消防开展联合检查",
                "否",
                "",
            ],
            [
                "YS-2024-034",
                "吐槽大会",
                "历史遗留的股权登记纠纷",
                "A类",
                date(2024, 6, 20),
                "1个月",
                "已召开协调会，双方未达成一致",
                "否",
                "",
            ],
            [
                "YS-2024-035",
                "12345热线",
                "企业反映计量检定收费不透明",
                "C类",
                date(2024, 7, 22),
                "5个工作日",
                "已公示收费标准",
                "是",
                "满意",
            ],
        ],
    ),
    # 12345 热线工单督办台账: 工单, 承办单位, 办理时限 in working days, 办理结果, 回访满意度
    # (https://www.chacewang.com/newsdetail/news116258.html; https://www.whwb.com.cn/zxwd/202507/287704.html).
    Layout(
        file="12345热线督办工单台账（7月）.xlsx",
        source="https://www.chacewang.com/newsdetail/news116258.html",
        above=[["市城市管理局12345热线督办工单办理台账"], ["统计时间：2024年7月30日"]],
        header=[
            "工单编号",
            "来电时间",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理结果",
            "回复内容",
            "群众满意度",
        ],
        rows=[
            [
                "2407010035",
                datetime(2024, 7, 1, 9, 32),
                "某路段井盖缺失",
                "市城市管理局",
                "2个工作日",
                "已办结",
                "已补装井盖",
                "满意",
            ],
            [
                "2407030112",
                datetime(2024, 7, 3, 15, 8),
                "小区门口占道经营",
                "市城市管理局",
                "5个工作日",
                "已办结（群众满意）",
                "已劝离并设置宣传牌",
                "满意",
            ],
            [
                "2407150087",
                datetime(2024, 7, 15, 10, 45),
                "路灯不亮",
                "市城市管理局",
                "3个工作日",
                "办理中",
                "已报修，等待配件",
                "",
            ],
            [
                "2407220019",
                datetime(2024, 7, 22, 8, 15),
                "垃圾清运不及时",
                "市城市管理局",
                "2个工作日",
                "已办结",
                "已清运",
                "基本满意",
            ],
            [
                "2407260044",
                datetime(2024, 7, 26, 16, 40),
                "绿化带树木遮挡信号灯",
                "市城市管理局",
                "5个工作日",
                "正在办理",
                "已安排修剪",
                "",
            ],
        ],
    ),
    # 问题交办清单 of a town: no status column yet, deadlines of 3 or 5 days from the 交办 date
    # (http://jingzhou.cjyun.org/p/263877.html "整改时限：3天"; http://huangzhou.cjyun.org/p/30149.html
    # 《交办函》问题清单). The town is not in the unit directory.
    Layout(
        file="城关镇问题交办清单.xlsx",
        source="http://jingzhou.cjyun.org/p/263877.html",
        above=[["城关镇人民政府“双创”工作问题交办清单"], ["交办日期：2024年7月20日"]],
        header=["序号", "交办事项", "责任单位", "整改要求", "完成时限"],
        rows=[
            [1, "农贸市场周边垃圾堆积", "城关镇城建办", "清理垃圾，落实保洁", "3天"],
            [2, "背街小巷电动车乱停乱放", "城关镇综治办", "规范停放", "5天内"],
            [3, "公益广告破损", "城关镇宣传办", "更换公益广告", "5天"],
            [4, "主干道路灯损坏", "城关镇城建办", "立即整改", "立行立改"],
        ],
    ),
    # 为民办实事项目推进情况: projects, a two-level 推进情况 header, 按序时/慢序时
    # (https://www.chengxiang.gov.cn/zwgk/wmbss/202101/t20210129_1571508.htm).
    Layout(
        file="2024年为民办实事项目推进情况表.xlsx",
        source="https://www.chengxiang.gov.cn/zwgk/wmbss/202101/t20210129_1571508.htm",
        above=[["2024年市政府为民办实事项目推进情况表（截至2024年7月）"]],
        header=["序号", "项目名称", "责任单位", "年度目标", "1-7月完成情况", "完成进度", "完成时限"],
        parent=[(4, 5, "推进情况")],
        rows=[
            [
                1,
                "城镇老旧小区改造项目",
                "市住建局",
                "改造老旧小区50个",
                "已开工42个",
                "完成年度任务的84%",
                "2024年12月底",
            ],
            [
                2,
                "农村公路提档升级工程",
                "市交通局",
                "新改建农村公路200公里",
                "完成120公里",
                "完成年度任务的60%",
                "2024年11月底",
            ],
            [
                3,
                "城区公厕新建改造项目",
                "市城管局",
                "新建改造公厕30座",
                "30座全部完工",
                "已全部完成",
                "2024年6月底",
            ],
            [
                4,
                "职业技能提升培训工程",
                "市人社局",
                "培训2万人次",
                "培训0.6万人次",
                "进度滞后",
                "2024年12月底",
            ],
        ],
    ),
    # 巡察整改 “三张清单” with 红黄绿 warnings (http://jwfz.org.cn/show-22468.html: "整改进度，完成时限，
    # 责任领导以及具体经办人"; https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html: 问题清单、责任清单、
    # 销号清单). The unit is named only by the sheet.
    Layout(
        file="巡察问题整改三张清单.xlsx",
        source="http://jwfz.org.cn/show-22468.html",
        sheet="市农业农村局",
        header=[
            "问题序号",
            "问题清单",
            "任务清单",
            "责任领导",
            "具体经办人",
            "完成时限",
            "整改进度",
            "预警等级",
        ],
        parent=[(3, 4, "责任清单")],
        rows=[
            [
                "NY-01",
                "高标准农田项目验收不及时",
                "组织第三方完成验收",
                "赵刚",
                "孙丽",
                "2024年6月30日",
                "已完成",
                "绿",
            ],
            [
                "NY-02",
                "惠农补贴发放公示不规范",
                "统一公示格式，补充公示",
                "赵刚",
                "周敏",
                "2024年7月15日",
                "已完成",
                "绿",
            ],
            [
                "NY-03",
                "农机购置补贴审核慢",
                "压缩审核时限至10个工作日",
                "钱进",
                "吴昊",
                "2024年8月31日",
                "序时推进",
                "黄",
            ],
            [
                "NY-04",
                "村级集体资金监管薄弱",
                "开展专项审计",
                "钱进",
                "郑爽",
                "2024年7月20日",
                "进展滞后，已超期",
                "红",
            ],
            [
                "NY-05",
                "动物防疫物资台账不清",
                "建立出入库台账",
                "赵刚",
                "孙丽",
                "2024年9月30日",
                "已完成80%",
                "黄",
            ],
        ],
    ),
    # 生态环境保护督察反馈意见整改任务清单 (公开版): 整改目标、整改措施、牵头单位、责任单位、整改时限
    # (https://www.changde.gov.cn/cdzx/gsgg/content_843565; http://cjckcn.com/hb/20136.html).
    Layout(
        file="督察反馈意见整改任务清单（公开版）.xlsx",
        source="https://www.changde.gov.cn/cdzx/gsgg/content_843565",
        above=[["贯彻落实省生态环境保护督察反馈意见整改任务清单"]],
        header=[
            "序号",
            "问题",
            "整改目标",
            "整改措施",
            "牵头单位",
            "责任单位",
            "整改时限",
            "整改进展",
            "整改状态",
        ],
        rows=[
            [
                1,
                "城区黑臭水体反弹",
                "消除黑臭水体",
                "实施截污纳管和清淤",
                "市住建局",
                "市生态环境局",
                "2024年6月底前",
                "已完成截污纳管，水质达标",
                "已完成",
            ],
            [
                2,
                "工业园区污水处理厂超负荷运行",
                "扩容提标",
                "建设二期工程",
                "市生态环境局",
                "市工信局",
                "2025年底前",
                "二期工程主体已完工",
                "达到序时进度",
            ],
            [
                3,
                "建筑工地扬尘管控不力",
                "落实六个百分之百",
                "加强巡查执法",
                "市住建局",
                "市城管局",
                "立行立改，长期坚持",
                "每周开展联合巡查",
                "长期坚持",
            ],
            [
                4,
                "畜禽养殖污染治理滞后",
                "规模养殖场粪污处理设施配套率100%",
                "分类整治",
                "市农业农村局",
                "市生态环境局",
                "短期攻坚（2024年3月底前）",
                "尚有3家未完成配套",
                "未达到序时进度",
            ],
        ],
    ),
    # 审计查出问题整改情况表 of a county unit, status as a sentence, finish date column
    # (http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml:
    # 已整改、正在整改（含部分整改）、整改到位资金).
    Layout(
        file="市水利局审计整改情况表.xlsx",
        source="http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml",
        above=[
            ["审计查出问题整改情况表"],
            ["被审计单位：市水利局", None, None, None, "报送日期：2024年7月26日"],
        ],
        header=["序号", "问题类型", "审计查出问题", "涉及金额", "整改要求", "整改情况", "整改完成时间"],
        rows=[
            [
                1,
                "资金管理",
                "水利建设专项资金滞留",
                300,
                "及时拨付",
                "已拨付全部滞留资金，整改完成",
                "2024年5月20日",
            ],
            [
                2,
                "项目管理",
                "两个项目未办理竣工验收",
                0,
                "办理竣工验收",
                "正在督促项目单位补齐手续，预计2024年10月底前整改到位",
                "",
            ],
            [
                3,
                "内部控制",
                "固定资产账实不符",
                12.6,
                "开展资产清查",
                "已完成整改，建立了资产管理制度",
                "2024年6月28日",
            ],
            [4, "资金管理", "工程款超付", 45.2, "追回超付资金", "因涉及司法诉讼，暂未整改到位", ""],
        ],
    ),
    # 体验活动问题整改销号表 (政务服务 体验 campaigns; the status graded 完成整改/基本完成/未完成 as in
    # http://jw.km.gov.cn/c/2023-01-29/4656419.shtml), with 体验时间 and working-day deadlines.
    Layout(
        file="市人社局体验问题整改销号表.xlsx",
        source="http://jw.km.gov.cn/c/2023-01-29/4656419.shtml",
        above=[
            ["“我陪群众走流程”体验问题整改销号表"],
            ["填报单位：市人社局", None, None, None, "填报时间：2024.7.30"],
        ],
        header=["体验时间", "体验事项", "发现问题", "整改措施", "整改时限", "整改结果", "销号时间"],
        rows=[
            [
                date(2024, 5, 8),
                "社保卡补办",
                "补卡需往返两次",
                "推行即时制卡",
                "5个工作日内",
                "完成整改",
                date(2024, 5, 14),
            ],
            [
                date(2024, 5, 8),
                "失业保险金申领",
                "线上申领入口难找",
                "优化网上办事大厅首页",
                "10个工作日内",
                "完成整改",
                date(2024, 5, 20),
            ],
            [
                date(2024, 6, 12),
                "职称评审材料提交",
                "纸质材料要求过多",
                "推行材料电子化提交",
                "2个月内",
                "基本完成，取得阶段性成果并持续整改",
                "",
            ],
            [
                date(2024, 6, 12),
                "劳动仲裁立案",
                "立案告知不清",
                "制作一次性告知单",
                "立行立改",
                "完成整改",
                date(2024, 6, 12),
            ],
        ],
    ),
    # 督办事项办理情况台账 across units: 督办事项、承办单位、办结情况, 督办次数 (http://www.zyx.gov.cn/
    # Content-2463854.html: 已办结/正在办理/进展滞后, 蓝黄红三单预警督办).
    Layout(
        file="市政府常务会议确定事项落实情况台账.xlsx",
        source="https://www.zyx.gov.cn/Content-2463854.html",
        above=[["2024年第八次市政府常务会议确定事项落实情况台账"], ["截至2024年7月30日"]],
        header=["序号", "确定事项", "责任单位", "责任领导", "完成时限", "落实情况", "办理状态", "督办次数"],
        rows=[
            [
                1,
                "出台困难群众临时救助实施细则",
                "市民政局",
                "刘洋",
                "2024年7月15日",
                "细则已印发",
                "已办结",
                1,
            ],
            [
                2,
                "谋划申报一批超长期特别国债项目",
                "市发改委",
                "陈静",
                "2024年8月31日",
                "已储备项目12个",
                "正在办理",
                2,
            ],
            [
                3,
                "推进非税收入收缴电子化",
                "市税务局",
                "陈静",
                "2024年6月30日",
                "系统对接尚未完成",
                "进展滞后",
                3,
            ],
            [4, "建设全市公共数据平台", "市数据局", "刘洋", "2024年12月31日", "完成招标", "正在办理", 1],
        ],
    ),
    # 巡察整改进展公示 of a small unit: 填报单位（盖章）line, notes, 公示 and contact lines, 落款 and
    # date line below the table (https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html; the
    # public notice of https://public.huiji.gov.cn/D49Y/8738334.jhtml).
    Layout(
        file="统计局.xlsx",
        source="https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html",
        above=[
            ["巡察反馈问题整改进展情况"],
            ["填报单位（盖章）：市统计局", None, None, None, "填报日期：2024年7月28日"],
        ],
        header=["序号", "存在问题", "整改措施", "整改时限", "完成情况", "备注"],
        rows=[
            [1, "统计数据质量核查不严", "建立数据质量三级审核", "2024年6月30日前", "已完成", ""],
            [2, "统计执法检查覆盖面不足", "扩大双随机抽查比例", "2024年9月底前", "正在推进", ""],
            [3, "统计人员业务培训不够", "每季度开展一次培训", "长期坚持", "长期坚持", ""],
        ],
        below=[
            ["注：完成情况填写已完成、正在推进或未启动。"],
            ["公示时间：2024年7月28日至8月3日"],
            ["监督电话：0393-6666666"],
            [None, None, None, "市统计局（盖章）"],
            [None, None, None, "2024年7月28日"],
        ],
    ),
    # 巡察反馈问题整改台账 of a hospital system: 问题类别 and 整改时限 each span several item rows
    # as merged cells; 责任科室 are sections of one unit (https://www.pdsjjw.gov.cn/sitesources/kflzw/
    # page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html: 建立整改台账，逐项列出…).
    Layout(
        file="市卫健委巡察反馈问题整改台账.xlsx",
        source="https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html",
        above=[["市卫生健康委员会巡察反馈问题整改台账"]],
        header=["序号", "问题类别", "问题描述", "整改措施", "责任科室", "责任人", "整改时限", "整改情况"],
        rows=[
            [
                1,
                "医疗服务",
                "预约挂号号源投放不足",
                "增加线上号源",
                "医政医管科",
                "张伟",
                "2024年8月31日",
                "已完成",
            ],
            [2, None, "检查结果互认落实不到位", "推进检查结果互认", "医政医管科", "张伟", None, "正在整改"],
            [3, None, "门诊排队时间长", "推行分时段预约", "医政医管科", "李娜", None, "已完成"],
            [
                4,
                "基层卫生",
                "家庭医生签约服务质量不高",
                "开展履约质量评估",
                "基层卫生科",
                "王芳",
                "长期坚持",
                "长期坚持",
            ],
            [5, None, "村卫生室药品配备不全", "统一配备基本药物", "基层卫生科", "王芳", None, "已完成"],
            [6, "作风建设", "会议文件多", "精简会议文件", "办公室", "赵敏", "2024年6月30日", "已完成"],
        ],
        down=[(1, 0, 2), (6, 0, 2), (1, 3, 4), (6, 3, 4)],
    ),
    # 乡镇问题整改台账: a town not in the directory, named in a 填报单位（盖章） line; status column of
    # its own words (https://baoji.qinfeng.gov.cn/info/1014/18903.htm: 巡察“回头看”问题整改, 三单管理).
    Layout(
        file="附件5：王助镇问题整改台账.xlsx",
        source="https://baoji.qinfeng.gov.cn/info/1014/18903.htm",
        above=[
            ["巡察“回头看”反馈问题整改台账"],
            ["填报单位（盖章）：王助镇人民政府", None, None, "填报日期：2024年7月30日"],
        ],
        header=["序号", "反馈问题", "整改措施", "责任人", "整改时限", "整改状态"],
        rows=[
            [1, "村级财务公开不及时", "每月公开一次", "李明", "2024年6月30日", "已整改到位"],
            [2, "扶贫项目资产管护不到位", "建立资产管护台账", "王刚", "2024年8月31日", "正在整改"],
            [3, "党员发展程序不规范", "开展发展党员工作自查", "李明", "2024年7月15日", "尚未完成整改"],
        ],
    ),
    # 专项整治问题清单 with the status as a progress sentence only (no status column) and the expected
    # date inside it (https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html "确保序时整改到位";
    # https://yohu9.com/newsshow-214114.html 持续整改).
    Layout(
        file="整改台账-市交通局-0730.xlsx",
        source="https://yohu9.com/newsshow-214114.html",
        above=[
            ["交通运输领域群众身边不正之风专项整治问题清单"],
            ["填报单位：市交通局", None, None, "填报日期：2024年7月30日"],
        ],
        header=["序号", "问题线索", "整改措施", "整改时限", "整改落实情况"],
        rows=[
            [1, "驾培机构乱收费", "开展专项检查", "2024年6月30日", "已完成整改，经复查未发现反弹"],
            [2, "出租车拒载议价", "加强执法检查", "2024年8月31日", "正在整改，预计9月30日整改到位"],
            [3, "农村客运班线停运", "恢复班线运营", "2024年7月15日", "尚未完成整改，已约谈运营企业"],
            [4, "货车超限超载反弹", "开展联合治超", "长期坚持", "已整改到位，长效机制持续推进"],
        ],
    ),
]


def write(layout: Layout) -> Path:
    path = HERE / layout.file
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    book.set_properties({"created": datetime(2024, 7, 30)})
    ws = book.add_worksheet(layout.sheet)
    title = book.add_format({"bold": True, "font_size": 16, "align": "center"})
    head = book.add_format(
        {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
    )
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"})
    day = book.add_format({"border": 1, "num_format": "yyyy-mm-dd", "valign": "vcenter"})
    stamp = book.add_format({"border": 1, "num_format": "yyyy-mm-dd hh:mm", "valign": "vcenter"})
    width = len(layout.header)
    r = 0
    for line in layout.above:
        if len(line) == 1:
            ws.merge_range(r, 0, r, width - 1, line[0], title if r == 0 else None)
        else:
            _row(ws, r, line, None, None, None)
        r += 1
    if layout.parent:
        under = {c for first, last, _ in layout.parent for c in range(first, last + 1)}
        for c, text in enumerate(layout.header):
            if c not in under:
                ws.merge_range(r, c, r + 1, c, text, head)
        for first, last, text in layout.parent:
            ws.merge_range(r, first, r, last, text, head)
            for c in range(first, last + 1):
                ws.write_string(r + 1, c, layout.header[c], head)
        r += 2
    else:
        for c, text in enumerate(layout.header):
            ws.write_string(r, c, text, head)
        r += 1
    first_row = r
    for values in layout.rows:
        _row(ws, r, values, cell, day, stamp)
        r += 1
    for column, a, b in layout.down:
        value = layout.rows[a][column]
        ws.merge_range(first_row + a, column, first_row + b, column, "", cell)
        _row(ws, first_row + a, [None] * column + [value], cell, day, stamp)
    for line in layout.below:
        if len(line) == 1:
            ws.merge_range(r, 0, r, width - 1, line[0])
        else:
            _row(ws, r, line, None, None, None)
        r += 1
    ws.set_column(0, width - 1, 16)
    book.close()
    return path


def _row(ws, r: int, values: list[object], cell, day, stamp) -> None:
    for c, v in enumerate(values):
        if v is None:
            continue
        if isinstance(v, datetime):
            ws.write_datetime(r, c, v, stamp)
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), day)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, cell)
        else:
            ws.write_string(r, c, v, cell)


def build() -> list[Path]:
    return [write(layout) for layout in LAYOUTS]


if __name__ == "__main__":
    for path in build():
        print(path.name)
