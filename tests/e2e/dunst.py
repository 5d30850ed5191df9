"""dunst, a real X11 notification daemon, for the X11 leg of the tray tests.

Started on the test's X display and its private session bus (``tools/with-test-session``),
with notifications drawn in the bottom-left corner, away from the tray and the popup the
test clicks in. A rule runs a small script for every notification it shows, which writes
what dunst understood (app name, summary, icon, desktop entry, urgency) to a log the test
reads: dunst's own ``dunstctl history`` only lists notifications already closed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jeepney.io.blocking import open_dbus_connection

from tests.conftest import require_or_skip
from tests.e2e.atspi import name_has_owner
from tests.e2e.conftest import Desktop, wait_until
from tests.e2e.processes import stop

__all__ = ["Notification", "ShownNotifications", "dunst"]

FIELDS = ("app_name", "summary", "icon_path", "desktop_entry", "urgency")
START_TIMEOUT = 10.0
SERVICE = "org.freedesktop.Notifications"

_SCRIPT = """#!/bin/sh
printf '%s\\t%s\\t%s\\t%s\\t%s\\n' "$DUNST_APP_NAME" "$DUNST_SUMMARY" "$DUNST_ICON_PATH" \\
  "$DUNST_DESKTOP_ENTRY" "$DUNST_URGENCY" >> "{log}"
"""

_CONFIG = """[global]
origin = bottom-left
offset = 10x10
[record]
appname = "*"
script = {script}
"""


@dataclass(frozen=True)
class Notification:
    app_name: str
    summary: str
    icon_path: str
    desktop_entry: str
    urgency: str


@dataclass(frozen=True)
class ShownNotifications:
    """What the running dunst has shown so far."""

    log: Path

    def all(self) -> list[Notification]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        return [Notification(*line.split("\t")) for line in lines if line.count("\t") == 4]


@contextmanager
def dunst(desktop: Desktop, folder: Path) -> Iterator[ShownNotifications]:
    """Run dunst until the block ends; fails (in CI) or skips when it is missing."""
    require_or_skip(shutil.which("dunst") is not None, "dunst (X11 notification daemon) missing")
    require_or_skip(
        bool(os.environ.get("CLAUDE_USAGE_TEST_SESSION")),
        "dunst runs only on the private test session bus (tools/with-test-session)",
    )
    log, script, config = folder / "shown.tsv", folder / "record.sh", folder / "dunstrc"
    script.write_text(_SCRIPT.format(log=log))
    script.chmod(0o755)
    config.write_text(_CONFIG.format(script=script))
    with (folder / "dunst.log").open("wb") as errors:
        daemon = subprocess.Popen(
            ["dunst", "-config", str(config)],
            env=desktop.env(),
            stdout=subprocess.DEVNULL,
            stderr=errors,
            start_new_session=True,
        )
    try:
        wait_until(_owns_the_name, START_TIMEOUT, "dunst on the session bus")
        yield ShownNotifications(log)
    finally:
        stop(daemon, group=True)


def _owns_the_name() -> bool:
    """dunst is up once it owns the notification service's name on the bus (asked of the
    bus itself: a call to the service would start a second dunst through D-Bus activation)."""
    with open_dbus_connection(bus="SESSION") as bus:
        return name_has_owner(bus, SERVICE)
