"""Issue 15, item 8: what organisation admins ask for beyond tokens.

Claude Code productivity (``core_metrics``, ``tool_actions``) per user and for the
organisation, and spend limits (``spend_limits/effective``, beta header) — parsed from the
recorded shapes, then fetched from the fake server over real sockets for an organisation
of 200 people, and shown by the CLI (top 5 in text, everyone in ``--json``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.admin.fetcher import SPEND_LIMITS_BETA, SPEND_LIMITS_PATH, AdminFetcher
from core.admin.org_reports import productivity, productivity_rows, spend_limits
from core.anthropic.api import AnthropicApi, new_http_client
from core.anthropic.endpoints import Endpoints
from core.cli.text_output import Style, format_usage
from core.errors import ResponseFormatError
from core.models import AccountStatus, AdminUsage
from tests.core.test_admin import admin_record
from tests.core.test_cli import cli
from tests.fakes import organisation
from tests.fakes.server import FakeAnthropic

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)
DAYS = ["2026-11-01", "2026-11-02", "2026-11-03"]


def sample(name: str) -> Any:
    return json.loads((DATA / name).read_text())


# -- parsing ---------------------------------------------------------------------------------------


def test_productivity_per_actor_and_in_total() -> None:
    people, total = productivity(productivity_rows(sample("admin_claude_code_report.json")))
    ana = next(p for p in people if p.actor_name == "ana@example.com")
    assert (ana.sessions, ana.lines_added, ana.lines_removed) == (4, 310, 95)
    assert (ana.commits, ana.pull_requests) == (3, 1)
    assert (ana.accepted, ana.rejected) == (20, 2)
    assert ana.estimated_cost_cents == 187
    bot = next(p for p in people if p.actor_name == "ci-bot (API key)")
    assert bot.sessions == 9
    assert total.actor_name is None
    assert (total.sessions, total.lines_added, total.commits) == (13, 350, 3)
    assert [p.actor_name for p in people] == ["ana@example.com", "ci-bot (API key)"]


def test_productivity_sums_days_and_tools() -> None:
    rows = [
        *productivity_rows({"data": organisation.claude_code_records(3, "2026-11-01")}),
        *productivity_rows({"data": organisation.claude_code_records(3, "2026-11-02")}),
    ]
    people, total = productivity(rows)
    assert len(people) == 3
    first = next(p for p in people if p.actor_name == organisation.member_email(1))
    assert first.sessions == 2 * (1 + 1 % 7)
    assert first.tool_actions["edit_tool"].accepted == 2 * (10 + 1)  # summed over the days
    assert first.tool_actions["multi_edit_tool"].accepted == 2 * (5 + 1)
    assert first.accepted == 2 * (10 + 1 + 5 + 1)
    assert total.sessions == sum(p.sessions for p in people)


@pytest.mark.parametrize(
    "record",
    [
        {"actor": "nobody", "core_metrics": "x", "tool_actions": [1, 2]},
        {"core_metrics": {"num_sessions": -4, "lines_of_code": {"added": "12"}}},
        {"tool_actions": {"edit_tool": {"accepted": True, "rejected": 1.5}}},
    ],
)
def test_odd_records_count_what_they_can(record: dict[str, Any]) -> None:
    (row,) = productivity_rows({"data": [record]})
    assert row.sessions >= 0
    assert row.actor == "(unknown user)"


def test_a_page_without_data_is_refused() -> None:
    with pytest.raises(ResponseFormatError):
        productivity_rows({"records": []})
    with pytest.raises(ResponseFormatError):
        spend_limits([{"members": []}])


def test_spend_limits_from_the_recorded_shape() -> None:
    limits = spend_limits([sample("admin_spend_limits_effective.json")])
    assert limits.available is True
    assert limits.organization_limit_cents == 500_000
    assert limits.organization_spent_cents == 412_345.5
    assert limits.organization_percent == pytest.approx(82.469, abs=0.001)
    names = [m.member for m in limits.members]
    assert names == ["ana@example.com", "ben@example.com", "ci-bot (API key)"]
    assert limits.members[0].percent == 93.75
    assert limits.members[2].limit_cents is None
    assert limits.members[2].percent is None
    assert [m.member for m in limits.members_above(80)] == ["ana@example.com"]


def test_spend_limits_tolerate_other_spellings() -> None:
    page = {
        "data": [
            {"email": "a@x", "limit": 1000, "spent": "900"},
            {"member": "b@x", "limit_amount": "junk", "current_spend": 5},
            "not an object",
        ]
    }
    limits = spend_limits([page])
    assert [(m.member, m.limit_cents, m.spent_cents) for m in limits.members] == [
        ("a@x", 1000, 900),
        ("b@x", None, 5),
    ]
    assert limits.organization_limit_cents is None
    assert limits.organization_spent_cents == 905  # summed when the page does not say


# -- over real sockets ------------------------------------------------------------------------


@pytest.fixture
async def api(fake_server: FakeAnthropic) -> AsyncIterator[AnthropicApi]:
    async with new_http_client() as http:
        yield AnthropicApi(http, Endpoints(api_base=fake_server.base_url))


async def test_a_200_person_organisation_from_the_fake(
    fake_server: FakeAnthropic, api: AnthropicApi
) -> None:
    key = fake_server.add_admin_key()
    fake_server.seed_organisation(200, DAYS)

    usage = await AdminFetcher(api, clock=lambda: NOW).fetch(admin_record(key))

    assert usage.status is AccountStatus.OK, usage.error
    assert len(usage.productivity) == 200
    expected_total = sum(organisation.member_cost_cents(i) for i in range(1, 201)) * len(DAYS)
    assert usage.productivity_total is not None
    assert usage.productivity_total.estimated_cost_cents == expected_total
    assert usage.productivity[0].actor_name == organisation.member_email(1)  # top spender
    assert usage.spend_limits is not None
    assert len(usage.spend_limits.members) == 200  # two pages of 100, both followed
    assert len(usage.spend_limits.members_above(80)) == organisation.members_above_80(200) == 4
    top = usage.spend_limits.members[0]
    assert top.spent_cents == organisation.member_cost_cents(1) * len(DAYS)  # to date
    asked = fake_server.requests_to(SPEND_LIMITS_PATH)
    assert len(asked) == 2
    assert all(r.headers.get("anthropic-beta") == SPEND_LIMITS_BETA for r in asked)


async def test_spend_limits_not_available_is_said_once_and_not_asked_again(
    fake_server: FakeAnthropic, api: AnthropicApi
) -> None:
    key = fake_server.add_admin_key()
    fake_server.set_spend_limits(None)  # the endpoint answers 404
    fetcher = AdminFetcher(api, clock=lambda: NOW)

    first = await fetcher.fetch(admin_record(key), user_initiated=True)
    second = await fetcher.fetch(admin_record(key), user_initiated=True)

    for usage in (first, second):
        assert usage.status is AccountStatus.OK
        assert usage.spend_limits is not None
        assert usage.spend_limits.available is False
        assert not any("Spend limits" in note for note in usage.notes)  # quietly
    assert fake_server.count(SPEND_LIMITS_PATH) == 1


async def test_a_403_is_not_available_too(fake_server: FakeAnthropic, api: AnthropicApi) -> None:
    key = fake_server.add_admin_key()
    fake_server.fail(
        SPEND_LIMITS_PATH, 403, body={"error": {"type": "permission_error", "message": "no"}}
    )
    usage = await AdminFetcher(api, clock=lambda: NOW).fetch(admin_record(key))
    assert usage.spend_limits is not None
    assert usage.spend_limits.available is False


async def test_a_server_error_there_is_a_note_not_a_failure(
    fake_server: FakeAnthropic, api: AnthropicApi
) -> None:
    key = fake_server.add_admin_key()
    fake_server.fail(SPEND_LIMITS_PATH, 500)
    usage = await AdminFetcher(api, clock=lambda: NOW).fetch(admin_record(key))
    assert usage.status is AccountStatus.OK
    assert usage.spend_limits is None
    assert any(note.startswith("Spend limits unavailable") for note in usage.notes)


# -- what the CLI shows ----------------------------------------------------------------------------


def org_usage() -> AdminUsage:
    rows = productivity_rows({"data": organisation.claude_code_records(200, "2026-11-01")})
    people, total = productivity(rows)
    return AdminUsage(
        account_name="Org",
        fetched_at=NOW,
        productivity=people,
        productivity_total=total,
        spend_limits=spend_limits([organisation.spend_limits_effective(200)]),
    )


def test_text_shows_the_organisation_the_top_five_and_the_spend_limits() -> None:
    text = format_usage([org_usage()], NOW, Style(color=False))
    lines = text.splitlines()
    claude = next(line for line in lines if line.startswith("  Claude Code"))
    assert "sessions" in claude
    assert "commits" in claude
    assert "of edits accepted" in claude
    people = [line for line in lines if line.startswith("    dev")]
    assert len(people) == 5
    top = organisation.member_cost_cents(1) / 100
    assert people[0].startswith(f"    dev001@example.com  ${top:,.2f} · 2 sessions")
    assert "    … and 195 more" in lines
    spend = next(line for line in lines if line.startswith("  Spend limits"))
    assert "4 members above 80 % of their limit" in spend
    assert f"of ${organisation.org_limit_cents(200, 1) / 100:,.2f}" in spend


def test_cli_json_lists_every_user(fake_server: FakeAnthropic, tmp_path: Path) -> None:
    key = fake_server.add_admin_key()
    today = datetime.now(UTC).date()
    days = [(today - timedelta(days=n)).isoformat() for n in range(today.day)]
    fake_server.seed_organisation(200, days)
    assert cli(fake_server, "admin", "Org", key).returncode == 0
    result = cli(fake_server, "usage", "Org", "--json")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)["accounts"]
    assert entry.get("schema_version", True)
    assert len(entry["productivity"]) == 200
    assert entry["productivity_total"]["sessions"] > 0
    assert entry["spend_limits"]["available"] is True
    assert len(entry["spend_limits"]["members"]) == 200
    assert entry["spend_limits"]["members_above_80"] >= 1
    text = cli(fake_server, "usage", "Org").stdout
    assert text.count("\n    dev") == 5
