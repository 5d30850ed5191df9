"""A Secret Service item (GNOME Keyring, KWallet …) holding Claude Code's login on Linux.

Claude Code itself keeps a file on Linux, but some setups put the login in the Secret
Service, found as ``secret-tool lookup service "Claude Code-credentials"`` does: by the
``service`` attribute alone. keyring's ``get_password`` would also require its own
``username`` attribute, so this searches with ``secretstorage`` directly. A locked item is
reported, not unlocked: an unlock prompt from a background poll would surprise people,
and could block forever.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from core.credentials._blocking import run_blocking
from core.errors import CredentialsError

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

__all__ = ["SecretServiceSource", "pick_item"]

log = logging.getLogger(__name__)

T = TypeVar("T")


class SecretItem(Protocol):
    """The part of ``secretstorage.Item`` this module uses."""

    def get_attributes(self) -> dict[str, str]: ...

    def is_locked(self) -> bool: ...


ItemT = TypeVar("ItemT", bound="SecretItem")


def pick_item(items: Sequence[ItemT], account: str | None) -> ItemT | None:
    """The item to use: one tagged with ``account`` first, then an unlocked one, else the first."""

    def rank(item: ItemT) -> tuple[bool, bool]:
        attributes = item.get_attributes()
        owned = account is not None and account in (
            attributes.get("account"),
            attributes.get("username"),
        )
        return (not owned, item.is_locked())

    return min(items, key=rank, default=None)


class SecretServiceSource:
    """The Secret Service item whose ``service`` attribute is ``service``."""

    def __init__(self, service: str, account: str | None = None, *, timeout: float = 10.0) -> None:
        self.service = service
        self.account = account
        self.timeout = timeout
        self.description = f"Secret Service item with service={service!r}"

    def __repr__(self) -> str:
        return f"SecretServiceSource(service={self.service!r}, account={self.account!r})"

    async def read(self) -> str | None:
        return await run_blocking(
            self._guarded(self._read_sync), timeout=self.timeout, what=f"reading {self.description}"
        )

    async def write(self, text: str) -> None:
        await run_blocking(
            self._guarded(lambda: self._write_sync(text)),
            timeout=self.timeout,
            what=f"writing {self.description}",
        )

    def _read_sync(self) -> str | None:
        with _connection() as connection:
            if connection is None:
                return None
            item = pick_item(self._search(connection), self.account)
            if item is None:
                return None
            self._ensure_unlocked(item)
            try:
                text = bytes(item.get_secret()).decode("utf-8")
            except UnicodeDecodeError:
                raise CredentialsError(f"{self.description} is not UTF-8 text") from None
            return text if text.strip() else None

    def _write_sync(self, text: str) -> None:
        import secretstorage

        with _connection() as connection:
            if connection is None:
                raise CredentialsError(
                    f"No Secret Service is running; {self.description} unchanged"
                )
            item = pick_item(self._search(connection), self.account)
            if item is not None:
                self._ensure_unlocked(item)
                item.set_secret(text.encode("utf-8"))
                return
            collection = secretstorage.get_default_collection(connection)
            self._ensure_unlocked(collection)
            attributes = {"service": self.service}
            if self.account:
                attributes["account"] = self.account
            collection.create_item(self.service, attributes, text.encode("utf-8"), replace=True)

    def _search(self, connection: DBusConnection) -> list[Any]:
        import secretstorage

        return list(secretstorage.search_items(connection, {"service": self.service}))

    def _ensure_unlocked(self, thing: Any) -> None:
        if thing.is_locked():
            raise CredentialsError(
                f"{self.description} is locked; unlock your keyring (log in again) and retry"
            )

    def _guarded(self, func: Callable[[], T]) -> Callable[[], T]:
        """``func`` with secretstorage/D-Bus failures turned into ``CredentialsError``."""

        def call() -> T:
            try:
                return func()
            except CredentialsError:
                raise
            except Exception as exc:
                log.debug("Secret Service call failed: %s", type(exc).__name__)
                raise CredentialsError(
                    f"The Secret Service failed for {self.description}: {type(exc).__name__}"
                ) from None

        return call


@contextlib.contextmanager
def _connection() -> Iterator[DBusConnection | None]:
    """A session-bus connection, or ``None`` when there is no bus or no secretstorage."""
    try:
        import secretstorage
        from secretstorage.exceptions import SecretServiceNotAvailableException
    except ImportError:
        yield None
        return
    try:
        connection = secretstorage.dbus_init()
    except (SecretServiceNotAvailableException, OSError) as exc:
        log.debug("No Secret Service: %s", type(exc).__name__)
        yield None
        return
    try:
        if not secretstorage.check_service_availability(connection):
            yield None
            return
        yield connection
    finally:
        connection.close()
