"""The .xlam add-in built from readable sources: vbaProject.bin (MS-CFB + MS-OVBA) checked by
independent readers (olefile, oletools' olevba, LibreOffice's VBA import)."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import libreoffice_convert
from ledgerdesk.resources import xlam_dir
from ledgerdesk.tools.addin import build_addin, install_addin, ribbon_module, uninstall_addin
from ledgerdesk.tools.vbaproject import compress, decompress, read_modules, write_cfb

NS = {"ui": "http://schemas.microsoft.com/office/2009/07/customui"}


@given(st.binary(max_size=20000))
@settings(max_examples=60, deadline=None)
def test_compression_round_trips_any_bytes(data):
    assert decompress(compress(data)) == data


def test_compression_agrees_with_oletools_and_compresses_text():
    from oletools.olevba import decompress_stream

    source = (xlam_dir() / "LedgerdeskRibbon.bas").read_text(encoding="ascii")[:500] * 200
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
        assert b'name="ledgerdesk"' in z.read("xl/workbook.xml")


def test_olevba_extracts_our_vba_source_unchanged(built):
    from oletools.olevba import VBA_Parser

    xlam, _, _ = built
    parser = VBA_Parser(str(xlam))
    modules = {name: code for _, _, name, code in parser.extract_macros()}
    ours = ribbon_module()
    assert modules["LedgerdeskRibbon.bas"].replace("\r\n", "\n").strip() == ours.replace("\r\n", "\n").strip()
    assert ours.startswith((xlam_dir() / "LedgerdeskRibbon.bas").read_text(encoding="ascii").split("\n")[0])
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
    assert "LedgerdeskButton" in module and "ledgerdesk.button.press" in module


def _vba_string(expression: str, names: dict[str, str]) -> str:
    """Evaluate a VBA string expression of literals, names and Environ("X") joined with &."""
    parts = []
    for term in (t.strip() for t in expression.split("&")):
        if term.startswith('"'):
            parts.append(term[1:-1].replace('""', '"'))
        elif m := re.fullmatch(r'Environ\("(\w+)"\)', term):
            parts.append(names[m.group(1)])
        else:
            parts.append(names[term])
    return "".join(parts)


def _vba_input(data: bytes, code_page: str) -> dict[str, str]:
    """What VBA's ``Input #f, name, value`` reads from a config file, line by line."""
    values = {}
    for line in data.decode(code_page).split("\r\n"):
        if line:
            name, value = re.fullmatch(r'"([^"]*)","([^"]*)"', line).groups()
            values[name.upper()] = value
    return values


@pytest.mark.parametrize("code_page", ["cp936", "gb18030"])
def test_install_writes_the_very_config_file_the_built_addins_vba_reads(built, tmp_path, code_page):
    """The built vbaProject's own xlwings module (decompressed) says where GetConfig looks on
    Windows; install writes there, in the ANSI code page, a Chinese user name and all."""
    import sys

    xlam, _, _ = built
    with zipfile.ZipFile(xlam) as z:
        modules = read_modules(z.read("xl/vbaProject.bin"))
        workbook = z.read("xl/workbook.xml")
    xlwings = modules["xlwings"]
    project = re.search(r'Public Const PROJECT_NAME As String = "([^"]*)"', xlwings).group(1)
    assert project == "ledgerdesk"
    windows_branch = re.search(
        r"Function GetConfigFilePath\(\).*?#Else\s+GetConfigFilePath = (.*?)\r?\n", xlwings, re.S
    )
    home = tmp_path / "Users" / "张伟"
    looked_up = _vba_string(windows_branch.group(1), {"USERPROFILE": str(home), "PROJECT_NAME": project})
    assert looked_up.replace("\\", "/") == str(home / ".ledgerdesk" / "ledgerdesk.conf")
    assert f'name="{project}.conf"'.encode() not in workbook  # no sheet overrides the file

    old = home / ".ledgerdesk" / "ledgerdesk.conf"
    old.parent.mkdir(parents=True)
    old.write_bytes('"INTERPRETER_WIN","C:\\旧\\python.exe"\r\n"SHOW CONSOLE","False"\r\n'.encode(code_page))
    target, conf, console = install_addin(
        xlam, appdata=tmp_path / "AppData", home=home, windows=True, code_page=code_page
    )
    assert Path(looked_up.replace("\\", "/")) == conf
    values = _vba_input(conf.read_bytes(), code_page)
    assert values["INTERPRETER_WIN"] == sys.executable
    assert values["SHOW CONSOLE"] == "False"  # the clerk's other settings stay
    assert Path(values["LEDGERDESK_PACKAGE"]).is_file() and values["LEDGERDESK_PACKAGE"].endswith(
        "__init__.py"
    )
    assert (
        Path(values["LEDGERDESK_CONSOLE"]) == console == home / "Documents" / "督查台账" / "督查台账助手.xlsx"
    )
    assert console.is_file() and target.read_bytes() == xlam.read_bytes()
    assert target == tmp_path / "AppData" / "Microsoft" / "Excel" / "XLSTART" / "ledgerdesk.xlam"

    console.write_bytes(b"the clerk's own settings")  # a second install never overwrites the clerk's copy
    install_addin(xlam, appdata=tmp_path / "AppData", home=home, windows=True, code_page=code_page)
    assert console.read_bytes() == b"the clerk's own settings"
    removed = uninstall_addin(appdata=tmp_path / "AppData", home=home, windows=True)
    assert removed == [target, conf] and not target.exists() and not conf.exists()
    assert console.read_bytes() == b"the clerk's own settings"  # the clerk's edited copy stays


def test_a_path_the_code_page_cannot_write_is_a_clear_message(built, tmp_path):
    from ledgerdesk.tools.addin import AddinError

    with pytest.raises(AddinError, match="代码页"):
        install_addin(built[0], appdata=tmp_path, home=tmp_path / "김민준", windows=True, code_page="cp936")


def test_every_button_callback_checks_before_python_runs(built):
    """Each public Sub a button calls catches every error and starts with the Ready check; Ready
    tells 帮助, Protected View, no workbook and another workbook before it reads any setting, reads
    settings from the user's config file only, and every message it shows is defined in Chinese.
    (tests/test_vba.py runs it.)"""
    from ledgerdesk.tools.addin import MESSAGES

    xlam, _, _ = built
    with zipfile.ZipFile(xlam) as z:
        modules = read_modules(z.read("xl/vbaProject.bin"))
    source = modules["LedgerdeskRibbon"]
    subs = re.findall(r"Public Sub (\w+)\(control As IRibbonControl\)\r?\n(.*?)\r?\n(.*?)\r?\n", source)
    assert subs and all(
        (first.strip(), second.strip()) == ("On Error GoTo Failed", "If Not Ready(control.Tag) Then Exit Sub")
        for _, first, second in subs
    )
    ready = re.search(r"Private Function Ready.*?End Function", source, re.S).group(0)
    guards = [
        'tag = "help"',
        "ActiveProtectedViewWindow",
        "ActiveWorkbook Is Nothing",
        "SheetExists",
        "Installed()",
    ]
    at = [ready.index(g) for g in guards]
    assert at == sorted(at) and ready.index("Setting(") > at[-1]
    assert re.findall(r"GetConfig\([^\r\n]*", source) == ['GetConfig(key, "", "user")']
    assert "If wb Is Nothing Then Exit Function" in modules["xlwings"].split("Function GetFullName(")[1][:80]
    used = set(re.findall(r'Msg\("([\w-]+)"\)', source))
    assert used == set(MESSAGES)  # every text is used, and every text used is defined
    assert source.isascii()
    text = re.search(r'Case "protected"\r?\n(.*?)\r?\n        Case', source, re.S).group(1)
    codes = [chr(int(n)) for n in re.findall(r"ChrW\((\d+)\)", text)]
    assert "".join(codes) == MESSAGES["protected"].replace("\n", "")


def test_install_outside_windows_is_a_clear_message(built):
    from ledgerdesk.tools.addin import AddinError

    with pytest.raises(AddinError, match="只能在 Windows 上安装"):
        install_addin(built[0], windows=False)


# Ribbon icons reported missing from current Office's imageMso list (issue 32): a button with one
# shows no picture.
MISSING_ICONS = {"TableSplitCells"}


def test_the_ribbon_validates_against_the_customui_schema_and_uses_no_missing_icon(built, tmp_path):
    """The built add-in, customUI part included, has no finding by an Open XML schema validator
    (openxml-audit, which knows the 2009/07 customUI schema: a wrong attribute there is found)."""
    from openxml_audit import OpenXmlValidator

    xlam, _, _ = built
    result = OpenXmlValidator().validate(str(xlam))
    assert result.is_valid, [str(e) for e in result.errors]
    broken = tmp_path / "broken.xlam"
    with zipfile.ZipFile(xlam) as source, zipfile.ZipFile(broken, "w") as z:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "customUI/customUI.xml":
                data = data.replace(b'size="large"', b'size="huge"', 1)
            z.writestr(info, data)
    assert any("customUI" in str(e) for e in OpenXmlValidator().validate(str(broken)).errors)
    icons = {
        b.get("imageMso")
        for b in ET.parse(xlam_dir() / "customUI.xml").getroot().iterfind(".//ui:button", NS)
    }
    assert icons and not icons & MISSING_ICONS
