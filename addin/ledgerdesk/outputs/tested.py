"""The library versions ledgerdesk was tested with, checked where it uses their internals.

XlsxWriter, docxtpl and python-docx are used partly through parts they do not document (a format's
style index, docxtpl's rendering steps, a section's XML). Each such use sits in one small adapter
module (lib_xlsxwriter, lib_docxtpl, lib_docx) that calls ``require`` when it is imported: on a
version outside the range the tests ran on, the tool stops with a Chinese message saying which
library, which version, and what to install — instead of writing a broken workbook or document.
The ranges are the same as pyproject.toml's.
"""

from __future__ import annotations

from importlib import metadata

from packaging.specifiers import SpecifierSet
from packaging.version import InvalidVersion, Version

from ..errors import LedgerdeskError


class UntestedLibrary(LedgerdeskError, ImportError):
    """An installed library's version is one ledgerdesk was not tested with."""


def require(distribution: str, tested: str) -> str:
    """The installed version of ``distribution``, when it is within ``tested`` (a pip specifier)."""
    try:
        installed = metadata.version(distribution)
    except metadata.PackageNotFoundError:
        raise UntestedLibrary(
            f"缺少 {distribution}：请重新安装督查台账助手（pip install ledgerdesk），它会一并安装 {distribution}{tested}"
        ) from None
    try:
        ok = Version(installed) in SpecifierSet(tested)
    except InvalidVersion:
        ok = False
    if not ok:
        raise UntestedLibrary(
            f"督查台账助手没有在 {distribution} {installed} 上测试过（测试过的版本：{tested}），"
            f'为免写出损坏的文件，已停止。请安装测试过的版本：pip install "{distribution}{tested}"'
        )
    return installed
