"""The tray icon, painted with ``QPainter`` in one of three styles (the Icon setting):

- **number**: a rounded badge in the colour of the worst session, with its percent;
- **bars**: two bars, the worst session over the worst week, each in its band colour;
- **ring**: a ring filled to the worst session, with the percent inside where it fits.

Every style says the same things the same way: an account that needs the user (sign in,
run ``claude``) adds a red dot at the top right; old values (the last fetch failed) add a
dark mark at the bottom left — never a fade, which a dark panel would swallow; with no data
at all the icon is the app's own gauge mark. Text is drawn in near-black on the bright band
colours (at least 5:1 in every band, a test checks).

Painted (not loaded) so it is crisp at every size and device-pixel ratio; :func:`render_icon`
bundles the common tray sizes at 1× and 2× into one ``QIcon``. On macOS the menu bar wants a
template (mask) image, which :func:`render_icon` produces with ``template=True``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmapCache,
)
from PySide6.QtWidgets import QSystemTrayIcon

from .icon_marks import draw_binding_marker, marker_level_or_default
from .settings import IconStyle
from .viewmodel import IconState, Level

__all__ = [
    "APP_MARK_COLOR",
    "ATTENTION_COLOR",
    "DEFAULT_RATIOS",
    "DEFAULT_SIZES",
    "LEVEL_COLORS",
    "TEXT_COLOR",
    "IconStyle",
    "level_color",
    "render_icon",
    "render_image",
    "replace_tray_icon",
]

DEFAULT_SIZES = (16, 22, 24, 32, 48, 64)
DEFAULT_RATIOS = (1.0, 2.0)

LEVEL_COLORS = {
    Level.NONE: "#8b949e",
    Level.OK: "#2da44e",
    Level.NOTICE: "#e3b341",
    Level.WARNING: "#f0883e",
    Level.CRITICAL: "#e5484d",
}
TEXT_COLOR = "#0d1117"  # on every band colour: 5:1 or better
TRACK_COLOR = "#1f2328"  # an empty bar or ring: dark, with a light rim for dark panels
RIM_COLOR = QColor(255, 255, 255, 210)
ATTENTION_COLOR = "#d1242f"
STALE_COLOR = "#1f2328"
APP_MARK_COLOR = "#c4623f"  # the app icon's terracotta


def level_color(level: Level) -> QColor:
    """The colour of a band on the icon."""
    return QColor(LEVEL_COLORS[level])


# ---------------------------------------------------------------- text


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


def _text_path(text: str, box: QRectF) -> QPainterPath:
    """``text`` as a path centred in ``box`` (paths stay sharp and maskable)."""
    font = _fitted_font(text, box)
    path = QPainterPath()
    path.addText(0, 0, font, text)
    bounds = path.boundingRect()
    path.translate(box.center() - bounds.center())
    return path


def badge_text(state: IconState, size: float) -> str:
    """The number drawn: the percent, but ``!`` for a used-up session on the smallest
    icons, where three digits would be a few pixels tall."""
    if state.percent is not None and state.percent >= 99.5 and size < 22:
        return "!"
    return state.text


# ---------------------------------------------------------------- styles


def _paint_number(painter: QPainter, state: IconState, size: float, template: bool) -> None:
    margin = max(0.5, size / 32)
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    badge = QPainterPath()
    badge.addRoundedRect(rect, size * 0.22, size * 0.22)
    painter.fillPath(badge, QColor(0, 0, 0) if template else level_color(state.level))
    text = badge_text(state, size)
    inset = size * (0.09 if len(text) < 3 else 0.05)
    path = _text_path(text, rect.adjusted(inset, inset, -inset, -inset))
    _fill_text(painter, path, template, QColor(TEXT_COLOR))


def _fill_text(painter: QPainter, path: QPainterPath, template: bool, color: QColor) -> None:
    if template:  # a mask: the text is cut out of the badge
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillPath(path, QColor(0, 0, 0))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    else:
        painter.fillPath(path, color)


def _bar(
    painter: QPainter, rect: QRectF, percent: float | None, level: Level, template: bool
) -> None:
    """One of the two bars: a dark track with a light rim, filled in the band colour."""
    radius = rect.height() / 2
    track = QPainterPath()
    track.addRoundedRect(rect, radius, radius)
    if template:
        painter.setPen(QPen(QColor(0, 0, 0), max(1.0, rect.height() / 6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(track)
    else:
        painter.setPen(QPen(RIM_COLOR, max(1.0, rect.height() / 8)))
        painter.setBrush(QColor(TRACK_COLOR))
        painter.drawPath(track)
    share = min(max((percent or 0.0) / 100.0, 0.0), 1.0)
    if share <= 0:
        return
    filled = QRectF(
        rect.left(), rect.top(), max(rect.height(), rect.width() * share), rect.height()
    )
    fill = QPainterPath()
    fill.addRoundedRect(filled, radius, radius)
    painter.fillPath(fill, QColor(0, 0, 0) if template else level_color(level))


def _paint_bars(painter: QPainter, state: IconState, size: float, template: bool) -> None:
    height = size * 0.34
    gap = size * 0.12
    top = (size - 2 * height - gap) / 2
    left, width = size * 0.06, size * 0.88
    _bar(painter, QRectF(left, top, width, height), state.percent, state.level, template)
    lower = QRectF(left, top + height + gap, width, height)
    _bar(painter, lower, state.week, state.week_level, template)


def _paint_ring(painter: QPainter, state: IconState, size: float, template: bool) -> None:
    thickness = size * (0.2 if size < 22 else 0.14)
    rect = QRectF(0, 0, size, size).adjusted(
        thickness / 2 + 0.5, thickness / 2 + 0.5, -thickness / 2 - 0.5, -thickness / 2 - 0.5
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if not template:
        painter.setPen(QPen(RIM_COLOR, thickness + 1.5))
        painter.drawEllipse(rect)
    painter.setPen(QPen(QColor(0, 0, 0, 90) if template else QColor(TRACK_COLOR), thickness))
    painter.drawEllipse(rect)
    share = min(max((state.percent or 0.0) / 100.0, 0.0), 1.0)
    if share > 0:
        pen = QPen(QColor(0, 0, 0) if template else level_color(state.level), thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, -round(share * 360 * 16))
    if size >= 22:  # the number inside, on a dark disc, where it can be read
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        disc = QPainterPath()
        disc.addEllipse(inner)
        if not template:
            painter.fillPath(disc, QColor(TRACK_COLOR))
        text = _text_path(
            state.text,
            inner.adjusted(
                inner.width() * 0.16,
                inner.height() * 0.22,
                -inner.width() * 0.16,
                -inner.height() * 0.22,
            ),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(text, QColor(0, 0, 0) if template else QColor("#ffffff"))


def _paint_app_mark(painter: QPainter, size: float, template: bool) -> None:
    """No data at all: the app's own gauge (a rounded square with a white dial), so the
    tray shows which app this is rather than an anonymous grey dash."""
    margin = max(0.5, size / 32)
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    badge = QPainterPath()
    badge.addRoundedRect(rect, size * 0.22, size * 0.22)
    painter.fillPath(badge, QColor(0, 0, 0) if template else QColor(APP_MARK_COLOR))
    if template:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    pen = QPen(QColor("#ffffff"), max(1.4, size * 0.1))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    dial = QRectF(size * 0.24, size * 0.26, size * 0.52, size * 0.52)
    painter.drawArc(dial, 215 * 16, -250 * 16)
    centre = dial.center()
    painter.drawLine(centre, QPointF(centre.x() + size * 0.14, centre.y() - size * 0.15))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)


# ---------------------------------------------------------------- marks


def _paint_attention(painter: QPainter, size: float, template: bool) -> None:
    """A red dot at the top right, ringed in white so it shows on a red badge too."""
    radius = max(2.4, size * 0.17)
    centre = QPointF(size - radius - 0.2, radius + 0.2)
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 16)))
    painter.setBrush(QColor(0, 0, 0) if template else QColor(ATTENTION_COLOR))
    painter.drawEllipse(centre, radius, radius)


def _paint_stale(painter: QPainter, size: float, template: bool) -> None:
    """Old values: a dark disc with a white clock hand at the bottom left."""
    radius = max(2.4, size * 0.17)
    centre = QPointF(radius + 0.2, size - radius - 0.2)
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 16)))
    painter.setBrush(QColor(0, 0, 0) if template else QColor(STALE_COLOR))
    painter.drawEllipse(centre, radius, radius)
    if size >= 22:
        hand = QPen(QColor("#ffffff"), max(1.0, size / 24))
        painter.setPen(hand)
        painter.drawLine(centre, QPointF(centre.x(), centre.y() - radius * 0.6))
        painter.drawLine(centre, QPointF(centre.x() + radius * 0.5, centre.y()))


_STYLES = {
    IconStyle.NUMBER: _paint_number,
    IconStyle.BARS: _paint_bars,
    IconStyle.RING: _paint_ring,
}


def _paint(
    painter: QPainter, state: IconState, size: float, template: bool, style: IconStyle
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state.percent is None and state.week is None:
        _paint_app_mark(painter, size, template)
    else:
        _STYLES[style](painter, state, size, template)
    if state.marker:  # another limit than the session binds (issue 15): bottom right
        marker = level_color(marker_level_or_default(state.marker_level))
        draw_binding_marker(painter, size, marker, template)
    if state.stale:
        _paint_stale(painter, size, template)
    if state.attention:
        _paint_attention(painter, size, template)


def render_image(
    state: IconState,
    size: int,
    ratio: float = 1.0,
    *,
    template: bool = False,
    style: IconStyle = IconStyle.NUMBER,
) -> QImage:
    """One rendering: a ``size``×``size`` (logical pixels) image at device-pixel ``ratio``."""
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.scale(pixels / size, pixels / size)
        _paint(painter, state, float(size), template, style)
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
    style: IconStyle = IconStyle.NUMBER,
) -> QIcon:
    """Every size × ratio in one ``QIcon``; a mask image on macOS unless told otherwise."""
    from PySide6.QtGui import QPixmap

    as_template = sys.platform == "darwin" if template is None else template
    icon = QIcon()
    for ratio in tuple(ratios):
        for size in sizes:
            image = render_image(state, size, ratio, template=as_template, style=style)
            icon.addPixmap(QPixmap.fromImage(image))
    icon.setIsMask(as_template)
    return icon


def replace_tray_icon(tray: QSystemTrayIcon, icon: QIcon) -> None:
    """Show ``icon`` in the panel, and let the one it replaces go.

    Qt's icon engine keeps each rendering it paints in the application's pixmap cache,
    keyed by that icon's own pixmaps, so nothing ever finds the replaced icon's renderings
    again; yet they stay until the cache's 10 MB are full. An icon that changes with every
    poll filled it: about 2 KB a refresh, 10 MB over the soak's first 5,000 cycles (issue
    17). Emptying the cache here costs Qt at most a re-rendering of the few pixmaps it
    caches for the popup's style, on its next paint.
    """
    tray.setIcon(icon)
    QPixmapCache.clear()
