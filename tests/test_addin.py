"""The .xlam add-in built from readable sources: vbaProject.bin (MS-CFB + MS-OVBA) checked by
independent readers (olefile, oletools' olevba, LibreOffice's VBA import)."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
import zipfile

import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import libreoffice_convert
from ledgerdesk.addin import build_addin, install_addin, uninstall_addin
from ledgerdesk.resources import xlam_dir
from ledgerdesk.vbaproject import compress, decompress, read_modules, write_cfb

NS = {"ui": "http://schemas.microsoft.com/office/2009/07/customui"}


@given(st.binary(max_size=20000))
@settings(max_examples=60, deadline=None)
def test_compression_round_trips_any_bytes(data):
    assert decompress(compress(data)) == data


def test_compression_agrees_with_oletools_and_compresses_text():
    from oletools.olevba import decompress_stream

    source = (xlam_dir() / "LedgerdeskRibbon.bas").read_text(encoding="ascii") * 40
    data = source.encode("ascii")
    packed = compress(data)
    assert decompress_stream(bytearray(packed)) == data  # an independent decompressor
    assert len(packed) < len(data) / 4


def test_incompressible_data_is_stored_in_raw_chunks():
    rng = random.Random(9)
    data = bytes(rng.randrange(256) for _ in range(8192))
    packed = compress(data)
    assert decompress(packed) == data and len(packed) == 1 + 2 * (2 + 4096)


def test_compound_file_is_read_back_by_olefile(tmp_path):
    streams = {
        ("A",): b"x" * 10,
        ("VBA", "dir"): b"y" * 5000,
        ("VBA", "mod"): b"z" * 100,
        ("PROJECTwm",): b"",
    }
    for n in range(20):  # enough siblings for a real red-black tree
        streams[("Many", f"s{n:02d}")] = bytes([n]) * (n * 300)
    path = tmp_path / "t.bin"
    path.write_bytes(write_cfb(streams))
    ole = olefile.OleFileIO(str(path))
    for parts, data in streams.items():
        assert ole.openstream("/".join(parts)).read() == data
    assert write_cfb(streams) == path.read_bytes()  # deterministic


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlam")
    return build_addin(folder / "ledgerdesk.xlam"), build_addin(folder / "again.xlam"), folder


def test_the_addin_is_an_ooxml_package_with_our_ribbon_and_is_deterministic(built):
    xlam, again, _ = built
    assert xlam.read_bytes() == again.read_bytes()
    with zipfile.ZipFile(xlam) as z:
        assert z.testzip() is None
        names = set(z.namelist())
        assert {
            "[Content_Types].xml",
            "xl/workbook.xml",
            "xl/vbaProject.bin",
            "customUI/customUI.xml",
        } <= names
        assert z.read("customUI/customUI.xml") == (xlam_dir() / "customUI.xml").read_bytes()
        assert b"ms-excel.addin.macroEnabled.main+xml" in z.read("[Content_Types].xml")
        assert b"_ledgerdesk.conf" in z.read("xl/workbook.xml")


def test_olevba_extracts_our_vba_source_unchanged(built):
    from oletools.olevba import VBA_Parser

    xlam, _, _ = built
    parser = VBA_Parser(str(xlam))
    modules = {name: code for _, _, name, code in parser.extract_macros()}
    ours = (xlam_dir() / "LedgerdeskRibbon.bas").read_text(encoding="ascii")
    assert modules["LedgerdeskRibbon.bas"].replace("\r\n", "\n").strip() == ours.strip()
    assert {"xlwings.bas", "Dictionary.cls", "ThisWorkbook.cls", "LedgerdeskRibbon.bas"} <= set(modules)


def test_every_onaction_is_a_sub_of_the_built_vba_project(built):
    xlam, _, _ = built
    with zipfile.ZipFile(xlam) as z:
        modules = read_modules(z.read("xl/vbaProject.bin"))
        ui = ET.fromstring(z.read("customUI/customUI.xml"))
    subs = set(re.findall(r"Public Sub (\w+)\(control As IRibbonControl\)", "\n".join(modules.values())))
    actions = {b.get("onAction") for b in ui.findall(".//ui:button", NS)}
    assert actions and actions <= subs
    assert "Function RunPython" in modules["xlwings"]


def test_libreoffice_imports_the_vba_modules(built, tmp_path):
    xlsm = build_addin(tmp_path / "ledgerdesk.xlsm", as_xlsm=True)  # LibreOffice does not open add-ins
    proc = libreoffice_convert([xlsm], "ods", tmp_path)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(tmp_path / "ledgerdesk.ods") as z:
        basic = {n.split("/")[-1] for n in z.namelist() if n.startswith("Basic/ledgerdesk/")}
        module = z.read("Basic/ledgerdesk/LedgerdeskRibbon.xml").decode("utf-8")
    assert {"LedgerdeskRibbon.xml", "xlwings.xml", "Dictionary.xml", "ThisWorkbook.xml"} <= basic
    assert "LedgerdeskButton" in module and "ledgerdesk.excel.on_button" in module


def test_install_copies_to_xlstart_and_points_xlwings_at_this_python(built, tmp_path):
    import sys

    xlam, _, _ = built
    conf = tmp_path / "home" / ".xlwings" / "xlwings.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text('"INTERPRETER_WIN","C:\\old\\python.exe"\n"SHOW CONSOLE","False"\n', encoding="utf-8")
    target, written = install_addin(xlam, appdata=tmp_path / "AppData", home=tmp_path / "home", windows=True)
    assert target == tmp_path / "AppData" / "Microsoft" / "Excel" / "XLSTART" / "ledgerdesk.xlam"
    assert target.read_bytes() == xlam.read_bytes()
    assert written.read_text(encoding="utf-8").splitlines() == [
        '"SHOW CONSOLE","False"',
        f'"INTERPRETER_WIN","{sys.executable}"',
    ]
    assert uninstall_addin(appdata=tmp_path / "AppData", windows=True) == target and not target.exists()


def test_install_outside_windows_is_a_clear_message(built):
    from ledgerdesk.addin import AddinError

    with pytest.raises(AddinError, match="只能在 Windows 上安装"):
        install_addin(built[0], windows=False)
