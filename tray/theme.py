"""The popup's colours, one set per light and dark theme, and the Appearance setting.

Qt's palette gives the window and text colours of the desktop's theme, but not a muted text,
a card, a track or band colours that stay readable on it: those are chosen here, per theme,
and a test checks every text colour against the background it is drawn on (4.5:1, WCAG AA)
and every bar colour against its card (3:1, WCAG's non-text contrast). The icon keeps its
own bright badge colours (:data:`tray.icon.LEVEL_COLORS`), drawn on any panel.

:func:`apply_appearance` puts the Appearance setting into effect: System follows the
desktop's palette; Light and Dark set Qt's Fusion style with the theme's palette, which
looks the same on every desktop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from .viewmodel import Level, Severity

__all__ = [
    "DARK",
    "LIGHT",
    "Appearance",
    "Theme",
    "apply_appearance",
    "blend",
    "contrast_ratio",
    "current_theme",
    "is_dark",
]


class Appearance(StrEnum):
    """The Appearance setting."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Theme:
    """Named colours (``#rrggbb``) of one theme."""

    dark: bool
    window: str  # the popup's background
    card: str  # an account row's background
    border: str  # the popup's and rows' outlines
    text: str
    muted: str  # secondary text: captions, column heads, the age line
    track: str  # an empty usage bar
    focus: str  # the focus ring of the row that has the keyboard
    highlight: str  # a row just added, briefly
    bands: Mapping[Level, str]  # bar fills and chip text, by band
    severities: Mapping[Severity, str]  # state lines' text

    def band(self, level: Level) -> QColor:
        return QColor(self.bands[level])

    def severity(self, severity: Severity) -> QColor:
        return QColor(self.severities[severity])


CHIP_TINT = 0.14  # a chip's background: its band colour at this opacity over the card

LIGHT = Theme(
    dark=False,
    window="#f6f8fa",
    card="#ffffff",
    border="#d0d7de",
    text="#1f2328",
    muted="#59636e",
    track="#e3e7eb",
    focus="#0969da",
    highlight="#ddf4ff",
    bands={
        Level.NONE: "#6e7781",
        Level.OK: "#1a7f37",
        Level.NOTICE: "#9a6700",
        Level.WARNING: "#b34700",
        Level.CRITICAL: "#c21f2b",
    },
    severities={Severity.INFO: "#1f2328", Severity.WARNING: "#8a5300", Severity.ERROR: "#c21f2b"},
)

DARK = Theme(
    dark=True,
    window="#1c2128",
    card="#262c34",
    border="#444c56",
    text="#e6edf3",
    muted="#a2acb8",
    track="#3a414b",
    focus="#6cb6ff",
    highlight="#143d66",
    bands={
        Level.NONE: "#8b949e",
        Level.OK: "#57ab5a",
        Level.NOTICE: "#d4a72c",
        Level.WARNING: "#f0883e",
        Level.CRITICAL: "#ff6b6b",
    },
    severities={Severity.INFO: "#e6edf3", Severity.WARNING: "#e0a03d", Severity.ERROR: "#ff7b72"},
)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def _luminance(color: QColor) -> float:
    r, g, b = (_linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2's contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))))
    return (lb + 0.05) / (la + 0.05)


def blend(top: QColor | str, alpha: float, bottom: QColor | str) -> QColor:
    """``top`` at ``alpha`` over ``bottom``: the opaque colour a tint really shows."""
    t, u = QColor(top), QColor(bottom)
    mix = [
        round(a * alpha + b * (1 - alpha))
        for a, b in ((t.red(), u.red()), (t.green(), u.green()), (t.blue(), u.blue()))
    ]
    return QColor(*mix)


def is_dark(palette: QPalette) -> bool:
    """A dark palette: light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def current_theme(palette: QPalette | None = None) -> Theme:
    """The theme matching ``palette`` (the application's by default)."""
    found = palette if palette is not None else QGuiApplication.palette()
    return DARK if is_dark(found) else LIGHT


def theme_palette(theme: Theme) -> QPalette:
    """A full Qt palette of the theme (for Fusion), so dialogs follow the popup."""
    palette = QPalette()
    roles = QPalette.ColorRole
    pairs = {
        roles.Window: theme.window,
        roles.WindowText: theme.text,
        roles.Base: theme.card,
        roles.AlternateBase: theme.window,
        roles.Text: theme.text,
        roles.Button: theme.card,
        roles.ButtonText: theme.text,
        roles.ToolTipBase: theme.card,
        roles.ToolTipText: theme.text,
        roles.PlaceholderText: theme.muted,
        roles.Highlight: theme.focus,
        roles.HighlightedText: theme.window if theme.dark else "#ffffff",
        roles.Link: theme.focus,
        roles.Mid: theme.border,
        roles.Midlight: theme.border,
        roles.Light: theme.card,
        roles.Dark: theme.border,
        roles.Shadow: "#000000",
    }
    for role, color in pairs.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(theme.muted))
    return palette


_system: tuple[str, QPalette] | None = None  # the desktop's style and palette, kept once


def apply_appearance(appearance: Appearance) -> None:
    """System: the desktop's own style and palette; Light/Dark: Fusion with the theme's."""
    from PySide6.QtWidgets import QApplication

    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if _system is None and style is not None:
        _system = (style.name(), QPalette(app.palette()))
    if appearance is Appearance.SYSTEM:
        if _system is not None:
            app.setStyle(_system[0])
            app.setPalette(_system[1])
        return
    app.setStyle("Fusion")
    app.setPalette(theme_palette(DARK if appearance is Appearance.DARK else LIGHT))
