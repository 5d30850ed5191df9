"""Every module with macOS or Windows branches stays covered by tests that run on Linux.

The platform tests run once more in a subprocess under pytest-cov, measuring only the
platform modules, and each must reach :data:`MINIMUM` percent of its lines. A subprocess,
rather than ``--cov`` on the whole ``make test`` run, because a per-module threshold can only
be judged after every test that covers the module has run, and because tracing only these
tests keeps the cost at their own run time (about ten seconds) instead of slowing every
test of the suite. The table is printed on every run, so ``make test`` shows it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

MINIMUM = 90.0

# The modules with macOS- or Windows-only branches (or that exist for those systems), as
# paths from the repository root.
PLATFORM_MODULES = (
    "core/anthropic/network.py",  # select() where Windows has no poll()
    "core/base/atomic.py",  # os.replace retried on Windows; no folder fsync there
    "core/credentials/__init__.py",  # the per-OS credential source factory
    "core/credentials/keychain.py",  # macOS: the `security` tool
    "core/credentials/keyring_source.py",  # Windows: the Credential Manager
    "core/credentials/location.py",  # %USERPROFILE%, auto platform
    "core/credentials/wsl.py",  # Windows: Claude Code logins inside WSL distributions
    "core/cli/cached.py",  # the status line's %USERPROFILE% (Node's homedir on Windows)
    "core/store/keys.py",  # the store key in each OS's keyring; ioreg, MachineGuid
    "core/base/paths.py",  # platformdirs' per-OS folders; POSIX-only modes
    "core/diagnostics.py",  # the self-test's check of each OS's keyring backend
    "tray/autostart.py",  # LaunchAgent, HKCU Run key, XDG autostart
    "tray/icon.py",  # template (mask) icons on macOS
    "tray/notifications.py",  # freedesktop Notify on Linux, Qt's balloons elsewhere
    "tray/resources.py",  # files inside the frozen app
    "tray/selftest.py",  # --self-test: frozen or not, UTF-8 mode
    "tray/single_instance.py",  # a Unix socket or a named pipe
    "packaging/bundle_config.py",  # per-platform bundle contents and tags
    "packaging/winver.py",  # the Windows version resource
)

# The tests that exercise them (other tests touch them too, but these are enough, and fast).
PLATFORM_TESTS = (
    "tests/core/test_network_backend.py",
    "tests/core/test_credentials_keychain.py",
    "tests/core/test_credentials_location.py",
    "tests/core/test_statusline.py",
    "tests/core/test_credentials_windows.py",
    "tests/core/test_credentials_wsl.py",
    "tests/core/test_keys.py",
    "tests/core/test_paths.py",
    "tests/core/test_platform_paths.py",
    "tests/tray/test_autostart.py",
    "tests/tray/test_icon.py",
    "tests/tray/test_notifications.py",
    "tests/tray/test_selftest.py",
    "tests/tray/test_single_instance.py",
    "tests/packaging/test_packaging.py",
    "tests/packaging/test_platform_artifacts.py",
)


def measured_sources() -> list[str]:
    """``--cov`` arguments: importable modules by name, packaging/ (not a package) by folder."""
    sources = {"packaging"}
    for module in PLATFORM_MODULES:
        if not module.startswith("packaging/"):
            sources.add(module.removesuffix(".py").removesuffix("/__init__").replace("/", "."))
    return [f"--cov={source}" for source in sorted(sources)]


def coverage_table(percents: dict[str, float]) -> str:
    width = max(len(module) for module in percents)
    lines = [f"{'platform module':<{width}}  lines covered (minimum {MINIMUM:g} %)"]
    for module, percent in percents.items():
        flag = "" if percent >= MINIMUM else "  <-- below the minimum"
        lines.append(f"{module:<{width}}  {percent:6.1f} %{flag}")
    return "\n".join(lines)


def test_every_platform_module_is_covered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "coverage.json"
    # A coverage run of the outer pytest (pytest-cov's subprocess hooks) must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE_", "COVERAGE_"))}
    env.pop("PYTEST_ADDOPTS", None)
    env["COVERAGE_FILE"] = str(tmp_path / ".coverage")  # not in the work tree
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts="),
            *measured_sources(),
            f"--cov-report=json:{report}",
            "--cov-report=",
            *PLATFORM_TESTS,
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    files = json.loads(report.read_text())["files"]
    missing = [module for module in PLATFORM_MODULES if module not in files]
    assert not missing, f"not measured (never imported by the platform tests): {missing}"
    percents = {m: files[m]["summary"]["percent_covered"] for m in PLATFORM_MODULES}
    table = coverage_table(percents)
    with capsys.disabled():
        print("\n" + table)
    below = {module: percent for module, percent in percents.items() if percent < MINIMUM}
    assert not below, table
