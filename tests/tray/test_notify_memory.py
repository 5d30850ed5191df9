"""The notification memory on disk: a restart does not repeat a notice of the same period."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path

import pytest

from core import AppPaths
from core.models import AccountStatus, UsageWindow
from tests.app_paths import app_paths
from tests.tray.helpers import NOW, oauth
from tray.notify_memory import NOTIFY_MEMORY_FILENAME, NotifyMemoryFile, decode, encode
from tray.notify_rules import NoticeKind, NotificationRules, RulesMemory, WindowMemory

RESET = NOW + timedelta(hours=2)


def snap(percent: float, resets_at=RESET, **fields: object):  # type: ignore[no-untyped-def]
    return oauth("Work", UsageWindow(percent=percent, resets_at=resets_at), weekly=None, **fields)


def started(memory_file: NotifyMemoryFile, now=NOW) -> NotificationRules:  # type: ignore[no-untyped-def]
    """A freshly started engine, as the app builds it: restored from the file."""
    rules = NotificationRules()
    rules.restore(memory_file.load(), now)
    return rules


def test_default_file_is_in_the_data_folder() -> None:
    assert NotifyMemoryFile(app_paths()).path == app_paths().home / NOTIFY_MEMORY_FILENAME


def test_restart_in_the_same_period_does_not_notify_again(tmp_path: Path) -> None:
    memory_file = NotifyMemoryFile(AppPaths.at(tmp_path / "home"))
    first = started(memory_file)
    assert len(first.evaluate([snap(85)], NOW)) == 1
    memory_file.save(first.memory())

    later = NOW + timedelta(minutes=30)
    second = started(NotifyMemoryFile(memory_file.paths), later)
    assert second.evaluate([snap(86)], later) == []
    assert [n.critical for n in second.evaluate([snap(96)], later)] == [True]


def test_restart_in_a_new_period_notifies(tmp_path: Path) -> None:
    memory_file = NotifyMemoryFile(AppPaths.at(tmp_path))
    first = started(memory_file)
    first.evaluate([snap(85)], NOW)
    memory_file.save(first.memory())

    later = RESET + timedelta(hours=1)
    second = started(NotifyMemoryFile(memory_file.paths), later)
    notices = second.evaluate([snap(85, resets_at=RESET + timedelta(hours=5))], later)
    assert [n.kind for n in notices] == [NoticeKind.THRESHOLD]


def test_attention_episode_survives_a_restart(tmp_path: Path) -> None:
    memory_file = NotifyMemoryFile(AppPaths.at(tmp_path))
    expired = snap(30, status=AccountStatus.LOGIN_EXPIRED, stale=True)
    first = started(memory_file)
    assert len(first.evaluate([expired], NOW)) == 1
    memory_file.save(first.memory())
    assert started(NotifyMemoryFile(memory_file.paths)).evaluate([expired], NOW) == []


def test_round_trip_keeps_every_field() -> None:
    memory = RulesMemory(
        {("Work", "session"): WindowMemory(RESET, {80.0, 95.0}, 97.5)},
        {"Home": AccountStatus.NEEDS_SIGN_IN},
    )
    assert decode(encode(memory)) == memory


def test_unchanged_memory_is_not_rewritten(tmp_path: Path) -> None:
    memory_file = NotifyMemoryFile(AppPaths.at(tmp_path))
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    memory_file.save(rules.memory())
    inode = memory_file.path.stat().st_ino  # an atomic write is a new file
    rules.evaluate([snap(85)], NOW)
    memory_file.save(rules.memory())
    assert memory_file.path.stat().st_ino == inode
    rules.evaluate([snap(96)], NOW)
    memory_file.save(rules.memory())
    assert decode(memory_file.path.read_bytes()).windows[("Work", "session")].fired == {80, 95}


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe", b"[]", b'{"version": 99}', b'{"version": 1, "windows": 5}'],
)
def test_unreadable_file_means_nothing_remembered(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / NOTIFY_MEMORY_FILENAME
    path.write_bytes(content)
    memory_file = NotifyMemoryFile(AppPaths.at(tmp_path))
    with caplog.at_level(logging.WARNING):
        rules = started(memory_file)
    assert rules.memory() == RulesMemory()
    assert len(rules.evaluate([snap(85)], NOW)) == 1
    memory_file.save(rules.memory())
    assert ("Work", "session") in decode(path.read_bytes()).windows  # replaced, not kept


def test_bad_entries_are_skipped_and_good_ones_kept() -> None:
    good = {"account": "Work", "window": "session", "resets_at": RESET.isoformat()}
    document = {
        "version": 1,
        "windows": [
            good | {"fired": [80], "peak": 85},
            good | {"account": "Naive", "resets_at": "2026-11-24T18:00:00", "fired": [], "peak": 1},
            good | {"account": "NaN", "fired": [float("nan")], "peak": 1},
            good | {"account": "Bool", "fired": [True], "peak": 1},
            {"account": "Short"},
            "junk",
        ],
        "attention": {"Work": "needs_sign_in", "Other": "sleepy", "List": [1]},
    }
    memory = decode(json.dumps(document).encode())
    assert list(memory.windows) == [("Work", "session")]
    assert memory.attention == {"Work": AccountStatus.NEEDS_SIGN_IN}


def test_a_failed_write_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    memory_file = NotifyMemoryFile(AppPaths.at(blocker))
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    with caplog.at_level(logging.WARNING):
        memory_file.save(rules.memory())
    assert "cannot save" in caplog.text
