"""Add an account, four ways: link Claude Code's login, sign in with Claude in the browser
(with a field for the code when the browser cannot hand it back), paste credentials JSON,
or an Admin API key — and, when the TypeScript claude-usage-core left a store on this
computer, a one-click offer to import its accounts.

OK is enabled only when the input is valid. The dialog does no I/O: it emits
:attr:`AddAccountDialog.submitted` with an :class:`AddRequest` and waits to be told the
outcome (:meth:`finish`, :meth:`show_error`) or, while signing in, the URL and code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import WslLogin

from ..validation import (
    validate_admin_key,
    validate_code,
    validate_credentials_json,
    validate_name,
)
from ..viewmodel import accounts_text, legacy_import_text
from .common import ErrorLabel, wrapped_label
from .wsl_logins import WslLoginChooser

__all__ = ["AddAccountDialog", "AddMethod", "AddRequest"]


class AddMethod(StrEnum):
    LINK = "link"
    SIGN_IN = "sign_in"
    PASTE = "paste"
    ADMIN = "admin"


@dataclass(frozen=True)
class AddRequest:
    method: AddMethod
    name: str
    secret: str | None = field(default=None, repr=False)  # JSON or admin key; never shown
    wsl: str | None = None  # LINK: ``DISTRO/USER`` of a login inside WSL (issue 15)


_LABELS = {
    AddMethod.LINK: "Use Claude Code's login",
    AddMethod.SIGN_IN: "Sign in with Claude (browser)",
    AddMethod.PASTE: "Paste credentials JSON",
    AddMethod.ADMIN: "Admin API key (organisation)",
}
_OK_TEXT = {
    AddMethod.LINK: "Link",
    AddMethod.SIGN_IN: "Sign in…",
    AddMethod.PASTE: "Add",
    AddMethod.ADMIN: "Check and add",
}


def _page(intro: str) -> tuple[QWidget, QVBoxLayout]:
    """One method's page, opened by a sentence on what the method does."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(wrapped_label(intro))
    return page, layout


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
        method: AddMethod | None = None,
        legacy_count: int = 0,
        wsl_logins: Sequence[WslLogin] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add account")
        self.setMinimumWidth(460)
        self.taken = list(taken)
        self.wsl_chooser = (
            WslLoginChooser(wsl_logins, local_found=claude_code_found) if wsl_logins else None
        )
        self.claude_code_found = claude_code_found or bool(wsl_logins)
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self._legacy_offer(legacy_count))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. Work, Personal")
        self.name_edit.setAccessibleName("Account name")
        form.addRow("Name:", self.name_edit)
        layout.addLayout(form)
        self.name_error = ErrorLabel()
        layout.addWidget(self.name_error)
        layout.addLayout(self._method_choice())
        self.pages = QStackedWidget()
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
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        default = method or (AddMethod.LINK if self.claude_code_found else AddMethod.SIGN_IN)
        self.set_method(default)
        if not self.taken and not self.name_edit.text():
            self.name_edit.setText("Personal" if default != AddMethod.ADMIN else "Organisation")
            self.name_edit.selectAll()

    # ------------------------------------------------------------ pages

    def _legacy_offer(self, count: int) -> QFrame:
        """Found claude-usage-core's store: import its accounts in one click, or dismiss."""
        box = self.legacy_box = QFrame()
        box.setObjectName("legacyOffer")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.addWidget(
            wrapped_label(
                f"claude-usage-core (the TypeScript library) saved {accounts_text(count)} on this "
                "computer. Import them here? Its file is only read, never changed."
            )
        )
        row = QHBoxLayout()
        self.import_button = QPushButton(legacy_import_text(count))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self._submit_import)
        self.dismiss_import_button = QPushButton("Dismiss")
        self.dismiss_import_button.setAutoDefault(False)
        self.dismiss_import_button.setToolTip("Don't offer these accounts again")
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
        box.setSpacing(4)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[AddMethod, QRadioButton] = {}
        for index, method in enumerate(AddMethod):
            radio = QRadioButton(_LABELS[method])
            self.method_group.addButton(radio, index)
            self.method_buttons[method] = radio
            box.addWidget(radio)
        link = self.method_buttons[AddMethod.LINK]
        link.setEnabled(self.claude_code_found)
        if not self.claude_code_found:
            link.setText(_LABELS[AddMethod.LINK] + " — none found on this computer")
        self.method_group.idClicked.connect(lambda index: self.set_method(list(AddMethod)[index]))
        return box

    def _link_page(self) -> QWidget:
        page, layout = _page(
            "Tracks the account Claude Code is signed in to on this computer. The app only "
            "reads that login; when it expires, run `claude` to refresh it."
        )
        if self.wsl_chooser is not None:
            layout.addWidget(self.wsl_chooser)
        layout.addStretch(1)
        return page

    def _sign_in_page(self) -> QWidget:
        page, layout = _page(
            "Your browser opens Claude's sign-in page. After you approve, you come back "
            "here automatically. This account's login belongs to this app, separate from "
            "Claude Code's."
        )
        self.sign_in_status = wrapped_label("")
        self.sign_in_status.hide()
        layout.addWidget(self.sign_in_status)
        self.url_field = QLineEdit()
        self.url_field.setReadOnly(True)
        self.url_field.setAccessibleName("Sign-in link")
        self.url_field.hide()
        layout.addWidget(self.url_field)
        layout.addWidget(wrapped_label("If the page shows a code instead, paste it here:"))
        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("code#state")
        self.code_edit.setAccessibleName("Sign-in code")
        self.code_button = QPushButton("Use code")
        self.code_button.setEnabled(False)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.code_button)
        layout.addLayout(row)
        self.code_error = ErrorLabel()
        layout.addWidget(self.code_error)
        self.code_edit.textChanged.connect(self._validate_code)
        self.code_button.clicked.connect(self._submit_code)
        self.code_edit.returnPressed.connect(self._submit_code)
        layout.addStretch(1)
        return page

    def _paste_page(self) -> QWidget:
        page, layout = _page(
            "Paste the contents of a Claude Code .credentials.json. The app keeps its own "
            "copy (encrypted) and refreshes it itself."
        )
        self.json_edit = QPlainTextEdit()
        self.json_edit.setPlaceholderText('{"claudeAiOauth": {"accessToken": "…", …}}')
        self.json_edit.setAccessibleName("Credentials JSON")
        self.json_edit.setTabChangesFocus(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.json_edit.setFont(QFont(font))
        self.json_edit.setMinimumHeight(110)
        layout.addWidget(self.json_edit, 1)
        self.json_error = ErrorLabel()
        layout.addWidget(self.json_error)
        self.json_edit.textChanged.connect(self._validate)
        return page

    def _admin_page(self) -> QWidget:
        page, layout = _page(
            "An Admin API key shows the organisation's month-to-date tokens and spend. "
            "It is checked with one request, then stored encrypted."
        )
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("sk-ant-admin01-…")
        self.key_edit.setAccessibleName("Admin API key")
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
        self.ok_button.setText(_OK_TEXT[method])
        self.error.show_error(None)
        self._validate()

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
        linked = self.method is AddMethod.LINK and self.wsl_chooser is not None
        wsl = self.wsl_chooser.selected_wsl() if linked and self.wsl_chooser else None
        return AddRequest(self.method, self.name_edit.text().strip(), secret, wsl)

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error.show_error(None)
        self.set_busy(True)
        if self.method is AddMethod.SIGN_IN:
            self.sign_in_status.setText("Waiting for you to sign in in the browser…")
            self.sign_in_status.show()
        self.submitted.emit(self.request())

    def _submit_code(self) -> None:
        if self.code_button.isEnabled():
            self.code_button.setEnabled(False)
            self.code_entered.emit(self.code_edit.text().strip())

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
            "Waiting for you to sign in. If the browser did not open, copy this link into it:"
        )
        self.sign_in_status.show()
        self.url_field.setText(url)
        self.url_field.show()
        self.url_field.setCursorPosition(0)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.sign_in_status.hide()
        self.error.show_error(message)

    def finish(self) -> None:
        self.set_busy(False)
        self.accept()
