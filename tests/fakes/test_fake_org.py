"""The fake server's shapes for issue 15: spend limits (beta header, paged, 404 when the
organisation has none), an organisation of N people, a gateway's HTML error page, and the
standalone ``--org-users`` option."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import REPO_ROOT
from tests.fakes import organisation
from tests.fakes.server import SPEND_LIMITS_BETA, FakeAnthropic

SPEND = "/v1/organizations/spend_limits/effective"
CLAUDE_CODE = "/v1/organizations/usage_report/claude_code"
ADMIN = {"anthropic-version": "2023-06-01"}


@pytest.fixture
def client(fake_server: FakeAnthropic) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake_server.base_url, timeout=10) as http:
        yield http


def admin_headers(fake: FakeAnthropic, **extra: str) -> dict[str, str]:
    return {"x-api-key": fake.add_admin_key(), **ADMIN, **extra}


def test_spend_limits_need_the_beta_header(
    fake_server: FakeAnthropic, client: httpx.Client
) -> None:
    plain = client.get(SPEND, headers=admin_headers(fake_server))
    assert plain.status_code == 400
    assert SPEND_LIMITS_BETA in plain.json()["error"]["message"]
    beta = client.get(
        SPEND, headers=admin_headers(fake_server, **{"anthropic-beta": SPEND_LIMITS_BETA})
    )
    assert beta.status_code == 200
    assert [m["member"]["email_address"] for m in beta.json()["data"][:2]] == [
        "ana@example.com",
        "ben@example.com",
    ]


def test_spend_limits_are_paged_and_can_be_absent(
    fake_server: FakeAnthropic, client: httpx.Client
) -> None:
    headers = admin_headers(fake_server, **{"anthropic-beta": SPEND_LIMITS_BETA})
    fake_server.set_spend_limits(organisation.spend_limits_effective(250, days=3))
    pages = [client.get(SPEND, headers=headers).json()]
    while pages[-1]["has_more"]:
        pages.append(
            client.get(SPEND, params={"page": pages[-1]["next_page"]}, headers=headers).json()
        )
    assert [len(page["data"]) for page in pages] == [100, 100, 50]
    assert pages[0]["organization"]["spend_limit"]["amount"] == str(
        organisation.org_limit_cents(250, 3)
    )
    bad = client.get(SPEND, params={"page": "nope"}, headers=headers)
    assert bad.status_code == 400
    fake_server.set_spend_limits(None)
    assert client.get(SPEND, headers=headers).status_code == 404


def test_an_organisation_of_n_people(fake_server: FakeAnthropic, client: httpx.Client) -> None:
    fake_server.seed_organisation(30, ["2026-11-01", "2026-11-02"])
    headers = admin_headers(fake_server)
    query = {"starting_at": "2026-11-02", "limit": "1000"}
    day = client.get(CLAUDE_CODE, params=query, headers=headers).json()
    assert len(day["data"]) == 30
    first = day["data"][0]
    assert first["actor"]["email_address"] == organisation.member_email(1)
    assert set(first["core_metrics"]) == {
        "num_sessions",
        "lines_of_code",
        "commits_by_claude_code",
        "pull_requests_by_claude_code",
    }
    assert first["tool_actions"]["edit_tool"]["accepted"] > 0
    assert organisation.members_above_80(30) == 4


def test_gateway_error_is_an_html_page(fake_server: FakeAnthropic, client: httpx.Client) -> None:
    fake_server.gateway_error("/api/oauth/usage", 502, server="nginx/1.25")
    answer = client.get("/api/oauth/usage")
    assert answer.status_code == 502
    assert answer.headers["content-type"].startswith("text/html")
    assert "nginx/1.25" in answer.headers["server"]
    assert "<h1>502 Bad Gateway</h1>" in answer.text
    assert client.get("/api/oauth/usage").status_code == 401  # once only, then the API again


def test_standalone_entry_seeds_an_organisation() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-m", "tests.fakes.server", "--port", "0", "--org-users", "12"]
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        headers = {"x-api-key": info["admin_key"], **ADMIN, "anthropic-beta": SPEND_LIMITS_BETA}
        answer = httpx.get(f"{info['base_url']}{SPEND}", headers=headers, timeout=10)
        assert len(answer.json()["data"]) == 12
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0
