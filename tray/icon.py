"""The tray icon, painted with ``QPainter``: a rounded badge in the colour of the worst
session usage with the percentage written in it.

Painted (not loaded) so it is crisp at every size and device-pixel ratio; :func:`render_icon`
bundles the common tray sizes at 1× and 2× into one ``QIcon``. On macOS the menu bar wants a
template (mask) image, which :func:`render_icon` produces with ``template=True``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QImage, QPainter, QPainterPath

from .icon_marks import draw_binding_marker, marker_level_or_default
from .viewmodel import IconState, Level

__all__ = [
    "DEFAULT_RATIOS",
    "DEFAULT_SIZES",
    "LEVEL_COLORS",
    "STALE_OPACITY",
    "level_color",
    "render_icon",
    "render_image",
]

DEFAULT_SIZES = (16, 22, 24, 32, 48, 64)
DEFAULT_RATIOS = (1.0, 2.0)
STALE_OPACITY = 0.45

LEVEL_COLORS = {
    Level.NONE: "#8b949e",
    Level.OK: "#2da44e",
    Level.NOTICE: "#e3b341",
    Level.WARNING: "#f0883e",
    Level.CRITICAL: "#e5484d",
}


def level_color(level: Level) -> QColor:
    """The colour of a band; the popup's bars use the same ones as the icon."""
    return QColor(LEVEL_COLORS[level])


def _text_color(background: QColor) -> QColor:
    """Dark text on light badges (yellow), white on the others, for contrast."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#1f2328") if luminance > 165 else QColor("#ffffff")


def _badge_path(size: float) -> QPainterPath:
    margin = max(0.5, size / 32)
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = size * 0.22
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def _fitted_font(text: str, box: QRectF) -> QFont:
    """The largest bold font whose rendering of ``text`` fits ``box``."""
    font = QFont()
    font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    pixel = max(1, int(box.height()))
    while pixel > 1:
        font.setPixelSize(pixel)
        bounds = QFontMetricsF(font).tightBoundingRect(text)
        if bounds.width() <= box.width() and bounds.height() <= box.height():
            break
        pixel -= 1
    return font


def _text_path(text: str, size: float) -> QPainterPath:
    """The percentage as a path centred in the badge (paths stay sharp and maskable)."""
    inset = size * (0.16 if len(text) < 3 else 0.1)
    box = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    font = _fitted_font(text, box)
    path = QPainterPath()
    path.addText(0, 0, font, text)
    bounds = path.boundingRect()
    path.translate(box.center() - bounds.center())
    return path


def _paint(painter: QPainter, state: IconState, size: float, template: bool) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = level_color(state.level) if not template else QColor(0, 0, 0)
    if state.stale:
        painter.setOpacity(STALE_OPACITY)
    painter.fillPath(_badge_path(size), badge)
    text = _text_path(state.text, size)
    if template:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillPath(text, QColor(0, 0, 0))
    else:
        painter.fillPath(text, _text_color(badge))
    if state.marker:  # another limit than the session binds (issue 15)
        marker = level_color(marker_level_or_default(state.marker_level))
        draw_binding_marker(painter, size, marker, template)


def render_image(
    state: IconState, size: int, ratio: float = 1.0, *, template: bool = False
) -> QImage:
    """One rendering: a ``size``×``size`` (logical pixels) image at device-pixel ``ratio``."""
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.scale(pixels / size, pixels / size)
        _paint(painter, state, float(size), template)
    finally:
        painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def render_icon(
    state: IconState,
    sizes: Iterable[int] = DEFAULT_SIZES,
    ratios: Iterable[float] = DEFAULT_RATIOS,
    *,
    template: bool | None = None,
) -> QIcon:
    """Every size × ratio in one ``QIcon``; a mask image on macOS unless told otherwise."""
    from PySide6.QtGui import QPixmap

    as_template = sys.platform == "darwin" if template is None else template
    icon = QIcon()
    for ratio in tuple(ratios):
        for size in sizes:
            image = render_image(state, size, ratio, template=as_template)
            icon.addPixmap(QPixmap.fromImage(image))
    icon.setIsMask(as_template)
    return icon
