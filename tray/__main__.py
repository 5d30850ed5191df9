"""Start the tray: ``claude-usage-tray [--demo] [--version]`` or ``python -m tray``.

One qasync loop for everything (``asyncio.run(..., loop_factory=qasync.QEventLoop)``), a
rotating log in the data folder with secrets redacted, an excepthook that logs instead of
dying silently, and one instance per user: a second start brings the first one's popup up.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import linecache
import logging
import logging.handlers
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Coroutine, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: `--version` and `--self-test` stay light
    from PySide6.QtWidgets import QSystemTrayIcon

    from core import AppConfig, AppPaths

    from .app import TrayApp
    from .demo import DemoEnvironment
    from .single_instance import SingleInstance

__all__ = ["main", "no_display_message", "parse_args", "run_qasync", "setup_logging"]

log = logging.getLogger("tray")

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from . import __version__
    from .i18n import early_translate

    def tr(text: object) -> str:
        return early_translate("Main", text)

    parser = argparse.ArgumentParser(
        prog="claude-usage-tray",
        description=tr(
            QT_TRANSLATE_NOOP(
                "Main", "Claude subscription usage of all your accounts, in the system tray."
            )
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Main",
                "run with three simulated accounts; nothing is read or written outside a "
                "temp folder",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help=tr(QT_TRANSLATE_NOOP("Main", "log debug messages too"))
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Main",
                "check that this installation works (no display or network needed) and exit",
            )
        ),
    )
    return parser.parse_args(argv)


def setup_logging(paths: AppPaths, debug: bool = False) -> Path:
    """A rotating log file under ``<data folder>/logs`` plus warnings on stderr, redacted."""
    from core import install_log_redaction

    folder = paths.private_dir(paths.home / "logs")
    path = folder / "tray.log"
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.addHandler(file_handler)
    root.addHandler(console)
    install_log_redaction(root)
    return path


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Qt swallows exceptions raised in slots; log them with their traceback instead."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("Unhandled exception", exc_info=(kind, value, tb))


def _make_application(demo: bool) -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .resources import APP_ICON, resource_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Claude Usage Demo" if demo else "Claude Usage")
    app.setOrganizationName("claude-usage-tray")
    app.setDesktopFileName("claude-usage-tray")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(QIcon(str(resource_path(APP_ICON))))
    return app


def no_display_message() -> str:
    """What to do without a display, in the user's language (no Qt application exists yet)."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from .i18n import early_translate

    return early_translate(
        "Main",
        QT_TRANSLATE_NOOP(
            "Main",
            "claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set).\nStart it from your desktop session, or use the command line: "
            "claude-usage --help",
        ),
    )


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True on Linux/BSD with no X11/Wayland display and no Qt platform chosen explicitly.

    Qt would otherwise abort with a message about platform plugins that helps nobody.
    """
    if platform in ("darwin", "win32", "cygwin"):
        return False
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return not any(environ.get(name) for name in names)


def main(argv: Sequence[str] | None = None) -> int:
    from .memory import prepare_process

    prepare_process()  # before any thread starts and before the imports that follow PySide6's
    args = parse_args(argv)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    if missing_display(os.environ):
        print(no_display_message(), file=sys.stderr)
        return 1
    from core import AppConfig

    demo_env = None
    if args.demo:
        from .demo import prepare_environment

        demo_env = prepare_environment()
    # The edge: the environment is read here, once, and passed down as one value.
    config = demo_env.config if demo_env is not None else AppConfig.from_environment()
    try:
        return _run(args, config, demo_env)
    finally:
        if demo_env is not None:
            demo_env.cleanup()


def _run(args: argparse.Namespace, config: AppConfig, demo_env: DemoEnvironment | None) -> int:
    log_path = setup_logging(config.paths, args.debug)
    sys.excepthook = _excepthook
    _make_application(bool(args.demo))
    instance = _single_instance(config.paths, bool(args.demo))
    if not instance.acquire():
        token = os.environ.get("XDG_ACTIVATION_TOKEN", "")
        delivered = instance.notify_primary(activation_token=token)
        log.info("another instance is running; asked it to show (%s)", delivered)
        return 0 if delivered else 1
    log.info("started (log: %s, pid %s)", log_path, os.getpid())
    icon = show_icon_early()
    try:
        return run_qasync(_serve(args, config, instance, demo_env, icon))
    finally:
        instance.release()


def show_icon_early() -> QSystemTrayIcon | None:
    """The app's icon in the panel now, before the rest of the app is imported and built
    (about half a second): the first thing a person sees. :class:`~tray.app.TrayApp` takes
    it over and paints the usage on it. None while no tray is running: the app then waits
    for one as before."""
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QSystemTrayIcon(QApplication.windowIcon())
    icon.show()
    return icon


def _single_instance(paths: AppPaths, demo: bool) -> SingleInstance:
    """Per user and data folder; demos (each in a fresh temp folder) share one per user."""
    from .single_instance import SingleInstance, instance_key

    if demo:
        return SingleInstance(instance_key(Path("demo")), lock_dir=Path(tempfile.gettempdir()))
    return SingleInstance(instance_key(paths.home), lock_dir=paths.private_dir(paths.home))


@contextlib.contextmanager
def _quit_on_signals(request_quit: Callable[[], None]) -> Iterator[None]:
    """SIGTERM (logout, ``kill``) and Ctrl-C end the app the way Quit does, so the store is
    closed and a demo's temporary folder removed. Qt's loop never hands control back to
    Python on its own, so a light timer lets the interpreter run the handlers."""
    from PySide6.QtCore import QTimer

    def handler(signum: int, frame: object) -> None:
        log.info("signal %s: quitting", signum)
        request_quit()

    wanted = [signal.SIGINT, *([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])]
    previous = {sig: signal.signal(sig, handler) for sig in wanted}
    wakeup = QTimer()
    wakeup.timeout.connect(lambda: None)
    wakeup.start(500)
    log.info("ready")
    try:
        yield
    finally:
        wakeup.stop()
        for sig, old in previous.items():
            signal.signal(sig, old)


def _loop_factory() -> asyncio.AbstractEventLoop:
    import qasync

    loop: asyncio.AbstractEventLoop = qasync.QEventLoop()
    return loop


def run_qasync(coroutine: Coroutine[Any, Any, int]) -> int:
    """``asyncio.run(coroutine, loop_factory=qasync.QEventLoop)`` (``asyncio.Runner`` on 3.11)."""
    if sys.version_info >= (3, 12):
        return asyncio.run(coroutine, loop_factory=_loop_factory)
    with asyncio.Runner(loop_factory=_loop_factory) as runner:
        return runner.run(coroutine)


async def _serve(
    args: argparse.Namespace,
    config: AppConfig,
    instance: SingleInstance,
    demo_env: DemoEnvironment | None,
    icon: QSystemTrayIcon | None = None,
) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings

    from .app import TrayApp
    from .autostart import Autostart, NullAutostart, autostart_for
    from .backend import ClientBackend, UsageBackend
    from .notify_memory import NotifyMemoryFile
    from .settings import SettingsStore

    backend: UsageBackend
    autostart: Autostart
    if demo_env is not None:
        from .demo import demo_backend, seed_accounts, seed_history
        from .demo_transcripts import seed_transcripts

        qsettings = QSettings(str(demo_env.settings_path), QSettings.Format.IniFormat)
        backend = demo_backend(config)
        await asyncio.to_thread(seed_transcripts, config.claude_code.config_dir, datetime.now(UTC))
        await seed_accounts(backend)
        await seed_history(backend, config.paths)
        autostart = NullAutostart("the demo runs from a temporary folder and never starts at login")
    else:
        qsettings = QSettings()
        backend = ClientBackend(config=config)
        autostart = autostart_for()
    settings = SettingsStore(qsettings)
    _install_language(settings.load().language)
    title = (
        QCoreApplication.translate("Main", "Claude Usage (demo)")
        if demo_env is not None
        else QCoreApplication.translate("Main", "Claude Usage")
    )
    app = TrayApp(
        backend,
        settings,
        autostart=autostart,
        title=title,
        scheduler_options=_DEMO_SCHEDULE if demo_env is not None else None,
        notify_memory=NotifyMemoryFile(config.paths),
        feed_token_path=config.paths.feed_token,
        tray_icon=icon,
    )
    instance.activated.connect(app.show_popup)
    release_start_up_memory(app)
    with _quit_on_signals(app.request_quit):
        await app.run()
    return 0


def _install_language(language: str) -> None:
    """The translators, before the first widget is built (the setting: "" is the system's)."""
    from PySide6.QtCore import QCoreApplication

    from .i18n import install_translators

    application = QCoreApplication.instance()
    if application is not None:
        install_translators(application, language or None)


def release_start_up_memory(app: TrayApp) -> None:
    """Once the first usage is shown, and whenever the popup is hidden: empty ``linecache``;
    with ``--debug`` the log then names every module loaded: what the idle tray holds. (The
    app itself gives the C heap's free pages back after each refresh and each hide, see
    :mod:`tray.memory`.)

    By the first snapshot the start-up and first-refresh imports are done, and what they
    read on the way is garbage; a traceback later simply reads the lines it needs again.
    PySide6's source check no longer fills ``linecache`` (see
    :func:`tray.memory.skip_import_sources`), but another PySide6 version might.
    """
    released = False

    def release() -> None:
        linecache.clearcache()
        if log.isEnabledFor(logging.DEBUG):  # the list is built only when it is logged
            log.debug("modules loaded: %s", " ".join(sorted(sys.modules)))

    def first_usage() -> None:
        nonlocal released
        if not released and app.model.usages:
            released = True
            asyncio.get_running_loop().call_soon(release)  # after this snapshot's work

    def popup_shown(visible: bool) -> None:
        if not visible:
            asyncio.get_running_loop().call_soon(release)

    app.model.subscribe(first_usage)
    app.popup.visibility_changed.connect(popup_shown)


# The demo polls quickly so its numbers visibly move (the simulated server does not throttle).
_DEMO_SCHEDULE = {"watching_interval": 15.0, "min_interval": 15.0}


if __name__ == "__main__":
    sys.exit(main())
