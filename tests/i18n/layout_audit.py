"""Does every text of a rendered widget fit? A generic check, for any dialog or the popup.

It walks every visible ``QLabel`` and ``QAbstractButton`` of a laid-out, shown widget and
compares what the text needs (font metrics, the widget's own size hint, its height for the
given width when it wraps) with what it got, and whether it lies inside its window. A text
ending in "…" counts as elided unless its tooltip holds the whole (the app elides account
names on purpose, with the full name in the tooltip). Nothing here knows the app's widgets,
so a rewritten popup is covered as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt namespace has mightBeRichText
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton, QStyle, QWidget

__all__ = ["Clipped", "clipped_texts"]

SLACK = 1  # px: rounding of fractional font metrics


@dataclass(frozen=True)
class Clipped:
    widget: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.widget} {self.text!r}: {self.reason}"


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every label or button under ``root`` (included) whose text does not fit."""
    found: list[Clipped] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label_problems(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button_problems(widget)
    return found


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _without_mnemonic(text: str) -> str:
    """ "&Name:" is drawn "Name:" (the & marks the shortcut letter; "&&" is a literal &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:
        return _without_mnemonic(text)
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _label_problems(label: QLabel) -> list[Clipped]:
    text = _plain(label)
    if not text.strip():
        return []
    problems = _outside_window(label, text)
    rect = label.contentsRect()
    inset = 2 * label.margin() + max(label.indent(), 0)
    if _elided(label, text, rect.width() - inset):
        problems.append(Clipped(_name(label), text, "elided"))
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            problems.append(
                Clipped(_name(label), text, f"needs {needed} px high, has {label.height()}")
            )
        return problems
    metrics = label.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
    available = rect.width() - inset
    if needed > available + SLACK:
        problems.append(Clipped(_name(label), text, f"needs {needed} px, has {available}"))
    return problems


def _elided(label: QLabel, text: str, available: int) -> bool:
    """Cut with "…" by ``QFontMetrics.elidedText``: the text ends in "…" and fills the width
    (an ellipsis that is part of a sentence, "Add account…", leaves room). Elided on purpose
    when the tooltip holds the whole text (account names)."""
    if label.wordWrap() or not text.rstrip().endswith("…"):
        return False
    fills = label.fontMetrics().horizontalAdvance(text + "M") > available
    tip = label.toolTip()
    whole_in_tooltip = len(tip) >= len(text) and tip.startswith(text.rstrip().removesuffix("…"))
    return fills and not whole_in_tooltip


def _button_problems(button: QAbstractButton) -> list[Clipped]:
    text = _without_mnemonic(button.text())
    if not text.strip():
        return []
    problems = _outside_window(button, text)
    needed = button.fontMetrics().horizontalAdvance(text) + _chrome(button)
    if needed > button.width() + SLACK:
        problems.append(Clipped(_name(button), text, f"needs {needed} px, has {button.width()}"))
    return problems


def _chrome(button: QAbstractButton) -> int:
    """What a button draws besides its text: an indicator (check box, radio button) and its
    spacing, an icon, the bevel's frame (push and tool buttons)."""
    style, metric = button.style(), QStyle.PixelMetric
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QCheckBox):
        indicator = style.pixelMetric(metric.PM_IndicatorWidth, None, button)
        return indicator + style.pixelMetric(metric.PM_CheckBoxLabelSpacing, None, button) + icon
    if isinstance(button, QRadioButton):
        indicator = style.pixelMetric(metric.PM_ExclusiveIndicatorWidth, None, button)
        return indicator + style.pixelMetric(metric.PM_RadioButtonLabelSpacing, None, button) + icon
    # Text is drawn inside the bevel: cut only when it reaches the frame (the button's
    # margin is breathing room its size hint asks for, not a limit of where text goes).
    frame = style.pixelMetric(metric.PM_DefaultFrameWidth, None, button)
    return 2 * (frame + 2) + icon


def _outside_window(widget: QWidget, text: str) -> list[Clipped]:
    """A widget laid out beyond its window's edge is cut off by the window."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    placed = QRect(top_left, widget.size())
    visible = _visible_area(widget, window)
    if visible.contains(placed):
        return []
    return [Clipped(_name(widget), text, f"at {placed.getRect()}, outside {visible.getRect()}")]


def _visible_area(widget: QWidget, window: QWidget) -> QRect:
    """The window's rectangle, or a scroll area's whole contents for widgets inside one."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            content = parent.findChild(QWidget)
            if content is not None:
                return QRect(content.mapTo(window, QPoint(0, 0)), content.size())
        parent = parent.parentWidget()
    return window.rect()
