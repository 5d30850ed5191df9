"""Claude Usage Tray: the PySide6 tray / menu-bar app over ``core``.

``core`` does the work (accounts, tokens, fetching); this package only shows it: the icon,
the popup, dialogs, notifications and settings. Nothing here talks HTTP or reads credentials.
"""

from core import __version__

__all__ = ["__version__"]
