"""Regenerate the dev part of the intake corpus (python tests/data/corpus/dev/make_dev.py).

Thirteen returns, each copying the layout of a kind of table that a public source shows: its title and
preamble lines, its header words in the campaign's own terms, its status and deadline wording, its
footer, its merged cells, and the physical form a real inbox has it in (.xlsx, WPS .et, a GBK CSV
exported from a system, a Word .docx/.doc table, a zip of unit returns with GBK member names). The
source each layout follows is cited next to it (and repeated in expected.json). The contents
(problems, names, dates) are made up; the layouts are not ours.

What a person reads in each file is in expected.json beside this script, written by hand by the
rules of tests/data/corpus/README.md, never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created
date. The .et and .doc files are converted with LibreOffice (soffice --headless --convert-to), which
must be installed.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 9, 0, 0)


@dataclass
class Sheet:
    header: list[str]
    rows: list[list[object]]
    name: str = "Sheet1"
    above: list[list[object]] = field(default_factory=list)  # title, 填报单位 lines (one text: merged across)
    parent: list[tuple[int, int, str]] = field(default_factory=list)  # two-row header: (first, last, text)
    below: list[list[object]] = field(default_factory=list)  # notes, signature block
    down: list[tuple[int, int, int]] = field(default_factory=list)  # (column, first row, last row) merged


# ---------------------------------------------------------------------------------------------
# 1. 安全生产隐患排查治理台账 of one unit (its former name 安监局 in the 填报单位 line): the columns of
# DB37/T 4085—2020 附录C “现场管理类隐患排查治理台账” (排查日期, 隐患部位, 隐患内容, 隐患级别,
# 治理措施, 治理责任人, 治理期限, 验收情况, 验收人) as http://m.mydoc123.com/p-1504519.html shows it;
# an event date (排查日期) beside the deadline, a closure column (验收情况) that outranks a stale
# 治理情况, a 合计 row, a note and a signature block.
HAZARD = Sheet(
    name="隐患排查治理台账",
    above=[
        ["现场管理类隐患排查治理台账"],
        [
            "填报单位：濮阳市安监局（盖章）",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "填报日期：2024年7月29日",
        ],
    ],
    header=[
        "序号",
        "排查日期",
        "隐患部位",
        "隐患内容",
        "隐患级别",
        "治理措施",
        "治理责任人",
        "治理期限",
        "治理情况",
        "验收情况",
        "验收人",
    ],
    rows=[
        [
            1,
            date(2024, 6, 12),
            "局机关办公楼配电室",
            "配电柜前未铺设绝缘胶垫，柜门接地线松脱",
            "一般隐患",
            "铺设绝缘胶垫，紧固接地线",
            "王建国",
            date(2024, 6, 20),
            "已整改",
            "验收合格",
            "李明",
        ],
        [
            2,
            date(2024, 6, 12),
            "应急物资储备库",
            "库房消防通道堆放救灾帐篷，通道宽度不足",
            "一般隐患",
            "清理通道堆放物资，施划通道标线",
            "刘洋",
            "2024年6月30日",
            "正在整改",
            "验收合格",
            "李明",
        ],
        [
            3,
            date(2024, 7, 3),
            "指挥中心机房",
            "机房气体灭火系统压力表指示低于正常值",
            "一般隐患",
            "联系维保单位充装灭火剂并检测",
            "赵磊",
            date(2024, 8, 15),
            "正在整改，已联系维保单位",
            "",
            "",
        ],
        [
            4,
            date(2024, 7, 3),
            "职工食堂",
            "燃气管道未安装燃气泄漏报警装置",
            "较大隐患",
            "安装燃气泄漏报警及自动切断装置",
            "孙丽",
            "2024年9月30日",
            "未整改",
            "",
            "",
        ],
        [
            5,
            date(2024, 7, 18),
            "地下车库",
            "电动自行车在车库内充电，私拉电线",
            "一般隐患",
            "拆除私拉电线，设置集中充电区",
            "王建国",
            "2024年7月底前",
            "已整改",
            "验收合格",
            "李明",
        ],
        ["合计", None, None, "排查隐患5项，已验收3项", None, None, None, None, None, None, None],
    ],
    below=[
        ["注：隐患级别分为一般隐患、较大隐患、重大隐患；验收情况由验收人现场核实后填写。"],
        ["填表人：张敏", None, None, "审核人：周伟", None, None, None, "联系电话：0393-8811234"],
    ],
)

# 2. 检查发现问题整改 (公用企业安全和服务检查): the export of a 标准化检查 system,
# https://github.com/rcw0125/RuoYi-Vue-fast-master/blob/79e081a890ad53fb69ba9d56c266c995f28f8b7f/src/main/java/com/ruoyi/project/system/domain/Bzhjc.java
# (序号, 检查人, 检查单位, 检查时间, 检查内容, 整改单位, 整改时间, 整改完成时间): the inspector and the
# inspecting 检查组 beside the rectifying unit, the inspection date beside the time allowed (整改时间, written
# “2024年6月28日前”),
# and a filled 整改完成时间 the only sign of progress (no status column).
INSPECTION = Sheet(
    name="检查问题",
    above=[["公用企业服务质量检查发现问题整改情况表"], ["填报日期：2024年7月30日"]],
    header=["序号", "检查人", "检查单位", "检查时间", "检查内容", "整改单位", "整改时间", "整改完成时间"],
    rows=[
        [
            1,
            "张伟",
            "市政府督查局第二督查组",
            date(2024, 6, 18),
            "城区营业厅自助缴费终端故障，未设置故障提示",
            "濮阳供电公司",
            "2024年6月28日前",
            date(2024, 6, 25),
        ],
        [
            2,
            "李娜",
            "市政府督查局第二督查组",
            date(2024, 6, 18),
            "报装业务办理材料清单未在营业厅公示",
            "濮阳市自来水公司",
            "2024年6月28日前",
            date(2024, 6, 21),
        ],
        [
            3,
            "王强",
            "市政府督查局第三督查组",
            date(2024, 7, 9),
            "燃气报修电话夜间无人接听",
            "濮阳市燃气有限公司",
            "2024年7月19日前",
            None,
        ],
        [
            4,
            "赵敏",
            "市政府督查局第三督查组",
            date(2024, 7, 9),
            "部分站台电子站牌显示信息与实际线路不符",
            "众意公交公司",
            "2024年8月9日前",
            None,
        ],
        [
            5,
            "王强",
            "市政府督查局第三督查组",
            date(2024, 7, 16),
            "营业厅未设置老年人优先服务窗口",
            "濮阳市燃气有限公司",
            "2024年7月26日前",
            date(2024, 7, 24),
        ],
    ],
)

# 3. 群众诉求转办件 exported from an online complaints system as a GBK CSV: the columns of
# https://github.com/nanlei/GXGA/blob/23e38f9beff3cf9cd8051d5b8e324548a1a3638a/src/main/webapp/Freemarker/front/oa/minyiwang_list.ftl
# (民意网转办通知单: 受理编号, 投诉标题, 承办部门, 接收时间, 截止时间, 状态 未处理/处理中/办结/超时),
# datetimes as the system prints them, one status cell left empty.
COMPLAINTS_HEADER = [
    "受理编号",
    "投诉标题",
    "投诉内容",
    "承办部门",
    "接收时间",
    "截止时间",
    "状态",
    "回复内容",
]
COMPLAINTS = [
    [
        "MY20240701003",
        "小区门口井盖破损",
        "反映华龙区建设路绿城小区门口井盖破损，夜间行人易绊倒，请尽快维修。",
        "市城管局",
        "2024-07-01 10:22:33",
        "2024-07-08 10:22:33",
        "办结",
        "已于7月3日更换井盖。",
    ],
    [
        "MY20240703017",
        "超市销售过期食品",
        "反映胜利路一超市货架上有过期酸奶仍在销售，要求查处。",
        "市工商局",
        "2024-07-03 15:40:12",
        "2024-07-17 15:40:12",
        "办结",
        "经查属实，已立案查处。",
    ],
    [
        "MY20240710022",
        "加装电梯补贴咨询未答复",
        "来电人称6月底咨询老旧小区加装电梯补贴政策至今未获答复。",
        "市住建局",
        "2024-07-10 09:05:47",
        "2024-07-24 09:05:47",
        "处理中",
        "",
    ],
    [
        "MY20240715008",
        "公交车到站不停",
        "反映8路公交车早高峰在人民公园站经常到站不停。",
        "公交公司",
        "2024-07-15 08:31:02",
        "2024-07-29 08:31:02",
        "未处理",
        "",
    ],
    [
        "MY20240722031",
        "工地夜间施工噪音扰民",
        "反映开州路某工地每晚22点后仍在施工，噪音扰民。",
        "市环保局",
        "2024-07-22 22:15:40",
        "2024-08-05 22:15:40",
        "",
        "",
    ],
    [
        "MY20240726012",
        "背街小巷路灯不亮",
        "反映京开大道东侧背街小巷路灯连续一周不亮。",
        "供电公司",
        "2024-07-26 19:48:05",
        "2024-08-02 19:48:05",
        "处理中",
        "",
    ],
]

# 4. 政协提案办理情况 as a Word table, after the 办理情况 that
# http://henanshanlin.com/xxgk/xxgkml/qtzdgknr/jytabl/ztqk/202301/t20230112_2927386.shtml reports (交由承办单位办理,
# 主办单位, 办复率; 已经解决或基本解决的 A类, 正在解决或有关工作已启动的 B类): 提案号, 提案人, 案由, 内容类别,
# 提交时间, 交办日期, 主办单位, 办复情况, 办理类别. The proposer stands beside the handling unit; the only
# dates are events (提交时间, 交办日期), so no item has a deadline. 内容类别 and 主办单位 are merged down; a
# small statistics table with a 合计 row follows.
PROPOSAL_HEADER = [
    "提案号",
    "提案人",
    "案由",
    "内容类别",
    "提交时间",
    "交办日期",
    "主办单位",
    "办复情况",
    "办理类别",
]
PROPOSALS = [
    [
        "第0012号",
        "王秀兰",
        "关于加快推进城区雨污分流改造的提案",
        "城乡建设",
        "2024-01-15",
        "2024-03-12",
        "市住建局",
        "已办复",
        "A类",
    ],
    [
        "第0027号",
        "陈志刚等3人",
        "关于盘活闲置国有建设用地的提案",
        "城乡建设",
        "2024-01-16",
        "2024-03-12",
        "市规划局",
        "正在办理",
        "",
    ],
    [
        "第0045号",
        "民盟濮阳市委",
        "关于加强基层医疗机构全科医生培养的提案",
        "社会事业",
        "2024-01-17",
        "2024-03-15",
        "市卫计委",
        "已办复",
        "A类",
    ],
    [
        "第0051号",
        "李红梅",
        "关于规范民营医院医保定点管理的提案",
        "社会事业",
        "2024-01-17",
        "2024-03-15",
        "市卫计委",
        "正在办理",
        "",
    ],
    [
        "第0063号",
        "农工党濮阳市委",
        "关于提升高标准农田建设质量的提案",
        "农业农村",
        "2024-01-18",
        "2024-03-15",
        "市农委",
        "已办复",
        "A类",
    ],
]
PROPOSAL_MERGES = [(3, 0, 1), (3, 2, 3), (6, 2, 3)]  # (column, first data row, last data row)

# 5. 民生实事项目进展情况表 saved by WPS (.et): the 进度表 of
# http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml
# (序号, 牵头单位, 项目名称, 业主单位, 本月进展情况 over 前期手续 | 在建形象进度), 牵头单位 merged down over
# its projects; the deadline is a schedule text (时间节点) or a month range.
LIVELIHOOD = Sheet(
    name="民生实事",
    above=[["2024年度市政府民生实事项目进展情况表"], ["（截至2024年7月25日）"]],
    header=["序号", "牵头单位", "项目名称", "业主单位", "时间节点", "前期手续", "在建形象进度"],
    parent=[(5, 6, "本月进展情况")],
    rows=[
        [
            1,
            "市住建局",
            "城镇老旧小区改造（12个小区）",
            "市城投公司",
            "3月底前完成设计，6月底前开工，11月底前全部完工",
            "已完成",
            "8个小区主体完工，4个小区正在施工",
        ],
        [2, "市住建局", "城区背街小巷提升改造（20条）", "市城投公司", "2024年5-10月", "已完成", "已完工"],
        [
            3,
            "市教育局",
            "新建城区公办幼儿园3所",
            "市教育局",
            "年底前投入使用",
            "已完成",
            "主体封顶，正在室内装修",
        ],
        [4, "市卫健委", "乡镇卫生院远程会诊系统建设", "市卫健委", "第三季度", "未启动", "未开工"],
        [
            5,
            "市人社局",
            "城区“15分钟就业服务圈”建设",
            "市人社局",
            "2024年6-9月",
            "已完成",
            "已建成8个服务站，剩余4个正在建设",
        ],
        [
            6,
            "市城管局",
            "城区公厕提质改造（30座）",
            "市城管局",
            "4月底前完成选址，7月底前全部完成",
            "已完成",
            "已全部完成并投入使用",
        ],
    ],
    down=[(1, 0, 1)],
    below=[["市民生实事工作办公室", None, None, None, None, "2024年7月26日"]],
)

# 6. 督办事项落实情况 as a Word 97 .doc: the fields of a 督办 form in an OA system,
# https://github.com/catkins10/cms/blob/4a26875a09ff360d4709389001b2cd77101d6ab9/WebContent/j2oa/supervise/superviseEdit.jsp
# (督办号, 工作内容, 完成时限, 责任部门, 分管领导, 创建时间, 落实情况): the title in a merged first row of the
# table under a covering letter, the creation date beside the deadline, the leader in charge beside the
# unit, a county and a town government among the units, the progress word only inside 落实情况.
SUPERVISION_HEADER = ["督办号", "创建时间", "工作内容", "责任部门", "分管领导", "完成时限", "落实情况"]
SUPERVISION = [
    [
        "DB2024-031",
        "2024-06-05",
        "城区汛期积水点整治，完成18处积水点改造",
        "市城管局",
        "李副市长",
        "2024年7月31日",
        "已办结，18处积水点全部完成改造",
    ],
    [
        "DB2024-034",
        "2024-06-12",
        "农村饮水安全提升工程推进，6月底前完成管网招标，9月底前完成主体工程",
        "清丰县人民政府",
        "王副市长",
        "9月底前",
        "正在协调，已完成招标，管网占地正在协调",
    ],
    [
        "DB2024-037",
        "2024-06-20",
        "市直单位公务用车全部接入省公务用车管理平台",
        "市财政局",
        "张秘书长",
        "2024年7月15日",
        "逾期未办",
    ],
    [
        "DB2024-040",
        "2024-07-02",
        "城乡居民医保参保扩面，参保率达到95%以上",
        "市医保局",
        "王副市长",
        "年底前",
        "办理中，参保率已达93.6%",
    ],
    [
        "DB2024-043",
        "2024-07-10",
        "城关镇集贸市场占道经营整治，建立长效机制",
        "城关镇人民政府",
        "李副市长",
        "长期坚持",
        "常态化推进，每周开展联合巡查",
    ],
]

# 7. 信访事项 (督察交办信访件) 办理及销号核查: the 核查 of
# http://huanbaofz.org.cn/show-210032.html (交办信访案件逐条核实, 核查结论 “符合销号要求”, 核查人),
# deadlines counted from the 交办日期 (交办后N个工作日内), a town government among the units, the
# inspectors (核查人) beside the handling unit, and a 核查结论 column that outranks a stale 办理情况.
PETITION = Sheet(
    name="核查情况",
    above=[["生态环境保护督察交办信访件办理及销号核查情况表"], ["填报日期：2024年7月30日"]],
    header=[
        "序号",
        "受理编号",
        "交办日期",
        "信访反映问题",
        "责任单位",
        "办理时限",
        "办理情况",
        "核查结论",
        "核查人",
    ],
    rows=[
        [
            1,
            "D2024060311",
            date(2024, 6, 3),
            "村内一塑料颗粒加工点夜间排放刺鼻气味",
            "城关镇人民政府",
            "交办后15个工作日内",
            "已责令停产，正在拆除设备",
            "符合销号要求",
            "李勇、陈静",
        ],
        [
            2,
            "D2024060318",
            date(2024, 6, 3),
            "某生猪养殖场粪污直排河道",
            "市农委",
            "交办后15个工作日内",
            "正在建设粪污处理设施",
            "不符合销号要求",
            "李勇、陈静",
        ],
        [
            3,
            "D2024061405",
            date(2024, 6, 14),
            "城区一餐饮店油烟直排扰民",
            "市城管局",
            "交办后10个工作日内",
            "已责令安装油烟净化设施",
            "符合销号要求",
            "王芳",
        ],
        [
            4,
            "D2024070209",
            date(2024, 7, 2),
            "工业园区一企业危废暂存间无防渗措施",
            "市环保局",
            "交办后20个工作日内",
            "正在实施防渗改造",
            "",
            "",
        ],
        [
            5,
            "D2024071511",
            date(2024, 7, 15),
            "一建筑工地夜间违规施工噪声扰民",
            "市住建局",
            "交办后5个工作日内",
            "",
            "",
            "",
        ],
    ],
)

# 8. 环保督察反馈问题整改验收销号台账: the 验收销号 of
# https://sthjj.huangshan.gov.cn/wrfz/ssthjbhdc/9066839.html (提交申请、现场核查、审核签字、公示反馈;
# 验收销号), with former unit names (水务局, 卫计委, 国土局), deadlines as year and month ranges, a
# 验收销号情况 column that outranks a stale 整改进展, and a long-term item.
ENVIRONMENT = Sheet(
    name="验收销号台账",
    above=[
        ["中央生态环境保护督察反馈问题整改验收销号台账"],
        ["填报单位：市督察整改办", None, None, None, None, "填报日期：2024年7月26日"],
    ],
    header=["序号", "反馈问题", "责任单位", "整改目标", "整改时限", "整改进展", "验收销号情况"],
    rows=[
        [
            1,
            "城区黑臭水体治理成效不稳固，马颊河部分支流水质反弹",
            "市水务局",
            "消除城区黑臭水体",
            "2023-2025年",
            "已完成截污纳管3.2公里，正在实施河道清淤",
            "未销号",
        ],
        [
            2,
            "部分建筑工地扬尘管控措施落实不到位",
            "市住建局",
            "建筑工地“六个百分之百”全面落实",
            "2024年6月底前",
            "已完成整改",
            "已销号",
        ],
        [
            3,
            "部分加油站油气回收装置运行不正常",
            "市商务局",
            "油气回收装置全部正常运行",
            "2024年3-6月",
            "正在整改",
            "已销号",
        ],
        [
            4,
            "医疗废物收集转运体系不健全",
            "市卫计委",
            "实现乡镇医疗废物收集转运全覆盖",
            "2024年9月底前",
            "已覆盖72个乡镇中的60个",
            "未销号",
        ],
        [
            5,
            "历史遗留矿山生态修复进展缓慢",
            "市国土局",
            "完成历史遗留矿山生态修复",
            "2024年12月底前",
            "未启动",
            "未销号",
        ],
        [
            6,
            "秸秆露天焚烧现象时有发生",
            "市农业局",
            "秸秆综合利用率达到95%",
            "长期坚持",
            "常态化开展巡查",
            "",
        ],
    ],
    below=[
        ["注：验收销号情况填写“已销号”或“未销号”；已销号问题须附验收销号审批表。"],
        ["填报人：刘伟", None, None, None, "联系电话：0393-8990123"],
    ],
)

# 9. 营商环境 企业诉求办理台账: the closed loop of
# https://iruanshi.com/tt2/46883.html (企呼枣应、接诉即办: 2个工作日内答复, 10个工作日内解决, 可延长至25个
# 工作日内) — deadlines counted from the 交办日期 column, the complaining company beside the handling
# unit (both with the 濮阳市 prefix), status words 已办结/正在协调/已移交 and blanks.
BUSINESS = Sheet(
    name="企业诉求",
    above=[
        ["优化营商环境企业诉求办理台账"],
        ["填报单位：市营商环境服务中心", None, None, None, None, None, "统计时间：2024年6月1日至7月31日"],
    ],
    header=[
        "诉求编号",
        "企业名称",
        "诉求内容",
        "交办日期",
        "承办单位",
        "办理时限",
        "办理情况",
        "办理状态",
        "企业评价",
    ],
    rows=[
        [
            "QH202406-015",
            "濮阳市恒达化工有限公司",
            "企业申报高新技术企业认定政策咨询无人答复",
            date(2024, 6, 17),
            "濮阳市科技局",
            "10个工作日内",
            "已上门解读政策并指导申报",
            "已办结",
            "满意",
        ],
        [
            "QH202406-022",
            "濮阳市宏远物流有限公司",
            "企业新建仓库供电报装进度慢",
            date(2024, 6, 24),
            "濮阳供电公司",
            "10个工作日内",
            "正在协调线路改造",
            "正在协调",
            "",
        ],
        [
            "QH202407-003",
            "濮阳市绿源食品有限公司",
            "企业反映增值税留抵退税到账慢",
            date(2024, 7, 2),
            "濮阳市税务局",
            "2个工作日内答复",
            "已电话答复企业",
            "已办结",
            "满意",
        ],
        [
            "QH202407-011",
            "濮阳市鑫诚建材有限公司",
            "企业门前道路被占用影响车辆进出",
            date(2024, 7, 8),
            "濮阳市城管局",
            "10个工作日内",
            "已移交属地街道办事处办理",
            "已移交",
            "",
        ],
        [
            "QH202407-019",
            "濮阳市天成机械制造有限公司",
            "企业办理不动产抵押登记被要求重复提交材料",
            date(2024, 7, 16),
            "濮阳市不动产登记中心",
            "25个工作日内",
            "",
            "",
            "",
        ],
    ],
)


# 10. 政务服务 诉求件办理情况: three units' returns zipped together, as a clerk receives them. The
# layout follows the 诉求件 process of a 行政服务中心,
# https://github.com/linjunzhen/ptzhsp/blob/708c8710b485161a007aeeed22f36c141e8c60e3/WebRoot/webpage/website/hd/smxz.jsp
# (统一受理 → 调查处理后回复意见; “投诉”栏诉求件办理时限为自接收诉求件之日起10个工作日): deadlines
# counted from the 受理日期, a filled 办结日期 as closure; the unit is the 填报单位 of each return.
def appeal_sheet(unit: str, rows: list[list[object]]) -> Sheet:
    return Sheet(
        name="诉求件",
        above=[
            ["诉求件办理情况反馈表"],
            [f"填报单位：{unit}", None, None, None, None, "填报日期：2024年7月30日"],
        ],
        header=[
            "诉求件编号",
            "受理日期",
            "诉求类别",
            "诉求内容",
            "办理时限",
            "调查处理情况",
            "回复意见",
            "办结日期",
        ],
        rows=rows,
        below=[["经办人：", None, None, "联系电话："]],
    )


APPEALS = {
    "市不动产登记中心-诉求件办理情况.xlsx": appeal_sheet(
        "市不动产登记中心",
        [
            [
                "SQ2024070102",
                date(2024, 7, 1),
                "投诉",
                "窗口工作人员办理二手房过户时态度生硬",
                "10个工作日",
                "已约谈当事人并进行批评教育",
                "已电话回复诉求人",
                date(2024, 7, 5),
            ],
            [
                "SQ2024070815",
                date(2024, 7, 8),
                "投诉",
                "抵押登记预约号源紧张，需多次预约",
                "10个工作日",
                "已增加预约号源，正在优化预约系统",
                "",
                None,
            ],
            [
                "SQ2024071903",
                date(2024, 7, 19),
                "建议",
                "建议周末开设不动产登记延时服务",
                "10个工作日",
                "",
                "",
                None,
            ],
        ],
    ),
    "市公积金中心-诉求件办理情况.xlsx": appeal_sheet(
        "市公积金中心",
        [
            [
                "SQ2024070503",
                date(2024, 7, 5),
                "投诉",
                "提取住房公积金审核时间超过承诺时限",
                "10个工作日",
                "已完成审核并发放",
                "已回复诉求人",
                date(2024, 7, 10),
            ],
            [
                "SQ2024071607",
                date(2024, 7, 16),
                "投诉",
                "异地转移接续网上办理系统经常无法登录",
                "10个工作日",
                "正在与省级平台对接排查",
                "",
                None,
            ],
        ],
    ),
    "行政服务中心诉求件反馈表.xlsx": appeal_sheet(
        "行政服务中心",
        [
            [
                "SQ2024070209",
                date(2024, 7, 2),
                "投诉",
                "大厅自助填表机无法打印",
                "10个工作日",
                "已更换打印模块",
                "已回复诉求人",
                date(2024, 7, 3),
            ],
            [
                "SQ2024072205",
                date(2024, 7, 22),
                "投诉",
                "企业开办专区叫号后长时间无人受理",
                "10个工作日",
                "正在调取监控核实",
                "",
                None,
            ],
        ],
    ),
}

# 11. One unit's workbook with two campaigns, one sheet each: 巡察反馈问题 and 审计查出问题, after the
# “三张清单” of https://www.gongxunwang.com/doc/2672224.html (问题表现、整改要求和整改时限; “限期整改”
# “持续整改”; 对账销号). The unit is named once, by its former name (市建委), in each 填报单位 line; rows
# name its sections. The 巡察 sheet ticks √ under 整改情况 → 已整改 | 未整改 and closes with 小计.
INSPECTION_TOUR = Sheet(
    name="巡察反馈问题",
    above=[
        ["市委第三巡察组反馈问题整改情况表"],
        ["填报单位：市建委（盖章）", None, None, None, "填报日期：2024年7月29日"],
    ],
    header=["序号", "问题表现", "整改要求", "责任科室", "整改时限", "已整改", "未整改"],
    parent=[(5, 6, "整改情况")],
    rows=[
        [
            1,
            "党组理论学习中心组学习流于形式",
            "制定年度学习计划，严格落实学习制度",
            "办公室",
            "2024年6月30日",
            "√",
            "",
        ],
        [
            2,
            "工程建设项目招投标监管存在漏洞",
            "开展招投标领域专项整治",
            "建筑市场监管科",
            "2024年9月30日",
            "",
            "√",
        ],
        [3, "住房保障资格审核把关不严", "开展保障性住房资格复核", "住房保障科", "2024年7月31日", "√", ""],
        [
            4,
            "物业服务企业监管不到位",
            "建立物业服务企业信用评价机制",
            "物业管理科",
            "2024年12月31日",
            "",
            "√",
        ],
        ["小计", None, None, None, None, 2, 2],
    ],
)
AUDIT = Sheet(
    name="审计查出问题",
    above=[
        ["2023年度预算执行审计查出问题整改清单"],
        ["被审计单位：市建委", None, None, None, "填报日期：2024年7月29日"],
    ],
    header=["序号", "审计查出问题", "整改要求", "整改时限", "整改类型", "整改结果"],
    rows=[
        [
            1,
            "城市基础设施配套费征收不及时，欠缴1260万元",
            "追缴欠缴的配套费",
            "2024年8月底",
            "限期整改",
            "已追缴860万元，其余正在追缴",
        ],
        [2, "专项资金结余未及时上缴财政", "上缴结余资金", "2024年5月31日", "限期整改", "已全部上缴财政"],
        [
            3,
            "部分已完工项目未办理竣工决算",
            "完成竣工财务决算",
            "2024-2025年",
            "持续整改",
            "已完成5个项目决算，剩余3个正在办理",
        ],
    ],
    below=[["填表人：赵娜", None, None, "联系电话：0393-8667788"]],
)

# 12. 人大代表建议办理情况, one sheet per handling unit (sheet named after it, no unit column): the
# “每个单位的办理件详情表” of a motions system,
# https://github.com/ldong728/gov_motion/blob/0df4817655fdb18c288e9e3f0d650c48075a4fe8/download.php
# (案号, 领衔人, 案由, 当前环节, 主办答复时间, 办理结果, 协办单位). The representative (领衔人) stands in
# every row; the only date is the reply (an event), so no deadline.
MOTION_HEADER = ["案号", "领衔人", "案由", "当前环节", "主办答复时间", "办理结果", "协办单位"]
MOTIONS = {
    "市教育局": [
        [
            "第101号",
            "张建华",
            "关于缓解城区学校大班额问题的建议",
            "已答复",
            date(2024, 5, 20),
            "A类（已解决）",
            "",
        ],
        ["第118号", "李秀英", "关于加强中小学生课后服务保障的建议", "办理中", None, "", ""],
        ["第125号", "王磊", "关于农村学校校车配备的建议", "", None, "", "市交通局"],
    ],
    "市交通局": [
        [
            "第087号",
            "赵国庆",
            "关于增开城乡公交线路的建议",
            "已答复",
            date(2024, 6, 12),
            "A类（已解决）",
            "市公交公司",
        ],
        ["第093号", "刘芳", "关于改造国道106线濮阳段危险路口的建议", "办理中", None, "", ""],
    ],
    "市民政局": [
        [
            "第132号",
            "陈卫东",
            "关于提高农村特困人员供养标准的建议",
            "已答复",
            date(2024, 5, 28),
            "A类（已解决）",
            "",
        ],
        [
            "第140号",
            "孙丽娟",
            "关于推进社区养老服务站建设的建议",
            "已答复",
            date(2024, 6, 25),
            "A类（已解决）",
            "",
        ],
    ],
}

# 13. 政务服务 “办不成事”反映窗口 问题台账: the window of
# http://www.qingxin.gov.cn/qxqzdlyxxgk/spgg/xzspzdggxx/content/post_1559538.html (受理群众诉求; 一般问题当天办结,
# 难办问题5个工作日内反馈): the complainant (反映人) beside the department concerned (former names 规划局,
# 环保局, 国土局, 建委), deadlines 当天办结 / 5个工作日内反馈 counted from the 受理日期, and 是否办结 是/否.
WINDOW = Sheet(
    name="问题台账",
    above=[
        ["政务服务中心“办不成事”反映窗口问题台账"],
        [None, None, None, None, None, None, "填报日期：2024年7月31日"],
    ],
    header=[
        "序号",
        "受理日期",
        "反映人",
        "反映问题",
        "涉及部门",
        "问题类型",
        "办理时限",
        "办理结果",
        "是否办结",
    ],
    rows=[
        [
            1,
            date(2024, 7, 1),
            "王先生",
            "办理建设项目用地预审，系统故障多次提交未成功",
            "市规划局",
            "一般问题",
            "当天办结",
            "已协调技术人员现场处理",
            "是",
        ],
        [
            2,
            date(2024, 7, 3),
            "某建材公司",
            "环评审批被要求重复提交已提交过的材料",
            "市环保局",
            "难办问题",
            "5个工作日内反馈",
            "已协调精简材料，正在审批",
            "否",
        ],
        [
            3,
            date(2024, 7, 9),
            "李女士",
            "二手房过户因历史遗留问题无法办理",
            "市国土局",
            "难办问题",
            "5个工作日内反馈",
            "",
            "否",
        ],
        [
            4,
            date(2024, 7, 15),
            "张先生",
            "施工许可证办理被要求提供非法定材料",
            "市建委",
            "一般问题",
            "当天办结",
            "已现场协调办理",
            "是",
        ],
        [
            5,
            date(2024, 7, 22),
            "某物流公司",
            "道路运输经营许可网上申请无法提交",
            "市交通局",
            "难办问题",
            "5个工作日内反馈",
            "已提交省级平台，等待修复",
            "否",
        ],
    ],
    below=[["注：一般问题当天办结，难办问题5个工作日内反馈办理结果。"]],
)


# ---------------------------------------------------------------------------------------------
def write_book(path: Path, sheets: list[Sheet]) -> Path:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    book.set_properties({"created": CREATED, "author": "Administrator"})
    fmt = {
        "title": book.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"}),
        "head": book.add_format(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        ),
        "cell": book.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"}),
        "day": book.add_format({"border": 1, "num_format": "yyyy-mm-dd", "valign": "vcenter"}),
        "stamp": book.add_format({"border": 1, "num_format": "yyyy-mm-dd hh:mm", "valign": "vcenter"}),
    }
    for sheet in sheets:
        _sheet(book, sheet, fmt)
    book.close()
    return path


def _sheet(book, sheet: Sheet, fmt: dict) -> None:
    ws = book.add_worksheet(sheet.name)
    width = len(sheet.header)
    r = 0
    for line in sheet.above:
        if len(line) == 1:
            ws.merge_range(r, 0, r, width - 1, line[0], fmt["title"] if r == 0 else None)
        else:
            _row(ws, r, line, None, fmt)
        r += 1
    if sheet.parent:
        under = {c for first, last, _ in sheet.parent for c in range(first, last + 1)}
        for c, text in enumerate(sheet.header):
            if c not in under:
                ws.merge_range(r, c, r + 1, c, text, fmt["head"])
        for first, last, text in sheet.parent:
            ws.merge_range(r, first, r, last, text, fmt["head"])
            for c in range(first, last + 1):
                ws.write_string(r + 1, c, sheet.header[c], fmt["head"])
        r += 2
    else:
        for c, text in enumerate(sheet.header):
            ws.write_string(r, c, text, fmt["head"])
        r += 1
    first_row = r
    for values in sheet.rows:
        _row(ws, r, values, fmt["cell"], fmt)
        r += 1
    for column, a, b in sheet.down:
        ws.merge_range(first_row + a, column, first_row + b, column, sheet.rows[a][column], fmt["cell"])
    for line in sheet.below:
        if len(line) == 1:
            ws.merge_range(r, 0, r, width - 1, line[0])
        else:
            _row(ws, r, line, None, fmt)
        r += 1
    ws.set_column(0, width - 1, 16)


def _row(ws, r: int, values: list[object], cell, fmt: dict) -> None:
    framed = cell is not None
    for c, v in enumerate(values):
        if v is None:
            if framed:
                ws.write_blank(r, c, None, cell)
            continue
        if isinstance(v, datetime):
            ws.write_datetime(r, c, v, fmt["stamp"] if framed else None)
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), fmt["day"] if framed else None)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, cell)
        elif v == "":
            if framed:
                ws.write_blank(r, c, None, cell)
        else:
            ws.write_string(r, c, v, cell)


def convert(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way a WPS/Office user's older copy comes out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .et and .doc returns")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(Path(tmp) / source.with_suffix(f".{suffix}").name, target)
    return target


def write_csv_gbk(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COMPLAINTS_HEADER)
    writer.writerows(COMPLAINTS)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 16, bold: bool = False, font: str = "方正小标宋简体"):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _table(doc, header: list[str], rows: list[list[str]], merges, title_row: str | None = None):
    extra = 1 if title_row else 0
    table = doc.add_table(rows=len(rows) + 1 + extra, cols=len(header))
    table.style = "Table Grid"
    if title_row:
        top = table.cell(0, 0).merge(table.cell(0, len(header) - 1))
        _east_asian(top.paragraphs[0].add_run(title_row), "黑体", 14, True)
        top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c, text in enumerate(header):
        _east_asian(table.cell(extra, c).paragraphs[0].add_run(text), "黑体", 10.5, True)
    merged = {(a + i, col) for col, a, b in merges for i in range(1, b - a + 1)}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in merged or not text:
                continue
            _east_asian(table.cell(r + 1 + extra, c).paragraphs[0].add_run(text), size=10.5)
    for col, a, b in merges:
        table.cell(a + 1 + extra, col).merge(table.cell(b + 1 + extra, col))
    return table


def _docx_base() -> Document:
    doc = Document()
    props = doc.core_properties
    props.author = "Administrator"
    props.created = CREATED
    props.modified = CREATED
    props.last_modified_by = "Administrator"
    return doc


def write_proposals(path: Path) -> Path:
    doc = _docx_base()
    _paragraph(doc, "政协濮阳市第九届委员会第三次会议提案办理情况汇总表", 18)
    _paragraph(doc, "（截至2024年7月31日）", 14, font="楷体_GB2312")
    _table(doc, PROPOSAL_HEADER, PROPOSALS, PROPOSAL_MERGES)
    doc.add_paragraph()
    _paragraph(doc, "办复情况统计", 14, font="黑体")
    _table(doc, ["办复情况", "件数"], [["已办复", "3"], ["正在办理", "2"], ["合计", "5"]], [])
    p = doc.add_paragraph()
    _east_asian(p.add_run("市政府督查局  2024年7月31日"))
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return _save_fixed(doc, path)


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def write_supervision(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "市政府督办事项落实情况表（7月）.docx"
        doc = _docx_base()
        _paragraph(doc, "关于报送市政府督办事项落实情况的函", 18)
        p = doc.add_paragraph()
        _east_asian(
            p.add_run("市政府督查局：现将我市2024年6月以来市政府督办事项落实情况报告如下，详见附表。"),
            size=14,
        )
        _table(doc, SUPERVISION_HEADER, SUPERVISION, [], title_row="市政府督办事项落实情况表（2024年7月）")
        p = doc.add_paragraph()
        _east_asian(p.add_run("填表人：周丽    联系电话：0393-8776655    2024年7月30日"))
        doc.save(str(docx))
        convert(docx, "doc", path)
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_zip(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, sheet in APPEALS.items():
            member = write_book(Path(tmp) / "member.xlsx", [sheet])
            info = _GbkName(name, date_time=(2024, 7, 30, 17, 45, 10))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


def build() -> list[Path]:
    out = [
        write_book(HERE / "市安监局隐患排查治理台账（2024年7月）.xlsx", [HAZARD]),
        write_book(HERE / "公用企业服务质量检查问题整改情况表.xlsx", [INSPECTION]),
        write_csv_gbk(HERE / "民意网转办件导出_20240731.csv"),
        write_proposals(HERE / "政协提案办理情况汇总表.docx"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        book = write_book(Path(tmp) / "2024年度民生实事项目进展情况表.xlsx", [LIVELIHOOD])
        xls = convert(book, "xls", Path(tmp) / "converted.xls")
        target = HERE / "2024年度民生实事项目进展情况表.et"
        shutil.copyfile(xls, target)
        out.append(target)
    out += [
        write_supervision(HERE / "市政府督办事项落实情况表（7月）.doc"),
        write_book(HERE / "督察交办信访件办理及销号核查情况表.xlsx", [PETITION]),
        write_book(HERE / "环保督察反馈问题整改验收销号台账.xlsx", [ENVIRONMENT]),
        write_book(HERE / "企业诉求办理台账（营商环境）.xlsx", [BUSINESS]),
        write_zip(HERE / "诉求件办理情况反馈（三家单位）.zip"),
        write_book(HERE / "市建委巡察及审计整改台账.xlsx", [INSPECTION_TOUR, AUDIT]),
        write_book(
            HERE / "人大代表建议办理情况（各承办单位）.xlsx",
            [
                Sheet(
                    name=unit,
                    header=MOTION_HEADER,
                    rows=rows,
                    above=[[f"市十届人大三次会议代表建议办理情况（{unit}）"]],
                )
                for unit, rows in MOTIONS.items()
            ],
        ),
        write_book(HERE / "办不成事反映窗口问题台账（7月）.xlsx", [WINDOW]),
    ]
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)
