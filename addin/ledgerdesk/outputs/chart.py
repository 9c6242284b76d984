"""The completion-rate chart, as a native Office chart: the same bars in the master workbook and in
the Word briefing.

XlsxWriter writes the chart. In the workbook it sits next to 单位统计; for the briefing a small
workbook holding only the chart's data is written, and its chart part goes into the .docx with
that workbook embedded, the way Word stores a chart: the clerk can restyle it, and
右键 → 编辑数据 opens the figures in Excel. Word draws it with the clerk's own fonts, so nothing
here needs a Chinese font, and nothing is drawn on this machine.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING

import xlsxwriter
from xlsxwriter.chart import Chart

from ..figures.metrics import format_rate
from ..model import Col

if TYPE_CHECKING:
    from docxtpl import DocxTemplate

BLUE, RED = "#2F5597", "#C00000"  # red: the unit has overdue items
FONT = "宋体"
DATA_SHEET = "Sheet1"  # the name Word gives a chart's data sheet
WIDTH_MM = 150
PX_PER_MM = 96 / 25.4  # XlsxWriter sizes a chart in pixels at 96 dpi
_ids = count(5000)  # wp:docPr ids for the charts, clear of those Word and docxtpl number from 1


def add_rate_chart(
    book: xlsxwriter.Workbook,
    sheet: str,
    first: int,
    last: int,
    name_col: int,
    rate_col: int,
    title: str,
    overdue: Sequence[bool],
    font_size: float = 9,
    labels: Sequence[str] = (),
) -> Chart:
    """A horizontal bar per unit (rows ``first``–``last`` of ``sheet``), first row at the top,
    rates as 0.00% (or the ``labels`` given, as a leader writes them: 100%, 97.56%), units with
    overdue items in red. The caller places and sizes it."""
    chart = book.add_chart({"type": "bar"})
    text = {"name": FONT, "size": font_size}
    chart.add_series(
        {
            "name": "整改完成率",
            "categories": [sheet, first, name_col, last, name_col],
            "values": [sheet, first, rate_col, last, rate_col],
            "fill": {"color": BLUE},
            "points": [{"fill": {"color": RED}} if late else None for late in overdue],
            "gap": 60,
            "data_labels": {
                "value": True,
                "num_format": "0.00%",
                "font": text,
                **({"custom": [{"value": label, "font": text} for label in labels]} if labels else {}),
            },
        }
    )
    chart.set_title({"name": title, "name_font": {"name": FONT, "size": 12, "bold": False}})
    chart.set_x_axis(
        {
            "num_format": "0%",
            "min": 0,
            "max": 1,
            "major_unit": 0.2,  # 0% 20% … 100%: six labels stay level at 10.5 pt
            "major_gridlines": {"visible": True},
            "num_font": text,
        }
    )
    chart.set_y_axis({"reverse": True, "crossing": "max", "num_font": text})  # rates along the foot
    chart.set_legend({"none": True})
    return chart


def chart_workbook(
    names: Sequence[str], rates: Sequence[float], overdue: Sequence[bool], title: str, height_mm: float
) -> bytes:
    """A workbook holding the chart's data on Sheet1 and the chart, ``height_mm`` tall and as
    wide as the document draws it (LibreOffice scales a chart's text by the size it was made at
    against the size it is drawn at): what Word embeds."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet(DATA_SHEET)
    pct = book.add_format({"num_format": "0.00%"})
    sheet.write_row(0, 0, [Col.UNIT_NAME, "整改完成率"])
    for r, (name, rate) in enumerate(zip(names, rates, strict=True), start=1):
        sheet.write_string(r, 0, name)
        sheet.write_number(r, 1, rate, pct)
    sheet.set_column(0, 0, 30)
    chart = add_rate_chart(
        book, DATA_SHEET, 1, len(names), 0, 1, title, overdue, 10.5, [format_rate(r) for r in rates]
    )
    chart.set_size({"width": round(WIDTH_MM * PX_PER_MM), "height": round(height_mm * PX_PER_MM)})
    sheet.insert_chart(0, 3, chart)
    book.close()
    return buffer.getvalue()


def _chart_xml(workbook: bytes) -> bytes:
    """The workbook's chart part, made ready for Word: Chinese language, the font also set for
    East Asian text (XlsxWriter writes only the Latin one), and a link to the embedded data."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as z:
        xml = z.read("xl/charts/chart1.xml").decode("utf-8")
    latin = f'<a:latin typeface="{FONT}"/>'
    # Square corners: Word draws rounded ones where the element is missing.
    xml = xml.replace('<c:lang val="en-US"/>', '<c:lang val="zh-CN"/><c:roundedCorners val="0"/>')
    xml = xml.replace(latin, latin + f'<a:ea typeface="{FONT}"/>')
    # Only the value on each bar: LibreOffice reads a missing showCatName/showSerName as "show".
    xml = xml.replace(
        '<c:showVal val="1"/>',
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
        '<c:showPercent val="0"/><c:showBubbleSize val="0"/>',
    )
    link = '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
    at = xml.find("<c:printSettings>")
    at = at if at >= 0 else xml.rindex("</c:chartSpace>")
    return (xml[:at] + link + xml[at:]).encode("utf-8")


@dataclass
class EmbeddedChart:
    """A chart ready for a document: what chart_workbook wrote, and how tall it is drawn."""

    workbook: bytes
    height_mm: float


class WordChart:
    """A chart for a docxtpl placeholder, inserted inline as InlineImage inserts a picture.

    Rendering adds the chart part (word/charts/chartN.xml) with the data workbook embedded
    (word/embeddings/), related from the part being rendered.
    """

    def __init__(self, template: DocxTemplate, chart: EmbeddedChart) -> None:
        self.template, self.chart = template, chart

    def _insert(self) -> str:
        # python-docx is imported here, so that writing a workbook does not load it
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.part import Part
        from docx.shared import Mm

        from .lib_docx import next_part_name
        from .lib_docxtpl import rendering_part

        part = rendering_part(self.template)
        package = part.package
        chart_part = Part(
            next_part_name(package, "/word/charts/chart%d.xml"),
            CT.DML_CHART,
            _chart_xml(self.chart.workbook),
            package,
        )
        data = Part(
            next_part_name(package, "/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"),
            CT.SML_SHEET,
            self.chart.workbook,
            package,
        )
        data_rid = chart_part.relate_to(data, RT.PACKAGE)
        assert data_rid == "rId1", data_rid  # the id _chart_xml links to
        rid = part.relate_to(chart_part, RT.CHART)
        n = next(_ids)
        return (
            "</w:t></w:r><w:r><w:drawing>"
            '<wp:inline distT="0" distB="0" distL="0" distR="0" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
            f'<wp:extent cx="{Mm(WIDTH_MM)}" cy="{Mm(self.chart.height_mm)}"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{n}" name="图表 {n}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            f'r:id="{rid}"/>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r>"
            '<w:t xml:space="preserve">'
        )

    def __html__(self) -> str:
        return self._insert()

    def __str__(self) -> str:
        return self._insert()
