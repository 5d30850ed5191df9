"""A real X desktop with a system tray for end-to-end tests: Xvfb + trayer, and AT-SPI.

``desktop`` (session-scoped) starts Xvfb on a display number it picks itself
(``-displayfd``, so parallel runs never collide) and trayer, a small XEmbed system tray
docked top right, and stops both at the end. Tests start the app with ``desktop.env()``
and look at the tray through :meth:`Desktop.tray_pixels` or ``xdotool``.

``accessibility_bus`` (session-scoped) starts the AT-SPI bus in the test's D-Bus session
(``tools/with-test-session``), announcing a screen reader so apps expose their widgets;
``screen_reader`` reads apps' accessibility trees on it (:mod:`tests.e2e.atspi`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.conftest import REPO_ROOT, require_or_skip
from tests.e2e.atspi import ScreenReader, accessibility_bus, find_launcher
from tests.e2e.processes import stop

SCREEN = (1280, 800)
TRAY_WIDTH, TRAY_HEIGHT = 240, 32
TOOLS = ("Xvfb", "trayer", "xdotool", "import")
START_TIMEOUT = 20.0
BUILD_TIMEOUT = 800  # a first PyInstaller build takes about 1–3 min
T = TypeVar("T")
Box = tuple[int, int, int, int]  # x, y, width, height on the screen
CALL_FAILED = pytest.StashKey[bool]()


def poll_until(condition: Callable[[], T | None], timeout: float) -> T | None:
    """Poll ``condition`` until it returns something truthy (returned), or None on timeout.

    For state outside this process (X windows, screen pixels) that has no event to wait on.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def wait_until(condition: Callable[[], T | None], timeout: float, what: str) -> T:
    """:func:`poll_until`, failing the test naming ``what`` on timeout."""
    result = poll_until(condition, timeout)
    if not result:
        pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
    return result


@dataclass
class Desktop:
    display: str

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """``base`` (default: this process's environment) pointed at this desktop only."""
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        return env

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, env=self.env(), capture_output=True, text=True, timeout=30, check=False
        )

    def windows(self, *search: str) -> list[str]:
        """Window ids ``xdotool search`` finds (e.g. ``"--classname", "trayer"``)."""
        return self.run("xdotool", "search", *search).stdout.split()

    def geometry(self, window: str) -> Box | None:
        """Where ``window`` is on the screen (None once it is gone)."""
        result = self.run("xdotool", "getwindowgeometry", "--shell", window)
        values = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
        try:
            x, y, width, height = (int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        except (KeyError, ValueError):
            return None
        return x, y, width, height

    def click(self, x: int, y: int, button: int = 1) -> None:
        """A real pointer click (XTEST) at screen position ``x``, ``y``."""
        self.run("xdotool", "mousemove", str(x), str(y), "click", str(button))

    def key(self, *keys: str) -> None:
        """Key presses (XTEST) to whichever window has the keyboard, e.g. ``"Escape"``."""
        self.run("xdotool", "key", *keys)

    @property
    def tray_area(self) -> Box:
        """x, y, width, height of trayer's panel on the screen."""
        return SCREEN[0] - TRAY_WIDTH, 0, TRAY_WIDTH, TRAY_HEIGHT

    def pixels(self, box: Box) -> list[tuple[int, int, int]]:
        """The RGB pixels of ``box``, row by row, from a screenshot (ImageMagick ``import``)."""
        shot = subprocess.run(
            ["import", "-window", "root", "-crop", _geometry(box), "-depth", "8", "ppm:-"],
            env=self.env(),
            capture_output=True,
            timeout=30,
            check=True,
        ).stdout
        return _ppm_pixels(shot)

    def tray_pixels(self) -> list[tuple[int, int, int]]:
        """The RGB pixels of the tray area, row by row."""
        return self.pixels(self.tray_area)

    def screenshot(self, path: str, box: Box | None = None) -> None:
        """Save the screen, or only ``box`` of it, as an image file (PNG by its suffix)."""
        crop = ["-crop", _geometry(box), "+repage"] if box else []
        subprocess.run(
            ["import", "-window", "root", *crop, path], env=self.env(), timeout=30, check=False
        )


def _geometry(box: Box) -> str:
    x, y, width, height = box
    return f"{width}x{height}+{x}+{y}"


def _ppm_pixels(data: bytes) -> list[tuple[int, int, int]]:
    """Pixels of a binary PPM (P6, maxval 255): header, one whitespace byte, RGB bytes."""
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    if header is None:
        raise ValueError("not an 8-bit binary PPM")
    width, height = int(header.group(1)), int(header.group(2))
    raster = data[header.end() :]
    return [(raster[i], raster[i + 1], raster[i + 2]) for i in range(0, 3 * width * height, 3)]


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        [
            *("Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24"),
            # Without it the server resets whenever its last client leaves: an xdotool poll
            # ending just as trayer connects made trayer fail ("cannot open display").
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # written once the server accepts connections
    if not number:
        xvfb.kill()
        xvfb.wait()
        # Not pytest.fail: bench/desktop.py and tools/docs-screenshots start it too.
        raise RuntimeError("Xvfb did not start")
    return xvfb, f":{number}"


def _start_trayer(desktop: Desktop) -> subprocess.Popen[bytes]:
    trayer = subprocess.Popen(
        [
            "trayer",
            *("--edge", "top", "--align", "right", "--widthtype", "pixel"),
            *("--width", str(TRAY_WIDTH), "--height", str(TRAY_HEIGHT)),
            *("--transparent", "false", "--tint", "0x303030"),
        ],
        env=desktop.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until(lambda: desktop.windows("--classname", "trayer"), START_TIMEOUT, "trayer")
    return trayer


@pytest.fixture(scope="session")
def desktop() -> Iterator[Desktop]:
    """Xvfb + trayer for the whole session (skipped, or failed in CI, when missing)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    require_or_skip(not missing, f"e2e desktop tools missing: {', '.join(missing)}")
    xvfb, display = _start_xvfb()
    desktop = Desktop(display)
    try:
        trayer = _start_trayer(desktop)
    except BaseException:
        stop(xvfb)
        raise
    try:
        yield desktop
    finally:
        stop(trayer)
        stop(xvfb)


@pytest.fixture(scope="session")
def a11y_bus() -> Iterator[str]:
    """The AT-SPI bus address of the test's D-Bus session, its launcher started here and
    stopped at the end (skipped, or failed in CI, without a private session bus or
    at-spi2-core: on the user's own session it would turn their screen reader flag on).

    Apps find it through the session bus, on X11 and Wayland alike; the launcher gets no
    display, so it never writes its address onto one (on X11 it would set a root window
    property, and ``DISPLAY`` may be the developer's own desktop)."""
    require_or_skip(
        bool(os.environ.get("CLAUDE_USAGE_TEST_SESSION")),  # not the user's own session bus
        "no private D-Bus session; run through tools/with-test-session (make test)",
    )
    require_or_skip(find_launcher() is not None, "at-spi2-core is not installed")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    with accessibility_bus(env) as address:
        yield address


@pytest.fixture
def screen_reader(a11y_bus: str) -> Iterator[ScreenReader]:
    """A client reading apps' accessibility trees and following their focus, like Orca."""
    with ScreenReader(a11y_bus) as reader:
        yield reader


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Remember whether the test itself failed, for fixtures' teardown (see :func:`failed`)."""
    report = yield
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    return report


def failed(request: pytest.FixtureRequest) -> bool:
    """In a fixture's teardown: did the test (or its setup) fail?"""
    return bool(request.node.stash.get(CALL_FAILED, True))


@pytest.fixture
def screenshots(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """The folder a test saves its screenshots in; printed when the test fails."""
    folder = tmp_path / "screenshots"
    folder.mkdir()
    yield folder
    if failed(request):
        print(f"screenshots: {folder}")


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The build stamp (onedir, executable, artifacts, version, size) of a fresh
    ``make bundle`` build: ``packaging/build.py --reuse`` skips it when the inputs are
    unchanged since the last one."""
    require_or_skip(
        importlib.util.find_spec("PyInstaller") is not None,
        "PyInstaller is not installed (pip install -e '.[dev]')",
    )
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "build.py"), "--reuse"],
        cwd=REPO_ROOT,
        check=True,
        timeout=BUILD_TIMEOUT,
    )
    stamp: dict[str, Any] = json.loads((REPO_ROOT / "dist" / ".bundle-stamp.json").read_text())
    return stamp
