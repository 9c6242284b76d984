"""The bundled sample returns: what the generator wrote on purpose is what the merge finds."""

from __future__ import annotations

import importlib.util
import sys

import pytest
import python_calamine

from ledgerdesk.reading.merge import list_returns, merge_ledgers
from ledgerdesk.resources import SAMPLE_AS_OF, resource_dir, sample_returns


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_samples", resource_dir("workbooks") / "make_samples.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def truth(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    return _generator().build(out), out


@pytest.fixture(scope="module")
def merged(units):
    return merge_ledgers(list_returns(sample_returns()), units, SAMPLE_AS_OF)


def test_bundled_samples_are_what_the_generator_writes(truth):
    truth, out = truth
    bundled = sorted(p.name for p in sample_returns().glob("*.xlsx"))
    assert bundled == sorted(truth.files)
    for name in bundled:
        a = python_calamine.CalamineWorkbook.from_path(str(sample_returns() / name))
        b = python_calamine.CalamineWorkbook.from_path(str(out / name))
        assert a.sheet_names == b.sheet_names, name
        for sheet in a.sheet_names:
            assert a.get_sheet_by_name(sheet).to_python() == b.get_sheet_by_name(sheet).to_python(), (
                name,
                sheet,
            )


def test_samples_merge_to_the_campaign_figures(truth, merged):
    truth, _ = truth
    assert (truth.items, truth.done, truth.units) == (
        164,
        160,
        37,
    )  # 我陪群众走流程: 37 units, 164 found, 160 solved
    assert merged.counts == {
        "read": truth.rows_read,
        "merged": truth.items,
        "rejected": truth.rejected,
        "superseded": truth.superseded,
    }
    assert len(set(merged.ledger["责任单位"])) == truth.units
    assert merged.ledger["状态归类"].count("已完成") == truth.done


def test_every_deliberate_mistake_is_found_where_it_was_made(truth, merged):
    truth, _ = truth
    found = set(merged.report.flatten(("file", "sheet", "row", "column", "code")))
    for mistake in truth.mistakes:
        assert mistake in found, mistake


def test_no_problem_is_reported_that_was_not_made_on_purpose(truth, merged):
    truth, _ = truth
    made = {(f, s, r, c, code) for f, s, r, c, code in truth.mistakes}
    unexpected = [
        p
        for p in merged.report.flatten(("file", "sheet", "row", "column", "code"))
        if p not in made and p[4] != "superseded"
    ]
    assert unexpected == []
    assert merged.report.flatten(("file", "code")).count(("市住建局整改台账（6月）.xlsx", "superseded")) == 1
