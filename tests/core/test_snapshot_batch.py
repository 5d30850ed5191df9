"""Saving every account's snapshot of a refresh at once (``SnapshotCache.save_many``).

A refresh of many accounts saves them together (issue 17): the folder is prepared once and
snapshots kept under a bare name before ids existed are found by one listing. Each account
must still end with exactly its own snapshot, and one that cannot be written must not cost
the others theirs.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.models import ExtraUsage, OAuthUsage
from core.usage.parsing import parse_usage
from core.usage.snapshots import SnapshotCache, usage_to_dict

DATA = Path(__file__).resolve().parents[1] / "data"
FETCHED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def usage_of(name: str) -> OAuthUsage:
    data = json.loads((DATA / "usage_model_limits.json").read_text())
    return parse_usage(data, account_name=name, fetched_at=FETCHED)


def test_every_snapshot_of_a_batch_is_saved_and_reads_back_equal(tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path / "snapshots", private_root=tmp_path)
    batch = [(f"id-{n}", usage_of(f"Account {n}")) for n in range(5)]

    cache.save_many(batch)

    for key, usage in batch:
        assert cache.load(key) == usage
    assert (tmp_path / "snapshots").stat().st_mode & 0o777 == 0o700


def test_only_the_batchs_own_pre_id_snapshots_are_removed(tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path)
    work, other = usage_of("Work"), usage_of("Other")
    for usage in (work, other):  # where the version before ids kept them
        cache._name_path(usage.account_name).write_text(json.dumps(usage_to_dict(usage)))

    cache.save_many([("id-work", work)])

    assert not cache._name_path("Work").exists()
    assert cache._name_path("Other").exists()  # not in this batch: still found by its name
    assert cache.load("id-other", "Other") == other


def test_a_snapshot_that_cannot_be_written_costs_the_others_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = SnapshotCache(tmp_path)
    blocked = usage_of("Blocked")
    cache._id_path("id-blocked").mkdir()  # a folder where its file belongs: replace fails
    cache._name_path("Blocked").write_text(json.dumps(usage_to_dict(blocked)))
    fine = usage_of("Fine")

    with caplog.at_level(logging.WARNING):
        cache.save_many([("id-blocked", blocked), ("id-fine", fine)])

    assert cache.load("id-fine") == fine
    assert cache.load("id-blocked") is None
    assert cache._name_path("Blocked").exists()  # its only copy stays until one is saved
    assert "Could not save the last usage snapshot" in caplog.text


def test_an_unusable_folder_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "snapshots").write_text("a file where the folder belongs")
    cache = SnapshotCache(tmp_path / "snapshots")

    with caplog.at_level(logging.WARNING):
        cache.save_many([("id-1", usage_of("Work"))])

    assert "Could not save the last usage snapshot" in caplog.text
    assert (tmp_path / "snapshots").read_text() == "a file where the folder belongs"


def test_the_saved_limits_and_credits_are_plain_values(tmp_path: Path) -> None:
    credits = ExtraUsage(
        is_enabled=True, monthly_limit=50.0, used_credits=12.5, utilization=25.0, currency="USD"
    )
    usage = dataclasses.replace(usage_of("Work"), extra_usage=credits)
    cache = SnapshotCache(tmp_path)

    cache.save_many([("id-1", usage)])

    saved = json.loads(cache._id_path("id-1").read_text())
    first = usage.limits[0]
    assert saved["limits"][0]["kind"] == first.kind
    assert saved["limits"][0]["resets_at"] == (first.resets_at and first.resets_at.isoformat())
    assert saved["extra_usage"] == {
        "is_enabled": True,
        "monthly_limit": 50.0,
        "used_credits": 12.5,
        "utilization": 25.0,
        "currency": "USD",
    }
    assert cache.load("id-1") == usage
