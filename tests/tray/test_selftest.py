"""``claude-usage-tray --self-test``: every check runs, failures are named, nothing real is touched.

(The frozen bundle runs the same self-test in tests/e2e/test_bundle.py.)
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.fakes.os_keyrings import select_as_on
from tray import selftest


def test_all_checks_pass_from_source() -> None:
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0
    lines = out.getvalue().splitlines()
    assert "(source)" in lines[0]
    for name, _check in selftest.CHECKS:
        assert any(line.startswith(f"  ok   {name}:") for line in lines), name
    assert "all checks passed" in lines[-1]


def test_a_failing_check_is_named_and_the_exit_status_is_1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> str:
        raise FileNotFoundError("prices.json is missing")

    monkeypatch.setattr(selftest, "CHECKS", (*selftest.CHECKS[:1], ("prices", broken)))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    text = out.getvalue()
    assert "  FAIL prices: FileNotFoundError: prices.json is missing" in text
    assert text.splitlines()[-1].startswith("self-test FAILED: prices in ")


def test_secrets_in_a_failure_are_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    def leaky() -> str:
        raise RuntimeError("bad token sk-ant-oat01-SECRETSECRETSECRET-abcd")

    monkeypatch.setattr(selftest, "CHECKS", (("store", leaky),))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "SECRETSECRET" not in out.getvalue()


def test_the_store_check_leaves_the_keyring_and_data_folder_alone(
    isolated_environment: Path,
) -> None:
    home = os.environ["CLAUDE_USAGE_HOME"]
    assert selftest._check_store() == "encrypted write + read round trip"
    assert os.environ["CLAUDE_USAGE_HOME"] == home
    assert not Path(home).exists()
    assert not (isolated_environment / "test-keyring.json").exists()


def test_a_frozen_app_outside_utf8_mode_fails_the_encoding_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bundle leaves out the CJK codecs: it is only safe in UTF-8 mode."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "flags", type("Flags", (), {"utf8_mode": 0})())
    with pytest.raises(RuntimeError, match="not in UTF-8 mode"):
        selftest._check_text_encoding()


def test_no_stdout_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed Windows build has no stdout; the exit status still tells."""
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run_self_test() == 0


def test_command_line_flag_without_a_display() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "tray", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout


# -- the frozen macOS and Windows apps' self-test, as far as Linux can run it -------------------


@pytest.fixture
def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PyInstaller-like bundle folder (``sys._MEIPASS``) holding the tray's resources, and
    the interpreter flags the spec sets (UTF-8 mode)."""
    bundle = tmp_path / "_internal"
    shutil.copytree(REPO_ROOT / "tray" / "resources", bundle / "tray" / "resources")
    shutil.copytree(
        REPO_ROOT / "tray" / "translations",
        bundle / "tray" / "translations",
        ignore=shutil.ignore_patterns("*.ts"),
    )
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "flags", type("Flags", (), {"utf8_mode": 1})())
    return bundle


@pytest.mark.parametrize(
    ("platform", "system", "native"),
    [
        ("darwin", "Darwin", "keyring.backends.macOS"),
        ("win32", "Windows", "keyring.backends.Windows"),
    ],
)
def test_the_frozen_app_self_test_as_on_each_os(
    frozen_bundle: Path,
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    system: str,
    native: str,
) -> None:
    select_as_on(monkeypatch, system)
    monkeypatch.setattr(sys, "platform", platform)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0, out.getvalue()
    text = out.getvalue()
    assert "self-test (frozen)" in text
    assert f"  ok   app icon: {frozen_bundle / 'tray' / 'resources'}" in text
    assert f"native {native} importable" in text
    assert f"in use: {native}" in text
    assert "UTF-8 mode on" in text
    assert "  ok   translations: 12 Qt catalogues, 12 of 12 gettext catalogues" in text


def test_a_bundle_without_the_app_icon_fails_its_self_test(frozen_bundle: Path) -> None:
    (frozen_bundle / "tray" / "resources" / "claude-usage-tray.svg").unlink()
    with pytest.raises(FileNotFoundError, match=r"claude-usage-tray\.svg is missing"):
        selftest._check_app_icon()


def test_a_bundle_without_its_catalogues_fails_its_self_test(frozen_bundle: Path) -> None:
    for compiled in (frozen_bundle / "tray" / "translations").glob("*.qm"):
        compiled.unlink()
    with pytest.raises(FileNotFoundError, match="German catalogue is missing"):
        selftest._check_translations()


def test_a_bundle_without_qts_svg_plugin_fails_its_self_test(frozen_bundle: Path) -> None:
    """What a missing SVG image plugin looks like: the icon file is there, Qt cannot load it."""
    (frozen_bundle / "tray" / "resources" / "claude-usage-tray.svg").write_text("not svg")
    with pytest.raises(RuntimeError, match="did not load"):
        selftest._check_app_icon()


def test_a_bundle_without_keyrings_metadata_fails_its_self_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from importlib import metadata

    monkeypatch.setattr(metadata, "entry_points", lambda group: [])
    with pytest.raises(RuntimeError, match="entry points are missing"):
        selftest._check_keyring()
