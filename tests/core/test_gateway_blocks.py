"""Issue 15, item 4: whatever stands in front of the API — Cloudflare, a proxy, a gateway —
is a block with a state of its own, over real sockets to the fake server.

Before: an HTML 502/503 page from a gateway was "Could not fetch usage (502)", a 407 or a
proxy refusing the tunnel was "Offline"/an error, and the block's line did not say when the
next try is. After: BLOCKED ("blocked by Cloudflare — retrying at 14:05", or "by a proxy or
gateway"), the last good values kept and marked stale, the cooldown's exponential back-off,
zero token-endpoint calls, never "sign in again".
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from core.anthropic.api import AnthropicApi
from core.anthropic.endpoints import Endpoints
from core.cli.text_output import Style, format_usage
from core.errors import BlockedError
from core.models import AccountStatus, OAuthUsage, UsageWindow
from core.usage.display import blocked_text
from core.usage.ratelimit import COOLDOWN_FLOOR
from tests.core import fetch_support
from tests.core.fetch_support import World
from tests.core.test_cli import cli, save_copy, usage_payload
from tests.fakes.server import FakeAnthropic

pytestmark = pytest.mark.faults

USAGE = "/api/oauth/usage"
TOKEN = "/v1/oauth/token"
world = fetch_support.world


async def blocked_after_good(world: World, fault: str, **options: object) -> tuple[object, ...]:
    """An app-owned account fetched once, then answered by ``fault`` on the next fetch."""
    account = world.fake.add_account()
    record = await world.save_app("Ana", account)
    fetcher = world.fetcher()
    assert (await fetcher.fetch(record)).status is AccountStatus.OK
    tokens = await world.stored_tokens("Ana")
    getattr(world.fake, fault)(USAGE, **options)
    return account, record, fetcher, tokens


@pytest.mark.parametrize(
    ("fault", "options", "blocker"),
    [
        ("gateway_error", {"status": 502}, "proxy"),
        ("gateway_error", {"status": 503, "server": "squid/5.7"}, "proxy"),
        ("gateway_error", {"status": 504, "server": "cloudflare"}, "cloudflare"),
        ("cloudflare_challenge", {}, "cloudflare"),
    ],
)
async def test_a_page_in_front_of_the_api_is_a_block_with_stale_values(
    world: World, fault: str, options: dict[str, object], blocker: str
) -> None:
    account, record, fetcher, tokens = await blocked_after_good(world, fault, **options)
    before = datetime.now(UTC)

    usage = await fetcher.fetch(record, user_initiated=True)  # type: ignore[attr-defined]

    assert usage.status is AccountStatus.BLOCKED
    assert usage.blocked_by == blocker
    assert usage.stale is True
    assert usage.session is not None  # the last good values, kept
    assert world.fake.count(TOKEN) == 0  # no refresh for a block: the token was never judged
    assert await world.stored_tokens("Ana") == tokens
    assert world.fake.is_live_refresh_token(account.refresh_token)  # type: ignore[attr-defined]
    assert usage.retry_at is not None
    waited = (usage.retry_at - before).total_seconds()
    assert abs(waited - COOLDOWN_FLOOR.total_seconds()) < 5
    assert "sign in" not in (usage.error or "").lower()


async def test_a_407_from_a_proxy_is_a_block(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Ana", account)
    world.fake.fail(
        USAGE, 407, body="<html>Proxy Authentication Required</html>", headers={"Server": "squid"}
    )
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.BLOCKED
    assert usage.blocked_by == "proxy"
    assert world.fake.count(TOKEN) == 0


async def test_a_proxy_block_cools_down_exponentially_and_the_next_run_remembers_it(
    world: World,
) -> None:
    _, record, fetcher, _ = await blocked_after_good(world, "gateway_error", times=None)
    first = await fetcher.fetch(record, user_initiated=True)  # type: ignore[attr-defined]
    second = await fetcher.fetch(record, user_initiated=True)  # type: ignore[attr-defined]
    assert first.retry_at is not None
    assert second.retry_at is not None
    # floor·2ⁿ: 60 s after the first block, 120 s after the second (asked moments later)
    assert second.retry_at - first.retry_at > COOLDOWN_FLOOR - timedelta(seconds=5)
    asked = world.fake.count(USAGE)

    later = await world.fetcher().fetch(record)  # another run, the same cooldown file

    assert world.fake.count(USAGE) == asked  # nothing sent while the cooldown holds
    assert later.status is AccountStatus.BLOCKED
    assert later.blocked_by == "proxy"  # still "a proxy", not Cloudflare, not "rate limited"
    assert later.retry_at == second.retry_at


async def test_a_linked_login_behind_a_gateway_is_not_login_expired(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Cc", account)
    world.fake.gateway_error(USAGE, 502)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.BLOCKED
    assert usage.status is not AccountStatus.LOGIN_EXPIRED
    assert world.fake.count(TOKEN) == 0


async def test_the_apis_own_json_5xx_is_still_a_server_error(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Ana", account)
    world.fake.fail(USAGE, 502, body={"error": {"type": "api_error", "message": "upstream"}})
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.ERROR


async def test_a_proxy_refusing_the_tunnel_is_a_block() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ProxyError("403 Forbidden from proxy", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as http:
        api = AnthropicApi(http, Endpoints(api_base="https://api.example.test"))
        with pytest.raises(BlockedError) as caught:
            await api.get_usage("sk-ant-oat01-" + "t" * 40)
    assert caught.value.blocker == "proxy"
    assert "not a login problem" in str(caught.value)


# -- what people read ------------------------------------------------------------------------------


def test_blocked_text_names_the_blocker_and_the_next_try() -> None:
    now = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    at = (now + timedelta(minutes=5)).astimezone()
    assert blocked_text("cloudflare", now + timedelta(minutes=5), now) == (
        f"blocked by Cloudflare — retrying at {at:%H:%M}"
    )
    assert blocked_text("proxy", None, now) == "blocked by a proxy or gateway — retrying soon"
    assert blocked_text(None, now - timedelta(minutes=1), now).startswith("blocked by Cloudflare")


def test_cli_state_line_says_blocked_and_when_never_sign_in(fake_server: FakeAnthropic) -> None:
    account = fake_server.add_account(usage=usage_payload())
    save_copy(fake_server, "Work", account)
    assert cli(fake_server, "usage", "Work").returncode == 0
    fake_server.cloudflare_challenge(USAGE, times=None)
    tokens_before = fake_server.count(TOKEN)

    text = cli(fake_server, "usage", "Work", "--refresh")

    shown = text.stdout + text.stderr
    line = r"blocked by Cloudflare — retrying at \d\d:\d\d \(not a login problem\)"
    assert re.search(line, shown), shown
    assert "sign in" not in shown.lower()
    assert "37%" in text.stdout  # the stale values, still shown
    document = json.loads(cli(fake_server, "usage", "Work", "--json").stdout)
    (entry,) = document["accounts"]
    assert entry["status"] == "blocked"
    assert entry["blocked_by"] == "cloudflare"
    assert entry["stale"] is True
    assert entry["session"]["percent"] == 37
    assert fake_server.count(TOKEN) == tokens_before


def test_text_of_a_blocked_account_in_process() -> None:
    now = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    usage = OAuthUsage(
        account_name="Work",
        session=UsageWindow(percent=37, resets_at=now + timedelta(hours=1)),
        fetched_at=now - timedelta(minutes=3),
        stale=True,
        status=AccountStatus.BLOCKED,
        blocked_by="proxy",
        retry_at=now + timedelta(minutes=5),
        error="Blocked by a proxy or gateway in front of the API (not a login problem)",
    )
    text = format_usage([usage], now, Style(color=False))
    at = (now + timedelta(minutes=5)).astimezone()
    assert f"! blocked by a proxy or gateway — retrying at {at:%H:%M} (not a login problem)" in text
