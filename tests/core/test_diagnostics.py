"""core.diagnostics: the self-test's checks of core's own parts, without Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import check_https, check_keyring, check_price_table, check_store_round_trip
from core.store import storage


def test_the_store_round_trip_writes_only_in_its_folder(
    tmp_path: Path, isolated_environment: Path
) -> None:
    folder = tmp_path / "scratch"
    folder.mkdir()
    assert check_store_round_trip(folder) == "encrypted write + read round trip"
    assert (folder / "accounts.enc").is_file()
    assert not Path(os.environ["CLAUDE_USAGE_HOME"]).exists()
    assert not (isolated_environment / "test-keyring.json").exists()  # a throwaway key


def test_a_store_that_reads_back_wrong_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.AccountStore, "read", lambda self: storage.StoreData((), None))
    with pytest.raises(RuntimeError, match="differs from the one written"):
        check_store_round_trip(tmp_path)


def test_the_other_checks_say_what_they_found() -> None:
    assert check_price_table().endswith(" models")
    assert check_https().endswith(".pem")
    assert "in use: " in check_keyring()
