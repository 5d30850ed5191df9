"""A freedesktop notification daemon on the test session bus that keeps what it is sent.

It owns ``org.freedesktop.Notifications`` on the private bus of ``tools/with-test-session``,
answers ``Notify`` like a real daemon (a notification id) and records each call's arguments,
so tests see exactly what reached the bus: app name, icon, hints, timeout.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from jeepney import HeaderFields, MessageType, message_bus, new_method_return
from jeepney.io.blocking import open_dbus_connection

__all__ = ["FakeNotificationDaemon"]

NAME = "org.freedesktop.Notifications"


class FakeNotificationDaemon:
    """Serves ``Notify`` on a thread until closed; :meth:`wait` blocks for the n-th call."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self._arrived = threading.Condition()
        self._connection = open_dbus_connection(bus="SESSION")
        reply = self._connection.send_and_get_reply(message_bus.RequestName(NAME, 4))  # no queue
        if reply.body != (1,):  # 1: primary owner
            self._connection.close()
            raise RuntimeError(f"{NAME} is taken on this bus")
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except OSError:
                return
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            if header.fields.get(HeaderFields.member) == "Notify":
                with self._arrived:
                    self.calls.append(message.body)
                    self._arrived.notify_all()
                self._connection.send(new_method_return(message, "u", (len(self.calls),)))

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[tuple[Any, ...]]:
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.calls) >= count, timeout):
                raise TimeoutError(f"{len(self.calls)} of {count} notifications arrived")
            return list(self.calls)

    def close(self) -> None:
        self._stop = True
        self._thread.join()
        self._connection.close()

    def __enter__(self) -> FakeNotificationDaemon:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
