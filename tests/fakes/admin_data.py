"""Admin API data for the fake server: paged reports, per-day Claude Code records, keys."""

from __future__ import annotations

import copy
import re
import threading
from typing import Any

from .accounts import sample

PAGED_REPORTS = ("messages", "cost_report", "api_keys")
DEFAULT_CLAUDE_CODE_DAY = "2026-11-01"
_PAGE_TOKEN = re.compile(r"^page_(\d+)_token$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AdminRequestError(ValueError):
    """A bad admin query (the server answers 400 invalid_request_error with this message)."""


def _default_pages() -> dict[str, list[dict[str, Any]]]:
    return {
        "messages": [sample("admin_messages_page1.json"), sample("admin_messages_page2.json")],
        "cost_report": [sample("admin_cost_report.json")],
        "api_keys": [sample("admin_api_keys.json")],
    }


def _page_index(token: str | None, count: int) -> int:
    if token is None:
        return 0
    match = _PAGE_TOKEN.match(token)
    if not match or not 2 <= int(match.group(1)) <= count:
        raise AdminRequestError(f"invalid page token: {token!r}")
    return int(match.group(1)) - 1


class AdminData:
    """Thread-safe holder; every getter returns a fresh copy that the caller may serialise."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pages = _default_pages()
        self._claude_code: dict[str, list[dict[str, Any]]] = {
            DEFAULT_CLAUDE_CODE_DAY: sample("admin_claude_code_report.json")["data"]
        }
        # None: the organisation has no spend-limit reads (the endpoint answers 404)
        self._spend_limits: dict[str, Any] | None = sample("admin_spend_limits_effective.json")

    def set_pages(self, report: str, pages: list[dict[str, Any]]) -> None:
        """Replace a paged report; ``has_more``/``next_page`` are rewritten when served."""
        if report not in PAGED_REPORTS:
            raise ValueError(f"report must be one of {PAGED_REPORTS}")
        if not pages:
            raise ValueError("at least one page")
        with self._lock:
            self._pages[report] = copy.deepcopy(pages)

    def set_claude_code_day(self, day: str, records: list[dict[str, Any]]) -> None:
        if not _DAY.match(day):
            raise ValueError("day must be YYYY-MM-DD")
        with self._lock:
            self._claude_code[day] = copy.deepcopy(records)

    def page(self, report: str, token: str | None) -> dict[str, Any]:
        """Page ``token`` (``None`` = first) of a report; next pages are ``page_<n>_token``."""
        with self._lock:
            pages = self._pages[report]
            index = _page_index(token, len(pages))
            payload = copy.deepcopy(pages[index])
        more = index + 1 < len(pages)
        payload["has_more"] = more
        if report == "api_keys":
            payload.pop("next_page", None)
        else:
            payload["next_page"] = f"page_{index + 2}_token" if more else None
        return payload

    def api_keys(self, after_id: str | None, limit: int) -> dict[str, Any]:
        """Keys paged like the real endpoint: an ``after_id`` cursor, ``first_id``/``last_id``."""
        with self._lock:
            keys = [key for page in self._pages["api_keys"] for key in page.get("data", [])]
        ids = [key.get("id") for key in keys]
        start = ids.index(after_id) + 1 if after_id in ids else 0
        chunk = copy.deepcopy(keys[start : start + limit])
        return {
            "data": chunk,
            "has_more": start + limit < len(keys),
            "first_id": chunk[0]["id"] if chunk else None,
            "last_id": chunk[-1]["id"] if chunk else None,
        }

    def claude_code(self, starting_at: str | None, limit: int, token: str | None) -> dict[str, Any]:
        """One day's records, ``limit`` per page; page tokens are ``cc_<day>_<offset>``."""
        if starting_at is None or not _DAY.match(starting_at):
            raise AdminRequestError("starting_at must be a date YYYY-MM-DD")
        offset = self._offset(starting_at, token)
        with self._lock:
            records = copy.deepcopy(self._claude_code.get(starting_at, []))
        chunk = records[offset : offset + limit]
        more = offset + limit < len(records)
        next_page = f"cc_{starting_at}_{offset + limit}" if more else None
        return {"data": chunk, "has_more": more, "next_page": next_page}

    def set_spend_limits(self, payload: dict[str, Any] | None) -> None:
        """The ``spend_limits/effective`` answer (its ``data`` is paged when served)."""
        with self._lock:
            self._spend_limits = copy.deepcopy(payload)

    def spend_limits(self, token: str | None, limit: int) -> dict[str, Any] | None:
        """One page of members (``sl_<offset>`` tokens); None when not available."""
        with self._lock:
            payload = copy.deepcopy(self._spend_limits)
        if payload is None:
            return None
        offset = 0
        if token is not None:
            if not token.startswith("sl_") or not token[3:].isdigit():
                raise AdminRequestError(f"invalid page token: {token!r}")
            offset = int(token[3:])
        members = payload.get("data", [])
        more = offset + limit < len(members)
        payload["data"] = members[offset : offset + limit]
        payload["has_more"] = more
        payload["next_page"] = f"sl_{offset + limit}" if more else None
        return payload

    @staticmethod
    def _offset(day: str, token: str | None) -> int:
        if token is None:
            return 0
        prefix = f"cc_{day}_"
        if not token.startswith(prefix) or not token[len(prefix) :].isdigit():
            raise AdminRequestError(f"invalid page token: {token!r}")
        return int(token[len(prefix) :])
