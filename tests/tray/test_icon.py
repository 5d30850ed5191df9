"""The icon, rendered offscreen and read back pixel by pixel."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor, QImage

from tray.icon import DEFAULT_SIZES, LEVEL_COLORS, render_icon, render_image
from tray.viewmodel import IconState, Level, level_for


def badge_pixel(image: QImage) -> QColor:
    """A pixel inside the badge, away from the digits (near the bottom-left corner)."""
    size = image.width()
    return image.pixelColor(round(size * 0.2), round(size * 0.85))


def close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


@pytest.mark.parametrize(
    ("percent", "color"),
    [
        (10, LEVEL_COLORS[Level.OK]),
        (49, LEVEL_COLORS[Level.OK]),
        (50, LEVEL_COLORS[Level.NOTICE]),
        (79, LEVEL_COLORS[Level.NOTICE]),
        (80, LEVEL_COLORS[Level.WARNING]),
        (94, LEVEL_COLORS[Level.WARNING]),
        (95, LEVEL_COLORS[Level.CRITICAL]),
        (100, LEVEL_COLORS[Level.CRITICAL]),
    ],
)
def test_badge_colour_follows_the_band(qapp: object, percent: float, color: str) -> None:
    image = render_image(IconState(percent, level_for(percent)), 32, template=False)
    pixel = badge_pixel(image)
    assert close(pixel, QColor(color)), (pixel.name(), color)
    assert pixel.alpha() == 255


def test_no_data_is_grey(qapp: object) -> None:
    image = render_image(IconState(None, Level.NONE), 32, template=False)
    assert close(badge_pixel(image), QColor(LEVEL_COLORS[Level.NONE]))


def test_green_yellow_orange_red_are_distinct(qapp: object) -> None:
    names = {
        badge_pixel(render_image(IconState(p, level_for(p)), 22, template=False)).name()
        for p in (10, 60, 85, 97)
    }
    assert len(names) == 4


def test_stale_icon_is_dimmed(qapp: object) -> None:
    fresh = badge_pixel(render_image(IconState(60, Level.NOTICE), 32, template=False))
    stale = badge_pixel(render_image(IconState(60, Level.NOTICE, stale=True), 32, template=False))
    assert fresh.alpha() == 255
    assert stale.alpha() < 160
    assert close(QColor(stale.red(), stale.green(), stale.blue()), fresh, tolerance=6)


def test_the_percentage_is_drawn_in_a_contrasting_colour(qapp: object) -> None:
    image = render_image(IconState(88, Level.WARNING), 64, template=False)
    badge = QColor(LEVEL_COLORS[Level.WARNING])
    row = [image.pixelColor(x, 32) for x in range(64)]
    assert any(not close(pixel, badge, tolerance=40) and pixel.alpha() == 255 for pixel in row)


def test_corners_are_transparent(qapp: object) -> None:
    image = render_image(IconState(40, Level.OK), 32, template=False)
    assert image.pixelColor(0, 0).alpha() == 0


def test_high_dpi_renderings_have_more_pixels(qapp: object) -> None:
    image = render_image(IconState(40, Level.OK), 22, ratio=2.0, template=False)
    assert (image.width(), image.devicePixelRatio()) == (44, 2.0)
    assert close(badge_pixel(image), QColor(LEVEL_COLORS[Level.OK]))


def test_icon_holds_every_size(qapp: object) -> None:
    icon = render_icon(IconState(40, Level.OK), template=False)
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(DEFAULT_SIZES) <= sizes
    assert icon.isMask() is False


def test_template_icon_is_a_black_mask(qapp: object) -> None:
    icon = render_icon(IconState(40, Level.OK), template=True)
    assert icon.isMask() is True
    image = render_image(IconState(40, Level.OK), 32, template=True)
    pixel = badge_pixel(image)
    assert (pixel.red(), pixel.green(), pixel.blue(), pixel.alpha()) == (0, 0, 0, 255)
    centre_row = [image.pixelColor(x, 16).alpha() for x in range(32)]
    assert 0 in centre_row[4:28]  # the digits are cut out of the mask


@pytest.mark.parametrize(
    ("platform", "mask"), [("darwin", True), ("win32", False), ("linux", False)]
)
def test_the_menu_bar_gets_a_template_icon_on_macos_only(
    qapp: object, monkeypatch: pytest.MonkeyPatch, platform: str, mask: bool
) -> None:
    """macOS tints a template (mask) image for a light or dark menu bar; elsewhere the
    coloured badge shows."""
    monkeypatch.setattr(sys, "platform", platform)
    assert render_icon(IconState(40, Level.OK)).isMask() is mask
