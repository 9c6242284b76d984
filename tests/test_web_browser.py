"""The page in a real browser (issue 33): Debian's headless Chromium, driven by Playwright (the pip
package's driver; the browser is the system's /usr/bin/chromium, never one Playwright downloads).

A clerk with no Excel chooses the bundled sample returns with the folder browser, clicks 合并台账
and sees 164 items and 97.56%, clicks 生成通报 and opens the 通报 link, then chooses a folder with a
broken return, clicks 校验 and sees its problem rows, and filters them. Everything is asserted from
the page. The picture of the page for the README (docs/img/网页版.png) is taken on the way: written
there when LEDGERDESK_PICTURES=1, to the test's own folder otherwise.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import write_return
from ledgerdesk.resources import sample_returns, sample_settings

CHROMIUM = Path("/usr/bin/chromium")
# as the machine notes say: no first-run work and no background connections (the network is closed)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PICTURE = Path(__file__).parents[1] / "docs" / "img" / "网页版.png"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason="没有 /usr/bin/chromium（Debian: apt-get install chromium chromium-driver；.ci/run 会装）",
)


@pytest.fixture
def browser(tmp_path):
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="没有 playwright（pip install -e '.[test]'）"
    )
    with sync_api.sync_playwright() as p:
        # launch() starts the browser with a new, empty profile folder of its own each time
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _choose(page, which: str, *names: str) -> None:
    """The folder browser: from the places the clerk may choose, through ``names``, then 选择."""
    page.click(f"[data-choose={which}]")
    page.wait_for_selector("#folder-list button")
    for name in names:
        before = page.inner_text("#folder-path")
        page.get_by_role("button", name=f"📁 {name}", exact=True).click()
        page.wait_for_function("b => document.querySelector('#folder-path').textContent !== b", arg=before)
    page.click("#folder-choose")
    page.wait_for_selector("#folder-dialog:not([open])", state="attached")


def _click_job(page, label: str) -> None:
    page.get_by_role("button", name=label, exact=True).click()
    page.wait_for_function(
        "t => document.querySelector('#status-text').textContent.startsWith(t + '完成')"
        " || !document.querySelector('#message').hidden",
        arg=label,
        timeout=90_000,
    )
    assert page.locator("#message.error").count() == 0, page.inner_text("#message")


def _card(page, label: str) -> str:
    return page.locator(f".card[data-label='{label}'] .number").inner_text()


def test_a_clerk_merges_the_sample_opens_the_briefing_and_checks_a_broken_return(browser, tmp_path):
    from ledgerdesk.web.serve import running

    settings = tmp_path / "设置.toml"
    shutil.copy(sample_settings(), settings)
    broken = tmp_path / "财政局交回"
    broken.mkdir()
    shutil.copy(sample_returns() / "财政局.xlsx", broken / "财政局.xlsx")  # two rows sent twice
    write_return(
        broken / "市统计局.xlsx",
        [
            ["序号", "责任单位", "问题描述", "整改时限", "整改状态"],
            [1, "市统计局", "统计数据上报系统登录慢", "尽快", "整改中"],
            [2, "市统计局", "窗口未公示办事指南", "2024-07-15", "已完成"],
        ],
    )
    with running(settings, roots=[tmp_path]) as served:
        page = browser.new_page(viewport={"width": 1280, "height": 860}, accept_downloads=True)
        page.goto(served.address)
        assert page.url == f"http://127.0.0.1:{served.port}/"  # the token left the address bar for a cookie
        for label in ("合并台账", "校验", "拆分下发", "统计分析", "生成通报", "生成催办单", "设置", "帮助"):
            assert page.get_by_role("button", name=label, exact=True).is_visible()

        _choose(page, "inbox", "示例报送文件（自带）")
        assert page.inner_text("#inbox") == str(sample_returns().resolve())
        _click_job(page, "合并台账")
        assert _card(page, "问题") == "164" and _card(page, "完成率") == "97.56%"
        assert _card(page, "单位") == "37" and _card(page, "合并") == "164"
        assert "37家单位共有问题164个" in page.inner_text("#summary")
        assert page.locator("#units tbody tr").count() == 37
        assert page.locator("#chart rect").count() == 37
        assert page.locator("#outputs a", has_text="汇总台账.xlsx").count() == 1
        picture = PICTURE if os.environ.get("LEDGERDESK_PICTURES") else tmp_path / "网页版.png"
        page.screenshot(path=str(picture), full_page=True)

        _click_job(page, "生成通报")
        link = page.locator("#outputs a", has_text="通报_2024-07-31.docx")
        with page.expect_download() as download:
            link.click()
        saved = tmp_path / "下载的通报.docx"
        download.value.save_as(saved)
        assert download.value.suggested_filename == "通报_2024-07-31.docx"
        assert saved.read_bytes() == (tmp_path / "out" / "通报_2024-07-31.docx").read_bytes()

        _choose(page, "inbox", str(tmp_path.resolve()), broken.name)
        _click_job(page, "校验")
        rows = page.locator("#problems tbody tr")
        text = page.inner_text("#problems")
        assert "第7行与第2行完全相同，重复行未采用" in text and "第8行与第3行完全相同" in text
        assert "无法识别为日期" in text and "尽快" in text
        errors = rows.count()
        page.fill("#problem-filter", "尽快")
        assert 0 < rows.count() < errors and all("尽快" in t for t in rows.all_inner_texts())
        page.fill("#problem-filter", "")
        page.select_option("#problem-severity", "error")
        assert rows.count() == 2 and all(t.startswith("错误") for t in rows.all_inner_texts())
        assert "校验不写任何文件" in page.inner_text("#lines")
