"""Settings from TOML and from the control workbook's 设置 sheet."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date

import pytest
from openpyxl import load_workbook

from ledgerdesk.reading.settings import (
    SETTINGS,
    TABLES,
    Settings,
    SettingsError,
    load_settings,
    write_control_workbook,
)
from ledgerdesk.resources import resource_dir


def test_every_setting_has_a_default_and_a_chinese_description():
    defaults = Settings()
    for f in fields(Settings):
        if f.name == "given":  # which settings a file gave a value: bookkeeping, not a setting
            continue
        assert f.name in SETTINGS or f.name in TABLES
        label, description = SETTINGS.get(f.name) or TABLES[f.name]
        assert label and description
        assert hasattr(defaults, f.name)


def test_the_shipped_control_workbook_holds_the_defaults():
    path = resource_dir("workbooks") / "督查台账助手.xlsx"
    assert load_settings(path) == Settings()


def test_a_clerk_edits_the_settings_sheet(tmp_path):
    path = write_control_workbook(tmp_path / "控制台.xlsx")
    book = load_workbook(path)
    ws = book["设置"]
    values = {
        "统计截止日": "2024-07-31",
        "临期天数": 3,
        "临期按工作日计": "否",
        "黄色预警完成率": "85%",
        "完成率分母": "已到期问题",
        "长期坚持事项": "不计入完成率",
        "节假日补充": "2027-01-01、2027-01-02",
    }
    for row in ws.iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[row[0].value]
    book.save(path)
    s = load_settings(path)
    assert s == Settings(
        as_of=date(2024, 7, 31),
        due_soon_days=3,
        due_soon_workdays=False,
        yellow_rate=0.85,
        denominator="due",
        long_term="exclude",
        holidays=(date(2027, 1, 1), date(2027, 1, 2)),
    )
    validations = {
        str(dv.sqref): dv.formula1 for dv in load_workbook(path)["设置"].data_validations.dataValidation
    }
    assert '"全部问题,已到期问题"' in validations.values()


def test_settings_from_toml_with_english_or_chinese_keys(tmp_path):
    path = tmp_path / "ledgerdesk.toml"
    path.write_text(
        'as_of = 2024-07-31\ndue_soon_days = 10\nlong_term = "done"\n"完成率分母" = "due"\n'
        "holidays = [2027-01-01]\n",
        encoding="utf-8",
    )
    assert load_settings(path) == Settings(
        as_of=date(2024, 7, 31),
        due_soon_days=10,
        long_term="done",
        denominator="due",
        holidays=(date(2027, 1, 1),),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("due_soon_days = -1\n", "临期天数"),
        ('yellow_rate = "很高"\n', "黄色预警完成率"),
        ('denominator = "一半"\n', "完成率分母"),
        ("colour = 1\n", "不认识的设置项：colour"),
        ("as_of = [\n", "写法有误"),
    ],
)
def test_bad_settings_are_named_in_chinese(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ('as_of = "2024-07-31"\nfoo bar\n', 2, "名称后面应有「=」"),
        ('as_of = "2024-07-31"\n单位 = "市局"\n', 2, "中文名称要用英文双引号"),
        ("unit = 市督查局\n", 1, "文字要用英文双引号"),
        ("due_soon_days = 7\ndue_soon_days = 8\n", 2, "同一项写了两次"),
        ("[column_map\n", 1, "表名后缺少「]」"),
        ("[列对照]\n", 1, "中文名称要用英文双引号"),
    ],
)
def test_a_settings_file_mistake_names_its_line_in_chinese(tmp_path, text, line, reason):
    path = tmp_path / "设置.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as raised:
        load_settings(path)
    said = str(raised.value)
    assert f"第 {line} 行" in said and reason in said
    assert text.splitlines()[line - 1].strip() in said  # the line itself, to find it in the file
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", said.split("这一行是")[0])  # no English reason


def test_a_missing_settings_file_is_an_error():
    with pytest.raises(SettingsError, match="找不到设置文件"):
        load_settings("没有.toml")


def test_every_setting_is_documented():
    from pathlib import Path

    from ledgerdesk.reading.settings import settings_markdown

    docs = (Path(__file__).parents[1] / "docs" / "settings.md").read_text(encoding="utf-8")
    assert docs == settings_markdown(), "run: python -m ledgerdesk.reading.settings > docs/settings.md"
    for name, (label, _) in SETTINGS.items():
        assert f"| {label} | `{name}` |" in docs


def test_settings_given_now_win_over_those_a_master_records_and_the_rest_are_the_masters(tmp_path):
    from ledgerdesk.reading.settings import recorded_settings

    about = [
        ["项目", "内容"],
        ["统计截止日", "2024-07-31"],
        ["设置：报送文件夹", "D:/别人的电脑/收件箱"],
        ["设置：统计截止日", "2024-07-31"],
        ["设置：发文机关标志", "市委市政府督查局文件"],
        ["设置：发文字号", "濮督查通报〔2024〕9号"],
        ["设置：黄色预警完成率", "80%"],
        ["设置：简报期号", "9"],
        ["设置：临期天数", "不是数字"],  # a hand edit that no longer reads is left out
        ["状态词", "已销号 → 已完成"],
    ]
    recorded = recorded_settings(about)
    assert recorded is not None and recorded.issue_no == 9 and recorded.yellow_rate == 0.8
    path = tmp_path / "设置.toml"
    path.write_text('"发文字号" = "濮督查通报〔2024〕10号"\n', encoding="utf-8")
    settings = load_settings(path).over(recorded)
    assert settings.doc_number == "濮督查通报〔2024〕10号"  # given now
    assert settings.issuer_mark == "市委市政府督查局文件" and settings.issue_no == 9  # the master's
    assert settings.status_words == (("已销号", "已完成"),)
    assert settings.inbox == "" and settings.as_of is None  # places on one PC and the date: never
    assert settings.due_soon_days == Settings().due_soon_days
    assert recorded_settings([["项目", "内容"], ["统计截止日", "2024-07-31"]]) is None
