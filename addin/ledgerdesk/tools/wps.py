"""``ledgerdesk wps build``: the WPS 表格 add-in (WPS 加载项, its JS add-in format), docs/wps.md.

WPS loads a JS add-in as a folder: ``index.html`` (the page WPS opens when it starts; it loads
``main.js``, which loads the scripts), ``ribbon.xml`` (the tab, in the CustomUI format of Office's
ribbon, namespace 2006/01, whose callbacks name functions of the page) and what they use (``js/``,
``images/``). WPS finds it through ``jsplugins.xml`` (or ``publish.xml``) in its ``jsaddons``
folder, or the list the ``JSPluginsServer`` of ``oem.ini`` names: ``<jsplugin …>`` for an add-in
copied to the PC (offline, the folder ``name_version`` in jsaddons), ``<jspluginonline …>`` for one
WPS loads from a web address (online).

The tab is made from the Excel ribbon's own customUI.xml (addin/xlam): the same buttons, tags,
labels and tips, so the two ribbons cannot drift apart. Its buttons send the open console
workbook's path to ledgerdesk serve (js/requests.js builds the requests, js/ribbon.js is WPS's side).
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from .. import __version__
from ..errors import LedgerdeskError
from ..resources import resource_dir, xlam_dir

NAME = "ledgerdesk"
WPS_UI = "http://schemas.microsoft.com/office/2006/01/customui"  # the namespace WPS's ribbon.xml uses
EXCEL_UI = "{http://schemas.microsoft.com/office/2009/07/customui}"
COPIED = ("index.html", "main.js", "js", "images")
# the callbacks ribbon.xml names: functions of js/ribbon.js (checked by tests/test_wps.py)
ON_LOAD, ON_ACTION, GET_IMAGE = "OnAddinLoad", "OnAction", "GetImage"
APP = "et"  # WPS 表格 (et); wps is 文字, wpp 演示


class WpsError(LedgerdeskError):
    """The add-in cannot be written; the message is Chinese."""


def wps_dir() -> Path:
    """The add-in's sources (addin/wps): installed as ledgerdesk/wps, or in the checkout."""
    installed = resource_dir("wps")
    return installed if (installed / "index.html").is_file() else Path(__file__).resolve().parents[2] / "wps"


def folder_name() -> str:
    """The add-in's folder as WPS keeps it in jsaddons: name_version."""
    return f"{NAME}_{__version__}"


def ribbon_xml() -> bytes:
    """WPS's ribbon.xml from the Excel ribbon (addin/xlam/customUI.xml): the same tab, groups and
    buttons (id, tag, label, tips), each calling OnAction and showing its icon by GetImage."""
    ET.register_namespace("", WPS_UI)
    excel = ET.parse(xlam_dir() / "customUI.xml").getroot()
    ui = ET.Element(f"{{{WPS_UI}}}customUI", {"onLoad": ON_LOAD})
    tabs = ET.SubElement(
        ET.SubElement(ui, f"{{{WPS_UI}}}ribbon", {"startFromScratch": "false"}), f"{{{WPS_UI}}}tabs"
    )
    for tab in excel.iter(f"{EXCEL_UI}tab"):
        wps_tab = ET.SubElement(
            tabs, f"{{{WPS_UI}}}tab", {"id": tab.get("id", ""), "label": tab.get("label", "")}
        )
        for group in tab.iter(f"{EXCEL_UI}group"):
            wps_group = ET.SubElement(
                wps_tab, f"{{{WPS_UI}}}group", {"id": group.get("id", ""), "label": group.get("label", "")}
            )
            for button in group.iter(f"{EXCEL_UI}button"):
                kept = {k: button.get(k, "") for k in ("id", "tag", "label", "screentip", "supertip", "size")}
                ET.SubElement(
                    wps_group, f"{{{WPS_UI}}}button", {**kept, "onAction": ON_ACTION, "getImage": GET_IMAGE}
                )
    ET.indent(ui, "  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(ui, encoding="utf-8") + b"\n"


def plugin_list(url: str, online: bool) -> bytes:
    """jsplugins.xml (the same entries serve publish.xml): where WPS finds the add-in."""
    root = ET.Element("jsplugins")
    if online:
        ET.SubElement(root, "jspluginonline", {"name": NAME, "type": APP, "url": url, "enable": "true"})
    else:
        attributes = {"name": NAME, "type": APP, "url": url, "version": __version__, "enable": "true"}
        ET.SubElement(root, "jsplugin", attributes)
    ET.indent(root, "  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


OEM_INI = """; 加到 WPS 安装目录 office6\\cfgs\\oem.ini 里（已有的节就加在节下面）：
; Windows: C:\\Program Files (x86)\\Kingsoft\\WPS Office\\<版本>\\office6\\cfgs\\oem.ini
; 统信 UOS: /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini
; 其他 Linux: /opt/kingsoft/wps-office/office6/cfgs/oem.ini
[Support]
JsApiPlugin=true

[Server]
; 由单位统一下发加载项列表时才写这一行，值是 jsplugins.xml 的地址（文件路径或网址）
JSPluginsServer={server}
"""

GUIDE = """督查台账助手 WPS 表格加载项（{folder}）

离线部署（每台电脑，不需要网络）：
1. 把文件夹 {folder} 整个复制到 WPS 的 jsaddons 文件夹：
   Windows：%APPDATA%\\kingsoft\\wps\\jsaddons\\
   统信 UOS、麒麟等 Linux：~/.local/share/Kingsoft/wps/jsaddons/
2. 把本文件夹的 jsplugins.xml 复制到同一个 jsaddons 文件夹（已有时把其中的 <jsplugin …/> 一行加进去）；
3. 确认 WPS 的 oem.ini 里有 oem.ini.txt 中的 JsApiPlugin=true，重新打开 WPS 表格，出现「督查台账」选项卡。

在线部署（单位内网网站）：把 {folder} 里的文件放到网站上，用 --url 重新生成，按 jsplugins-online.xml 配置。
使用前在本机运行 ledgerdesk serve --no-browser，第一次点按钮时粘贴它显示的地址。详见 docs/wps.md。
"""


def build_wps(out: Path, url: str | None = None) -> Path:
    """Write the add-in to ``out``: its folder (name_version), jsplugins.xml for an offline
    install, jsplugins-online.xml when ``url`` (where the folder's files are served, ending in /)
    is given, the lines oem.ini needs and a short guide. Returns ``out``."""
    if url is not None and not (url.startswith(("http://", "https://")) and url.endswith("/")):
        raise WpsError(f"--url 应是以 http:// 或 https:// 开头、以 / 结尾的网址，而不是「{url}」")
    source = wps_dir()
    if not (source / "index.html").is_file():
        raise WpsError(f"找不到加载项的源文件：{source}")
    if out.exists() and not out.is_dir():
        raise WpsError(f"「{out}」是一个文件，请换一个输出文件夹")
    folder = out / folder_name()
    if folder.exists():
        shutil.rmtree(folder)  # the add-in's own folder of an earlier build; nothing else is removed
    folder.mkdir(parents=True)
    for name in COPIED:
        if (source / name).is_dir():
            shutil.copytree(source / name, folder / name)
        else:
            shutil.copy2(source / name, folder / name)
    (folder / "ribbon.xml").write_bytes(ribbon_xml())
    jsaddons = "file:///C:/Users/<用户名>/AppData/Roaming/kingsoft/wps/jsaddons/"
    (out / "jsplugins.xml").write_bytes(plugin_list(f"{url or jsaddons}{NAME}.7z", online=False))
    if url:
        (out / "jsplugins-online.xml").write_bytes(plugin_list(url, online=True))
    server = f"{url}jsplugins-online.xml" if url else "（不统一下发时不写）"
    (out / "oem.ini.txt").write_text(OEM_INI.format(server=server), encoding="utf-8")
    (out / "部署说明.txt").write_text(GUIDE.format(folder=folder.name), encoding="utf-8")
    return out
