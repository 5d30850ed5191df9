"""Linux installers from the PyInstaller onedir: a portable ``.tar.gz`` and a ``.deb``.

The ``.deb`` installs the app to ``/opt/claude-usage-tray`` with a ``/usr/bin`` symlink, a
desktop entry and hicolor icons. The bundle carries Qt and most X libraries itself; the
package depends on what PyInstaller deliberately leaves to the system (glibc, libGL/libEGL)
plus the few libraries Qt's xcb platform needs, should a build not bundle them.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from bundle_config import APP_NAME, ROOT

__all__ = ["deb", "deb_version", "glibc_floor", "machine", "tarball"]

RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / f"{APP_NAME}.desktop"
INSTALL_NOTES = ROOT / "packaging" / "linux" / "INSTALL.txt"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DEB_DEPENDS = (
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
)
DEB_MAINTAINER = "Claude Usage Tray contributors <claude-usage-tray@users.noreply.github.com>"
DEB_DESCRIPTION = (
    "Claude subscription usage of all your accounts, in the system tray\n"
    " Shows how much of the 5-hour session and weekly limits each Claude account has\n"
    " used, warns before a limit is reached, and shows organisation usage for Admin\n"
    " API keys."
)


def machine() -> str:
    """``x86_64``/``aarch64`` (artifact names) for the machine building the bundle."""
    return platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")


def deb_arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine(), machine())


def deb_version(version: str) -> str:
    """Python's ``1.2.0rc1`` sorts before ``1.2.0``; Debian needs ``~`` for that."""
    return re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", version)


def tarball(onedir: Path, version: str, out_dir: Path) -> Path:
    """``claude-usage-tray-<version>-linux-<arch>.tar.gz``: onedir, desktop file, icon, notes."""
    top = f"{APP_NAME}-{version}"
    out = out_dir / f"{top}-linux-{machine()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(onedir, arcname=f"{top}/{APP_NAME}", filter=_normalise)
        archive.add(DESKTOP_FILE, arcname=f"{top}/{DESKTOP_FILE.name}", filter=_normalise)
        archive.add(_png(256), arcname=f"{top}/{APP_NAME}.png", filter=_normalise)
        archive.add(INSTALL_NOTES, arcname=f"{top}/INSTALL.txt", filter=_normalise)
    return out


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Reproducible-ish, owner-neutral entries (root:root, no build machine user)."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isfile() or info.isdir():
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return info


def _png(size: int) -> Path:
    return RESOURCES / "icons" / f"{APP_NAME}-{size}.png"


def deb(onedir: Path, version: str, out_dir: Path, work: Path) -> Path:
    """Build the ``.deb`` with ``dpkg-deb`` from a staging tree under ``work``."""
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    _stage_files(root, onedir)
    _write_control(root, version, onedir)
    _fix_modes(root)
    out = out_dir / f"{APP_NAME}_{deb_version(version)}_{deb_arch()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def _stage_files(root: Path, onedir: Path) -> None:
    opt = root / "opt" / APP_NAME
    shutil.copytree(onedir, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP_NAME).symlink_to(f"/opt/{APP_NAME}/{APP_NAME}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, applications / DESKTOP_FILE.name)
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps" / f"{APP_NAME}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(_png(size), target)
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / f"{APP_NAME}.svg", scalable / f"{APP_NAME}.svg")
    doc = root / "usr" / "share" / "doc" / APP_NAME
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", doc / "copyright")


def _write_control(root: Path, version: str, onedir: Path) -> None:
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    depends = ", ".join((f"libc6 (>= {glibc_floor(onedir)})", *DEB_DEPENDS))
    fields = {
        "Package": APP_NAME,
        "Version": deb_version(version),
        "Architecture": deb_arch(),
        "Maintainer": DEB_MAINTAINER,
        "Installed-Size": str(_size_kib(root)),
        "Depends": depends,
        "Section": "utils",
        "Priority": "optional",
        "Description": DEB_DESCRIPTION,
    }
    control.write_text("".join(f"{key}: {value}\n" for key, value in fields.items()))


def glibc_floor(onedir: Path) -> str:
    """The newest ``GLIBC_2.x`` symbol version any bundled ELF file asks for."""
    newest = (2, 17)
    for path in onedir.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            for match in re.finditer(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00", path.read_bytes()):
                found = (2, int(match.group(1)))
                newest = max(newest, found)
    return f"{newest[0]}.{newest[1]}"


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def _fix_modes(root: Path) -> None:
    """dpkg keeps modes as found: directories 0755, executables 0755, the rest 0644."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.stat(path).st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)
    root.chmod(0o755)
