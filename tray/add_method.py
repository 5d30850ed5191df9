"""What the Add account dialog asks the app to do: the four ways in, and the request.

Kept apart from the dialog so the tray's start-up (the menu, the popup's buttons, the flows)
can name them without importing the dialogs, which are loaded when one is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["AddMethod", "AddRequest"]


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
    confirmed: bool = False  # a paste the user agreed to save after its check
    wsl: str | None = None  # LINK: ``DISTRO/USER`` of a login inside WSL (issue 15)
