"""Organisation usage from the Admin API (keys ``sk-ant-admin…``) as one :class:`AdminUsage`.

What goes where, and why:

- Totals, ``model_breakdown`` and the ``api_key`` actors all come from the messages usage
  report, so models, keys and the total always add up to the same numbers.
- ``user`` actors come from the Claude Code analytics report. That usage *overlaps* the
  messages report (Claude Code's requests are also messages), so users are listed beside
  the keys but never added into the totals.
- ``estimated_cost_cents`` prices the messages report with ``core/admin/prices.json``;
  ``actual_cost_cents`` is the bill from the cost report. The key names, the cost report and
  the Claude Code report are extras: if one fails the usage is still shown, with a note.

Admin data lags by minutes and a month is several requests, so callers poll it at most every
:data:`ADMIN_POLL_INTERVAL` seconds unless the user asks for a refresh. After a 429 or a
Cloudflare block a scheduled fetch sends nothing until the cooldown (Retry-After, else the
floor doubled per strike, as :func:`core.usage.ratelimit.cooldown_delay`) is over.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from core.admin import org_reports, reports
from core.admin.pricing import PriceTable, default_price_table
from core.anthropic.api import AnthropicApi
from core.base.redact import remember_secret
from core.errors import (
    ApiError,
    AuthenticationError,
    BlockedError,
    ClaudeUsageError,
    InvalidInputError,
    RateLimitedError,
    ResponseFormatError,
)
from core.models import (
    AccountRecord,
    AccountStatus,
    ActorUsage,
    AdminUsage,
    ProductivityTotals,
    SpendLimits,
    status_for_error,
)
from core.usage.ratelimit import Cooldown, cooldown_delay, token_key

__all__ = [
    "ADMIN_KEY_PREFIX",
    "ADMIN_POLL_INTERVAL",
    "AdminFetcher",
    "admin_key_from_credentials",
    "month_to_date",
    "validate_admin_key_format",
]

log = logging.getLogger(__name__)

ADMIN_POLL_INTERVAL = 30 * 60.0  # seconds
ADMIN_KEY_PREFIX = "sk-ant-admin"
KEY_REFUSED = (
    "The Admin API key was refused: check it is an active Admin key (sk-ant-admin…) "
    "from the Claude Console, Settings → Admin keys"
)
MESSAGES_PATH = "/v1/organizations/usage_report/messages"
COST_PATH = "/v1/organizations/cost_report"
CLAUDE_CODE_PATH = "/v1/organizations/usage_report/claude_code"
API_KEYS_PATH = "/v1/organizations/api_keys"
SPEND_LIMITS_PATH = "/v1/organizations/spend_limits/effective"
SPEND_LIMITS_BETA = "spend-limit-reads-2026-09-26"  # uncertain naming (anthropic-api.md §7)
BUCKETS_PER_PAGE = "31"  # the API's maximum for bucket_width=1d
API_KEYS_PER_PAGE = "100"
MAX_PAGES = 200  # a month is a few pages; more means the server is looping
MAX_CLAUDE_CODE_DAYS = 92  # one request per day: longer periods skip the per-user report
DAY_CONCURRENCY = 4

T = TypeVar("T")


def _utc_now() -> datetime:
    return datetime.now(UTC)


# ------------------------------------------------------------------ keys and periods


def validate_admin_key_format(key: str) -> str:
    """The key without surrounding whitespace; refuses anything that is not an Admin key.

    Messages never repeat the key: it may be a real secret pasted in the wrong place.
    """
    cleaned = key.strip() if isinstance(key, str) else ""
    remember_secret(cleaned)  # even when refused: it may be another real secret
    if not cleaned:
        raise InvalidInputError("No Admin API key was given")
    if cleaned.startswith("sk-ant-oat"):
        raise InvalidInputError(
            "That is a Claude sign-in token, not an Admin API key (sk-ant-admin…)"
        )
    if cleaned.startswith("sk-ant-api"):
        raise InvalidInputError(
            "That is a regular API key; usage reports need an Admin API key (sk-ant-admin…)"
        )
    if not cleaned.startswith(ADMIN_KEY_PREFIX):
        raise InvalidInputError("That is not an Admin API key: Admin keys start with sk-ant-admin")
    if len(cleaned) > 512 or not cleaned.isascii() or not cleaned.isprintable() or " " in cleaned:
        raise InvalidInputError("That Admin API key contains characters a key cannot have")
    return cleaned


def admin_key_from_credentials(credentials: str | None) -> str:
    """The key inside a saved admin account's ``{"adminApiKey": …}`` credentials."""
    try:
        data = json.loads(credentials) if credentials else None
    except ValueError:
        data = None
    key = data.get("adminApiKey") if isinstance(data, dict) else None
    if not isinstance(key, str):
        raise InvalidInputError("This admin account has no saved Admin API key: add it again")
    return validate_admin_key_format(key)


def month_to_date(now: datetime) -> tuple[datetime, datetime]:
    """From the first of ``now``'s UTC month at 00:00 to ``now`` (the default period)."""
    now = now.astimezone(UTC)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0), now


def _check_period(period: tuple[datetime, datetime]) -> tuple[datetime, datetime]:
    start, end = period
    if start.tzinfo is None or end.tzinfo is None:
        raise InvalidInputError("The report period needs timezone-aware times")
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if start >= end:
        raise InvalidInputError("The report period must start before it ends")
    return start, end


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _days(start: datetime, end: datetime) -> list[date]:
    """UTC dates the period touches (an end at midnight does not touch that day)."""
    last = (end - timedelta(microseconds=1)).date()
    return [start.date() + timedelta(days=n) for n in range((last - start.date()).days + 1)]


@dataclass(frozen=True, slots=True)
class _Period:
    start: datetime
    end: datetime

    def params(self) -> list[tuple[str, str]]:
        return [
            ("starting_at", _stamp(self.start)),
            ("ending_at", _stamp(self.end)),
            ("bucket_width", "1d"),
            ("limit", BUCKETS_PER_PAGE),
        ]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Extras:
    """What the optional reports added: key names, the bill, Claude Code users, notes."""

    names: dict[str, str]
    cost: tuple[Decimal, str] | None  # (cents, currency)
    users: tuple[ActorUsage, ...]
    notes: tuple[str, ...]
    productivity: tuple[ProductivityTotals, ...] = ()
    productivity_total: ProductivityTotals | None = None
    spend_limits: SpendLimits | None = None


# ------------------------------------------------------------------ the fetcher


class AdminFetcher:
    """Reads an organisation's reports; :meth:`fetch` turns every failure into a snapshot."""

    def __init__(
        self,
        api: AnthropicApi,
        *,
        clock: Callable[[], datetime] = _utc_now,
        prices: PriceTable | None = None,
        claude_code_page_size: int = 1000,
    ) -> None:
        self.api = api
        self._clock = clock
        self._prices = prices or default_price_table()
        self._claude_code_page_size = str(claude_code_page_size)
        self._last_good: dict[str, AdminUsage] = {}  # by account id: names change
        # by account id, after a 429 or a block: (the cooldown, the answer it repeats)
        self._cooling: dict[str, tuple[Cooldown, AdminUsage]] = {}
        # organisations (by a hash of their admin key) without spend-limit reads (403/404):
        # asked once only
        self._no_spend_limits: set[str] = set()

    async def validate_key(self, key: str) -> None:
        """Format check, then ONE cheap request (a one-item key list), not a month of reports."""
        cleaned = validate_admin_key_format(key)
        try:
            await self.api.admin_get(API_KEYS_PATH, [("limit", "1")], cleaned)
        except AuthenticationError as exc:
            raise AuthenticationError(KEY_REFUSED) from exc

    def last_good(self, record: AccountRecord) -> AdminUsage | None:
        """The last successful snapshot of an account (what a failed fetch shows, stale),
        under the name it has now."""
        last = self._last_good.get(record.id)
        return replace(last, account_name=record.name) if last is not None else None

    def forget(self, key: str) -> None:
        """Drop a deleted (or re-keyed) account's values: never show them for another org."""
        self._last_good.pop(key, None)
        self._cooling.pop(key, None)

    async def fetch(
        self,
        record: AccountRecord,
        *,
        period: tuple[datetime, datetime] | None = None,
        user_initiated: bool = False,
    ) -> AdminUsage:
        """Usage over ``period`` (default: month to date). Never raises.

        During a cooldown a scheduled fetch returns the last answer without a request; a
        user-initiated one asks anyway (they may have changed network since the block).
        """
        now = self._clock()
        cooling = self._cooling.get(record.id)
        if cooling is not None and cooling[0].active(now) and not user_initiated:
            return replace(cooling[1], account_name=record.name)  # renamed meanwhile?
        return self._with_cooldown(record.id, await self._fetch(record, period, now), now)

    def _with_cooldown(self, key: str, result: AdminUsage, now: datetime) -> AdminUsage:
        """Start (or extend) the cooldown after a refusal; end it after anything else."""
        if result.status not in (AccountStatus.RATE_LIMITED, AccountStatus.BLOCKED):
            self._cooling.pop(key, None)
            return result
        previous = self._cooling.get(key)
        strikes = previous[0].strikes if previous is not None else 0
        until = now + cooldown_delay(result.retry_at, strikes, now)
        result = replace(result, retry_at=until)
        self._cooling[key] = (Cooldown(until, strikes + 1), result)
        return result

    async def _fetch(
        self, record: AccountRecord, period: tuple[datetime, datetime] | None, now: datetime
    ) -> AdminUsage:
        start, end = month_to_date(now)
        try:
            start, end = _check_period(period) if period else (start, end)
            key = admin_key_from_credentials(record.credentials)
            usage = await self._collect(record.name, key, _Period(start, end), now)
        except AuthenticationError as exc:
            return self._failed(record, AuthenticationError(KEY_REFUSED), start, end, exc)
        except ClaudeUsageError as exc:
            return self._failed(record, exc, start, end, exc)
        except Exception as exc:  # a bug must not take the tray down; it is logged in full
            log.exception("admin usage of %r failed unexpectedly", record.name)
            error = ClaudeUsageError(f"Unexpected error reading admin usage: {type(exc).__name__}")
            return self._failed(record, error, start, end, exc)
        self._last_good[record.id] = usage
        return usage

    def _failed(
        self,
        record: AccountRecord,
        shown: ClaudeUsageError,
        start: datetime,
        end: datetime,
        cause: Exception,
    ) -> AdminUsage:
        """The last good values marked stale (or an empty snapshot) carrying the error."""
        log.info("admin usage of %r failed: %s", record.name, shown)
        retry_at = cause.retry_at if isinstance(cause, RateLimitedError | BlockedError) else None
        status = status_for_error(cause)
        blocked_by = cause.blocker if isinstance(cause, BlockedError) else None
        last = self.last_good(record)
        if last is not None:
            return replace(
                last,
                stale=True,
                error=str(shown),
                status=status,
                retry_at=retry_at,
                blocked_by=blocked_by,
            )
        return AdminUsage(
            account_name=record.name,
            period_start=start,
            period_end=end,
            error=str(shown),
            status=status,
            retry_at=retry_at,
            blocked_by=blocked_by,
        )

    # -------------------------------------------------------------- collecting

    async def _collect(self, name: str, key: str, period: _Period, now: datetime) -> AdminUsage:
        """Messages report first (it is the usage); then the extras side by side."""
        rows = await self._message_rows(key, period)
        names, cost, users, limits = await asyncio.gather(
            _optional(self._key_names(key), "API key names"),
            _optional(self._actual_cost(key, period), "Actual cost"),
            _optional(self._users(key, period, now), "Claude Code users"),
            _optional(self._spend_limits(key), "Spend limits"),
        )
        actors, activity = users[0] or ((), [])
        people, organisation = org_reports.productivity(activity)
        extras = _Extras(
            names=names[0] or {},
            cost=cost[0],
            users=actors,
            notes=tuple(note for _, note in (names, cost, users, limits) if note),
            productivity=people,
            productivity_total=organisation if users[0] is not None else None,
            spend_limits=limits[0],
        )
        return self._summary(name, period, now, rows, extras)

    def _summary(
        self,
        name: str,
        period: _Period,
        now: datetime,
        rows: list[reports.MessageRow],
        extras: _Extras,
    ) -> AdminUsage:
        total = reports.total(rows, self._prices)
        models = reports.model_breakdown(rows, self._prices)
        keys = reports.api_key_actors(rows, extras.names, self._prices)
        cost = extras.cost
        return AdminUsage(
            account_name=name,
            period_start=period.start,
            period_end=period.end,
            input_tokens=total.counts.input_total,
            output_tokens=total.counts.output,
            cache_creation_tokens=total.counts.cache_creation,
            cache_read_tokens=total.counts.cache_read,
            web_search_requests=total.counts.web_search_requests,
            estimated_cost_cents=float(total.cents),
            actual_cost_cents=None if cost is None else float(cost[0]),
            currency=self._prices.currency if cost is None else cost[1],
            model_breakdown=models,
            actors=keys + extras.users,
            unpriced_models=tuple(sorted(m.model for m in models if not m.price_known)),
            fetched_at=now,
            notes=extras.notes,
            productivity=extras.productivity,
            productivity_total=extras.productivity_total,
            spend_limits=extras.spend_limits,
        )

    async def _pages(
        self, key: str, path: str, params: Sequence[tuple[str, str]], *, beta: str | None = None
    ) -> list[Any]:
        """Every page of a report, following ``next_page`` until ``has_more`` is false."""
        pages: list[Any] = []
        token: str | None = None
        for _ in range(MAX_PAGES):
            query = [*params, ("page", token)] if token else list(params)
            page = await self.api.admin_get(path, query, key, beta=beta)
            pages.append(page)
            token = reports.next_page_token(page)
            if token is None:
                return pages
        raise ResponseFormatError(f"The admin report kept offering more pages (over {MAX_PAGES})")

    async def _message_rows(self, key: str, period: _Period) -> list[reports.MessageRow]:
        params = [*period.params(), ("group_by[]", "api_key_id"), ("group_by[]", "model")]
        pages = await self._pages(key, MESSAGES_PATH, params)
        return [row for page in pages for row in reports.message_rows(page)]

    async def _actual_cost(self, key: str, period: _Period) -> tuple[Decimal, str]:
        """The billed amount in cents, summed exactly; mixed currencies cannot be summed."""
        pages = await self._pages(key, COST_PATH, period.params())
        amounts = [item for page in pages for item in reports.cost_amounts(page)]
        currencies = {currency for _, currency in amounts}
        if len(currencies) > 1:
            raise ResponseFormatError("the cost report mixes currencies")
        return sum((cents for cents, _ in amounts), Decimal(0)), next(iter(currencies), "USD")

    async def _key_names(self, key: str) -> dict[str, str]:
        """``api_key_id → name`` over every page of the key list (``after_id`` cursor)."""
        names: dict[str, str] = {}
        after: str | None = None
        for _ in range(MAX_PAGES):
            params = [("limit", API_KEYS_PER_PAGE)] + ([("after_id", after)] if after else [])
            page = await self.api.admin_get(API_KEYS_PATH, params, key)
            names.update(reports.api_key_names(page))
            after = reports.next_after_id(page, after)
            if after is None:
                break
        return names

    async def _users(
        self, key: str, period: _Period, now: datetime
    ) -> tuple[tuple[ActorUsage, ...], list[org_reports.ProductivityRow]]:
        """Per-user Claude Code usage and productivity: one day per request, one read of
        each page for both."""
        days = [day for day in _days(period.start, period.end) if day <= now.date()]
        if len(days) > MAX_CLAUDE_CODE_DAYS:
            raise InvalidInputError(f"skipped for periods over {MAX_CLAUDE_CODE_DAYS} days")
        gate = asyncio.Semaphore(DAY_CONCURRENCY)
        per_day = await _all([self._user_day(key, day, gate) for day in days])
        pages = [page for day_pages in per_day for page in day_pages]
        rows = [row for page in pages for row in reports.claude_code_rows(page)]
        activity = [row for page in pages for row in org_reports.productivity_rows(page)]
        return reports.user_actors(rows, self._prices), activity

    async def _user_day(self, key: str, day: date, gate: asyncio.Semaphore) -> list[Any]:
        params = [("starting_at", day.isoformat()), ("limit", self._claude_code_page_size)]
        async with gate:
            return await self._pages(key, CLAUDE_CODE_PATH, params)

    async def _spend_limits(self, key: str) -> SpendLimits:
        """Members' effective limits; a 403/404 means the organisation has none to read:
        said once (``available`` False) and not asked again by this process."""
        if token_key(key) in self._no_spend_limits:
            return SpendLimits(available=False)
        try:
            pages = await self._pages(key, SPEND_LIMITS_PATH, [], beta=SPEND_LIMITS_BETA)
        except (AuthenticationError, ApiError) as exc:
            if exc.status not in (403, 404):  # a 401 is the key itself: the account's problem
                raise
            status = exc.status
            log.info("Spend limits are not available for this organisation (%s)", status)
            self._no_spend_limits.add(token_key(key))
            return SpendLimits(available=False)
        return org_reports.spend_limits(pages)


async def _optional(work: Awaitable[T], what: str) -> tuple[T | None, str | None]:
    """Run an extra report; its failure becomes a note instead of failing the usage."""
    try:
        return await work, None
    except ClaudeUsageError as exc:
        log.info("admin extra %r unavailable: %s", what, exc)
        return None, f"{what} unavailable: {exc}"


async def _all(work: list[Coroutine[Any, Any, T]]) -> list[T]:
    """Await all, cancelling the rest on the first failure, and raise that failure itself."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(item) for item in work]
    except BaseExceptionGroup as failures:
        raise _first(failures) from None
    return [task.result() for task in tasks]


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    first = group.exceptions[0]
    return _first(first) if isinstance(first, BaseExceptionGroup) else first
