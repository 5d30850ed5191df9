"""macOS and Windows artefacts checked without their OS: the plists, the icon containers, the
Inno Setup script and the PyInstaller spec's per-platform branches (evaluated, not built).

(tests/packaging/test_packaging.py has the container writers' unit tests; these read the
files that ship.)
"""

from __future__ import annotations

import functools
import plistlib
import re
import struct
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PyInstaller.utils.hooks import collect_submodules as _collect_submodules
from PySide6.QtGui import QImage

from tests.conftest import REPO_ROOT
from tray import autostart

sys.path.insert(0, str(REPO_ROOT / "packaging"))

import build
import bundle_config

RESOURCES = REPO_ROOT / "resources"
ISS = REPO_ROOT / "packaging" / "windows" / "claude-usage-tray.iss"
SPEC = REPO_ROOT / "packaging" / "claude-usage-tray.spec"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# What each OS asks an app's icon for, in pixels.
# macOS: an .iconset's ten images, 16/32/128/256/512 points at 1x and 2x (iconutil's set).
MACOS_ICON_PIXELS = {16, 32, 64, 128, 256, 512, 1024}
MACOS_ICONSET = {(16, 1), (16, 2), (32, 1), (32, 2), (128, 1), (128, 2), (256, 1), (256, 2)}
MACOS_ICONSET |= {(512, 1), (512, 2)}
ICNS_POINTS = {
    b"icp4": (16, 1),
    b"ic11": (16, 2),
    b"icp5": (32, 1),
    b"ic12": (32, 2),
    b"ic07": (128, 1),
    b"ic13": (128, 2),
    b"ic08": (256, 1),
    b"ic14": (256, 2),
    b"ic09": (512, 1),
    b"ic10": (512, 2),
}
# Windows: small icons and the taskbar at 100/125/150 % (16, 20, 24), desktop and Alt-Tab
# (32, 40, 48), large icons (64) and Explorer's extra-large view and tiles (256).
WINDOWS_ICON_PIXELS = {16, 20, 24, 32, 40, 48, 64, 256}


def decoded_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE)
    image = QImage.fromData(png, "PNG")
    assert not image.isNull(), "the PNG does not decode"
    return image.width(), image.height()


# -- macOS -------------------------------------------------------------------------------------


def test_info_plist_has_the_keys_the_app_relies_on() -> None:
    with (RESOURCES / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["LSUIElement"] is True  # menu bar only: no Dock icon, no app menu
    assert info["CFBundleIdentifier"] == bundle_config.BUNDLE_ID == autostart.MAC_LABEL
    assert info["CFBundleName"] == bundle_config.DISPLAY_NAME
    assert info["NSHighResolutionCapable"] is True  # a sharp tray icon on Retina screens
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])


def test_icns_holds_every_image_macos_asks_for() -> None:
    data = (RESOURCES / "claude-usage-tray.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, found = 8, set()
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert 8 < length <= len(data) - offset, f"element {kind!r} overruns"
        points, scale = ICNS_POINTS[kind]
        side = points * scale
        assert decoded_size(data[offset + 8 : offset + length]) == (side, side), kind
        found.add((points, scale))
        offset += length
    assert found == MACOS_ICONSET


def test_ico_holds_every_size_windows_asks_for() -> None:
    data = (RESOURCES / "claude-usage-tray.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _colors, _zero, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        side = width or 256  # 0 means 256 in an ICO directory entry
        assert (height or 256, planes, bits) == (side, 1, 32)
        assert decoded_size(data[offset : offset + length]) == (side, side)
        sizes.add(side)
    assert sizes >= WINDOWS_ICON_PIXELS


# -- Windows: the Inno Setup script ------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    """The script's ``[Section]`` bodies as lines, comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(match.group(1), [])
        else:
            current.append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8"), re.M))


def setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    """``Name: "x"; Flags: a b`` lines as dicts (quotes kept as Inno writes them)."""
    parsed = []
    for line in iss_sections()[section]:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        parsed.append({key: value.strip() for key, value in fields})
    return parsed


def test_installer_keeps_its_app_id() -> None:
    """Inno Setup finds an installed copy by AppId: changing it would install a second app
    beside the first instead of upgrading it."""
    assert setup_values()["AppId"] == "{{0A10229C-F177-4C0F-9197-0F2F17E9F990}"


def test_installer_is_per_user_without_admin_rights() -> None:
    setup = setup_values()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when per-user
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_installer_adds_a_start_menu_entry_for_the_app() -> None:
    defines = iss_defines()
    assert defines["AppExe"] == f"{bundle_config.APP_NAME}.exe"
    icons_section = entries("Icons")
    assert {"Name": '"{group}\\{#AppName}"', "Filename": '"{app}\\{#AppExe}"'} in icons_section


def test_run_at_sign_in_is_optional_and_the_same_value_the_app_writes() -> None:
    defines = iss_defines()
    assert defines["RunValue"] == autostart.APP_ID
    task = next(t for t in entries("Tasks") if t["Name"] == '"startatlogin"')
    assert "unchecked" in task["Flags"].split()  # off unless the user ticks it
    run_entries = [e for e in entries("Registry") if e.get("ValueName") == '"{#RunValue}"']
    assert {e["Root"] for e in run_entries} == {"HKCU"}
    assert {e["Subkey"] for e in run_entries} == {f'"{autostart.RUN_KEY}"'}
    written = [e for e in run_entries if e["ValueType"] == "string"]
    assert [entry["Tasks"] for entry in written] == ["startatlogin"]
    assert written[0]["ValueData"] == '"""{app}\\{#AppExe}"""'  # quoted, as the app writes it


def test_uninstall_removes_the_autostart_value_even_when_the_app_wrote_it() -> None:
    run_entries = [e for e in entries("Registry") if e.get("ValueName") == '"{#RunValue}"']
    assert all("uninsdeletevalue" in e["Flags"].split() for e in run_entries)
    unconditional = [e for e in run_entries if "Tasks" not in e]
    assert unconditional, "the value the app's own setting wrote would outlive the app"
    assert "dontcreatekey" in unconditional[0]["Flags"].split()


def test_installer_inputs_exist_and_its_output_is_what_build_expects() -> None:
    setup = setup_values()
    for key in ("SetupIconFile", "LicenseFile"):
        assert (ISS.parent / setup[key].replace("\\", "/")).is_file(), key
    name = setup["OutputBaseFilename"].replace("{#AppVersion}", "9.8.7")
    assert build.DIST / f"{name}.exe" == build.windows_installer_path("9.8.7")


# -- the PyInstaller spec, evaluated per platform without building -----------------------------


class Recorder:
    """PyInstaller's spec-file classes, keeping their arguments instead of building."""

    def __init__(self) -> None:
        self.calls: dict[str, dict[str, Any]] = {}

    def __getitem__(self, name: str) -> Any:
        recorder = self

        class Target:
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                recorder.calls[name] = {"args": args, **kwargs}
                self.binaries: list[Any] = []
                self.datas: list[Any] = []
                self.pure: list[Any] = []
                self.scripts: list[Any] = []

        return Target


@functools.cache
def _submodules(package: str) -> tuple[str, ...]:
    """PyInstaller's own ``collect_submodules`` (a subprocess each), once per package."""
    return tuple(_collect_submodules(package))


def run_spec(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, dict[str, Any]]:
    import PyInstaller.utils.hooks

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("CLAUDE_USAGE_BUILD_DIR", str(tmp_path / "work"))
    monkeypatch.setattr(PyInstaller.utils.hooks, "collect_submodules", lambda p: [*_submodules(p)])
    recorder = Recorder()
    namespace = {name: recorder[name] for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(SPEC.parent), __file__=str(SPEC))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return recorder.calls


def load_version_resource(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """PyInstaller's own parser of the version file (it imports Windows-only modules that the
    parsing does not use: stand-ins for those)."""
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    from PyInstaller.utils.win32 import versioninfo

    return versioninfo.load_version_info_from_text_file(str(path))


def analysis_inputs_exist(calls: dict[str, dict[str, Any]]) -> None:
    analysis = calls["Analysis"]
    assert all(Path(script).is_file() for script in analysis["args"][0])
    assert all(Path(source).exists() for source, _dest in analysis["datas"])
    assert {"core.store.keys", "tray.autostart", "keyring.backends.macOS"} <= set(
        analysis["hiddenimports"]
    )
    assert "keyring.backends.Windows" in analysis["hiddenimports"]


def test_spec_windows_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec("win32", tmp_path, monkeypatch)
    analysis_inputs_exist(calls)
    exe = calls["EXE"]
    assert (exe["name"], exe["console"]) == (bundle_config.APP_NAME, False)
    assert exe["icon"] == str(RESOURCES / "claude-usage-tray.ico")
    assert Path(exe["icon"]).is_file()
    assert exe["strip"] is False
    info = load_version_resource(Path(exe["version"]), monkeypatch)
    major, minor, patch, build_no = bundle_config.numeric_version(bundle_config.version())
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (
        major << 16 | minor,
        patch << 16 | build_no,
    )
    strings = {entry.name: entry.val for entry in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == bundle_config.version()
    assert strings["OriginalFilename"] == f"{bundle_config.APP_NAME}.exe"
    assert info.toRaw()  # encodes into the binary resource PyInstaller embeds
    assert "BUNDLE" not in calls


def test_spec_macos_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec("darwin", tmp_path, monkeypatch)
    analysis_inputs_exist(calls)
    exe, bundle = calls["EXE"], calls["BUNDLE"]
    assert exe["icon"] == bundle["icon"] == str(RESOURCES / "claude-usage-tray.icns")
    assert Path(exe["icon"]).is_file()
    assert (exe["version"], exe["strip"]) == (None, False)  # stripping breaks signatures
    assert bundle["name"] == f"{bundle_config.DISPLAY_NAME}.app"
    assert bundle["bundle_identifier"] == bundle_config.BUNDLE_ID
    info = bundle["info_plist"]
    assert info["LSUIElement"] is True
    version = bundle_config.version()
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == version
    plistlib.loads(plistlib.dumps(info))  # what PyInstaller writes must be a valid plist
    assert build.executable() == (build.DIST / bundle["name"] / "Contents" / "MacOS" / exe["name"])


def test_spec_linux_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec("linux", tmp_path, monkeypatch)
    exe = calls["EXE"]
    assert (exe["icon"], exe["version"], exe["strip"]) == (None, None, True)
    assert "BUNDLE" not in calls


@pytest.mark.parametrize(
    ("platform", "tag"), [("darwin", "macos"), ("win32", "windows"), ("linux", "linux")]
)
def test_platform_tags(monkeypatch: pytest.MonkeyPatch, platform: str, tag: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert bundle_config.platform_tag() == tag


def test_version_from_pyproject_in_a_plain_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    assert bundle_config.version() == version_in_pyproject()


def version_in_pyproject() -> str:
    text = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', text, re.M)
    assert match
    return match.group(1)
