"""The frozen app as users get it: ``make bundle``'s PyInstaller build and Linux installers.

The module builds the bundle once (``packaging/build.py --reuse`` skips that when the last
build's inputs are unchanged), then checks that the bundle passes its own self-test, shows
real usage from the fake Anthropic server in a real system tray (Xvfb + trayer), and that
the ``.deb`` installs, validates and uninstalls cleanly.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, TEST_DATA, require_or_skip
from tests.e2e.conftest import Desktop, wait_until
from tests.e2e.support import pixels_of, rgb
from tests.fakes.server import FakeAnthropic

pytestmark = [
    pytest.mark.slow,
    pytest.mark.e2e,
    pytest.mark.timeout(900),  # the first test may have to build the bundle (about 1–3 min)
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle and installers"),
]

APP = "claude-usage-tray"
DESKTOP_ENTRY = Path(f"/usr/share/applications/{APP}.desktop")
HEAVY_SESSION_PERCENT = 88.0  # the worst account's session: the "warning" (orange) band
ICON_PIXELS = 30  # a 22–32 px badge has hundreds of pixels of its colour; text never that many


def _artifact(bundle: dict[str, Any], suffix: str) -> Path:
    found = [Path(a) for a in bundle["artifacts"] if a.endswith(suffix)]
    require_or_skip(bool(found), f"the build made no {suffix} (is its tool installed?)")
    return found[0]


def _keyring_backend() -> str:
    """The private Secret Service when the test session has one, else no keyring at all.

    The tests' own file keyring lives in ``tests/`` and cannot be imported by a frozen app.
    """
    if os.environ.get("CLAUDE_USAGE_TEST_SECRET_SERVICE"):
        return "keyring.backends.SecretService.Keyring"
    return "keyring.backends.fail.Keyring"


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    """This test's isolated environment, made usable by a frozen app (see _keyring_backend)."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = _keyring_backend()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # QSettings
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_bundle_reports_its_version(bundle: dict[str, Any], tmp_path: Path) -> None:
    result = subprocess.run(
        [bundle["executable"], "--version"],
        env=_frozen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == [APP, bundle["version"]]


def test_self_test_passes_inside_the_bundle(bundle: dict[str, Any], tmp_path: Path) -> None:
    env = _frozen_env(tmp_path)
    del env["PYTHON_KEYRING_BACKEND"]  # let keyring pick a backend itself, as for users
    env["LC_ALL"] = "C"  # a C locale: the frozen app still runs in UTF-8 mode
    result = subprocess.run(
        [bundle["executable"], "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen)" in result.stdout
    assert "all checks passed" in result.stdout
    assert "text encoding: UTF-8 mode on" in result.stdout
    if os.environ.get("CLAUDE_USAGE_TEST_SECRET_SERVICE"):
        keyring_line = next(line for line in result.stdout.splitlines() if "keyring:" in line)
        assert "SecretService" in keyring_line.split("viable:")[1], keyring_line


def _session_usage(percent: float) -> dict[str, Any]:
    usage: dict[str, Any] = json.loads((TEST_DATA / "usage_full.json").read_text())
    usage["five_hour"]["utilization"] = percent
    return usage


def _save_account(name: str, credentials: str, env: dict[str, str]) -> None:
    """With the command line from source: the store format is shared, so the bundle reads it."""
    subprocess.run(
        [sys.executable, "-m", "core.cli", "save", name, "--credentials-file", "-"],
        input=credentials,
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


@pytest.fixture
def running_app(
    bundle: dict[str, Any], desktop: Desktop, tmp_path: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """The frozen app on the test desktop, stopped (and its log shown on failure) after."""
    log_path = tmp_path / "app.log"
    with log_path.open("wb") as log:
        app = subprocess.Popen(
            [bundle["executable"]],
            env=desktop.env(_frozen_env(tmp_path)),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        yield app
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        print(log_path.read_text(errors="replace"))


def test_frozen_app_shows_the_worst_session_in_the_tray(
    fake_server: FakeAnthropic,
    desktop: Desktop,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    from tray.icon import LEVEL_COLORS
    from tray.viewmodel import Level

    calm = fake_server.add_account(email="calm@example.com")
    heavy = fake_server.add_account(email="heavy@example.com")
    fake_server.set_usage(heavy, _session_usage(HEAVY_SESSION_PERCENT))
    env = _frozen_env(tmp_path)
    _save_account("Calm", calm.credentials_json(), env)
    _save_account("Heavy", heavy.credentials_json(), env)

    app = request.getfixturevalue("running_app")
    fake_server.wait_for("/api/oauth/usage", count=2, timeout=90)
    used = {r.headers.get("Authorization") for r in fake_server.requests_to("/api/oauth/usage")}
    assert {f"Bearer {calm.access_token}", f"Bearer {heavy.access_token}"} <= used

    color = LEVEL_COLORS[Level.WARNING]
    try:
        wait_until(
            lambda: pixels_of(desktop, rgb(color)) >= ICON_PIXELS,
            60,
            f"the tray icon in the {HEAVY_SESSION_PERCENT:g} % colour {color}",
        )
    except BaseException:
        desktop.screenshot(str(tmp_path / "desktop.png"))
        print(f"screenshot: {tmp_path / 'desktop.png'}")
        raise
    assert app.poll() is None, "the app exited"
    assert desktop.windows("--classname", f"^{APP}$"), "no window of the app's class"


def test_tarball_holds_the_app_desktop_entry_icon_and_notes(bundle: dict[str, Any]) -> None:
    tarball = _artifact(bundle, ".tar.gz")
    top = f"{APP}-{bundle['version']}"
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    expected = {f"{top}/{name}" for name in (f"{APP}/{APP}", f"{APP}.desktop", f"{APP}.png")}
    assert expected | {f"{top}/INSTALL.txt"} <= members.keys()
    assert members[f"{top}/{APP}/{APP}"].mode & 0o111


def _dpkg_installed() -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Status}", APP], capture_output=True, text=True, check=False
    )
    return "installed" in status.stdout.split()


def test_deb_installs_validates_and_uninstalls(bundle: dict[str, Any], tmp_path: Path) -> None:
    deb = _artifact(bundle, ".deb")
    require_or_skip(
        os.geteuid() == 0 and shutil.which("dpkg") is not None,
        "installing a .deb needs root and dpkg",
    )
    require_or_skip(shutil.which("desktop-file-validate") is not None, "desktop-file-utils missing")
    if _dpkg_installed():
        pytest.skip(f"{APP} is already installed on this machine; leaving it alone")
    subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, check=True, timeout=300)
    try:
        checked = subprocess.run(
            ["desktop-file-validate", str(DESKTOP_ENTRY)], capture_output=True, text=True
        )
        assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")
        assert Path(f"/usr/share/icons/hicolor/256x256/apps/{APP}.png").is_file()
        version = subprocess.run(
            [f"/usr/bin/{APP}", "--version"],
            env=_frozen_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert version.stdout.split() == [APP, bundle["version"]]
    finally:
        subprocess.run(["dpkg", "-r", APP], capture_output=True, check=True, timeout=300)
    assert not _dpkg_installed()
    assert not Path(f"/opt/{APP}").exists()
    assert not DESKTOP_ENTRY.exists()
