"""The GB/T 9704 page layout worked out before Word lays the document out (ledgerdesk.outputs.layout),
and the content rules of the 通报 that go with it: attachment labels, one definition of each
count, the 黑榜 rule for long-term items."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from ledgers import item, ledger

from ledgerdesk.figures.metrics import compute_metrics
from ledgerdesk.outputs import briefing
from ledgerdesk.outputs.layout import BODY_CHARS, TITLE_CHARS, Flow, line_count, title_lines, width
from ledgerdesk.reading.settings import Settings

JULY = date(2024, 7, 31)


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "关于“我陪群众走流程”活动发现问题整改进展情况的通报",
            ["关于“我陪群众走流程”活动", "发现问题整改进展情况的通报"],
        ),
        ("关于问题整改进展情况的通报", ["关于问题整改进展情况的通报"]),
        (
            "关于濮阳市住房和城乡建设局等单位巡察反馈问题整改工作推进情况的通报",
            ["关于濮阳市住房和城乡建设局等单位", "巡察反馈问题整改工作推进情况的通报"],
        ),
    ],
)
def test_a_title_breaks_between_words_in_a_trapezoid(title, lines):
    got = title_lines(title)
    assert got == lines
    assert "".join(got) == title
    assert all(width(line) <= TITLE_CHARS for line in got)
    if len(got) > 1:
        assert width(got[0]) < width(got[1])  # 上短下长: a 梯形, not a block


def test_a_title_never_breaks_inside_a_quoted_name_or_a_word():
    title = "关于“优化营商环境提升政务服务效能专项行动”发现问题整改进展情况的通报"
    got = title_lines(title)
    assert "".join(got) == title and len(got) >= 2
    quoted = "“优化营商环境提升政务服务效能专项行动”"
    assert any(quoted in line for line in got)  # the name stays on one line
    for word in ("整改", "进展", "情况", "通报"):
        assert all(
            not (a.endswith(word[0]) and b.startswith(word[1])) for a, b in zip(got, got[1:], strict=False)
        )


def test_lines_break_as_chinese_text_breaks():
    assert line_count("　　" + "字" * 26, BODY_CHARS) == 1  # 28 characters: one line
    assert line_count("　　" + "字" * 27, BODY_CHARS) == 2
    # a percentage in brackets moves to the next line whole, never "（" at a line's end
    text = "　　（二）黑榜。市第1测试单位和城乡建设管理局（66.67%）、"
    assert line_count(text, BODY_CHARS) == 2
    assert line_count("2024年6月30日", 6.5) == 2 and line_count("2024年6月30日", 8.5) == 1


def test_a_table_row_is_as_tall_as_its_tallest_cell():
    one = Flow.row_height([3.0, 3.0], ["短", "短"])
    three = Flow.row_height([3.0, 3.0], ["短", "字" * 18])  # 6 characters a line in 3 cm at 小四
    assert three == pytest.approx(one + 2 * 18)


def test_a_block_that_does_not_fit_starts_the_next_page():
    flow = Flow()
    flow.lines(20)
    flow.add(3 * 28.95)
    assert (flow.page, round(flow.used, 2)) == (2, round(3 * 28.95, 2))


@pytest.fixture(scope="module")
def lagging():
    """A unit whose only open item is a long-term one, and one that is really behind."""
    rows = [item("市甲局", "done", date(2024, 6, 30)) for _ in range(3)]
    rows += [item("市甲局", "long_term", description="长效机制")]
    rows += [item("市乙局", "done", date(2024, 6, 30)), item("市乙局", "in_progress", date(2024, 7, 15))]
    rows += [item("市丙局", "done", date(2024, 6, 30)) for _ in range(4)]
    return rows


def test_a_unit_lagging_only_by_long_term_items_is_not_put_on_the_black_list(lagging):
    settings = Settings(black_rate=0.85)
    metrics = compute_metrics(ledger(*lagging), JULY, settings)
    black = briefing.black_list_sentence(metrics, settings)
    assert "市乙局（50%）" in black and "市甲局" not in black
    assert "1家单位仅有长期坚持事项" in briefing.progress_sentence(metrics)
    everyone = replace(settings, black_long_term=True)
    assert "市甲局（75%）" in briefing.black_list_sentence(metrics, everyone)


def test_the_text_and_the_table_count_the_same_items_in_progress(lagging):
    settings = Settings()
    metrics = compute_metrics(ledger(*lagging), JULY, settings)
    context = briefing.briefing_context(metrics, None, settings)
    assert (context["open"], context["long_term"]) == (1, 1)
    assert f"正在整改{context['open']}个" in context["totals_sentence"]
    assert f"长期坚持{context['long_term']}个" in context["totals_sentence"]
    assert sum(u["open"] for u in context["units"]) == context["open"]
    assert "达到100%" in context["progress_sentence"]  # a rate as a leader writes it


def test_one_attachment_is_unnumbered_and_two_are_numbered(lagging):
    metrics = compute_metrics(ledger(*lagging), JULY, Settings())
    one = briefing.briefing_context(metrics, None, Settings())
    assert (one["annex_lines"], one["overdue_annex"], one["ledger_annex"]) == (
        ["超期未完成问题清单"],
        "附件",
        "",
    )
    assert "（详见附件）" in one["problems_sentence"] and "附件" not in one["problems_summary"]
    two = briefing.briefing_context(metrics, None, Settings(annex_ledger=True))
    assert two["annex_lines"] == ["1.超期未完成问题清单", "2.问题整改台账"]
    assert (two["overdue_annex"], two["ledger_annex"]) == ("附件1", "附件2")
    assert "（详见附件1）" in two["problems_sentence"]
    done = [item("市丙局", "done", date(2024, 6, 30))]
    none = briefing.briefing_context(compute_metrics(ledger(*done), JULY, Settings()), None, Settings())
    assert none["annex_lines"] == [] and none["overdue_annex"] == ""
