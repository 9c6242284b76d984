"""The lines around a table: the unit that sent it (填报单位, a title, the 落款), its 填报日期 and
the date relative deadlines count from (交办/反馈 dates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from .cells import DATE_LINE
from .dates import NUM, parse_date
from .rows import ORG_SUFFIX, SIGNATURE
from .schema import BARE_PLACE, CITY_HEAD, COUNTY_HEAD, Unit, UnitDirectory, read_legend

if TYPE_CHECKING:
    from .intake import RawTable

ORG_NAME = re.compile(r"\s*([^\s，。；,;:：]{2,20}?" + ORG_SUFFIX + r")\s*")
STAMPED = re.compile(r"(^|\s)([^\s，。；,;:：]{2,30}?" + ORG_SUFFIX + r")\s*[（(]\s*(盖章|公章)\s*[）)]")
SENTENCE = re.compile(r"[，。；！？,;!?]|请|应当|务必|要求|按照|根据|在规定")
# 交办/反馈 dates above or below the table are the base of relative deadlines (90日内).
BASE_DATE = re.compile(
    r"(交办|反馈|转办|下发|下达|印发|通报|移交|督办|检查|排查|巡查|督查|查摆|暗访|督导|送达|签收|考评|测评|评查|抽查|暗查|调查"
    r"|发布(?=日期|时间))"  # (发布日期：2024年7月10日 of a 红黑榜: the day its problems were made known)
    r"(日期|时间|于)?\s*[:：]?\s*"
    r"(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})"
    r"|(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})\s*日?\S{0,4}?(交办|反馈|转办|下发|下达|印发|移交|送达|发布|公布"
    r"|(?:收到|接到)(?=\S{0,14}?(?:告知函|交办函|督办函|通知书?|意见书?|清单|通报|决定书?|交办单|督办单)))"
)  # (我局于2024年3月20日收到《审计整改告知函》: handed over that day)
STATED = "填报单位"  # where a unit was read from, when a 填报单位 line names it (读取情况)
# A sentence above the table that says which unit undertakes the items (现将市教育局承办的…如下).
UNDERTAKEN = re.compile(r"([^，,。；;：:]{2,24}?)(承办|牵头实施|牵头负责|负责实施)的")
# The date the line that sets the rule was signed on (下发意见：…之日起7个工作日内… 日期：2024年7月10日).
SIGNED_ON = re.compile(r"日期\s*[:：]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2})")
# Of an inspection and its handing over named on one line, the deadline counts from the handing over.
NAMED_DAY = re.compile(
    r"([^\s:：，,。；;]{2,12}?)(?:日期|时间)\s*(?:[:：]|为)\s*(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})"
)  # (挂牌日期为2024年5月10日, for 挂牌之日起100日内)
# A period named with its span (攻坚期：2024年6月1日至9月8日; 集中整治期为6月1日—8月31日): a time "攻坚期内"
# is its end.
NAMED_PERIOD = re.compile(
    r"([^\s:：，,。；;（(]{1,8}(?:期|阶段))\s*(?:[:：]|为)\s*(?:(\d{4})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[-—–~至到]+\s*"
    r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?)"
)
FULL_DAY = r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"  # a day with its year (one group)
DAY_SAID = r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)"  # 7月10日, 2024年7月10日 (one group)
DAY_OF_EVENT = re.compile(
    DAY_SAID
    + r"\s*(?:集中|统一|正式|书面|逐一)?(通报|交办|下发|印发|反馈|转办|函告|送达|出具|下达)(?![^，。；,;]{0,6}之日)"
)  # (6月24日集中反馈问题; 于2024年5月10日出具了《审计报告》, for 自审计报告出具之日起60日内)
HANDED = re.compile(r"交办|转办|下发|下达|印发|移交|送达|签收|通报|反馈")
# Handed to someone (反馈各责任单位, 移交属地镇政府): the day the items were handed over, not an event
# about items handed over before (7月22日…对交办问题进行了“回头看”).
HANDED_TO = re.compile(
    r"(交办|转办|下发|下达|移交|送达|反馈)(给|至|到)?(各|相关|有关|责任|属地|[^\s，。；;、]{0,8}(单位|部门|镇|乡|街道|局|委|办))"
)
# An inspection's day told in a sentence, without its year (7月10日学校安全领导小组对…进行了安全检查).
EVENT_DAY = re.compile(
    r"(?<![\d年])" + DAY_SAID + r"[^。；;]{0,80}?"
    r"(检查|排查|巡查|督查|督导|暗访|走访|扫街|察看|交办|巡河|巡湖|下发|印发|反馈|转办|移交|送达)"
)
# The notice the items come from, with its day in brackets after its title: 《…的通报》（2024年4月25日）.
NOTICE_DAY = re.compile(
    r"《[^》]{2,80}?(?P<doc>通报|通知|意见书|意见|函|决定)》\s*[（(]\s*(?P<day>" + FULL_DAY + r")\s*[）)]"
)
# Items handed over the day a sentence named before (…7月10日…开展接访…，当日移交相关职能部门办理).
SAME_DAY = re.compile(r"(当日|当天|同日|即日)(交办|转办|移交|下发|送达|反馈|交由|转交)")
TOLD_DAY = re.compile(r"(?<![\d年])" + DAY_SAID)


def _handed_same_day(text: str) -> str | None:
    """The day items were handed over when a line says they were handed over 当日: the last day
    the line names before it."""
    if (same := SAME_DAY.search(text)) is None:
        return None
    days = TOLD_DAY.findall(text[: same.start()])
    return days[-1] if days else None


# A deadline the lines around the table set for every item ("自交办之日起三个月内办复", "于8月31日前
# 办结"): the items' deadline when the table has no column for it.
DEADLINE_RULE = re.compile(
    r"(?:自|从|于|在|为(?=\S{1,10}?之日起))(?P<start>\S{0,10}?)(?:之日)?起\s*(?P<within>"  # (为挂牌之日起100日内)
    + NUM
    + r"\s*(?:个月|个工作日|个星期|周|日|天))\s*内"
    r"|(?:于|在|请于)\s*(?P<by>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末))\s*(?:前|之前)"
    r"(?=\S{0,8}?(?:办结|完成|整改|解决|落实|办复|答复|到位))(?!\S{0,2}?(?:报送|上报|报至|反馈|送至|报市)|将?\S{0,4}?(?:整改|办理|落实)(?:情况|进展))"
)  # (the date the return itself is due, 请于7月31日前报送 / 前将整改情况书面报市局, sets no item's deadline)
# A header with a digit, or one that counts (问题数, 完成率, 涉及金额), names no ledger column by its words.


# An office at the start of a title with more words after it (濮阳市人民医院患者满意度调查…): one whose
# name can only be an office's.
ORG_FIRST = re.compile(
    r"\s*([^\s，。；,;:：]{2,16}?(医院|人民政府办公室|人民政府|街道办事处|委员会|局|(集团)?(股份)?有限(责任)?公司|公司|集团|学院|学校|大学|中心校|中心(?!小学|中学|幼儿园|学校|校|卫生院|医院)|小学|中学|幼儿园|养老院|敬老院|福利院|老年公寓|管理处|管理所|管理站|图书馆|博物馆|文化馆|档案馆|纪念馆|美术馆|科技馆|体育馆|展览馆|少年宫|文化宫))"
)  # (濮阳市市政工程管理处7月份效能督查…: an office, 处 named after what it runs)


TOWN_OFFICE = re.compile(r"\S{2}(县|区|市)\S{1,8}(镇|乡|街道)(人民政府|办事处)?$")  # (a town in its county)


INSPECTED_BY_PARTY = re.compile(r"^(.*?(?:公司|集团|医院|学院|大学|学校|局|中心))(?:省委|市委|县委|区委)$")


def org_name(text: str) -> str | None:
    """An office named at the start of a title or file name (XX镇人民政府关于…, 附件3：XX镇问题清单)."""
    text = re.sub(r"^(附件\s*\d*\s*[:：]?|整改台账\s*[-_－—]\s*)", "", text.strip())
    text = re.split(r"关于|“|\"|《|问题|整改|巡察|审计|督察|落实|台账|清单|情况|[-_－—（(]", text)[0]
    if government := _joint_government(text):
        return government  # 中共南乐县千口镇委员会  南乐县千口镇人民政府: the government does the work
    if inspected := INSPECTED_BY_PARTY.match(
        text
    ):  # 濮阳市投资集团有限公司市委巡察…: the company, 市委 inspects
        text = inspected.group(1)
    m = ORG_NAME.fullmatch(text) or ORG_FIRST.match(text)
    if m is None and (zone := ZONE_FIRST.match(text)) and len(text) > zone.end():
        return zone.group(1) + "管理委员会"  # 濮阳县产业集聚区营商环境暗访督查…: the zone's 管委会 sends it
    if m is None and (place := PLACE_FIRST.match(text)) and len(text) > place.end():
        return place.group(1)  # 濮阳县中央生态环境保护督察第九批交办件…: the county's (its government)
    if m is None or SENTENCE.search(m.group(1)) or re.match(r"\d{4}\s*年", m.group(1)):
        return None  # (2024年度中心城区 is when and where, not who)
    if branch := BRANCH.match(text, m.end(1)):  # …股份有限公司华龙支行: the branch, an office of its own
        return m.group(1) + branch.group(0)
    return PARTY_OF_OFFICE.sub("", m.group(1))  # 中共濮阳职业技术学院委员会宣传部: the college


# A place's Party committee and its government sending together (中共南乐县千口镇委员会  南乐县千口镇人民政府).
JOINT_SENDERS = re.compile(r"^中共(\S{2,12}?)(?:委员会|委)\s*(\S{2,16}?(?:人民政府|办事处))")


def _joint_government(text: str) -> str | None:
    """The government of a place whose Party committee is named with it at the start of ``text``, else None."""
    joint = JOINT_SENDERS.match(text)
    return joint.group(2) if joint and joint.group(1)[-3:] in joint.group(2) else None


# A development zone named first in a title (濮阳县产业集聚区…, 濮阳经济技术开发区…): run by its 管理委员会.
ZONE_FIRST = re.compile(
    r"^(\S{2,10}?(?:产业集聚区|经济技术开发区|高新技术产业开发区|工业园区|产业园区|开发区|高新区|示范区))(?!管理委员会|管委会)"
)


# 中共 before an office that is no place's committee (中共濮阳职业技术学院…): the office itself.
PARTY_OF_OFFICE = re.compile(r"^中共(?=\S{2,30}(学院|大学|学校|医院|公司|集团|局|中心)$)")


BRANCH = re.compile(r"[^\s，。；,;:：]{1,8}?(支行|分行|分公司|分局|分院|分校|营业部|分理处)")


# A county, district, town or street named first in a title, bare (濮阳县…, 王助镇…), not a part of a
# city (城区, 园区) nor the office itself (…人民政府, taken above).
PLACE_FIRST = re.compile(
    r"^((?!市区|城区|园区|景区|社区|小区|片区|辖区|全区|全县|本区|本县)[^\s镇乡]{1,3}?(县|区)|\S{2,6}?(镇|乡)|\S{2,8}?街道)"
    r"(?!人民政府|政府|办事处|委员会|[镇乡村县]|区(?!委))"  # (胡状镇区委第七轮巡察…: the town, then 区委)
)


def read_preamble(
    table: RawTable, rows: Sequence[Sequence[object]], units: UnitDirectory, below: bool = False
) -> None:
    """填报单位, 填报日期, a 交办 date and a deadline for all from the lines above the header (or the
    signature block below the table); the title names the unit otherwise. A sentence never names
    the unit."""
    title_unit, title_org = None, None
    card: str | None = None
    notice, addressee = False, ""
    lines: list[str] = []
    for row in rows:
        cells = _signer(list(dict.fromkeys(str(v).strip() for v in row if v not in ("", None))), below)
        if not cells:
            continue
        text = " ".join(cells)
        lines.append(text)
        _read_dates(table, row, cells, text, below)
        _read_party(table, text)
        if not below and CARD_NAME.match(text) and len(cells) >= 3:
            card = CARD_NAME.match(text).group("name")  # type: ignore[union-attr]
        if (m := ALL_ROWS_UNIT.search(text)) and (
            unit := units.resolve(m.group(1)) or units.find_in(m.group(1))
        ):
            table.unit, table.unit_text, table.unit_fixed = unit, None, True  # 注：责任单位为市生态环境局
            table.unit_from = NOTE_SAID
            continue
        unit_written = _unit_written(text)
        if not unit_written and not below and table.unit is None and (m := UNDERTAKEN.search(text)):
            unit = units.find_in(m.group(1))  # 现将市教育局承办的…公示如下: the sentence says whose
            if unit is not None and table.unit_text is None:
                table.unit, table.unit_from = unit, "说明文字"
        if unit_written and table.unit is None and (table.unit_text is None or table.unit_from == "标题"):
            # (填报单位：… under the table over a name the title only seemed to give: 旅游景区…台账)
            unit = units.resolve(unit_written) or units.find_in(unit_written)
            table.unit, table.unit_text = (unit, None) if unit else (None, unit_written)
            table.unit_from = STATED
        if len(cells) == 1 and not below:
            notice = notice or bool(NOTICE_TITLE.search(cells[0]))
            addressee = addressee or (cells[0].rstrip("：: ") if ADDRESSEE.match(cells[0]) else "")
        if (
            len(cells) == 1
            and not SENTENCE.search(cells[0])
            and not ADDRESSEE.match(cells[0])  # 市政府督查局： — whom the return is sent to
            and len(cells[0]) <= 60
        ):
            if (other := OTHER_PARTY_LINE.search(cells[0])) is None:
                found, org = units.find_in(cells[0]), org_name(cells[0])
                if found is not None and org and TOWN_OFFICE.search(org) and units.resolve(org) is None:
                    found = None  # 华龙区人和街道办事处…: the street's office, not the district's
                title_unit = title_unit or found
                title_org = title_org or org
            elif (org := org_name(cells[0])) and other.start() - (cells[0].find(org) + len(org)) >= 2:
                # XX公司市委第二巡察组反馈问题…, 市卫健委党组落实市委第二巡察组…: the office inspected
                title_org = title_org or org
            if below and SIGNATURE.match(cells[0]) and other is None:  # the 落款: who signed the return
                title_org = title_org or re.sub(r"\s*[（(].*$", "", cells[0])
    if (
        notice
        and addressee
        and table.unit is None
        and table.unit_text is None
        and not ADDRESSED_MANY.search(addressee)
    ):
        unit = units.resolve(addressee) or units.find_in(addressee)  # 濮阳县城关镇卫生院：(a notice to it)
        table.unit, table.unit_text, table.unit_from = unit, None if unit else addressee, "通知书抬头"
    _settle_sender(table, units, card, title_unit, title_org, below)
    _widen_sender(table, lines)


def _widen_sender(table: RawTable, lines: list[str]) -> None:
    """A town or street the title names bare (胜利路街道…整改表) that a line around the table writes
    with its county (主管部门：华龙区胜利路街道办事处): that fullest name."""
    if table.unit is not None or not table.unit_text:
        return
    stem = PLACE_OFFICE.sub("", table.unit_text)
    if not BARE_PLACE.match(stem) or stem.endswith(("县", "区")):
        return  # (a town or a street: a county's name has no county before it)
    named = re.compile(f"(?:{CITY_HEAD})?{COUNTY_HEAD}{re.escape(stem)}(?:人民政府|办事处)?")
    fuller = [m.group(0) for line in lines for m in named.finditer(line)]
    if fuller:
        table.unit_text = max(fuller, key=len)


PLACE_OFFICE = re.compile(r"(人民政府|办事处)$")


def _read_party(table: RawTable, text: str) -> None:
    """Who a note says answers for every item, by what the table calls them (隐患整改责任主体为用户: the
    用户 column); an office named there is read as the unit of every row instead (ALL_ROWS_UNIT)."""
    if (party := RESPONSIBLE_PARTY.search(text)) and not ORG_NAME.fullmatch(party.group(1)):
        table.responsible = table.responsible or party.group(1)


def _signer(cells: list[str], below: bool) -> list[str]:
    """A line's texts (merged cells repeat: once each) — of a 落款 that two offices sign together
    (中共柳屯镇委员会  柳屯镇人民政府), the government alone, which answers for the work."""
    if not below or len(cells) != 1:
        return cells
    names = re.split(r"\s{2,}|\u3000+", cells[0].strip())
    if len(names) < 2 or not all(SIGNATURE.match(name) for name in names):
        return cells
    return [next((name for name in names if GOVERNMENT.search(name)), cells[0])]


GOVERNMENT = re.compile(r"(人民政府|办事处|政府)$")
ORG_KIND = re.compile(r"(学院|大学|学校|医院|公司|集团)$")
ORG_WORDS = ("集团", "公司", "学院", "医院", "大学", "学校")  # what an office calls itself inside it


def _inside(sender: str, org: str) -> bool:
    """Whether the 填报单位 is a body inside the office the title names: called by that office's kind
    (学院巡察整改工作领导小组办公室 under 濮阳职业技术学院…), not an office of its own name."""
    kind = ORG_KIND.search(org)
    if kind is None or sender.startswith(org):
        return False
    # (集团巡察整改工作领导小组办公室 under 濮阳市投资集团有限公司…: 集团 is a word of its name too)
    return any(sender.startswith(word) and word in org for word in (kind.group(1), *ORG_WORDS))


# A note that names the unit of every row (注：1.责任单位为市生态环境局，责任部门填写承办分局): the
# companies in the table are what was checked, the office named answers for them.
NOTE_SAID = "表格说明"
ALL_ROWS_UNIT = re.compile(r"责任单位(?:均|统一|一律)?(?:为|是)\s*([^\s，,；;。、（(]{2,30})")
# A note that says which party answers for the items, by what the table calls them (隐患整改责任主体为用户).
RESPONSIBLE_PARTY = re.compile(
    r"责任(?:主体|单位|方)(?:均|统一|一律)?(?:为|是)\s*([^\s，,；;。、（(]{1,6}?)(?:[，,；;。、（(]|$)"
)


def _settle_sender(
    table: RawTable,
    units: UnitDirectory,
    card: str | None,
    title_unit: Unit | None,
    title_org: str | None,
    below: bool,
) -> None:
    """The unit of a table from what its lines said: a card over the table (名称：华龙区实验小学 |
    地址：…) names what was checked, over the sender; then the 填报单位 line; then the title or 落款."""
    if card is not None:
        unit = units.resolve(card) or units.find_in(card)
        table.unit, table.unit_text = (unit, None) if unit else (None, card)
        table.unit_from = "表上方的名称"
    if below and table.unit is None and table.unit_text and title_org and table.unit_text in title_org:
        table.unit_text = title_org  # 清丰县马庄桥镇 in the title, signed 清丰县马庄桥镇人民政府
    if table.unit is None and table.unit_text and title_org and _inside(table.unit_text, title_org):
        # 濮阳职业技术学院落实…整改任务推进表 filled in by 学院巡察整改工作领导小组办公室: the college
        table.unit = units.resolve(title_org)
        table.unit_text = None if table.unit else title_org
    if table.unit is None and table.unit_text is None:
        if title_unit is not None:
            table.unit = title_unit
        elif title_org is not None:  # (中共濮阳市财政局党组…: the bureau, as the directory names it)
            table.unit = units.resolve(title_org)
            table.unit_text = None if table.unit else title_org
        if table.unit is not None or table.unit_text is not None:
            table.unit_from = "落款" if below else "标题"
    if (
        table.unit is None
        and table.unit_text
        and (party := PARTY_OF.match(table.unit_text) or PARTY_COMMITTEE_OF.match(table.unit_text))
    ):
        table.unit_text = party.group(1)  # 濮阳投资集团有限公司党委, 中共…医院委员会 write for the office
        if unit := units.resolve(table.unit_text):  # (中共濮阳县医疗保障局党组: 党组 is no section's 组)
            table.unit, table.unit_text = unit, None
    if (
        table.unit is None
        and table.unit_text
        and (
            m := TOWN_BODY_SENT.match(table.unit_text)
            or (
                SENDER_SECTION.match(table.unit_text) if not PARTY_DEPARTMENT.match(table.unit_text) else None
            )
            or TOWN_SECTION_SENT.match(table.unit_text)
        )
    ):
        # 濮阳市人民医院科教科, 城关镇人民政府党政办公室 sent it: the hospital, the town
        table.unit_text = re.sub(
            r"^中共(?=\S{4})", "", m.group(1) or m.group(5)
        )  # (中共…韩村镇纪律检查委员会)
        if unit := units.resolve(table.unit_text):  # 濮阳市自来水有限责任公司安全生产部: the 市自来水公司
            table.unit, table.unit_text = unit, None


def _read_base(table: RawTable, text: str, below: bool) -> None:
    """The day a line says the items were handed over (交办日期：…, …当日移交…, 7月22日已反馈各单位):
    the day relative deadlines count from."""
    if table.base_date is not None:
        return
    events = list(BASE_DATE.finditer(text))  # 督查时间：7月1日至5日 交办日期：7月8日 — handed over counts
    if m := next((x for x in events if HANDED.match(x.group(1) or x.group(5))), None) or (
        events[0] if events else None
    ):
        found = parse_date(m.group(3) or m.group(4), year_said(text)).value
        if found:
            table.base_date = (found, f"表{'下' if below else '上'}方写明的{m.group(1) or m.group(5)}日期")
    elif same := _handed_same_day(text):
        day = parse_date(same, None).value if "年" in same else None
        if day:  # 2024年7月10日，…开展“公开大接访”…，当日移交相关职能部门办理
            table.base_date = (day, f"表{'下' if below else '上'}方写明的交办日期")
        elif table.base_said is None:
            table.base_said = (same, "交办")
    elif (notice := NOTICE_DAY.search(text)) and (day := parse_date(notice.group("day"), None).value):
        # 依据：…《关于A级旅游景区复核检查情况的通报》（2024年4月25日）；…限期6个月整改: from the notice's day
        table.base_date = (day, f"表{'下' if below else '上'}方写明的{notice.group('doc')}日期")
    elif told := list(EVENT_DAY.finditer(text)):
        # 7月10日…进行了全面的安全检查: the year is the return's; the day the problems were handed over
        # (7月8日至19日…督查。7月22日已将发现的问题反馈各责任单位) before the days of the inspection
        handed = next((x for x in told if HANDED_TO.match(text, x.start(2))), None)
        m = handed or told[0]
        if table.base_said is None or (handed and not HANDED.match(table.base_said[1])):
            table.base_said = (m.group(1), m.group(2))


def _read_dates(table: RawTable, row: Sequence[object], cells: list[str], text: str, below: bool) -> None:
    """From one line around the table: the 交办 date relative deadlines count from, a deadline set
    for every item, and the 填报日期."""
    _read_base(table, text, below)
    for m in NAMED_DAY.finditer(text):  # 审计报告日期：2024年6月14日 (审计报告下达之日起60日内)
        if day := parse_date(m.group(2), None).value:
            table.dated.setdefault(m.group(1), day)
    year = year_said(text)
    _read_periods(table, text, year)
    for m in DAY_OF_EVENT.finditer(text):  # …评定委员会2024年5月10日通报；期限自通报之日起计算
        # (督导时间：2024年7月15日至19日；7月22日反馈问题，整改时限自反馈之日起计算: the line's year)
        if ("年" in m.group(1) or year) and (day := parse_date(m.group(1), year).value):
            table.dated.setdefault(m.group(2), day)
    if table.deadline_rule is None and (
        rule := DEADLINE_RULE.search(text)
        or TIME_AFTER.search(text)
        or TIME_GIVEN.search(text)
        or UNSTATED_TIME.search(text)
        or RESULT_DUE.search(text)
    ):
        table.deadline_rule = (rule.group("within") or rule.group("by")).replace(" ", "")
        if rule.group("start") and table.deadline_start is None:  # 自抽查之日起: from each row's 抽查日期
            table.deadline_start = rule.group("start")
            said = re.search(
                re.escape(rule.group("start")) + r"\S{0,4}?[:：]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2})",
                text,
            )
            # (…自下发之日起7个工作日内… 签名：张建国 日期：2024年7月10日: the day it was signed)
            said = said or SIGNED_ON.search(text)
            if said and (day := parse_date(said.group(1), None).value):  # 通知书下发日期：2024年6月25日
                table.base_date = (day, f"表{'下' if below else '上'}方写明的{rule.group('start')}日期")
    if table.deadline_rule is None and IMMEDIATE_ASKED.search(text):
        table.deadline_rule = "立行立改"  # 于6月14日印发问题清单，要求立行立改，不能立即整改的明确整改时限
    if not table.deadline_rules:
        table.deadline_rules = _rules_by_kind(text)
    _read_start(table, text, below)
    if table.deadline_column is None and (within := DEADLINE_COLUMN.search(text)):
        table.deadline_column = within.group(1) or within.group(2)
    if legend := read_legend(text) or read_classes(text):  # 完成情况代码：1-待接收 2-正常推进 …
        table.legends.append(
            (re.sub(r"(代码|代号|编码|说明|含义|[:：\s])+$", "", text[: legend[0]]), legend[1])
        )
    if table.report_date is None and (
        re.search(r"(填报|报送|统计|截止|截至)(日期|时间)?", text) or (below and DATE_LINE.match(cells[-1]))
    ):
        table.report_date = _preamble_date(row, text)


def _read_periods(table: RawTable, text: str, year: int | None) -> None:
    """The periods a line names with their spans (攻坚期：2024年6月1日至9月8日, for a time of 攻坚期内): each
    one's end — as written when no year is said (整改阶段：7月23日—8月31日), to be read in the items' year."""
    for m in NAMED_PERIOD.finditer(text):
        in_year = year_said(m.group(0)) or year
        if not in_year and "年" not in m.group(3):
            table.periods.setdefault(m.group(1), m.group(3))
        elif end := parse_date(m.group(3), in_year).value:
            table.periods.setdefault(m.group(1), end)


def year_said(text: str) -> int | None:
    """The first year a line names (2024年7月9日，…), for a day it names without one."""
    return int(m.group(1)) if (m := re.search(r"(20\d{2})\s*年", text)) else None


def _read_start(table: RawTable, text: str, below: bool) -> None:
    """What a line says relative deadlines count from: a day (自核查问题清单送达企业之日（2024年7月15日）
    起计算 — that day, whatever other date the lines name) or a column (办理时限自领导批示之日起计算)."""
    year = year_said(text)  # (2024年7月9日，…督导检查。…自督导检查之日（7月9日）起计算: the line's year)
    if (dated := START_ON_DAY.search(text)) and (day := parse_date(dated.group(2), year).value):
        table.base_date = (day, f"表{'下' if below else '上'}方写明的{dated.group(1)}日期")
    elif dated := DAY_THEN_START.search(text):  # 自7月22日问题反馈之日起计算: that day, in the return's year
        day = parse_date(dated.group(1), None).value if "年" in dated.group(1) else None
        if day:
            table.base_date = (day, f"表{'下' if below else '上'}方写明的{dated.group(2)}日期")
        else:
            table.base_date, table.base_said = None, (dated.group(1), dated.group(2))
    elif (dated := COUNTED_FROM.search(text)) and (day := parse_date(dated.group(2), year).value):
        table.base_date = (day, f"表{'下' if below else '上'}方写明的{dated.group(1)}起算日期")
    if table.deadline_start is None and (start := DEADLINE_START.search(text)):
        table.deadline_start = start.group(1) or start.group(2)
    if table.immediate_start is None and (start := IMMEDIATE_START.search(text)):
        table.immediate_start = start.group(1)
    if (counted := IMMEDIATE_FROM_DAY.search(text)) and (day := parse_date(counted.group(1), year).value):
        table.base_date = (day, f"表{'下' if below else '上'}方写明的立行立改起算日")
    started = table.immediate_start or table.deadline_start
    if (
        table.base_date is None
        and started
        and (done := re.search(DAY_SAID + r"[^。；;，,]{0,12}?" + re.escape(started), text))
        and (day := parse_date(done.group(1), year).value)
    ):  # 于2024年7月8日组织督办小组进驻各小区…，“立行立改”事项自进驻当日起整改: the day it happened
        table.base_date = (day, f"表{'下' if below else '上'}方写明的{started}日期")


# Classes a note defines (注：办理类别中，A类为所提问题已经解决或基本解决的；B类为所提问题正在解决…):
# class -> what it means, read as a status where a column holds the classes (normalize._classes_as_status).
CLASS_MEANT = re.compile(
    r"(?<![A-Za-z])([A-Da-d])\s*类?\s*(?:为|是|指|系|[:：])\s*([^；;。]{2,40}?)(?=[，,]\s*[A-Da-d]\s*类?\s*(?:为|是|指|系)|[；;。]|$)"
)  # (A为所提问题已经解决或基本解决，B为正在解决…: the classes of an answer's result)


def read_classes(text: str) -> tuple[int, dict[str, str]] | None:
    """(where the definitions start, class -> meaning) of a note defining two classes or more, or None."""
    pairs = list(CLASS_MEANT.finditer(text))
    if len({m.group(1).upper() for m in pairs}) < 2:
        return None
    return pairs[0].start(), {f"{m.group(1).upper()}类": m.group(2) for m in pairs}


# The day the results of the work are due (整改结果于2024年6月14日前报市政府督查局, 请于7月31日前将整改结果
# 报送): the work must be done by then — unlike a report of how it stands (整改情况), which may come first.
RESULT_DUE = re.compile(
    r"(?P<named>(?:整改|办理|落实)结果\S{0,6}?)?(?:于|在)\s*(?P<by>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末))"
    r"\s*(?:前|之前)(?(named)|\s*将?\s*(?:整改|办理|落实)结果)(?P<within>)(?P<start>)"
)  # (the results named before the day, or right after it)


# A time given to put things right, from the base date (限7日内整改到位, 责令15日内改正).
TIME_GIVEN = re.compile(
    r"(?:限|责令|要求)\s*(?P<within>" + NUM + r"\s*(?:个月|个工作日|个星期|周|日|天))\s*内"
    r"(?=\S{0,6}?(?:整改|改正|完成|办结|到位|落实|纠正))(?P<start>)(?P<by>)"
)
# A time named for what it is, counted from an event (办复时限：交办后3个月内送达提案复函).
TIME_AFTER = re.compile(
    r"(?:办复|办理|办结|答复|整改|处置)(?:时限|期限)\s*(?:[:：]|为)\s*(?P<start>\S{2,8}?)(?:之日)?后\s*"
    r"(?P<within>" + NUM + r"\s*(?:个月|个工作日|个星期|周|日|天))\s*内(?P<by>)"
)


# The time for every item that names none of its own (未注明时限的于7日内（7月29日前）将整改报告交局办公室):
# however it is to be reported, it is the items' time.
UNSTATED_TIME = re.compile(
    r"(?:未注明|未明确|未写明|未标明|未规定|没有|无)(?:整改)?(?:时限|期限|完成时间)的\S{0,8}?(?:于|在|限)?\s*"
    r"(?P<within>" + NUM + r"\s*(?:个月|个工作日|个星期|周|日|天))\s*内(?P<start>)(?P<by>)"
)
# 自反馈之日起整改, 自督查当日起计算: what a kind of item counts from (one group).
FROM_THAT_DAY = r"(?:自|从)(\S{2,12}?)(?:之日|当日|当天)?起(?:整改|计算|起算)"
# What the table's relative deadlines count from: "注：办理时限自领导批示之日起计算".
DEADLINE_START = re.compile(
    r"(?:时限|期限|[“\"](?:N|\d+|[一二三四五六七八九十]+)\s*个?(?:工作日|日|天|个月|周)内?[”\"])"  # (“N日内”自…)
    r"[^。；;]{0,20}?(?:自|从)(\S{2,12}?)(?:之日)?(?:起(?:按\S{0,4}?)?计算|起算|开始计算)"  # (起按工作日计算)
    r"|(?:立行立改|限期整改)[”\"’]?事项" + FROM_THAT_DAY  # 立行立改事项自反馈之日起整改
)  # (整改期限写“N日内”的，自填单日期起计算)
# What 立行立改 counts from, named apart from the other times (“5个工作日”自通报印发之日起计算；“立行立改”事项
# 自督查当日起整改): the day of the check, not of the notice.
IMMEDIATE_START = re.compile(r"立行立改[”\"’]?(?:事项)?" + FROM_THAT_DAY)
# Every item asked to be put right at once (印发问题清单，要求立行立改，不能立即整改的明确整改时限).
IMMEDIATE_ASKED = re.compile(r"要求\S{0,10}?(?:立行立改|立即整改)(?![^，。；;]{0,4}(?:的|事项|问题))")
# 立行立改事项以2024年7月10日全县清理部署会为起算日: the day itself.
IMMEDIATE_FROM_DAY = re.compile(
    r"(?:立行立改|立即整改)\S{0,6}?以\s*" + DAY_SAID + r"[^，。；;]{0,20}?为(?:起算日|起算日期|起算时间|起点)"
)
# The day they count from, written in the note: "自核查问题清单送达企业之日（2024年7月15日）起计算".
START_ON_DAY = re.compile(
    r"(?:自|从|以)(\S{2,14}?)之日\s*[（(]\s*" + DAY_SAID + r"\s*[）)]\s*(?:起|为准)"
)  # (…“立行立改”的，以镇排查交办之日（2024年6月5日）为准)
DAY_THEN_START = re.compile(r"(?:自|从)\s*" + DAY_SAID + r"\s*(\S{2,10}?)之日\s*起")
# A time that says the day it counts from (整改时限自2024年7月15日起计): that day, whatever else is dated.
COUNTED_FROM = re.compile(r"(时限|期限)\S{0,4}?(?:自|从)\s*" + DAY_SAID + r"\s*起(?:计|算|开始)")
# A note naming the column whose period is each item's time: "各项抽查任务须在计划开展时间内完成".
DEADLINE_COLUMN = re.compile(
    r"(?:须|应|要|必须)在(\S{2,10}?)(?:内|之内|以内|范围内)(?:完成|办结|整改到位)"
    r"|(?:时间节点|节点|时限|期限|完成时间)\S{0,2}?以(\S{2,8}?)(?:时间|日期|节点)?为准"  # 时间节点以化解办结时间为准
)
# A time given for one kind of item: "一般问题原则上在3个工作日内办结", "会办意见须自交办之日起一个月内".
WITHIN = re.compile(r"(?<![月第\d〇零一二两三四五六七八九十])" + NUM + r"\s*个?\s*(工作日|日|天|个月|周)")
LABEL = re.compile(r"^[^：:，,]{0,8}[：:]")


def _rules_by_kind(text: str) -> list[tuple[str, str]]:
    """The deadlines a line sets for several kinds of item, one per clause (at least two, else none):
    (the clause's words before the time — what it is for —, the time)."""
    rules = []
    for clause in re.split(r"[；;。，,\n]", text):
        clause = LABEL.sub("", clause.strip())
        if EXTENSION.search(clause):
            continue  # 经同意后可延长1个月: more time for some, not a kind of item
        if (m := WITHIN.search(clause)) and m.start() >= 2 and not _a_day(clause, m):
            rules.append((clause[: m.start()], m.group(0).replace(" ", "") + "内"))
        elif (m := BY_DAY.search(clause)) and m.start() >= 2:  # 列为重点督办的建议于2024年8月底前办复
            rules.append((clause[: m.start()], m.group(1).replace(" ", "") + "前"))
    return rules if len(rules) >= 2 else []


def _a_day(clause: str, m: re.Match[str]) -> bool:
    """7月2日和5日: 5日 is a day of the month there, not 5 days (5日内, 5个工作日 are)."""
    return bool(re.fullmatch(r"\S*?\d\s*日", m.group(0)) and A_DAY.match(clause, m.end()))


A_DAY = re.compile(r"\s*(?:$|[和、至到])")
EXTENSION = re.compile(r"(同意|批准|申请)\S{0,6}(延长|延期|顺延)")  # (较复杂的问题延长到10个工作日 is a kind)
BY_DAY = re.compile(r"(?:于|在)\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末))\s*(?:前|之前)")


UNIT_LINE = re.compile(
    r"(填报|报送|发文|导出|办理|责任|整改|承办|主办|牵头|被审计|被巡察|被巡视|被检查|被督查|被督导|受查|受检|施工)(?:单位|(?<=责任)(?:乡镇|镇|街道)|(?<=填报|报送)(?:科室|部门)|(?<=检查|督查|督导|审计|巡察)(?:学校|医院)|(?<=巡察|巡视)(?:党组织|党组|党委|党总支|党支部))(名称)?\s*(?:[（(][^）)]{0,6}[）)])?\s*[:：]\s*([^\s:：]+?)(?=\s|[；;]|填报|报送|日期|时间|联系|$)"
    r"|(填报|报送|责任|被审计|被巡察|被检查|被督查|被巡查)单位(名称)?\s+([^\s:：]+?)(?=\s|[；;]|填报|报送|日期|时间|联系|地址|$)"
    # a school's (a hospital's …) own form: 学校名称：濮阳市第五中学  所属区县：华龙区
    # (幼儿园：濮阳县城关镇中心幼儿园 — the kind of place alone as the label)
    r"|^\s*(学校|医院|企业|场所|门店|幼儿园|机构|机构第一|医疗机构|经营者|经营户|商户|店铺)(?:名称)?\s*[:：]\s*([^\s:：]+?)(?=\s|地址|所属|联系|法定|$)"
    # a community's own register: 社区：华龙区中原路街道建设社区居民委员会  时间：…
    r"|^\s*(社区|村|村居)\s*[:：]\s*([^\s:：]{4,}?(?:社区|村|居民委员会|村民委员会|居委会|村委会))(?=\s|时间|日期|$)"
    # a system's export for a site: 物业服务企业：濮阳市瑞祥物业服务有限公司 — the company that runs it
    r"|^\s*(物业服务|物业|运营|经营)(?:企业|单位|公司)(?:名称)?\s*(?:[（(][^）)]{0,6}[）)])?\s*[:：]\s*([^\s:：]+?(?:公司|集团|企业|中心))(?=\s|导出|时间|日期|联系|$)"
    # the place a check record was made at, when it is an institution (检查地点 | 濮阳县第三中学): it answers
    r"|(?:^|\s)(检查地点|受检地点|检查场所)\s*[:：]?\s*"
    r"([^\s:：]{4,30}?(?:学校|小学|中学|幼儿园|学院|医院|卫生院|公司|宾馆|酒店|商场|超市))(?=\s|$)"
)


BARE_SECTION = re.compile(
    r"(?![^\s]{0,6}?(市|县|区|镇|乡))[^\s]{2,10}?(科|股|室|处|部|组)"
)  # 纳税服务科: no place of its own
SECTION_LINE = re.compile(r"(填报|报送)(科室|部门)")  # the section that filled it in (UNIT_LINE)
# "单位：市燃气公司（盖章）" at the start of a line; never the inspector's (检查单位：…).
BARE_UNIT = re.compile(
    r"^\s*(?:单位|受检单位)?(?:名称)?\s*[:：]\s*(?P<name>[^\s:：]+?)(?=\s|填报|报送|日期|时间|联系|检查|地址|$)"
)
# A line about the other party (督查组成员单位：…, 检查单位：…, 交办单位：…): it names no unit of the return.
OTHER_PARTY_LINE = re.compile(
    r"(督查|检查|巡查|巡察|巡视|督导|暗访|核查|督察|监理|评估|测评|考评|评查|抽查|验收)(组|单位|人员)|成员单位|交办单位|检查组"
)


# The name on a card of label|value pairs over a table (名称： 华龙区实验小学 地址： …).
CARD_NAME = re.compile(r"^\s*(?:单位|受检单位|被检查单位|检查对象)?名称\s*[:：]\s*(?P<name>[^\s:：]{2,40})\s")
ADDRESSEE = re.compile(r"^[^\s：:]{2,30}[：:]\s*$")
# A notice to put things right (整改通知书, 督办函): whom it is addressed to is the unit that must.
NOTICE_TITLE = re.compile(r"(整改|督办|责令|限期)\S{0,6}(通知书?|函)$|(通知书|意见书|告知书|决定书|建议书)$")
ADDRESSED_MANY = re.compile(r"各|、|，|,|有关")  # 各县（区）人民政府，市直有关单位： — not one unit
# An office outside the directory named with the section that filled the return in (濮阳市人民医院
# 科教科, 某某公司安全环保部): the office is the unit.
# A town's (or street's) own office sent the return: the town is the unit (its 党政办, 信访办, 财政所 are
# no offices of their own).
TOWN_SECTION_SENT = re.compile(
    r"^(\S{1,10}(?:镇|乡)(?:人民政府|政府)|\S{1,10}街道办事处)(\S{0,8}?(办公室|办|所|站|中心|科|室|组|股))$"
)
# An office's Party committee (or group) sent it: the office is the unit.
PARTY_BODIES = "公司|集团|局|委员会|委|办|院|厅|中心|学校|大学|学院|医院"
PARTY_OF = re.compile(
    rf"^(?:中共)?(\S{{2,30}}?(?:{PARTY_BODIES}))"
    r"(?:党委|党组|党总支|党支部|纪委|纪检组|纪律检查委员会)$"  # (…集团有限公司纪委: the group's own)
)
PARTY_COMMITTEE_OF = re.compile(
    r"^中共(\S{2,30}?(?:公司|集团|局|医院|学校|大学|学院|中心|院|中学|小学|幼儿园))(?:总支部|总支|支部)?委员会$"
)  # (中共清丰县第二高级中学支部委员会: the school's Party branch writes for the school)  # (中共濮阳市委员会 is the city's committee, no office's; …党委, …党组: PARTY_OF)
# A town's committee or its office sent it (岳村镇安全生产委员会办公室, 城关镇党委): the town is the unit.
TOWN_BODY_SENT = re.compile(
    r"^((?:\S{1,8}(?:市|县|区))?[^\s市县区]{2,6}(?:镇|乡|街道))(?:人民政府|政府|办事处)?"
    r"(党委|党工委|纪委|(?!\S*(村|社区|居民))\S{2,10}?(委员会|领导小组|指挥部)(办公室)?)$"
)  # (文留镇王庄村村民委员会 is the village's own committee, a unit of its own)
# A Party committee's own departments (中共华龙区委组织部, 县委宣传部, 市委政法委): offices of their own.
PARTY_DEPARTMENT = re.compile(
    r"^(中共)?\S{1,10}(市|县|区)委(组织部|宣传部|统战部|统一战线工作部|政法委员会|政法委|社会工作部|政策研究室"
    r"|网信办|老干部局|编办|机构编制委员会办公室|巡察办|巡察工作领导小组办公室|办公室)$"
)
SENDER_SECTION = re.compile(
    r"^(\S{2,30}?(医院|学校|大学|学院|公司|集团|中心|局|纪委监委|委员会|委|院|所|分行|支行|分公司))"  # (纪委监委信访室)
    # (a government's 办公室 is an office of its own; …股份有限公司濮阳分行运营管理部: the 分行's section;
    # …集团有限公司审计部: the company's whole name, 有限公司 no part of the section)
    r"((?!有限|股份)(?:(?!分行|支行|分公司|分理处|营业部)\S){1,12}?(科|处|室|股|部|办公室|办|组))$"  # (营业部: a branch's office)
    # a school's, a hospital's or a company's own centre (…专科学校实验实训中心, …医院体检中心)
    r"|^(\S{2,30}?(医院|学校|大学|学院|公司|集团))(\S{2,10}?中心)$"
)


# A name stamped on the return (药店名称（盖章）：濮阳市仁和大药房有限公司中原路店): the sender.
STAMPED_NAME = re.compile(
    r"[^\s:：]{0,6}(?:单位|名称)\s*[（(]\s*(?:盖章|公章|签章)\s*[）)]\s*[:：]\s*(?P<name>[^\s:：]{2,40}?)(?=\s|$)"
)


# 单位：万元 over a table of figures names the unit of measure, not an office.
MEASURE_UNIT = re.compile(r"(亿|万|千|百)?(元|美元|吨|公里|千米|米|平方米|亩|公顷|个|人|户|件|%|％)")


def _unit_written(text: str) -> str | None:
    """The unit on a 填报单位 line: "填报单位（盖章）：市统计局", "市统计局（盖章）" on its own."""
    if (stamped := STAMPED_NAME.search(text)) and not UNIT_LINE.search(text):
        return stamped.group("name")
    m = UNIT_LINE.search(text) or BARE_UNIT.search(text)
    named = re.split(r"[:：]", text[m.start() :], maxsplit=1)[-1].lstrip() if m else ""
    if government := _joint_government(named):
        return government  # 报送单位：中共陈庄镇委员会  陈庄镇人民政府: the government does the work
    if m and (
        re.match(r"(日期|时间)\s*[:：]", text[m.end() :])  # (截止日期: the next label, right after)
        or MEASURE_UNIT.fullmatch(m.group(0).split("：")[-1].split(":")[-1].strip())
    ):
        return None  # 填报单位（盖章）：        截止日期：…: left blank, the next label's first words
    if m:
        name = (
            m.group("name")
            if m.re is BARE_UNIT
            else m.group(3) or m.group(6) or m.group(8) or m.group(10) or m.group(12) or m.group(14) or ""
        ).strip()
        name = re.sub(r"[（(][^）)]*[）)]$", "", name)  # （盖章）, or the office inside it: （院办）
        if name and SECTION_LINE.match(m.group(0)) and not ORG_FIRST.match(name):
            return None  # 填报部门：安环部 — a section of the unit the title names, no unit
        if name and m.group(0).lstrip().startswith("导出") and BARE_SECTION.fullmatch(name):
            return None  # 导出单位：纳税服务科 — the section that ran the export, inside the body the title names
        if name and not name.startswith(("填报", "报送")) and not SENTENCE.search(name):
            return name
        return None
    m = STAMPED.search(text)
    return m.group(2) if m else None


# The end of a period written after its start: "—7月31日", "至2024年7月31日".
PERIOD = re.compile(r"\s*日?\s*[-—–~至到]+\s*((?:\d{4}\s*[年./-]\s*)?\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?)")


def _preamble_date(row: Sequence[object], text: str) -> date | None:
    """The date on a 填报日期 line: in the same cell as text, or a real date in a cell of its own."""
    dated = r"\s*[:：]?\s*(?P<day>\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})"
    m = re.search(r"(填报|报送|统计|截止|截至)\S{0,4}?" + dated, text) or (
        re.search(dated, text) if len(text) <= 60 else None  # a date inside a sentence is no 填报日期
    )
    if m:
        if span := PERIOD.match(text, m.end("day")):  # 统计时段：2024年7月1日—7月31日: as of its end
            start = parse_date(m.group("day"), None).value
            return parse_date(span.group(1), start.year if start else None, near=start).value
        return parse_date(m.group("day"), None).value
    for value in row:
        if isinstance(value, date):
            return value.date() if isinstance(value, datetime) else value
    return None
