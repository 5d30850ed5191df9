"""Where the tray's files (the app icon) are: next to this module, or inside a PyInstaller
bundle, whose files are unpacked under ``sys._MEIPASS``."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["APP_ICON", "resource_path", "resources_dir"]

APP_ICON = "claude-usage-tray.svg"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "tray" / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource_path(name: str) -> Path:
    """The path of a bundled resource file (it may not exist if packaging dropped it)."""
    return resources_dir() / name
