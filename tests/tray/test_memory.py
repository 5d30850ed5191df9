"""Process-level memory settings (``tray.memory``): PySide6's source check answers the same
without keeping every imported module's lines; the glibc calls work on glibc and do nothing
elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tray import memory


def _module_from(path: Path) -> ModuleType:
    module = ModuleType(path.stem)
    module.__file__ = str(path)
    return module


def test_a_module_whose_source_names_pyside_uses_it(tmp_path: Path) -> None:
    qt = tmp_path / "widgets.py"
    qt.write_text("from PySide6.QtWidgets import QLabel\n")
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n")
    assert memory.uses_pyside(_module_from(qt)) is True
    assert memory.uses_pyside(_module_from(plain)) is False


def test_modules_without_a_readable_source_do_not_use_pyside(tmp_path: Path) -> None:
    compiled = tmp_path / "fast.so"
    compiled.write_bytes(b"PySide6")  # a compiled module is never read as source
    gone = tmp_path / "removed.py"  # imported, then its file deleted
    assert memory.uses_pyside(sys) is False  # builtin: no file at all
    assert memory.uses_pyside(_module_from(compiled)) is False
    assert memory.uses_pyside(_module_from(gone)) is False


_PROBE = """
import json, linecache, sys
from tray import memory
skipped = memory.skip_import_sources() if sys.argv[1] == "skip" else False
import tray.popup  # imports tray.cards (PySide6) and core.models (no Qt) on its way
feature = sys.modules["PySide6.support.feature"].pyside_feature_dict
print(json.dumps({
    "skipped": skipped,
    "kept": sorted(name for name in linecache.cache if name.endswith(".py")),
    "cards": feature.get("tray.cards"),
    "models": feature.get("core.models"),
}))
"""


def _import_after_pyside(mode: str) -> dict[str, Any]:
    """A fresh interpreter: PySide6 is loaded first (by ``tray.memory``'s call or by the
    tray's own imports), then the popup's modules, some using PySide6 and some not."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_pyside_keeps_no_sources_and_gets_the_same_answers() -> None:
    as_shipped = _import_after_pyside("keep")
    skipped = _import_after_pyside("skip")
    assert as_shipped["skipped"] is False
    assert skipped["skipped"] is True
    cards = str(REPO_ROOT / "tray" / "cards.py")
    assert cards in as_shipped["kept"]  # PySide6's own way
    ours = (str(REPO_ROOT / "tray"), str(REPO_ROOT / "core"))
    assert [name for name in skipped["kept"] if name.startswith(ours)] == []
    # PySide6's feature switch: 0 = a module using PySide6, -1 = one to ignore
    assert (skipped["cards"], skipped["models"]) == (0, -1)
    assert (as_shipped["cards"], as_shipped["models"]) == (0, -1)


@pytest.fixture
def fresh_glibc() -> object:
    memory.glibc.cache_clear()
    yield
    memory.glibc.cache_clear()


@pytest.mark.usefixtures("fresh_glibc")
@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_malloc_tuning_is_a_no_op_off_linux(monkeypatch: pytest.MonkeyPatch, platform: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert memory.glibc() is None
    assert memory.limit_malloc_arenas() is False
    assert memory.release_free_memory() is False


@pytest.mark.usefixtures("fresh_glibc")
def test_malloc_tuning_is_a_no_op_on_a_linux_without_glibc(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def musl(name: str) -> str:  # musl's confstr knows no glibc version
        raise ValueError(f"unrecognized configuration name {name!r}")

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "confstr", musl)
    assert memory.glibc() is None
    assert memory.limit_malloc_arenas() is False
    assert memory.release_free_memory() is False
