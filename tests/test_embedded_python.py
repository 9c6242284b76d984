"""The official Windows embeddable Python in the bundle: a local copy (trusted, its SHA-256 said) or
downloaded and checked against the checksum python.org publishes. A local HTTP server on 127.0.0.1
stands in for python.org (its /ftp/python/ and its downloads API), serving a fake embeddable zip."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
import zipfile
from pathlib import Path

import pytest

from ledgerdesk.tools.bundle import BundleError, add_embedded_python, make_bundle

VERSION = "3.12.10"
NAME = f"python-{VERSION}-embed-amd64.zip"
PTH = b"python312.zip\r\n.\r\n\r\n# Uncomment to run site.main() automatically\r\n#import site\r\n"


def fake_embeddable(path: Path, pth: bytes = PTH, pth_name: str = "python312._pth") -> Path:
    """The layout of python.org's embeddable package (the files that matter here)."""
    with zipfile.ZipFile(path, "w") as z:
        for name in ("python.exe", "pythonw.exe", "python312.dll", "vcruntime140.dll"):
            z.writestr(name, b"MZ not really " + name.encode())
        z.writestr("python312.zip", b"the standard library")
        z.writestr(pth_name, pth)
    return path


class PythonOrg:
    """python.org as far as the bundle asks it: the release, its files with checksums, the file."""

    def __init__(self, zip_data: bytes, checksums: dict[str, str]) -> None:
        self.files: dict[str, bytes] = {}
        self.asked: list[str] = []
        base = "https://www.python.org/ftp/python"
        releases = [{"name": "Python 3.12.9", "resource_uri": "/api/v2/downloads/release/1000/"}]
        releases.append({"name": f"Python {VERSION}", "resource_uri": "/api/v2/downloads/release/1001/"})
        files = [
            {"name": "Windows installer (64-bit)", "url": f"{base}/{VERSION}/python-{VERSION}-amd64.exe", "md5_sum": "0" * 32},
            {"name": "Windows embeddable package (64-bit)", "url": f"{base}/{VERSION}/{NAME}", **checksums},
        ]  # fmt: skip
        self.files[f"/api/v2/downloads/release/?name=Python+{VERSION}"] = json.dumps(releases).encode()
        self.files["/api/v2/downloads/release/?name=Python+3.12.11"] = b"[]"  # the API: no such release
        self.files["/api/v2/downloads/release_file/?release=1001"] = json.dumps(files).encode()
        self.files[f"/ftp/python/{VERSION}/{NAME}"] = zip_data

    def __enter__(self) -> str:
        files, asked = self.files, self.asked

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                asked.append(self.path)
                data = files.get(self.path)
                self.send_response(200 if data is not None else 404)
                self.end_headers()
                self.wfile.write(data or b"")

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def embeddable(tmp_path) -> Path:
    return fake_embeddable(tmp_path / NAME)


def test_download_is_checked_against_the_published_sha256(tmp_path, embeddable):
    data = embeddable.read_bytes()
    said: list[str] = []
    with PythonOrg(data, {"sha256_sum": hashlib.sha256(data).hexdigest(), "md5_sum": "0" * 32}) as base:
        got = add_embedded_python(tmp_path / "python", "download", "win_amd64", VERSION, base, said.append)
    assert (got.name, got.version, got.checked) == (NAME, VERSION, "SHA-256")
    assert got.sha256 == hashlib.sha256(data).hexdigest() and got.sha256 in said[-1]
    assert (tmp_path / "python" / "python.exe").is_file() and (
        tmp_path / "python" / "python312.zip"
    ).is_file()
    pth = (tmp_path / "python" / "python312._pth").read_bytes()
    assert pth.splitlines()[-1] == b"import site" and b"#import site" not in pth and pth.count(b"\r\n") == 5


def test_where_only_md5_is_published_md5_is_checked(tmp_path, embeddable):
    data = embeddable.read_bytes()
    with PythonOrg(data, {"md5_sum": hashlib.md5(data).hexdigest(), "sha256_sum": ""}) as base:
        got = add_embedded_python(
            tmp_path / "python", "download", "win_amd64", VERSION, base, lambda line: None
        )
    assert got.checked == "MD5"


@pytest.mark.parametrize("field", ["sha256_sum", "md5_sum"])
def test_a_wrong_checksum_is_refused_in_chinese_and_nothing_is_kept(tmp_path, embeddable, field):
    wrong = {"sha256_sum": "ab" * 32, "md5_sum": "cd" * 16}[field]
    with PythonOrg(embeddable.read_bytes(), {field: wrong}) as base:
        with pytest.raises(BundleError, match="与 python.org 公布的校验值不符") as refused:
            add_embedded_python(
                tmp_path / "python", "download", "win_amd64", VERSION, base, lambda line: None
            )
    assert wrong in str(refused.value) and "已删除，没有打包" in str(refused.value)
    assert not (tmp_path / "python").exists()


def test_a_wrong_checksum_stops_the_bundle_command_before_any_wheel_is_fetched(tmp_path, embeddable, capsys):
    from ledgerdesk.cli import main

    out = tmp_path / "安装包"
    with PythonOrg(embeddable.read_bytes(), {"sha256_sum": "00" * 32}) as base:
        argv = ["bundle", "--out", str(out), "--embedded-python", "download", "--python-org", base]
        assert main(argv) == 2
    said = capsys.readouterr().err
    assert "无法完成" in said and "校验值不符" in said
    assert not out.exists() and not (tmp_path / "安装包.part").exists()


def test_no_published_checksum_and_an_unknown_release_are_refused(tmp_path, embeddable):
    with PythonOrg(embeddable.read_bytes(), {}) as base:
        with pytest.raises(BundleError, match="没有公布"):
            add_embedded_python(tmp_path / "a", "download", "win_amd64", VERSION, base, lambda line: None)
        with pytest.raises(BundleError, match="没有 Python 3.12.11 这个版本"):
            add_embedded_python(tmp_path / "b", "download", "win_amd64", "3.12.11", base, lambda line: None)


def test_an_unreachable_site_says_how_to_bundle_a_local_copy(tmp_path):
    with pytest.raises(BundleError, match="--embedded-python 文件路径"):
        add_embedded_python(tmp_path / "p", "download", "win_amd64", VERSION, "http://127.0.0.1:9/", print)


def test_a_local_copy_is_trusted_and_its_sha256_said(tmp_path, embeddable):
    said: list[str] = []
    got = add_embedded_python(tmp_path / "python", str(embeddable), "win_amd64", echo=said.append)
    digest = hashlib.sha256(embeddable.read_bytes()).hexdigest()
    assert (got.sha256, got.checked, got.version) == (digest, "", VERSION)
    assert said == [f"自带的 Python：{NAME}，SHA-256 {digest}"]


def test_a_renamed_copy_takes_its_version_from_the_pth_file(tmp_path):
    renamed = fake_embeddable(tmp_path / "python-embed.zip", pth_name="python313._pth")
    got = add_embedded_python(tmp_path / "python", str(renamed), "win_amd64", echo=lambda line: None)
    assert got.version == "3.13"
    assert (tmp_path / "python" / "python313._pth").read_bytes().endswith(b"import site\r\n")


@pytest.mark.parametrize(
    ("name", "pth_name", "message"),
    [
        ("python-3.12.10-embed-win32.zip", "python312._pth", "是 win32 的 Python"),
        ("python-3.13.1-embed-amd64.zip", "python312._pth", "和文件名不符"),
        ("python-3.12.10-amd64.zip", "python312.pth", "不是 Windows 的嵌入式 Python"),
    ],
)
def test_what_is_not_a_matching_embeddable_python_is_refused(tmp_path, name, pth_name, message):
    archive = fake_embeddable(tmp_path / name, pth_name=pth_name)
    with pytest.raises(BundleError, match=message):
        add_embedded_python(tmp_path / "python", str(archive), "win_amd64", echo=lambda line: None)


def test_not_a_zip_and_not_for_windows_are_refused(tmp_path):
    broken = tmp_path / NAME
    broken.write_bytes(b"<html>404</html>")
    with pytest.raises(BundleError, match="不是 zip 文件"):
        add_embedded_python(tmp_path / "python", str(broken), "win_amd64", echo=lambda line: None)
    with pytest.raises(BundleError, match="只能放进 Windows 的安装包"):
        make_bundle(tmp_path / "out", "native", embedded_python=str(broken), echo=lambda line: None)
    with pytest.raises(BundleError, match="找不到自带 Python 的文件"):
        add_embedded_python(tmp_path / "python", str(tmp_path / "nope.zip"), "win_amd64", echo=print)
