"""Progress as units report it: a status word, a status written as a sentence, a closure verdict.

Reading a status sentence the way a person does is ``parse_status``; which of a row's signals wins
when they disagree is ``settle_state`` (docs/statistics.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .cells import FACET_JOIN, as_text
from .dates import parse_date
from .schema import DONE, IN_PROGRESS, LONG_TERM, NOT_STARTED, STATUS_WORDS, VERIFIED_WORDS


@lru_cache(maxsize=8192)
def _status_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[（(\[【][^）)\]】]*[）)\]】]", "", text)  # 已完成（2024.6.15）, [已读]已办结
    return re.sub(r"[\s、，,。；;：:!！]+", "", text)


def parse_status(text: object, words: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The canonical state (done/in_progress/not_started/long_term) of a status word or a status
    written as a sentence, or None. ``words`` are the office's own (word, state) pairs, tried first.
    """
    return _parse_status(as_text(text), words)


# Reading a status sentence the way a person does. The sentence is cut into clauses; in each, what
# a negation or a time word says about something else is taken out first ("未发现反弹" says
# nothing about the item, "长效机制持续推进" is not the item's own progress, "预计9月底整改到位"
# is a plan). A clause that starts "目前/现已/截至…" gives the verdict; otherwise the first clause
# that says something about the item does, and a step done ("已完成设备采购") only when nothing
# else is said.
CLAUSES = re.compile(
    r"[，,。；;！!？?\n]+|(?<=[\u4e00-\u9fff])(?<!不)但(?=[\u4e00-\u9fff])"
)  # (未完成但达到序时进度: two)
FLAGS = re.compile(r"[\[【][^\]】]*[\]】]")
BRACKETED = re.compile(r"[（(]([^）)]+)[）)]")  # A类（已解决）; a [已读] flag says nothing of progress
VERDICT = re.compile(
    r"^(目前|现已|现在|现|截至目前|截止目前|截至\S{0,12}?日|截止\S{0,12}?日|当前|现阶段|至今|经复核|经核查)"
)
ITEM_VERDICT = re.compile(
    r"^(该|此|本)(项|条|个|件)?(任务|工作|问题|事项|项目|建议|提案|议案|诉求|案件|工单|信访件)"
)  # 该项任务已完成, 该建议已落实: on the whole item
STILL_STOPPED = (
    r"(尚未|暂未|仍未|未)(复工|复产|复业|恢复(营业|生产|施工|经营))"  # 正在整改，尚未复工: the stop still on
)
NOT_ABOUT_ITEM = re.compile(
    r"(未发现|没有发现|未见|未再|未出现|未发生|无|杜绝|防止|避免)\S{0,6}?(反弹|复发|回潮|反复|新增|类似|同类|违规|投诉|问题)"
    r"|(超期|逾期|过期)未(检|检验|检测|年检)"  # (收缴超期未检气瓶214只: what the cylinders were, not the work)
    r"|" + STILL_STOPPED
)
SCOPE = re.compile(r"长效机制|长效管理|常态化|巩固|举一反三|持续抓好|久久为功|建章立制|整改成果|成果巩固")
# A share done: 100% is done, 0% not begun, anything between under way (完成进度65%).
ACTIVITY = re.compile(r"\d+\s*(次|人次|场|期|轮|批次)|第[一二三四五六七八九十\d]{1,3}(轮|次|批|期)")
# A first step of a project, even when finished (已完成选址, 招聘公告已发布, 已完成施工招标): the work
# it prepares is still to come. (已修改招标文件 puts a tender right: no first step.)
PREPARATION = re.compile(
    r"选址|立项|(?<!修改)(?<!修订)(?<!更正)招标|招聘公告|(发布|张贴)\S{0,6}(公告|通告)|(公告|通告)已?(发布|张贴)|可研|可行性研究|初步设计|设计方案|方案设计|施工图|征迁|摸底"
    r"|前期(手续|工作)|(整改|实施|工作|建设|改造|化解|处置|治理)方案"
    r"|方案(编制|制定)"  # 已完成清淤方案编制
    r"|(制定|制订|编制|拟定)\S{0,6}(计划|方案)"  # 已制定年度计划, 已制定演练方案: planned, not done
    r"|意愿征集|征集\S{0,4}意愿|征求\S{0,6}意见|入户(调查|摸排)"  # 完成住户意愿征集: before the work
    r"|测量放线|放线定位|勘测|勘察|踏勘"
    r"|方案已?确定|确定\S{0,8}方案"  # 修复方案已确定, 确定主管网接驳方案: the fix planned, not made
    r"|安排\S{0,6}参加\S{0,10}(培训|考试|考核)"  # 已安排2人参加消防设施操作员培训: the certificate is to come
    r"|方案已(制定|制订|编制|拟定|形成)|(培训|演练|考试|检测|验收)已?(安排|排定)"  # 方案已制定，培训已安排: to come
)
# A safeguard until the fix (落实应急度汛措施, 临时加固): the hazard kept safe, not put right.
INTERIM = re.compile(
    r"应急\S{0,4}措施|临时\S{0,4}(措施|加固|封堵|支护|管控|处置|修补)|先行(处置|封堵|管控)|垫平"
)  # (已垫平积水路段, 汛期后硬化: a patch until the fix)
COUNTED = re.compile(
    r"\d+\s*(个|所|处|户|家|件|项|条|座|台|人|批|万|亿|公里|米|km|部|盏|栋|套|辆|间|棵|吨|亩)"
)
FRACTION = re.compile(r"(\d{1,4})\s*[/／]\s*(\d{1,4})")
PERCENT = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*[%％]")
FUTURE = re.compile(
    r"预计|计划(?=于|在|\d|[一二三四五六七八九十]|第|年底|年内|月底|本月|下月|近期|明年|下半年|暑假|开学|[春夏秋冬]季|汛后)|力争|争取|将于|拟于|拟在|确保"
    r"|下一步|待\S{0,8}后|排定|排期|定于"
    r"|承诺\S{0,8}?(前|内|底)"  # 项目单位承诺年底前交房: a promise of what is still to come
    r"|拟(立案|处罚|实施|开展|启动|申报|安排|更换|改造|拆除|招标|采购)"  # 已现场核查，拟立案: the step to come
    # 开学后执行, 下月初执行: still to come
    r"|^(?!\S*已)(\S{1,6}后|下月|下周|下旬|近期|月底|年底|秋季|开学)\S{0,3}(执行|实施|施行|启用|开展|投用|投入使用|运行|开工|动工|安装)$"
    r"|^(计划|准备)\S{0,8}?(开工|动工|施工|实施|启动|完工|竣工|建成|安装|更换|投用|投入使用)"  # 计划暑期开工
)  # (a 年度计划 is a thing done, not a plan told)
# Part of it still to do, said in words (退还剩余卡费 is money paid back, not work left).
LEFT_TO_DO = r"(?<!退还)(?<!退回)(?<!返还)(其余|剩余)(?!\S{0,3}(费|款|金|资金|工资|余额))|尚有|还有\d|(?<![退返归])还剩|(尚|还|仍)(缺|差|欠)\d"
PARTIAL = re.compile(
    r"(?<!或)基本(完成|整改|达成|解决|化解|到位|落实|建成|办结|消除|实现)|(?<!全)部分|阶段性|初步|大部分|过半|(?<![\d.])\d{1,2}(\.\d+)?%|"
    + LEFT_TO_DO
    + r"|中的\d|仍有|仍存在|不彻底|试点"
    + r"|[一二三四五六七八九十]分之[一二三四五六七八九十]|一半|大半|多半"  # 已拆除棚体三分之二: a share of it
    + r"|首期|首批|第一期|第一批"  # 首期款项已支付: the first share
)
# A step that hands the item on or opens it, not one that closes it: 已移交, 已受理, 已立项, 已开工.
OPEN_STEP = re.compile(
    r"(已|已经)(移交|移送|转办|转派|转交|交办|签收|受理|接收|登记(?!销毁|注销)|上报|报送|提交|申请|立项|开工|启动|派单|分派|交由|转至|函请|请示|报请|报批|报审|报修|报名|开始|立案|送检|送修|送审|送样"
    r"|提请|商请|委托|聘请|约谈|联系|预约)|已提出\S{0,8}申请|已向\S{1,12}?(提交|报送|申请|申报|呈报|移交|函请|报请|反映|发函|去函|致函|催收|催缴)|已\S{1,10}?报名|已报\S{1,12}?(研究|审议|审定|审批|批复)"  # 已向市交警支队提交设置申请
    r"|已将\S{1,8}?(移交|移送|转交|转办|交办|交由|上报|报送|提交)"  # 已将案件移交公安机关: handed on
    r"|^已与\S{1,12}?(对接|沟通|协商|洽谈|联系)(?!\S*(一致|完成|完毕|到位|解决|达成|签订|处理|办结))"  # 已与县公安局对接接入方案: talks begun
    r"|已\S{0,6}?复工"  # 工程已于6月复工: the works go on again
    r"|已(上)?报(?![送备告])(?!\S{0,12}?备案)\S{1,8}?(科|股|室|处|部|办|中心|公司|单位|领导)"  # 已报设备科联系维保单位: passed on to fix
    r"|已将\S{1,12}?报\S{1,16}?(研究|审议|审定|审批|批复|处置|处理|决定)"  # 已将借用情况书面报区…研究处置
    r"|^有\S{0,4}(计划|方案)$"  # 有清偿计划: a plan is made, the rest is to come
    r"|已(停产|停业|停工)(整改|整顿)(?!\S*(到位|完毕|完成|合格|结束|期满))|已\S{0,4}?(订购|订货|下单|订做|定做)(?!\S*(安装|到位|完成|更换|投用|使用|调试))"  # the works stopped to put it right, the part ordered
    r"|(计划|方案|申请|请示|预算|报告|材料|资料)已(上报|报送|提交|报)|已报(县|市|区|省|上级)(?!\S{0,10}?备案)"
    # (更新计划已报县教育局: waiting for approval; 已报市商务局备案: filed, done)
    r"|已(上报|报送|提交|报)\S{0,6}?(采购|资金|预算|立项)?(计划|方案|申请|请示|预算)$"  # 目前已报采购计划: waiting for it
    r"|^\S{0,4}?(整改|实施|工作|演练|施工|改造|维修|建设|治理|培训|采购)(方案|计划)已(制定|制订|拟定|起草|编制|形成)$"  # 演练方案已制定: the work itself is to come (a plan the problem says is missing, 应急方案已制定, is the fix)
    r"|已(纳入|列入)\S{0,14}?(计划|规划|项目库|盘子|(整改|问题|隐患|任务|督办|销号|工作)(台账|清单))"  # 已纳入老旧管网改造计划: planned
    r"|^\S{0,6}?已(再次|重新|又)?(下达|下发|发出|送达|开具|制发|印发)\S{0,8}?(通知书?|整改单|告知书|决定书|督办单|函)$"  # an order sent, not yet obeyed
)
OVERDUE = re.compile(r"(逾期|超期|超时|过期)(未|$)|超过\S{0,4}(期限|时限)$")  # 该件已超过办理期限
# Waiting: for a check after the work (待验收) is under way; for someone to start (待办理) is not.
WAITING = re.compile(
    r"^待\S{0,6}?(验收|审核|审批|审查|审定|审议|签发|销号|结案|复查|复核|复检|复验|核查|确认|评估|办结|批复|检测|检验|鉴定)"
)
PENDING = re.compile(
    r"(?:\S待\S{0,2}|^待\S{0,6}?|\S待(?:县|市|区|上级|省)\S{0,4}?)(出具|办理|完成|落实|解决|审批|审核|验收|批复|确认|拨付|下达|实施|签订|开工|报批|报送|研究|协调|论证|更换|维修"
    r"|招聘|分配|调配|到位|到账|拨付到位"  # 待财政资金到位: the money still to come
    r"|修复|采购|安装|施工|拆除|核查|核实|复核|复查|检测|检验|鉴定|抽检|到货|供货|进场|取证|发证|出证|领证)"  # 已处置待核查: the check is to come
    r"|^(等待|等候|正等)\S{1,8}$"  # 等待出证: something still to come
    r"|(时间|日期|方案|结果|人选|地点|价格|费用)\S{0,2}待定"  # 考试时间待定: the step has not come
    r"|(结果|报告|结论|意见)\S{0,2}待(出|反馈|回复)"  # 复检结果待出
    # a decision still to be taken by a body (已入户核查，待村民代表会议评议): what becomes of it is not known
    r"|(?:^|[，,；;])\s*待\S{0,10}?(评议|审议|讨论|表决|裁决|仲裁|判决|开庭|决定)"
)
# Part of it still to do, said in words (not a rate reached: 利用率达到92%).
REMAINING = re.compile(LEFT_TO_DO + r"|另\d|仍有|仍存在|部分\S{0,4}(未|尚未|正在)")
# Slow or stalled: not done and not moving (推进缓慢, 进展滞后) — read before 推进 says under way.
STALLED = re.compile(
    r"(推进|进展|进度|工作)(缓慢|迟缓|滞后|停滞)|停滞不前|(滞后|落后)于\S{0,4}(序时|计划|进度)"
)
# What someone else did to the item, not work on it: a reminder is no step (逾期未办理，已电话催办).
# An order to put it right, given with a time (已责令限期整改, 已督促房东立即整改): the fix is still to come.
ORDERED = re.compile(
    r"^(已|已经)?\S{0,2}?(责令|督促|要求|通知)\S{0,8}?(限期|立即|尽快|按期|按时)\S{0,2}(整改|改正|纠正|清理|拆除|更换|处置)$"
)
# Help given to the one who must do it (已指导企业准备修复材料, 已协助当事人提交申请): their work still to come.
GUIDED = re.compile(
    r"^(?!\S*(完成|完毕|到位|办结|结束|已改正|已整改|全部|均))(已|已经)?(指导|帮助|协助|帮扶|引导|动员|督促)\S{0,10}?"
    r"(准备|提交|申请|补正|补充|完善|整改|修改|改正|办理)"
)
ORDER_NOTICE = re.compile(r"(限期|责令|整改|拆除|停工|停业|改正|处罚)\S{0,4}通知")
NOT_WORK = re.compile(
    r"(已|已经)?\S{0,4}(催办|催促|提醒|督办(?!事项|件|单|问题|任务)|(?<!下发|印发|制发)通知(?!书)|告知(?!书)|(?<!整改情况)通报(?!表扬))"
)  # (通知书 is an order; 该问题6月份已通报: the inspector's act, no work on it; 清理督办事项 is work on them;
# 已下发通知 to the schools is the handler's own step)
NOT_YET = re.compile(
    r"^待(办|办理|处理|处置|受理|签收|派单|分派|启动|整改|落实|审查|安装|施工|更换|维修|采购|应对)|^待\S{0,6}?(进场|开工)"
)
REST_DONE = re.compile(
    r"(未完成|未整改|剩余|其余)的?\S{0,6}?(均已|已全部|全部已)(完成|建成|整改|办结|到位|投入使用)"
)
NEGATED_DONE = re.compile(
    r"(未|尚未|没有|暂未|仍未|还未|未能|无法|不能|未按期|逾期未|(?<![做达])不(?:予|同意|准)?)(全部|完全|按期|如期)?(完成|整改|办结|到位|解决|销号|落实|结案|达成|实现"
    r"|落地|见效|通过)"
)
WHOLE_DONE = re.compile(
    # (业已 is "already"; 企业已 is 企业 + 已: the subject is the company)
    r"(已|均已|全部|已经|(?<![企物行农商专产就工营作创林渔牧事学职])业已|已于\S{0,14}?)(全部|重新|按要求|及时)?(完成整改|整改完成|整改到位|整改完毕|整改|办结|销号|结案|完结|解决|落实到位|处理完毕|办理完毕"
    r"|答复|回复|反馈|办理|化解|关闭|归档|闭环|验收|消除|办毕|完工|竣工|批复|核发|拆除|整治|修复|纠正|改正)"
    r"|(已全部|全部已|均已|已经全部)\S{1,8}$"
    r"|^(已)?(完成|办结|销号|解决|整改到位|整改完毕|整改完成|已完成)$"
    r"|(完成整改|整改完成|整改到位|整改完毕|已办结|已销号|已解决|已完成)$"
    r"|^(现已|已经|已)\S{1,4}到位$"  # 现已配发到位, 已安装到位: what was wanting is in place
    # 当场更换为合格气瓶: done there and then (现场整改 alone names a way of handling it)
    r"|^(当场|现场|当即)已?(整改(完毕|到位)|(更换|改正|纠正|清理|清除|拆除|移除|撤除|接通|关闭|收缴|没收)\S+)"
)
# A dispute settled by mediation (调解成功, 达成调解协议): the matter is closed.
SETTLED = re.compile(
    r"^(经)?(调解|化解|调处)成功|(?<![未没无])(达成|签订)\S{0,2}(调解|和解)协议"
    r"|^(本人|信访人|来访人|当事人|群众)?(已)?(息诉|息访)(罢访)?$"  # 本人息诉: the petitioner is satisfied
)
# It works again: 恢复正常, 已恢复使用, 7月5日重新取得许可证后恢复经营 (what was stopped for the fix
# reopened on a day told; 整改合格后恢复营业 with no day may be the order, not the event).
RESTORED = re.compile(
    r"恢复正常|(已|\d日\S{0,12}?后)恢复(使用|运行|供应|通行|供水|供电|供气|供暖|照明|亮灯|通车|畅通|经营|营业|生产|营运)"
)
STEP_DONE = re.compile(
    r"(已|已经|均已)\S{0,4}?(完成|建立|出台|制定|修订|开展|拆除|清理|关停|取缔|修复|更换|完善|安装|设立|开通|印发|落实"
    r"|起草|召开|约谈|部署|协调|对接|调研|督促|启动|排查|梳理|核查|责令|立案)"
)
IN_PROGRESS_WORDS = re.compile(
    r"正在|整改中|推进中|办理中|进行中|实施中|序时|推进|持续整改|加快|跟踪|延期|办理|处理中|协调中|调查中|核查中|^\S{1,6}中$"
    r"|在办|在建|施工(?!企业)|协调|继续|仍在|试行(?!正常|良好|顺利|平稳)|时序进度|一定进度|进度正常|前期(工作|勘查|勘察|准备|手续|调研|设计)"
    r"|(?<![未没无尚])(取得\S{0,5}进展|有所进展|有进展)|进展(顺利|良好|正常)"  # 取得一定进展: under way, not done
    r"|(报批|审批|审核|签发|走访|沟通|研究|核实|制定|修订|起草|评估|维修|清理|改造|对接|筹备|招标|采购|设计|编制|论证|公示"
    r"|谈判|落实|建设|整治|处置|调处|化解)中$"
    # a stage of a case (处置阶段: 调查取证, 性质认定, 立案侦查, 司法审理): being dealt with, not yet over
    r"|^(立案|司法)?(侦查|侦办|调查取证|性质认定|审查起诉|移送(审查)?起诉|提起公诉|审理)(阶段)?$"
)
# Sent back or done again: the item is open again, whatever was done before (退回重办, 回退).
NOT_DUE = re.compile(r"^(未到|不到|未至)\S{0,4}(期|时间|时限)$")
SENT_BACK_WORD = r"(被|予以|已被|遭)\S{0,4}退回|退回(\S{0,4}?(补正|补齐|补充|完善)|重办|重新|修改|整改|承办|办理|处理)"  # (退回重复收费 is a refund)
# A clause that opens with a day still to come, nothing said done (要求2024年8月31日前…, 10月底前…).
BY_DAY_AHEAD = (
    r"^(?!\S*已)(要求|须|应|限|确保|务必)?\S{0,8}?(\d{1,2}月(\d{1,2}日)?|年底|年末|月底|月末|\d{1,2}日|[上中下]旬)"
    r"(前|之前|以前)"
)
TIME_LIMIT = re.compile(
    r"^(请|限|须|要求|应|责令)?(于|在)?([^已\s]{1,12}?之日起)?\d{1,3}\s*个?(工作日|日|天|周|个月)(内|以内)[^已\s]{0,4}(办结|完成|整改|答复|办复)(到位|完毕)?$"
    # (请于本通知印发之日起10个工作日内完成: the time asked, counted from a day); 2024年年底前完成, 要求2024年8月31日前整改到位: the time given (已于7月10日前完成 is done)
    r"|" + BY_DAY_AHEAD + r"(全部|全面)?(完成|整改到位|整改完毕|办结|到位|整改|答复|解决)\S{0,4}$"
    r"|^\S{0,4}?(完成|整改|办结|办理|销号)(时限|期限)\s*(为|是|[:：])?\s*(\d|年底|月底|长期)"  # 完成时限2024年10月31日: the time given
)
# A time still to come for the work, told after a step (…，10月底前付清; …，8月20日前完成验收).
DUE_LATER = re.compile(
    BY_DAY_AHEAD + r"\S{0,4}?(完成|到位|办结|整改|解决|付清|清偿|支付|偿还|结清|拨付|退还|还清)\S{0,4}$"
)
# The one who complained or asked, satisfied (投诉人表示满意, 经回访群众满意): the matter is closed.
SATISFIED = re.compile(r"(表示|反馈|评价|回访|均|对\S{1,8})(非常|基本|比较)?(?<![不未])(满意|认可|无异议)$")
# 经验收合格, 已送检合格 (sent, and passed), 停业整顿期满复查合格: the check's verdict
CHECKED_FINE = re.compile(
    r"^经?\S{0,8}?(验收|复查|复核|核查|检查|复检|检定|检测|检验|校验|送检|送审)(合格|通过|达标)(后(复工|复产|恢复\S{0,4}))?$"
)  # (经复查合格后复工: passed, and back at work)
NO_RELAPSE = re.compile(r"^(经回头看)?(未|无|没有|未见|未发现)(反弹|复发|回潮|反复)(现象|情况)?$")
NO_ANSWER = re.compile(r"^[（(]?(未报送|未反馈|未上报|未填报|未填写|未报|未回复情况)[）)]?$")
REOPENED = re.compile(SENT_BACK_WORD + r"|回退|返工|不予认可|重办中|重新办理中|再次办理中")
# Sent back, then done (返工后已结案, 退回重办后已办结): closed — the sending back is past.
REDONE = re.compile(
    r"(返工|重办|重新办理|退回\S{0,6}?)后\S{0,6}?(?<![未没])(已|均已|现已)(结案|办结|完成|整改到位|整改完毕|整改|销号|处置完毕)"
)
RELAPSED = re.compile(r"又发现|再次发现|重新交办|又出现|再次出现|死灰复燃")
SENT_BACK = re.compile(
    SENT_BACK_WORD + r"|回退|不予认可|重办|重新答复"
)  # an answer refused (返工 may be the fix itself)
LONG_TERM_WORDS = re.compile(
    r"长期坚持|^长期$|长期(推进|开展|执行|保持|落实|抓|跟踪|巩固|整改|任务|工作|性|坚守|实施|管控|监管)|常态化推进|常态推进"
    r"|持续推进长期|^常态化(?!\S*机制)|长效(管护|保洁|管控)(?!\S{0,2}(机制|制度))"
)  # (部分展馆长期闭馆 is the problem, not work kept up)
NOT_STARTED_WORDS = re.compile(
    r"未启动|未开始|未开展|滞后|未整改|尚未|仍未|依然未|依旧未|还未|未落实|未办结|未完成|暂无进展|无进展|未见\S{0,4}进展|暂缓|停滞|搁置"
    r"|未开工|未动工|欠进度"
    r"|^(未|暂未|没有)\S{1,4}$"
)
UNBEGUN = re.compile(r"未启动|未开始|未开工|未动工")
ITEM_SUBJECT = re.compile(
    r"(现|目前|当前|截至目前|至今|现在)?(该|此|上述|以上|相关|所有|全部|各项|本)?(全年|年度|本年度|今年)?"
    # the party the item is about (企业已整改完毕: after 已约谈企业负责人, the item done)
    r"(企业|商户|经营户|经营者|业主|物业|物业公司|店主|当事人|责任单位|施工单位|施工方|涉事单位)?"
    r"(问题|事项|隐患|任务|诉求|工单|建议|提案|意见|案件|整改|线索|反映)?(均|都|全部)?"
)
ANY_STEP = re.compile(r"(已|已经|均已)[^未不没无]")  # something done, whatever it is (已追缴, 已公示)


@lru_cache(maxsize=16384)
def _parse_status(text: str, words: tuple[tuple[str, str], ...] = ()) -> str | None:
    if FACET_JOIN in text:
        return _facets_state(text, words)
    key = _status_key(text)
    if not key:
        return None
    for word, state in words:
        if key == _status_key(word):
            return state
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    if NOTHING_SENT.search(text):
        return UNREPORTED  # 市教育局尚未报送整改情况: nothing was told of the work, not that it is undone
    said = _sentence_state(MANNER.sub(r"\1", text), words)
    if said is None and (plain := BRACKETED.sub("", text)) != text:
        said = _sentence_state(plain, words)  # 未化解（施工企业负责人失联）: the words, then why
    return said


# A progress that says the unit told nothing (市教育局尚未报送整改情况), and no more (逾期未反馈整改情况 says it
# is overdue: not done).
NOTHING_SENT = re.compile(
    r"^(?![^，,。；;]*逾期)[^，,。；;]{0,16}?(尚未|未|没有)(报送|上报|提交|反馈)(整改|办理)(情况|进展|材料|报告)[。]?$"
)


# How a step was taken, between 已 and the step (已按程序办理退库, 已依法责令改正): the step is what counts.
MANNER = re.compile(
    r"(已|已经|均已|现已)\s*(?:按照|依照|按|依)\S{0,4}?(?:程序|要求|规定|流程|政策|标准|规范|法律|法规|法)"
)


# A status word as the label of what was done (已完成：制定应急排涝方案，预置排涝泵车2台).
DONE_LABEL = re.compile(r"^(已|均已)?(完成|整改完成|完成整改|办结|整改到位|落实到位)[：:]")


@dataclass
class _Told:
    """What the clauses of a sentence said, in order, and which one a person believes."""

    verdict: str | None = None  # a clause that gives the verdict (结论：已整改)
    first: str | None = None  # the first clause that says something
    last: str | None = None  # the last one after it (None when it counts a part: 已完工5所)
    step: str | None = None  # the first step taken or plan told (weak)
    planned: bool = False  # a clause told a plan: "已联系清洗公司，排定7月20日清洗" is not done yet
    later: set[str] = field(default_factory=set)  # what the clauses after the first said
    unbegun: bool = False  # the first clause says the work has not begun (尚未启动, 未开工)
    prepared: bool = False  # a first step was finished (已完成方案设计): work, though not the item
    going: bool = False  # a later clause tells work on the item still going on (储粪池正在建设)

    def add(self, clause: str, said: str, weak: bool) -> None:
        if said == DONE and DONE_LABEL.match(clause):
            weak = False  # 已完成：制定应急排涝方案，…: the label is the verdict on what it lists
            self.verdict = self.verdict or DONE
        if weak and said == DONE and (ACTIVITY.search(clause) or PREPARATION.search(clause)):
            said = IN_PROGRESS  # 已召开调度会2次, 已培训120人次: work that goes on, not the item done
            self.prepared = True
        if self.first is None and said == DONE and COUNTED.search(clause):
            weak = True  # 已完工12个，正常推进: a count of what is done so far is a step, not the verdict
        if self.first is not None and not weak:
            self.later.add(said)
            self.going = self.going or (said == IN_PROGRESS and _still_working(clause))
            self.last = said if not COUNTED.search(clause) else None
        if (VERDICT.match(clause) and not weak) or ITEM_VERDICT.match(clause):
            self.verdict = self.verdict or said
        if weak:
            self.step = self.step or said
            self.planned = self.planned or said == IN_PROGRESS
        elif self.first is None:
            self.first = said
            self.unbegun = said == NOT_STARTED and bool(UNBEGUN.search(clause))

    def settle(self) -> str | None:
        if (
            self.verdict is None
            and self.first == NOT_STARTED
            and (self.step == DONE or self.prepared or IN_PROGRESS in self.later)
            and not (self.unbegun and self.step != DONE)  # 尚未启动，资金正在申请中: preparing is not work
        ):
            return IN_PROGRESS  # "尚未完成，已约谈企业", "整改未到位，继续整改": not finished, but under way
        if self.verdict is None and self.first == DONE and self.going:
            return IN_PROGRESS  # "已拆除直排管道，储粪池正在建设": one part done, the rest under way
        if self.verdict is None and self.first == IN_PROGRESS and self.last == DONE and not self.planned:
            return DONE  # "已报修，7月9日厂家更换主机后恢复正常": the later stage is what is true now
        return self.verdict or self.first or (IN_PROGRESS if self.planned else self.step)


# A clause that says only how a result was reached (经协调, 经约谈施工企业): no step of the work
# (经监理复查合格 is a verdict).
MEANS = re.compile(
    r"^([^：:]{0,6}[：:])?经(?!营|费|济|理|销|过|历|常|验|典|纪|办)(?!\S*(已|完成|到位|办结|解决|整改|未|尚|正在))\S{1,12}$"
)


# Who is to do it (由乡安监站负责协调供电所更换线路), told with no word of how far it got.
ASSIGNED = re.compile(
    r"^由\S{1,20}?(负责|牵头|承办|主办|会同\S{0,10}?办理)(?!\S*(已|正在|完毕|到位))"
    # the time it is given (办理时限为2024年10月31日, 须于9月30日前办理完毕): asked, not done
    r"|^(办理|整改|办结|完成)?(时限|期限)(为|是|[：:])|^(须|应|务必|要求|请)(于|在)\S{0,20}?前"
)


def _sentence_state(text: str, words: tuple[tuple[str, str], ...]) -> str | None:
    """The state a sentence tells, clause by clause (progress.CLAUSE_RULES)."""
    plain = FLAGS.sub("", unicodedata.normalize("NFKC", text))  # [已读]调查核实中: the flag is no clause
    clauses = [c.strip() for c in CLAUSES.split(plain) if c.strip()]
    told = _Told()
    last_done = last_reopened = -1
    for k, clause in enumerate(clauses):
        if ASSIGNED.match(clause):
            continue  # 由乡安监站负责协调供电所更换线路: who is to do it, not how far it got
        said, weak = _clause_state(clause, words)
        if said == IN_PROGRESS and MEANS.match(clause):
            continue  # 经约谈施工企业，所欠工资已全部支付: how it came about, not how far it got
        if said is not None:
            told.add(clause, said, weak)
        elif k and k == len(clauses) - 1 and (told.first or told.step) and DUE_LATER.match(clause):
            told.planned = True  # 已签订还款协议，分两期支付，10月底前付清: the rest is due later
        if k and (RELAPSED.search(clause) or SENT_BACK.search(clause)) and not FINISHED.search(clause):
            last_reopened = k  # (已重新答复并办结: answered again, and closed)
        elif said == DONE:
            last_done = k
    said = told.settle()
    if said == NOT_STARTED and _answered_why_not(clauses):
        said = DONE  # "目前暂时不能解决，已书面答复代表并作出解释": a suggestion answered, closed
    if said == DONE and told.verdict is None and last_reopened > last_done:
        said = IN_PROGRESS  # "已拆除，又发现新搭建，已重新交办", "已答复，被退回重办": done, then open again
    if (
        said == DONE
        and told.verdict is None
        and (any(REMAINING.search(c) for c in clauses) or _part_of(plain))
    ):
        said = IN_PROGRESS  # "已办理42户，剩余18户正在补充材料": part of it is still to do
    if said == DONE and told.verdict is None and any(map(WORK_AWAITED.match, clauses[1:])):
        said = IN_PROGRESS  # "已完成线路铺设，待接入平台": the rest of the work still to come
    if said == DONE and told.first is None and told.verdict is None and _kept_safe(clauses):
        said = IN_PROGRESS  # "已设置警示标志，落实应急度汛措施": steps that keep it safe until the fix
    if said is None:  # a word in brackets may be the status: A类（已解决）
        said = next(filter(None, (_parse_status(inner, words) for inner in BRACKETED.findall(text))), None)
    return said


# Work told as going on now (正在建设, 加紧施工) — not a watch kept after it (正在跟踪复查, 持续回访).
WORKING = re.compile(r"正在|正抓紧|加紧|抓紧|施工中|建设中|推进中|进行中")
WATCHING = re.compile(r"跟踪|回访|复查|复核|巩固|监督|监管|关注|观察|督促|督导|归档|整理|验收|核查|核实")


WORK_AWAITED = re.compile(
    r"^(尚)?待\S{0,4}?(接入|安装|施工|调试|到货|更换|维修|拆除|建设|铺设|上线|开通|采购|改造"
    r"|换标|换证|补标|补证|整改|改正|清运|回收|召回|悬挂|上墙|张贴|挂牌|公示|投用|投入使用|入驻|搬迁)"  # 已暂停销售，待厂家换标: the fix still to come
)


def _still_working(clause: str) -> bool:
    return bool(WORKING.search(clause)) and not WATCHING.search(clause)


def _kept_safe(clauses: list[str]) -> bool:
    """A safeguard is among the steps told (临时加固, 应急措施), and no step says the fix is whole."""
    return any(map(INTERIM.search, clauses)) and not any(map(LASTING.search, clauses))


LASTING = re.compile(r"永久|彻底|根治|全面修复|全部修复|完毕|完工|竣工")


# Why it cannot be done now, then the answer given (丙类 of a deputy's suggestion): the handling is over.
CANNOT = re.compile(r"(不能|无法|难以|不具备条件|暂不具备)\S{0,4}?(解决|实施|办理|落实|采纳|满足)")
ANSWERED = re.compile(r"^已\S{0,6}?(答复|回复|函复|说明|解释)")


def _answered_why_not(clauses: list[str]) -> bool:
    return bool(clauses) and ANSWERED.search(clauses[-1]) is not None and any(map(CANNOT.search, clauses))


# "已排查损毁设施126处，修复83处", "责令23处停车场恢复使用，已恢复17处": fewer put right than the
# count before them — part of the work is done.
COUNTED_THING = r"(\d+)\s*([处个家户件条项台套宗起所眼座栋间名人部盏辆])"
COUNT_FOUND = re.compile(r"(?<!已)(?<![\d.])" + COUNTED_THING)
COUNT_FIXED = re.compile(
    r"(已|已经|均已)?(修复|整改|完成|清理|清运|处置|拆除|办结|解决|整治|关闭|更换|维修|安装|发放|补齐|到位|恢复|改造|完工|竣工|建成)"
    r"\D{0,6}?" + COUNTED_THING
)


def _part_of(text: str) -> bool:
    """Whether a sentence counts things and then fewer of the same kind put right."""
    for found in COUNT_FOUND.finditer(text):
        for fixed in COUNT_FIXED.finditer(text, found.end()):
            if fixed.group(4) == found.group(2) and int(fixed.group(3)) < int(found.group(1)):
                return True
    return False


COUNT_SAID = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|亿)?\s*(人次|公里|千米|平方米|立方米|延米|米|亩|吨|[处个家户件条项台套宗起所眼座栋间名人位部盏辆具棵场])"
    r"(?!工作日|月|小时|星期|季度|年|日|天|百分点|以内|以下)"  # (1个工作日以内 is a limit, not a count)
)


SAME_COUNT = {"名": "人", "位": "人"}  # 1200名困难重度残疾人 | 已上门服务860人


def _counts(text: str) -> list[tuple[str, float]]:
    return [_count(m) for m in COUNT_SAID.finditer(text)]


def _count(m: re.Match[str]) -> tuple[str, float]:
    """A count said (3个, 1.5万人次): its kind and number."""
    return SAME_COUNT.get(m.group(3), m.group(3)), float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(
        m.group(2) or "", 1
    )


def short_of(whole: str, done: str) -> bool:
    """Whether a progress (已建成12个, 已培训0.9万人次) counts fewer of a kind than the task or
    problem names (新建口袋公园20个, 培训1.5万人次, 3家商户…): part of it done, not the item."""
    asked: dict[str, float] = {}
    for word, n in _counts(whole):
        asked[word] = max(asked.get(word, 0), n)
    # (实有6个，…等3个系统未纳入 then 3个系统已纳入: the 3 the problem says are wanting, all of them)
    wanting = {_count(m) for m in COUNT_SAID.finditer(whole) if WANTING.match(whole, m.end())}
    counts = [
        (word, n) for word, n in _counts(done) if word in asked
    ]  # (引进企业3家 of 12栋厂房: not counted)
    return bool(counts) and all(n < asked[word] and (word, n) not in wanting for word, n in counts)


WANTING = re.compile(
    r"\S{0,8}?(未|没有|尚未|仍未|不|无|缺)"
)  # 3个系统未纳入: the count is of what is wanting


VERDICT_LABEL = re.compile(
    r"(办结|完成|销号)(情况|状态|结果)$|^是否(办结|完成|销号|整改到位)$|^(办理|整改)?(状态|结果)$"
)
PLAN_LABEL = re.compile(r"计划|安排|下一步|打算|目标")


def _facets_state(text: str, words: tuple[tuple[str, str], ...]) -> str | None:
    """The state of an item told in parts: done when every part says done, not started when every
    part says nothing has begun, long-term when every part says so; anything between is 整改中."""
    parts = text.split(FACET_JOIN)
    verdicts = {
        _parse_status(value, words)
        for label, _, value in (p.partition("：") for p in parts)
        if value and VERDICT_LABEL.search(label)
    } - {None}
    if len(verdicts) == 1:  # 办结情况：已办结 beside 处理和整改情况：已约谈…: the part that gives the verdict
        return verdicts.pop()
    told = [p for p in parts if not PLAN_LABEL.search(p.partition("：")[0])] or parts  # not 8月份计划
    states = {_parse_status(part.partition("：")[2] or part, words) for part in told} - {None}
    if not states:
        return None
    return states.pop() if len(states) == 1 else IN_PROGRESS


def _clause_state(clause: str, words: tuple[tuple[str, str], ...]) -> tuple[str | None, bool]:
    """(state, weak) that one clause says of the item; weak for a step done or a plan."""
    text = re.sub(r"\s+", "", clause)
    for word, state in words:
        if _status_key(word) in text:
            return state, False
    text = NOT_ABOUT_ITEM.sub("", text)
    if not ORDER_NOTICE.search(text) and not ORDERED.match(text):  # (已下达限期拆除通知: an order sent)
        text = NOT_WORK.sub("", text)
    if not text:
        return None, False
    key = re.sub(r"^已经", "已", _status_key(text))  # 已经完成 is 已完成
    if key in STATUS_WORDS:
        return STATUS_WORDS[key], False
    for read in CLAUSE_RULES:
        if (said := read(text)) is not None:
            return said
    return None, False


Said = tuple[str | None, bool]


def _plan(text: str) -> Said | None:
    return (IN_PROGRESS, True) if FUTURE.search(text) else None  # a plan: the item is not done yet


def _long_term(text: str) -> Said | None:
    return (LONG_TERM, False) if LONG_TERM_WORDS.search(text) and not WHOLE_DONE.search(text) else None


def _scope(text: str) -> Said | None:
    return (None, False) if SCOPE.search(text) else None  # about the mechanism, not the item


def _share(text: str) -> Said | None:
    """完成进度65%: under way; 100%: done; 0%: not begun (the share of the work, not of a target)."""
    if f := FRACTION.fullmatch(text):  # 已整改项/总项：3/5
        done, total = int(f.group(1)), int(f.group(2))
        return (DONE if done >= total > 0 else NOT_STARTED if done == 0 else IN_PROGRESS), False
    m = PERCENT.search(text)
    if m is None:
        return None
    if re.search(r"率|目标|比例|占比|满意", text):  # 分级率达到95%: a measure, no share of the work …
        return None if WORK_RATE.search(text) else (None, False)  # … unless it is the work's (完成率)
    share = float(m.group(1))
    return (DONE if share >= 100 else NOT_STARTED if share == 0 else IN_PROGRESS), False


WORK_RATE = re.compile(r"(完成|整改|办结|销号|进度|覆盖|排查)率")  # 全覆盖排查 at 覆盖率78%: under way


def _negated(text: str) -> Said | None:
    if m := NEGATED_DONE.search(text):  # 未全部完成 is under way; 未完成 is not done
        return (IN_PROGRESS if m.group(2) in ("全部", "完全") else NOT_STARTED), False
    return None


def _whole(text: str) -> Said | None:
    """The item done — or, with another subject (方案已批复, 主体工程已完工), a step."""
    if m := WHOLE_DONE.search(text):
        return DONE, not ITEM_SUBJECT.fullmatch(text[: m.start()])
    return None


FINISHED = re.compile(r"完成|办结|到位|销号|解决")
# A case closed, and when against its time (按期结案, 超期结案, 延期办结): closed either way.
CLOSED_WHEN = re.compile(r"^(按期|按时|如期|超期|逾期|延期|超时|提前)(结案|办结|销号|办毕|结办)$")


def _subject_done(text: str) -> Said | None:
    """完成 with the item as subject (or none) is the item done; 设备采购招标完成 is a step, and so is
    a first step finished (完成住户意愿征集)."""
    if m := FINISHED.search(text):
        return DONE, not ITEM_SUBJECT.fullmatch(text[: m.start()]) or bool(PREPARATION.search(text))
    return None


def _matches(pattern: re.Pattern[str], said: Said) -> Callable[[str], Said | None]:
    return lambda text: said if pattern.search(text) else None


# What one clause says, the first rule that answers: a plan, a long-term item, the mechanism (not the
# item), partial, negated, overdue or not yet begun, waiting for a check, handed on or opened, done
# (the item, or a step), under way, not started, a step of any kind.
CLAUSE_RULES: tuple[Callable[[str], Said | None], ...] = (
    _matches(CLOSED_WHEN, (DONE, False)),  # 超期结案: closed, late — closed all the same
    _plan,
    _matches(TIME_LIMIT, (None, False)),  # 15日内办结: the time given, not what was done
    _long_term,
    _scope,
    _matches(NOT_DUE, (None, False)),  # 未到复查期: no word on the work
    _matches(NO_ANSWER, (None, False)),  # 未报送, （未反馈）: the unit said nothing
    _matches(CHECKED_FINE, (DONE, False)),  # 经验收合格: the check's verdict
    _matches(SATISFIED, (DONE, False)),  # 投诉人表示满意: closed
    _matches(NO_RELAPSE, (DONE, False)),  # 回头看 | 未反弹: the fix held
    _share,
    _matches(PARTIAL, (IN_PROGRESS, False)),
    _matches(REDONE, (DONE, False)),  # 返工后已结案: sent back, and done since
    _matches(REOPENED, (IN_PROGRESS, False)),  # 未通过（退回修改）: sent back, to be done again
    _matches(REST_DONE, (DONE, False)),  # 未完成项目均已建成并投入使用: what was left is done now
    _negated,
    _matches(
        re.compile(r"^(目前|当前|现|至今|截至目前|截止目前)?(未|尚未|暂未|没有|仍未|还未)\S{1,5}$"),
        (NOT_STARTED, False),
    ),  # 未办理, 未受理, 目前暂未处置
    _matches(STALLED, (NOT_STARTED, False)),
    _matches(OVERDUE, (NOT_STARTED, False)),
    _matches(NOT_YET, (NOT_STARTED, False)),
    _matches(WAITING, (IN_PROGRESS, False)),
    _matches(PENDING, (IN_PROGRESS, True)),  # 健康证待出具: something still to come (no work of its own)
    _matches(OPEN_STEP, (IN_PROGRESS, False)),
    _matches(ORDERED, (IN_PROGRESS, False)),
    _matches(GUIDED, (IN_PROGRESS, False)),  # 已指导企业准备修复材料: the company's part still to come
    _matches(RESTORED, (DONE, False)),  # 厂家更换主机后恢复正常: whoever did it, it works again
    _matches(SETTLED, (DONE, False)),  # 调解成功: a dispute settled
    _whole,
    lambda text: (DONE, True) if text.startswith("已") and STEP_DONE.search(text) else None,  # 已完成施工
    _matches(IN_PROGRESS_WORDS, (IN_PROGRESS, False)),
    _matches(NOT_STARTED_WORDS, (NOT_STARTED, False)),
    _matches(STEP_DONE, (DONE, True)),
    _subject_done,
    _matches(ANY_STEP, (DONE, True)),
)


def _shows_work(text: str, words: tuple[tuple[str, str], ...]) -> bool:
    """Whether a progress text tells of work on an item that is not closed: something under way,
    or a step taken ("已召开协调会，双方未达成一致")."""
    if _parse_status(text, words) == IN_PROGRESS:
        return True
    return any(
        state == IN_PROGRESS or (state == DONE and weak) for state, weak in _said_by_clause(text, words)
    )


def told_by_steps(text: str, words: tuple[tuple[str, str], ...] = ()) -> bool:
    """Whether a text says the item is done only by the steps it tells (已梳理检查事项27项), with no
    clause that gives the verdict on the whole item (已整改到位)."""
    said = _said_by_clause(text, words)
    return any(state == DONE for state, _ in said) and all(weak for state, weak in said if state is not None)


def _said_by_clause(text: str, words: tuple[tuple[str, str], ...]) -> list[Said]:
    """(state, weak) of each clause of a text, in order."""
    clauses = [c for c in CLAUSES.split(unicodedata.normalize("NFKC", text)) if c.strip()]
    return [_clause_state(c, words) for c in clauses]


EXPECTED = re.compile(
    r"(预计|计划|力争|争取|将于|拟于|拟在|确保)(于|在)?\s*(\d{4}\s*[年./-]\s*)?(\d{1,2}\s*[月./-]\s*(\d{1,2}\s*[日号]?|底|末|中旬|上旬|下旬)?|年底|年末|\d{4}\s*年底)"
)


@lru_cache(maxsize=4096)
def expected_date(text: str, year: int, near: date | None) -> date | None:
    """The date a progress text says the item will be finished by ("预计9月30日整改到位")."""
    m = EXPECTED.search(unicodedata.normalize("NFKC", text or ""))
    if not m:
        return None
    written = re.sub(r"(中旬|上旬|下旬)$", "末", m.group(0)[len(m.group(1)) + len(m.group(2) or "") :])
    return parse_date(written.strip(), year, near=near, ahead=True).value


@lru_cache(maxsize=4096)
def is_verified(status_text: str, closeout_text: str) -> bool:
    """销号: done and checked off by the supervising office."""
    key = _status_key(status_text)
    close = _status_key(closeout_text)
    return any(w == key or key.endswith(w) for w in VERIFIED_WORDS) or (
        bool(close) and ("已销号" in close or close in ("是", "已", "销号")) and "未" not in close
    )


# ---------------------------------------------------------------------------------------------
# A row's signals, and which one wins.
UNREPORTED = "unreported"  # nothing readable said about the item's progress: 未填报进展, not done
# "否"/"未办结" answers only whether the item is closed; the progress says whether work is under way.
CLOSED_NO = {"否", "未办结", "未完成", "未结案", "未销号", "未闭环", "未销案", "未验收"}
# A closure or verification column (销号情况, 验收情况, 复查结果): closed and checked, or not yet.
CLOSED = re.compile(
    # (正在核查, 待复查, 需验收: a check still to come or going on, not passed)
    r"(?<!正在)(?<!进行)(?<![待需拟将未])(已|均已)?(销号|销账|验收|复查|复核|核查|闭环)(合格|通过|完成|完毕)?$"
    r"|^(已|是|合格|通过|验收合格|达标)$"
    r"|(验收|复查|复核|复检|复验|核查|检查)(合格|通过|达标)|通过验收|已销号|(符合|达到|满足)\S{0,4}(要求|条件|标准)"
)
FAILED = re.compile(  # (库存商品已退回供货商: goods sent back, not the answer)
    r"不合格|不通过|未通过|不达标|未达标|^已?退回$|"
    + SENT_BACK_WORD
    + r"|仍有|仍存在|依然|依旧|仍然|不到位|未整改|不符|虚假|书面整改"
)
NOT_CLOSED = re.compile(r"未|不|否|没有|暂无|待|×|✗|✘")


CLAUSE_BREAK = re.compile(r"[，,；;。]\s*\S")
# Work told as still going on beside a verdict (不合格，继续整改; 整改中，未销号; 未完成，正在施工).
GOING_ON = re.compile(WORKING.pattern + r"|继续\S{0,2}(整改|施工|推进|治理|处置)|(整改|办理|处置|治理)中")


@lru_cache(maxsize=4096)
def closure(text: str) -> str | None:
    """What a closure/verification cell says: DONE (已销号, 验收合格), NOT_STARTED (未销号,
    不合格), the checker's own word (已整改, 部分整改), or None (blank, or nothing said)."""
    key = re.sub(STILL_STOPPED, "", _status_key(text))  # (正在整改，尚未复工: no word on the check)
    if not key:
        return None
    if key.startswith("待"):  # 待验收, 待销号: the unit says it is done, the check is still to come;
        return IN_PROGRESS if WAITING.match(key) else _parse_status(text)  # 待整改: the work is
    if NOT_DUE.search(key):  # 未到复查期: no check yet, and no word on the work either
        return None
    if NO_RELAPSE.match(key):  # 回头看 | 未反弹: the fix held
        return DONE
    if key in SATISFIED_WORDS:  # 企业满意度 | 满意: the one who asked accepts the answer
        return DONE
    if NOT_CLOSED.search(key) and LONG_TERM_WORDS.search(key):
        return LONG_TERM  # 长效管护，不销号: kept open on purpose, the work kept up
    failed = FAILED.search(key)
    if failed or NOT_CLOSED.search(key):  # 未销号, 不合格; a sentence (复查不合格，继续整改) says more
        if len(key) <= 8 and not (CLAUSE_BREAK.search(text) and GOING_ON.search(text)):
            return NOT_STARTED  # (未完成，正在施工: the work goes on; 未整改，仍在经营 does not)
        told = _parse_status(text)  # 复查不合格，重新整改; never done (复查不合格，已下达整改指令书)
        return (told if told != DONE or not failed else None) or (IN_PROGRESS if failed else None)
    if CLOSED.search(key):
        return DONE
    return _parse_status(text)  # the checker's word on the item: 已整改, 部分整改, 已购置新灭火器，正在安装


SATISFIED_WORDS = {"满意", "非常满意", "基本满意", "比较满意"}


def _failed(closed: str | None, closeout: str) -> str | None:
    """What a check after the work found when it found it not done (复查不合格, 问题依然存在 — the
    later stage), else None."""
    return closed if closed in (NOT_STARTED, IN_PROGRESS) and FAILED.search(closeout) else None


def _is_word(text: str, words: tuple[tuple[str, str], ...]) -> bool:
    """Whether a status cell is a status word (已完成), not a sentence telling what was done."""
    key = _status_key(text)
    return key in STATUS_WORDS or any(key == _status_key(w) for w, _ in words)


@lru_cache(maxsize=16384)
def settle_state(
    status: str,
    progress: str,
    closeout: str,
    finished: int,
    long_term: bool,
    words: tuple[tuple[str, str], ...] = (),
) -> tuple[str, str]:
    """(state, which signal said it) of one item from everything its row tells, by one rule
    (docs/statistics.md, 整改状态怎么认):

    1. a closure verdict that the item is closed and checked (销号/验收/复查 column: 已销号, 验收合格)
       — done, whatever an earlier status word says;
    2. the status cell, read as a word, a tick or a sentence (否/未办结 with a progress text that
       tells of work under way is 整改中) — but an item the cell calls open whose actual completion
       date is filled in (办结时间, 批复时间: ``finished`` 2) is done, a later stage than the word;
    3. when the status cell is blank or cannot be read: a completion date filled in (not after the
       as-of date; ``finished`` 1 or 2) — done; else the progress text (a step told beside a closure
       verdict that the item is not closed is 整改中, as in 2); else the closure column's own word
       (未销号 — 未整改, 待验收 — 整改中); else a 长期坚持 deadline — 长期坚持;
    4. nothing: UNREPORTED (未填报进展, counted as not done).

    The signal is "status", "closeout", "finish", "finish-later", "progress", "deadline", "blank"
    (nothing said) or "unknown" (a status word no list knows; the state then comes from step 3).
    """
    closed = closure(closeout)
    progress = progress or _reason_given(status)
    said = _parse_status(status, words) if status else None
    if said == UNREPORTED:  # the clerk's 状态词 says the word tells nothing (见附件, /): a blank cell
        said, status = None, ""
    if said is None and status and closure(status) == DONE:
        said = DONE  # 复查合格 written in the status column: the check's verdict
    if closed == DONE:
        return DONE, "status" if said == DONE else "closeout"
    if said is not None:
        if said == NOT_STARTED and long_term and _status_key(status) in CLOSED_NO:
            return LONG_TERM, "deadline"  # 是否办结: 否, of an item due 长期坚持: it is never closed
        if said in (DONE, IN_PROGRESS) and long_term and _kept_up(status, words, said == IN_PROGRESS):
            return LONG_TERM, "deadline"  # 持续跟踪 of an item due 长期坚持: the work that goes on
        return _status_said(said, status, progress, closeout, closed, finished, words)
    signal = "unknown" if status else ""
    if progress and REOPENED.search(progress):  # answered, then sent back: open again
        return IN_PROGRESS, signal or "progress"
    if finished and not _failed(closed, closeout):
        return DONE, signal or "finish"  # (a check that failed after it, 复查不合格, is the later stage)
    told = _parse_status(progress, words) if progress else None
    if told == DONE and (found := _failed(closed, closeout)):
        return found, signal or "closeout"  # 已整改, but 问题依然存在 at the check
    if told == DONE and closed == NOT_STARTED and not _is_word(progress, words):
        return IN_PROGRESS, signal or "progress"  # "已开展宣讲4场" beside 未销号: a step, not closed
    if told in (DONE, IN_PROGRESS) and long_term and _kept_up(progress, words, told == IN_PROGRESS):
        return LONG_TERM, signal or "deadline"
    if told is not None:
        return told, signal or "progress"
    return _by_closure_or_deadline(closed, closeout, long_term, words, signal)


def _reason_given(status: str) -> str:
    """How far an item got, said in brackets after a 否 (否（已采购，待到货）), else ""."""
    inner = BRACKETED.search(status)
    return inner.group(1) if inner and _status_key(status) in CLOSED_NO else ""


def _by_closure_or_deadline(
    closed: str | None, closeout: str, long_term: bool, words: tuple[tuple[str, str], ...], signal: str
) -> tuple[str, str]:
    """settle_state's last steps: the closure column's own word, else a 长期坚持 deadline, else nothing."""
    if closed == IN_PROGRESS and long_term and _kept_up(closeout, words, True):
        return LONG_TERM, signal or "deadline"  # 跟踪验证: 持续跟踪 of an item due 长期坚持
    if closed is not None:
        return closed, signal or "closeout"
    if long_term:
        return LONG_TERM, signal or "deadline"
    return UNREPORTED, signal or "blank"


# A practice kept up (已按季度开展比对, 每月定期巡查): for an item due 长期坚持, the long-term work goes on.
KEPT_UP = re.compile(r"按(季度?|月|周|年|旬)|定期|每(月|季度?|周|年|旬|天|日)|常态化|长效|持续")


# ... unless the text says the item itself is done (完成整改并通过验收，需长期持续整改: done, and kept up).
ITEM_DONE = re.compile(r"完成整改|整改完成|整改到位|整改完毕|办结|销号|通过验收|验收合格|已解决|已全部")


def _kept_up(text: str, words: tuple[tuple[str, str], ...], word_ok: bool = False) -> bool:
    """Whether a text tells of a practice kept up; a status word (已完成) only when ``word_ok`` (持续推进
    of an item due 长期坚持 is kept up; 已完成 of one is done)."""
    return (
        bool(KEPT_UP.search(text)) and not ITEM_DONE.search(text) and (word_ok or not _is_word(text, words))
    )


def _status_said(
    said: str,
    status: str,
    progress: str,
    closeout: str,
    closed: str | None,
    finished: int,
    words: tuple[tuple[str, str], ...],
) -> tuple[str, str]:
    """Step 2 of settle_state: what the status cell says, unless a later stage says otherwise."""
    if said == NOT_STARTED and progress and _status_key(status) in CLOSED_NO and _shows_work(progress, words):
        return IN_PROGRESS, "status"
    if said == NOT_STARTED and _status_key(status) in CLOSED_NO and closed == IN_PROGRESS:
        return IN_PROGRESS, "closeout"  # 否 | 复查情况: 已联系供水单位维修，待复查 — under way, not closed
    if said == DONE and closed in (NOT_STARTED, IN_PROGRESS) and not _is_word(status, words):
        # "已召开协调会" over 是否办结: 否, "已化解412户" over 整改结果认定: 持续整改 — a step taken, not closed
        return IN_PROGRESS, "status"
    if said == DONE and progress and SENT_BACK.search(progress) and not REOPENED.search(status):
        return IN_PROGRESS, "progress"  # 已答复, then 已退回重办: open again
    if said == DONE and (found := _failed(closed, closeout)):
        return found, "closeout"  # 已整改, but 复查不合格: the check is the later stage
    if (
        said in (IN_PROGRESS, NOT_STARTED)
        and finished == 2
        and not REOPENED.search(status)
        and closed not in (NOT_STARTED, IN_PROGRESS)
        and not (NEGATED_DONE.search(status) and _still_working(status))
        and not _still_working(progress)
    ):  # (an answer sent back, 退回重办, or a check failed, 不予销号, is later than its date; 未办结，
        # 正在协调更换电梯主板 beside a 回复日期 says what is being done since — as 办理中 does beside an
        # answer that tells the work going on: 已责令施工单位恢复路面，正在施工)
        return DONE, "finish-later"
    return said, "status"


# ---------------------------------------------------------------------------------------------
# Ticks: a mark under one of several status columns (已整改 | 未整改, 是 | 否) says which is true.
CROSSES = {"×", "✗", "✘", "x", "X", "0", "无", "-", "—", "/", "否", "N", "n"}
TICK_MARKS = {
    "√",
    "✓",
    "✔",
    "●",
    "■",
    "☑",
    "○",
    "◎",
    "★",
    "☆",
    "Y",
    "y",
    "1",
    "是",
    "有",
    "v",
    "V",
    "对",
    "▲",
}


def is_tick(value: object) -> bool:
    """Whether a cell under a tick column marks it (√, ●, 是, 1); a cross or a blank does not."""
    text = as_text(value)
    return bool(text) and text not in CROSSES


def is_mark(value: object) -> bool:
    """Whether a cell is a mark at all (a tick, a cross, or blank), not a word or a sentence."""
    text = as_text(value)
    return not text or text in CROSSES or text in TICK_MARKS


ENDS_WITH_PROGRESS = re.compile(r"(整改|办结|到位|完成|正在|已经?|仍未|尚未)")


# A clause after the problem that tells what became of it: a step (已更换电梯主板, 正在清除), or what the
# complainant said when called back (诉求人表示未解决) — not a further part of the problem (未设置警示标志).
FALLS_SHORT = re.compile(r"(?<!已)(?<!仍)不(到位|彻底|规范|落实|完善|及时|健全|达标)$")
STEP_CLAUSE = re.compile(r"^(已|正在|尚未|仍未|现已|目前已)")
REPORTED = re.compile(r"^(诉求人|群众|企业|当事人|来信人|来访人|反映人)\S{0,4}?(表示|反映|称|认为)")
# What has become of the thing, which is the problem itself (部分已过期失效, 护栏已锈蚀断裂): no step taken.
WORN = re.compile(
    r"已经?(过期|失效|损坏|破损|老化|锈蚀|腐蚀|坍塌|倒塌|脱落|断裂|堵塞|满溢|超标|停用|报废|废弃|开裂|渗漏|变形|松动|损毁|坏|烂)"
)


# A label in a description's cell that begins how the item was dealt with (…影响疏散。处理情况：已当场清理。).
PROGRESS_LABEL = re.compile(r"(?<=[。；;，,\s])(处理|处置|整改|办理|落实)(情况|结果|进展)\s*[：:]")


def told_at_end(description: str) -> str:
    """The progress a description tells after the problem (前期通报该点位存在…等问题，已按时整改到位。;
    …电梯经常故障，已更换电梯主板，诉求人表示满意。), when the table has no column for it: its last
    clause when that tells progress, else the last clause that is a step or a complainant's verdict
    and reads as a state; "" when none does."""
    if (told := PROGRESS_LABEL.search(description)) and (after := description[told.end() :].strip(" 。")):
        return after  # …影响疏散。处理情况：已当场清理。: what the label introduces
    clauses = [c.strip() for c in re.split(r"[，,；;。]", description) if c.strip()]
    if len(clauses) < 2:
        return ""
    if (
        ENDS_WITH_PROGRESS.search(clauses[-1])
        and not WORN.search(clauses[-1])
        and not FALLS_SHORT.search(clauses[-1])
    ):
        return clauses[-1]  # (扬尘治理措施不到位 is the problem itself)
    for clause in reversed(clauses[1:]):
        if WORN.search(clause):
            continue
        said = REPORTED.sub("", clause)
        if (said != clause or STEP_CLAUSE.match(clause)) and parse_status(said) is not None:
            return said
    return ""
