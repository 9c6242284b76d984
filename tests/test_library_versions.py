"""Library internals fenced (issue 30, point 8): what ledgerdesk uses of XlsxWriter's, docxtpl's and
python-docx's undocumented parts sits in one adapter module per library, which checks the installed
version when it is imported; on a version the tests did not run on, the tool stops with a Chinese
message before it writes anything."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from ledgerdesk.outputs import lib_docx, lib_docxtpl, lib_xlsxwriter
from ledgerdesk.outputs.tested import UntestedLibrary

PACKAGE = Path(__file__).parents[1] / "addin" / "ledgerdesk"
ADAPTERS = {lib_xlsxwriter: "XlsxWriter", lib_docxtpl: "docxtpl", lib_docx: "python-docx"}
INTERNALS = re.compile(
    r"(?<!docxtpl_steps)\.(_get_xf_index|_sectPr|get_xml|patch_xml|render_xml_part|fix_tables|fix_docpr_ids|current_rendering_part"
    r"|docx_ids_index|resolve_listing|render_init|next_partname|init_docx)\b"
)


@pytest.mark.parametrize("module", list(ADAPTERS), ids=list(ADAPTERS.values()))
def test_an_untested_version_stops_with_a_chinese_message(module, monkeypatch):
    name = ADAPTERS[module]
    real = metadata.version
    assert importlib.reload(module).VERSION == real(name)  # the installed one is a tested one
    monkeypatch.setattr(metadata, "version", lambda d: "99.0" if d == name else real(d))
    with pytest.raises(UntestedLibrary) as refused:
        importlib.reload(module)
    message = str(refused.value)
    assert f"{name} 99.0" in message and "测试过的版本" in message and "pip install" in message
    monkeypatch.setattr(metadata, "version", real)
    importlib.reload(module)


def test_a_run_on_an_untested_xlsxwriter_writes_nothing(tmp_path):
    script = (
        "import importlib.metadata as m, sys\n"
        "real = m.version\n"
        "m.version = lambda d: '3.9.0' if d == 'XlsxWriter' else real(d)\n"
        "from ledgerdesk.cli import main\n"
        f"sys.exit(main(['run', '--out', {str(tmp_path / 'out')!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "XlsxWriter 3.9.0" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_adapters_check_the_ranges_pyproject_installs():
    import tomllib

    pins = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {re.split(r"[<>=!~]", d, maxsplit=1)[0]: d for d in pins["dependencies"]}
    for module, name in ADAPTERS.items():
        assert declared[name] == f"{name}{module.TESTED}", name


def test_no_module_but_its_adapter_reaches_into_a_library():
    reached = [
        f"{path.name}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.name.startswith("lib_")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if not line.lstrip().startswith("#") and INTERNALS.search(line.split("#")[0])
    ]
    assert reached == []
