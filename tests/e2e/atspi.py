"""Reading an app's accessibility tree over AT-SPI, the way a screen reader does.

AT-SPI is plain D-Bus: a desktop session owns ``org.a11y.Bus`` on its session bus, which
hands out the address of a separate *accessibility bus*; every accessible application
registers its root object there with the registry daemon (``org.a11y.atspi.Registry``), and
each widget is an object implementing ``org.a11y.atspi.Accessible`` (name, role, children,
state) and, where it has one, ``org.a11y.atspi.Value`` (a progress bar's current value).

This module talks that protocol with jeepney (pure Python; no PyGObject/libatspi build) and
nothing else: no X11, no Wayland, so the X11 and the Wayland e2e tests share it.

- :func:`accessibility_bus` starts ``at-spi-bus-launcher`` in the current D-Bus session with
  the screen reader flag on (Qt apps only expose their tree when an assistive technology is
  running), yields the accessibility bus address, and stops the launcher afterwards.
- :func:`read_app` takes a snapshot of one application's tree as :class:`Node` objects;
  :class:`ScreenReader` does too, and follows keyboard focus into windows an application
  does not list (Qt's popups and menus), as Orca does.
- :func:`popup_accounts` reads the tray popup's cards: account name → session percent.

Reference: the D-Bus interfaces in at-spi2-core's ``xml/*.xml``; state numbers follow
``AtspiStateType`` in ``atspi-constants.h``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageFlag, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from tests.e2e.processes import stop

__all__ = [
    "AtspiError",
    "Node",
    "ScreenReader",
    "accessibility_bus",
    "app_names",
    "bus_address",
    "find_launcher",
    "popup_accounts",
    "popup_window",
    "read_app",
]

A11Y_BUS = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
A11Y_STATUS = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Status")
REGISTRY = "org.a11y.atspi.Registry"
REGISTRY_PATH = "/org/a11y/atspi/registry"
FOCUS_EVENT = "org.a11y.atspi.Event.Focus"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
NULL_PATH = "/org/a11y/atspi/null"
ACCESSIBLE = "org.a11y.atspi.Accessible"
VALUE = "org.a11y.atspi.Value"
COMPONENT = "org.a11y.atspi.Component"
CALL_TIMEOUT = 5.0
START_TIMEOUT = 10.0
MAX_DEPTH = 40  # a cycle guard: Qt's trees are a dozen levels deep
SESSION_LABEL = "Session (5 h)"  # the usage bar's accessible name (tray.viewmodel)
POPUP_NAME = "Claude usage"  # the popup window's accessible name (tray.popup)

# AtspiStateType, in order: bit n of GetState's two 32-bit words is state n.
STATES = (
    "invalid", "active", "armed", "busy", "checked", "collapsed", "defunct", "editable",
    "enabled", "expandable", "expanded", "focusable", "focused", "has-tooltip", "horizontal",
    "iconified", "modal", "multi-line", "multiselectable", "opaque", "pressed", "resizable",
    "selectable", "selected", "sensitive", "showing", "single-line", "stale", "transient",
    "vertical", "visible", "manages-descendants", "indeterminate", "required", "truncated",
    "animated", "invalid-entry", "supports-autocompletion", "selectable-text", "is-default",
    "visited",
)  # fmt: skip

# Where distributions install the launcher (Debian/Fedora, older Ubuntu, Arch).
LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi-bus-launcher",
)
REGISTRY_DAEMONS = (
    "/usr/libexec/at-spi2-registryd",
    "/usr/lib/at-spi2-core/at-spi2-registryd",
    "/usr/lib/at-spi2-registryd",
)


class AtspiError(RuntimeError):
    """The accessibility bus or an application on it could not be read."""


@dataclass(frozen=True)
class Node:
    """A snapshot of one accessible object and, recursively, its children.

    ``role`` is AT-SPI's role name ("push button", "progress bar", "panel", "menu item"…);
    ``value`` the Value interface's CurrentValue, or None for objects without one;
    ``extents`` the object's x, y, width, height in screen coordinates (None where the
    toolkit does not know them, as on Wayland).
    """

    name: str
    role: str
    description: str = ""
    value: float | None = None
    states: frozenset[str] = frozenset()
    extents: tuple[int, int, int, int] | None = None
    children: tuple[Node, ...] = field(default=(), repr=False)

    @property
    def showing(self) -> bool:
        """Visible and on screen (AT-SPI's VISIBLE and SHOWING)."""
        return {"visible", "showing"} <= self.states

    def walk(self) -> Iterator[Node]:
        """This node and all its descendants, depth first, in the tree's order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(
        self, *, name: str | None = None, role: str | None = None, showing: bool | None = None
    ) -> list[Node]:
        """Descendants (and self) with this exact name and/or role (and showing state)."""
        return [
            node
            for node in self.walk()
            if (name is None or node.name == name)
            and (role is None or node.role == role)
            and (showing is None or node.showing == showing)
        ]

    def find(
        self, *, name: str | None = None, role: str | None = None, showing: bool | None = None
    ) -> Node | None:
        """The first of :meth:`find_all`, or None."""
        found = self.find_all(name=name, role=role, showing=showing)
        return found[0] if found else None

    def outline(self, indent: int = 0) -> str:
        """The tree as indented text, for failure messages."""
        value = "" if self.value is None else f" = {self.value:g}"
        line = f"{'  ' * indent}[{self.role}] {self.name!r}{value}"
        return "\n".join([line, *(child.outline(indent + 1) for child in self.children)])


# ---------------------------------------------------------------- the buses


def _call(
    connection: DBusConnection,
    address: DBusAddress,
    method: str,
    signature: str | None = None,
    *args: Any,
) -> Any:
    """A method call's reply body; D-Bus errors become :class:`AtspiError`."""
    return _send(connection, new_method_call(address, method, signature, args))


def _send(connection: DBusConnection, message: Any) -> Any:
    try:
        return unwrap_msg(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))
    except DBusErrorResponse as error:
        raise AtspiError(f"{error.name}: {error.data}") from error
    except TimeoutError as error:
        raise AtspiError(f"no reply to {message.header.fields}") from error


def _property(connection: DBusConnection, address: DBusAddress, name: str) -> Any:
    (_signature, value) = _send(connection, Properties(address).get(name))[0]
    return value


def bus_address(session: DBusConnection) -> str:
    """The accessibility bus's address, from ``org.a11y.Bus`` on the session bus (without
    starting a launcher through D-Bus activation: that one would inherit the session
    daemon's environment, e.g. a developer's real display)."""
    message = new_method_call(A11Y_BUS, "GetAddress")
    message.header.flags |= MessageFlag.no_auto_start
    (address,) = _send(session, message)
    return str(address)


def name_has_owner(session: DBusConnection, name: str) -> bool:
    """Whether ``name`` is owned on the bus (asked of the bus: never starts its service)."""
    dbus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    (owned,) = _send(session, new_method_call(dbus, "NameHasOwner", "s", (name,)))
    return bool(owned)


def find_launcher() -> str | None:
    """The installed ``at-spi-bus-launcher`` (also needs the registry daemon), or None."""
    launcher = shutil.which("at-spi-bus-launcher") or next(
        (path for path in LAUNCHERS if os.access(path, os.X_OK)), None
    )
    registry = shutil.which("at-spi2-registryd") or next(
        (path for path in REGISTRY_DAEMONS if os.access(path, os.X_OK)), None
    )
    return launcher if launcher and registry else None


@contextmanager
def accessibility_bus(env: dict[str, str] | None = None) -> Iterator[str]:
    """An accessibility bus in this D-Bus session, with a screen reader announced.

    Starts ``at-spi-bus-launcher`` (which starts the bus's daemon; the registry daemon
    is D-Bus-activated on it) unless the session already has one, sets
    ``ScreenReaderEnabled`` as Orca does — the signal Qt and GTK apps wait for before
    exposing their widgets — and yields the bus address. The launcher is stopped after.
    ``env``: the launcher's environment (default: this process's); it needs
    ``DBUS_SESSION_BUS_ADDRESS``.
    """
    env = dict(os.environ if env is None else env)
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        raise AtspiError("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)")
    launcher_path = find_launcher()
    if launcher_path is None:
        raise AtspiError("at-spi2-core is not installed (at-spi-bus-launcher, registryd)")
    with closing(open_dbus_connection(env["DBUS_SESSION_BUS_ADDRESS"])) as session:
        launcher = None
        if not name_has_owner(session, A11Y_BUS.bus_name or ""):
            launcher = subprocess.Popen(
                [launcher_path, "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        try:
            address = _wait_for_bus(session, launcher)
            _announce_screen_reader(session)
            yield address
        finally:
            if launcher is not None:
                stop(launcher)


def _wait_for_bus(session: DBusConnection, launcher: subprocess.Popen[bytes] | None) -> str:
    """Poll (the launcher is another process) until it owns ``org.a11y.Bus`` and its bus
    accepts connections."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if launcher is not None and launcher.poll() is not None:
            raise AtspiError(f"at-spi-bus-launcher exited with {launcher.returncode}")
        if name_has_owner(session, A11Y_BUS.bus_name or ""):
            try:
                address = bus_address(session)
            except AtspiError:
                address = ""
            if address:
                return address
        if time.monotonic() > deadline:
            raise AtspiError(f"no accessibility bus after {START_TIMEOUT:g} s")
        time.sleep(0.05)


def _announce_screen_reader(session: DBusConnection) -> None:
    message = Properties(A11Y_STATUS).set("ScreenReaderEnabled", "b", True)
    _send(session, message)


# ---------------------------------------------------------------- reading a tree


def read_app(bus: str, app_name: str) -> Node | None:
    """A snapshot of the tree of the application called ``app_name`` on the accessibility
    bus at ``bus`` (None while no such application is registered).

    Only the windows the application lists: Qt leaves ``Qt::Popup`` windows out (screen
    readers reach those through focus events); :class:`ScreenReader` follows focus too.
    """
    with closing(open_dbus_connection(bus)) as connection:
        return _Reader(connection).app(app_name, focused=None)


def app_names(bus: str) -> list[str]:
    """The names of the applications registered on the accessibility bus."""
    with closing(open_dbus_connection(bus)) as connection:
        return [name for _, name in _Reader(connection).apps()]


class ScreenReader:
    """A client on the accessibility bus that follows keyboard focus, as Orca does.

    It registers for focus events with the registry (applications only send the events
    someone registered for) and remembers each application's focused object. :meth:`app`
    reads an application's tree, including the window holding its focus when the
    application does not list that window itself — how a screen reader reaches a Qt
    popup (a ``Qt::Popup`` window is not among the application's children).
    """

    def __init__(self, bus: str) -> None:
        self._stack = ExitStack()
        self.connection = self._stack.enter_context(closing(open_dbus_connection(bus)))
        rule = MatchRule(type="signal", interface=FOCUS_EVENT, member="Focus")
        self._queue = self._stack.enter_context(self.connection.filter(rule, bufsize=256))
        _send(self.connection, message_bus.AddMatch(rule))
        registry = DBusAddress(REGISTRY_PATH, bus_name=REGISTRY, interface=REGISTRY)
        _call(self.connection, registry, "RegisterEvent", "sass", "focus:", [], "")
        self.focused: dict[str, str] = {}  # application bus name -> focused object's path

    def close(self) -> None:
        """Disconnect; the registry drops our registration with the connection."""
        self._stack.close()

    def __enter__(self) -> ScreenReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def app(self, app_name: str) -> Node | None:
        """A snapshot of ``app_name``'s tree, with its focused window (None while it is not
        registered)."""
        self._take_events()
        reader = _Reader(self.connection)
        return reader.app(app_name, focused=self.focused)

    def focus(self, app_name: str) -> Node | None:
        """The object of ``app_name`` that has the keyboard focus (None: none seen yet)."""
        self._take_events()
        reader = _Reader(self.connection)
        for app, name in reader.apps():
            path = self.focused.get(app.bus_name or "")
            if name == app_name and path is not None:
                return reader.node(DBusAddress(path, bus_name=app.bus_name), 0)
        return None

    def _take_events(self) -> None:
        """Apply the focus events that arrived since the last look."""
        while True:
            try:
                self.connection.recv_messages(timeout=0)
            except TimeoutError:
                break
        while self._queue:
            message = self._queue.popleft()
            sender = message.header.fields.get(HeaderFields.sender)
            path = message.header.fields.get(HeaderFields.path)
            if sender and path:
                self.focused[str(sender)] = str(path)


@dataclass
class _Reader:
    connection: DBusConnection

    def _accessible(self, obj: DBusAddress) -> DBusAddress:
        return DBusAddress(obj.object_path, bus_name=obj.bus_name, interface=ACCESSIBLE)

    def name(self, obj: DBusAddress) -> str:
        return str(_property(self.connection, self._accessible(obj), "Name"))

    def parent(self, obj: DBusAddress) -> DBusAddress | None:
        name, path = _property(self.connection, self._accessible(obj), "Parent")
        return None if path == NULL_PATH else DBusAddress(path, bus_name=name)

    def children(self, obj: DBusAddress) -> list[DBusAddress]:
        (children,) = _call(self.connection, self._accessible(obj), "GetChildren")
        return [DBusAddress(path, bus_name=name) for name, path in children if path != NULL_PATH]

    def apps(self) -> list[tuple[DBusAddress, str]]:
        """The registered applications' roots and names."""
        found = []
        for app in self.children(DBusAddress(ROOT_PATH, bus_name=REGISTRY)):
            try:
                found.append((app, self.name(app)))
            except AtspiError:
                continue  # an application that quit while being read
        return found

    def app(self, app_name: str, focused: dict[str, str] | None) -> Node | None:
        for app, name in self.apps():
            if name == app_name:
                extra = self._focused_window(app, (focused or {}).get(app.bus_name or ""))
                return self.node(app, 0, extra=extra)
        return None

    def _focused_window(self, app: DBusAddress, path: str | None) -> list[DBusAddress]:
        """The top-level window holding ``path`` (the app's focused object) if the app does
        not list it among its children."""
        if path is None:
            return []
        window = DBusAddress(path, bus_name=app.bus_name)
        try:
            parent = self.parent(window)
            while parent is not None and parent.object_path != ROOT_PATH:
                window, parent = parent, self.parent(parent)
        except AtspiError:
            return []  # the focused object is gone
        listed = {child.object_path for child in self.children(app)}
        return [] if window.object_path in listed else [window]

    def node(self, obj: DBusAddress, depth: int, extra: list[DBusAddress] | None = None) -> Node:
        accessible = self._accessible(obj)
        (interfaces,) = _call(self.connection, accessible, "GetInterfaces")
        (role,) = _call(self.connection, accessible, "GetRoleName")
        children = self.children(obj) if depth < MAX_DEPTH else []
        return Node(
            name=self.name(obj),
            role=str(role),
            description=str(_property(self.connection, accessible, "Description")),
            value=self._value(obj) if VALUE in interfaces else None,
            states=self._states(accessible),
            extents=self._extents(obj) if COMPONENT in interfaces else None,
            children=tuple(self.node(child, depth + 1) for child in [*children, *(extra or [])]),
        )

    def _value(self, obj: DBusAddress) -> float:
        address = DBusAddress(obj.object_path, bus_name=obj.bus_name, interface=VALUE)
        return float(_property(self.connection, address, "CurrentValue"))

    def _states(self, accessible: DBusAddress) -> frozenset[str]:
        (words,) = _call(self.connection, accessible, "GetState")
        bits = sum(int(word) << (32 * index) for index, word in enumerate(words))
        return frozenset(name for index, name in enumerate(STATES) if bits >> index & 1)

    def _extents(self, obj: DBusAddress) -> tuple[int, int, int, int] | None:
        address = DBusAddress(obj.object_path, bus_name=obj.bus_name, interface=COMPONENT)
        ((x, y, width, height),) = _call(self.connection, address, "GetExtents", "u", 0)  # screen
        return (x, y, width, height) if width > 0 and height > 0 else None


# ---------------------------------------------------------------- the tray's popup


def popup_window(app: Node) -> Node | None:
    """The tray popup's window while it is shown (its accessible name is "Claude usage")."""
    for window in app.children:
        if window.name == POPUP_NAME and window.showing:
            return window
    return None


def popup_accounts(popup: Node) -> dict[str, float | None]:
    """Account name → session percent, for every card in ``popup`` (or any subtree).

    A card is a group ("panel" in AT-SPI) named by its account; its session bar a
    "progress bar" named ``Session (5 h)`` whose value is the percent. Cards without a
    session bar (an Admin API account, an account without a session window) map to None.
    Cards scrolled out of view count: a screen reader reaches them too.
    """
    accounts: dict[str, float | None] = {}
    for card in popup.find_all(role="panel"):
        if card.name and "visible" in card.states:
            session = card.find(name=SESSION_LABEL, role="progress bar")
            accounts[card.name] = session.value if session is not None else None
    return accounts
