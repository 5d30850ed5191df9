"""The tray starts without its dialogs: they cost about a seventh of ``tray.app``'s import
time (issue 17's start-to-icon target) and are loaded when one is first opened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_starting_the_tray_imports_no_dialog() -> None:
    probe = "import sys, tray.app; print(sorted(m for m in sys.modules if 'dialogs' in m))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_add_request_is_the_same_type_the_dialog_emits() -> None:
    from tray.add_method import AddMethod, AddRequest
    from tray.dialogs import AddMethod as DialogMethod
    from tray.dialogs import AddRequest as DialogRequest

    assert (DialogMethod, DialogRequest) == (AddMethod, AddRequest)
