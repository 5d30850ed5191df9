"""What the e2e tests share besides the desktop: finding colours on screen.

The app runs in another process, so the tests look at it the way a user does: the tray icon
by its badge colour in a screenshot of trayer's panel. What the popup says is read through
the accessibility tree (:mod:`tests.e2e.atspi`), as a screen reader reads it.
"""

from __future__ import annotations

from tests.e2e.conftest import Box, Desktop

RGB = tuple[int, int, int]
COLOR_TOLERANCE = 6  # per channel: antialiasing and 24-bit rounding move colours a little


def rgb(color: str) -> RGB:
    """``"#f0883e"`` → ``(240, 136, 62)``."""
    value = int(color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _matches(pixel: RGB, color: RGB) -> bool:
    return all(abs(a - b) <= COLOR_TOLERANCE for a, b in zip(pixel, color, strict=True))


def pixels_of(desktop: Desktop, color: RGB, box: Box | None = None) -> int:
    """How many pixels of ``box`` (default: the tray) have ``color``."""
    pixels = desktop.pixels(box) if box else desktop.tray_pixels()
    return sum(_matches(pixel, color) for pixel in pixels)


def color_box(desktop: Desktop, color: RGB, minimum: int) -> Box | None:
    """The bounding box, on the screen, of the tray's pixels of ``color`` — the icon's badge —
    or None while there are fewer than ``minimum`` of them."""
    left, top, width, _ = desktop.tray_area
    found = [i for i, pixel in enumerate(desktop.tray_pixels()) if _matches(pixel, color)]
    if len(found) < minimum:
        return None
    xs = [i % width for i in found]
    ys = [i // width for i in found]
    return left + min(xs), top + min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def center(box: Box) -> tuple[int, int]:
    x, y, width, height = box
    return x + width // 2, y + height // 2
