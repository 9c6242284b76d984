"""The vocabulary: headers, status words, the unit directory, problem codes and their docs."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledgerdesk.model import COLUMNS, REJECTED_COLUMNS
from ledgerdesk.reading.headers import match_header
from ledgerdesk.reading.problems import CODE_NAMES, CODES, Problem, RejectedRow, Report, make_problem
from ledgerdesk.reading.progress import parse_status
from ledgerdesk.reading.schema import (
    BRANCH_AFTER,
    HEADER_ALIASES,
    LOCAL,
    STATUS_WORDS,
    Unit,
    UnitDirectory,
    _unit_key,
    load_units,
)

DOCS = Path(__file__).parents[1] / "docs" / "problems.md"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("问题描述", ("问题描述",)),
        ("存在问题", ("问题描述",)),
        ("隐患问题描述", ("问题描述",)),
        ("完成时限", ("整改时限",)),
        ("化解时限", ("整改时限",)),
        ("整改完成日期", ("完成时间",)),
        ("整改\n时限", ("整改时限",)),  # a line break inside one word
        ("责任单位\n责任人", ("责任单位", "责任人")),  # two columns written in one cell
        ("整改时限（年月日）", ("整改时限",)),
        ("*问题描述（必填）", ("问题描述",)),
        ("计划整改时限", ("整改时限",)),  # contains a known header
        ("当前状态", ("整改状态",)),
        ("序号", ("_序号",)),
        ("联系电话", ()),
        ("", ()),
    ],
)
def test_headers_map_to_canonical_columns(header, expected):
    assert match_header(header) == expected


def test_every_canonical_column_has_aliases_including_itself():
    for column in COLUMNS:
        assert column in HEADER_ALIASES[column]


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("已完成", "done"),
        ("已整改销号", "done"),
        ("已完成（6月15日）", "done"),
        ("已整改，未销号", "done"),
        ("基本完成", "in_progress"),  # NOT done in published rates
        ("申请延期", "in_progress"),
        ("正在推进中", "in_progress"),
        ("未完成", "not_started"),
        ("尚未启动", "not_started"),
        ("长期坚持", "long_term"),
        ("立行立改、长期坚持", "long_term"),
        ("√", "done"),  # a tick in a 是否完成 column
        ("×", "not_started"),
        ("已完成整改，经复查未发现反弹", "done"),  # a negation about something else
        ("已整改到位，长效机制持续推进", "done"),  # the mechanism goes on, the item is done
        ("尚未完成整改", "not_started"),
        ("尚未完成整改，已约谈运营企业", "in_progress"),  # not finished, but work has begun
        ("正在整改，预计9月30日整改到位", "in_progress"),  # a plan is not a result
        ("经调查，反映问题属实。已责令企业停产整改，目前已办结。", "done"),  # the verdict clause decides
        ("看情况", None),
        ("", None),
    ],
)
def test_status_words_normalise(word, state):
    assert parse_status(word) == state


def test_every_status_word_in_the_table_parses_to_its_state():
    for word, state in STATUS_WORDS.items():
        assert parse_status(word) == state, word


def test_unit_directory_resolves_full_names_short_names_and_city_prefix(units):
    assert len(units) == 37
    assert units.resolve("市住建局").name == "市住房和城乡建设局"
    assert units.resolve("濮阳市住房和城乡建设局").name == "市住房和城乡建设局"
    assert units.resolve(" 市医保局 ").name == "市医疗保障局"
    assert units.resolve("市规划局").name == "市自然资源和规划局"  # a former name (曾用名)
    assert units.resolve("卫计委").name == "市卫生健康委员会"  # … with or without 市
    assert units.find_in("清丰县卫健委整改台账") is None  # the county's bureau, not the city's
    assert units.find_in("高新区建设环保局") is None  # a district office holding a former city name inside
    # Longest spelling wins inside free text: 交警支队, not 公安局.
    assert units.find_in("市公安局交通管理支队整改台账").name == "市公安局交通管理支队"
    assert units.find_in("附件3：司法局整改台账").name == "市司法局"


def test_a_clerk_can_extend_the_unit_directory(tmp_path):
    path = tmp_path / "名录.csv"
    path.write_text("单位全称,简称,单位代码\n市热力公司,热力公司、市供热公司,RLG\n", encoding="utf-8-sig")
    directory = load_units(path)
    assert directory.resolve("市供热公司").code == "RLG"
    assert directory.resolve("市住建局") is None


def test_every_problem_code_has_a_chinese_name_of_its_own():
    assert set(CODE_NAMES) == set(CODES)
    assert len(set(CODE_NAMES.values())) == len(CODE_NAMES)  # 校验问题 is read back by the name
    assert not any(re.search(r"[A-Za-z]", name) for name in CODE_NAMES.values())


def test_every_problem_code_has_a_chinese_message_and_a_line_in_the_docs():
    docs = DOCS.read_text(encoding="utf-8")
    for code, (severity, template) in CODES.items():
        assert severity in ("error", "warning")
        assert re.search(r"[\u4e00-\u9fff]", template), code
        assert f"`{code}`（{CODE_NAMES[code]}）" in docs, f"{code} is not documented in docs/problems.md"
        problem = make_problem(
            code, "a.xlsx", sheet="Sheet1", row=7, column="整改时限", value="六月底", detail="x"
        )
        assert "{" not in problem.message


def test_a_problem_in_json_and_a_left_out_row_carry_every_field_in_order():
    """as_json and record are written out by hand (asdict/astuple deep-copy, 0.3 s at L): a field
    added to the dataclass and not to them would be lost from the JSON or from 未采用行."""
    problem = make_problem(
        "unparseable-date", "a.xlsx", sheet="Sheet1", row=7, column="整改时限", value="尽快"
    )
    assert list(problem.as_json().items()) == [(f.name, getattr(problem, f.name)) for f in fields(Problem)]
    left = RejectedRow("a.xlsx", "Sheet1", 7, "退回", "重复行", "问题描述=x")
    assert list(left.record().values()) == [getattr(left, f.name) for f in fields(RejectedRow)]
    assert list(left.record()) == list(REJECTED_COLUMNS)


def test_report_flattens_and_becomes_a_chinese_table():
    report = Report()
    report.add("unparseable-date", "a.xlsx", sheet="Sheet1", row=7, column="整改时限", value="尽快")
    report.add("duplicate-row", "a.xlsx", sheet="Sheet1", row=9, detail="第8行")
    assert report.flatten() == [(7, "整改时限", "unparseable-date"), (9, None, "duplicate-row")]
    assert report.problems[0].message == "第7行「整改时限」无法识别为日期：'尽快'"
    frame = report.to_table()
    assert list(frame.columns) == ["级别", "问题类型", "文件", "工作表", "行号", "列", "原值", "说明"]
    assert list(frame["级别"]) == ["错误", "提示"]  # errors first
    assert list(frame["问题类型"]) == ["重复行", "日期无法识别"]
    assert len(report.errors) == 1 and len(report.warnings) == 1


def _find_by_trying_every_spelling(directory, text):
    """The rule find_in keeps, written the slow way: every spelling of three or more characters,
    longest first, tested against the text — not where a county's, district's or town's name stands
    before it (清丰县卫健委, 高新区建设环保局: that place's own office), nor where a branch of it is
    named right after it (市公安局华龙分局, 市公安局出入境管理支队)."""
    key = _unit_key(text)
    if not key:
        return None
    return next(
        (
            u
            for s, u in directory._by_length
            if len(s) >= 3
            and s in key
            and not LOCAL.search(key[: key.find(s)])
            and not BRANCH_AFTER.match(key, key.find(s) + len(s))  # (市公安局华龙分局: the branch's own)
        ),
        None,
    )


@settings(max_examples=300, deadline=None)
@given(
    picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=4),
    cuts=st.lists(st.integers(0, 12), min_size=2, max_size=2),
    around=st.sampled_from(["", "附件3：", "濮阳市", "关于", "整改台账", "（盖章）"]),
)
def test_find_in_finds_what_trying_every_spelling_finds(units, picks, cuts, around):
    """find_in looks only at spellings whose rarest three characters occur in the text; the unit
    found is the one trying every spelling, longest first, finds — for whole names, pieces of
    names and names run together, with a directory of real names and one of a thousand alike."""
    alike = UnitDirectory([Unit(f"市第{n:04d}局", f"U{n:04d}", (f"第{n:04d}局",)) for n in range(1000)])
    for directory in (units, alike):
        spellings = [s for s, _ in directory._by_length]
        pieces = [spellings[p % len(spellings)] for p in picks]
        text = around + pieces[0][cuts[0] :] + "".join(pieces[1:]) + pieces[0][: cuts[1]] + around
        assert directory.find_in(text) == _find_by_trying_every_spelling(directory, text)
        assert directory.find_in(pieces[-1]) == _find_by_trying_every_spelling(directory, pieces[-1])
