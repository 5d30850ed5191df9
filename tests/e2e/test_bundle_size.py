"""The Linux bundle's size budget (under 80 MB unpacked) and what keeps it there.

Reuses ``make bundle``'s build like test_bundle.py (``packaging/build.py --reuse``), then
looks at the onedir: no library the system provides, ICU replaced by the stand-ins, and the
``.deb`` depending on exactly the system libraries the bundle links.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, require_or_skip

sys.path.insert(0, str(REPO_ROOT / "packaging"))

import bundle_config
import linux_dist

pytestmark = [
    pytest.mark.slow,
    pytest.mark.e2e,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle"),
]

BUDGET_BYTES = 80_000_000  # the "under 80 MB unpacked"


def test_the_onedir_is_under_80_mb(bundle: dict[str, Any]) -> None:
    onedir = Path(bundle["onedir"])
    size = sum(p.lstat().st_size for p in onedir.rglob("*") if p.is_file() or p.is_symlink())
    assert size == bundle["size_bytes"]
    assert size < BUDGET_BYTES, f"{size / 1e6:.1f} MB"


def test_no_library_the_system_provides_is_bundled(bundle: dict[str, Any]) -> None:
    onedir = Path(bundle["onedir"])
    carried = sorted(p.name for p in onedir.rglob("*.so*") if bundle_config.left_to_system(p.name))
    assert carried == []


def test_icu_is_the_stand_ins(bundle: dict[str, Any]) -> None:
    icu = [p for p in Path(bundle["onedir"]).rglob("libicu*") if not p.is_symlink()]
    assert sorted(p.name.split(".so")[0] for p in icu) == ["libicudata", "libicui18n", "libicuuc"]
    assert all(p.stat().st_size < 64 * 1024 for p in icu), [p.stat().st_size for p in icu]


def test_deb_depends_on_what_the_bundle_links(bundle: dict[str, Any]) -> None:
    deb = next((a for a in bundle["artifacts"] if a.endswith(".deb")), None)
    require_or_skip(deb is not None, "the build made no .deb (is dpkg-deb installed?)")
    field = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout.strip()
    depends = field.split(", ")
    assert depends == linux_dist.deb_depends(Path(bundle["onedir"]))
    assert "libx11-6" in depends
    assert any(d.startswith("libstdc++6 (>= ") for d in depends)
