"""Linux installers from the PyInstaller onedir: a portable ``.tar.gz`` and a ``.deb``.

The ``.deb`` installs the app to ``/opt/claude-usage-tray`` with a ``/usr/bin`` symlink, a
desktop entry and hicolor icons. The bundle carries Python, Qt and the less common libraries
itself and takes the ones every desktop has from the system (bundle_config.SYSTEM_LIBRARIES);
the package's Depends are computed from what the bundled files actually link, so they match
the bundle exactly, and :func:`system_libraries` fails the build on a library that is neither
bundled nor known to the system list.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from bundle_config import APP_NAME, ROOT, SYSTEM_LIBRARIES

__all__ = [
    "deb",
    "deb_depends",
    "deb_version",
    "glibc_floor",
    "glibcxx_floor",
    "machine",
    "system_libraries",
    "tarball",
]

RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / f"{APP_NAME}.desktop"
INSTALL_NOTES = ROOT / "packaging" / "linux" / "INSTALL.txt"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Debian 13 / Ubuntu 24.04 renamed these in the 64-bit time_t transition.
DEB_RENAMED = {"libssl3": "libssl3t64", "libglib2.0-0": "libglib2.0-0t64"}
# libstdc++6's GLIBCXX_3.4.N symbol versions → the first package version with them
# (from Debian's libstdc++6.symbols). A newer N fails the build: add it here.
GLIBCXX_PACKAGE_VERSIONS = {25: "8", 26: "9", 27: "9.1", 28: "10.2", 29: "11", 30: "12"}
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
    depends = ", ".join(deb_depends(onedir))
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


def deb_depends(onedir: Path) -> list[str]:
    """The packages of the system libraries the bundle links, glibc and libstdc++ versioned."""
    packages = {SYSTEM_LIBRARIES[name] for name in system_libraries(onedir)}
    depends = [f"libc6 (>= {glibc_floor(onedir)})"]
    if "libstdc++6" in packages:
        depends.append(f"libstdc++6 (>= {glibcxx_floor(onedir)})")
    for package in sorted(packages - {"libc6", "libstdc++6"}):
        renamed = DEB_RENAMED.get(package)
        depends.append(f"{package} | {renamed}" if renamed else package)
    return depends


def system_libraries(onedir: Path) -> set[str]:
    """Sonames the bundled files link but the bundle does not carry: the system's part.

    Raises SystemExit for one that bundle_config.SYSTEM_LIBRARIES does not list, since
    the .deb could not depend on it and INSTALL.txt would not mention it.
    """
    bundled = {path.name for path in onedir.rglob("*")}
    needed = set().union(*(_needed(path) for path in _elf_files(onedir)))
    outside = needed - bundled
    unknown = outside - SYSTEM_LIBRARIES.keys()
    if unknown:
        raise SystemExit(
            "build: bundled files link libraries that are neither bundled nor listed in "
            "bundle_config.SYSTEM_LIBRARIES: " + ", ".join(sorted(unknown))
        )
    return outside


def _needed(path: Path) -> set[str]:
    """The ``DT_NEEDED`` sonames of an ELF file (``objdump -p``, which PyInstaller needs too)."""
    result = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
    return {
        line.split()[1]
        for line in result.stdout.splitlines()
        if line.split()[:1] == ["NEEDED"] and len(line.split()) == 2
    }


def glibc_floor(onedir: Path) -> str:
    """The newest ``GLIBC_2.x`` symbol version any bundled ELF file asks for."""
    newest = max(_symbol_versions(onedir, rb"GLIBC_2\.(\d+)") | {17})
    return f"2.{newest}"


def glibcxx_floor(onedir: Path) -> str:
    """The libstdc++6 package version with the newest ``GLIBCXX_3.4.N`` the bundle asks for."""
    newest = max(_symbol_versions(onedir, rb"GLIBCXX_3\.4\.(\d+)") | {25})
    if newest not in GLIBCXX_PACKAGE_VERSIONS:
        raise SystemExit(
            f"build: the bundle needs GLIBCXX_3.4.{newest}; add it to "
            "linux_dist.GLIBCXX_PACKAGE_VERSIONS"
        )
    return GLIBCXX_PACKAGE_VERSIONS[newest]


def _symbol_versions(onedir: Path, pattern: bytes) -> set[int]:
    """Every N of the symbol version ``pattern`` (one group) named by a bundled ELF file."""
    found: set[int] = set()
    for path in _elf_files(onedir):
        data = path.read_bytes()
        found |= {int(match.group(1)) for match in re.finditer(pattern + rb"(?:\.\d+)?\x00", data)}
    return found


def _elf_files(onedir: Path) -> list[Path]:
    return [
        path
        for path in sorted(onedir.rglob("*"))
        if path.is_file() and not path.is_symlink() and _is_elf(path)
    ]


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
