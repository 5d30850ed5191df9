"""The real tray app, from source, on a real Wayland desktop: sway + Waybar's tray + mako.

``python -m tray`` runs on Qt's native ``wayland`` platform against the fake Anthropic server
with four saved accounts. The test works it the ways a user and the panel do: it finds the
app's StatusNotifierItem on Waybar's watcher, reads its icon's colour there and in the bar,
clicks it the way Waybar does on a left click (``Activate(x, y)``: the headless sway has no
pointer device, so Waybar itself receives no pointer events), presses Escape, clicks it again
(twice: the popup toggles), picks "Show usage" from the exported menu (dbusmenu ``Event``),
clicks elsewhere (sway's seat cursor: the compositor moves the focus), and starts the app a
second time; after each, the popup must be on screen and focused (a window in sway's tree) or
gone. The popup's content is read through the accessibility tree (AT-SPI); the
near-limit notification is read back from mako. Screenshots (grim) go to the test's folder.

Everything that has no event to wait on — windows in sway, pixels — is polled with a
deadline (:func:`~tests.e2e.conftest.wait_until`).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress
from jeepney.wrappers import DBusErrorResponse

from core.client import UsageClient
from tests.conftest import require_or_skip
from tests.e2e.atspi import ScreenReader, bus_address, popup_accounts, popup_window
from tests.e2e.conftest import failed, wait_until
from tests.e2e.wayland import (
    BAR_HEIGHT,
    SCREEN,
    WaylandDesktop,
    missing_tools,
    wayland_desktop,
)
from tests.fakes.server import FakeAnthropic
from tray.icon import LEVEL_COLORS
from tray.viewmodel import Level

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.wayland,
    pytest.mark.timeout(600),  # a first run builds the desktop user's venv (PySide6 download)
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sway + Waybar desktop"),
]

USAGE = "/api/oauth/usage"
SESSIONS = {"Personal": 37.0, "Work": 88.0, "Research": None}  # Research: no session window
ADMIN = "Org Admin"
APP_NAME = "Claude Usage"
POPUP_TITLE = "Claude Usage"
SETTINGS_TITLE = "Claude Usage settings"
APPEAR_TIMEOUT = 20.0
ICON_PIXELS = 30  # the 22–32 px badge has hundreds of pixels of its colour
TOLERANCE = 6


def _usage(session: float | None, week: float = 41.0) -> dict[str, Any]:
    now = datetime.now(UTC)
    five_hour = None
    if session is not None:
        five_hour = {"utilization": session, "resets_at": (now + timedelta(hours=2)).isoformat()}
    week_window = {"utilization": week, "resets_at": (now + timedelta(days=3)).isoformat()}
    return {"five_hour": five_hour, "seven_day": week_window}


async def _save_accounts(fake: FakeAnthropic) -> None:
    async with UsageClient() as client:
        for name, session in SESSIONS.items():
            account = fake.add_account(email=f"{name.lower()}@example.com", usage=_usage(session))
            await client.save_account(name, account.credentials_json())
        await client.save_admin_account(ADMIN, fake.add_admin_key())


# ------------------------------------------------------------------ fixtures


@pytest.fixture
def desktop() -> Iterator[WaylandDesktop]:
    missing = missing_tools()
    require_or_skip(not missing, f"Wayland desktop tools missing: {', '.join(missing)}")
    # Not under pytest's tmp_path: that folder is private to this user, the desktop's is not.
    scratch = Path(tempfile.mkdtemp(prefix="claude-usage-wayland-"))
    try:
        with wayland_desktop(scratch) as running:
            yield running
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture
def app_env(
    desktop: WaylandDesktop, fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """The app's isolated data (store, keyring, Claude config, settings) in a folder of the
    desktop's user, seeded with the accounts; the environment to start the app with."""
    data = desktop.folder / "data"
    env = {
        "CLAUDE_USAGE_HOME": str(data / "usage-home"),
        "CLAUDE_CONFIG_DIR": str(data / "claude"),
        "CLAUDE_USAGE_TEST_KEYRING": str(data / "test-keyring.json"),
        "PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.FileKeyring",
        "XDG_CONFIG_HOME": str(data / "config"),
        "PYTHONPATH": str(desktop.account.source),
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        **fake_server.env(),
    }
    for name in ("CLAUDE_USAGE_HOME", "CLAUDE_CONFIG_DIR", "CLAUDE_USAGE_TEST_KEYRING"):
        monkeypatch.setenv(name, env[name])
    data.mkdir()
    asyncio.run(_save_accounts(fake_server))
    desktop.account.own(data)
    return env


@pytest.fixture
def tray(
    desktop: WaylandDesktop,
    app_env: dict[str, str],
    screenshots: Path,
    request: pytest.FixtureRequest,
) -> Iterator[subprocess.Popen[bytes]]:
    app = desktop.start(*_app_command(desktop), log="app.log", env=app_env)
    try:
        yield app
    finally:
        if failed(request):
            desktop.screenshot(screenshots / "failure.png")
            print((desktop.folder / "app.log").read_text(errors="replace"))
            print((desktop.folder / "waybar.log").read_text(errors="replace")[-3000:])


def _app_command(desktop: WaylandDesktop) -> list[str]:
    return [desktop.account.python, "-m", "tray"]


# ------------------------------------------------------------------ looking at the desktop


def _rgb(color: str) -> tuple[int, int, int]:
    value = int(color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _close(pixel: tuple[int, int, int], color: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= TOLERANCE for a, b in zip(pixel, color, strict=True))


def _app_item(desktop: WaylandDesktop) -> DBusAddress | None:
    """The app's StatusNotifierItem (its Title is the application's name)."""
    for item in desktop.tray_items():
        with contextlib.suppress(DBusErrorResponse):  # an item that went away meanwhile
            if desktop.get(item, "Title") == APP_NAME:
                return item
    return None


def _icon_pixels(desktop: WaylandDesktop, item: DBusAddress, color: str) -> int:
    """How many pixels of the item's largest IconPixmap (ARGB32, network order) are
    ``color`` — what Waybar draws in the bar."""
    pixmaps = desktop.get(item, "IconPixmap")
    width, height, data = max(pixmaps, key=lambda p: p[0] * p[1])
    wanted = _rgb(color)
    return sum(
        _close((data[i + 1], data[i + 2], data[i + 3]), wanted)
        for i in range(0, 4 * width * height, 4)
        if data[i] > 200  # opaque
    )


def _icon_in_bar(desktop: WaylandDesktop, color: str) -> tuple[int, int] | None:
    """The centre of the icon's badge in Waybar, found by its colour on screen."""
    box = (0, 0, SCREEN[0], BAR_HEIGHT)
    wanted = _rgb(color)
    found = [i for i, pixel in enumerate(desktop.pixels(box)) if _close(pixel, wanted)]
    if len(found) < ICON_PIXELS:
        return None
    xs = [i % SCREEN[0] for i in found]
    ys = [i // SCREEN[0] for i in found]
    return (min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2


def _popup(desktop: WaylandDesktop) -> dict[str, Any] | None:
    return desktop.window(POPUP_TITLE)


def _wait_open(desktop: WaylandDesktop, how: str) -> dict[str, Any]:
    window = wait_until(lambda: _popup(desktop), APPEAR_TIMEOUT, f"the popup, {how}")
    wait_until(
        lambda: (w := _popup(desktop)) is not None and w.get("focused"),
        APPEAR_TIMEOUT,
        f"the popup to take the keyboard, {how}",
    )
    return window


def _popup_rect(desktop: WaylandDesktop) -> dict[str, int]:
    window = _popup(desktop)
    assert window is not None, "the popup is not shown"
    return dict(window["rect"])


def _wait_closed(desktop: WaylandDesktop, how: str) -> None:
    wait_until(lambda: _popup(desktop) is None, APPEAR_TIMEOUT, f"the popup to close, {how}")


def _menu_entry(desktop: WaylandDesktop, item: DBusAddress, label: str) -> tuple[Any, int]:
    """The item's exported menu (after ``AboutToShow``, as a panel opens it) and the id of
    its entry called ``label``."""
    path = desktop.get(item, "Menu")
    menu = DBusAddress(path, bus_name=item.bus_name, interface="com.canonical.dbusmenu")
    desktop.call(menu, "AboutToShow", "i", 0)
    _revision, (_root, _props, children) = desktop.call(menu, "GetLayout", "iias", 0, -1, [])
    for _sig, (entry_id, props, _sub) in children:
        if props.get("label", ("s", ""))[1] == label:
            return menu, entry_id
    raise AssertionError(f"no {label!r} in the tray menu: {children}")


def _read_popup(desktop: WaylandDesktop, reader: ScreenReader) -> dict[str, float | None]:
    """Account → session percent, from the popup's accessibility tree."""

    def read() -> dict[str, float | None] | None:
        app = reader.app(APP_NAME)
        popup = popup_window(app) if app is not None else None
        accounts = popup_accounts(popup) if popup is not None else {}
        return accounts if set(accounts) >= {*SESSIONS, ADMIN} else None

    return wait_until(read, APPEAR_TIMEOUT, "every account in the popup's accessibility tree")


# ------------------------------------------------------------------ the test


def test_popup_opens_by_click_menu_and_second_start_on_wayland(
    tray: subprocess.Popen[bytes],
    desktop: WaylandDesktop,
    fake_server: FakeAnthropic,
    app_env: dict[str, str],
    screenshots: Path,
) -> None:
    fake_server.wait_for(USAGE, count=len(SESSIONS), timeout=APPEAR_TIMEOUT)
    item = wait_until(lambda: _app_item(desktop), APPEAR_TIMEOUT, "the app's tray item")
    warning = LEVEL_COLORS[Level.WARNING]  # 88 % is the worst session
    wait_until(
        lambda: _icon_pixels(desktop, item, warning) >= ICON_PIXELS,
        APPEAR_TIMEOUT,
        "the tray item's icon in the warning colour",
    )
    icon = wait_until(lambda: _icon_in_bar(desktop, warning), APPEAR_TIMEOUT, "the icon in Waybar")
    desktop.screenshot(screenshots / "bar-88.png", (0, 0, SCREEN[0], BAR_HEIGHT))

    # 1. a click on the icon: Waybar sends Activate with the pointer's position
    clicked = time.monotonic()
    desktop.call(item, "Activate", "ii", *icon)
    _wait_open(desktop, "after a click on the icon")
    (screenshots / "timing.txt").write_text(
        f"Activate → popup focused: {time.monotonic() - clicked:.3f} s\n"
    )
    desktop.screenshot(screenshots / "popup-click.png")
    with desktop.connection() as session, ScreenReader(bus_address(session)) as reader:
        accounts = _read_popup(desktop, reader)
    assert accounts["Work"] == 88
    assert accounts["Personal"] == 37
    assert accounts["Research"] is None  # no session window
    assert accounts[ADMIN] is None

    # 2. the icon toggles it: close, open, close, however quickly the clicks come
    desktop.call(item, "Activate", "ii", *icon)
    _wait_closed(desktop, "on a second Activate (toggle)")
    for _ in range(2):
        desktop.call(item, "Activate", "ii", *icon)
        _wait_open(desktop, "on Activate, again")
        desktop.call(item, "Activate", "ii", *icon)
        _wait_closed(desktop, "on Activate, again (toggle)")

    # 3. the menu's "Show usage" opens it; a click elsewhere closes it (sway moves the focus)
    menu, show = _menu_entry(desktop, item, "Show usage")
    desktop.call(menu, "Event", "isvu", show, "clicked", ("i", 0), 0)
    _wait_open(desktop, "from the menu's Show usage")
    rect = _popup_rect(desktop)
    desktop.click(rect["x"] // 2, SCREEN[1] - 20)  # the empty desktop left of the popup
    _wait_closed(desktop, "on a click elsewhere")

    # 4. a second start hands over to the first, which shows the popup; Escape closes it
    second = desktop.run(*_app_command(desktop), env=app_env, timeout=60)
    assert second.returncode == 0, second.stdout + second.stderr
    _wait_open(desktop, "on a second start")
    desktop.screenshot(screenshots / "popup-second-start.png")
    desktop.key("Escape")
    _wait_closed(desktop, "on Escape")

    # 5. a dialog (Settings…, from the menu) opens focused and floats like a dialog, not
    # tiled over the whole screen
    menu, settings = _menu_entry(desktop, item, "Settings…")
    desktop.call(menu, "Event", "isvu", settings, "clicked", ("i", 0), 0)
    dialog = wait_until(
        lambda: (w := desktop.window(SETTINGS_TITLE)) is not None and w.get("focused") and w,
        APPEAR_TIMEOUT,
        "the settings dialog, focused",
    )
    assert dialog["type"] == "floating_con", dialog
    assert dialog["rect"]["width"] < SCREEN[0], dialog["rect"]

    # 6. the near-limit notification reached mako with the app's name and icon
    notes = wait_until(
        lambda: [n for n in desktop.notifications() if "Work" in n.get("summary", "")],
        APPEAR_TIMEOUT,
        "the near-limit notification in mako",
    )
    note = notes[0]
    assert note["app-name"] == APP_NAME, note
    # the installed themed icon, or (from source, as here) the app's own icon file
    assert note["app-icon"] == "claude-usage-tray" or note["app-icon"].endswith(
        "/tray/resources/claude-usage-tray.svg"
    ), note
    assert tray.poll() is None, "the app exited"
