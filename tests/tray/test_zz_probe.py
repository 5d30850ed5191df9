import asyncio, os
import pytest
from PySide6.QtWidgets import QDialog
from tests.tray.helpers import FakeBackend, oauth
from tests.tray.test_app import running
from tray.app import run_dialog, TrayApp
from tray.notifications import RecordingNotifier
from tray.dialogs import SettingsDialog
from tray.settings import TraySettings

VARIANT = os.environ.get("VARIANT", "a")

async def dlg(dialog):
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(run_dialog(dialog, lambda d: fut.set_result(d)))
    await fut
    dialog.reject()
    await task
    dialog.deleteLater()

@pytest.mark.parametrize("n", range(15))
async def test_probe(n: int, settings_store) -> None:
    if VARIANT == "d":
        async with running(FakeBackend([oauth()]), settings_store) as app:
            await dlg(QDialog())
    elif VARIANT == "e":
        app = TrayApp(FakeBackend([oauth()]), settings_store, notifier=RecordingNotifier(), tray_timeout=0)
        await dlg(SettingsDialog(TraySettings()))
        app._dispose()
    elif VARIANT == "f":
        app = TrayApp(FakeBackend([oauth()]), settings_store, notifier=RecordingNotifier(), tray_timeout=0)
        await app.start()
        await dlg(QDialog())
        await app.stop()
    elif VARIANT == "g":
        app = TrayApp(FakeBackend([oauth()]), settings_store, notifier=RecordingNotifier(), tray_timeout=0)
        app.tray.show()
        await dlg(QDialog())
        app._dispose()

@pytest.mark.parametrize("n", range(15))
async def test_probe2(n: int, settings_store) -> None:
    app = TrayApp(FakeBackend([oauth()]), settings_store, notifier=RecordingNotifier(), tray_timeout=0)
    if VARIANT == "h":
        app.scheduler.start()
        await dlg(QDialog())
        await app.scheduler.stop()
    elif VARIANT == "i":
        await app.wait_for_tray(0)
        await dlg(QDialog())
    elif VARIANT == "j":
        await app.refresh()
        await dlg(QDialog())
    elif VARIANT == "k":
        from core.scheduler import Scheduler
        async def fetch(u):
            return []
        sch = Scheduler(fetch, lambda r: None)
        sch.start()
        await dlg(QDialog())
        await sch.stop()
    app._dispose()

@pytest.mark.parametrize("n", range(15))
async def test_probe3(n: int) -> None:
    from tray.viewmodel import UsageViewModel
    from tray.popup import Popup
    from tray.icon import render_icon
    from PySide6.QtWidgets import QSystemTrayIcon
    from tests.tray.helpers import NOW
    if VARIANT == "l":
        m = UsageViewModel(); p = Popup(m)
        m.set_usages([oauth()], NOW)
        await dlg(QDialog())
        p.deleteLater()
    elif VARIANT == "m":
        t = QSystemTrayIcon()
        t.setIcon(render_icon(UsageViewModel().icon()))
        t.setToolTip("x")
        await dlg(QDialog())
        t.deleteLater()
    elif VARIANT == "n":
        m = UsageViewModel(); p = Popup(m)
        await dlg(QDialog())
        p.deleteLater()

@pytest.mark.parametrize("n", range(15))
async def test_probe4(n: int, settings_store) -> None:
    from tray.viewmodel import UsageViewModel
    from tray.popup import Popup
    from PySide6.QtGui import QIcon
    from tray.resources import resource_path, APP_ICON
    from tests.tray.helpers import NOW
    app = TrayApp(FakeBackend([oauth()]), settings_store, notifier=RecordingNotifier(), tray_timeout=0)
    if VARIANT == "o":
        app.model.set_usages([oauth()], NOW)
    elif VARIANT == "p":
        app.model.set_refreshing(True)
        app.model.set_refreshing(False)
    elif VARIANT == "q":
        for notice in app.rules.evaluate([oauth(session=90)], NOW):
            app.notifier.notify(notice)
    await dlg(QDialog())
    app._dispose()

@pytest.mark.parametrize("n", range(15))
async def test_probe5(n: int, settings_store) -> None:
    app = TrayApp(FakeBackend([oauth()]), settings_store, notifier=RecordingNotifier(), tray_timeout=0)
    if VARIANT == "r":
        app.popup.refresh_button.setEnabled(False)
        app.popup.refresh_button.setEnabled(True)
    elif VARIANT == "s":
        app._model_changed(); app._model_changed()
    elif VARIANT == "t":
        app.popup.update_from_model(); app.popup.update_from_model()
    elif VARIANT == "u":
        app.model.set_refreshing(True)
    await dlg(QDialog())
    app._dispose()

@pytest.mark.parametrize("n", range(15))
async def test_probe6(n: int) -> None:
    from tray.icon import render_icon
    from tray.viewmodel import UsageViewModel
    from PySide6.QtWidgets import QSystemTrayIcon
    from PySide6.QtGui import QIcon
    t = QSystemTrayIcon()
    if VARIANT == "v":
        t.setIcon(render_icon(UsageViewModel().icon())); t.setIcon(render_icon(UsageViewModel().icon()))
    elif VARIANT == "w":
        a = render_icon(UsageViewModel().icon()); b = render_icon(UsageViewModel().icon())
    elif VARIANT == "x":
        t.setToolTip("a"); t.setToolTip("b")
    elif VARIANT == "y":
        t.setIcon(QIcon()); t.setIcon(QIcon())
    if os.environ.get("DLG"):
        await dlg(QDialog())
    t.deleteLater()
