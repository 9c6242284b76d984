"""The package's layers (README, 维护者须知): a module imports only from its own layer or the
layers below, so a newcomer can read it bottom-up: base → reading → ledger → figures → outputs →
jobs → tools → front ends."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "addin" / "ledgerdesk"
LAYERS = [
    ("基础", {"errors", "resources", "files", "model"}),
    ("读入", {"schema", "problems", "workdays", "settings", "intake", "normalize"}),
    ("台账", {"merge"}),
    ("数字", {"metrics", "history"}),
    ("输出", {"workbook", "sheetdata", "chart", "layout", "briefing"}),
    ("作业", {"jobs", "roundtrip"}),
    ("安装与工具", {"addin", "vbaproject", "bundle", "bench"}),
    ("前端", {"cli", "excel"}),
]


def test_every_module_has_a_layer():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set().union(*(m for _, m in LAYERS))


def test_no_module_imports_from_a_layer_above_its_own():
    rank = {module: n for n, (_, modules) in enumerate(LAYERS) for module in modules}
    upward = []
    for path in PACKAGE.glob("*.py"):
        if path.stem not in rank:
            continue
        for imported in set(re.findall(r"^\s*from \.(\w+) import", path.read_text(encoding="utf-8"), re.M)):
            if rank.get(imported, -1) > rank[path.stem]:
                upward.append(f"{path.stem} -> {imported}")
    assert upward == []
