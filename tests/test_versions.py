"""Versions that mean something (issue 30, point 4): a copy in 历史版本 only of a master that changed,
never for a run that was refused, never a truncated copy that looks like a version, and repeats
never push the older, different versions out."""

from __future__ import annotations

import os
import shutil

import pytest
from test_one_writer import SETTINGS, _with_progress, sent  # noqa: F401  (the fixture)

from ledgerdesk import files
from ledgerdesk.files import VERSIONS_FOLDER, OutputLocked, keep_version
from ledgerdesk.jobs import MASTER_NAME, JobError, merge_into_master


def _versions(master):
    return sorted((master.parent / VERSIONS_FOLDER).glob(f"{master.stem}_*{master.suffix}"))


def test_ten_refused_tries_keep_no_copy_and_evict_nothing(sent, tmp_path):  # noqa: F811
    """The master is open in Excel (its ~$ owner file is there): each merge is refused before any
    copy is made, and the three different versions kept before are all still there."""
    master_source, returns = sent
    master = tmp_path / MASTER_NAME
    shutil.copyfile(master_source, master)
    kept = []
    for n in range(3):  # three different states of the master, each kept once
        master.write_bytes(master_source.read_bytes() + bytes([n]))
        kept.append(keep_version(master, 3))
    shutil.copyfile(master_source, master)
    _with_progress(returns[0], tmp_path / "收件箱", "已补充材料")
    (tmp_path / f"~${MASTER_NAME}").write_bytes(b"owner")
    for _ in range(10):
        with pytest.raises((OutputLocked, JobError)):
            merge_into_master(tmp_path / "收件箱", master, SETTINGS)
    assert _versions(master) == kept
    assert master.read_bytes() == master_source.read_bytes()


def test_the_same_master_twice_is_one_version(tmp_path):
    master = tmp_path / MASTER_NAME
    master.write_bytes(b"PK the clerk's master")
    first = keep_version(master, 10)
    again = keep_version(master, 10)
    assert first == again and _versions(master) == [first]
    master.write_bytes(b"PK the clerk's master, edited")
    assert len({first, keep_version(master, 10)}) == 2 and len(_versions(master)) == 2


def test_a_copy_cut_short_is_never_named_as_a_version(tmp_path, monkeypatch):
    """The disk fills while the copy is written: an OSError, the master as it was, and nothing in
    历史版本 that looks like a version (nor a temporary file left behind)."""
    master = tmp_path / MASTER_NAME
    master.write_bytes(b"PK" + os.urandom(4096))
    before = master.read_bytes()

    def half(src, dst, **_):
        with open(src, "rb") as a, open(dst, "wb") as b:
            b.write(a.read(100))

    monkeypatch.setattr(files.shutil, "copy2", half)
    with pytest.raises(OSError):
        keep_version(master, 10)
    assert master.read_bytes() == before
    assert list((tmp_path / VERSIONS_FOLDER).iterdir()) == []
