"""Claude Usage Tray: the PySide6 tray / menu-bar app over ``core``.

``core`` does the work (accounts, tokens, fetching); this package only shows it: the icon,
the popup, dialogs, notifications and settings. Nothing here talks HTTP or reads credentials.
"""

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``__version__`` read when asked (PEP 562): reading the package metadata costs the
    tray's start 25-40 ms that it does not need before the icon is up."""
    if name == "__version__":
        from core import __version__

        return __version__
    raise AttributeError(f"module 'tray' has no attribute {name!r}")
