"""A real Wayland desktop for e2e tests: sway (headless) + Waybar's tray + mako.

sway draws no screen (``WLR_BACKENDS=headless``, pixman renderer), Waybar is the panel and
the StatusNotifierItem host (its tray module owns ``org.kde.StatusNotifierWatcher``), mako is
the freedesktop notification daemon, and ``at-spi-bus-launcher`` provides the accessibility
bus; all in one private D-Bus session (``dbus-run-session``). :func:`wayland_desktop` starts
it and stops everything it started, also when a test fails.

sway refuses to run as root. Run as root (CI), the desktop and the app run as an
unprivileged user this module creates (:data:`USER`), with a Python that user can read: a
virtual environment made from Debian's ``/usr/bin/python3`` holding the project's runtime
dependencies (cached under :data:`VENV_ROOT`, keyed by their hash), and a readable copy of
the source (``core``, ``tray``, ``tests/fakes``). Run as anyone else, this interpreter and
checkout serve. The session bus lets root connect too (a config file adds
``<allow user="root"/>``), so the test talks D-Bus to the panel's items itself; the
accessibility bus allows root by default.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock
from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from tests.conftest import REPO_ROOT
from tests.e2e.atspi import find_launcher
from tests.e2e.conftest import Box, _ppm_pixels, wait_until
from tests.e2e.processes import stop

USER = "claude-usage-wl"
SYSTEM_PYTHON = "/usr/bin/python3"
VENV_ROOT = Path("/var/tmp/claude-usage-tray-test-venvs")
TOOLS = ("sway", "swaymsg", "waybar", "mako", "grim", "wtype", "dbus-run-session")
SCREEN = (1280, 800)
BAR_HEIGHT = 30
START_TIMEOUT = 30.0
VENV_TIMEOUT = 900  # a first build downloads PySide6 (~100 MB)
APP_ID = "claude-usage-tray"  # the app's Wayland app_id: its desktop file name
WATCHER = DBusAddress(
    "/StatusNotifierWatcher",
    bus_name="org.kde.StatusNotifierWatcher",
    interface="org.kde.StatusNotifierWatcher",
)
MAKO = DBusAddress(
    "/fr/emersion/Mako", bus_name="org.freedesktop.Notifications", interface="fr.emersion.Mako"
)
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
MENU_INTERFACE = "com.canonical.dbusmenu"
CALL_TIMEOUT = 10.0
KEYBOARD_LIFETIME_MS = 3_600_000  # outlives any test; stopped with the desktop

SESSION_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <include>/usr/share/dbus-1/session.conf</include>
  <policy context="default"><allow user="root"/></policy>
</busconfig>
"""
SWAY_CONFIG = f"""output HEADLESS-1 resolution {SCREEN[0]}x{SCREEN[1]}
xwayland disable
"""
WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "height": BAR_HEIGHT,
    "modules-left": ["clock"],
    "modules-right": ["tray"],
    "tray": {"icon-size": 22, "spacing": 8},
}
# dbus-run-session's child: says where the bus is, then becomes sway (the session ends with it).
SESSION_SCRIPT = """#!/bin/sh
printf '%s\\n' "$DBUS_SESSION_BUS_ADDRESS" > "$1/bus.new" && mv "$1/bus.new" "$1/bus"
exec sway -c "$1/sway.conf"
"""


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if find_launcher() is None:
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if os.geteuid() == 0 and not _can_make_venvs():
        missing.append(f"{SYSTEM_PYTHON} with venv (python3-venv)")
    return missing


def _can_make_venvs() -> bool:
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import ensurepip"], capture_output=True)
    return check.returncode == 0


# ---------------------------------------------------------------- who runs the desktop


@dataclass(frozen=True)
class Account:
    """The user the desktop and the app run as, and the Python and source they use."""

    name: str
    uid: int
    gid: int
    python: str
    source: Path  # the folder holding core/ and tray/ (PYTHONPATH, and the working folder)

    @property
    def is_me(self) -> bool:
        return self.uid == os.geteuid()

    def command(self, *command: str) -> list[str]:
        """``command`` as this user (``runuser`` from root)."""
        return list(command) if self.is_me else ["runuser", "-u", self.name, "--", *command]

    def own(self, path: Path) -> None:
        """Hand ``path`` (recursively) to this user."""
        if self.is_me:
            return
        for folder, _dirs, files in os.walk(path):
            os.chown(folder, self.uid, self.gid)
            for name in files:
                os.chown(Path(folder) / name, self.uid, self.gid, follow_symlinks=False)


def desktop_account(scratch: Path) -> Account:
    """This user, or — as root — the unprivileged :data:`USER` with a readable Python."""
    import pwd  # POSIX only: importing this module must not fail on Windows

    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return Account(me.pw_name, me.pw_uid, me.pw_gid, sys.executable, REPO_ROOT)
    try:
        entry = pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
            check=True,
            timeout=60,
        )
        entry = pwd.getpwnam(USER)
    source = _readable_source(scratch / "src")
    return Account(USER, entry.pw_uid, entry.pw_gid, str(runtime_venv() / "bin" / "python"), source)


def runtime_dependencies() -> list[str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    return list(project["dependencies"])


def runtime_venv() -> Path:
    """A venv of Debian's Python with the runtime dependencies, readable by every user; built
    once per dependency list (pip's cache makes a rebuild quick), reused by later runs."""
    dependencies = runtime_dependencies()
    key = hashlib.sha256("\n".join([SYSTEM_PYTHON, *dependencies]).encode()).hexdigest()[:16]
    venv = VENV_ROOT / key
    VENV_ROOT.mkdir(parents=True, exist_ok=True)
    VENV_ROOT.chmod(0o755)
    with FileLock(str(VENV_ROOT / f"{key}.lock"), timeout=VENV_TIMEOUT):
        if (venv / ".complete").exists():
            return venv
        shutil.rmtree(venv, ignore_errors=True)  # a build that was interrupted
        subprocess.run([SYSTEM_PYTHON, "-m", "venv", str(venv)], check=True, timeout=120)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *dependencies]
        subprocess.run(pip, check=True, timeout=VENV_TIMEOUT)
        subprocess.run(["chmod", "-R", "a+rX", str(venv)], check=True, timeout=60)
        (venv / ".complete").touch()
    return venv


def _readable_source(target: Path) -> Path:
    """A copy of what the app and its test doubles import, readable by every user (the
    checkout may live under a private folder such as /root)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("core", "tray"):
        shutil.copytree(REPO_ROOT / part, target / part, ignore=ignore)
    (target / "tests").mkdir(parents=True)
    shutil.copy2(REPO_ROOT / "tests" / "__init__.py", target / "tests" / "__init__.py")
    shutil.copytree(REPO_ROOT / "tests" / "fakes", target / "tests" / "fakes", ignore=ignore)
    subprocess.run(["chmod", "-R", "a+rX", str(target)], check=True, timeout=60)
    return target


# ---------------------------------------------------------------- the desktop


@dataclass
class WaylandDesktop:
    """A running sway + Waybar + mako session, and ways to look at it and work it."""

    account: Account
    folder: Path  # the user's scratch: runtime dir, configs, logs, the app's data
    bus: str  # the session bus address
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def runtime_dir(self) -> Path:
        return self.folder / "run"

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The session's environment for a program run in it (Qt on its Wayland platform)."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.folder / "home"),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "WAYLAND_DISPLAY": "wayland-1",
            "DBUS_SESSION_BUS_ADDRESS": self.bus,
            "XDG_CURRENT_DESKTOP": "sway",
            "XDG_SESSION_TYPE": "wayland",
            "QT_QPA_PLATFORM": "wayland",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "TMPDIR": str(self.folder / "tmp"),
        }
        sock = next(self.runtime_dir.glob("sway-ipc.*.sock"), None)
        if sock is not None:
            env["SWAYSOCK"] = str(sock)
        env.update(extra or {})
        return env

    def start(self, *command: str, log: str, env: dict[str, str] | None = None) -> Any:
        """Start ``command`` in the session as its user; stopped by :meth:`stop_all`."""
        with (self.folder / log).open("ab") as sink:
            process = subprocess.Popen(
                self.account.command("env", *_assignments(self.env(env)), *command),
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=self.account.source,
            )
        self.processes.append(process)
        return process

    def run(
        self, *command: str, env: dict[str, str] | None = None, timeout: float = 30
    ) -> subprocess.CompletedProcess[bytes]:
        """Run a short command in the session as its user."""
        return subprocess.run(
            self.account.command("env", *_assignments(self.env(env)), *command),
            capture_output=True,
            timeout=timeout,
            check=False,
            cwd=self.account.source,
        )

    def stop_all(self) -> None:
        """Stop what :meth:`start` started, newest first (sway, started first, goes last
        and takes the D-Bus session with it)."""
        for process in reversed(self.processes):
            stop(process, group=True)
        self.processes.clear()

    # ------------------------------------------------------------ D-Bus

    @contextlib.contextmanager
    def connection(self) -> Iterator[DBusConnection]:
        with closing(open_dbus_connection(self.bus)) as connection:
            yield connection

    def call(self, address: DBusAddress, method: str, signature: str | None, *args: Any) -> Any:
        with self.connection() as connection:
            message = new_method_call(address, method, signature, args)
            return unwrap_msg(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    def get(self, address: DBusAddress, name: str) -> Any:
        with self.connection() as connection:
            reply = connection.send_and_get_reply(
                Properties(address).get(name), timeout=CALL_TIMEOUT
            )
            ((_signature, value),) = unwrap_msg(reply)
            return value

    def tray_items(self) -> list[DBusAddress]:
        """The StatusNotifierItems registered with Waybar's watcher."""
        try:
            names = self.get(WATCHER, "RegisteredStatusNotifierItems")
        except DBusErrorResponse:  # the watcher is not up yet
            return []
        items = []
        for name in names:
            service, _, path = name.partition("/")
            items.append(DBusAddress(f"/{path}", bus_name=service, interface=ITEM_INTERFACE))
        return items

    def notifications(self) -> list[dict[str, Any]]:
        """What mako shows (it keeps every notification here: see the fixture), as dicts."""
        (notes,) = self.call(MAKO, "ListNotifications", None)
        return [{key: value for key, (_sig, value) in note.items()} for note in notes]

    # ------------------------------------------------------------ sway

    def windows(self, app_id: str = APP_ID) -> list[dict[str, Any]]:
        """The mapped windows of ``app_id`` in sway's tree (name = title, rect, focused)."""
        result = self.run("swaymsg", "-r", "-t", "get_tree")
        if result.returncode != 0:
            return []
        found: list[dict[str, Any]] = []
        stack = [json.loads(result.stdout)]
        while stack:
            node = stack.pop()
            if node.get("app_id") == app_id:
                found.append(node)
            stack += node.get("nodes", []) + node.get("floating_nodes", [])
        return found

    def window(self, title: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w.get("name") == title), None)

    def click(self, x: int, y: int) -> None:
        """A real left click through sway's seat, as a mouse makes it."""
        for action in (["set", str(x), str(y)], ["press", "button1"], ["release", "button1"]):
            self.run("swaymsg", "seat", "-", "cursor", *action)

    def key(self, name: str) -> None:
        """A key press to the focused window (wtype: the virtual-keyboard protocol)."""
        self.run("wtype", "-k", name)

    def screenshot(self, path: Path, box: Box | None = None) -> None:
        """A PNG of the screen (or ``box`` of it), written by grim as the desktop's user."""
        shot = self._grim("png", box)
        path.write_bytes(shot)

    def pixels(self, box: Box) -> list[tuple[int, int, int]]:
        return _ppm_pixels(self._grim("ppm", box))

    def _grim(self, kind: str, box: Box | None) -> bytes:
        region = ["-g", f"{box[0]},{box[1]} {box[2]}x{box[3]}"] if box else []
        result = self.run("grim", "-t", kind, *region, "-")
        if result.returncode != 0:
            raise RuntimeError(f"grim failed: {result.stderr.decode(errors='replace')}")
        return result.stdout


def _assignments(env: dict[str, str]) -> list[str]:
    return [f"{name}={value}" for name, value in env.items()]


@contextlib.contextmanager
def wayland_desktop(scratch: Path) -> Iterator[WaylandDesktop]:
    """sway + Waybar + mako (+ the accessibility bus) in a private D-Bus session under
    ``scratch``; everything started is stopped on exit."""
    scratch.mkdir(parents=True, exist_ok=True)
    scratch.chmod(0o755)
    account = desktop_account(scratch)
    folder = scratch / "session"
    for sub in ("run", "home", "tmp"):
        (folder / sub).mkdir(parents=True)
    (folder / "run").chmod(0o700)
    (folder / "session.conf").write_text(SESSION_CONFIG)
    (folder / "sway.conf").write_text(SWAY_CONFIG)
    (folder / "waybar.json").write_text(json.dumps(WAYBAR_CONFIG))
    (folder / "session.sh").write_text(SESSION_SCRIPT)
    (folder / "session.sh").chmod(0o755)
    account.own(folder)
    desktop = WaylandDesktop(account, folder, bus="")
    sway_env = {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1"}
    sway_env["WLR_RENDERER"] = "pixman"
    try:
        desktop.start(
            *("dbus-run-session", f"--config-file={folder / 'session.conf'}", "--"),
            *("sh", str(folder / "session.sh"), str(folder)),
            log="sway.log",
            env=sway_env,
        )
        bus_file = folder / "bus"
        desktop.bus = wait_until(
            lambda: bus_file.exists() and bus_file.read_text().strip(), START_TIMEOUT, "D-Bus"
        )
        wait_until(
            lambda: (
                (desktop.runtime_dir / "wayland-1").exists()
                and desktop.run("swaymsg", "-t", "get_version").returncode == 0
            ),
            START_TIMEOUT,
            "sway",
        )
        # A resident keyboard: the headless seat has none, and a seat that gains and loses
        # one with every ``wtype`` run makes Qt drop the keyboard focus each time.
        desktop.start("wtype", "-s", str(KEYBOARD_LIFETIME_MS), "-k", "Shift_L", log="kbd.log")
        wait_until(lambda: _has_keyboard(desktop), START_TIMEOUT, "the virtual keyboard")
        # notifications stay until dismissed, so a test can read them back however late
        keep = ("--ignore-timeout", "1", "--default-timeout", "0")
        desktop.start("mako", *keep, log="mako.log")
        desktop.start("waybar", "-c", str(folder / "waybar.json"), log="waybar.log")
        desktop.start(str(find_launcher()), "--launch-immediately", log="atspi.log")
        wait_until(lambda: _owned(desktop, WATCHER.bus_name), START_TIMEOUT, "Waybar's tray")
        wait_until(lambda: _owned(desktop, MAKO.bus_name), START_TIMEOUT, "mako")
        yield desktop
    finally:
        desktop.stop_all()


def _has_keyboard(desktop: WaylandDesktop) -> bool:
    result = desktop.run("swaymsg", "-r", "-t", "get_inputs")
    return result.returncode == 0 and any(
        device.get("type") == "keyboard" for device in json.loads(result.stdout)
    )


def _owned(desktop: WaylandDesktop, name: str | None) -> bool:
    dbus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    try:
        (owned,) = desktop.call(dbus, "NameHasOwner", "s", name)
    except OSError:
        return False
    return bool(owned)
