"""The colours of both themes are readable: every text colour against every background it
is drawn on at 4.5:1 or better (WCAG AA), bars and the focus ring against their card at 3:1
(WCAG's non-text contrast); and the Appearance setting switches the whole application."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tray.theme import (
    CHIP_TINT,
    DARK,
    LIGHT,
    Appearance,
    Theme,
    apply_appearance,
    blend,
    contrast_ratio,
    current_theme,
    theme_palette,
)
from tray.viewmodel import Level, Severity

THEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]
TEXT = 4.5
GRAPHICS = 3.0


@pytest.mark.parametrize("theme", THEMES)
def test_texts_read_on_the_window_and_on_cards(theme: Theme) -> None:
    for background in (theme.window, theme.card):
        for text in (theme.text, theme.muted, *theme.severities.values()):
            assert contrast_ratio(text, background) >= TEXT, (text, background)


@pytest.mark.parametrize("theme", THEMES)
def test_bars_and_the_focus_ring_stand_out_from_the_card(theme: Theme) -> None:
    for level, color in theme.bands.items():
        assert contrast_ratio(color, theme.card) >= GRAPHICS, (level, color)
    assert contrast_ratio(theme.focus, theme.card) >= GRAPHICS
    assert contrast_ratio(theme.text, theme.track) >= TEXT  # the pace tick on the track


@pytest.mark.parametrize("theme", THEMES)
def test_chips_notices_and_highlighted_rows_keep_their_text_readable(theme: Theme) -> None:
    for color in (*theme.bands.values(), theme.severities[Severity.WARNING]):
        assert contrast_ratio(theme.text, blend(color, CHIP_TINT, theme.card)) >= TEXT
    assert contrast_ratio(theme.text, theme.highlight) >= TEXT


@pytest.mark.parametrize("theme", THEMES)
def test_the_palette_given_to_qt_is_readable_too(theme: Theme) -> None:
    palette = theme_palette(theme)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
    ]
    for text, background in pairs:
        assert contrast_ratio(palette.color(text), palette.color(background)) >= TEXT
    disabled = palette.color(group.Disabled, role.WindowText)  # notes shown greyed out
    assert contrast_ratio(disabled, palette.color(role.Window)) >= TEXT


def test_bands_stay_apart_in_each_theme() -> None:
    for theme in (LIGHT, DARK):
        colours = [theme.bands[level] for level in Level]
        assert len(set(colours)) == len(colours)


def test_appearance_switches_and_system_restores(qapp: QApplication) -> None:
    original = QApplication.palette().color(QPalette.ColorRole.Window)
    try:
        apply_appearance(Appearance.DARK)
        assert current_theme() is DARK
        assert QApplication.style().name().lower() == "fusion"
        apply_appearance(Appearance.LIGHT)
        assert current_theme() is LIGHT
    finally:
        apply_appearance(Appearance.SYSTEM)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == original
