"""Renders the popup and every dialog and lists what does not fit: a label shorter than its
text (elided or cut), a wrapped label shorter than its lines, a button narrower than its
text, a widget reaching outside its window. Run as a script (``python -m
tests.tray.layout_check``) so that ``QT_SCALE_FACTOR`` and the appearance apply from the
start, as they do for a user; it prints one problem per line and exits 1 if there are any.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

from core.models import AccountStatus, AdminUsage, ExtraUsage, Forecast, ModelUsage
from tests.tray.helpers import NOW, oauth, window


def _usages() -> list[object]:
    runs_out = Forecast(
        window_key="session",
        burn_rate_per_hour=20.0,
        runs_out_at=NOW + timedelta(minutes=25),
        runs_out_before_reset=True,
        pace=1.6,
    )
    extra = ExtraUsage(
        is_enabled=True, monthly_limit=400.0, used_credits=279.92, utilization=69.98, currency="USD"
    )
    admin = AdminUsage(
        account_name="Acme Org",
        period_start=NOW.replace(day=1),
        input_tokens=12_300_000,
        output_tokens=3_100_000,
        actual_cost_cents=21234.0,
        fetched_at=NOW,
        model_breakdown=(
            ModelUsage(model="claude-opus-4-1-20250805", input_tokens=10, estimated_cost_cents=99),
        ),
    )
    return [
        oauth("Personal", 97, forecasts={"session": runs_out}, extra_usage=extra),
        oauth("Work", 37, sonnet=window(12, hours=90)),
        oauth("Old laptop", status=AccountStatus.NEEDS_SIGN_IN, stale=True, fetched_at=NOW),
        oauth("Linked", status=AccountStatus.LOGIN_EXPIRED, stale=True, fetched_at=NOW),
        admin,
    ]


def _outside(widget: QWidget, top: QWidget) -> bool:
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    return not top.rect().adjusted(-1, -1, 1, 1).contains(rect)


def _label_problems(label: QLabel, name: str) -> list[str]:
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return (
            [f"{name} is cut: {label.height()} < {needed}"] if label.height() < needed - 1 else []
        )
    needed = label.sizeHint().width()
    return [f"{name} is elided: {label.width()} < {needed}"] if label.width() < needed - 1 else []


def problems(top: QWidget, what: str) -> list[str]:
    """What does not fit in ``top`` (only widgets a user can see)."""
    found: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        name = f"{what}: {type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        if _outside(widget, top):
            found.append(f"{name} reaches outside its window")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            found += _label_problems(widget, name)
        too_narrow = widget.width() < widget.minimumSizeHint().width() - 1
        if isinstance(widget, QAbstractButton) and widget.text() and too_narrow:
            found.append(f"{name} is narrower than its text")
    return found


def _settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    QApplication.processEvents()


def check_popup() -> list[str]:
    from tray.popup import Popup
    from tray.viewmodel import UsageViewModel

    model = UsageViewModel()
    popup = Popup(model, clock=lambda: NOW)
    popup.available_height = lambda: 4000  # type: ignore[method-assign]  # room for all details
    model.set_usages(_usages(), NOW)  # type: ignore[arg-type]
    popup.show_at(QRect(1200, 0, 24, 24))
    found = problems(popup, "popup")
    for card in popup.cards:
        card.set_expanded(True)
    popup.show_at(QRect(1200, 0, 24, 24))
    _settle(popup)
    found += problems(popup, "popup, details open")
    popup.hide()
    model.set_usages([], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    found += problems(popup, "first-run popup")
    return found


def _dialogs() -> list[tuple[str, QDialog]]:
    from core.models import PasteCheck
    from tray.dialogs import AddAccountDialog, AddMethod, RenameDialog, SettingsDialog
    from tray.dialogs.remove import remove_message_box
    from tray.settings import TraySettings

    shown: list[tuple[str, QDialog]] = []
    for method in AddMethod:
        dialog = AddAccountDialog(
            ["Work"], claude_code_found=True, claude_code_email="me@example.com", method=method
        )
        shown.append((f"add ({method.value})", dialog))
    paste = AddAccountDialog(claude_code_found=True, method=AddMethod.PASTE)
    paste.show_paste_check(
        PasteCheck(
            email="me@example.com",
            account_id="a",
            plan=None,
            verified=True,
            claude_code_login=True,
            claude_code_account=True,
        )
    )
    shown.append(("add (paste checked)", paste))
    again = AddAccountDialog.for_sign_in_again("Work", "work@example.com")
    again.show_sign_in_url("https://claude.ai/oauth/authorize?code=true&client_id=x")
    shown.append(("sign in again", again))
    shown.append(("settings", SettingsDialog(TraySettings(), autostart_supported=False)))
    shown.append(("rename", RenameDialog("Work", ["Work", "Home"])))
    shown.append(("remove", remove_message_box("Work")))
    return shown


def check_dialogs() -> list[str]:
    found: list[str] = []
    for what, dialog in _dialogs():
        dialog.show()
        _settle(dialog)
        found += problems(dialog, what)
        dialog.hide()
    return found


def main() -> int:
    from tray.theme import Appearance, apply_appearance

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    apply_appearance(Appearance(os.environ.get("LAYOUT_APPEARANCE", "light")))
    found = check_popup() + check_dialogs()
    for problem in found:
        print(problem)
    del app
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
