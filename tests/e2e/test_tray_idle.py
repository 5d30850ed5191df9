"""The idle tray holds only what idle needs (issue 17): the real ``python -m tray --debug``
against the fake, on the test desktop (Xvfb + trayer).

Its icon appears in the panel in the colour of the account's usage; once the first usage is
shown, and again after the popup has been opened and closed, the log names every module
loaded (``tray.__main__.release_start_up_memory``). None of the code that only a dialog, an
organisation's reports or the command line's formatting needs is among them until used.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.client import UsageClient
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import Desktop, wait_until
from tests.e2e.processes import stop
from tests.e2e.support import center, color_box, rgb
from tests.fakes.server import FakeAnthropic
from tray.icon import LEVEL_COLORS
from tray.viewmodel import Level

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.timeout(90),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb + trayer desktop"),
]

APPEAR_TIMEOUT = 20.0
ICON_PIXELS = 30  # as in test_tray_e2e: a badge has hundreds of pixels of its colour
LOADED = re.compile(r"DEBUG tray: modules loaded: (.*)$", re.MULTILINE)
# Loaded only when used: a dialog when opened, an organisation's reports for an Admin key,
# Babel's locale data for the command line (the tray formats with QLocale), python-xlib for
# a global shortcut (none is set).
NOT_AT_IDLE = ("tray.dialogs", "core.admin.reports", "core.admin.org_reports", "babel", "Xlib")


async def _save_account(fake: FakeAnthropic) -> None:
    account = fake.add_account(email="work@example.com")
    async with UsageClient() as client:
        await client.save_account("Work", account.credentials_json())


def _loaded(log: Path) -> list[set[str]]:
    """Each list of loaded modules the log holds so far, oldest first."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return [set(found.split()) for found in LOADED.findall(text)]


def _unneeded(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.startswith(NOT_AT_IDLE))


@pytest.fixture
def tray(fake_server: FakeAnthropic, desktop: Desktop, tmp_path: Path) -> Iterator[Path]:
    """The tray running with one account; yields its log file."""
    asyncio.run(_save_account(fake_server))
    env = desktop.env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    app = subprocess.Popen(
        [sys.executable, "-m", "tray", "--debug"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield Path(os.environ["CLAUDE_USAGE_HOME"]) / "logs" / "tray.log"
    finally:
        stop(app)


def test_the_idle_tray_has_not_loaded_what_only_use_needs(tray: Path, desktop: Desktop) -> None:
    color = LEVEL_COLORS[Level.OK]  # the fake's account is well below its limits
    icon = wait_until(
        lambda: color_box(desktop, rgb(color), ICON_PIXELS),
        APPEAR_TIMEOUT,
        f"the tray icon in the usage colour {color}",
    )
    (first,) = wait_until(lambda: _loaded(tray), APPEAR_TIMEOUT, "the modules of the idle tray")
    assert {"tray.app", "tray.popup", "httpx"} <= first  # the list of the running tray
    assert _unneeded(first) == []

    desktop.click(*center(icon))  # the popup opens …
    desktop.key("Escape")  # … and closes: memory is released again, the modules logged
    loaded = wait_until(
        lambda: (found := _loaded(tray))[1:] and found,
        APPEAR_TIMEOUT,
        "the modules after the popup was shown and hidden",
    )
    assert _unneeded(loaded[-1]) == []
