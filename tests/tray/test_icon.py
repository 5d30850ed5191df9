"""The icon, rendered offscreen and read back pixel by pixel."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QSystemTrayIcon

from tray.icon import (
    APP_MARK_COLOR,
    ATTENTION_COLOR,
    DEFAULT_SIZES,
    LEVEL_COLORS,
    TEXT_COLOR,
    IconStyle,
    render_icon,
    render_image,
    replace_tray_icon,
)
from tray.theme import contrast_ratio
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


def test_no_data_shows_the_apps_own_mark_not_a_grey_dash(qapp: object) -> None:
    for state in (IconState(None, Level.NONE, accounts=False), IconState(None, Level.NONE)):
        image = render_image(state, 32, template=False)
        assert close(badge_pixel(image), QColor(APP_MARK_COLOR))


def test_green_yellow_orange_red_are_distinct(qapp: object) -> None:
    names = {
        badge_pixel(render_image(IconState(p, level_for(p)), 22, template=False)).name()
        for p in (10, 60, 85, 97)
    }
    assert len(names) == 4


def colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def opaque_share(image: QImage) -> float:
    pixels = [
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ]
    return sum(1 for alpha in pixels if alpha == 255) / len(pixels)


def test_stale_is_a_mark_not_a_fade(qapp: object) -> None:
    """A faded icon disappears on a dark panel: old values keep the full colour and add a
    dark mark at the bottom left."""
    fresh = render_image(IconState(60, Level.NOTICE), 32, template=False)
    stale = render_image(IconState(60, Level.NOTICE, stale=True), 32, template=False)
    top_right = (round(32 * 0.8), round(32 * 0.2))
    assert stale.pixelColor(*top_right) == fresh.pixelColor(*top_right)
    assert stale.pixelColor(*top_right).alpha() == 255
    corner = stale.pixelColor(round(32 * 0.17), round(32 * 0.83))
    assert contrast_ratio(corner, LEVEL_COLORS[Level.NOTICE]) > 3  # a dark mark
    assert fresh.pixelColor(round(32 * 0.17), round(32 * 0.83)) != corner


def test_attention_adds_a_red_dot(qapp: object) -> None:
    plain = render_image(IconState(60, Level.NOTICE), 32, template=False)
    marked = render_image(IconState(60, Level.NOTICE, attention=True), 32, template=False)
    dot = marked.pixelColor(round(32 - 32 * 0.17), round(32 * 0.17))
    assert close(dot, QColor(ATTENTION_COLOR), tolerance=8)
    assert not close(plain.pixelColor(round(32 - 32 * 0.17), round(32 * 0.17)), dot, tolerance=8)


@pytest.mark.parametrize(
    "level", [Level.NONE, Level.OK, Level.NOTICE, Level.WARNING, Level.CRITICAL]
)
def test_the_number_reads_at_least_4_5_to_1_in_every_band(level: Level) -> None:
    assert contrast_ratio(TEXT_COLOR, LEVEL_COLORS[level]) >= 4.5


def test_a_used_up_session_is_readable_at_16_px(qapp: object) -> None:
    """Three digits at 16 px are 4 px tall: the smallest icon says "!" instead."""
    image = render_image(IconState(100, Level.CRITICAL), 16, template=False)
    text_rows = {
        y
        for y in range(16)
        for x in range(16)
        if contrast_ratio(image.pixelColor(x, y), LEVEL_COLORS[Level.CRITICAL]) > 2.5
        and image.pixelColor(x, y).alpha() == 255
    }
    assert max(text_rows) - min(text_rows) + 1 >= 8  # half the icon
    assert len(colours(render_image(IconState(100, Level.CRITICAL), 32))) > 2  # "100" at 32


STATES = {
    "empty": IconState(None, Level.NONE, accounts=False),
    "ok": IconState(37, Level.OK, week=20),
    "notice": IconState(64, Level.NOTICE, week=55),
    "warning": IconState(88, Level.WARNING, week=41),
    "critical": IconState(97, Level.CRITICAL, week=82),
    "stale": IconState(42, Level.OK, stale=True, week=30),
    "attention": IconState(64, Level.NOTICE, week=50, attention=True),
}


@pytest.mark.parametrize("style", list(IconStyle))
@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize(("size", "ratio"), [(16, 1.0), (22, 1.0), (32, 1.0), (22, 2.0)])
def test_every_style_and_state_renders_at_every_size(
    qapp: object, style: IconStyle, state: str, size: int, ratio: float
) -> None:
    icon_state = STATES[state]
    image = render_image(icon_state, size, ratio, template=False, style=style)
    assert image.width() == round(size * ratio)
    assert 0.25 < opaque_share(image) < 1  # something drawn, corners left clear
    found = colours(image)
    if icon_state.percent is None:
        assert any(close(QColor(c), QColor(APP_MARK_COLOR), 4) for c in found)
    else:
        band = QColor(LEVEL_COLORS[icon_state.level])
        assert any(close(QColor(c), band, 4) for c in found), (style, state, size)
    if icon_state.attention:
        assert any(close(QColor(c), QColor(ATTENTION_COLOR), 6) for c in found)


def test_bars_show_the_week_in_its_own_band(qapp: object) -> None:
    image = render_image(IconState(20, Level.OK, week=97), 32, template=False, style=IconStyle.BARS)
    found = colours(image)
    assert any(close(QColor(c), QColor(LEVEL_COLORS[Level.CRITICAL]), 4) for c in found)
    assert any(close(QColor(c), QColor(LEVEL_COLORS[Level.OK]), 4) for c in found)


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


def test_a_replaced_tray_icon_leaves_no_renderings_behind(qapp: object) -> None:
    """Qt caches each rendering of an icon application-wide; the icon changes with every
    poll, so a replaced icon's renderings must not stay (the soak grew 10 MB of them)."""
    tray = QSystemTrayIcon()
    old = render_icon(IconState(40, Level.OK), template=False)
    replace_tray_icon(tray, old)
    rendering = old.pixmap(20, 20)  # a size the icon lacks: scaled, then cached by Qt
    assert old.pixmap(20, 20).cacheKey() == rendering.cacheKey()  # kept while shown
    new = render_icon(IconState(41, Level.OK), template=False)
    replace_tray_icon(tray, new)
    assert tray.icon().cacheKey() == new.cacheKey()
    assert old.pixmap(20, 20).cacheKey() != rendering.cacheKey()  # nothing kept of the old
