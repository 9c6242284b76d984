"""``ledgerdesk wps build`` (issue 33): the WPS 表格 add-in in WPS's JS add-in format.

What WPS documents for a JS add-in (docs/wps.md): a folder with index.html (loading main.js),
ribbon.xml in the CustomUI format (namespace 2006/01) whose callbacks are functions of the page,
and a jsplugins.xml entry (<jsplugin> offline, <jspluginonline> online). Checked here: the XML is
well-formed and ribbon.xml valid against the CustomUI 2006/01 schema (openxml-audit, in a package as
Office keeps it), its buttons are the Excel ribbon's, every JavaScript file parses (node --check),
the request-building functions pass their node tests (node --test tests/wps), and those requests,
sent by node to a real ledgerdesk serve, run a job for a console workbook.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from ledgerdesk.cli import main
from ledgerdesk.resources import resource_dir, sample_returns, xlam_dir
from ledgerdesk.tools.wps import folder_name

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(
    NODE is None, reason="没有 node（Node.js）：加载项的 JavaScript 在这里无法运行"
)
UI = "{http://schemas.microsoft.com/office/2006/01/customui}"
EXCEL_UI = "{http://schemas.microsoft.com/office/2009/07/customui}"
TESTS = Path(__file__).parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("wps") / "ledgerdesk-wps"
    assert main(["wps", "build", "--out", str(out), "--url", "http://oa.example.gov.cn/ledgerdesk-wps/"]) == 0
    return out


def test_the_add_in_has_what_wps_loads(built):
    folder = built / folder_name()
    for name in ("index.html", "main.js", "ribbon.xml", "js/requests.js", "js/ribbon.js"):
        assert (folder / name).is_file(), name
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'src="main.js"' in page
    loaded = (folder / "main.js").read_text(encoding="utf-8")
    assert loaded.index("js/requests.js") < loaded.index("js/ribbon.js")


def test_ribbon_xml_is_the_excel_ribbon_in_wps_customui(built):
    root = ET.parse(built / folder_name() / "ribbon.xml").getroot()
    assert root.tag == f"{UI}customUI" and root.get("onLoad") == "OnAddinLoad"
    buttons = [(b.get("id"), b.get("tag"), b.get("label")) for b in root.iter(f"{UI}button")]
    excel = ET.parse(xlam_dir() / "customUI.xml").getroot()
    assert buttons == [(b.get("id"), b.get("tag"), b.get("label")) for b in excel.iter(f"{EXCEL_UI}button")]
    assert [label for _, _, label in buttons] == [
        "合并台账", "校验", "拆分下发", "统计分析", "生成通报", "生成催办单", "打开设置", "帮助",
    ]  # fmt: skip
    assert {(b.get("onAction"), b.get("getImage")) for b in root.iter(f"{UI}button")} == {
        ("OnAction", "GetImage")
    }
    assert [t.get("label") for t in root.iter(f"{UI}tab")] == ["督查台账"]


def test_ribbon_xml_is_valid_against_the_customui_2006_schema(built, tmp_path):
    """Inside a workbook package, as Office keeps a 2006/01 customUI part, openxml-audit checks it
    against the schema; a wrong attribute value is found, so the check can fail."""
    from openxml_audit import OpenXmlValidator

    def package(ribbon: bytes, path: Path) -> Path:
        rel = (
            '<Relationship Id="rIdUI" Type="http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"'
            ' Target="customUI/customUI.xml"/></Relationships>'
        )
        with (
            zipfile.ZipFile(resource_dir("workbooks") / "督查台账助手.xlsx") as source,
            zipfile.ZipFile(path, "w") as z,
        ):
            for info in source.infolist():
                data = source.read(info)
                if info.filename == "_rels/.rels":
                    data = data.replace(b"</Relationships>", rel.encode())
                z.writestr(info, data)
            z.writestr("customUI/customUI.xml", ribbon)
        return path

    ribbon = (built / folder_name() / "ribbon.xml").read_bytes()
    result = OpenXmlValidator().validate(str(package(ribbon, tmp_path / "ok.xlsx")))
    assert result.is_valid, [str(e) for e in result.errors]
    broken = package(ribbon.replace(b'size="large"', b'size="huge"', 1), tmp_path / "broken.xlsx")
    assert any("customUI" in str(e) for e in OpenXmlValidator().validate(str(broken)).errors)


def test_the_plugin_lists_name_the_add_in_as_wps_documents(built):
    offline = ET.parse(built / "jsplugins.xml").getroot()
    assert offline.tag == "jsplugins"
    (entry,) = list(offline)
    name, version = folder_name().split("_")
    assert entry.tag == "jsplugin" and entry.attrib == {
        "name": name,
        "type": "et",
        "url": "http://oa.example.gov.cn/ledgerdesk-wps/ledgerdesk.7z",
        "version": version,
        "enable": "true",
    }
    (online,) = list(ET.parse(built / "jsplugins-online.xml").getroot())
    assert online.tag == "jspluginonline" and online.get("type") == "et"
    assert online.get("url") == "http://oa.example.gov.cn/ledgerdesk-wps/"
    assert "JsApiPlugin=true" in (built / "oem.ini.txt").read_text(encoding="utf-8")


def test_a_wrong_url_is_a_chinese_message(tmp_path, capsys):
    assert main(["wps", "build", "--out", str(tmp_path), "--url", "oa.example.gov.cn"]) == 2
    assert "--url 应是以 http:// 或 https:// 开头" in capsys.readouterr().err


@needs_node
def test_every_javascript_file_parses(built):
    for script in sorted((built / folder_name()).rglob("*.js")):
        proc = subprocess.run([NODE, "--check", str(script)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, (script.name, proc.stderr)


@needs_node
def test_the_request_building_functions_pass_their_node_tests(built):
    env = {**os.environ, "LEDGERDESK_WPS_BUILD": str(built / folder_name())}
    proc = subprocess.run(
        [NODE, "--test", str(TESTS / "wps")], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "# fail 0" in proc.stdout and "# pass 10" in proc.stdout


NODE_CLIENT = """
const R = require(process.argv[2]);
const connection = R.parseAddress(process.argv[3]);
(async () => {
  const start = R.jobRequest(connection, "check", process.argv[4]);
  let job = await (await fetch(start.url, start.options)).json();
  while (job.state === "running") {
    await new Promise((r) => setTimeout(r, 100));
    const state = R.stateRequest(connection, job.id);
    job = await (await fetch(state.url, state.options)).json();
  }
  console.log(JSON.stringify({ state: job.state, rows: job.result && job.result.rows, text: R.describe(job) }));
})();
"""


@needs_node
def test_the_add_ins_requests_run_a_job_on_a_real_server(tmp_path):
    """What requests.js builds is what ledgerdesk serve answers: node sends them, as WPS would."""
    from ledgerdesk.web.serve import running

    console = tmp_path / "督查台账助手.xlsx"
    shutil.copy(resource_dir("workbooks") / "督查台账助手.xlsx", console)
    shutil.copytree(sample_returns(), tmp_path / "收件箱")
    with running(tmp_path / "设置.toml", roots=[tmp_path]) as served:
        from test_web import Client

        assert (
            Client(served).json(
                "POST", "/api/settings", {"values": {"inbox": "收件箱"}, "console": str(console)}
            )[0]
            == 200
        )
        (tmp_path / "client.js").write_text(NODE_CLIENT, encoding="utf-8")
        requests_js = Path(__file__).parents[1] / "addin" / "wps" / "js" / "requests.js"
        proc = subprocess.run(
            [NODE, str(tmp_path / "client.js"), str(requests_js), served.address, str(console)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["state"] == "done" and answer["rows"]["merged"] == 164
    assert answer["text"].startswith("校验完成。") and "发现错误 3 个" in answer["text"]


def test_every_file_of_the_page_and_the_add_in_is_package_data():
    """`pip install .` carries them (pyproject's package-data), so the page works with no checkout
    and no internet: every asset the page and the add-in use ships in the package."""
    import tomllib
    from fnmatch import fnmatch

    top = Path(__file__).parents[1]
    data = tomllib.loads((top / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, folder in (
        ("ledgerdesk.web", top / "addin" / "ledgerdesk" / "web"),
        ("ledgerdesk.wps", top / "addin" / "wps"),
    ):
        patterns = data["package-data"][package]
        files = [
            p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.suffix != ".py"
        ]
        files = [f for f in files if "__pycache__" not in f]
        assert files and all(any(fnmatch(f, pattern) for pattern in patterns) for f in files), (
            package,
            files,
        )
    assert data["package-dir"]["ledgerdesk.wps"] == "addin/wps"
