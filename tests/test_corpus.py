"""Every item of every layout in the intake corpus (tests/data/corpus/README.md) reaches the ledger with
the unit, status and deadline a person reads — on the parts the rules were written against and on the
part kept aside while they were written — and no item is ever left out."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest
from corpus_eval import Score, expected, read_part, round_trip_all, score, score_all

from conftest import DATA

CORPUS = DATA / "corpus"
DEVELOPED = [
    DATA / "real",
    *(p for p in (CORPUS / f"dev{n}" for n in ("", *range(2, 169))) if (p / "expected.json").is_file()),
]
ASIDE = sorted(p.parent for p in CORPUS.glob("aside*/expected.json"))
BAR = 0.95  # the bar: items merged with unit, status and deadline as a person reads them
# What a kept-aside part read the first (and only) time it was measured, before anyone looked into
# it (tests/data/corpus/README.md): (items right, items not merged as a person reads them, non-items
# merged, round-trip change lines and silent units). The rules are not tuned on it; these figures only keep a later
# change from reading it worse. When a part is opened for development it becomes a devN part.
FIRST_READ = {
    "aside14": (58, 0, 0, 0),
    "aside21": (61, 0, 0, 0),
    "aside25": (60, 0, 0, 0),
    "aside37": (76, 0, 0, 0),
    "aside39": (64, 0, 0, 0),
    "aside40": (71, 0, 0, 0),
    "aside42": (80, 0, 0, 0),
    "aside45": (61, 0, 0, 0),
    "aside46": (71, 0, 0, 0),
    "aside49": (66, 0, 0, 0),
    "aside50": (71, 0, 0, 2),
    "aside51": (66, 0, 0, 0),
    "aside57": (73, 0, 0, 0),
    "aside59": (77, 0, 0, 0),
    "aside61": (64, 0, 0, 0),
    "aside62": (65, 0, 0, 0),
    "aside63": (60, 0, 0, 0),
    "aside64": (67, 0, 0, 0),
    "aside65": (67, 0, 0, 0),
    "aside66": (74, 0, 0, 0),
    "aside69": (68, 0, 0, 0),
    "aside70": (76, 0, 0, 0),
    "aside73": (67, 0, 0, 0),
    "aside76": (56, 0, 0, 0),
    "aside79": (69, 1, 0, 0),
    "aside81": (62, 0, 1, 1),
    "aside82": (67, 1, 0, 0),
    "aside83": (73, 0, 0, 0),
    "aside85": (76, 0, 0, 0),
    "aside86": (68, 0, 0, 0),
    "aside87": (66, 0, 0, 0),
    "aside88": (70, 0, 0, 0),
    "aside92": (57, 0, 0, 0),
    "aside93": (56, 0, 0, 0),
    "aside94": (79, 0, 0, 0),
    "aside95": (61, 0, 0, 0),
    "aside100": (77, 0, 0, 0),
    "aside102": (68, 0, 0, 0),
    "aside104": (78, 0, 0, 0),
    "aside105": (78, 0, 0, 0),
    "aside108": (79, 0, 0, 0),
    "aside109": (81, 1, 0, 0),
    "aside112": (75, 0, 0, 0),
    "aside115": (77, 0, 0, 0),
    "aside116": (71, 0, 0, 0),
    "aside118": (66, 0, 0, 0),
    "aside120": (75, 0, 0, 0),
    "aside122": (72, 0, 0, 0),
    "aside124": (66, 0, 0, 0),
    "aside125": (70, 0, 0, 0),
    "aside127": (82, 0, 0, 0),
    "aside131": (73, 0, 1, 0),
    "aside134": (66, 0, 0, 0),
    "aside135": (79, 0, 0, 8),
    "aside137": (64, 0, 0, 0),
    "aside139": (65, 0, 0, 0),
    "aside141": (75, 0, 0, 0),
    "aside144": (73, 0, 1, 0),
    "aside147": (81, 0, 0, 0),
    "aside148": (68, 0, 0, 0),
    "aside150": (75, 0, 0, 0),
    "aside151": (75, 0, 1, 0),
    "aside154": (71, 0, 0, 0),
    "aside158": (73, 0, 0, 0),
    "aside159": (73, 0, 0, 0),
    "aside160": (75, 0, 0, 0),
    "aside161": (78, 0, 0, 0),
    "aside162": (69, 0, 0, 0),
    "aside167": (65, 0, 0, 0),
    "aside168": (73, 0, 0, 0),
    "aside169": (69, 0, 0, 0),
    "aside170": (69, 0, 0, 0),
    "aside171": (76, 0, 0, 0),
    "aside175": (76, 0, 3, 0),
    "aside178": (67, 0, 0, 0),
    "aside179": (73, 0, 0, 0),
    "aside180": (71, 0, 0, 0),
    "aside181": (78, 0, 0, 0),
    "aside183": (65, 0, 0, 0),
    "aside184": (68, 0, 2, 0),
    "aside185": (68, 0, 0, 0),
    "aside188": (75, 0, 0, 0),
    "aside189": (62, 0, 0, 0),
    "aside190": (72, 0, 0, 0),
    "aside193": (74, 0, 0, 0),
    "aside194": (74, 0, 0, 0),
    "aside195": (75, 0, 0, 0),
    "aside197": (72, 0, 0, 0),
    "aside198": (73, 0, 0, 0),
    "aside200": (72, 0, 0, 0),
    "aside204": (75, 0, 2, 0),
    "aside205": (77, 0, 0, 0),
    "aside206": (71, 0, 0, 0),
    "aside207": (71, 0, 0, 0),
    "aside208": (67, 0, 0, 0),
    "aside217": (70, 0, 0, 0),
    "aside218": (73, 0, 0, 0),
    "aside219": (64, 0, 2, 0),
    "aside220": (69, 0, 0, 0),
    "aside221": (59, 0, 0, 0),
    "aside223": (66, 0, 0, 0),
    "aside225": (68, 0, 0, 0),
    "aside226": (74, 0, 0, 0),
    "aside236": (63, 0, 0, 0),
    "aside237": (68, 0, 0, 0),
    "aside240": (77, 0, 0, 0),
    "aside241": (63, 0, 2, 0),
    "aside244": (66, 0, 0, 0),
    "aside246": (63, 0, 0, 0),
    "aside248": (77, 0, 0, 0),
    "aside250": (68, 0, 0, 0),
    "aside252": (61, 0, 0, 0),
    "aside260": (57, 0, 0, 0),
    "aside261": (69, 0, 0, 0),
    "aside262": (73, 0, 0, 0),
    "aside263": (65, 0, 2, 0),
    "aside265": (63, 0, 0, 0),
    "aside268": (66, 0, 0, 0),
    "aside269": (74, 0, 0, 0),
    "aside271": (76, 0, 0, 0),
    "aside272": (74, 0, 0, 0),
    "aside274": (63, 0, 0, 0),
    "aside275": (72, 0, 0, 0),
    "aside276": (64, 0, 0, 0),
    "aside277": (60, 0, 0, 0),
    "aside278": (62, 0, 0, 0),
    "aside279": (63, 0, 0, 0),
    "aside284": (75, 0, 0, 0),
    "aside285": (74, 0, 0, 0),
    "aside287": (67, 0, 0, 0),
    "aside289": (72, 0, 0, 0),
    "aside291": (65, 0, 0, 0),
    "aside294": (55, 0, 0, 0),
    "aside297": (43, 0, 0, 0),
    "aside298": (56, 7, 0, 0),
    "aside299": (52, 8, 0, 0),
    "aside300": (71, 0, 0, 0),
}


# What a developed part still reads wrong in its count of items, named one by one (docs/benchmarks.md,
# 第六天): a project table whose note says 无 means no problem counts the project with 存在问题「无」 (and
# no unit, no time) as an item. Only this; any other fails. (The 曝光 of dev60 that lost the items of its
# last heading reads them all since 54636d1.)
STILL_LOST = {
    "dev60": ("华龙区孟轲乡2024年高标准农田建设项目",),
}


@pytest.fixture(scope="module")
def scores() -> dict[Path, Score]:
    return score_all([*DEVELOPED, *ASIDE])  # (side by side, one process per core; the .doc converted ahead)


def _total(parts: list[Path], scores: dict[Path, Score]) -> Score:
    total = Score()
    for part in parts:
        total = total.add(scores[part])
    return total


def test_the_parts_developed_on_are_read_as_a_person_reads_them(scores):
    total = _total(DEVELOPED, scores)
    assert total.items >= 290
    assert total.share() >= BAR, [m for m in total.misses]


@pytest.mark.skipif(not ASIDE, reason="no kept-aside part")
def test_the_part_kept_aside_is_read_as_a_person_reads_it(scores):
    # only the figures: which items a kept-aside part misses is not told, so that no rule is tuned on them
    for part in ASIDE:
        s = scores[part]
        assert s.items >= 60
        assert s.right >= FIRST_READ[part.name][0], f"{part.name}: {s.right}/{s.items} = {s.share():.1%}"


def test_no_item_is_ever_left_out_and_nothing_else_is_counted(scores):
    """A row that states an item is never in 未采用行, or missing; a 合计 row or a note is never an item;
    rows read = merged + rejected + superseded in every part."""
    for part, s in scores.items():
        assert s.reconciled, part
        if part in ASIDE:  # kept aside: how many only, and never more than when it was first read
            missing = sum(1 for m in s.misses if m.what in ("dropped", "missing"))
            extra = sum(1 for m in s.misses if m.what == "not-an-item")
            most_missing, most_extra = FIRST_READ[part.name][1:3]
            assert missing <= most_missing and extra <= most_extra, (part.name, missing, extra)
            continue
        lost = [m for m in s.misses if m.what in ("dropped", "missing", "not-an-item")]
        assert len(lost) <= len(STILL_LOST.get(part.name, ())), (part, lost)
        assert {m.desc for m in lost} <= set(STILL_LOST.get(part.name, ())), (part, lost)


def _sources(part: Path) -> list[str]:
    if part.name == "real":  # make_real.py cites each layout's source beside it
        tree = ast.parse((part / "make_real.py").read_text(encoding="utf-8"))
        return [
            k.value.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            for k in node.keywords
            if k.arg == "source" and isinstance(k.value, ast.Constant)
        ]
    return [spec["source"] for spec in expected(part).values()]


def test_the_corpus_has_forty_layouts_from_thirty_public_sources_in_every_form():
    parts = [*DEVELOPED, *ASIDE]
    sources = [s for part in parts for s in _sources(part)]
    assert all(s.startswith("http") for s in sources)
    layouts = sum(len(expected(part)) for part in parts)
    assert layouts >= 40 and len(set(sources)) >= 30
    forms = {spec.get("form") for part in parts[1:] for spec in expected(part).values()}
    assert {"xls", "et", "ods", "csv-gbk", "csv-utf8", "tsv-utf16", "docx", "doc", "wps", "zip"} <= forms
    for part in ASIDE:  # a kept-aside part's sources are used in no other part: no rule was written from them
        others = {s for p in parts if p != part for s in _sources(p)}
        assert not set(_sources(part)) & others, part
    developed = [s for part in DEVELOPED for s in set(_sources(part))]
    # (dev73 and dev74 reuse three sources of real/, which the helpers' list of used sources missed; dev116
    # and dev121–dev123 reuse fifteen sources of dev–dev9, whose sources that list missed in the fifteenth
    # day's first rounds: dev121–dev123 were kept-aside parts, moved here unopened for that reason)
    assert len(developed) - len(set(developed)) <= 18


def test_the_whole_corpus_goes_round_the_loop_unchanged(tmp_path):
    """Merge every layout, split, merge the returns back untouched: no 变更记录 line — the reading of a
    return is the same whatever the road (a progress in a closure column, ticks, a form …). The corpus
    is shared out among one inbox per core, each merged, split and merged back on its own."""
    trips = round_trip_all([*DEVELOPED, *ASIDE], tmp_path)
    # a kept-aside part's change lines and units reported silent, counted when it was first read
    allowed = sum(FIRST_READ[p.name][3] for p in ASIDE)
    assert sum(changes + silent for changes, silent, _, _ in trips) <= allowed, trips  # (figures only)
    assert [added for _, _, added, _ in trips] == [0] * len(trips)
    for changes, silent, _, unchanged in trips:
        if not changes and not silent:
            assert unchanged  # nothing changed: the master is not rewritten


def test_the_evaluator_fails_a_reading_that_drops_or_misreads(tmp_path):
    """The measure itself can fail: a part whose expectations say otherwise than the file scores less."""
    part = tmp_path / "part"
    part.mkdir()
    src = DATA / "real" / "统计局.xlsx"
    shutil.copy2(src, part / src.name)
    result = read_part(part)
    merged = result.ledger.records()
    items = [
        {"desc": r["问题描述"][:6], "unit": r["责任单位"], "state": r["状态归类"], "deadline": None}
        for r in merged
    ]
    items[0]["state"] = "长期坚持" if items[0]["state"] != "长期坚持" else "已完成"
    items.append({"desc": "没有这一行", "unit": "市统计局", "state": "已完成", "deadline": None})
    (part / "expected.json").write_text(
        json.dumps({src.name: {"source": "https://example.invalid", "items": items}}, ensure_ascii=False),
        encoding="utf-8",
    )
    s = score(part, result)
    assert s.items == len(merged) + 1 and s.merged == len(merged)
    assert {m.what for m in s.misses} >= {"state", "missing"}
