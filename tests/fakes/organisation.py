"""A made-up organisation of N people for the fake Admin API: Claude Code records with
``core_metrics``/``tool_actions`` and the ``spend_limits/effective`` answer, deterministic
(the same N gives the same figures), so tests and screenshots can name exact values."""

from __future__ import annotations

from typing import Any

MEMBER_DAILY_LIMIT_CENTS = 26_000  # each member's limit: $260 per day of the period
ORG_HEADROOM = 1.2  # the organisation's limit: spend to date + 20 %, to the next $1,000
_TOOLS = ("edit_tool", "multi_edit_tool", "write_tool", "notebook_edit_tool")


def member_email(index: int) -> str:
    return f"dev{index:03d}@example.com"


def member_cost_cents(index: int) -> int:
    """One day's spend: a few heavy users, a long tail at $1.50 (heaviest first)."""
    return max(150, round(30_000 * 0.9 ** (index - 1)))


def members_above_80(users: int) -> int:
    """How many members are at 80 % or more of their limit (the same on any day count)."""
    return sum(
        1 for i in range(1, users + 1) if member_cost_cents(i) >= 0.8 * MEMBER_DAILY_LIMIT_CENTS
    )


def org_limit_cents(users: int, days: int) -> int:
    spent = sum(member_cost_cents(i) for i in range(1, users + 1)) * days
    return -(-round(spent * ORG_HEADROOM) // 100_000) * 100_000


def claude_code_records(users: int, day: str) -> list[dict[str, Any]]:
    """One ``usage_report/claude_code`` record per person for ``day``."""
    return [_record(index, day) for index in range(1, users + 1)]


def _record(index: int, day: str) -> dict[str, Any]:
    tool = _TOOLS[index % len(_TOOLS)]
    return {
        "date": f"{day}T00:00:00Z",
        "actor": {"type": "user_actor", "email_address": member_email(index)},
        "organization_id": "a1b2c3d4-0000-4000-8000-123456789abc",
        "customer_type": "subscription",
        "terminal_type": "vscode" if index % 2 else "iTerm.app",
        "core_metrics": {
            "num_sessions": 1 + index % 7,
            "lines_of_code": {"added": 40 + (index * 53) % 900, "removed": (index * 29) % 300},
            "commits_by_claude_code": index % 5,
            "pull_requests_by_claude_code": int(index % 3 == 0),
        },
        "tool_actions": {
            tool: {"accepted": 5 + index % 23, "rejected": index % 4},
            "edit_tool": {"accepted": 10 + index % 11, "rejected": index % 3},
        },
        "model_breakdown": [
            {
                "model": "claude-sonnet-4-5-20250929",
                "tokens": {
                    "input": 20_000 + index * 90,
                    "output": 4_000 + index * 11,
                    "cache_read": 100_000,
                    "cache_creation": 5_000,
                },
                "estimated_cost": {"currency": "USD", "amount": member_cost_cents(index)},
            }
        ],
    }


def spend_limits_effective(users: int, days: int = 1) -> dict[str, Any]:
    """The effective spend limit and spend to date (over ``days`` days) of each member."""
    limit = MEMBER_DAILY_LIMIT_CENTS * days
    members = [
        {
            "member": {"type": "user_actor", "email_address": member_email(index)},
            "spend_limit": {"amount": str(limit), "currency": "USD"},
            "spend_to_date": {"amount": str(member_cost_cents(index) * days), "currency": "USD"},
        }
        for index in range(1, users + 1)
    ]
    spent = sum(member_cost_cents(index) for index in range(1, users + 1)) * days
    org_limit = org_limit_cents(users, days)
    return {
        "organization": {
            "spend_limit": {"amount": str(org_limit), "currency": "USD"},
            "spend_to_date": {"amount": str(spent), "currency": "USD"},
        },
        "data": members,
        "has_more": False,
        "next_page": None,
    }
