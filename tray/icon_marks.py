"""Marks drawn over the tray icon's badge.

The badge's colour stays the worst *session* usage (the app's promise). When another limit
holds an account back — the weekly limit, a model's weekly limit (issue 15) — a small
triangle in the bottom-right corner, in that limit's band colour, says so (the top right
holds the attention dot, the bottom left the stale clock), with a ring in the panel-neutral
outline colour so it reads on the badge and on any panel; the tooltip names the limit.
On a template (macOS mask) icon the mark is cut out of the badge instead of coloured.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from .viewmodel import Level

__all__ = ["MARKER_FRACTION", "draw_binding_marker", "marker_level_or_default", "marker_path"]

MARKER_FRACTION = 0.42  # of the icon's side: seen at 16 px, small enough to keep the number
_OUTLINE = QColor(20, 20, 20)


def marker_path(size: float) -> QPainterPath:
    """The bottom-right corner triangle of an icon ``size`` wide."""
    side = size * MARKER_FRACTION
    path = QPainterPath(QPointF(size - side, size))
    path.lineTo(size, size)
    path.lineTo(size, size - side)
    path.closeSubpath()
    return path


def draw_binding_marker(painter: QPainter, size: float, color: QColor, template: bool) -> None:
    """Paint the marker over what is already drawn (``color``: the binding limit's band)."""
    painter.save()
    try:
        painter.setOpacity(1.0)  # a stale icon fades its badge, never the marker's meaning
        path = marker_path(size)
        if template:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            painter.fillPath(path, QColor(0, 0, 0))
            return
        painter.fillPath(path, color)
        painter.setPen(QPen(_OUTLINE, max(1.0, size / 24)))
        painter.drawPath(path)
    finally:
        painter.restore()


def marker_level_or_default(level: Level) -> Level:
    """The band the marker is painted in: a binding limit without a band is still a warning."""
    return level if level not in (Level.NONE, Level.OK) else Level.NOTICE
