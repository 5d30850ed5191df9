"""One tray per user: a second start signals the first one and leaves."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tray.single_instance import (
    SHOW_MESSAGE,
    SingleInstance,
    instance_key,
    parse_show,
    show_message,
)

CHILD = """
import sys
from PySide6.QtCore import QCoreApplication
from tray.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1], lock_dir=__import__("pathlib").Path(sys.argv[2]))
if instance.acquire():
    print("primary", flush=True)
    if sys.argv[3] == "crash":
        __import__("os")._exit(0)
else:
    print("secondary", instance.notify_primary(), flush=True)
"""


@pytest.fixture
def key() -> str:
    return f"cut-test-{uuid.uuid4().hex[:12]}"


def run_child(key: str, folder: Path, mode: str = "normal") -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, key, str(folder), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_second_instance_in_process_signals_the_first(
    qtbot: QtBot, key: str, tmp_path: Path
) -> None:
    first = SingleInstance(key, lock_dir=tmp_path)
    second = SingleInstance(key, lock_dir=tmp_path)
    try:
        assert first.acquire() is True
        assert second.acquire() is False
        with qtbot.waitSignal(first.activated, timeout=5000) as shown:
            assert second.notify_primary() is True
        assert shown.args == [""]
    finally:
        first.release()


def test_second_start_hands_over_its_wayland_activation_token(
    qtbot: QtBot, key: str, tmp_path: Path
) -> None:
    first = SingleInstance(key, lock_dir=tmp_path)
    second = SingleInstance(key, lock_dir=tmp_path)
    try:
        assert first.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000) as shown:
            assert second.notify_primary(activation_token="gnome-shell/Terminal/1234-5-x_TIME42")
        assert shown.args == ["gnome-shell/Terminal/1234-5-x_TIME42"]
    finally:
        first.release()


@pytest.mark.faults
def test_show_lines_carry_only_well_formed_tokens() -> None:
    assert show_message() == SHOW_MESSAGE == b"show\n"
    assert show_message("kwin-42") == b"show kwin-42\n"
    for hostile in ("two words", "new\nline", "é", "x" * 5000):
        assert show_message(hostile) == SHOW_MESSAGE  # still shows; no token
        assert parse_show(f"show {hostile}".encode()) in ("", None)
    assert parse_show(b"show\n") == ""
    assert parse_show(b"show kwin-42\n") == "kwin-42"
    assert parse_show(b"quit") is None
    assert parse_show(b"\xff\xfe") is None


def test_second_instance_as_a_process_signals_the_first(
    qtbot: QtBot, key: str, tmp_path: Path
) -> None:
    first = SingleInstance(key, lock_dir=tmp_path)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activated, timeout=15000):
            child = run_child(key, tmp_path)
        out, err = child.communicate(timeout=30)
        assert out.split() == ["secondary", "True"], err
    finally:
        first.release()


def test_after_release_a_new_instance_takes_over(key: str, tmp_path: Path) -> None:
    first = SingleInstance(key, lock_dir=tmp_path)
    assert first.acquire()
    first.release()
    again = SingleInstance(key, lock_dir=tmp_path)
    assert again.acquire()
    again.release()


def test_a_crashed_instance_does_not_block_the_next(key: str, tmp_path: Path) -> None:
    child = run_child(key, tmp_path, "crash")
    out, err = child.communicate(timeout=30)
    assert out.split() == ["primary"], err
    assert (tmp_path / f"{key}.lock").exists()
    survivor = SingleInstance(key, lock_dir=tmp_path)
    assert survivor.acquire()
    survivor.release()


def test_nobody_listening_reports_failure(key: str, tmp_path: Path) -> None:
    lonely = SingleInstance(key, lock_dir=tmp_path)
    assert lonely.notify_primary(timeout_ms=300) is False


def test_keys_are_per_user_and_per_data_folder(tmp_path: Path) -> None:
    assert instance_key(tmp_path, "ana") == instance_key(tmp_path, "ana")
    assert instance_key(tmp_path, "ana") != instance_key(tmp_path, "bob")
    assert instance_key(tmp_path / "a", "ana") != instance_key(tmp_path / "b", "ana")
    assert len(instance_key(tmp_path, "ana")) < 60
