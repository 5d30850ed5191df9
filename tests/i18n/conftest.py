"""Translation tests use the compiled catalogues: compile them when a source is newer (as
``make`` does), so ``pytest`` alone after editing a ``.ts``/``.po`` tests what was edited."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO_ROOT

# Offscreen Qt (set on import) and the settings fixtures, as in the tray's tests.
from tests.tray.conftest import c_locale, qsettings, settings_store  # noqa: F401

sys.path.insert(0, str(REPO_ROOT / "packaging"))

from catalogues import Catalogues


def _stale(catalogues: Catalogues) -> bool:
    for code in catalogues.languages:
        for source in (catalogues.ts_file(code), catalogues.po_file(code)):
            built = source.with_suffix(".qm" if source.suffix == ".ts" else ".mo")
            if not built.exists() or built.stat().st_mtime < source.stat().st_mtime:
                return True
    return False


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> Catalogues:
    catalogues = Catalogues()
    if _stale(catalogues):
        catalogues.compile()
    return catalogues
