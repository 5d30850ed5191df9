"""The tray's side of core's local usage feed: on and off as the setting says.

The feed serves the snapshots the tray already has (the view-model's), as the CLI's
``usage --json`` document; it never polls. Turning it on creates the token file if needed;
a port already taken is reported, not raised, so the tray keeps running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core import AccountUsage, LocalFeed, feed_token, usage_json

__all__ = ["FeedSwitch"]

log = logging.getLogger(__name__)


class FeedSwitch:
    """Starts, restarts (new port) and stops one :class:`core.LocalFeed`."""

    def __init__(
        self,
        usages: Callable[[], Sequence[AccountUsage]],
        token_path: Path | None,
        *,
        private_root: Path | None = None,
    ) -> None:
        self._usages = usages
        self.token_path = token_path  # None: this tray has no data folder for a feed
        self._private_root = private_root
        self._feed: LocalFeed | None = None
        self._asked_port = 0  # as set (0: any free port, for tests)

    @property
    def port(self) -> int | None:
        """The port served on, or None when the feed is off."""
        return self._feed.port if self._feed is not None else None

    async def apply(self, enabled: bool, port: int) -> str | None:
        """Put the setting into effect; returns what went wrong, for the banner, or None."""
        if self._feed is not None and (not enabled or self._asked_port != port):
            await self.stop()
        if not enabled or self._feed is not None:
            return None
        if self.token_path is None:
            return QCoreApplication.translate(
                "LocalFeed", "The local usage feed is not available here."
            )
        try:
            token = feed_token(self.token_path, private_root=self._private_root)
            feed = LocalFeed(self._document, token=token, port=port)
            await feed.start()
        except OSError as exc:
            log.warning("Local usage feed not started on port %d: %s", port, exc)
            message = QCoreApplication.translate(
                "LocalFeed", "Could not start the local usage feed on port {port}: {reason}"
            )
            return message.format(port=port, reason=exc.strerror or exc)
        self._feed, self._asked_port = feed, port
        log.info("Local usage feed on 127.0.0.1:%d", feed.port)
        return None

    async def stop(self) -> None:
        feed, self._feed = self._feed, None
        if feed is not None:
            await feed.stop()
            log.info("Local usage feed stopped")

    def _document(self) -> str:
        return usage_json(self._usages(), datetime.now(UTC))
