"""Add an account, four ways: link Claude Code's login, sign in with Claude in the browser
(with a field for the code when the browser cannot hand it back), paste credentials from
another computer, or an Admin API key — and, when the TypeScript claude-usage-core left a
store on this computer, a one-click offer to import its accounts. The same dialog signs an
account in again (:meth:`AddAccountDialog.for_sign_in_again`): that account only, sign-in
only.

Pasted credentials take two steps: the app checks them first (one profile request, and a
comparison with Claude Code's login here), and the dialog says what it found before anything
is saved — offering to link Claude Code's login read-only when the paste is Claude Code's
own, since a saved copy would sign Claude Code out at the app's first refresh.

OK is enabled only when the input is valid. The dialog does no I/O: it emits
:attr:`AddAccountDialog.submitted` with an :class:`AddRequest` and waits to be told the
outcome (:meth:`finish`, :meth:`show_error`, :meth:`show_paste_check`) or, while signing in,
the URL and code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core import PasteCheck, WslLogin, safe_text

from ..add_method import AddMethod, AddRequest
from ..validation import (
    validate_admin_key,
    validate_code,
    validate_credentials_json,
    validate_name,
)
from ..viewmodel import accounts_text, legacy_import_text
from .common import ErrorLabel, NoticeLabel, fit_to_text, wrapped_label
from .wsl_logins import WslLoginChooser

__all__ = ["AddAccountDialog", "AddMethod", "AddRequest"]


def _labels() -> dict[AddMethod, str]:
    return {
        AddMethod.LINK: QCoreApplication.translate("AddAccount", "Use Claude Code's &login"),
        AddMethod.SIGN_IN: QCoreApplication.translate(
            "AddAccount", "&Sign in with Claude (browser)"
        ),
        AddMethod.PASTE: QCoreApplication.translate(
            "AddAccount", "&Paste credentials from another computer"
        ),
        AddMethod.ADMIN: QCoreApplication.translate("AddAccount", "A&dmin API key (organisation)"),
    }


def _ok_texts() -> dict[AddMethod, str]:
    return {
        AddMethod.LINK: QCoreApplication.translate("AddAccount", "Link"),
        AddMethod.SIGN_IN: QCoreApplication.translate("AddAccount", "Sign in…"),
        AddMethod.PASTE: QCoreApplication.translate("AddAccount", "Check"),
        AddMethod.ADMIN: QCoreApplication.translate("AddAccount", "Check and add"),
    }


class _Pages(QWidget):
    """One page per method, one shown. Not a QStackedWidget: that one asks every page,
    hidden ones too, for its height at a width, so the dialog took the tallest page's."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = 0

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def count(self) -> int:
        return len(self._pages)


def _page(intro: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
    """One method's page, opened by a sentence on what the method does."""
    page = QWidget()
    layout = QVBoxLayout(page)
    label = wrapped_label(intro)
    layout.addWidget(label)
    return page, layout, label


class AddAccountDialog(QDialog):
    submitted = Signal(object)  # AddRequest
    code_entered = Signal(str)
    import_requested = Signal()
    import_dismissed = Signal()

    def __init__(
        self,
        taken: Iterable[str] = (),
        *,
        claude_code_found: bool = False,
        claude_code_email: str | None = None,
        method: AddMethod | None = None,
        legacy_count: int = 0,
        wsl_logins: Sequence[WslLogin] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add account"))
        self.setMinimumWidth(480)
        self.taken = list(taken)
        self.wsl_chooser = (
            WslLoginChooser(wsl_logins, local_found=claude_code_found) if wsl_logins else None
        )
        self.claude_code_found = claude_code_found or bool(wsl_logins)
        self.claude_code_email = claude_code_email
        self.paste_check: PasteCheck | None = None  # the check of the JSON as it is now
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = wrapped_label("")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() + 1.5)
        self.heading.setFont(heading_font)
        self.heading.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self._legacy_offer(legacy_count))
        self.name_form = QWidget()
        form = QFormLayout(self.name_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Work, Personal"))
        self.name_edit.setAccessibleName(self.tr("Account name"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        layout.addWidget(self.name_form)
        self.name_error = ErrorLabel()
        layout.addWidget(self.name_error)
        self.method_box = QWidget()
        self.method_box.setLayout(self._method_choice())
        layout.addWidget(self.method_box)
        self.pages = _Pages()
        self.pages.addWidget(self._link_page())
        self.pages.addWidget(self._sign_in_page())
        self.pages.addWidget(self._paste_page())
        self.pages.addWidget(self._admin_page())
        layout.addWidget(self.pages, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.link_instead_button = self.buttons.addButton(
            self.tr("&Link read-only instead"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.link_instead_button.clicked.connect(self._link_instead)
        self.link_instead_button.hide()
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        default = method or (AddMethod.LINK if self.claude_code_found else AddMethod.SIGN_IN)
        self.set_method(default)
        if not self.taken and not self.name_edit.text():
            default_name = (
                self.tr("Personal") if default != AddMethod.ADMIN else self.tr("Organisation")
            )
            self.name_edit.setText(default_name)
            self.name_edit.selectAll()

    @classmethod
    def for_sign_in_again(
        cls, name: str, email: str | None, parent: QWidget | None = None
    ) -> AddAccountDialog:
        """Sign one account in again: its name fixed, sign-in the only way, and the title
        says whose login it is ("Sign in again to Work (work@example.com)")."""
        dialog = cls(method=AddMethod.SIGN_IN, parent=parent)
        shown = safe_text(name)
        title = (
            dialog.tr("Sign in again to {name} ({email})").format(
                name=shown, email=safe_text(email)
            )
            if email
            else dialog.tr("Sign in again to {name}").format(name=shown)
        )
        dialog.setWindowTitle(title)
        dialog.heading.setText(title)  # also in the window: some desktops show no title
        dialog.heading.show()
        dialog.name_edit.setText(name)
        dialog.taken = []
        for widget in (dialog.name_form, dialog.method_box, dialog.legacy_box):
            widget.hide()
        dialog.sign_in_intro.setText(
            dialog.tr(
                "Your browser opens Claude's sign-in page. Sign in as {who} and approve; "
                "you come back here automatically, and {name} is tracked again."
            ).format(who=safe_text(email) if email else dialog.tr("this account"), name=shown)
        )
        return dialog

    # ------------------------------------------------------------ pages

    def _legacy_offer(self, count: int) -> QFrame:
        """Found claude-usage-core's store: import its accounts in one click, or dismiss."""
        box = self.legacy_box = QFrame()
        box.setObjectName("legacyOffer")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "claude-usage-core (the TypeScript library) saved {accounts} on this "
                    "computer. Import them here? Its file is only read, never changed."
                ).format(accounts=accounts_text(count))
            )
        )
        row = QHBoxLayout()
        self.import_button = QPushButton(legacy_import_text(count))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self._submit_import)
        self.dismiss_import_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_import_button.setAutoDefault(False)
        self.dismiss_import_button.setToolTip(self.tr("Don't offer these accounts again"))
        self.dismiss_import_button.clicked.connect(self._dismiss_import)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.dismiss_import_button)
        layout.addLayout(row)
        self.import_error = ErrorLabel()
        layout.addWidget(self.import_error)
        if count == 0:
            box.hide()  # not setVisible(True): unparented, that would open it as a window
        return box

    def _submit_import(self) -> None:
        self.import_error.show_error(None)
        self.set_busy(True)
        self.import_requested.emit()

    def _dismiss_import(self) -> None:
        self.legacy_box.hide()
        self.import_dismissed.emit()

    def show_import_error(self, message: str) -> None:
        self.set_busy(False)
        self.import_error.show_error(message)

    def _method_choice(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[AddMethod, QRadioButton] = {}
        labels = _labels()
        for index, method in enumerate(AddMethod):
            radio = QRadioButton(labels[method])
            self.method_group.addButton(radio, index)
            self.method_buttons[method] = radio
            box.addWidget(radio)
        link = self.method_buttons[AddMethod.LINK]
        link.setEnabled(self.claude_code_found)
        if not self.claude_code_found:
            link.setText(
                self.tr("{method} — none found on this computer").format(
                    method=labels[AddMethod.LINK]
                )
            )
        self.method_group.idClicked.connect(lambda index: self.set_method(list(AddMethod)[index]))
        return box

    def _link_page(self) -> QWidget:
        if self.claude_code_email:
            intro = self.tr(
                "Tracks {email}, the account Claude Code is signed in to on this computer. "
                "The app only reads that login; when it expires, run `claude` to refresh it."
            ).format(email=safe_text(self.claude_code_email))
        else:
            intro = self.tr(
                "Tracks the account Claude Code is signed in to on this computer. The app "
                "only reads that login; when it expires, run `claude` to refresh it."
            )
        page, layout, _ = _page(intro)
        if self.wsl_chooser is not None:
            layout.addWidget(self.wsl_chooser)
        layout.addStretch(1)
        return page

    def _sign_in_page(self) -> QWidget:
        page, layout, self.sign_in_intro = _page(
            self.tr(
                "Your browser opens Claude's sign-in page. After you approve, you come back "
                "here automatically. This account's login belongs to this app, separate from "
                "Claude Code's."
            )
        )
        self.sign_in_status = wrapped_label("")
        self.sign_in_status.hide()
        layout.addWidget(self.sign_in_status)
        self.link_row = QWidget()
        link_layout = QHBoxLayout(self.link_row)
        link_layout.setContentsMargins(0, 0, 0, 0)
        self.url_field = QLineEdit()
        self.url_field.setReadOnly(True)
        self.url_field.setAccessibleName(self.tr("Sign-in link"))
        self.copy_link_button = QPushButton(self.tr("&Copy link"))
        self.copy_link_button.setAutoDefault(False)
        self.copy_link_button.clicked.connect(self._copy_link)
        self.open_again_button = QPushButton(self.tr("&Open browser again"))
        self.open_again_button.setAutoDefault(False)
        self.open_again_button.clicked.connect(self._open_again)
        link_layout.addWidget(self.url_field, 1)
        link_layout.addWidget(self.copy_link_button)
        link_layout.addWidget(self.open_again_button)
        layout.addWidget(self.link_row)
        self.code_box = QWidget()  # shown once the browser was sent to sign in
        code_layout = QVBoxLayout(self.code_box)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(
            wrapped_label(self.tr("If the page shows a code instead, paste it here:"))
        )
        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("the code the page shows"))
        self.code_edit.setAccessibleName(self.tr("Sign-in code"))
        self.code_button = QPushButton(self.tr("&Use code"))
        self.code_button.setEnabled(False)
        self.code_button.setAutoDefault(False)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.code_button)
        code_layout.addLayout(row)
        self.code_error = ErrorLabel()
        code_layout.addWidget(self.code_error)
        layout.addWidget(self.code_box)
        self.link_row.hide()
        self.code_box.hide()
        self.code_edit.textChanged.connect(self._validate_code)
        self.code_button.clicked.connect(self._submit_code)
        self.code_edit.returnPressed.connect(self._submit_code)
        layout.addStretch(1)
        return page

    def _paste_page(self) -> QWidget:
        page, layout, _ = _page(
            self.tr(
                "For a login copied from another computer (the contents of its Claude Code "
                ".credentials.json). Careful: refresh tokens are single use, so the first "
                "time this app refreshes the login, Claude Code there is signed out. To track "
                "Claude Code's login on this computer, use its login (read-only) instead; "
                "to give this app its own login, sign in with Claude."
            )
        )
        self.json_edit = QPlainTextEdit()
        self.json_edit.setPlaceholderText('{"claudeAiOauth": {"accessToken": "…", …}}')
        self.json_edit.setAccessibleName(self.tr("Credentials JSON"))
        self.json_edit.setTabChangesFocus(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.json_edit.setFont(QFont(font))
        self.json_edit.setMinimumHeight(100)
        layout.addWidget(self.json_edit, 1)
        self.json_error = ErrorLabel()
        layout.addWidget(self.json_error)
        self.paste_notice = NoticeLabel()
        layout.addWidget(self.paste_notice)
        self.json_edit.textChanged.connect(self._pasted_text_changed)
        return page

    def _admin_page(self) -> QWidget:
        page, layout, _ = _page(
            self.tr(
                "An Admin API key shows the organisation's month-to-date tokens and spend. "
                "It is checked with one request, then stored encrypted."
            )
        )
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("sk-ant-admin01-…")
        self.key_edit.setAccessibleName(self.tr("Admin API key"))
        layout.addWidget(self.key_edit)
        self.key_error = ErrorLabel()
        layout.addWidget(self.key_error)
        self.key_edit.textChanged.connect(self._validate)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------ state

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def method(self) -> AddMethod:
        return list(AddMethod)[self.pages.currentIndex()]

    def set_method(self, method: AddMethod) -> None:
        if method is AddMethod.LINK and not self.claude_code_found:
            method = AddMethod.SIGN_IN
        self.method_buttons[method].setChecked(True)
        self.pages.setCurrentIndex(list(AddMethod).index(method))
        self.error.show_error(None)
        self._show_paste_state()
        self._validate()
        self._refit()

    def _input_problem(self) -> str | None:
        if self.method is AddMethod.PASTE:
            return validate_credentials_json(self.json_edit.toPlainText())
        if self.method is AddMethod.ADMIN:
            return validate_admin_key(self.key_edit.text())
        return None

    def _validate(self) -> None:
        name_problem = validate_name(self.name_edit.text(), self.taken)
        self.name_error.show_error(name_problem if self.name_edit.text() else None)
        problem = self._input_problem()
        typed = {
            AddMethod.PASTE: bool(self.json_edit.toPlainText().strip()),
            AddMethod.ADMIN: bool(self.key_edit.text().strip()),
        }.get(self.method, False)
        self.json_error.show_error(problem if typed and self.method is AddMethod.PASTE else None)
        self.key_error.show_error(problem if typed and self.method is AddMethod.ADMIN else None)
        self.ok_button.setEnabled(not self._busy and name_problem is None and problem is None)
        self.link_instead_button.setEnabled(not self._busy and name_problem is None)

    def _validate_code(self) -> None:
        text = self.code_edit.text()
        problem = validate_code(text)
        self.code_error.show_error(problem if text else None)
        self.code_button.setEnabled(self._busy and problem is None)

    def request(self) -> AddRequest:
        secret = {
            AddMethod.PASTE: self.json_edit.toPlainText().strip(),
            AddMethod.ADMIN: self.key_edit.text().strip(),
        }.get(self.method)
        confirmed = self.method is AddMethod.PASTE and self.paste_check is not None
        linked = self.method is AddMethod.LINK and self.wsl_chooser is not None
        wsl = self.wsl_chooser.selected_wsl() if linked and self.wsl_chooser else None
        name = self.name_edit.text().strip()
        return AddRequest(self.method, name, secret, confirmed=confirmed, wsl=wsl)

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error.show_error(None)
        self.set_busy(True)
        if self.method is AddMethod.SIGN_IN:
            self.sign_in_status.setText(self.tr("Waiting for you to sign in in the browser…"))
            self.sign_in_status.show()
        self.submitted.emit(self.request())

    def _link_instead(self) -> None:
        """The paste was Claude Code's own login: link that login (read-only) instead."""
        self.error.show_error(None)
        self.set_busy(True)
        self.submitted.emit(AddRequest(AddMethod.LINK, self.name_edit.text().strip()))

    def _submit_code(self) -> None:
        if self.code_button.isEnabled():
            self.code_button.setEnabled(False)
            self.code_entered.emit(self.code_edit.text().strip())

    def _copy_link(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.url_field.text())

    def _open_again(self) -> None:
        QDesktopServices.openUrl(QUrl(self.url_field.text()))

    # ------------------------------------------------------------ the paste check

    def _pasted_text_changed(self) -> None:
        """Other JSON: the check of the previous one no longer applies."""
        self.paste_check = None
        self._show_paste_state()
        self._validate()

    def show_paste_check(self, check: PasteCheck) -> None:
        """Say what the check found, and what saving would do; OK now saves (or links)."""
        self.set_busy(False)
        self.paste_check = check
        self._show_paste_state()
        self._refit()

    def _show_paste_state(self) -> None:
        check = self.paste_check if self.method is AddMethod.PASTE else None
        self.paste_notice.show_notice(
            _paste_notice(check, self.claude_code_found) if check else None
        )
        own = check is not None and check.is_claude_codes
        self.link_instead_button.setVisible(own and self.claude_code_found)
        if check is None:
            self.ok_button.setText(_ok_texts()[self.method])
        elif own:
            self.ok_button.setText(self.tr("Save a copy anyway"))
        else:
            self.ok_button.setText(self.tr("Add anyway"))
        if own and self.claude_code_found:
            self.link_instead_button.setDefault(True)
        else:
            self.ok_button.setDefault(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_text(self)

    def _refit(self) -> None:
        """Text appeared or changed (a notice, the link, an error, another page): make room
        for it, and no more."""
        if self.isVisible():
            self.resize(self.width(), self.minimumSizeHint().height())
            fit_to_text(self)

    # ------------------------------------------------------------ told by the app

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.name_edit, self.json_edit, self.key_edit):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.dismiss_import_button.setEnabled(not busy)
        for radio in self.method_buttons.values():
            radio.setEnabled(
                not busy
                and (radio is not self.method_buttons[AddMethod.LINK] or self.claude_code_found)
            )
        self._validate()
        self._validate_code()

    def show_sign_in_url(self, url: str) -> None:
        self.sign_in_status.setText(
            self.tr(
                "Waiting for you to sign in. If the browser did not open, open it again or "
                "copy this link into it:"
            )
        )
        self.sign_in_status.show()
        self.url_field.setText(url)
        self.url_field.setCursorPosition(0)
        self.link_row.show()
        self.code_box.show()
        self._refit()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.sign_in_status.hide()
        self.error.show_error(message)
        self._refit()

    def finish(self) -> None:
        self.set_busy(False)
        self.accept()


def _paste_notice(check: PasteCheck, claude_code_found: bool) -> str:
    """What the paste check found, in words: whose login, and what saving it would do."""
    who = (
        QCoreApplication.translate("AddAccount", "Signed in as {email}.").format(
            email=safe_text(check.email)
        )
        if check.email
        else ""
    )
    if not check.verified:
        who = QCoreApplication.translate(
            "AddAccount",
            "Its access token has expired, so it was not checked with Anthropic (that would "
            "mean refreshing it).",
        )
    if check.is_claude_codes:
        what = QCoreApplication.translate(
            "AddAccount",
            "This is Claude Code's own login on this computer. Refresh tokens are single use: "
            "a copy saved here would sign Claude Code out the first time this app refreshes it.",
        )
        if claude_code_found:
            what += " " + QCoreApplication.translate(
                "AddAccount",
                "Link it read-only instead: the app then only reads Claude Code's login, and "
                "Claude Code stays signed in.",
            )
    else:
        what = QCoreApplication.translate(
            "AddAccount",
            "If this login came from Claude Code on another computer, that Claude Code will be "
            "signed out the first time this app refreshes it (refresh tokens are single use). "
            "Signing in with Claude gives this app a login of its own instead.",
        )
    return " ".join(part for part in (who, what) if part)
