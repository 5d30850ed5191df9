"""The layers of ``core`` drawn in docs/architecture.md, held against the imports: a unit
(a subpackage, or a top-level module) imports only units on lower layers."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO_ROOT

CORE = REPO_ROOT / "core"

# Bottom first; units on one layer do not import each other.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"core.errors", "core.version"}),
    frozenset({"core.base", "core.models"}),
    frozenset({"core.names", "core.credentials", "core.anthropic", "core.feed"}),
    frozenset({"core.store"}),
    frozenset({"core.usage"}),
    frozenset({"core.admin", "core.history"}),
    frozenset({"core.config", "core.diagnostics"}),
    frozenset({"core.client", "core.local"}),
    frozenset({"core.cli"}),
    frozenset({"core"}),  # the public surface, which names the CLI's JSON document too
)
LAYER_OF = {unit: index for index, units in enumerate(LAYERS) for unit in units}


def unit_of(module: str) -> str:
    """``core.usage.tokens`` → ``core.usage``; ``core.client`` → ``core.client``."""
    parts = module.split(".")
    return ".".join(parts[:2])


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_core_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] == "core":
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "core")
    return found


def test_every_unit_has_a_layer() -> None:
    units = {unit_of(module_name(path)) for path in CORE.rglob("*.py")}
    assert units == set(LAYER_OF)


def test_core_imports_only_downwards() -> None:
    wrong = []
    for path in sorted(CORE.rglob("*.py")):
        here = unit_of(module_name(path))
        for imported in imported_core_modules(path):
            there = unit_of(imported)
            if there != here and LAYER_OF[there] >= LAYER_OF[here]:
                wrong.append(f"{module_name(path)} imports {imported}")
    assert wrong == []


def test_core_uses_one_import_style() -> None:
    """Absolute imports only: ``from core.usage.parsing import …``, never ``from .parsing``."""
    relative = [
        str(path.relative_to(REPO_ROOT))
        for path in sorted(CORE.rglob("*.py"))
        if any(
            isinstance(node, ast.ImportFrom) and node.level > 0
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    ]
    assert relative == []
