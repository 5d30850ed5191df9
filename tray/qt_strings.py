"""Qt's own words the app shows, translated in the app's catalogues rather than Qt's.

Standard dialog buttons (OK, Cancel — ``QPlatformTheme``, or ``QGnomeTheme`` under GNOME)
and the context menus of text fields (``QLineEdit``, ``QWidgetTextControl`` for the pasted
credentials) are translated by Qt's ``qtbase_<lang>.qm``. Those weigh 2.2 MB for the app's
twelve languages, which the Linux bundle's 80 MB budget has no room for, for some thirty
strings. Marked here, ``lupdate`` puts them in the app's own catalogues (with the wording of
Qt's translations), and Qt's widgets find them there through the installed translator,
in the bundle as from source.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_OWN_STRINGS"]

QT_OWN_STRINGS: tuple[tuple[str, object], ...] = (
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")),
    ("QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
)
