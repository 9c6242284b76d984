"""Word briefings and notices: figures in the text, GB/T 9704 layout, template errors, PDF."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from ledgers import item, ledger
from lxml import etree
from pypdf import PdfReader
from python_calamine import CalamineWorkbook
from test_cli import run

from conftest import libreoffice_convert
from ledgerdesk.figures.metrics import compute_metrics, format_date, format_rate
from ledgerdesk.files import safe_filename
from ledgerdesk.outputs import briefing
from ledgerdesk.outputs.briefing import TemplateError, render_document, write_documents, write_notices
from ledgerdesk.reading.settings import Settings
from ledgerdesk.resources import templates_dir

JULY = date(2024, 7, 31)
SETTINGS = Settings(
    campaign="“我陪群众走流程”活动",
    brief_title="关于“我陪群众走流程”活动发现问题整改进展情况的通报",
    doc_number="濮督查通报〔2024〕9号",
    cc="市委办公室，市政府办公室",
    contact="督查一科，0393-8888888",
)
TEMPLATES = ["通报模板.docx", "简报模板.docx", "催办通知模板.docx"]
DOCS = Path(__file__).parents[1] / "docs" / "templates.md"


@pytest.fixture(scope="module")
def metrics():
    """160 of 164 done on 2024-07-31; one item overdue since 07-15, one due on 08-02."""
    rows = [item(f"市第{n % 37:02d}局", "done", date(2024, 6, 30)) for n in range(160)]
    rows += [
        item(
            "市住房和城乡建设局",
            "in_progress",
            date(2024, 7, 15),
            description="施工许可审批慢",
            整改进展="系统改造中",
        ),
        item("市医疗保障局", "in_progress", date(2024, 8, 2), description="异地就医备案难"),
        item("市医疗保障局", "long_term", description="窗口服务长效机制"),
        item("市行政服务中心", "in_progress", date(2024, 9, 30), description="停车难"),
    ]
    return compute_metrics(ledger(*rows), JULY, SETTINGS)


def text_of(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def documents(metrics, tmp_path_factory):
    out = tmp_path_factory.mktemp("docs")
    docs = write_documents(metrics, None, SETTINGS, out / "通报.docx", notices_dir=out / "催办通知")
    bulletin = render_document(
        templates_dir() / "简报模板.docx",
        briefing.briefing_context(metrics, None, SETTINGS),
        out / "简报.docx",
    )
    return docs, bulletin


def test_the_briefing_states_the_figures_the_way_officials_write_them(documents):
    docs, _ = documents
    text = text_of(docs.briefing)
    assert (
        "截至2024年7月31日，40家单位共发现问题164个，已整改160个，整改完成率97.56%；其余4个已列入整改台账"
        in text
    )
    # the title breaks between words, in a 梯形: the shorter line above
    assert "濮督查通报〔2024〕9号" in text and "关于“我陪群众走流程”活动\n发现问题整改进展情况的通报" in text
    # one attachment: 附件, not 附件1 (GB/T 9704 §7.3.4)
    assert "仍有1个问题超期未完成，涉及市住房和城乡建设局1家单位（详见附件）" in text
    assert "另有1个问题将在5个工作日内到期" in text
    assert (
        "市住房和城乡建设局（0%）、市医疗保障局（0%）、市行政服务中心（0%）等3家单位整改完成率低于85%" in text
    )
    assert "合计 | 164 | 160 | 3 | 1 | 1 | 97.56% |" in text  # 正在整改 3, 长期坚持 1, as the text says
    assert "其中正在整改3个，长期坚持1个" in text
    assert (
        "1 | 市住房和\n城乡建设局 | 施工许可审批慢 | 2024年7月15日 | 16 | 系统改造中" in text
    )  # the annex, the unit broken between words
    assert "抄送：市委办公室，市政府办公室。" in text
    assert "一、总体情况" in text and "四、下步工作" in text and "附件：超期未完成问题清单" in text
    assert "附件：1." not in text and "\n附件\n" in text
    assert "{{" not in text and "{%" not in text


def test_the_units_table_lists_every_unit_by_rank(documents, metrics):
    docs, _ = documents
    rows = [[c.text for c in r.cells] for r in Document(str(docs.briefing)).tables[0].rows]
    assert [h.replace("\n", "") for h in rows[0]] == [
        "序号",
        "单位",
        "问题数",
        "已完成",
        "正在整改",
        "长期坚持",
        "超期未完成",
        "完成率",
        "排名",
    ]
    assert len(rows) == 1 + len(metrics.units) + 1
    assert rows[-2] == [
        "40",
        "市行政服务中心",
        "1",
        "0",
        "1",
        "0",
        "0",
        "0%",
        "38",
    ]  # three units tie at 38
    medical = next(r for r in rows if r[1] == "市医疗保障局")
    assert medical[2:7] == ["2", "0", "1", "1", "0"]  # its long-term item is not counted as 正在整改


def test_page_layout_follows_gbt_9704(documents):
    docs, bulletin = documents
    for path in (docs.briefing, bulletin, *docs.notices):
        doc = Document(str(path))
        section = doc.sections[0]
        measured = (
            section.page_width,
            section.page_height,
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
        expected = (Cm(21), Cm(29.7), Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6))  # A4; GB/T 9704 margins
        assert all(abs(a - b) < Cm(0.01) for a, b in zip(measured, expected, strict=True)), path.name
        grid = section._sectPr.find(qn("w:docGrid"))
        assert grid.get(qn("w:linePitch")) == "579"  # 28.95 pt: 22 lines in 225 mm


def east_asian_font(style) -> str:
    return style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_body_and_title_fonts_are_set_for_east_asian_text(documents):
    docs, _ = documents
    doc = Document(str(docs.briefing))
    assert east_asian_font(doc.styles["Normal"]) == "仿宋_GB2312"
    assert doc.styles["Normal"].font.size == Pt(16)
    assert doc.styles["公文正文"].paragraph_format.line_spacing == Pt(28.95)
    assert east_asian_font(doc.styles["公文标题"]) == "方正小标宋简体" and doc.styles[
        "公文标题"
    ].font.size == Pt(22)
    assert east_asian_font(doc.styles["一级标题"]) == "黑体"
    assert east_asian_font(doc.styles["二级标题"]) == "楷体_GB2312"
    title = next(p for p in doc.paragraphs if p.text.startswith("关于"))
    assert title.style.name == "公文标题"
    date_line = next(p for p in doc.paragraphs if p.text == "2024年7月31日")
    assert date_line.style.name == "成文日期"
    ind = doc.styles["成文日期"].element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:rightChars")) == "400"  # 右空四字


def test_page_numbers_are_fields_odd_right_even_left(documents):
    docs, _ = documents
    doc = Document(str(docs.briefing))
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    for footer, alignment in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert "<w:instrText" in xml and " PAGE " in xml and 'w:fldCharType="begin"' in xml
        assert footer.paragraphs[0].text == "— 1 —"
        assert footer.paragraphs[0].alignment.name.lower() == alignment
        assert footer.paragraphs[0].runs[0].font.size == Pt(14)


def test_the_chart_is_a_native_word_chart_with_its_data_embedded(documents, metrics):
    docs, _ = documents
    with zipfile.ZipFile(docs.briefing) as z:
        names = z.namelist()
        chart = z.read("word/charts/chart1.xml").decode("utf-8")
        chart_rels = z.read("word/charts/_rels/chart1.xml.rels").decode("utf-8")
        document_rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
        document = z.read("word/document.xml").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
        data = z.read("word/embeddings/Microsoft_Excel_Worksheet1.xlsx")
    assert not any(n.startswith("word/media/") for n in names)  # no picture drawn on this machine
    rid = re.search(r'Id="(rId\d+)"[^>]*Target="charts/chart1.xml"', document_rels).group(1)
    assert '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"' in document
    assert f'r:id="{rid}"' in document
    assert 'Target="../embeddings/Microsoft_Excel_Worksheet1.xlsx"' in chart_rels
    assert '<c:externalData r:id="rId1">' in chart
    assert "drawingml.chart+xml" in types and "spreadsheetml.sheet" in types
    # The bars: the units with items lagging most (as many as fit under the table), best first,
    # labelled as a leader writes rates, overdue units in red
    ranked = [u for u in metrics.units if u.items]
    cached = re.findall(r"<c:pt idx=\"\d+\"><c:v>([^<]*)</c:v>", chart)
    shown = ranked[-(len(cached) // 2) :]
    assert len(shown) >= briefing.CHART_MIN_BARS
    names, rates = [u.unit for u in shown], [u.completion_rate for u in shown]
    assert cached[: len(shown)] == names
    assert [float(v) for v in cached[len(shown) :]] == pytest.approx(rates)
    red = [
        int(i)
        for i in re.findall(r'<c:dPt><c:idx val="(\d+)"/><c:spPr><a:solidFill><a:srgbClr val="C00000"', chart)
    ]
    assert [names[i] for i in red] == ["市住房和城乡建设局"]
    labels = re.findall(r"<c:dLbl>.*?<a:t>([^<]*)</a:t>", chart)
    assert labels == [format_rate(r) for r in rates] and "100.00%" not in labels
    assert '<c:showCatName val="0"/>' in chart and '<a:ea typeface="宋体"/>' in chart
    title = "各单位整改完成率" if len(shown) == len(ranked) else f"整改完成率最低的{len(shown)}家单位"
    assert f"{title}（截至2024年7月31日）" in chart
    # 右键 → 编辑数据 opens the same figures
    rows = calamine_rows(data)
    assert rows[0] == ["单位", "整改完成率"]
    assert [r[0] for r in rows[1:]] == names
    assert [r[1] for r in rows[1:]] == pytest.approx(rates)


def test_the_chart_shows_the_lagging_units_when_there_are_too_many(tmp_path):
    """60 units: a bar each at 10.5 pt does not fit a page; the chart shows those lagging most,
    as many as fill the room under the table (or a page, when too few would fit there)."""
    rows = [item(f"市第{n:03d}局", "done" if n % 3 else "in_progress", date(2024, 9, 30)) for n in range(60)]
    many = compute_metrics(ledger(*rows), JULY, SETTINGS)
    ranked = [u.unit for u in many.units if u.items]
    page = int((briefing.PAGE_MM - briefing.PAGE_SPARE_MM - briefing.CHART_FRAME_MM) // briefing.CHART_BAR_MM)
    under = int((120 - briefing.CHART_SPARE_MM - briefing.CHART_FRAME_MM) // briefing.CHART_BAR_MM)
    for room, bars in ((120, under), (50, page)):
        chart = briefing.completion_chart(many, room)
        data = calamine_rows(chart.workbook)
        assert briefing.CHART_MIN_BARS <= bars < 60 and len(data) == 1 + bars
        assert [r[0] for r in data[1:]] == ranked[-bars:]
        assert chart.height_mm <= max(room, briefing.PAGE_MM)
        with zipfile.ZipFile(io.BytesIO(chart.workbook)) as z:
            xml = z.read("xl/charts/chart1.xml").decode("utf-8")
        assert f"整改完成率最低的{bars}家单位" in xml
        assert '<a:defRPr sz="1050"' in xml  # 五号 labels, and nothing smaller
        assert min(int(size) for size in re.findall(r' sz="(\d+)"', xml)) >= 1050


def calamine_rows(workbook: bytes) -> list[list]:
    return CalamineWorkbook.from_filelike(io.BytesIO(workbook)).get_sheet_by_name("Sheet1").to_python()


def test_one_numbered_notice_per_unit_with_overdue_or_due_soon_items(documents):
    docs, _ = documents
    assert [p.name for p in docs.notices] == [
        "01_市住房和城乡建设局_催办通知.docx",
        "02_市医疗保障局_催办通知.docx",
    ]
    first, second = (text_of(p) for p in docs.notices)
    assert "督查催办〔2024〕1号" in first and "市住房和城乡建设局：" in first
    assert "你单位在“我陪群众走流程”活动中有1个问题超期未完成" in first
    assert "于2024年8月7日前将整改进展书面报送市委市政府督查局" in first  # 5 working days after 07-31
    assert "1 | 施工许可审批慢 | 2024年7月15日 | 超期16天 | 系统改造中" in first
    assert "有1个问题即将到期" in second and "2个工作日后到期" in second
    assert "窗口服务长效机制" not in second  # long-term items are never chased


def test_notices_of_an_earlier_run_in_the_same_folder_are_replaced(metrics, tmp_path):
    folder = tmp_path / "催办通知"
    folder.mkdir()
    (folder / "03_市旧单位_催办通知.docx").write_bytes(b"old")
    (folder / "说明.txt").write_text("clerk's own note", encoding="utf-8")
    written = write_notices(metrics, SETTINGS, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*(p.name for p in written), "说明.txt"])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("市住建局/市规划局", "市住建局_市规划局"),
        ("CON", "_CON"),
        ("市局...", "市局"),
        ('a:b*c?"d"', "a_b_c_d_"),
        ("", "未命名"),
    ],
)
def test_file_names_from_unit_names_are_safe_on_windows(name, value):
    assert safe_filename(name) == value


def _template_with(tmp_path: Path, text: str) -> Path:
    doc = Document(str(templates_dir() / "通报模板.docx"))
    doc.add_paragraph(text)
    path = tmp_path / "改过的模板.docx"
    doc.save(str(path))
    return path


def test_an_unknown_placeholder_is_named(metrics, tmp_path):
    path = _template_with(tmp_path, "请{{ leader_name }}阅示")
    with pytest.raises(TemplateError, match=r"改过的模板.docx」中有不认识的占位符：\{\{ leader_name \}\}"):
        write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", template=path)
    assert not (tmp_path / "通报.docx").exists()


def test_a_jinja_syntax_error_is_a_clear_message(metrics, tmp_path):
    path = _template_with(tmp_path, "{% if %}多余的控制语句")
    with pytest.raises(TemplateError, match="有语法错误"):
        write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", template=path)


@pytest.mark.parametrize(
    "attack",
    [
        "{{ cycler.__init__.__globals__.os.popen('touch MARK').read() }}",
        "{{ lipsum.__globals__['os'].system('touch MARK') }}",
        "{% for c in ().__class__.__base__.__subclasses__() %}{% endfor %}",
    ],
)
def test_a_template_never_runs_a_command(metrics, tmp_path, attack):
    """Templates travel between offices by mail: Jinja runs sandboxed, for the briefing and the notices."""
    mark = tmp_path / "ran"
    path = _template_with(tmp_path, attack.replace("MARK", str(mark)))
    refused = (
        "不允许的写法.*出于安全考虑没有执行|不认识的占位符：\\{\\{ lipsum"  # (lipsum is not there at all)
    )
    with pytest.raises(TemplateError, match=refused):
        write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", template=path)
    notice = Document(str(templates_dir() / "催办通知模板.docx"))
    notice.add_paragraph(attack.replace("MARK", str(mark)))
    notice.save(str(tmp_path / "催办.docx"))
    with pytest.raises(TemplateError, match=refused):
        write_notices(metrics, SETTINGS, tmp_path / "催办", template=tmp_path / "催办.docx")
    assert not mark.exists() and not (tmp_path / "通报.docx").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "请{{ unit 阅示",
            "有语法错误.*在“请\\{\\{ unit 阅示”这一段",
        ),  # an unclosed {{ is named, never dropped
        ("共{{ items / 0 }}个", "除以了零"),
        # a filter that does not exist is found when compiling, not parsing: still named
        ("请{{ unit|nosuchfilter }}阅", "有语法错误.*在“请\\{\\{ unit\\|nosuchfilter \\}\\}阅”这一段"),
    ],
)
def test_a_template_that_cannot_be_filled_names_the_paragraph_in_chinese(metrics, tmp_path, text, message):
    path = _template_with(tmp_path, text)
    with pytest.raises(TemplateError, match=message):
        write_documents(metrics, None, SETTINGS, tmp_path / "通报.docx", template=path)


def test_the_cli_names_a_bad_template_without_a_traceback(tmp_path):
    path = _template_with(tmp_path, "{{ mystery }}")
    proc = run("brief", tmp_path / "nothing", "--template", path, "--out", tmp_path / "通报.docx")
    assert proc.returncode == 2 and "找不到报送文件夹或汇总台账" in proc.stderr  # source checked first
    proc = run("run", "--out", tmp_path / "o")
    assert proc.returncode == 0
    master = tmp_path / "o" / "汇总台账.xlsx"
    proc = run("brief", master, "--as-of", "2024-07-31", "--template", path, "--out", tmp_path / "通报.docx")
    assert proc.returncode == 2
    assert "不认识的占位符：{{ mystery }}" in proc.stderr and "Traceback" not in proc.stderr


def test_every_placeholder_is_documented():
    docs = DOCS.read_text(encoding="utf-8")
    for name in TEMPLATES:
        for variable in briefing.placeholders(templates_dir() / name):
            assert f"`{{{{ {variable} }}}}`" in docs, f"{name}: {variable}"


def test_the_shipped_templates_are_what_the_generator_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_templates", templates_dir() / "make_templates.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    for path in module.build(tmp_path):
        shipped = templates_dir() / path.name
        if path.suffix == ".xlsx":  # the return template: same cells as the shipped one
            from openpyxl import load_workbook

            def cells(p):
                return [
                    [c.value for c in row] for ws in load_workbook(p).worksheets for row in ws.iter_rows()
                ]

            assert cells(path) == cells(shipped)
            continue
        assert text_of(path) == text_of(shipped), path.name
        assert briefing.placeholders(path) == briefing.placeholders(shipped)


def test_format_date_has_no_zero_padding():
    assert format_date(date(2024, 7, 1)) == "2024年7月1日"


def test_libreoffice_renders_every_document_on_a4(documents, tmp_path):
    docs, bulletin = documents
    sources = [docs.briefing, bulletin, *docs.notices]
    proc = libreoffice_convert(sources, "pdf", tmp_path)
    assert proc.returncode == 0, proc.stderr
    for source in sources:
        pdf = (tmp_path / source.name).with_suffix(".pdf")
        assert pdf.is_file(), f"{source.name}: {proc.stdout} {proc.stderr}"
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
        assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes), (
            source.name
        )
    # The native chart is drawn: its title, a bar label per unit and the rate axis are on a page
    pages = [page.extract_text() for page in PdfReader(tmp_path / "通报.pdf").pages]
    chart_page = next(p for p in pages if "0% 20% 40%" in p)
    assert "市住房和城乡建设局" in chart_page and "市行政服务中心" in chart_page  # the two lagging most
    assert "100%" in chart_page and "100.00%" not in chart_page  # rates as a leader writes them


def test_the_notice_fields_that_name_a_notice_template_are_what_a_notice_is_filled_with(metrics):
    (first, *_) = briefing.notice_contexts(metrics, SETTINGS)
    assert set(first) == briefing.NOTICE_FIELDS
    assert briefing.placeholders(templates_dir() / "催办通知模板.docx") <= briefing.NOTICE_FIELDS


def test_the_fast_notice_writer_fills_in_exactly_what_docxtpl_fills_in(metrics, tmp_path):
    first, second = briefing.notice_contexts(metrics, SETTINGS)[:2]
    # What units write: line breaks and tabs in a progress report, < & > in a description
    second["items"][0]["progress"] = "第一步已完成\n第二步正在推进\t（见附件）"
    second["items"][0]["description"] = "<甲&乙> 两个窗口"
    template = templates_dir() / "催办通知模板.docx"
    fast = briefing.FastTemplate(template, template.read_bytes(), first)
    for n, context in enumerate((first, second)):
        slow = render_document(template, context, tmp_path / f"docxtpl{n}.docx")
        quick = fast.render(context, tmp_path / f"fast{n}.docx")
        assert _body(quick) == _body(slow)
        with zipfile.ZipFile(quick) as a, zipfile.ZipFile(slow) as b:
            assert sorted(a.namelist()) == sorted(b.namelist())
    assert "施工许可审批慢" in text_of(tmp_path / "fast0.docx")
    assert _body(tmp_path / "fast1.docx").count(b"<w:br/>") >= 1  # the line break is Word's
    assert "<甲&乙> 两个窗口" in text_of(tmp_path / "fast1.docx")


def _body(docx: Path) -> bytes:
    """word/document.xml's body, serialised the same way whatever wrote it."""
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return etree.tostring(root.find(qn("w:body")))


def test_a_placeholder_in_a_footer_makes_the_notices_go_through_docxtpl(metrics, tmp_path):
    doc = Document(str(templates_dir() / "催办通知模板.docx"))
    doc.sections[0].footer.paragraphs[0].add_run("{{ unit }}")
    path = tmp_path / "页脚有占位符.docx"
    doc.save(str(path))
    context = briefing.notice_contexts(metrics, SETTINGS)[0]
    assert not briefing.FastTemplate(path, path.read_bytes(), context).usable
    (first, *_) = write_notices(metrics, SETTINGS, tmp_path / "out", template=path)
    footer = Document(str(first)).sections[0].footer.paragraphs[0].text
    assert footer.endswith("市住房和城乡建设局")


def test_a_long_overdue_list_is_cut_in_the_word_annex_and_says_where_the_rest_is():
    rows = [item("市甲局", "in_progress", date(2024, 7, d), description=f"问题{d}") for d in range(1, 6)]
    m = compute_metrics(ledger(*rows), JULY, SETTINGS)
    context = briefing.briefing_context(m, None, Settings(annex_limit=2))
    assert [i["description"] for i in context["overdue_items"]] == ["问题1", "问题2"]  # most overdue first
    assert context["annex_note"].endswith(
        "以上列出2个，另有3个超期未完成问题未列出，详见汇总台账「超期清单」工作表。"
    )
    # the page with the days says how they are counted, whether or not the list is cut
    rule = briefing.briefing_context(m, None, Settings())["annex_note"]
    assert (
        rule == briefing.OVERDUE_RULE
        and "顺延至下一个工作日" in rule
        and context["annex_note"].startswith(rule)
    )


def test_a_template_looping_over_table_cells_gets_docxtpls_table_fix_in_the_fast_writer(tmp_path):
    """FastTemplate skips docxtpl's fix_tables only for templates where it cannot change anything;
    with a {%tc for %} column loop the table's grid is fixed as docxtpl fixes it."""
    doc = Document()
    doc.add_paragraph("{{ unit }}")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ("{%tc for c in cols %}", "{{ c }}", "{%tc endfor %}"), strict=True
    ):
        cell.text = text
    path = tmp_path / "列循环.docx"
    doc.save(str(path))
    context = {"unit": "市民政局", "cols": ["甲", "乙", "丙", "丁", "戊"]}
    fast = briefing.FastTemplate(path, path.read_bytes(), context)
    quick = fast.render(context, tmp_path / "fast.docx")
    slow = render_document(path, context, tmp_path / "docxtpl.docx")
    assert _body(quick) == _body(slow)
    assert _body(quick).count(b"<w:gridCol ") == 5
    assert fast.fixes_tree


def test_the_shipped_notice_template_is_not_parsed_again_for_every_notice(metrics):
    shipped = templates_dir() / "催办通知模板.docx"
    context = briefing.notice_contexts(metrics, SETTINGS)[0]
    assert not briefing.FastTemplate(shipped, shipped.read_bytes(), context).fixes_tree


def test_a_notice_row_is_read_by_its_keys_and_the_sandbox_still_holds():
    """The notices' environment reads ``i.description`` of a row (a plain dict) straight from its
    key — also a key named like a dict's method (keys): a template reads data, never a method —
    a missing key is undefined, and dunder names are refused."""
    import jinja2

    from ledgerdesk.outputs.briefing import _CompiledOnce

    env = _CompiledOnce()
    row = {"description": "排队时间长", "no": 3, "keys": "一个叫 keys 的键"}
    text = env.from_string(
        "{{ i.description }}|{{ i.no + 1 }}|{{ i.keys is callable }}|{{ i.missing is defined }}"
    )
    assert text.render({"i": row}) == "排队时间长|4|False|False"
    with pytest.raises(jinja2.exceptions.SecurityError):
        env.from_string("{{ i.__class__.__base__.__subclasses__() }}").render({"i": row})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("请{{ unit 阅示", "有语法错误.*在“请\\{\\{ unit 阅示”这一段"),
        ("{{ unit.__class__.__mro__ }}", "不允许的写法.*出于安全考虑没有执行"),
        ("共{{ items|length / 0 }}个", "除以了零"),
        ("{{ unit + 1 }}", "无法填写：请检查占位符"),
    ],
)
def test_a_notice_that_cannot_be_filled_names_the_paragraph_as_the_briefing_does(
    metrics, tmp_path, text, message
):
    """The notices are filled by the fast path; a fill that fails is the clerk's message (the
    paragraph quoted where Jinja says where), never a traceback, and no notice is left."""
    notice = Document(str(templates_dir() / "催办通知模板.docx"))
    notice.add_paragraph(text)
    notice.save(str(tmp_path / "催办.docx"))
    with pytest.raises(TemplateError, match=message):
        write_notices(metrics, SETTINGS, tmp_path / "催办", template=tmp_path / "催办.docx")
    assert not list(tmp_path.glob("催办/*.docx"))


def _adds_up(rows: list[list[str]], total: str, parts: list[str], columns: list[str]) -> int:
    """Every row's ``total`` is the sum of its ``parts``, and the 合计 row of each of ``columns`` is the
    sum of the rows above it; returns how many rows were checked."""
    header = [h.replace("\n", "") for h in rows[0]]
    at = {name: header.index(name) for name in (total, *parts, *columns)}
    body = [r for r in rows[1:] if "合计" not in r]
    (sums,) = [r for r in rows[1:] if "合计" in r]

    def n(row: list[str], name: str) -> float:
        return float(row[at[name]])

    for row in [*body, sums]:
        assert n(row, total) == sum(n(row, p) for p in parts), row
    for name in columns:
        assert n(sums, name) == sum(n(r, name) for r in body), name
    return len(body) + 1


def test_every_total_in_the_documents_and_the_workbook_adds_up(tmp_path):
    """问题数 = 已完成 + 正在整改 + 长期坚持 on every row of the 通报's and the 简报's table, and the 合计
    row is the sum of the units; in the workbook's 单位统计 the same with 整改中 and 未整改."""
    from python_calamine import CalamineWorkbook

    assert run("run", "--out", tmp_path / "out").returncode == 0
    master = tmp_path / "out" / "汇总台账.xlsx"
    bulletin = tmp_path / "简报.docx"
    proc = run("brief", master, "--template", templates_dir() / "简报模板.docx", "--out", bulletin)
    assert proc.returncode == 0, proc.stderr
    for document in (tmp_path / "out" / "通报_2024-07-31.docx", bulletin):
        rows = [[c.text for c in r.cells] for r in Document(str(document)).tables[0].rows]
        counts = ["问题数", "已完成", "正在整改", "长期坚持", "超期未完成"]
        assert _adds_up(rows, "问题数", ["已完成", "正在整改", "长期坚持"], counts) == 38, document.name
    sheet = CalamineWorkbook.from_path(str(master)).get_sheet_by_name("单位统计").to_python()
    rows = [[str(v) for v in row] for row in sheet]
    parts = ["已完成", "整改中", "未整改", "长期坚持"]
    assert _adds_up(rows, "问题数", parts, ["问题数", *parts, "超期", "临期"]) == 38


def test_a_bulletin_reports_where_a_briefing_praises_and_criticises(documents):
    """A 简报 is no 通报: its title does not end in 的通报 and it says neither 通报表扬 nor 通报批评;
    no sentence starts 截至目前 right after the 截至… of the figures."""
    docs, bulletin = documents
    text = text_of(bulletin)
    assert "的通报" not in text and "通报表扬" not in text and "通报批评" not in text
    assert "予以表扬" in text and "请切实加快整改进度" in text
    briefing_text = text_of(docs.briefing)
    assert "予以通报表扬" in briefing_text and "予以通报批评" in briefing_text
    assert "截至目前" not in text and "截至目前" not in briefing_text
