"""Stopping what a test started: politely, then for sure, so no test leaves a process behind
(CI waits for leftovers)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess

__all__ = ["stop"]

GRACE_SECONDS = 10


def stop(process: subprocess.Popen[bytes], *, group: bool = False) -> None:
    """SIGTERM, then SIGKILL if it lingers; ``group``: the whole process group it leads
    (started with ``start_new_session=True``)."""
    _signal(process, signal.SIGTERM, group)
    try:
        process.wait(timeout=GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        _signal(process, signal.SIGKILL, group)
        process.wait()


def _signal(process: subprocess.Popen[bytes], sig: signal.Signals, group: bool) -> None:
    with contextlib.suppress(ProcessLookupError):
        if group:
            os.killpg(process.pid, sig)
        else:
            process.send_signal(sig)
