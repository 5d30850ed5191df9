"""``claude-usage-tray --self-test``: does this build work here, without a display or network?

Meant for a frozen bundle (PyInstaller drops files it cannot see imported: Qt plugins,
keyring's entry points, data files), but it runs from source too. Each check is small and
independent; the report names every failing one and the exit status is non-zero if any
failed. Nothing outside a temporary folder is touched: the store check uses a throwaway key,
never the user's keyring or accounts.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

__all__ = ["CHECKS", "run_self_test"]

_qt_app: Any = None  # the QApplication of the Qt check, kept alive for the later checks


def _check_qt() -> str:
    global _qt_app
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    # Off screen unless a platform was chosen: an argument, not a change to the environment.
    chosen = os.environ.get("QT_QPA_PLATFORM")
    _qt_app = QApplication.instance() or QApplication(
        [sys.argv[0], *([] if chosen else ["-platform", "offscreen"])]
    )
    platform = _qt_app.platformName()
    if not platform:
        raise RuntimeError("Qt started without a platform plugin")
    return f"PySide6 {pyside_version}, platform {platform!r}"


def _check_tray_icon() -> str:
    from PySide6.QtGui import QColor

    from .icon import LEVEL_COLORS, render_icon
    from .viewmodel import IconState, Level

    image = render_icon(IconState(42.0, Level.OK), template=False).pixmap(32, 32).toImage()
    if image.isNull():
        raise RuntimeError("the tray icon rendered to an empty image")
    seen = image.pixelColor(image.width() // 2, max(2, image.height() // 10)).name()
    if seen != QColor(LEVEL_COLORS[Level.OK]).name():
        raise RuntimeError(f"the tray icon's badge is {seen}, expected {LEVEL_COLORS[Level.OK]}")
    return f"{image.width()}x{image.height()} badge {seen}"


def _check_app_icon() -> str:
    from PySide6.QtGui import QIcon, QImage

    from .resources import APP_ICON, resource_path

    path = resource_path(APP_ICON)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing")
    if QImage(str(path)).isNull():
        raise RuntimeError(f"{path.name} did not load (Qt's SVG image plugin is missing)")
    if QIcon(str(path)).pixmap(64, 64).isNull():
        raise RuntimeError(f"{path.name} did not render (Qt's SVG icon engine is missing)")
    return str(path)


def _check_translations() -> str:
    """The compiled catalogues are there and load: the tray's (Qt) and the CLI's (gettext),
    tried in German, whatever the language of this machine."""
    from PySide6.QtCore import QLocale, QTranslator

    from core import check_catalogues

    from .i18n import available_languages, catalogue_dir, catalogue_file, load_catalogue

    folder = catalogue_dir()  # read now: the bundle's folder when frozen
    translator = QTranslator()
    qm = catalogue_file(QLocale("de"), folder)
    if qm is None or not load_catalogue(translator, qm):
        raise FileNotFoundError(f"the German catalogue is missing or unreadable in {folder}")
    if translator.translate("Main", "Claude Usage") != "Claude-Nutzung":
        raise RuntimeError(f"{qm.name} does not translate 'Claude Usage'")
    return f"{len(available_languages(folder)) - 1} Qt catalogues, {check_catalogues()}"


def _check_locale_data() -> str:
    from .locale_check import check_locale_data

    return check_locale_data()


def _check_prices() -> str:
    from core import check_price_table

    return check_price_table()


def _check_https() -> str:
    from core import check_https

    return check_https()


def _check_text_encoding() -> str:
    """Frozen, the app must run in UTF-8 mode: the bundle leaves out the codecs a legacy
    locale (Shift-JIS, GB18030) would need, and a C locale must not break its output."""
    encoding = sys.getfilesystemencoding()
    if _frozen() and not sys.flags.utf8_mode:
        raise RuntimeError(f"not in UTF-8 mode (file system encoding {encoding})")
    return f"UTF-8 mode {'on' if sys.flags.utf8_mode else 'off'}, file names {encoding}"


def _check_keyring() -> str:
    from core import check_keyring

    return check_keyring()


def _check_store() -> str:
    from core import check_store_round_trip

    with tempfile.TemporaryDirectory(prefix="claude-usage-selftest-") as folder:
        return check_store_round_trip(Path(folder))


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("qt", _check_qt),
    ("tray icon", _check_tray_icon),
    ("app icon", _check_app_icon),
    ("translations", _check_translations),
    ("locale data", _check_locale_data),
    ("prices", _check_prices),
    ("https", _check_https),
    ("text encoding", _check_text_encoding),
    ("keyring", _check_keyring),
    ("store", _check_store),
)


def _run_check(check: Callable[[], str]) -> tuple[bool, str]:
    from core import redact_text

    try:
        return True, check()
    except Exception as exc:  # a self-test reports every failure, whatever it is
        return False, f"{type(exc).__name__}: {redact_text(str(exc))}"


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each, and return 0 when all passed (1 otherwise)."""
    from . import __version__

    stream = out if out is not None else sys.stdout
    started = time.monotonic()
    failed: list[str] = []
    kind = "frozen" if _frozen() else "source"
    _say(stream, f"Claude Usage Tray {__version__} self-test ({kind})")
    for name, check in CHECKS:
        ok, detail = _run_check(check)
        _say(stream, f"  {'ok  ' if ok else 'FAIL'} {name}: {detail}")
        if not ok:
            failed.append(name)
    elapsed = time.monotonic() - started
    verdict = f"FAILED: {', '.join(failed)}" if failed else "all checks passed"
    _say(stream, f"self-test {verdict} in {elapsed:.2f} s")
    return 1 if failed else 0


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _say(stream: TextIO | None, line: str) -> None:
    """Print, unless there is nowhere to (a windowed Windows build has no stdout)."""
    if stream is not None:
        print(line, file=stream, flush=True)
