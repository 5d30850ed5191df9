"""Open a dialog window-modally and await its result, without a nested event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLayout

from .popup import uses_grabbing_popup

__all__ = ["run_dialog", "size_to_content"]


async def run_dialog(dialog: QDialog, opened: Callable[[QDialog], None] | None = None) -> int:
    """Open ``dialog`` window-modally and wait for its result without a nested event loop."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    if not uses_grabbing_popup():
        size_to_content(dialog)
    dialog.open()
    if opened is not None:
        opened(dialog)
    return await done


def size_to_content(dialog: QDialog) -> None:
    """On Wayland, a dialog sized by its content (minimum = maximum, following it as it
    changes). Tiling compositors (sway) float such windows, as they float dialogs; a
    parentless resizable one — ours have no parent: the popup closes first — would be tiled
    over the whole screen."""
    layout = dialog.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
