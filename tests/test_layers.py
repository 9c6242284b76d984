"""The package's layers (README, 维护者须知): the folders show them — base modules at the top,
then reading/ → figures/ → outputs/ → the jobs → tools/ → the front ends — and a module imports
only from its own layer or the layers below, so a newcomer can read it bottom-up."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "addin" / "ledgerdesk"
LAYERS = [
    ("基础", {"errors", "resources", "files", "model", "table"}),
    ("读入", {"reading"}),
    ("数字", {"figures"}),
    ("输出", {"outputs"}),
    ("作业", {"jobs", "roundtrip"}),
    ("安装与工具", {"tools"}),
    ("前端", {"cli", "excel", "button", "web"}),
]
RANK = {name: n for n, (_, names) in enumerate(LAYERS) for name in names}


def _unit(path: Path) -> str:
    """A module's layer unit: its subpackage, or the module itself at the top."""
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else path.stem


def _imported(path: Path) -> set[str]:
    """The layer units a module imports from (relative imports resolved)."""
    units = set()
    inside = len(path.relative_to(PACKAGE).parts) > 1
    for dots, name in re.findall(r"^\s*from (\.+)([\w.]*) import", path.read_text(encoding="utf-8"), re.M):
        first = name.split(".")[0] if name else ""
        if len(dots) == 1 and inside:
            units.add(_unit(path))  # the module's own subpackage
        elif first:
            units.add(first)
    return units


def test_every_module_is_in_a_layer():
    modules = {_unit(p) for p in PACKAGE.rglob("*.py")} - {"__init__"}
    assert modules == set(RANK)


def test_no_module_imports_from_a_layer_above_its_own():
    upward = [
        f"{path.relative_to(PACKAGE)} -> {unit}"
        for path in PACKAGE.rglob("*.py")
        if path.stem != "__init__" or path.parent != PACKAGE
        for unit in _imported(path)
        if unit in RANK and RANK[unit] > RANK[_unit(path)]
    ]
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path, monkeypatch):
    fake = tmp_path / "ledgerdesk"
    (fake / "reading").mkdir(parents=True)
    (fake / "reading" / "x.py").write_text("from ..outputs.workbook import write_master\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert _imported(fake / "reading" / "x.py") == {"outputs"}
