"""The tray uses ``core`` through its documented surface only: ``from core import NAME``
with NAME in ``core.__all__`` — never a submodule (docs/architecture.md, "The seam")."""

from __future__ import annotations

import ast
from pathlib import Path

import core
from tests.conftest import REPO_ROOT

TRAY = REPO_ROOT / "tray"


def core_imports(path: Path) -> list[tuple[str, str]]:
    """``(module, name)`` for every import of core in ``path`` (name "" for ``import``)."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] == "core":
                found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names if a.name.split(".")[0] == "core"]
    return found


def test_the_tray_imports_only_names_core_exports() -> None:
    exported = set(core.__all__)
    wrong = [
        f"{path.relative_to(REPO_ROOT)}: {module} {name}".strip()
        for path in sorted(TRAY.rglob("*.py"))
        for module, name in core_imports(path)
        if module != "core" or name not in exported
    ]
    assert wrong == []


def test_the_check_sees_a_submodule_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import core.client\nfrom core.usage import scheduler\nfrom core import Scheduler\n"
    )
    assert core_imports(sample) == [
        ("core.client", ""),
        ("core.usage", "scheduler"),
        ("core", "Scheduler"),
    ]
