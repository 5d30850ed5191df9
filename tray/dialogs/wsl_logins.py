"""Which Claude Code login to link: this computer's, or one inside a WSL distribution.

On Windows many people run Claude Code inside WSL; its login lives in the distribution's
files (``\\\\wsl.localhost\\<distro>\\home\\<user>\\.claude``), found by
:meth:`core.UsageClient.wsl_logins`. The Add account dialog's "Use Claude Code's login" page
shows this chooser when there is any: each login is offered as a linkable one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from core import WslLogin, safe_text

__all__ = ["WslLoginChooser"]


class WslLoginChooser(QWidget):
    """A list of logins: "Claude Code on this computer" (when found), then each WSL one."""

    def __init__(self, logins: Sequence[WslLogin], *, local_found: bool) -> None:
        super().__init__()
        self.logins = list(logins)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Claude Code login to link"))
        if local_found:
            self.combo.addItem(self.tr("Claude Code on this computer"), None)
        for login in self.logins:
            label = self.tr("{distro} (WSL) — {user}").format(
                distro=safe_text(login.distro), user=safe_text(login.user)
            )
            self.combo.addItem(label, f"{login.distro}/{login.user}")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Login:"), self.combo)

    def selected_wsl(self) -> str | None:
        """``DISTRO/USER`` of the chosen WSL login; None for this computer's own."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else None
