"""Regenerate the dev3 part of the intake corpus (python tests/data/corpus/dev3/make_dev3.py).

These layouts were first kept aside while the reading rules were written and measured once (49 of
92 items read right, 53.3%); the reader was developed on them after that (tests/data/corpus/README.md). Each return copies the layout of a kind of table a public source
shows -- its title and preamble lines, its header words, its status and deadline wording, its footer,
its merged cells, its physical form; the source is cited next to each layout. The contents (problems,
names, dates) are made up; the layouts are not ours.

What a person reads in each file is in expected.json beside this script, written by hand from the
files (never from the tool's output).

Needs XlsxWriter, python-docx and LibreOffice (soffice) for the .wps (Word 97 document) and the .et
(Excel 97 workbook) returns.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 29, 9, 30, 0)


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _workbook(target, author: str = "Administrator") -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(target, {"strings_to_formulas": False, "in_memory": True})
    wb.set_properties({"author": author, "created": CREATED, "title": ""})
    return wb


def _formats(wb: xlsxwriter.Workbook) -> dict:
    base = {"font_name": "宋体", "font_size": 11, "valign": "vcenter", "text_wrap": True}
    return {
        "title": wb.add_format({**base, "bold": True, "font_size": 16, "align": "center"}),
        "left": wb.add_format({**base, "align": "left"}),
        "head": wb.add_format({**base, "bold": True, "align": "center", "border": 1}),
        "cell": wb.add_format({**base, "border": 1}),
        "center": wb.add_format({**base, "border": 1, "align": "center"}),
        "date": wb.add_format({**base, "border": 1, "align": "center", "num_format": "yyyy-mm-dd"}),
        "plain": wb.add_format(base),
    }


def _write_row(ws, row: int, values, fmt, fdate=None) -> None:
    for col, value in enumerate(values):
        if value is None:
            ws.write_blank(row, col, None, fmt)
        elif isinstance(value, date):
            ws.write_datetime(row, col, datetime(value.year, value.month, value.day), fdate or fmt)
        else:
            ws.write(row, col, value, fmt)


def _soffice(src: Path, fmt: str, target: Path) -> None:
    """Convert ``src`` with LibreOffice to ``fmt`` and store the result as ``target``."""
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                out,
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
        produced = Path(out) / (src.stem + "." + fmt)
        shutil.copyfile(produced, target)


def _docx_props(doc: Document, author: str) -> None:
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.created = CREATED
    props.modified = CREATED
    props.revision = 3


def _docx_font(doc: Document, size: float = 12) -> None:
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def _para(doc: Document, text: str, bold: bool = False, size: float | None = None, center: bool = False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# ---------------------------------------------------------------------------------------------
# 1. 重点工作任务自评: a department's self-assessment of its key tasks, exported from the appraisal
# system as CSV in UTF-8 with BOM; the sending unit only in the file name. Columns and wording of the
# system's department page (是否完成 已完成/未完成, 自评分, 详细说明, 工作任务, 任务分解/时序进度 with
# "3月 …", "1月至4月 …", "3月-4月 …" lines, 考核要点):
# https://github.com/twotom/performanceappraisal/blob/faa38976643fa4f30ac9ca54cb976b8066e4316f/src/main/webapp/WEB-INF/templates/department_key_self/202.ftl
# ---------------------------------------------------------------------------------------------
SRC_ZIPING = (
    "https://github.com/twotom/performanceappraisal/blob/faa38976643fa4f30ac9ca54cb976b8066e4316f/"
    "src/main/webapp/WEB-INF/templates/department_key_self/202.ftl"
)


def ziping_csv() -> None:
    header = ["是否完成", "自评分", "详细说明", "工作任务", "任务分解/时序进度", "考核要点"]
    rows = [
        [
            "已完成",
            "95",
            "6月已印发《行政执法三项制度实施细则》",
            "完善行政执法“三项制度”",
            "3月 开展行政执法三项制度落实情况自查\n4月至5月 修订实施细则\n6月 印发实施",
            "印发实施细则",
        ],
        [
            "未完成",
            "60",
            "已完成摸底和签约，正在组织律师进村居开展服务",
            "推进“一村（社区）一法律顾问”全覆盖",
            "1月至3月 摸底调查\n4月-6月 签订服务协议\n7月至12月 开展常态化法律服务",
            "村（社区）法律顾问覆盖率100%",
        ],
        ["未完成", "", "", "开展行政复议案件质量评查", "8月-10月 组织案件评查并通报结果", "形成评查通报"],
        [
            "已完成",
            "100",
            "已于5月完成换届",
            "推进人民调解委员会规范化建设",
            "3月-5月 完成市、县两级人民调解委员会换届",
            "换届率100%",
        ],
        [
            "",
            "",
            "",
            "加强社区矫正对象信息化核查",
            "6月至9月 完成社区矫正对象信息化核查全覆盖",
            "核查覆盖率100%",
        ],
        [
            "未完成",
            "50",
            "初稿已完成，正在征求意见",
            "修订法律援助案件质量评估办法",
            "4月至5月 调研起草\n6月-7月 征求意见并印发",
            "印发评估办法",
        ],
        ["已完成", "90", "", "开展普法志愿者骨干培训", "6月 举办普法志愿者骨干培训班", "培训不少于100人"],
    ]
    lines = [",".join(_csv(v) for v in header)] + [",".join(_csv(v) for v in r) for r in rows]
    target = HERE / "重点工作任务自评表_市司法局_20240731.csv"
    target.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


def _csv(value: str) -> str:
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


# ---------------------------------------------------------------------------------------------
# 2. 企业一般事故隐患情况列表: the company list of a 安全生产事故隐患排查治理信息系统 -- a line with
# area, company and period above, a two-row header with ticks (隐患类别 人|物|管理, 录入方式 自报|代报,
# 治理状态 未治理|已治理), 录入时间, and the 说明 block under the table:
# https://github.com/ColinYu25/yhpc/blob/6008a5e3b5626b54e23274d37b432df405c4bf3a/src/main/webapp/template/statistic/company_nomalDanger_list.ftl
# ---------------------------------------------------------------------------------------------
SRC_YHPC = (
    "https://github.com/ColinYu25/yhpc/blob/6008a5e3b5626b54e23274d37b432df405c4bf3a/"
    "src/main/webapp/template/statistic/company_nomalDanger_list.ftl"
)


def yinhuan_ticks() -> None:
    wb = _workbook(str(HERE / "一般事故隐患情况列表（燃气公司7月）.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("隐患列表")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 4, 6)
    ws.set_column(5, 5, 12)
    ws.set_column(6, 9, 7)
    ws.merge_range(0, 0, 0, 9, "企业一般事故隐患情况列表", f["title"])
    ws.merge_range(1, 0, 1, 2, "华龙区", f["center"])
    ws.merge_range(1, 3, 1, 6, "濮阳市燃气有限公司", f["center"])
    ws.merge_range(1, 7, 1, 9, "2024年第3季度7月", f["center"])
    ws.merge_range(2, 0, 3, 0, "序号", f["head"])
    ws.merge_range(2, 1, 3, 1, "隐患描述", f["head"])
    ws.merge_range(2, 2, 2, 4, "隐患类别", f["head"])
    ws.merge_range(2, 5, 3, 5, "录入时间", f["head"])
    ws.merge_range(2, 6, 2, 7, "录入方式", f["head"])
    ws.merge_range(2, 8, 2, 9, "治理状态", f["head"])
    for col, text in zip(range(2, 5), ["人", "物", "管理"], strict=True):
        ws.write(3, col, text, f["head"])
    for col, text in zip(range(6, 10), ["自报", "代报", "未治理", "已治理"], strict=True):
        ws.write(3, col, text, f["head"])
    T = "√"
    rows = [
        [1, "城区调压站围栏破损，无关人员可随意进入", None, T, None, "2024-07-03", T, None, None, T],
        [2, "部分入户安检员未按规定佩戴防爆工具", T, None, None, "2024-07-05", T, None, T, None],
        [3, "应急预案未根据新建场站情况修订", None, None, T, "2024-07-09", None, T, None, T],
        [4, "老旧小区庭院燃气管道锈蚀严重", None, T, None, "2024-07-12", T, None, T, None],
        [5, "加气站消防器材过期未更换", None, T, None, "2024-07-18", T, None, None, T],
        [6, "新入职员工安全培训记录不全", None, None, T, "2024-07-22", None, T, None, None],
    ]
    for i, r in enumerate(rows):
        _write_row(ws, 4 + i, r, f["center"])
        ws.write(4 + i, 1, r[1], f["cell"])
    note = 4 + len(rows) + 1
    ws.merge_range(note, 0, note + 2, 0, "说\n明", f["center"])
    ws.merge_range(
        note,
        1,
        note,
        9,
        "隐患类别：“√”代表隐患所属的类别。人：人的不安全行为；管理：管理上的缺陷；物：物的不安全状态。",
        f["cell"],
    )
    ws.merge_range(note + 1, 1, note + 1, 9, "录入方式：“√”代表隐患所属录入方式。", f["cell"])
    ws.merge_range(note + 2, 1, note + 2, 9, "治理状态：“√”代表隐患所属治理状态。", f["cell"])
    wb.close()


# ---------------------------------------------------------------------------------------------
# 3. 隐患治理信息台账, saved from Excel as "Unicode 文本" (tab-separated UTF-16LE with BOM).
# Columns of the ledger page of a hidden-danger system (序号, 排查时间, 排查人, 隐患部位, 隐患名称,
# 隐患等级, 治理措施, 完成时限, 责任部门, 责任人, 复查时间, 复查人, 复查结果): progress only in the
# 复查结果 closure column:
# https://github.com/dudu-du/msm/blob/00bbe3f197c2abf90c10eb0ef12b5cfc896c076f/web/src/main/resources/templates/check/dangerLedgerPage.ftl
# ---------------------------------------------------------------------------------------------
SRC_MSM = (
    "https://github.com/dudu-du/msm/blob/00bbe3f197c2abf90c10eb0ef12b5cfc896c076f/"
    "web/src/main/resources/templates/check/dangerLedgerPage.ftl"
)


def yinhuan_tsv() -> None:
    header = [
        "序号",
        "排查时间",
        "排查人",
        "隐患部位",
        "隐患名称",
        "隐患等级",
        "治理措施",
        "完成时限",
        "责任部门",
        "责任人",
        "复查时间",
        "复查人",
        "复查结果",
    ]
    rows = [
        [
            "1",
            "2024/7/2",
            "王建国",
            "市教育局机关办公楼配电室",
            "配电室内堆放纸箱等可燃杂物",
            "一般隐患",
            "清理杂物，设置警示标识",
            "2024.7.10",
            "市教育局",
            "刘洋",
            "2024/7/11",
            "王建国",
            "复查合格",
        ],
        [
            "2",
            "2024/7/3",
            "王建国",
            "市体育馆东看台",
            "看台疏散指示标志损坏不亮",
            "一般隐患",
            "更换疏散指示标志",
            "7月20日前",
            "市文广新局",
            "陈静",
            "2024/7/19",
            "李明",
            "已整改",
        ],
        [
            "3",
            "2024/7/8",
            "李明",
            "城关镇农贸市场",
            "电动自行车集中充电区未配置消防设施",
            "较大隐患",
            "增设智能充电桩和灭火器",
            "7月底前",
            "城关镇人民政府",
            "马超",
            "",
            "",
            "",
        ],
        [
            "4",
            "2024/7/9",
            "李明",
            "检验检测中心试剂室",
            "危化品试剂柜未落实双人双锁管理",
            "一般隐患",
            "落实双人双锁、建立领用台账",
            "2024年7月15日",
            "市食药监局",
            "赵丽",
            "2024/7/16",
            "王建国",
            "部分整改",
        ],
        [
            "5",
            "2024/7/15",
            "张伟",
            "市中心医院住院部",
            "住院部消防通道被医疗推车占用",
            "一般隐患",
            "清理通道，落实定人巡查",
            "2024/7/18",
            "市卫健委",
            "孙红",
            "2024/7/19",
            "张伟",
            "合格",
        ],
        [
            "6",
            "2024/7/16",
            "张伟",
            "公交保修厂维修车间",
            "车间电焊作业未履行动火审批",
            "较大隐患",
            "建立动火作业审批制度",
            "2024年8月31日",
            "市公交公司",
            "周斌",
            "2024/7/26",
            "张伟",
            "未整改",
        ],
        [
            "7",
            "2024/7/22",
            "王建国",
            "市图书馆北侧外墙",
            "外墙瓷砖空鼓存在脱落风险",
            "一般隐患",
            "设置隔离区并维修外墙",
            "9月30日前",
            "市文化广电和旅游局",
            "陈静",
            "",
            "",
            "",
        ],
    ]
    width = len(header)
    lines = [
        ["2024年7月市直单位安全隐患治理信息台账"] + [""] * (width - 1),
        ["填报单位：市安委会办公室", "", "", "", "", "", "", "", "", "填报日期：2024年7月29日", "", "", ""],
        header,
        *rows,
        [""] * width,
        ["注：完成时限以隐患整改通知书为准；复查结果由复查人填写。"] + [""] * (width - 1),
        ["填表人：刘佳", "", "", "联系电话：0393-8881234"] + [""] * (width - 4),
    ]
    text = "\r\n".join("\t".join(cells) for cells in lines) + "\r\n"
    (HERE / "安全隐患治理信息台账.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


# ---------------------------------------------------------------------------------------------
# 4. 代表建议目录, a Word document: title paragraphs, then the list in two tables (重点建议, 其他建议)
# under a two-row header with merged cells (提建议人 over 单位|姓名), 拟主办单位 and 备注:
# https://github.com/Kskjshare/zhrd/blob/591a352bc90bc899bc242034d773e5fef91c4283/report/suggimportant.jsp
# ---------------------------------------------------------------------------------------------
SRC_ZHRD = (
    "https://github.com/Kskjshare/zhrd/blob/591a352bc90bc899bc242034d773e5fef91c4283/report/suggimportant.jsp"
)


def _suggestion_table(doc: Document, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=2 + len(rows), cols=7)
    table.style = "Table Grid"
    top, sub = table.rows[0].cells, table.rows[1].cells
    for col, text in [(0, "序号"), (1, "建议编号"), (4, "建议标题"), (5, "拟主办单位"), (6, "备注")]:
        merged = top[col].merge(sub[col])
        merged.text = text
    merged = top[2].merge(top[3])
    merged.text = "提建议人"
    sub[2].text = "单位"
    sub[3].text = "姓名"
    for i, values in enumerate(rows):
        cells = table.rows[2 + i].cells
        for col, value in enumerate(values):
            cells[col].text = value


def renda_docx() -> None:
    doc = Document()
    _docx_font(doc)
    _docx_props(doc, "人代工委")
    _para(doc, "濮阳市第十届人民代表大会第三次会议", bold=True, size=16, center=True)
    _para(doc, "代表建议目录（市政府系统承办部分）", bold=True, size=16, center=True)
    _para(doc, "一、重点建议", bold=True)
    _suggestion_table(
        doc,
        [
            [
                "1",
                "第0012号",
                "华龙区岳村镇人民政府",
                "李红霞",
                "关于加快农村生活污水治理的建议",
                "市环保局",
                "已答复，代表满意",
            ],
            [
                "2",
                "第0027号",
                "市农业农村局",
                "张国栋",
                "关于完善城区学校周边交通安全设施的建议",
                "市交警支队",
                "正在办理",
            ],
            [
                "3",
                "第0035号",
                "濮阳县人民医院",
                "刘素芬",
                "关于增加基层医疗机构全科医生编制的建议",
                "市卫计委",
                "",
            ],
        ],
    )
    _para(doc, "")
    _para(doc, "二、其他建议", bold=True)
    _suggestion_table(
        doc,
        [
            [
                "1",
                "第0041号",
                "清丰县马庄桥镇人民政府",
                "赵建民",
                "关于加大高标准农田建设投入的建议",
                "市农委",
                "已答复",
            ],
            [
                "2",
                "第0056号",
                "濮阳市第三中学",
                "孙丽",
                "关于规范校外培训机构收费行为的建议",
                "市教育局",
                "会办单位：市市场监管局",
            ],
            [
                "3",
                "第0063号",
                "市住房公积金管理中心",
                "陈晓东",
                "关于简化不动产登记办理流程的建议",
                "市国土局",
                "正在办理",
            ],
            [
                "4",
                "第0078号",
                "南乐县城关镇人民政府",
                "周红",
                "关于增设城区公共厕所的建议",
                "市城管局",
                "已答复，代表基本满意",
            ],
        ],
    )
    _para(doc, "注：备注栏填写办理进度。")
    p = _para(doc, "市人大常委会人事代表工作委员会　　2024年7月")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(str(HERE / "市十届人大三次会议代表建议目录.docx"))


# ---------------------------------------------------------------------------------------------
# 5. 优化营商环境重点任务: one task per block in two columns (label | text), blocks one under
# another -- the task, then 责任单位：… （第一责任单位为牵头单位，下同）, 时限要求：… (持续推进 or a
# date), as the city's measures are published:
# https://www.xm.gov.cn/zfgb/6240
# ---------------------------------------------------------------------------------------------
SRC_XM = "https://www.xm.gov.cn/zfgb/6240"


def yingshang_blocks() -> None:
    wb = _workbook(str(HERE / "优化营商环境重点任务落实情况.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("落实情况")
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 70)
    ws.merge_range(0, 0, 0, 1, "2024年优化营商环境重点任务落实情况（截至7月25日）", f["title"])
    ws.merge_range(1, 0, 1, 1, "报送单位：市优化营商环境工作领导小组办公室", f["left"])
    blocks = [
        (
            "（一）",
            "全面推行企业开办“一网通办”，将企业开办时间压缩至1个工作日以内。",
            "市工商局、市税务局（第一责任单位为牵头单位，下同）",
            "2024年6月底前",
            "已完成。6月起企业开办实现全程网办，平均用时0.8个工作日。",
        ),
        (
            "（二）",
            "推进工程建设项目审批“多测合一”改革，实现测绘成果共享互认。",
            "市国土资源局、市住建局",
            "2024年9月底前",
            "已出台实施细则，测绘成果共享平台正在建设。",
        ),
        (
            "（三）",
            "清理拖欠民营企业中小企业账款，无分歧欠款应清尽清。",
            "市财政局、市工信局",
            "持续推进",
            "常态化推进，已建立欠款台账动态清零机制。",
        ),
        (
            "（四）",
            "开展涉企违规收费专项检查，坚决纠正乱收费、乱罚款、乱摊派。",
            "市发改委、市市场监管局",
            "2024年6-8月",
            "尚未启动。",
        ),
        (
            "（五）",
            "推行水电气报装“一件事”联办，压减报装环节和时间。",
            "市供电公司、市自来水公司、市燃气公司",
            "2024年第三季度",
            "联办窗口已在市民之家设立，线上系统正在联调。",
        ),
        ("（六）", "建立企业诉求“接诉即办”闭环机制。", "市行政服务中心", "2024年年底前", ""),
    ]
    row = 3
    for no, task, unit, limit, progress in blocks:
        ws.write(row, 0, no, f["cell"])
        ws.write(row, 1, task, f["cell"])
        ws.write(row + 1, 0, "责任单位：", f["cell"])
        ws.write(row + 1, 1, unit, f["cell"])
        ws.write(row + 2, 0, "时限要求：", f["cell"])
        ws.write(row + 2, 1, limit, f["cell"])
        ws.write(row + 3, 0, "进展情况：", f["cell"])
        if progress:
            ws.write(row + 3, 1, progress, f["cell"])
        else:
            ws.write_blank(row + 3, 1, None, f["cell"])
        row += 5
    ws.merge_range(row, 0, row, 1, "联系人：何静　　联系电话：0393-8990001", f["left"])
    wb.close()


# ---------------------------------------------------------------------------------------------
# 6. 民生实事项目进展情况公示 as a WPS 文字 file: one record card per project -- the project, then
# 牵头领导 / 责任单位 / 项目责任人 / 配合单位 / 实际完成情况 -- written in Word, converted by
# LibreOffice to Word 97 (.doc) and saved with the .wps suffix:
# http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm?div=-1
# ---------------------------------------------------------------------------------------------
SRC_CNNB = "http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm?div=-1"


def minsheng_wps() -> None:
    doc = Document()
    _docx_font(doc, 11)
    _docx_props(doc, "市政府督查室")
    _para(doc, "2024年市政府民生实事项目1—6月份进展情况公示", bold=True, size=16, center=True)
    _para(
        doc,
        "2024年市政府民生实事项目共6项，各责任单位高度重视，现将实事项目1—6月份进展情况予以公示，接受社会监督。",
    )
    cards = [
        (
            "1.新建改造城区公厕30座。",
            "王新民",
            "市城管执法局",
            "杜鹏",
            "市住建局、市自然资源和规划局",
            "已新建改造公厕18座，其余12座正在施工。",
        ),
        (
            "2.为全市65岁以上老年人免费开展健康体检。",
            "刘敏",
            "市卫计委",
            "高远",
            "各县（区）人民政府",
            "已完成体检12.6万人，完成年度目标任务的63%，项目按预期计划有序推进。",
        ),
        (
            "3.新增城镇就业岗位2万个。",
            "刘敏",
            "市人社局",
            "韩梅",
            "市工信局、市商务局",
            "截至6月底新增城镇就业2.3万人，已超额完成年度目标任务。",
        ),
        (
            "4.为困难残疾人家庭实施无障碍改造500户。",
            "刘敏",
            "市残联",
            "许静",
            "市民政局、市财政局",
            "受资金未到位影响，项目尚未启动。",
        ),
        (
            "5.开通城乡公交线路5条。",
            "王新民",
            "市公交公司",
            "郑伟",
            "市交通运输局",
            "5条线路已于2024年5月30日全部开通运营。",
        ),
        ("6.建设24小时城市书房10个。", "李娟", "市文广新局", "马丽", "市财政局", ""),
    ]
    table = doc.add_table(rows=4 * len(cards), cols=4)
    table.style = "Table Grid"
    for i, (title, leader, unit, person, helper, done) in enumerate(cards):
        r = 4 * i
        head = table.cell(r, 0).merge(table.cell(r, 3))
        head.text = title
        head.paragraphs[0].runs[0].bold = True
        for col, text in enumerate(["牵头领导", leader, "责任单位", unit]):
            table.cell(r + 1, col).text = text
        for col, text in enumerate(["项目责任人", person, "配合单位", helper]):
            table.cell(r + 2, col).text = text
        table.cell(r + 3, 0).text = "实际完成情况"
        merged = table.cell(r + 3, 1).merge(table.cell(r + 3, 3))
        merged.text = done
    p = _para(doc, "市人民政府督查室　　2024年7月10日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "民生实事进展.docx"
        doc.save(str(src))
        _soffice(src, "doc", HERE / "2024年市政府民生实事1-6月进展情况.wps")


# ---------------------------------------------------------------------------------------------
# 7. 12345热线工单办理情况, one sheet per 承办单位, as a WPS 表格 .et file (Excel 97 written by
# LibreOffice, saved with the .et suffix). 诉求类型 (投诉/举报/求助/建议/咨询), 办理时限 in working
# days from 派单, 回访 满意/一般满意 as the monthly 12345 report of a county city words them:
# https://www.jxfc.gov.cn/fcsrmzf/rxtj/202506/bd016aaa75bd438f93b506d85ef3ac28.shtml
# ---------------------------------------------------------------------------------------------
SRC_JXFC = "https://www.jxfc.gov.cn/fcsrmzf/rxtj/202506/bd016aaa75bd438f93b506d85ef3ac28.shtml"


def rexian_et() -> None:
    sheets = [
        (
            "城关镇",
            "承办单位：城关镇人民政府　　统计时段：2024年7月1日—7月31日",
            [
                [
                    "2407011023",
                    _d("2024-07-01"),
                    "投诉",
                    "反映幸福路夜市油烟扰民",
                    "5个工作日",
                    "已办结",
                    "满意",
                ],
                [
                    "2407081187",
                    _d("2024-07-08"),
                    "求助",
                    "反映东街村自来水水压低",
                    "10个工作日",
                    "办理中",
                    None,
                ],
                [
                    "2407220316",
                    _d("2024-07-22"),
                    "建议",
                    "建议中心小学门口增设减速带",
                    "15个工作日",
                    "未办理",
                    None,
                ],
            ],
        ),
        (
            "市城管局",
            "统计时段：2024年7月1日—7月31日",
            [
                [
                    "2407030552",
                    _d("2024-07-03"),
                    "投诉",
                    "反映胜利路与京开大道交叉口占道经营",
                    "3个工作日",
                    "已办结",
                    "一般满意",
                ],
                [
                    "2407160931",
                    _d("2024-07-16"),
                    "举报",
                    "举报开州路某工地夜间违规施工",
                    "5个工作日",
                    "办理中",
                    "不满意，退回重办",
                ],
            ],
        ),
        (
            "市住建局",
            "统计时段：2024年7月1日—7月31日",
            [
                [
                    "2407100248",
                    _d("2024-07-10"),
                    "投诉",
                    "反映绿城小区开发商逾期未办理房产证",
                    "15个工作日",
                    "已办结",
                    "满意",
                ],
                [
                    "2407250677",
                    _d("2024-07-25"),
                    "咨询",
                    "咨询老旧小区加装电梯补贴政策",
                    "3个工作日",
                    None,
                    None,
                ],
            ],
        ),
    ]
    header = ["工单编号", "派单时间", "诉求类型", "诉求内容", "办理时限", "办理状态", "回访情况"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "12345工单.xlsx"
        wb = _workbook(str(src))
        f = _formats(wb)
        for name, line, rows in sheets:
            ws = wb.add_worksheet(name)
            ws.set_column(0, 0, 13)
            ws.set_column(1, 1, 12)
            ws.set_column(3, 3, 40)
            ws.set_column(4, 6, 12)
            ws.merge_range(0, 0, 0, 6, "12345政务服务便民热线工单办理情况表", f["title"])
            ws.merge_range(1, 0, 1, 6, line, f["left"])
            _write_row(ws, 2, header, f["head"])
            for i, r in enumerate(rows):
                _write_row(ws, 3 + i, r, f["cell"], f["date"])
            ws.merge_range(
                4 + len(rows),
                0,
                4 + len(rows),
                6,
                "注：办理时限自派单之日起计算（不含当日），按工作日计。",
                f["left"],
            )
        wb.close()
        _soffice(src, "xls", HERE / "12345热线工单办理情况（7月）.et")


# ---------------------------------------------------------------------------------------------
# 8. 审计查出问题整改挂销号台账: problems grouped under 一、二、 with 小计 rows and a 合计 row,
# 整改责任单位, 整改期限, 整改情况 and the 挂销号 column ("挂销号" and the 整改任务清单 of the
# city's audit rectification report); the second sheet holds another campaign (巡察反馈问题):
# https://cixird.gov.cn/index.php/home/content?id=1532529
# ---------------------------------------------------------------------------------------------
SRC_CIXI = "https://cixird.gov.cn/index.php/home/content?id=1532529"


def shenji_xlsx() -> None:
    wb = _workbook(str(HERE / "审计整改挂销号台账（7月）.xlsx"), author="市审计局")
    f = _formats(wb)
    ws = wb.add_worksheet("审计整改")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 16)
    ws.set_column(3, 3, 22)
    ws.set_column(4, 4, 14)
    ws.set_column(5, 5, 32)
    ws.set_column(6, 6, 10)
    ws.merge_range(0, 0, 0, 6, "2023年度市本级预算执行审计查出问题整改挂销号台账", f["title"])
    ws.merge_range(1, 0, 1, 6, "填报单位：市审计局　　　　　　统计截止：2024年7月31日", f["left"])
    _write_row(
        ws,
        2,
        ["序号", "审计查出问题", "整改责任单位", "整改要求", "整改期限", "整改情况", "挂销号情况"],
        f["head"],
    )
    rows = [
        ["一、财政管理方面", None, None, None, None, None, None],
        [
            "1",
            "部分专项资金未及时拨付，滞留资金1260万元",
            "市财政局",
            "及时拨付滞留资金",
            "2024年6月底前",
            "已全部拨付到位",
            "已销号",
        ],
        [
            "2",
            "非税收入未及时缴入国库386万元",
            "濮阳市医疗保障局",
            "及时足额缴库",
            "2024年9月30日",
            "已缴库200万元，剩余部分正在清理",
            "挂号",
        ],
        ["小计", "2项", None, None, None, None, "已销号1项"],
        ["二、专项资金管理方面", None, None, None, None, None, None],
        [
            "3",
            "农田水利项目资金闲置超过1年，涉及金额540万元",
            "市水务局",
            "盘活闲置资金",
            "2024年10月底前",
            "尚未整改",
            "挂号",
        ],
        [
            "4",
            "就业补助资金审核不严，向不符合条件人员发放补贴12.3万元",
            "市人事局",
            "追回违规发放资金",
            "2024年8月31日",
            "已追回9.6万元，剩余2.7万元正在追缴",
            "挂号",
        ],
        [
            "5",
            "基层医疗机构基本药物采购未执行集中采购政策",
            "市卫计委",
            "健全集中采购制度",
            "长期坚持",
            "已建立集中采购监管长效机制，长期坚持",
            None,
        ],
        ["小计", "3项", None, None, None, None, "已销号0项"],
        ["合计", "5项", None, None, None, None, "已销号1项"],
    ]
    r = 3
    for values in rows:
        if values[0].startswith(("一、", "二、")):
            ws.merge_range(r, 0, r, 6, values[0], f["cell"])
        else:
            _write_row(ws, r, values, f["cell"])
        r += 1
    ws.merge_range(r + 1, 0, r + 1, 6, "填报人：郑丽　　审核人：王刚　　联系电话：0393-8912345", f["left"])

    ws2 = wb.add_worksheet("巡察反馈问题")
    ws2.set_column(0, 0, 6)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 2, 12)
    ws2.set_column(3, 3, 26)
    ws2.set_column(4, 5, 16)
    ws2.merge_range(0, 0, 0, 5, "市委第三巡察组反馈问题整改落实台账", f["title"])
    _write_row(ws2, 1, ["序号", "反馈问题", "责任单位", "整改措施", "完成时限", "整改进展"], f["head"])
    for i, values in enumerate(
        [
            [
                "1",
                "党组理论学习中心组学习制度落实不严格",
                "市统计局",
                "制定年度学习计划并严格执行",
                "2024年7月31日前",
                "已完成",
            ],
            ["2", "政府采购内控制度不健全", "市统计局", "修订采购内控制度", "2024年9月底前", "正在修订"],
            ["3", "干部教育培训覆盖面不广", "市统计局", "制定全员培训计划", "2024年12月31日前", "未启动"],
        ]
    ):
        _write_row(ws2, 2 + i, values, f["cell"])
    wb.close()


# ---------------------------------------------------------------------------------------------
# 9. 民生实事项目进度表: 序号, 项目内容, 当前进度 (a percentage, with a remark in brackets), 牵头单位,
# 备注 (which level's 民生实事), as a county publishes the projects not yet finished:
# http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html
# ---------------------------------------------------------------------------------------------
SRC_CNCN = "http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html"


def jindu_xlsx() -> None:
    wb = _workbook(str(HERE / "2024年度民生实事项目进度表（截至7月31日）.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("Sheet1")
    for col, w in enumerate([6, 46, 24, 16, 14]):
        ws.set_column(col, col, w)
    ws.merge_range(0, 0, 0, 4, "2024年度民生实事项目进度表（截至7月31日）", f["title"])
    _write_row(ws, 1, ["序号", "项目内容", "当前进度", "牵头单位", "备注"], f["head"])
    rows = [
        [1, "新（改、扩）建公办幼儿园4所，新增公办学位1200个。", "65%", "市教育局", "省民生实事"],
        [2, "完成农村公路大中修80公里。", "100%", "市交通局", "市民生实事"],
        [3, "建成投用乡镇中心敬老院3家。", "0%（未开工）", "市民政局", "市民生实事"],
        [4, "新增城区公共停车泊位3000个。", "45%", "市城管局", "市民生实事"],
        [5, "新建改造城区供水管网60公里。", "85%", "市自来水公司", "市民生实事"],
        [6, "为全市60岁以上老年人免费接种流感疫苗。", None, "市卫健委", "省民生实事"],
    ]
    for i, values in enumerate(rows):
        _write_row(ws, 2 + i, values, f["cell"])
    wb.close()


# ---------------------------------------------------------------------------------------------
# 10. 巡检问题点 exported from an inspection system: 问题类型 (环境/动力/物业/施工问题), 问题描述,
# 重要程度, 所属组织, 创建人, 创建时间, 解决时间, 当前处理人, 状态 (未解决/已解决) -- the columns of its
# question list and its by-task question list:
# https://github.com/tianxiao666/rno-3.0/blob/ef19ba657b70ae6f9d07891b30399217770530e3/WebRoot/op/routineinspection/searchRoutineInspectionQuestionPage.jsp
# ---------------------------------------------------------------------------------------------
SRC_RNO = (
    "https://github.com/tianxiao666/rno-3.0/blob/ef19ba657b70ae6f9d07891b30399217770530e3/"
    "WebRoot/op/routineinspection/searchRoutineInspectionQuestionPage.jsp"
)


def xunjian_xlsx() -> None:
    wb = _workbook(str(HERE / "政务服务场所巡检问题点导出.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("巡检问题点")
    for col, w in enumerate([10, 40, 10, 22, 10, 18, 18, 10, 8]):
        ws.set_column(col, col, w)
    _write_row(
        ws,
        0,
        [
            "问题类型",
            "问题描述",
            "重要程度",
            "所属组织",
            "创建人",
            "创建时间",
            "解决时间",
            "当前处理人",
            "状态",
        ],
        f["head"],
    )
    rows = [
        [
            "环境问题",
            "市民之家一楼大厅空调冷凝水滴漏",
            "一般",
            "市行政服务中心",
            "张力",
            "2024-07-02 09:15",
            "2024-07-05 16:20",
            "李勇",
            "已解决",
        ],
        [
            "动力问题",
            "不动产登记中心机房UPS电池鼓包",
            "严重",
            "市不动产登记中心",
            "张力",
            "2024-07-03 10:02",
            None,
            "王刚",
            "未解决",
        ],
        [
            "物业问题",
            "公积金中心营业厅无障碍通道扶手松动",
            "一般",
            "市住房公积金管理中心",
            "赵敏",
            "2024-07-08 14:40",
            "2024-07-09 11:05",
            "陈晨",
            "已解决",
        ],
        [
            "施工问题",
            "交易中心开标室装修未设置施工围挡",
            "重要",
            "市公共资源交易中心",
            "赵敏",
            "2024-07-10 15:26",
            None,
            "孙浩",
            "未解决",
        ],
        [
            "环境问题",
            "政务服务中心东侧停车场雨后积水",
            "一般",
            "市政务服务中心",
            "张力",
            "2024-07-15 08:51",
            "2024-07-18 17:30",
            "李勇",
            None,
        ],
        [
            "动力问题",
            "办税服务厅排队叫号系统频繁死机",
            "重要",
            "濮阳市税务局",
            "赵敏",
            "2024-07-22 09:33",
            None,
            "刘洋",
            None,
        ],
        [
            "物业问题",
            "医保服务大厅饮水机滤芯过期未更换",
            "一般",
            "市医保局",
            "张力",
            "2024-07-24 10:12",
            "2024-07-25 15:48",
            "周倩",
            "已解决",
        ],
    ]
    for i, values in enumerate(rows):
        _write_row(ws, 1 + i, values, f["cell"])
    wb.close()


# ---------------------------------------------------------------------------------------------
# 11. 巡察反馈问题对账销号表 of three units, sent together as a zip whose member names are GBK
# (no UTF-8 flag, as Windows' built-in zip writes them), one inside a subfolder. 问题清单, 整改措施,
# 时间节点, 整改进展, 销号情况 -- the 问题清单 and 对账销号表 with 时间节点 and 立行立改 of a
# prefecture's 巡察整改:
# http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html
# ---------------------------------------------------------------------------------------------
SRC_XUNCHA = "http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html"


class _GbkInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _xuncha_member(unit: str, rows: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    wb = _workbook(buf)
    f = _formats(wb)
    ws = wb.add_worksheet("对账销号表")
    for col, w in enumerate([6, 34, 30, 30, 10, 30, 10]):
        ws.set_column(col, col, w)
    ws.merge_range(0, 0, 0, 6, f"{unit}巡察反馈问题对账销号表", f["title"])
    ws.merge_range(
        1,
        0,
        1,
        6,
        f"填报单位：{unit}（盖章）　　巡察反馈时间：2024年6月14日　　填报时间：2024年7月26日",
        f["left"],
    )
    _write_row(
        ws, 2, ["序号", "问题清单", "整改措施", "时间节点", "责任人", "整改进展", "销号情况"], f["head"]
    )
    for i, values in enumerate(rows):
        _write_row(ws, 3 + i, [str(i + 1), *values], f["cell"])
    ws.merge_range(
        4 + len(rows),
        0,
        4 + len(rows),
        6,
        "单位主要负责人（签字）：　　　　　　　填表人：　　　　　　",
        f["left"],
    )
    wb.close()
    return buf.getvalue()


def xuncha_zip() -> None:
    members = [
        (
            "市科学技术局巡察反馈问题对账销号表.xlsx",
            "市科学技术局",
            [
                [
                    "科技项目资金拨付审核把关不严",
                    "全面复核2023年度项目资金拨付",
                    "7月15日前完成复核，9月30日前完成整改",
                    "王志",
                    "已完成复核，问题资金正在追回",
                    "未销号",
                ],
                [
                    "党支部“三会一课”记录不规范",
                    "规范会议记录，建立月度检查制度",
                    "立行立改",
                    "李娜",
                    "已整改",
                    "已销号",
                ],
                [
                    "科技特派员管理考核流于形式",
                    "修订科技特派员考核办法",
                    "2024年12月底前",
                    "张凯",
                    None,
                    "未销号",
                ],
            ],
        ),
        (
            "巡察整改/市商务局对账销号表.xlsx",
            "市商务局",
            [
                [
                    "外贸企业帮扶政策宣传不到位",
                    "开展政策宣讲进企业活动",
                    "8月底前",
                    "陈晨",
                    "已开展宣讲4场",
                    "未销号",
                ],
                [
                    "公务接待审批单填写不完整",
                    "补全审批手续，规范接待管理",
                    "7月10日前",
                    "刘波",
                    "已补全审批单据23份",
                    "已销号",
                ],
            ],
        ),
        (
            "市退役军人事务局对账销号表.xlsx",
            "市退役军人事务局",
            [
                [
                    "退役军人服务站建设标准不统一",
                    "制定服务站建设规范",
                    "6月底前制定规范，10月底前完成达标创建",
                    "何勇",
                    "规范已印发，正在开展达标创建",
                    "未销号",
                ],
                [
                    "优抚资金发放台账更新不及时",
                    "建立月度对账机制",
                    "长期坚持",
                    "吴丽",
                    "已建立月度对账机制，长期坚持",
                    None,
                ],
            ],
        ),
    ]
    target = HERE / "巡察整改对账销号表（三家单位）.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        folder = _GbkInfo("巡察整改/", date_time=(2024, 7, 26, 17, 5, 0))
        folder.external_attr = 0o40755 << 16 | 0x10
        zf.writestr(folder, b"")
        for name, unit, rows in members:
            info = _GbkInfo(name, date_time=(2024, 7, 26, 17, 6, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, _xuncha_member(unit, rows))


# ---------------------------------------------------------------------------------------------
# 12. 督察组转办信访件查处整改公示: 经查属实/不属实, 已办结/正在办理, a summary line above and a 合计
# row below, as a city publishes each batch of transferred environmental complaints:
# https://www.ahsz.gov.cn/zwzx/ztzl/gdzt/lsqsjsjsys/hbxd/31122525.html
# ---------------------------------------------------------------------------------------------
SRC_AHSZ = "https://www.ahsz.gov.cn/zwzx/ztzl/gdzt/lsqsjsjsys/hbxd/31122525.html"


def huanbao_xlsx() -> None:
    wb = _workbook(str(HERE / "第六批转办信访件查处整改情况公示.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("第六批")
    for col, w in enumerate([6, 22, 34, 10, 10, 36, 10, 16, 14]):
        ws.set_column(col, col, w)
    ws.merge_range(0, 0, 0, 8, "省第二生态环境保护督察组转办第六批信访件查处整改情况公示表", f["title"])
    ws.merge_range(
        1,
        0,
        1,
        8,
        "截至2024年7月20日，第六批转办信访件6件，经查属实5件，不属实1件；已办结3件，正在办理3件。",
        f["left"],
    )
    _write_row(
        ws,
        2,
        [
            "序号",
            "信访件编号",
            "举报内容",
            "所属地区",
            "经查是否属实",
            "查处整改情况",
            "办理状态",
            "责任单位",
            "整改时限",
        ],
        f["head"],
    )
    rows = [
        [
            1,
            "X410900202406210012",
            "濮上路某洗车店污水直排雨水管网",
            "华龙区",
            "属实",
            "已责令停止排放，立案处罚2万元",
            "已办结",
            "华龙区人民政府",
            _d("2024-06-30"),
        ],
        [
            2,
            "D410900202406210031",
            "城郊某商砼站扬尘污染严重",
            "濮阳县",
            "属实",
            "已停产整治，正在安装喷淋抑尘设施",
            "正在办理",
            "濮阳县人民政府",
            "2024年8月底前",
        ],
        [
            3,
            "X410900202406220007",
            "城区某饭店油烟直排扰民",
            "华龙区",
            "属实",
            "已加装油烟净化装置并经检测达标",
            "已办结",
            "市城管局",
            _d("2024-07-10"),
        ],
        [
            4,
            "D410900202406220019",
            "马颊河某段岸边堆放生活垃圾",
            "清丰县",
            "属实",
            "已清运垃圾80余吨，正在建立长效保洁机制",
            "正在办理",
            "清丰县人民政府",
            "2024年9月30日前",
        ],
        [
            5,
            "D410900202406230004",
            "某化工企业夜间偷排废气",
            "濮阳县",
            "不属实",
            "经现场核查及在线监测数据比对，未发现偷排行为",
            "已办结",
            "市环保局",
            None,
        ],
        [
            6,
            "X410900202406230015",
            "开发区某建筑工地夜间施工噪声扰民",
            "开发区",
            "属实",
            None,
            "正在办理",
            "市住建局",
            "2024年7月31日前",
        ],
    ]
    for i, values in enumerate(rows):
        _write_row(ws, 3 + i, values, f["cell"], f["date"])
    _write_row(
        ws, 3 + len(rows), ["合计", None, "6件", None, "属实5件", None, "已办结3件", None, None], f["cell"]
    )
    wb.close()


# ---------------------------------------------------------------------------------------------
# 13. 挂牌督办重大事故隐患整改销号情况: the list of 挂牌督办 hazards with the county, the hazard unit,
# the 挂牌督办 body beside the 整改责任单位, ticks under 是否完成整改 (是|否) and the 销号 date
# ("摘牌销号", "整改验收"):
# https://www.qz.gov.cn/art/2022/3/28/art_1229563913_2398541.html
# ---------------------------------------------------------------------------------------------
SRC_QZ = "https://www.qz.gov.cn/art/2022/3/28/art_1229563913_2398541.html"


def xiaohao_xlsx() -> None:
    wb = _workbook(str(HERE / "市级挂牌督办重大事故隐患整改销号情况.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("销号情况")
    for col, w in enumerate([6, 10, 24, 34, 12, 16, 14, 6, 6, 12, 28]):
        ws.set_column(col, col, w)
    ws.merge_range(0, 0, 0, 10, "2024年市级挂牌督办重大事故隐患整改销号情况一览表", f["title"])
    for col, text in [
        (0, "序号"),
        (1, "县（区）"),
        (2, "隐患单位"),
        (3, "重大事故隐患"),
        (4, "挂牌督办单位"),
        (5, "整改责任单位"),
        (6, "整改期限"),
        (9, "销号时间"),
        (10, "备注"),
    ]:
        ws.merge_range(1, col, 2, col, text, f["head"])
    ws.merge_range(1, 7, 1, 8, "是否完成整改", f["head"])
    ws.write(2, 7, "是", f["head"])
    ws.write(2, 8, "否", f["head"])
    T = "√"
    rows = [
        [
            1,
            "华龙区",
            "濮阳市中原商贸城",
            "商贸城消防设施损坏、疏散通道不畅",
            "市人民政府",
            "市消防支队",
            "2024年6月30日",
            T,
            None,
            _d("2024-06-28"),
            "已验收销号",
        ],
        [
            2,
            "濮阳县",
            "濮阳县宏达化工有限公司",
            "液氨储罐区未设置紧急切断装置",
            "市安委会",
            "市安监局",
            "2024年9月底",
            None,
            T,
            None,
            "已停产整改，正在安装紧急切断装置",
        ],
        [
            3,
            "清丰县",
            "清丰县鑫源建材有限公司",
            "粉尘涉爆车间除尘系统不符合规范",
            "市安委会",
            "市应急管理局",
            "2024年10-12月",
            T,
            None,
            None,
            None,
        ],
        [
            4,
            "南乐县",
            "南乐县长途汽车站",
            "客运车辆动态监控平台长期失效",
            "市人民政府",
            "市交通局",
            "2024年8月",
            None,
            T,
            None,
            None,
        ],
        [
            5,
            "台前县",
            "台前县人民医院",
            "住院楼自动喷水灭火系统瘫痪",
            "市人民政府",
            "市卫计委",
            "2024年底前",
            None,
            None,
            None,
            None,
        ],
        [
            6,
            "开发区",
            "濮阳市万通物流园",
            "仓库违规住人，存在“三合一”场所隐患",
            "市安委会",
            "市消防救援支队",
            "2024年7月20日",
            T,
            None,
            _d("2024-07-22"),
            "已摘牌销号",
        ],
    ]
    for i, values in enumerate(rows):
        _write_row(ws, 3 + i, values, f["cell"], f["date"])
        for col in (0, 7, 8):
            if values[col] is not None:
                ws.write(3 + i, col, values[col], f["center"])
    end = 3 + len(rows)
    ws.merge_range(
        end + 1,
        0,
        end + 1,
        10,
        "注：是否完成整改栏在对应项下划“√”；销号时间以市安委办验收销号意见为准。",
        f["left"],
    )
    ws.merge_range(end + 2, 0, end + 2, 10, "市安委会办公室　　2024年7月30日", f["left"])
    wb.close()


# ---------------------------------------------------------------------------------------------
# 14. 提案跟踪办理情况 of a CPPCC 履职 system: 序号, 提案号, 类别, 案由, 主办单位, 会办单位, 办理状态; the
# common 交办 date and the rule "自交办之日起三个月内办复" stated above the table:
# https://github.com/GavinGu0130/HongkouZX_for_net/blob/8c1643c5dad62d556c85293f562a09844c3dc1b9/www/cn/opinion.aspx
# ---------------------------------------------------------------------------------------------
SRC_HONGKOU = (
    "https://github.com/GavinGu0130/HongkouZX_for_net/blob/8c1643c5dad62d556c85293f562a09844c3dc1b9/"
    "www/cn/opinion.aspx"
)


def tian_xlsx() -> None:
    wb = _workbook(str(HERE / "市政协十届三次会议提案跟踪办理情况.xlsx"))
    f = _formats(wb)
    ws = wb.add_worksheet("跟踪办理情况")
    for col, w in enumerate([6, 8, 10, 44, 16, 28, 10]):
        ws.set_column(col, col, w)
    ws.merge_range(0, 0, 0, 6, "政协濮阳市第十届委员会第三次会议提案跟踪办理情况", f["title"])
    ws.merge_range(
        1,
        0,
        1,
        6,
        "本次会议立案提案于2024年3月28日集中交办，各承办单位应自交办之日起三个月内办复。",
        f["left"],
    )
    _write_row(ws, 2, ["序号", "提案号", "类别", "案由", "主办单位", "会办单位", "办理状态"], f["head"])
    rows = [
        [
            1,
            103,
            "城乡建设",
            "关于加快城区智慧停车系统建设的提案",
            "市城管局",
            "市公安局交通管理支队",
            "已办复",
        ],
        [2, 118, "教育文化", "关于推进中小学课后服务提质扩面的提案", "市教育局", "市财政局", "已办复"],
        [3, 126, "农业农村", "关于加强农村饮水安全保障的提案", "市水务局", "市卫健委", "办理中"],
        [
            4,
            131,
            "经济发展",
            "关于支持预制菜产业发展的提案",
            "市商务局",
            "市农业农村局、市市场监管局",
            "未签收",
        ],
        [
            5,
            140,
            "社会事业",
            "关于完善城乡居民医保缴费方式的提案",
            "市医保局",
            "国家税务总局濮阳市税务局",
            None,
        ],
        [
            6,
            152,
            "经济发展",
            "关于加快公共资源交易全流程电子化的提案",
            "市交易中心",
            "市行政服务中心",
            "已办复",
        ],
    ]
    for i, values in enumerate(rows):
        _write_row(ws, 3 + i, values, f["cell"])
    wb.close()


def main() -> None:
    for old in HERE.iterdir():
        if old.is_file() and old.name not in {"make_dev3.py", "expected.json", "README.md"}:
            old.unlink()
    ziping_csv()
    yinhuan_ticks()
    yinhuan_tsv()
    renda_docx()
    yingshang_blocks()
    minsheng_wps()
    rexian_et()
    shenji_xlsx()
    jindu_xlsx()
    xunjian_xlsx()
    xuncha_zip()
    huanbao_xlsx()
    xiaohao_xlsx()
    tian_xlsx()


if __name__ == "__main__":
    main()
