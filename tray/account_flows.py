"""The tray's account conversations: add (link Claude Code, sign in, paste credentials, an
Admin API key), rename, remove, and import from ``claude-usage-core``.

Each flow opens its dialog, calls the :class:`~tray.backend.UsageBackend`, and reports the
outcome in the dialog or as the popup's banner; then the app refreshes, and the popup comes
back — after any dialog it opened, however that dialog ended, and after an account was added
(scrolled to the new account, highlighted).
:class:`~tray.app.TrayApp` owns the icon, the popup, the scheduler and the settings, and
hands them to :class:`AccountFlows` through the small :class:`FlowHost` view of itself.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog

from core import ClaudeUsageError, redact_text

from .add_method import AddMethod, AddRequest
from .backend import UsageBackend
from .modal import run_dialog
from .notify_memory import NotifyMemoryFile
from .notify_rules import NotificationRules
from .popup import Popup
from .settings import SettingsStore, TraySettings
from .viewmodel import UsageViewModel, imported_text, legacy_offer

if TYPE_CHECKING:  # the dialogs are imported when one is first opened (start-up time)
    from .dialogs.add_account import AddAccountDialog

__all__ = ["AccountFlows", "FlowHost"]

log = logging.getLogger(__name__)


class FlowHost(Protocol):
    """What the flows use of the running app."""

    backend: UsageBackend
    model: UsageViewModel
    popup: Popup
    rules: NotificationRules
    notify_memory: NotifyMemoryFile
    settings: TraySettings
    settings_store: SettingsStore
    app_icon: QIcon

    def dialog_shown(self, dialog: QDialog) -> None: ...

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...

    async def refresh(self, *, user_initiated: bool = False) -> None: ...

    def show_popup(self, activation_token: str = "", *, account: str | None = None) -> None: ...


class AccountFlows:
    """Add, rename, remove and import accounts, one dialog at a time."""

    def __init__(self, host: FlowHost) -> None:
        self.host = host
        self.legacy_offer: list[str] = []  # claude-usage-core accounts offered for import

    async def names(self) -> list[str]:
        """The saved accounts' names (the last snapshot's when the store cannot be read)."""
        try:
            return [account.name for account in await self.host.backend.list_accounts()]
        except ClaudeUsageError as exc:
            log.warning("cannot list accounts: %s", exc)
            return [usage.account_name for usage in self.host.model.usages]

    # ------------------------------------------------------------ add

    def _leave_popup(self) -> bool:
        """Hide the popup for a dialog; whether it was open (then it comes back after)."""
        was_open = self.host.popup.isVisible()
        self.host.popup.hide()
        return was_open

    async def _dialog_for(self, method: AddMethod | None, name: str | None) -> AddAccountDialog:
        """The Add dialog, or for ``name`` the Sign-in-again dialog of that account only."""
        from .dialogs.add_account import AddAccountDialog

        backend = self.host.backend
        if name:
            return AddAccountDialog.for_sign_in_again(name, self._email_of(name))
        taken = await self.names()
        found = await backend.claude_code_login_available()
        self.set_legacy_offer(await self.find_legacy_offer())
        return AddAccountDialog(
            taken,
            claude_code_found=found,
            claude_code_email=await backend.claude_code_email() if found else None,
            method=method,
            legacy_count=len(self.legacy_offer),
            wsl_logins=await backend.wsl_logins(),
        )

    def _email_of(self, name: str) -> str | None:
        for usage in self.host.model.usages:
            if usage.account_name == name:
                return getattr(usage, "email", None)
        return None

    async def add_account(
        self, method: AddMethod | None = None, *, name: str | None = None
    ) -> None:
        """Add an account (``name``: sign that one in again)."""
        host = self.host
        was_open = self._leave_popup()
        dialog = await self._dialog_for(method, name)
        dialog.setWindowIcon(host.app_icon)
        loop = asyncio.get_running_loop()
        codes: list[asyncio.Future[str]] = []  # one per attempt: a retry never sees an old code
        work: list[asyncio.Task[Any]] = []
        added: list[str] = []  # the name saved, to reveal in the popup

        def submitted(request: AddRequest) -> None:
            codes.append(loop.create_future())
            work.append(host.spawn(self._perform_add(dialog, request, codes[-1], added)))

        def code_entered(code: str) -> None:
            if codes and not codes[-1].done():
                codes[-1].set_result(code)

        imported: list[list[str]] = []  # the names of a finished import

        def import_requested() -> None:
            work.append(host.spawn(self._perform_import(dialog, imported)))

        dialog.submitted.connect(submitted)
        dialog.code_entered.connect(code_entered)
        dialog.import_requested.connect(import_requested)
        dialog.import_dismissed.connect(self.dismiss_legacy)
        result = await run_dialog(dialog, host.dialog_shown)
        dialog.deleteLater()
        for task in work:
            if not task.done():
                task.cancel()  # e.g. cancelled while waiting for the browser
        if result == QDialog.DialogCode.Accepted:
            await host.refresh(user_initiated=True)
            if imported:
                host.model.set_banner(imported_text(imported[-1]))
        if result == QDialog.DialogCode.Accepted or was_open:
            host.show_popup()
            if added:
                host.popup.reveal(added[-1])

    async def _perform_add(
        self,
        dialog: AddAccountDialog,
        request: AddRequest,
        manual_code: asyncio.Future[str],
        added: list[str] | None = None,
    ) -> None:
        try:
            if request.method is AddMethod.PASTE and not request.confirmed:
                check = await self.host.backend.check_credentials(request.secret or "")
                dialog.show_paste_check(check)  # the user decides, knowing what it does
                return
            await self._add(dialog, request, manual_code)
        except ClaudeUsageError as exc:
            dialog.show_error(redact_text(str(exc)))
            return
        if added is not None:
            added.append(request.name)
        dialog.finish()

    async def _perform_import(self, dialog: AddAccountDialog, imported: list[list[str]]) -> None:
        try:
            names = await self.host.backend.import_legacy()
        except ClaudeUsageError as exc:
            text = QCoreApplication.translate("Flows", "Could not import: {error}")
            dialog.show_import_error(text.format(error=redact_text(str(exc))))
            return
        imported.append(names)
        self.set_legacy_offer([])
        dialog.finish()

    async def _add(
        self, dialog: AddAccountDialog, request: AddRequest, manual_code: asyncio.Future[str]
    ) -> None:
        backend = self.host.backend
        if request.method is AddMethod.LINK and request.wsl:
            await backend.link_wsl(request.name, request.wsl)
        elif request.method is AddMethod.LINK:
            await backend.link_claude_code(request.name)
        elif request.method is AddMethod.SIGN_IN:
            await backend.sign_in(
                request.name, on_url=dialog.show_sign_in_url, manual_code=manual_code
            )
        elif request.method is AddMethod.PASTE:
            await backend.add_credentials(request.name, request.secret or "")
        else:
            await backend.add_admin_key(request.name, request.secret or "")

    # ------------------------------------------------------------ rename, remove

    async def rename_account(self, name: str) -> None:
        host = self.host
        was_open = self._leave_popup()
        from .dialogs.rename import RenameDialog

        dialog = RenameDialog(name, await self.names())
        accepted = await run_dialog(dialog, host.dialog_shown) == QDialog.DialogCode.Accepted
        new = dialog.new_name()
        dialog.deleteLater()
        if accepted:
            try:
                await host.backend.rename_account(name, new)
            except ClaudeUsageError as exc:
                text = QCoreApplication.translate("Flows", "Could not rename “{name}”: {error}")
                host.model.set_banner(text.format(name=name, error=redact_text(str(exc))))
            else:
                host.rules.rename(name, new)
                host.notify_memory.save(host.rules.memory())
                await host.refresh()
        if accepted or was_open:
            host.show_popup()

    async def remove_account(self, name: str) -> None:
        host = self.host
        was_open = self._leave_popup()
        from .dialogs.remove import remove_chosen, remove_message_box

        box = remove_message_box(name)
        await run_dialog(box, host.dialog_shown)
        confirmed = remove_chosen(box)
        box.deleteLater()
        if confirmed:
            try:
                await host.backend.remove_account(name)
            except ClaudeUsageError as exc:
                text = QCoreApplication.translate("Flows", "Could not remove “{name}”: {error}")
                host.model.set_banner(text.format(name=name, error=redact_text(str(exc))))
            else:
                await host.refresh()
        if confirmed or was_open:
            host.show_popup()  # cancelling brings back the popup it was opened from

    # ------------------------------------------------------------ import from claude-usage-core

    async def find_legacy_offer(self) -> list[str]:
        candidates = await self.host.backend.legacy_import_candidates()
        return legacy_offer(candidates, self.host.settings.legacy_import_dismissed)

    def set_legacy_offer(self, names: list[str]) -> None:
        self.legacy_offer = names
        self.host.popup.empty.set_legacy_offer(len(names))

    async def import_legacy(self) -> None:
        """The first-run popup's one click: import, then show the accounts and the result."""
        host = self.host
        try:
            names = await host.backend.import_legacy()
        except ClaudeUsageError as exc:
            text = QCoreApplication.translate("Flows", "Could not import: {error}")
            host.model.set_banner(text.format(error=redact_text(str(exc))))
            return
        self.set_legacy_offer([])
        await host.refresh(user_initiated=True)
        host.model.set_banner(imported_text(names))

    def dismiss_legacy(self) -> None:
        """Stop offering these accounts (remembered: only a new one brings the offer back)."""
        host = self.host
        dismissed = sorted({*host.settings.legacy_import_dismissed, *self.legacy_offer})
        host.settings = dataclasses.replace(host.settings, legacy_import_dismissed=tuple(dismissed))
        host.settings_store.save(host.settings)
        self.set_legacy_offer([])
