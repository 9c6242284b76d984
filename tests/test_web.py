"""ledgerdesk serve's guard and API (issue 33), over real HTTP to a server on 127.0.0.1.

A local server is reachable by every page the clerk's browser opens and by a site that rebinds its
name to 127.0.0.1, so: no token → 403; another Host or Origin → 403; a path outside the folders the
clerk may choose from → refused; the socket listens on loopback only. Then the API a button uses:
the settings saved into the same TOML file or console workbook the other front ends read, one job
at a time per master, and a job run for a console workbook named by the WPS add-in.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from ledgerdesk.reading.settings import load_settings
from ledgerdesk.resources import resource_dir, sample_returns, sample_settings
from ledgerdesk.web import actions
from ledgerdesk.web.guard import MAX_BODY, TOKEN_HEADER, cookie_name
from ledgerdesk.web.serve import running


class Client:
    """Raw requests: the test sets Host, Origin, cookie and token headers as an attacker would."""

    def __init__(self, served):
        self.served = served
        self.port = served.port

    def request(
        self, method, path, body=None, token=True, cookie=False, host=None, origin=None, headers=None
    ):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": host or f"127.0.0.1:{self.port}", **(headers or {})}
        if token:
            sent[TOKEN_HEADER] = self.served.token if token is True else token
        if cookie:
            sent["Cookie"] = f"{cookie_name(self.port)}={self.served.token if cookie is True else cookie}"
        if origin:
            sent["Origin"] = origin
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            sent["Content-Type"] = "application/json"
        conn.request(method, quote(path, safe="/?=&:%"), body=data, headers=sent)
        response = conn.getresponse()
        raw = response.read()
        conn.close()
        return response.status, dict(response.getheaders()), raw

    def json(self, method, path, body=None, **kwargs):
        status, _, raw = self.request(method, path, body, **kwargs)
        return status, json.loads(raw.decode("utf-8")) if raw else None

    def job(self, job, **body):
        status, started = self.json("POST", "/api/jobs", {"job": job, **body})
        assert status == 202, started
        while started["state"] == "running":
            time.sleep(0.1)
            started = self.json("GET", f"/api/jobs/{started['id']}")[1]
        return started


@pytest.fixture
def desk(tmp_path):
    settings = tmp_path / "设置.toml"
    settings.write_text("# 我的设置\nas_of = 2024-07-31  # 统计截止日\n", encoding="utf-8")
    with running(settings, roots=[tmp_path]) as served:
        yield Client(served), tmp_path


# ---- the guard


def test_no_token_or_a_wrong_token_is_403_everywhere(desk):
    client, _ = desk
    for method, path in [
        ("GET", "/"),
        ("GET", "/api/info"),
        ("GET", "/static/app.js"),
        ("POST", "/api/jobs"),
    ]:
        for token in (False, "x" * 43):
            status, _, raw = client.request(method, path, body={"job": "merge"}, token=token)
            assert status == 403, (method, path, token)
            assert "令牌" in json.loads(raw)["error"]
    assert client.request("GET", "/?token=wrong", token=False)[0] == 403


def test_the_landing_address_sets_the_token_as_a_cookie_and_drops_it_from_the_url(desk):
    client, _ = desk
    status, headers, _ = client.request("GET", f"/?token={client.served.token}", token=False)
    assert status == 303 and headers["location"] == "/"
    cookie = headers["set-cookie"]
    assert cookie.startswith(f"{cookie_name(client.port)}={client.served.token};")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert client.request("GET", "/", token=False, cookie=True)[0] == 200
    assert client.request("GET", "/api/info", token=False, cookie=True)[0] == 200
    assert client.request("GET", "/api/info", token=False, cookie="forged")[0] == 403


def test_another_host_is_403_even_with_the_token(desk):
    """DNS rebinding: a site's own name pointed at 127.0.0.1 reaches the port, not the app."""
    client, _ = desk
    for host in (
        f"evil.example:{client.port}",
        "127.0.0.1",
        f"127.0.0.1:{client.port + 1}",
        f"10.0.0.5:{client.port}",
    ):
        status, _, raw = client.request("GET", "/api/info", host=host, cookie=True)
        assert status == 403 and "Host" in json.loads(raw)["error"], host
    assert client.request("GET", "/api/info", host=f"localhost:{client.port}")[0] == 200


def test_another_origin_is_403_and_the_add_ins_only_with_the_token_in_the_header(desk):
    client, _ = desk
    own = f"http://127.0.0.1:{client.port}"
    assert (
        client.request("POST", "/api/settings", {"values": {}}, token=False, cookie=True, origin=own)[0]
        == 200
    )
    for origin in ("http://evil.example", f"http://localhost:{client.port + 1}", "https://127.0.0.1"):
        assert client.request("GET", "/api/info", token=False, cookie=True, origin=origin)[0] == 403, origin
        assert client.request("GET", "/api/info", origin=origin)[0] == 403, origin
        assert client.request("OPTIONS", "/api/jobs", token=False, origin=origin)[0] == 403, origin
    # the WPS add-in deployed offline (its pages are files: Origin null): with the header only
    status, headers, _ = client.request("GET", "/api/info", origin="null")
    assert status == 200 and headers["access-control-allow-origin"] == "null"
    assert client.request("GET", "/api/info", token=False, cookie=True, origin="null")[0] == 403
    status, headers, raw = client.request("OPTIONS", "/api/jobs", token=False, origin="null")
    assert status == 204 and raw == b"" and TOKEN_HEADER in headers["access-control-allow-headers"]


def test_an_online_add_ins_origin_is_accepted_only_when_named(tmp_path):
    settings = tmp_path / "设置.toml"
    with running(settings, roots=[tmp_path], allow_origins=["http://oa.example.gov.cn"]) as served:
        client = Client(served)
        assert client.request("GET", "/api/info", origin="http://oa.example.gov.cn")[0] == 200
        assert client.request("GET", "/api/info", origin="http://ob.example.gov.cn")[0] == 403


def test_what_a_request_gets_wrong_is_said_in_chinese(desk):
    client, _ = desk
    assert client.json("GET", "/api/nothing") == (404, {"error": "没有这个页面"})
    assert client.json("DELETE", "/api/jobs") == (405, {"error": "不支持这种请求"})
    assert client.json("GET", "/api/jobs/999") == (404, {"error": "没有这个作业"})


def test_the_settings_are_the_installed_console_workbook_or_a_toml_beside_it(tmp_path):
    from ledgerdesk.web.store import default_file

    folder = tmp_path / "Documents" / "督查台账"
    assert default_file(tmp_path) == folder / "设置.toml"
    folder.mkdir(parents=True)
    shutil.copy(resource_dir("workbooks") / "督查台账助手.xlsx", folder / "督查台账助手.xlsx")
    assert default_file(tmp_path) == folder / "督查台账助手.xlsx"


def test_a_large_body_is_refused(desk):
    client, _ = desk
    status, _, _ = client.request("POST", "/api/settings", {"values": {"campaign": "长" * MAX_BODY}})
    assert status == 413


def test_the_server_listens_on_loopback_only(desk):
    client, _ = desk
    assert client.served.sock.getsockname()[0] == "127.0.0.1"
    if Path("/proc/net/tcp").is_file():  # Linux: the kernel's own list of listening sockets
        port = f"{client.port:04X}"
        listening = [
            line.split()[1]
            for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
            if line.split()[1].endswith(f":{port}") and line.split()[3] == "0A"
        ]
        assert listening == [f"0100007F:{port}"]
        assert not any(
            line.split()[1].endswith(f":{port}")
            for line in Path("/proc/net/tcp6").read_text().splitlines()[1:]
        )


def test_a_port_that_is_no_port_is_a_chinese_usage_error(capsys):
    from ledgerdesk.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["serve", "--port", "70000"])
    assert stop.value.code == 2 and "端口应是 0 到 65535 之间的整数" in capsys.readouterr().err


def test_the_command_prints_the_address_with_its_token_first_and_serves_it(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        "-m",
        "ledgerdesk.cli",
        "serve",
        "--no-browser",
        "--settings",
        str(tmp_path / "s.toml"),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = proc.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:") and "/?token=" in first, first
        port, token = int(first.split(":")[2].split("/")[0]), first.split("token=")[1]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/info", headers={TOKEN_HEADER: token})
        response = conn.getresponse()
        assert response.status == 200 and json.loads(response.read())["address"] == first
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# ---- paths confined to the chosen folders


def test_a_folder_outside_the_clerks_folders_is_refused(desk, tmp_path_factory):
    client, root = desk
    outside = tmp_path_factory.mktemp("outside")
    (root / "link").symlink_to(outside)
    for path in (str(outside), "/etc", str(root / ".." / outside.name), str(root / "link")):
        status, data = client.json("GET", f"/api/folders?path={path}")
        assert status == 403 and "不在可以选择的文件夹范围内" in data["error"], path
    status, data = client.json("GET", "/api/folders?path=")
    assert {f["path"] for f in data["folders"]} >= {str(root.resolve()), str(sample_returns().resolve())}


def test_a_setting_naming_a_folder_outside_is_refused_and_the_file_left_as_it_was(desk, tmp_path_factory):
    client, root = desk
    before = (root / "设置.toml").read_bytes()
    outside = tmp_path_factory.mktemp("outside")
    for name, path in (
        ("inbox", "/etc"),
        ("out_dir", str(outside)),
        ("master", "/tmp/../etc/汇总台账.xlsx"),
        ("units_file", "/etc/passwd"),
    ):
        status, data = client.json("POST", "/api/settings", {"values": {name: path}})
        assert status == 403, (name, data)
    # the sample may be read, never written
    assert client.json("POST", "/api/settings", {"values": {"out_dir": str(sample_returns())}})[0] == 403
    assert (root / "设置.toml").read_bytes() == before


def test_only_files_in_the_folders_a_job_chose_can_be_opened(desk):
    client, root = desk
    (root / "私人.txt").write_text("不给看", encoding="utf-8")
    client.json("POST", "/api/settings", {"values": {"inbox": str(sample_returns())}})
    done = client.job("merge")
    workbook = next(o["path"] for o in done["result"]["outputs"] if o["label"] == "汇总台账")
    status, headers, raw = client.request("GET", f"/api/file?path={workbook}")
    assert status == 200 and raw[:2] == b"PK" and "attachment" in headers["content-disposition"]
    for path in (str(root / "私人.txt"), "/etc/passwd", str(root / "out" / ".." / "私人.txt")):
        assert client.request("GET", f"/api/file?path={path}")[0] == 403, path


# ---- the settings: the same file the console workbook or TOML is


def test_settings_are_saved_into_the_toml_file_with_the_clerks_lines_kept(desk):
    client, root = desk
    values = {
        "yellow_rate": "85%",
        "campaign": "“我陪群众走流程”活动",
        "due_soon_workdays": "否",
        "denominator": "已到期问题",
    }
    status, data = client.json("POST", "/api/settings", {"values": values})
    assert status == 200, data
    text = (root / "设置.toml").read_text(encoding="utf-8")
    assert text.startswith("# 我的设置\nas_of = 2024-07-31  # 统计截止日\n")
    s = load_settings(root / "设置.toml")
    assert (s.yellow_rate, s.campaign, s.due_soon_workdays, s.denominator) == (
        0.85,
        "“我陪群众走流程”活动",
        False,
        "due",
    )
    shown = {f["name"]: f["value"] for f in data["fields"]}
    assert (
        shown["yellow_rate"] == "85%"
        and shown["denominator"] == "已到期问题"
        and shown["as_of"] == "2024-07-31"
    )
    status, data = client.json("POST", "/api/settings", {"values": {"yellow_rate": "一百二"}})
    assert status == 400 and "黄色预警完成率" in data["error"]
    client.json("POST", "/api/settings", {"values": {"campaign": ""}})  # empty: back to the default
    assert load_settings(root / "设置.toml").campaign == ""


def test_settings_are_saved_into_the_console_workbooks_settings_sheet(tmp_path):
    console = tmp_path / "督查台账助手.xlsx"
    shutil.copy(resource_dir("workbooks") / "督查台账助手.xlsx", console)
    with running(console, roots=[tmp_path]) as served:
        client = Client(served)
        status, data = client.json(
            "POST",
            "/api/settings",
            {"values": {"as_of": "2024-07-31", "doc_number": "濮督查通报〔2024〕9号"}},
        )
        assert status == 200, data
    s = load_settings(console)  # what the Excel buttons and --settings read
    assert s.as_of.isoformat() == "2024-07-31" and s.doc_number == "濮督查通报〔2024〕9号"
    import openpyxl

    sheets = openpyxl.load_workbook(console).sheetnames
    assert sheets[:4] == ["设置", "列对照", "状态词", "文件设置"]


# ---- jobs


def test_one_job_at_a_time_per_master(desk, monkeypatch):
    client, root = desk
    client.json("POST", "/api/settings", {"values": {"inbox": str(sample_returns())}})
    release = threading.Event()

    def slow(ctx, progress):
        progress(1, 2, "市医保局.xlsx")
        release.wait(30)
        return {"lines": []}

    monkeypatch.setitem(actions.ACTIONS, "check", slow)
    status, first = client.json("POST", "/api/jobs", {"job": "check"})
    assert status == 202
    status, second = client.json("POST", "/api/jobs", {"job": "merge"})
    assert status == 409 and "正在处理「汇总台账.xlsx」" in second["error"]
    assert client.json("GET", f"/api/jobs/{first['id']}")[1]["progress"] == {
        "done": 1,
        "total": 2,
        "name": "市医保局.xlsx",
    }
    release.set()
    for _ in range(100):
        if client.json("GET", f"/api/jobs/{first['id']}")[1]["state"] == "done":
            break
        time.sleep(0.05)
    assert client.json("POST", "/api/jobs", {"job": "merge"})[0] == 202


def test_a_merge_waits_for_the_masters_lock_held_by_another_run(desk):
    """The command line or Excel writing the same master holds its lock (files.one_writer): the
    page's merge waits for it, as a second command would, then writes."""
    from ledgerdesk.files import one_writer

    client, root = desk
    client.json("POST", "/api/settings", {"values": {"inbox": str(sample_returns())}})
    with one_writer(root / "out" / "汇总台账.xlsx"):
        status, job = client.json("POST", "/api/jobs", {"job": "merge"})
        assert status == 202
        time.sleep(1.5)
        assert client.json("GET", f"/api/jobs/{job['id']}")[1]["state"] == "running"
        assert not (root / "out" / "汇总台账.xlsx").exists()
    for _ in range(200):
        job = client.json("GET", f"/api/jobs/{job['id']}")[1]
        if job["state"] != "running":
            break
        time.sleep(0.05)
    assert job["state"] == "done" and (root / "out" / "汇总台账.xlsx").is_file()


def test_a_job_that_cannot_start_says_why_in_chinese(desk):
    client, root = desk
    empty = root / "空文件夹"
    empty.mkdir()
    status, data = client.json("POST", "/api/jobs", {"job": "merge"})
    assert status == 400 and "请先选择报送文件夹" in data["error"]
    client.json("POST", "/api/settings", {"values": {"inbox": str(empty)}})
    done = client.job("check")  # a folder with no return: the verb's own Chinese reason
    assert done["state"] == "failed" and "文件夹中没有 Excel 台账文件" in done["error"]
    assert client.json("POST", "/api/jobs", {"job": "format-disk"})[0] == 400


def test_a_job_for_the_console_workbook_the_wps_add_in_names(desk):
    """The WPS buttons send the open console workbook's path: its 设置 sheet is the settings,
    its folder the place relative paths start from."""
    client, root = desk
    console = root / "台账" / "督查台账助手.xlsx"
    console.parent.mkdir()
    shutil.copy(resource_dir("workbooks") / "督查台账助手.xlsx", console)
    shutil.copytree(sample_returns(), root / "台账" / "收件箱")
    values = {"inbox": "收件箱", "as_of": "2024-07-31"}
    assert client.json("POST", "/api/settings", {"values": values, "console": str(console)})[0] == 200
    done = client.job("stats", console=str(console))
    assert done["state"] == "done", done
    assert done["result"]["total"]["items"] == 164 and done["result"]["total"]["rate"] == "97.56%"
    assert (root / "台账" / "out" / "台账历史.sqlite").is_file()
    status, data = client.json("POST", "/api/jobs", {"job": "stats", "console": str(sample_settings())})
    assert status == 403
