"""``make bundle``: freeze the app for this OS with PyInstaller, then make its installers.

    python packaging/build.py [--reuse] [--no-installers]

* Linux: ``dist/claude-usage-tray/`` (onedir), ``dist/claude-usage-tray-<v>-linux-<arch>.tar.gz``
  and ``dist/claude-usage-tray_<v>_<arch>.deb`` (when ``dpkg-deb`` exists).
* macOS: ``dist/Claude Usage Tray.app`` and ``dist/claude-usage-tray-<v>-macos-<arch>.dmg``.
* Windows: ``dist/claude-usage-tray/claude-usage-tray.exe`` and, when Inno Setup's ``iscc``
  is installed, ``dist/claude-usage-tray-<v>-windows-x64-setup.exe``.

A build takes minutes, so it records a digest of its inputs (sources, resources, packaging,
tool versions) in ``dist/.bundle-stamp.json``; ``--reuse`` skips the build when that digest
and every artifact are still there. Tests and ``make bench`` read the stamp to find the
executable and artifacts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogues
import icons
from bundle_config import APP_NAME, DISPLAY_NAME, ROOT, platform_tag, version

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / f"{APP_NAME}.spec"
STAMP = DIST / ".bundle-stamp.json"
INPUT_DIRS = ("core", "tray", "packaging", "resources")
INPUT_FILES = ("pyproject.toml", "LICENSE")
TOOLS = ("PySide6-Essentials", "pyinstaller", "pyinstaller-hooks-contrib", "keyring", "qasync")


def inputs_digest() -> str:
    """A digest of everything the bundle is built from, to tell whether a build is fresh."""
    digest = hashlib.sha256(f"{sys.version}|{platform.machine()}".encode())
    for tool in TOOLS:
        digest.update(f"{tool}={_installed_version(tool)}\n".encode())
    for path in _input_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _installed_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def _input_files() -> list[Path]:
    files = [ROOT / name for name in INPUT_FILES]
    for folder in INPUT_DIRS:
        files += (
            path
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        )
    return sorted(files)


def onedir() -> Path:
    if platform_tag() == "macos":
        return DIST / f"{DISPLAY_NAME}.app"
    return DIST / APP_NAME


def executable() -> Path:
    tag = platform_tag()
    if tag == "macos":
        return onedir() / "Contents" / "MacOS" / APP_NAME
    return onedir() / (f"{APP_NAME}.exe" if tag == "windows" else APP_NAME)


def tree_size(path: Path) -> int:
    """Bytes of every file under ``path`` (symlinks counted as links, not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def read_stamp() -> dict[str, Any] | None:
    try:
        data = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_fresh(digest: str) -> bool:
    stamp = read_stamp()
    if stamp is None or stamp.get("digest") != digest:
        return False
    paths = [stamp.get("executable"), *(stamp.get("artifacts") or [])]
    return all(isinstance(p, str) and Path(p).exists() for p in paths)


def run_pyinstaller() -> None:
    env = {**os.environ, "CLAUDE_USAGE_BUILD_DIR": str(WORK)}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def check_libraries(folder: Path) -> None:
    """Fail when a bundled library needs one that is neither bundled nor on this system.

    Catches plugins whose dependencies the pruning in bundle_config.py removed, before a
    user meets a Qt plugin that silently does not load. Libraries taken from the system
    resolve from this machine's; each must be one bundle_config.SYSTEM_LIBRARIES lists
    (linux_dist.system_libraries), so the .deb depends on it and INSTALL.txt names it.
    """
    if platform_tag() != "linux":
        return
    import linux_dist

    linux_dist.system_libraries(folder)
    if shutil.which("ldd") is None:
        return
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing: set[str] = set()
    for path in internal.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
            missing |= {
                f"{path.relative_to(folder)}: {line.split()[0]}"
                for line in result.stdout.splitlines()
                if "not found" in line
            }
    if missing:
        raise SystemExit("build: unresolved libraries:\n  " + "\n  ".join(sorted(missing)))


def installers(app_version: str, *, skip: bool) -> list[Path]:
    if skip:
        return []
    tag = platform_tag()
    if tag == "linux":
        return linux_installers(app_version)
    if tag == "macos":
        return macos_installers(app_version)
    return windows_installers(app_version)


def linux_installers(app_version: str) -> list[Path]:
    import linux_dist

    made = [linux_dist.tarball(onedir(), app_version, DIST)]
    if shutil.which("dpkg-deb"):
        made.append(linux_dist.deb(onedir(), app_version, DIST, WORK))
    else:
        print("build: dpkg-deb not found; no .deb", file=sys.stderr)
    return made


def macos_installers(app_version: str) -> list[Path]:
    if shutil.which("hdiutil") is None:
        print("build: hdiutil not found; no .dmg", file=sys.stderr)
        return []
    arch = platform.machine().lower()
    out = DIST / f"{APP_NAME}-{app_version}-macos-{arch}.dmg"
    script = ROOT / "packaging" / "macos" / "make-dmg.sh"
    subprocess.run(["bash", str(script), str(onedir()), str(out)], check=True)
    return [out]


def _iscc() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.exists():
            return str(candidate)
    return None


def windows_installers(app_version: str) -> list[Path]:
    iscc = _iscc()
    if iscc is None:
        print("build: Inno Setup (iscc) not found; no setup.exe", file=sys.stderr)
        return []
    script = ROOT / "packaging" / "windows" / f"{APP_NAME}.iss"
    defines = {"AppVersion": app_version, "BundleDir": str(onedir()), "OutputDir": str(DIST)}
    subprocess.run([iscc, *(f"/D{k}={v}" for k, v in defines.items()), str(script)], check=True)
    return [windows_installer_path(app_version)]


def windows_installer_path(app_version: str) -> Path:
    """Where the .iss script's ``OutputBaseFilename`` puts the installer."""
    return DIST / f"{APP_NAME}-{app_version}-windows-x64-setup.exe"


def write_stamp(digest: str, app_version: str, artifacts: list[Path], seconds: float) -> None:
    stamp = {
        "digest": digest,
        "version": app_version,
        "platform": platform_tag(),
        "onedir": str(onedir()),
        "executable": str(executable()),
        "artifacts": [str(path) for path in artifacts],
        "size_bytes": tree_size(onedir()),
        "build_seconds": round(seconds, 1),
    }
    STAMP.write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")


def report() -> None:
    stamp = read_stamp() or {}
    size = int(stamp.get("size_bytes") or 0)
    print(f"{DISPLAY_NAME} {stamp.get('version')}: {stamp.get('executable')}")
    print(f"  unpacked size {size / 1e6:.1f} MB, built in {stamp.get('build_seconds')} s")
    for artifact in stamp.get("artifacts") or []:
        print(f"  {artifact} ({Path(artifact).stat().st_size / 1e6:.1f} MB)")


def build(*, reuse: bool, skip_installers: bool) -> None:
    icons.render_all()
    catalogues.Catalogues().compile()
    digest = inputs_digest()
    if reuse and is_fresh(digest):
        print("build: bundle is up to date (inputs unchanged)")
        return
    started = time.monotonic()
    STAMP.unlink(missing_ok=True)
    app_version = version()
    run_pyinstaller()
    check_libraries(onedir())
    artifacts = installers(app_version, skip=skip_installers)
    write_stamp(digest, app_version, artifacts, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the native app and its installers.")
    parser.add_argument("--reuse", action="store_true", help="skip if the last build is fresh")
    parser.add_argument("--no-installers", action="store_true", help="only the PyInstaller app")
    args = parser.parse_args(argv)
    build(reuse=args.reuse, skip_installers=args.no_installers)
    report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
