"""The ledger's vocabulary: header aliases, status words, the unit directory (columns: model.py).

Data, not logic: every table here is what a clerk would recognise from the returns. A clerk
extends the unit directory by editing 单位名录.csv (see ``load_units``); the other tables change
with the code, because tests pin their behaviour.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..model import Col

# A sheet is a ledger if it has 问题描述 (by header or by its cells); a row is an item if it says
# something under a ledger header. A sheet without 整改状态 is still read (an office's own 问题交办
# 清单 is where a ledger starts): its status comes from any other signal, or its items count as
# 未填报进展.
REQUIRED: tuple[str, ...] = (Col.DESCRIPTION,)
# Columns recognised but not kept as their own canonical column: 序号 is a row counter, 填报单位 as a
# column names the reporting unit of each row.
SEQ, REPORTER = "_序号", "_填报单位"

# Header spellings seen in returns, after ``clean_header`` (no spaces, no brackets, no 必填 marks).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    Col.ID: ("问题编号", "问题序号", "台账编号", "问题id", "id"),
    Col.UNIT: (
        "责任单位",
        "整改责任单位",
        "牵头单位",
        "牵头责任单位",
        "主责单位",
        "承办单位",
        "主办单位",
        "单位名称",
        "单位",
    ),
    Col.SOURCE: ("问题来源", "来源", "发现途径", "问题出处", "体验活动"),
    Col.CATEGORY: ("问题类别", "问题类型", "类别", "类型", "问题分类"),
    Col.DESCRIPTION: (
        "问题描述",
        "存在问题",
        "反馈问题",
        "隐患问题描述",
        "问题内容",
        "具体问题",
        "问题清单",
        "发现问题",
        "主要问题",
        "问题",
    ),
    Col.FOUND: ("发现时间", "发现日期", "体验时间", "交办时间", "交办日期", "体验日期"),
    Col.MEASURES: ("整改措施", "整改要求", "整改举措", "整改方案", "措施"),
    Col.DEADLINE: ("整改时限", "完成时限", "整改期限", "化解时限", "时限", "计划完成时间", "办结时限"),
    Col.STATUS: (
        "整改状态",
        "当前状态",
        "完成情况",
        "整改情况",
        "整治情况",  # (隐患整治情况: how far the 整治, the campaign's word for 整改, got)
        "整改结果",
        "状态",
        "是否完成",
        "是否整改到位",
    ),
    Col.DONE_ON: (
        "完成时间",
        "整改完成日期",
        "整改完成时间",
        "办结时间",
        "实际完成时间",
        "完成日期",
        "销号时间",
        "销号日期",
        "销账时间",  # (建账、对账、销账: the item's account closed)
        "销账日期",
    ),
    Col.OWNER: ("责任人", "具体责任人", "联系人", "经办人"),
    Col.LEADER: ("责任领导", "分管领导", "包案领导", "牵头领导"),
    Col.PROGRESS: (
        "整改进展",
        "进展情况",
        "工作进展",
        "推进情况",
        "整改进展情况",
        "进展",
        "工作动态",
        "对账情况",  # (建账、对账、销账: how far the item got when its account was checked with the unit)
    ),
    Col.CLOSEOUT: (
        "销号情况",
        "是否销号",
        "销号",
        "整改结果认定",
        "整改认定",
        "认定结果",
        "结果认定",
        "认定意见",
    ),
    Col.REMARK: ("备注", "说明", "其他"),
    SEQ: ("序号", "序", "no", "编号"),  # 编号 alone is how units number their rows
    REPORTER: ("填报单位",),
    # 责任部门 is read as 责任单位 when its cells name units (市直部门 in a city-wide list) and as an
    # internal department when they do not (办公室, 财务科 in one unit's own return).
    Col.DEPARTMENT: ("责任部门", "责任科室", "责任股室", "承办科室", "责任处室", "具体承办科室"),
}

# Recognised in a header cell only when the whole cell is this word; too generic to look for inside.
GENERIC_ALIASES = {
    "问题",
    "单位",
    "说明",
    "其他",
    "id",
    "no",
    "序",
    "措施",
    "进展",
    "销号",
    "来源",
    "类别",
    "类型",
}

# Role words: a header that is no alias is read by what it names, the way a person reads "办结情况"
# or "隐患所在单位". A Chinese header names its subject last (…时间, …单位, …内容, …情况) and says
# whose or which one first (要求办结时间 is a deadline, 答复时间 a completion date, 检查单位 the
# inspector's, not the unit responsible). Rules are tried in order on the cleaned header (at most
# ROLE_MAX_LEN characters, so sentences and titles never match); the first that matches wins. A rule
# for KEPT names a column the ledger does not take: it stays under its own header, and no later
# rule (nor a guess from its cells) reads it as a ledger column.
ROLE_MAX_LEN = 14
KEPT = ""
EVENT = r"(交办|签发|责令(?:限期)?(?:整改|改正)|移交|下达|受理|转办|督办|抽查|抽检|登记|来电|来信|留言|诉求|投诉|举报|求助|咨询|报修|送达|发现|督察|督查|督导|暗访|检查|巡查|巡察|巡视|审计|体验|反映|录入|派单|派发|派遣|分派|分拨|指派|立案|提出|签收|下发|接收|收到|收件|收信|收文|来函|来件|来文|上报|创建|建单|排查|提交|交件|发起|申请|信访|来访|接访|填报|报送)"
OTHER_PARTY = (
    r"^(检查|抽查|抽检|执法|督查|督察|巡查|巡察|巡视|暗访|审计|督办|发起|交办|转办|派单|派发|提出|提议|提建议|提案|建议|反映|投诉|举报|来电|来信|来访|发现"
    r"|协办|配合|参与|会办|领衔|联名|附议|录入|登记|上报|来文|来件|来函|批转|发文|主送|抄送|信访|申请|诉求)"
)
# The sender's own sections, each answering for its items (责任股所, 责任所（股）, 监管科室, 责任股室, 责任站所).
OWN_SECTIONS = re.compile(
    r"^(责任|监管|承办|包保|牵头|主责)(股|所|科|室|处|站所|股所|所股|科室|股室|所股室|处室|部门|队|中队|分局|内设机构)$"
)
# A county, district, town or street named bare (华龙区, 城关镇, 胜利路街道) stands for its government.
BARE_PLACE = re.compile(
    r"^(?!\S*(开发|高新|示范|景|园|社|小|城|片|库|新|校|厂|矿|林|风|保护|功能|试验|实验|自贸|综合)区$)"
    r"(\S{1,3}(县|区)|\S{2,6}(镇|乡))$|^\S{2,8}街道$"
)
PLACE_GOVERNMENT = re.compile(r"^(\S{2,8})政府$")
# What stands before a town's office in its full name: the city (濮阳市), the county or district (范县, 华龙区).
CITY_HEAD = r"[^\s\W\d]{2,3}市"
COUNTY_HEAD = r"[^\s\W\d]{1,3}(?:县|区)"


def place_office(name: str) -> str:
    """The fullest name of a place's office: 华龙区 → 华龙区人民政府, 胜利路街道 → 胜利路街道办事处."""
    if (m := PLACE_GOVERNMENT.match(name)) and BARE_PLACE.match(m.group(1)):
        return m.group(1) + "人民政府"  # 华龙区政府
    if not BARE_PLACE.match(name):
        return name
    return name + ("办事处" if name.endswith("街道") else "人民政府")


# A column naming the premises checked (门店名称, 市场名称, 加油站名称, 矿山名称): they put it right.
PREMISES = (
    r"(场所|商户|店铺|门店|门市|门市部|网点|经营户|经营者|机构|药店|诊所)(名称)?$"
    r"|^\S{0,3}(市场|商场|超市|酒店|宾馆|饭店|餐馆|加油站|加气站|养老院|敬老院|幼儿园|工地|矿山|矿井|煤矿|尾矿库"
    r"|工厂|码头|客运站|网吧|网咖|歌厅|歌舞厅|KTV|影院|电影院|书店|书社|旅行社|游泳馆|场馆|民宿|农家乐|药房|驾校|店"
    r"|博物馆|纪念馆|图书馆|文化馆|体育馆|俱乐部|文保单位|文物保护单位)(名称)?$"
)
HEADER_ROLES: tuple[tuple[str, str], ...] = (
    (SEQ, r"^(序号|序列|顺序号|排序)$"),
    # dates: a deadline, a completion date, an event (交办, 受理, 检查 …) — and any other date is kept
    (
        Col.DEADLINE,
        r"(时限|期限|截止|时间节点|(?<!当前)节点(?!\S{0,4}(推进|进展|情况|目标|任务))|计划完成|要求完成|应完成|办理期限|完成时间要求|限办|限期|承诺完成|预计完成"
        r"|规定完成|要求办结|应办结|计划办结|要求整改|办理时长|计划工期完工|计划竣工|计划完工)"
        r"|^(最晚|最迟|限定|要求|规定|计划|预计|应当?|拟|承诺|约定|目标)(?!\S*(开工|开始|启动|开展))\S{0,6}(时间|日期)$"
        r"|^(整改|治理|处置|化解|整治)(时间|日期)$"  # the time given to put it right
        r"|^截至(时间|日期)$",  # 截至时间 of a system's event list: its 截止时间, misspelt
    ),
    (
        Col.DONE_ON,
        r"(实际完成|完成|办结|销号|完结|验收|整改到位|答复|回复|结案|办理完毕|处理完毕|解决|闭环|改正|纠正|批复"
        r"|办毕|消除|实际竣工|实际完工|处理)(反馈|上报|报告)?(时间|日期)$"  # (处理日期 of a complaint: when it was handled;
        # 完成反馈日期: when its completion was reported)
        r"|(复函|答复函|办复函)(送达)?(时间|日期)$",  # (复函送达日期 of a 提案: the day its answer reached the member)
    ),
    (Col.FOUND, EVENT + r"(时间|日期)$"),
    (KEPT, r"(时间|日期|年月|时段)$"),  # any other date: an event the table records, never the deadline
    # a leader's instruction on the item (阅文批示: 转濮阳县人民政府办理，请于8月19日前…): kept as written; it
    # names whom the item is handed to and by when (normalize reads both from it)
    (KEPT, r"批示(意见)?$"),
    (Col.ID, r"(编号|编码|工单号|单号|案件号|受理号|流水号|件号|批次号|代码|案号|建议号|提案号)$"),
    # the other party: who inspected, proposed, complained, assisted — never the unit responsible
    # (交办责任单位: the unit it was handed to, which answers for it)
    (
        KEPT,
        OTHER_PARTY
        + r"(?!责任|承办|主办|整改)\S{0,4}(单位|部门|机关|机构|主体|人|人员|姓名|电话|领导|组)(名称)?$",
    ),
    (
        KEPT,
        r"^(领衔|联名|附议)?(代表|委员|人大代表|政协委员|提案人|建议人|领衔人|来电人|来信人|投诉人|举报人|反映人|群众|申请人|当事人)"
        r"(姓名)?$|^(建房|违建|违法|占地|用地)(主体|人|户)(姓名)?$",  # 建房主体 | 村民刘某: who built it, not who rectifies
    ),
    (
        KEPT,
        r"(检查|督查|督察|巡察|巡视|督导|暗访)组$|(核查|核实|验收|检查|复查|复核|审核|巡查)(人|人员|科室|股室)$|督学$",
    ),
    # the office that follows the work up (属地跟踪督查 / 督查责任单位, 属地督促单位): it chases, the one
    # checked puts it right
    (KEPT, r"(?<![被受])(督查|督促|督导|跟踪)(责任)?(单位|部门)$"),
    (
        KEPT,
        r"(?<![及和与、])(部位|位置|地点|地址|点位|场所|所在地|坐标|门牌|路段|点段|地段)$|^(检查|督查|巡查|巡察|暗访)(区域|范围)$"
        r"|^是否(存在|发现|有|属于)\S{0,2}(问题|隐患|风险|违规|违法|异常)$"  # 是否存在隐患: a checklist's answer
        r"|^(是否)?(逾期|超期|超时)$"  # 逾期 是/否: whether late, not whether done
        r"|^(是否|需否)(需要|需)\S{1,6}$"  # 是否需要复核: whether a check is needed, not its verdict
        r"|^(是否)?(签收|接收|接单)(情况|状态)?$"  # 签收情况 | 已签收: the ticket reached the unit, no more
        r"|^调查(单位|对象)(名称)?$"  # a survey's respondents (一套表调查单位), not who puts it right
        r"|^是否(反弹|复发|回潮|反复|新增)$"  # whether it came back, not whether it was done
        r"|^是否(当场|现场|立即|立行立改)(整改|处置|处理|改正)?$"  # how it was put right, not whether
        r"|^(整改|处置|处理)(方式|类型|形式)$"  # 整改方式 | 立行立改, 限期整改: how, not how far
        r"|^\S{0,6}?(是否|有无)(规范|超时|超期|合规|达标|齐全|完整|有效|符合|违规|异常|重复)$"  # 会诊单是否规范: a checklist's answer
        r"|^是否(?!已?(拆除|整改|完成|办结|到位|解决|清理|清除|关闭|取缔|修复|更换|落实|处置|处理|办理|销号|结案|答复|回复|反馈"
        r"|恢复|关停|停业|改正|闭合|闭环|验收|复查|复核|息访|息诉|停访|化解|案结事了|达到?序时|按期|按时|如期|逾期|超期))\S{1,10}$"
        # 是否重大隐患, 是否挂牌督办: a yes/no about the item itself, not whether the work is done
        r"|^(电话)?回访(情况|结果|意见|评价|状态)?$|^(群众|企业|评价人)?满意(度|率)(测评|调查|评价)?$"  # asked afterwards
        r"|(文书|文号|决定书|通知书|指令书)(名称|编号|类型|种类)?$",  # 处置文书 | 整改通知单: the paper issued
    ),  # where, not what
    # what has been done (已采取的整改措施, 已开展工作): the progress, not the measures planned
    (Col.PROGRESS, r"^(已采取|已落实|已开展|已完成|已实施|已做)的?\S{0,6}(措施|工作|举措|情况)$"),
    (Col.PROGRESS, r"^(处理|处置|办理|答复|回复)内容$|(改进|整改|落实|处理)记录$"),  # what was done about it
    (
        Col.PROGRESS,
        r"(单位|部门|科室)(反馈|回复|答复|自评)(情况|意见|内容)?$",
    ),  # 承办单位反馈: what it said it did
    (Col.OWNER, r"(责任人|联系人|经办人|承办人|具体负责人|负责人)(姓名)?(及?电话|及?联系方式)?$"),
    (Col.LEADER, r"(领导|分管)(姓名)?$"),
    (
        Col.UNIT,
        r"(单位|部门|主体|属地|镇街|乡镇|街道|县市区|县区|责任区|区域|企业|公司)(名称)?$|^(责任|整改|被督导|被检查|被督查)?(学校|医院|幼儿园)(名称)?$|"
        + PREMISES  # the place checked fixes it
        + r"|^(行业)?(协会|商会|学会|社会组织|社团|合作社)(协会|商会)?(名称)?$"  # 协会商会名称: the association checked fixes its own
        r"|^被?(检查|督查|抽查|巡查|排查)对象(名称)?$|^被检查(单位|场所)(名称)?$"
        r"|^(责任|承办|主办|牵头|所属|所在)?(县|区|县市|市县|乡|镇)$"  # 责任县（区）: the county's government
        r"|^(责任|承办|牵头)(社区|村|村居|村社区|居委会|村委会)$"  # 责任社区 of a street's own list (所属社区: where)
        r"|^(村委会|村民委员会|居委会|居民委员会|村（居）委会|村\(居\)委会)(名称)?$"  # 村委会 | 前张村委会: a village's own body
        r"|^(网约车|运营|经营)?平台(公司|企业)?名称$"  # 平台名称 of a ride-hailing complaint list: the company complained of
        r"|^(所属|主管)\S{0,4}机关$"  # 所属税务机关: the office the taxpayer answers to handles its task
        r"|^(复查|复核)(（复核）|（复查）|\(复核\)|\(复查\))?机关$",  # 复查（复核）机关 of a petition: it answers now
    ),
    (
        Col.CLOSEOUT,
        r"(?<!办结)(验收|复查|复核|复检|复验|验证|销号|销账|摘牌|回头看|闭合|闭环)(情况|结果|意见|结论|状态)?$|^是否(闭合|闭环)|(核查|核验|核实|评估)(结论|结果)$|^是否(验收|销号|复查)"
        r"|(审核|验收|复查|复核|核查)是否(通过|合格)$|^效果(反馈|评价|评估|确认)",  # 效果反馈: the checker's verdict
    ),
    (
        Col.STATUS,
        r"(办结情况|是否办结|是否结案|结案情况|是否解决|办结销号|办理结果|处理结果|整改结果|完成情况|办结状态|办理状态|工单状态|整改状态|进度状态"
        r"|状态|是否完成|是否整改|办结|结案情况|(?<!风险)(?<!关键)(?<!重点)环节)$|^(流程|当前节点|当前流程)$"
        r"|^(进度|进展|推进|完成|办理)(评价|评定|档次|等次|等级)$"  # 进度评价: 已完成 | 序时推进 | 进度滞后
        r"|^(办理|处理|处置|整改|办结|工单|事件)状况$"  # 办理状况: 已办结 | 办理中 | 待处理
        r"|^(调解|化解|调处)结果$"  # 调解结果: 调解成功 | 正在调解
        r"|^(达到?)?序时(进度)?$"  # 序时进度 | 达序时, 滞后: against the schedule (是否达到序时进度 | 是: not done)
        r"|^是否(息访|息诉(罢访)?|停访|化解|案结事了)$|^息(访|诉)(情况|状态)$"  # a petition settled: 是否息访
        r"|^是否(处理|处置|办理)(完毕|完成|到位)?$",  # 是否处理 | 是, 处理中, 否: the state of an event
    ),
    (
        Col.MEASURES,
        r"(进度安排|时间安排|工作安排|计划安排|推进计划|工作计划|实施计划|时序进度|计划进度|进度计划|时间进度)$"
        r"|承诺(事项|内容|措施|事宜)?$",  # 答复承诺事项: what the answer promised, not what was done
    ),
    (
        Col.PROGRESS,
        r"(?<!被)(进展|进度|落实情况|推进情况|办理情况|处理情况|处置情况|整改情况|工作情况|开展情况|实施情况|执行情况|情况跟踪|回复|答复|反馈情况|解决情况"
        r"|调度情况"
        r"|整改成效|成效|(化解|调处|调解|稳控|包案)(工作)?情况)",  # 化解情况 of a petition: what was done
    ),
    (
        Col.DESCRIPTION,
        r"^(建议|提案|议案|诉求|反映|投诉|举报|来电|来信|信访|意见建议|群众诉求)(主要|具体|基本)?(内容|事项|标题|摘要|详情|事由|名称)?$"
        r"|案由$",
    ),
    (
        Col.DESCRIPTION,
        r"(题目|标题|主题|案由|事由)$|^(工程|项目|工程项目)(名称)?$",
    ),  # 建议题目, 工程名称: what the item is
    # what an inspector found and asked to be put right (督学整改意见, 督导意见, 排查情况): the item itself
    (
        Col.DESCRIPTION,
        r"^(督导|督学|督查|检查|评估|验收|考核)\S{0,2}(整改)?意见$|^(排查|检查|巡查|核查|督查|暗访)情况$"
        r"|^(反映|提出|选民|群众)的?(意见建议|意见和建议|建议|诉求)$"  # 反映意见建议 at a deputies' liaison station
        r"|^(主要|存在的?|发现的?)?(违法|违规|违法违规|失信)(行为|事实|情形)$"  # 违法行为, 失信行为: what was found
        r"|^(拖欠|欠薪|欠款)(情况|问题|事项|原因)$"  # 拖欠情况 of a wage-arrears ledger: the problem
        r"|^(预警|督办|通报|约谈|挂牌|问责|曝光|警示|亮牌|黄牌|红牌|处罚|列入\S{0,6})(原因|事由|理由|情形)$"  # why it was flagged
        r"|^(梗阻|堵点|卡点|症结|难点|梗阻问题)(原因|因素|所在)?$"  # what holds it up: the problem
        r"|^(实际|存在的?|主要|反映的?)?困难(问题|情况)?$"  # 实际困难 of a visit's record: the problem (诉求: what is asked)
        r"|^\S{1,6}情形$"  # “僵尸”情形, 违规情形: the condition it was found in, i.e. the problem
        r"|^(评价留言|差评(原因|理由))$"  # a 好差评 差评's own words: what was wrong (不满意原因 of a survey is not)
        r"|^重点(工作|任务)(事项|内容|名称)?$",  # a key-work list's work: what is tracked
    ),
    (
        Col.MEASURES,
        r"(措施|举措|要求|任务清单|审计意见|审计建议|处理意见|整改意见|工作意见|建议|办法|方案|目标|思路|任务分解"
        r"|^(结果|问题|违法行为|违规行为|监督|督办|督查|纠错)处理|^处理(方式|措施)$)",  # 结果处理: 书面责令限期改正，限期至…
    ),
    (Col.SOURCE, r"(来源|渠道|途径|出处|批次)$"),
    (Col.CATEGORY, r"(类别|类型|分类|领域|性质|种类|级别)$"),
    (
        Col.DESCRIPTION,
        r"(问题|线索|诉求|事项|任务|项目|群众反映|反映内容|反映问题|反馈意见|巡察意见|投诉|举报|内容|描述|具体表现"
        r"|表现形式|基本情况|隐患|差评|^(来信|来电|评价|信访)原文$)",  # (【差评原文】“…”: what the one who rated wrote)
    ),
    (
        Col.UNIT,
        r"(单位|部门|主体|属地|行政区域|区域|县市区|乡镇|街道|承办|主办|牵头)"
        r"|^被(巡察|巡视|审计|督查|检查)(党组织|党组|党委|党总支|党支部)(名称)?$",  # the one inspected rectifies
    ),
    (Col.PROGRESS, r"(详细|情况|进展|完成情况|自评|落实|办理|整改)说明$"),  # 详细说明: what was done
    (Col.REMARK, r"^(备注|附注|说明)"),
)
# The rules up to here (dates, and the other party's columns) win over an alias found inside the
# header (要求办结时间 holds 办结时间, 检查单位 holds 单位): they read the words that change its meaning.
FIRST_ROLES = next(k for k, (column, _) in enumerate(HEADER_ROLES) if column == Col.OWNER)
HEADER_ROLE_PATTERNS = tuple((column, re.compile(rx)) for column, rx in HEADER_ROLES)
ANY_ROLE = re.compile(
    "|".join(f"(?:{rx})" for _, rx in HEADER_ROLES)
)  # one pass for the cells that are no header


# A code legend (完成情况代码：1-待接收 2-正常推进 … 6-完成; 状态 0新建 1已改正 2待审核): three codes at least.
LEGEND_PAIR = re.compile(
    r"(?<![\d.])(\d{1,2})\s*[-—－:：、.=．]?\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,11})"
)


def read_legend(text: str) -> tuple[int, dict[str, str]] | None:
    """(where the legend starts, code -> word) of a text holding a code legend, or None."""
    pairs = list(LEGEND_PAIR.finditer(text))
    if len(pairs) < 3 or len({m.group(1) for m in pairs}) < 3:
        return None
    return pairs[0].start(), {m.group(1): m.group(2) for m in pairs}


HINT = re.compile(r"[（(][^）)]*[）)]")
SPACING = re.compile(r"[\s*＊:：、/／\\“”\"‘’「」『』]+")  # (and quotes: “回头看”情况)


@lru_cache(maxsize=16384)
def clean_header(text: object) -> str:
    """A header cell as comparable text: no whitespace, brackets, hints or required marks."""
    s = str(text or "")
    s = HINT.sub("", s)  # （必填）(YYYY-MM-DD) 〔单位〕 hints
    s = SPACING.sub("", s)
    return s.lower()


def lower_header(header: str) -> str:
    """The words of a two-row header's lower cell (受理情况 / 受理日期 → 受理日期), as clean_header gives them; a
    one-row header's own."""
    return clean_header(header.rpartition(" / ")[2])


HEADER_LOOKUP: dict[str, str] = {
    clean_header(alias): column for column, aliases in HEADER_ALIASES.items() for alias in aliases
}
# Longest aliases first, so that "完成时限" wins over "时限" when a header merely contains them.
HEADER_CONTAINS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((a, c) for a, c in HEADER_LOOKUP.items() if len(a) >= 2 and not c.startswith("_")),
        key=lambda pair: -len(pair[0]),
    )
)

# ---------------------------------------------------------------------------------------------
# Status: four canonical states; the unit's own words are always kept next to them.
DONE, IN_PROGRESS, NOT_STARTED, LONG_TERM = "done", "in_progress", "not_started", "long_term"
STATES: tuple[str, ...] = (DONE, IN_PROGRESS, NOT_STARTED, LONG_TERM)
STATE_LABELS: dict[str, str] = {
    DONE: "已完成",
    IN_PROGRESS: "整改中",
    NOT_STARTED: "未整改",
    LONG_TERM: "长期坚持",
}

STATUS_WORDS: dict[str, str] = {
    # done; 销号 means done and verified, reported separately by ``VERIFIED_WORDS``
    "已办结销号": DONE,
    "审核通过": DONE,  # a system's record states (0新建 1已改正 2待审核 3审核通过 4审核失败)
    "审核失败": IN_PROGRESS,
    "审核不通过": IN_PROGRESS,
    "审核中": IN_PROGRESS,
    "新建": NOT_STARTED,
    "待接收": NOT_STARTED,
    "待签收": NOT_STARTED,  # a 工单's 流程: not yet taken on (代签收 as some systems write it)
    "代签收": NOT_STARTED,
    "待反馈": IN_PROGRESS,  # a complaint taken on, its answer still to come (待受理, 待处理: not taken on)
    "待回复": IN_PROGRESS,
    "延时申请": IN_PROGRESS,
    "延期申请": IN_PROGRESS,
    "办结销号": DONE,
    "已结案": DONE,
    "已完结": DONE,
    "完结": DONE,
    "结案": DONE,
    "已落实": DONE,
    "已处理": DONE,
    "已处置": DONE,
    "已整改完毕": DONE,
    "整改完毕": DONE,
    "已整改完成": DONE,
    "已完成": DONE,
    "完成": DONE,
    "已整改": DONE,
    "完成整改": DONE,
    "已完成整改": DONE,
    "整改完成": DONE,
    "已办结": DONE,
    "办结": DONE,
    "已解决": DONE,
    "已整改到位": DONE,
    "整改到位": DONE,
    "已整改销号": DONE,
    "已销号": DONE,
    "销号": DONE,
    "是": DONE,
    "√": DONE,  # a tick in a 是否完成 column
    "✓": DONE,
    "✔": DONE,
    "立行立改": DONE,
    "已立行立改": DONE,
    # in progress; 基本完成 is NOT done in published rates
    "正在整改": IN_PROGRESS,
    "整改中": IN_PROGRESS,
    "持续整改": IN_PROGRESS,
    "正在办理": IN_PROGRESS,
    "办理中": IN_PROGRESS,
    "按序时推进": IN_PROGRESS,
    "序时推进": IN_PROGRESS,
    "达进度": IN_PROGRESS,  # on schedule (of a year's task): under way, not done
    "进度较快": IN_PROGRESS,
    "进展较快": IN_PROGRESS,
    "进度正常": IN_PROGRESS,
    "超进度": IN_PROGRESS,
    "达到进度": IN_PROGRESS,
    "部分整改": IN_PROGRESS,
    "基本完成": IN_PROGRESS,
    "推进中": IN_PROGRESS,
    "阶段性办结": IN_PROGRESS,
    "阶段性完成": IN_PROGRESS,
    "持续推进": IN_PROGRESS,
    "正在推进": IN_PROGRESS,
    "整改推进中": IN_PROGRESS,
    "未办结": NOT_STARTED,
    "未落实": NOT_STARTED,
    "申请延期": IN_PROGRESS,
    "已申请延期": IN_PROGRESS,
    "延期": IN_PROGRESS,
    "转办": IN_PROGRESS,  # handed on to another office: open
    "已转办": IN_PROGRESS,
    "转交": IN_PROGRESS,
    "挂起": IN_PROGRESS,  # put on hold, still open
    "暂挂": IN_PROGRESS,
    # not done
    "未整改": NOT_STARTED,
    "未启动": NOT_STARTED,
    "未完成": NOT_STARTED,
    "进展滞后": NOT_STARTED,
    "尚未整改": NOT_STARTED,
    "未开始": NOT_STARTED,
    "否": NOT_STARTED,
    "×": NOT_STARTED,
    "✗": NOT_STARTED,
    "✘": NOT_STARTED,
    # long-term
    "长期坚持": LONG_TERM,
    "立行立改长期坚持": LONG_TERM,
    "长期": LONG_TERM,
    "持续推进长期坚持": LONG_TERM,
    "常态化推进": LONG_TERM,
}
VERIFIED_WORDS: tuple[str, ...] = ("已整改销号", "已销号", "销号", "已办结销号", "办结销号")
# The label of items whose return has no status column at all (a 问题交办清单): counted as not
# done, shown apart so the clerk sees the unit never reported progress.
UNREPORTED_LABEL = "未填报进展"
# The unit of an item whose return names none (no column, no 填报单位, no file or sheet name).
UNKNOWN_UNIT = "未明确责任单位"
EXTENSION_WORDS: tuple[str, ...] = ("申请延期", "已申请延期", "延期")
# The drop-down of 整改状态: in the master (a clerk also marks 已销号) and in a return sent to a unit.
STATUS_CHOICES: tuple[str, ...] = ("已完成", "已销号", "整改中", "未整改", "长期坚持", "申请延期")
RETURN_STATUS_CHOICES: tuple[str, ...] = ("已完成", "正在整改", "未整改", "长期坚持", "申请延期")


@dataclass(frozen=True)
class Vocabulary:
    """What a clerk taught the tool in the settings: 列对照 (a header as written -> a canonical
    column, for every unit or for one) and status words of the office's own. Hashable, so the
    parsers can cache by it."""

    columns: tuple[tuple[str, str, str], ...] = ()  # (unit or "", header as written, column or 原样保留)
    statuses: tuple[tuple[str, str], ...] = ()  # (word or phrase, state)
    # 文件设置: how one file (or one sheet of it) is read — (file, sheet or "", unit or "", header row or 0)
    files: tuple[tuple[str, str, str, int], ...] = ()

    def file_rule(self, file: str, sheet: str) -> tuple[str, int]:
        """(unit, header row) the clerk fixed for a file's sheet: an entry for the sheet before one
        for the whole file; a file is named as in 来源文件 or by its own name (a zip's member)."""
        base = file.rsplit("/", 1)[-1]
        found = [f for f in self.files if f[0] in (file, base) and f[1] in ("", sheet)]
        unit, row = "", 0
        for _, _, said, header_row in sorted(found, key=lambda f: bool(f[1])):  # the sheet's own last
            unit, row = said or unit, header_row or row
        return unit, row


# ---------------------------------------------------------------------------------------------
# Units
@dataclass(frozen=True)
class Unit:
    name: str  # 全称, the canonical name
    code: str  # short ASCII code, used for problem IDs
    aliases: tuple[str, ...] = ()
    former: tuple[str, ...] = ()  # 曾用名: names before institutional reform (市卫计委, 市环保局)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way a return may name the unit: its name, short names, former names (a former name
        with and without the leading 市)."""
        former = [f for name in self.former for f in (name, name[1:] if name.startswith("市") else "") if f]
        return (self.name, *self.aliases, *former)


@dataclass
class UnitDirectory:
    """All known units and every way a return may spell them."""

    units: list[Unit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lookup: dict[str, Unit] = {}
        for unit in self.units:
            for spelling in unit.spellings:
                self._lookup.setdefault(_unit_key(spelling), unit)
        # 濮阳市自来水有限责任公司 names the directory's 市自来水公司: a name whole, its registered form aside
        self._by_form: dict[str, Unit] = {}
        for key, unit in self._lookup.items():
            self._by_form.setdefault(LEGAL_FORM.sub("公司", key), unit)
        # Longest spellings first for finding a unit inside free text (a file name, a title).
        self._by_length = sorted(self._lookup.items(), key=lambda kv: -len(kv[0]))

    def resolve(self, text: object) -> Unit | None:
        """The unit a cell names exactly (ignoring spaces and a leading city name)."""
        key = _unit_key(text)
        if not key:
            return None
        found = self._lookup.get(key) or self._by_form.get(LEGAL_FORM.sub("公司", key))
        if found is None and len(key) >= 3 and not key.startswith(("市", "县", "区")):
            found = self._lookup.get("市" + key)  # 消防支队: the city's, written without 市
        return found

    def find_in(self, text: object) -> Unit | None:
        """The unit whose name or alias appears inside free text, longest spelling first."""
        key = _unit_key(text)
        if len(key) < 3:
            return None
        # Only spellings whose rarest three characters are in the text can be in it: a handful,
        # however many units the directory holds (a file, its title and its sheet are each looked
        # up, so testing every spelling made reading a province's returns quadratic).
        index = self._spellings_by_trigram
        candidates = sorted({k for i in range(len(key) - 2) for k in index.get(key[i : i + 3], ())})
        local: list[tuple[int, int]] = []  # where a county's own office was named (清丰县文化广电和旅游局)
        for k in candidates:
            spelling, unit = self._by_length[k]
            at = key.find(spelling)
            if at >= 0 and LOCAL.search(key[:at]):
                local.append((at, at + len(spelling)))
            elif at >= 0 and not any(a <= at and at + len(spelling) <= b for a, b in local):
                # (旅游局 inside the county's 文化广电和旅游局 is that office, not the city's)
                end = at + len(spelling)
                if BRANCH_AFTER.match(key, end):
                    continue  # 市公安局华龙分局: the bureau's branch, an office of its own
                if end < len(key):  # 市公安局交警支队: the 支队 of the 公安局, named right after it
                    for j in candidates:
                        part, inner = self._by_length[j]
                        if (
                            inner is not unit
                            and key.startswith(part, end)
                            and inner.name.startswith(unit.name)
                        ):
                            return inner
                return unit
        return None

    @cached_property
    def _spellings_by_trigram(self) -> dict[str, list[int]]:
        """Three characters of each spelling (of three or more) -> the positions in ``_by_length``
        of the spellings they were chosen for: each spelling under its rarest three characters."""
        grams = [{spelling[i : i + 3] for i in range(len(spelling) - 2)} for spelling, _ in self._by_length]
        shared = Counter(g for found in grams for g in found)
        index: dict[str, list[int]] = {}
        for k, found in enumerate(grams):
            if found:
                index.setdefault(min(found, key=lambda g: (shared[g], g)), []).append(k)
        return index

    def __len__(self) -> int:
        return len(self.units)


CITY_PREFIX = re.compile(r"^濮阳市")
# A branch named right after its parent (市公安局华龙分局, …银行濮阳分行): not the parent itself.
BRANCH_AFTER = re.compile(
    r"[^\s，,、；;（(）)]{1,6}?(分局|分行|支行|分公司|分院|分校|分中心)"
    r"|(?![市县区])[^\s，,、；;（(）)]{2,8}?(支队|大队)$"  # 市公安局出入境管理支队: a 支队 of the bureau, its own office
)
LEGAL_FORM = re.compile(
    r"(股份)?有限(责任)?公司"
)  # a company's registered form, which a short name leaves out
PARTY = re.compile(r"^中共(?=\S{3})")
PARTY_BODY = re.compile(r"(?<=[局委办院厅署])(党组|党委)$")
# A county, district, town or street right before a unit's name: its own office (清丰县卫健委, 城关镇
# 财政所), not the city's.
LOCAL = re.compile(
    r"(县|区|镇|乡|街道|办事处|社区|村)$|^\S{1,10}?(县|区|镇|乡|街道)(?!办)"
)  # 高新区建设环保局 too


def _unit_key(text: object) -> str:
    s = re.sub(r"\s+", "", str(text or ""))
    s = PARTY_BODY.sub("", PARTY.sub("", s))  # 中共濮阳市财政局党组: the bureau's Party group, the bureau's
    s = CITY_PREFIX.sub("市", s) if not s.startswith("国家") else s
    return s


def load_units(path: str | Path) -> UnitDirectory:
    """Read a unit directory CSV (UTF-8 with or without BOM): 单位全称, 简称 (、-separated), 单位代码,
    and, optionally, 曾用名 (、-separated names before institutional reform)."""
    units = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            name = (rec.get("单位全称") or "").strip()
            if not name:
                continue
            aliases, former = (
                tuple(a.strip() for a in re.split(r"[、,，;；]", rec.get(column) or "") if a.strip())
                for column in ("简称", "曾用名")
            )
            code = (rec.get("单位代码") or "").strip()
            units.append(Unit(name=name, code=code, aliases=aliases, former=former))
    return UnitDirectory(units)
