"""The tray's dialogs: add account, rename, remove, settings. Views only: they validate what
is typed and emit what was asked; the app performs it through the backend."""

from .add_account import AddAccountDialog, AddMethod, AddRequest
from .remove import remove_chosen, remove_message_box
from .rename import RenameDialog
from .settings_dialog import SettingsDialog

__all__ = [
    "AddAccountDialog",
    "AddMethod",
    "AddRequest",
    "RenameDialog",
    "SettingsDialog",
    "remove_chosen",
    "remove_message_box",
]
