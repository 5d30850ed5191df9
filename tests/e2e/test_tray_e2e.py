"""The real tray app, from source, on a real X desktop with a system tray (Xvfb + trayer)
and a real notification daemon (dunst).

``python -m tray`` runs against the fake Anthropic server with four saved accounts (three
subscriptions — one without a session window — and an Admin API key). The test works it as
a user would, and reads it as a screen reader user would: it sees the icon's colour in a
screenshot of the panel and the near-limit notice in dunst, clicks the icon, reads the
popup through the accessibility tree (AT-SPI: each card a group named by its account, each
usage bar a progress bar whose value is the percent), closes it with Escape, opens it
again from the icon's menu (arrow down to "Show usage", Enter), and again by starting the
app a second time, presses "Refresh" and sees the icon turn red and Work's session read
97. Screenshots are kept in the test's ``tmp_path`` for people (the folder is printed when
the test fails); nothing is read from them but the colours.

Waiting is on the fake's request log (events) and, for what only other processes know —
windows, pixels, the accessibility tree — on :func:`~tests.e2e.conftest.wait_until`.
"""

from __future__ import annotations

import asyncio
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
from tests.e2e.atspi import AtspiError, Node, ScreenReader, popup_accounts, popup_window
from tests.e2e.conftest import Box, Desktop, failed, poll_until, wait_until
from tests.e2e.dunst import ShownNotifications, dunst
from tests.e2e.support import center, color_box, pixels_of, rgb
from tests.fakes.accounts import FakeAccount
from tests.fakes.server import FakeAnthropic
from tray.icon import LEVEL_COLORS
from tray.theme import LIGHT
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
BAR_PIXELS = 200  # a row's session bar is 52 × 8 px: ~360 px of its colour at 88 %
APPEAR_TIMEOUT = 20.0
APP_NAME = "Claude Usage"  # the application's accessible name
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


@pytest.fixture
def accounts(fake_server: FakeAnthropic) -> dict[str, FakeAccount]:
    return asyncio.run(_save_accounts(fake_server))


def _settings(config_home: Path) -> None:
    """Only the near-limit notice: reset and attention notices would add nothing here."""
    folder = config_home / "claude-usage-tray"
    folder.mkdir(parents=True)
    (folder / "Claude Usage.conf").write_text(
        "[preferences]\nnotify_thresholds=true\nnotify_reset=false\nnotify_attention=false\n"
    )


@pytest.fixture
def notifications(desktop: Desktop, tmp_path: Path) -> Iterator[ShownNotifications]:
    """A real notification daemon (dunst) on the test desktop, for this test only (unit
    tests own the bus name with their fake daemon)."""
    folder = tmp_path / "dunst"
    folder.mkdir()
    with dunst(desktop, folder) as shown:
        yield shown


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
    screen_reader: ScreenReader,  # listening before the app starts: it sees every focus change
    notifications: ShownNotifications,  # up before the app looks for a daemon
    tmp_path: Path,
    screenshots: Path,
    request: pytest.FixtureRequest,
) -> Iterator[subprocess.Popen[bytes]]:
    """``python -m tray`` on the test desktop; always stopped (SIGTERM, then kill) after.

    On failure the whole screen is saved (before the app goes) and the app's output shown.
    """
    _settings(tmp_path / "config")
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


def _assert_near_limit_notice(shown: ShownNotifications, account: str) -> None:
    """The near-limit notice reached the real daemon as the app's, not as Qt's balloon."""
    (notice,) = wait_until(
        lambda: [n for n in shown.all() if account in n.summary],
        APPEAR_TIMEOUT,
        f"{account}'s near-limit notification in dunst",
    )
    assert notice.app_name == APP_NAME
    assert notice.desktop_entry == "claude-usage-tray"
    assert notice.icon_path.endswith("claude-usage-tray.svg"), notice.icon_path


def _app(reader: ScreenReader) -> Node | None:
    """The app's accessibility tree, or None while it is not (or no longer) readable: a
    card rebuilt while being read leaves a dangling reference, so the caller polls."""
    try:
        return reader.app(APP_NAME)
    except AtspiError:
        return None


def _popup(reader: ScreenReader) -> Node | None:
    """The popup's accessible window while it is shown."""
    app = _app(reader)
    return popup_window(app) if app is not None else None


def _popup_showing(reader: ScreenReader, expected: dict[str, float | None]) -> Node | None:
    """The popup once it is shown with every account and these session percents."""
    popup = _popup(reader)
    return popup if popup is not None and popup_accounts(popup) == expected else None


def _wait_for_popup(reader: ScreenReader, expected: dict[str, float | None], what: str) -> Node:
    """Until the popup is shown reading ``expected``; on timeout, fail saying what it read."""
    popup = poll_until(lambda: _popup_showing(reader, expected), APPEAR_TIMEOUT)
    if popup is None:
        last = _popup(reader)
        read = popup_accounts(last) if last is not None else "no popup shown"
        pytest.fail(f"timed out waiting for {what}: expected {expected}, read {read}")
    return popup


def _wait_closed(reader: ScreenReader) -> None:
    wait_until(
        lambda: _app(reader) is not None and _popup(reader) is None,
        APPEAR_TIMEOUT,
        "the popup to close",
    )


def _menu(desktop: Desktop) -> Box | None:
    """The tray icon's context menu while it is shown: the app's window reaching below the
    panel (the icon's own window is docked inside it; the popup is closed)."""
    tray_bottom = desktop.tray_area[1] + desktop.tray_area[3]
    for window in desktop.windows("--onlyvisible", "--class", APP_CLASS):
        box = desktop.geometry(window)
        if box is not None and box[1] + box[3] > tray_bottom:
            return box
    return None


def _icon(desktop: Desktop, level: Level) -> Box:
    color = LEVEL_COLORS[level]
    return wait_until(
        lambda: color_box(desktop, rgb(color), ICON_PIXELS),
        APPEAR_TIMEOUT,
        f"the tray icon in the {level.name.lower()} colour {color}",
    )


def _box(node: Node) -> Box:
    assert node.extents is not None, f"{node.role} {node.name!r} has no place on screen"
    return node.extents


def _wait_painted(desktop: Desktop, popup: Node, level: Level, path: Path) -> None:
    """Until the popup shows a usage bar in ``level``'s colour on screen (a window is
    mapped before it is painted), then keep a screenshot of it for people. The popup's
    bars are in its theme's band colours (light here: the desktop sets no dark palette)."""
    color = rgb(LIGHT.bands[level])
    box = _box(popup)
    what = f"a {level.name.lower()} usage bar painted in the popup"
    wait_until(lambda: pixels_of(desktop, color, box) >= BAR_PIXELS, APPEAR_TIMEOUT, what)
    desktop.screenshot(str(path), box)


def _open_from_menu(desktop: Desktop, reader: ScreenReader, icon: Box, screenshots: Path) -> None:
    """Right-click the icon, arrow down to the first entry, hear "Show usage", press Enter."""
    desktop.click(*center(icon), button=3)
    menu = wait_until(lambda: _menu(desktop), APPEAR_TIMEOUT, "the tray icon's context menu")
    desktop.key("Down")
    focused = wait_until(
        lambda: _focused_menu_item(reader), APPEAR_TIMEOUT, "a focused entry in the menu"
    )
    desktop.screenshot(str(screenshots / "menu.png"), menu)
    assert focused.name == "Show usage", f"the menu's first entry reads {focused.name!r}"
    desktop.key("Return")


def _focused_menu_item(reader: ScreenReader) -> Node | None:
    try:
        focused = reader.focus(APP_NAME)
    except AtspiError:
        return None
    return focused if focused is not None and focused.role == "menu item" else None


# ------------------------------------------------------------------ the test


def test_tray_shows_the_worst_session_and_every_account(
    tray: subprocess.Popen[bytes],
    accounts: dict[str, FakeAccount],
    fake_server: FakeAnthropic,
    desktop: Desktop,
    screen_reader: ScreenReader,
    notifications: ShownNotifications,
    tmp_path: Path,
    screenshots: Path,
) -> None:
    expected = {**SESSIONS, ADMIN: None}  # the admin card has figures, no session bar
    fake_server.wait_for(USAGE, count=len(SESSIONS), timeout=APPEAR_TIMEOUT)
    icon = _icon(desktop, Level.WARNING)  # 88 % is the worst session
    desktop.screenshot(str(screenshots / "tray-88.png"), desktop.tray_area)
    _assert_near_limit_notice(notifications, "Work")

    desktop.click(*center(icon))
    popup = _wait_for_popup(screen_reader, expected, "the popup, from a click on the icon")
    _wait_painted(desktop, popup, Level.WARNING, screenshots / "popup-88.png")
    desktop.key("Escape")
    _wait_closed(screen_reader)

    _open_from_menu(desktop, screen_reader, icon, screenshots)
    popup = _wait_for_popup(screen_reader, expected, "the popup, from the menu")
    _wait_painted(desktop, popup, Level.WARNING, screenshots / "popup-menu.png")
    desktop.key("Escape")
    _wait_closed(screen_reader)

    fake_server.set_usage(accounts["Work"], _usage(RAISED))
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
    popup = _wait_for_popup(screen_reader, expected, "the popup, on a second start")
    refresh = popup.find(name="Refresh", role="push button")
    assert refresh is not None, f"no Refresh button in the popup:\n{popup.outline()}"

    polls = fake_server.count(USAGE)
    desktop.click(*center(_box(refresh)))
    fake_server.wait_for(USAGE, count=polls + len(SESSIONS), timeout=APPEAR_TIMEOUT)
    _icon(desktop, Level.CRITICAL)
    desktop.screenshot(str(screenshots / "tray-97.png"), desktop.tray_area)
    raised = {**expected, "Work": RAISED}
    popup = _wait_for_popup(screen_reader, raised, "Work's session at 97 % in the popup")
    _wait_painted(desktop, popup, Level.CRITICAL, screenshots / "popup-97.png")
    assert tray.poll() is None, "the app exited"
