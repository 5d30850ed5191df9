"""The AT-SPI reader the e2e tests read the popup with (:mod:`tests.e2e.atspi`).

The bus is started for real — ``at-spi-bus-launcher`` on a private ``dbus-daemon`` started
here — so what is proven is what the e2e tests rely on: the launcher is started, a screen
reader announced, the registry answers, and everything is stopped afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing

import pytest
from jeepney import DBusAddress, Properties
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

from tests.conftest import require_or_skip
from tests.e2e.atspi import (
    AtspiError,
    Node,
    accessibility_bus,
    app_names,
    find_launcher,
    popup_accounts,
    popup_window,
    read_app,
)
from tests.e2e.conftest import poll_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is Linux's")

A11Y_BUS = "org.a11y.Bus"
STATUS = DBusAddress("/org/a11y/bus", bus_name=A11Y_BUS, interface="org.a11y.Status")
STOP_TIMEOUT = 10.0
SHOWN = frozenset({"visible", "showing"})


# ---------------------------------------------------------------- reading a snapshot


def _bar(name: str, value: float) -> Node:
    return Node(name=name, role="progress bar", value=value, states=SHOWN)


def _card(name: str, *children: Node, states: frozenset[str] = SHOWN) -> Node:
    return Node(name=name, role="panel", states=states, children=children)


def test_popup_accounts_maps_each_card_to_its_session() -> None:
    popup = Node(
        name="Claude usage",
        role="filler",
        states=SHOWN,
        children=(
            Node(name="", role="panel", states=SHOWN),  # the popup's frame: not a card
            _card("Work", _bar("Session (5 h)", 88), _bar("Week (all models)", 41)),
            _card("Research", _bar("Week (all models)", 12)),
            _card("Org", Node(name="Spend", role="label", states=SHOWN)),
            _card("Gone", _bar("Session (5 h)", 5), states=frozenset()),  # hidden: removed
        ),
    )
    app = Node(name="Claude Usage", role="application", children=(popup,))
    assert popup_window(app) is popup
    assert popup_accounts(popup) == {"Work": 88, "Research": None, "Org": None}


def test_a_hidden_popup_is_not_shown() -> None:
    hidden = Node(name="Claude usage", role="filler", states=frozenset({"enabled"}))
    assert popup_window(Node(name="Claude Usage", role="application", children=(hidden,))) is None


def test_find_and_outline() -> None:
    card = _card("Work", _bar("Session (5 h)", 88))
    assert card.find(role="progress bar") == _bar("Session (5 h)", 88)
    assert card.find(name="Nope") is None
    assert card.outline() == "[panel] 'Work'\n  [progress bar] 'Session (5 h)' = 88"


# ---------------------------------------------------------------- the bus, for real


@pytest.fixture
def session_env() -> Iterator[dict[str, str]]:
    """A private session bus of its own (a real ``dbus-daemon``), stopped after the test.

    Inside ``tools/with-test-session`` only: the launcher keeps its settings in dconf,
    which there lives in the session's scratch folders."""
    require_or_skip(
        bool(os.environ.get("CLAUDE_USAGE_TEST_SESSION")),
        "no private D-Bus session; run through tools/with-test-session (make test)",
    )
    require_or_skip(shutil.which("dbus-daemon") is not None, "dbus-daemon is not installed")
    require_or_skip(find_launcher() is not None, "at-spi2-core is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().decode().strip()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def _owned(session: DBusConnection) -> bool:
    (owned,) = unwrap_msg(session.send_and_get_reply(message_bus.NameHasOwner(A11Y_BUS)))
    return bool(owned)


def _screen_reader_enabled(session: DBusConnection) -> bool:
    reply = session.send_and_get_reply(Properties(STATUS).get("ScreenReaderEnabled"))
    ((_, value),) = unwrap_msg(reply)
    return bool(value)


def test_the_bus_is_started_with_a_screen_reader_and_stopped(session_env: dict[str, str]) -> None:
    with closing(open_dbus_connection(session_env["DBUS_SESSION_BUS_ADDRESS"])) as session:
        assert not _owned(session)
        with accessibility_bus(session_env) as address:
            assert _owned(session)
            assert _screen_reader_enabled(session)
            assert app_names(address) == []  # the registry answers; no app registered
            assert read_app(address, "Claude Usage") is None
        gone = poll_until(lambda: not _owned(session), STOP_TIMEOUT)
        assert gone, "the launcher still owns org.a11y.Bus after the block"


def test_an_existing_bus_is_used_and_left_running(session_env: dict[str, str]) -> None:
    bus = session_env["DBUS_SESSION_BUS_ADDRESS"]
    with closing(open_dbus_connection(bus)) as session, accessibility_bus(session_env) as first:
        with accessibility_bus(session_env) as second:
            assert second == first
        assert _owned(session), "the inner block stopped a launcher it did not start"


def test_no_session_bus_is_a_clear_error() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    with pytest.raises(AtspiError, match="no D-Bus session"), accessibility_bus(env):
        pass
