"""The whole browser sign-in against the fake Anthropic server, over real loopback sockets.

A scripted "browser" (httpx, following redirects) opens the authorize URL; the fake's
``/oauth/authorize`` redirects it to our loopback listener; the code is exchanged at the
fake's token endpoint. Every bad path ends with the listener's port refusing connections.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from core.anthropic.endpoints import Endpoints
from core.anthropic.oauth import (
    authorize,
    exchange_manual_code,
    manual_authorize_url,
    pkce_challenge,
)
from core.client import UsageClient
from core.errors import OAuthFlowError
from core.models import CredentialSource, OAuthUsage
from tests.fakes.server import FakeAnthropic, manual_code_from_page

TOKEN_PATH = "/v1/oauth/token"


def endpoints_of(fake: FakeAnthropic) -> Endpoints:
    return Endpoints(
        api_base=fake.base_url,
        authorize_url=fake.authorize_url,
        token_url=fake.token_url,
        manual_redirect_url=fake.manual_redirect_url,
    )


def query_of(url: str | httpx.URL) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(str(url)).query).items()}


def callback_port(authorize_url: str) -> int:
    port = urlsplit(query_of(authorize_url)["redirect_uri"]).port
    assert port is not None
    return port


async def visit(url: str) -> httpx.Response:
    async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
        return await client.get(url)


async def assert_refused(port: int) -> None:
    with pytest.raises(ConnectionRefusedError):
        await asyncio.open_connection("127.0.0.1", port)


class Browser:
    """``open_browser`` stand-in: records the URL and, if ``script`` is set, runs it."""

    def __init__(
        self, script: Callable[[str], Coroutine[None, None, httpx.Response]] | None = visit
    ) -> None:
        self.script = script
        self.opened = asyncio.Event()
        self.url = ""
        self.visit: asyncio.Task[httpx.Response] | None = None

    def __call__(self, url: str) -> bool:
        self.url = url
        if self.script is not None:
            self.visit = asyncio.create_task(self.script(url))
        self.opened.set()
        return True

    @property
    def port(self) -> int:
        return callback_port(self.url)

    @property
    def state(self) -> str:
        return query_of(self.url)["state"]

    async def page(self) -> httpx.Response:
        assert self.visit is not None
        return await self.visit


class GatedTransport(httpx.AsyncBaseTransport):
    """Real HTTP, but each request waits until the test opens the gate."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.started = asyncio.Event()
        self.release = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.started.set()
        await self.release.wait()
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    return fake_server


@pytest.fixture
async def gated() -> AsyncIterator[tuple[GatedTransport, httpx.AsyncClient]]:
    transport = GatedTransport()
    async with httpx.AsyncClient(transport=transport) as client:
        yield transport, client


async def start(fake: FakeAnthropic, browser: Browser, **options: object) -> asyncio.Task[str]:
    """authorize() running in a task, once it has opened the (scripted) browser."""
    options.setdefault("endpoints", endpoints_of(fake))
    task = asyncio.create_task(authorize(5, browser, **options))  # type: ignore[arg-type]
    opened = asyncio.create_task(browser.opened.wait())
    await asyncio.wait([task, opened], return_when=asyncio.FIRST_COMPLETED)
    opened.cancel()
    return task


# ---------------------------------------------------------------------------- happy path
async def test_sign_in_end_to_end(fake: FakeAnthropic) -> None:
    account = fake.add_account(email="ana@example.com")
    fake.sign_in_account = account
    browser, shown = Browser(), list[str]()
    credentials = await authorize(5, browser, endpoints=endpoints_of(fake), on_url=shown.append)
    oauth = json.loads(credentials)["claudeAiOauth"]
    assert oauth["accessToken"] == account.access_token
    assert oauth["refreshToken"] == account.refresh_token
    assert fake.is_live_access_token(oauth["accessToken"])
    assert fake.is_live_refresh_token(oauth["refreshToken"])
    assert {"user:profile", "user:inference"} <= set(oauth["scopes"])
    assert isinstance(oauth["expiresAt"], int)
    assert shown == [browser.url]

    page = await browser.page()
    assert page.status_code == 200
    assert "Signed in — you can close this tab" in page.text
    assert page.url.host == "localhost"
    assert page.url.path == "/callback"
    with pytest.raises(httpx.ConnectError):  # replaying the callback: the port is gone
        await visit(str(page.url))
    await assert_refused(browser.port)


async def test_token_request_carries_pkce_verifier_and_loopback_redirect(
    fake: FakeAnthropic,
) -> None:
    browser = Browser()
    await authorize(5, browser, endpoints=endpoints_of(fake))
    [sent] = fake.requests_to(TOKEN_PATH)
    body = sent.json
    assert body["grant_type"] == "authorization_code"
    assert pkce_challenge(body["code_verifier"]) == query_of(browser.url)["code_challenge"]
    assert body["redirect_uri"] == f"http://localhost:{browser.port}/callback"
    assert body["state"] == browser.state


async def test_stray_and_oversized_requests_do_not_break_the_flow(fake: FakeAnthropic) -> None:
    statuses: list[int] = []

    async def noisy_browser(url: str) -> httpx.Response:
        base = f"http://127.0.0.1:{callback_port(url)}"
        async with httpx.AsyncClient() as client:
            statuses.append((await client.get(f"{base}/favicon.ico")).status_code)
            huge = {"code": "c" * 20_000, "state": "s"}
            statuses.append((await client.get(f"{base}/callback", params=huge)).status_code)
        return await visit(url)

    browser = Browser(noisy_browser)
    credentials = await authorize(5, browser, endpoints=endpoints_of(fake))
    assert statuses == [404, 414]
    assert json.loads(credentials)["claudeAiOauth"]["accessToken"]
    assert (await browser.page()).status_code == 200
    await assert_refused(browser.port)


async def test_a_second_callback_while_finishing_gets_410(
    fake: FakeAnthropic, gated: tuple[GatedTransport, httpx.AsyncClient]
) -> None:
    transport, client = gated
    browser = Browser()
    task = await start(fake, browser, http_client=client)
    await transport.started.wait()  # the code arrived; the exchange is under way
    replay = await visit(f"http://127.0.0.1:{browser.port}/callback?code=x&state={browser.state}")
    assert replay.status_code == 410
    transport.release.set()
    assert json.loads(await task)["claudeAiOauth"]["accessToken"]
    assert (await browser.page()).status_code == 200
    await assert_refused(browser.port)


# ---------------------------------------------------------------------------- refusals
async def test_access_denied_fails_with_the_providers_error(fake: FakeAnthropic) -> None:
    fake.authorize_error = "access_denied"
    browser = Browser()
    with pytest.raises(OAuthFlowError, match=r"declined.*access_denied"):
        await authorize(5, browser, endpoints=endpoints_of(fake))
    page = await browser.page()
    assert page.status_code == 400
    assert "access_denied" in page.text
    assert fake.count(TOKEN_PATH) == 0
    await assert_refused(browser.port)


async def test_state_mismatch_fails_the_flow(fake: FakeAnthropic) -> None:
    browser = Browser(script=None)
    task = await start(fake, browser)
    answer = await visit(f"http://127.0.0.1:{browser.port}/callback?code=abc&state=forged")
    assert answer.status_code == 400
    assert "state mismatch" in answer.text
    with pytest.raises(OAuthFlowError, match="state mismatch"):
        await task
    assert fake.count(TOKEN_PATH) == 0
    await assert_refused(browser.port)


async def test_missing_code_fails_the_flow(fake: FakeAnthropic) -> None:
    browser = Browser(script=None)
    task = await start(fake, browser)
    answer = await visit(f"http://127.0.0.1:{browser.port}/callback?state={browser.state}")
    assert answer.status_code == 400
    with pytest.raises(OAuthFlowError, match="no authorization code"):
        await task
    await assert_refused(browser.port)


async def test_timeout_fails_and_a_late_callback_is_refused(fake: FakeAnthropic) -> None:
    browser = Browser(script=None)
    with pytest.raises(OAuthFlowError, match="timed out"):
        await authorize(0.3, browser, endpoints=endpoints_of(fake))
    with pytest.raises(httpx.ConnectError):
        await visit(browser.url)  # the fake redirects to a listener that is gone
    await assert_refused(browser.port)


@pytest.mark.parametrize(
    ("fault", "match"),
    [
        (lambda f: f.fail(TOKEN_PATH, 500), r"\(500\)"),
        (
            lambda f: f.fail(
                TOKEN_PATH,
                400,
                body={"error": "invalid_request", "error_description": "bad verifier"},
            ),
            "bad verifier",
        ),
        (lambda f: f.malformed(TOKEN_PATH), "not JSON"),
        (lambda f: f.fail(TOKEN_PATH, 200, body={"token_type": "Bearer"}), "lacks"),
        (lambda f: f.reset_connection(TOKEN_PATH), "failed|Cannot reach"),
    ],
    ids=["500", "400", "not-json", "no-tokens", "reset"],
)
async def test_token_endpoint_failures_fail_the_flow(
    fake: FakeAnthropic, fault: Callable[[FakeAnthropic], None], match: str
) -> None:
    fault(fake)
    browser = Browser()
    with pytest.raises(OAuthFlowError, match=match) as caught:
        await authorize(5, browser, endpoints=endpoints_of(fake))
    assert "Could not finish signing in" in str(caught.value) or "lacks" in str(caught.value)
    page = await browser.page()
    assert page.status_code == 502
    assert "Sign-in failed" in page.text
    await assert_refused(browser.port)


# ---------------------------------------------------------------------------- cancellation
async def test_cancelling_while_waiting_closes_the_listener(fake: FakeAnthropic) -> None:
    browser = Browser(script=None)
    task = await start(fake, browser)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await assert_refused(browser.port)


async def test_cancelling_during_the_exchange_answers_the_browser_and_closes(
    fake: FakeAnthropic, gated: tuple[GatedTransport, httpx.AsyncClient]
) -> None:
    transport, client = gated
    browser = Browser()
    task = await start(fake, browser, http_client=client)
    await transport.started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    page = await browser.page()
    assert page.status_code == 502
    assert "cancelled" in page.text
    await assert_refused(browser.port)


async def test_a_failing_browser_opener_does_not_stop_the_flow(fake: FakeAnthropic) -> None:
    shown: list[str] = []

    def broken(url: str) -> bool:
        raise OSError("no display")

    # Nobody copies the URL here, so the flow waits (rather than failing) until it times out.
    with pytest.raises(OAuthFlowError, match="timed out"):
        await authorize(0.3, broken, endpoints=endpoints_of(fake), on_url=shown.append)
    assert shown[0].startswith(fake.authorize_url)
    await assert_refused(callback_port(shown[0]))


# ---------------------------------------------------------------------------- manual fallback
async def test_manual_code_exchange_end_to_end(fake: FakeAnthropic) -> None:
    flow = manual_authorize_url(endpoints_of(fake))
    page = await visit(flow.url)
    pasted = manual_code_from_page(page.text)
    credentials = await exchange_manual_code(pasted, flow)
    oauth = json.loads(credentials)["claudeAiOauth"]
    assert fake.is_live_access_token(oauth["accessToken"])
    [sent] = fake.requests_to(TOKEN_PATH)
    assert sent.json["redirect_uri"] == fake.manual_redirect_url
    with pytest.raises(OAuthFlowError, match="already used"):
        await exchange_manual_code(pasted, flow)
    assert fake.count(TOKEN_PATH) == 1


@pytest.mark.parametrize(
    "mangle", [lambda p: p.split("#")[0], lambda p: p + "x"], ids=["no-state", "wrong-state"]
)
async def test_manual_code_that_does_not_match_is_refused(
    fake: FakeAnthropic, mangle: Callable[[str], str]
) -> None:
    flow = manual_authorize_url(endpoints_of(fake))
    pasted = manual_code_from_page((await visit(flow.url)).text)
    with pytest.raises(OAuthFlowError, match=r"CODE#STATE|state mismatch"):
        await exchange_manual_code(mangle(pasted), flow)
    assert fake.count(TOKEN_PATH) == 0


async def test_manual_code_with_token_failure(fake: FakeAnthropic) -> None:
    fake.fail(TOKEN_PATH, 500)
    flow = manual_authorize_url(endpoints_of(fake))
    pasted = manual_code_from_page((await visit(flow.url)).text)
    with pytest.raises(OAuthFlowError, match="Could not finish signing in"):
        await exchange_manual_code(pasted, flow)


async def test_pasted_code_wins_when_the_browser_cannot_reach_the_listener(
    fake: FakeAnthropic,
) -> None:
    pasted: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    visits: list[asyncio.Task[None]] = []

    async def user_pastes(manual_url: str) -> None:
        pasted.set_result(manual_code_from_page((await visit(manual_url)).text))

    browser = Browser(script=None)  # its page never loads (e.g. another machine)
    credentials = await authorize(
        5,
        browser,
        endpoints=endpoints_of(fake),
        on_url=lambda url: visits.append(asyncio.create_task(user_pastes(url))),
        manual_code=pasted,
    )
    await visits[0]
    assert fake.is_live_access_token(json.loads(credentials)["claudeAiOauth"]["accessToken"])
    [sent] = fake.requests_to(TOKEN_PATH)
    assert sent.json["redirect_uri"] == fake.manual_redirect_url
    assert sent.json["state"] == browser.state  # one attempt, two ways to finish it
    await assert_refused(browser.port)


async def test_loopback_wins_and_the_paste_field_is_cancelled(fake: FakeAnthropic) -> None:
    pasted: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    shown: list[str] = []
    browser = Browser()
    await authorize(
        5, browser, endpoints=endpoints_of(fake), on_url=shown.append, manual_code=pasted
    )
    assert pasted.cancelled()
    assert query_of(shown[0])["redirect_uri"] == fake.manual_redirect_url
    assert (await browser.page()).status_code == 200
    await assert_refused(browser.port)


async def test_a_bad_paste_fails_the_flow(fake: FakeAnthropic) -> None:
    pasted: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    pasted.set_result("not a code")
    browser = Browser(script=None)
    with pytest.raises(OAuthFlowError, match="CODE#STATE"):
        await authorize(5, browser, endpoints=endpoints_of(fake), manual_code=pasted)
    assert fake.count(TOKEN_PATH) == 0
    await assert_refused(browser.port)


# ---------------------------------------------------------------------------- through the client
async def test_client_authenticate_saves_the_account_and_reads_its_usage(
    fake: FakeAnthropic, tmp_path: Path
) -> None:
    account = fake.add_account(email="ana@example.com")
    fake.sign_in_account = account
    async with UsageClient(tmp_path / "accounts.enc", endpoints=endpoints_of(fake)) as client:
        saved = await client.authenticate("Personal", timeout=5, open_browser=Browser())
        assert saved.name == "Personal"
        assert saved.email == "ana@example.com"
        assert saved.source is CredentialSource.APP
        usage = await client.get_account_usage("Personal")
    assert isinstance(usage, OAuthUsage)
    assert usage.error is None
    assert usage.session is not None
    assert usage.session.percent == 37.0
    assert fake.count("/api/oauth/usage") == 1
