"""Translation tests: offscreen Qt, the tray's settings fixtures, packaging/ importable
(catalogues.py). The compiled catalogues are brought up to date by tests/conftest.py."""

from __future__ import annotations

import sys

from tests.conftest import REPO_ROOT

# Offscreen Qt (set on import) and the settings fixtures, as in the tray's tests.
from tests.tray.conftest import c_locale, qsettings, settings_store  # noqa: F401

sys.path.insert(0, str(REPO_ROOT / "packaging"))
