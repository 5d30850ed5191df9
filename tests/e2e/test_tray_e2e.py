"""The real tray app, from source, on a real X desktop with a system tray (Xvfb + trayer).

``python -m tray`` runs against the fake Anthropic server with four saved accounts (three
subscriptions — one without a session window — and an Admin API key). The test works it as
a user would: it reads the icon's colour from a screenshot of the panel, clicks the icon,
reads the popup by OCR (Tesseract), starts the app a second time to bring the popup back,
clicks "Refresh", and sees the icon turn red. Each screenshot is kept in the test's
``tmp_path`` (the folder is printed when the test fails).

Waiting is on the fake's request log (events) and, for what only the X server knows —
windows and pixels — on :func:`~tests.e2e.conftest.wait_until`.
"""

from __future__ import annotations

import asyncio
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.client import UsageClient
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import Box, Desktop, failed, poll_until, wait_until
from tests.e2e.support import (
    Reading,
    center,
    color_box,
    pixels_of,
    read_screen,
    require_ocr,
    rgb,
)
from tests.fakes.accounts import FakeAccount
from tests.fakes.server import FakeAnthropic
from tray.icon import LEVEL_COLORS
from tray.popup import POPUP_WIDTH
from tray.viewmodel import Level

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb + trayer desktop"),
]

USAGE = "/api/oauth/usage"
SESSIONS = {"Personal": 37.0, "Work": 88.0, "Research": None}  # Research: no five_hour window
ADMIN = "Org Admin"
RAISED = 97.0  # Work's session after the change: the "critical" (red) band
ICON_PIXELS = 30  # a 22–32 px badge has hundreds of pixels of its colour; text never that many
BAR_PIXELS = 200  # a usage bar in the popup is ~300 × 6 px
APPEAR_TIMEOUT = 20.0
CLICK_TIMEOUT = 5.0
SCROLL_MARGIN = 50  # the popup's title row and footer: not scrolled
WHEEL_UP, WHEEL_DOWN = "4", "5"  # X pointer buttons
APP_CLASS = "^Claude Usage$"  # WM_CLASS of the app's windows: icon, popup, menu


def _usage(session: float | None, week: float = 41.0) -> dict[str, Any]:
    """A subscription's usage: the session (5-hour) and weekly windows, resetting later."""
    now = datetime.now(UTC)
    five_hour = None
    if session is not None:
        five_hour = {"utilization": session, "resets_at": (now + timedelta(hours=2)).isoformat()}
    week_window = {"utilization": week, "resets_at": (now + timedelta(days=3)).isoformat()}
    return {"five_hour": five_hour, "seven_day": week_window}


async def _save_accounts(fake: FakeAnthropic) -> dict[str, FakeAccount]:
    """The accounts, saved the way the app and CLI save them (into this test's store)."""
    accounts = {}
    async with UsageClient() as client:
        for name, session in SESSIONS.items():
            account = fake.add_account(email=f"{name.lower()}@example.com", usage=_usage(session))
            await client.save_account(name, account.credentials_json())
            accounts[name] = account
        await client.save_admin_account(ADMIN, fake.add_admin_key())
    return accounts


@pytest.fixture(autouse=True)
def _ocr() -> None:
    require_ocr()  # before anything starts


@pytest.fixture
def accounts(fake_server: FakeAnthropic) -> dict[str, FakeAccount]:
    return asyncio.run(_save_accounts(fake_server))


def _quiet_settings(config_home: Path) -> None:
    """No notifications: without a notification daemon Qt shows them as balloons by the
    icon, which would cover the top of the popup the test reads."""
    folder = config_home / "claude-usage-tray"
    folder.mkdir(parents=True)
    (folder / "Claude Usage.conf").write_text(
        "[preferences]\nnotify_thresholds=false\nnotify_reset=false\nnotify_attention=false\n"
    )


def _app_env(desktop: Desktop, tmp_path: Path) -> dict[str, str]:
    """This test's isolated environment (data, Claude config, HOME, keyring, the fake's URLs),
    plus its own QSettings folder, on the test desktop."""
    env = desktop.env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


@pytest.fixture
def tray(
    accounts: dict[str, FakeAccount],
    desktop: Desktop,
    tmp_path: Path,
    screenshots: Path,
    request: pytest.FixtureRequest,
) -> Iterator[subprocess.Popen[bytes]]:
    """``python -m tray`` on the test desktop; always stopped (SIGTERM, then kill) after.

    On failure the whole screen is saved (before the app goes) and the app's output shown.
    """
    _quiet_settings(tmp_path / "config")
    output = tmp_path / "app-output.txt"
    with output.open("wb") as sink:
        app = subprocess.Popen(
            [sys.executable, "-m", "tray"],
            cwd=REPO_ROOT,
            env=_app_env(desktop, tmp_path),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        yield app
    finally:
        if failed(request):
            desktop.screenshot(str(screenshots / "failure.png"))
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        if failed(request):
            print(output.read_text(errors="replace"))
            print(f"app log: {tmp_path / 'usage-home' / 'logs' / 'tray.log'}")


# ------------------------------------------------------------------ the app's windows


def _popup(desktop: Desktop) -> Box | None:
    """The popup's place on screen while it is shown (the one window of its fixed width)."""
    for window in desktop.windows("--onlyvisible", "--class", APP_CLASS):
        box = desktop.geometry(window)
        if box is not None and box[2] == POPUP_WIDTH:
            return box
    return None


def _menu(desktop: Desktop) -> Box | None:
    """The tray icon's context menu while it is shown: the app's window that is neither the
    popup nor the icon docked in the panel."""
    tray_bottom = desktop.tray_area[1] + desktop.tray_area[3]
    for window in desktop.windows("--onlyvisible", "--class", APP_CLASS):
        box = desktop.geometry(window)
        if box is not None and box[2] != POPUP_WIDTH and box[1] + box[3] > tray_bottom:
            return box
    return None


def _icon(desktop: Desktop, level: Level) -> Box:
    color = LEVEL_COLORS[level]
    return wait_until(
        lambda: color_box(desktop, rgb(color), ICON_PIXELS),
        APPEAR_TIMEOUT,
        f"the tray icon in the {level.name.lower()} colour {color}",
    )


def _open_popup(desktop: Desktop, icon: Box, screenshots: Path) -> Box:
    """Left-click the icon; if the panel swallows the click, use the menu's "Show usage"."""
    desktop.click(*center(icon))
    popup = poll_until(lambda: _popup(desktop), CLICK_TIMEOUT)
    if popup is not None:
        return popup
    desktop.click(*center(icon), button=3)
    menu = wait_until(lambda: _menu(desktop), APPEAR_TIMEOUT, "the tray icon's context menu")
    show = read_screen(desktop, menu, screenshots / "menu.png").find("Show")
    assert show is not None, "no “Show usage” in the context menu"
    desktop.click(*center(show.box))
    return wait_until(lambda: _popup(desktop), APPEAR_TIMEOUT, "the popup, from the menu")


def _wait_for_bar(desktop: Desktop, popup: Box, level: Level, what: str) -> None:
    """Until the popup shows a usage bar in ``level``'s colour: painted, and up to date.

    A window is mapped before it is painted; this is what tells its content is there."""
    color = rgb(LEVEL_COLORS[level])
    wait_until(lambda: pixels_of(desktop, color, popup) >= BAR_PIXELS, APPEAR_TIMEOUT, what)


def _missing_accounts(reading: Reading) -> list[str]:
    return [name for name in (*SESSIONS, ADMIN) if not reading.has_line(name)]


def _read_popup(desktop: Desktop, popup: Box, path: Path) -> Reading:
    """OCR of the popup; scrolled to its end and read again if some cards were below it
    (the popup scrolls when its cards are taller than the screen)."""
    reading = read_screen(desktop, popup, path)
    if not _missing_accounts(reading):
        return reading
    x, y, width, height = popup
    cards = (x, y + SCROLL_MARGIN, width, height - 2 * SCROLL_MARGIN)  # not the ticking age
    top = desktop.pixels(cards)
    _scroll(desktop, popup, WHEEL_DOWN)
    wait_until(lambda: desktop.pixels(cards) != top, APPEAR_TIMEOUT, "the popup to scroll")
    reading += read_screen(desktop, popup, path.with_stem(f"{path.stem}-scrolled"))
    _scroll(desktop, popup, WHEEL_UP)  # back, so later reads start at the top again
    poll_until(lambda: desktop.pixels(cards) == top, CLICK_TIMEOUT)
    return reading


def _scroll(desktop: Desktop, popup: Box, wheel: str) -> None:
    """Turn the mouse wheel over the popup far enough to reach its end."""
    x, y = center(popup)
    desktop.run("xdotool", "mousemove", str(x), str(y), "click", "--repeat", "30", wheel)


def _assert_lists_every_account(reading: Reading) -> None:
    missing = _missing_accounts(reading)
    assert not missing, f"cards missing from the popup: {missing}; it read:\n{reading.text}"


def _session_shown(reading: Reading, percent: float) -> bool:
    return re.search(rf"session.*\b{percent:g}\s*%", reading.text, re.IGNORECASE) is not None


# ------------------------------------------------------------------ the test


def test_tray_shows_the_worst_session_and_every_account(
    tray: subprocess.Popen[bytes],
    accounts: dict[str, FakeAccount],
    fake_server: FakeAnthropic,
    desktop: Desktop,
    tmp_path: Path,
    screenshots: Path,
) -> None:
    fake_server.wait_for(USAGE, count=len(SESSIONS), timeout=APPEAR_TIMEOUT)
    icon = _icon(desktop, Level.WARNING)  # 88 % is the worst session
    desktop.screenshot(str(screenshots / "tray-88.png"), desktop.tray_area)

    popup = _open_popup(desktop, icon, screenshots)
    _wait_for_bar(desktop, popup, Level.WARNING, "the popup, painted")
    reading = _read_popup(desktop, popup, screenshots / "popup-88.png")
    _assert_lists_every_account(reading)
    assert _session_shown(reading, 88), reading.text

    fake_server.set_usage(accounts["Work"], _usage(RAISED))
    desktop.key("Escape")
    wait_until(lambda: _popup(desktop) is None, APPEAR_TIMEOUT, "the popup to close")
    second = subprocess.run(
        [sys.executable, "-m", "tray"],
        cwd=REPO_ROOT,
        env=_app_env(desktop, tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 0, second.stdout + second.stderr
    popup = wait_until(lambda: _popup(desktop), APPEAR_TIMEOUT, "the popup, on a second start")
    _wait_for_bar(desktop, popup, Level.WARNING, "the popup, painted again")
    refresh = read_screen(desktop, popup, screenshots / "popup-again.png").find("Refresh")
    assert refresh is not None, "no Refresh button in the popup"

    polls = fake_server.count(USAGE)
    desktop.click(*center(refresh.box))
    fake_server.wait_for(USAGE, count=polls + len(SESSIONS), timeout=APPEAR_TIMEOUT)
    _icon(desktop, Level.CRITICAL)
    desktop.screenshot(str(screenshots / "tray-97.png"), desktop.tray_area)
    _wait_for_bar(desktop, popup, Level.CRITICAL, "Work's session bar turning red in the popup")
    reading = _read_popup(desktop, popup, screenshots / "popup-97.png")
    _assert_lists_every_account(reading)
    assert _session_shown(reading, RAISED), reading.text
    assert tray.poll() is None, "the app exited"
