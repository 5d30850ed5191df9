"""The fast parts of packaging/: what the bundle keeps, version strings, icon containers,
the desktop entry and the macOS Info.plist. (tests/e2e/test_bundle.py builds the real thing.)"""

from __future__ import annotations

import plistlib
import shutil
import struct
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT, require_or_skip

sys.path.insert(0, str(REPO_ROOT / "packaging"))

import bundle_config
import icons
import linux_dist
import winver

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/QtWidgets.abi3.so",
        "core/admin/prices.json",
        "tray/resources/claude-usage-tray.svg",
    ],
)
def test_the_bundle_keeps_what_the_app_loads(dest: str) -> None:
    assert bundle_config.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6\\Qt6Quick.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/assistant_de.qm",
        "PySide6/QtQuick.abi3.so",
    ],
)
def test_the_bundle_drops_what_the_app_never_loads(dest: str) -> None:
    assert not bundle_config.keep(dest)


def test_hook_entries_are_filtered_by_their_destination() -> None:
    entries = [
        ("/x/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/imageformats"),
        ("/x/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats"),
    ]
    assert bundle_config.keep_collected(entries) == entries[1:]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0))],
)
def test_windows_version_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert bundle_config.numeric_version(text) == numbers
    assert f"filevers={numbers}" in winver.version_file_text(text)


def test_version_comes_from_the_package() -> None:
    from core.version import __version__

    assert bundle_config.version() == __version__


@pytest.mark.parametrize(
    ("python", "debian"),
    [("0.1.0", "0.1.0"), ("1.0.0rc1", "1.0.0~rc1"), ("1.0.0.dev3", "1.0.0~dev3")],
)
def test_debian_versions_sort_pre_releases_first(python: str, debian: str) -> None:
    assert linux_dist.deb_version(python) == debian


def test_ico_holds_every_size_as_png() -> None:
    images = {size: PNG_SIGNATURE + bytes([size % 256]) * size for size in (16, 32, 256)}
    data = icons.ico_bytes(images)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate(sorted(images)):
        width, height, *_, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert data[offset : offset + length] == images[size]


def test_icns_holds_every_element_as_png() -> None:
    images = {size: PNG_SIGNATURE + bytes([size % 256]) * 4 for _, size in icons.ICNS_TYPES}
    data = icons.icns_bytes(images)
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == PNG_SIGNATURE
        kinds.append(kind)
        offset += length
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]


def test_rendered_icons_are_up_to_date_with_the_svg() -> None:
    assert icons.up_to_date(), "run: python packaging/icons.py"


def test_desktop_entry_validates() -> None:
    require_or_skip(shutil.which("desktop-file-validate") is not None, "desktop-file-utils missing")
    result = subprocess.run(
        ["desktop-file-validate", str(linux_dist.DESKTOP_FILE)], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_macos_app_is_menu_bar_only() -> None:
    with (REPO_ROOT / "resources" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["LSUIElement"] is True
    assert info["CFBundleIdentifier"] == bundle_config.BUNDLE_ID


def test_the_app_icon_and_the_installer_icons_share_one_svg() -> None:
    """The running app loads tray/resources/; installers are rendered from resources/."""
    app_svg = REPO_ROOT / "tray" / "resources" / "claude-usage-tray.svg"
    assert app_svg.read_bytes() == icons.SVG.read_bytes()
