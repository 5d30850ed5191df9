"""The release workflow, which no machine here can run: linted, and checked for the order of
its steps (tests before installers on macOS and Windows).

actionlint (from the dev extras) type-checks the workflow's expressions, runner labels,
action versions and, through ShellCheck, its ``run:`` scripts. ``make lint`` runs it too;
this test makes CI run it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO_ROOT

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
RELEASE = WORKFLOWS / "release.yml"


def tool(name: str) -> str:
    """A program installed with the dev extras, next to this Python (not whatever is on PATH)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is missing: pip install -e '.[dev]'"
    return found


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [tool("actionlint"), "-no-color", f"-shellcheck={tool('shellcheck')}", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_workflows_lint_clean() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert RELEASE in files
    result = actionlint(*files)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_actionlint_and_shellcheck_catch_mistakes(tmp_path: Path) -> None:
    """The same run on a broken copy fails: a retired runner, a shell word-splitting bug."""
    broken = tmp_path / "release.yml"
    text = RELEASE.read_text(encoding="utf-8")
    text = text.replace("os: macos-15-intel", "os: macos-12")
    text = text.replace("run: cat dist/.bundle-stamp.json", "run: files=$(ls dist); cat $files")
    broken.write_text(text, encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1
    assert 'label "macos-12" is unknown' in result.stdout
    assert "SC2086" in result.stdout  # ShellCheck: double quote to prevent globbing


def build_job() -> dict[str, Any]:
    workflow = yaml.safe_load(RELEASE.read_text(encoding="utf-8"))
    job: dict[str, Any] = workflow["jobs"]["build"]
    return job


def step_index(steps: list[dict[str, Any]], command: str) -> int:
    return next(i for i, step in enumerate(steps) if command in step.get("run", ""))


@pytest.mark.parametrize("system", ["macOS", "Windows"])
def test_macos_and_windows_run_the_tests_before_building(system: str) -> None:
    job = build_job()
    runners = [entry["os"] for entry in job["strategy"]["matrix"]["include"]]
    prefix = {"macOS": "macos-", "Windows": "windows-"}[system]
    assert any(runner.startswith(prefix) for runner in runners)
    steps = job["steps"]
    build = step_index(steps, "python packaging/build.py")
    for command in ("make test", "python -m tray --self-test"):
        index = step_index(steps, command)
        assert index < build, f"{command!r} runs after the installers are built"
        condition = steps[index].get("if")
        assert condition == "runner.os != 'Linux'", condition  # true on macOS and Windows
    installs = step_index(steps, 'pip install -e ".[dev]"')
    assert installs < step_index(steps, "make test")


def test_every_runner_builds_and_self_tests_its_frozen_app() -> None:
    job = build_job()
    steps = job["steps"]
    build = step_index(steps, "python packaging/build.py")
    for system in ("Linux", "macOS", "Windows"):
        frozen = next(
            i
            for i, step in enumerate(steps)
            if step.get("if") == f"runner.os == '{system}'" and "--self-test" in step["run"]
        )
        assert frozen > build
