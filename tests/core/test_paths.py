"""Folders this app creates are private; folders it merely uses are left alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from core.base.paths import ensure_private_dir
from core.config import AppPaths
from tests.app_paths import app_paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_folders_are_created_private(tmp_path: Path) -> None:
    folder = ensure_private_dir(tmp_path / "new" / "deeper")
    assert mode(folder) == 0o700


def test_an_existing_shared_folder_is_never_tightened(tmp_path: Path) -> None:
    """E.g. a cooldown file put straight in /tmp must not make /tmp 0700."""
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    ensure_private_dir(shared)
    assert mode(shared) == 0o1777


def test_the_data_folder_and_its_children_are_tightened() -> None:
    paths = app_paths()
    home = paths.home
    home.mkdir(parents=True)
    home.chmod(0o755)
    (home / "logs").mkdir(mode=0o755)
    paths.private_dir(home)
    paths.private_dir(home / "logs")
    assert mode(home) == 0o700
    assert mode(home / "logs") == 0o700


def test_a_store_handed_in_does_not_make_its_folder_ours(tmp_path: Path) -> None:
    """``UsageClient(storage_path=/tmp/x.enc)``: the folder is used, never chmodded."""
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    AppPaths.beside_store(shared / "accounts.enc").private_dir(shared)
    assert mode(shared) == 0o1777
