"""What goes into the frozen app, shared by the spec, ``build.py`` and the tests.

The app uses QtCore, QtGui, QtWidgets and QtNetwork (``QLocalServer`` for the single-instance
check); the SVG app icon needs Qt's SVG image/icon plugins (and so libQt6Svg) but not the
QtSvg Python module. PyInstaller's Qt hooks collect more than that (every image format,
input method, platform and translation), so :func:`keep` prunes the rest by path. Pruning
is by file name so one list serves Linux (``libqsvg.so``), macOS (``libqsvg.dylib``, Qt
frameworks) and Windows (``qsvg.dll``).
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "claude-usage-tray"
DISPLAY_NAME = "Claude Usage Tray"
BUNDLE_ID = "io.github.claude-usage-tray"
DIST_NAME = "claude-usage-tray"  # the Python distribution (pyproject's [project] name)

EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    *(
        f"PySide6.{name}"
        for name in (
            *("QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtOpenGL"),
            *("QtOpenGLWidgets", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick"),
            *("QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvg"),
            *("QtSvgWidgets", "QtTest", "QtUiTools", "QtXml"),
        )
    ),
]

# Whole plugin folders the app never loads.
DROPPED_PLUGIN_DIRS = {
    "designer",
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "printsupport",
    "qmltooling",
    "sqldrivers",
    "tls",  # httpx does TLS with Python's ssl; QtNetwork is only used for a local socket
    "wayland-graphics-integration-client",  # EGL/OpenGL windows; the app paints in software
    "wayland-graphics-integration-server",
}
# Plugin folders of which only some plugins are kept (by name without lib prefix/suffix).
KEPT_PLUGINS = {
    "imageformats": {"qsvg", "qico", "qicns"},
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qcocoa", "qwindows"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "wayland-shell-integration": {"xdg-shell"},
    # qgtk3 would pull in GTK 3, cairo and pango (about 20 MB) for native file dialogs the
    # app never opens; the portal theme still follows the desktop's settings.
    "platformthemes": {"qxdgdesktopportal"},
}
# Qt libraries only the dropped modules and plugins need (names or framework folder names).
DROPPED_QT_LIBS = re.compile(
    r"^(lib)?Qt6?(Pdf|Quick|Qml|VirtualKeyboard|Designer|Labs|Lottie|WaylandCompositor|"
    r"WaylandEgl|WlShell|EglFS|Help|Sql|Test|UiTools|Concurrent|Xml|PrintSupport|"
    r"OpenGL|SvgWidgets|ShaderTools|Charts|Multimedia|WebEngine|3D)",
    re.IGNORECASE,
)


# Single files nothing here loads: Qt's software OpenGL for Windows (about 20 MB).
DROPPED_FILES = {"opengl32sw.dll"}


def _plugin_name(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) should ship."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[-1].lower() in DROPPED_FILES:
        return False
    if "translations" in parts and any(part.startswith("PySide6") for part in parts):
        return False  # the app is English only; Qt's own strings stay English too
    if any(DROPPED_QT_LIBS.match(part) for part in parts):
        return False
    if "plugins" in parts[:-2]:
        folder, filename = parts[-2], parts[-1]
        if folder in DROPPED_PLUGIN_DIRS:
            return False
        if folder in KEPT_PLUGINS:
            return _plugin_name(filename) in KEPT_PLUGINS[folder]
    return True


def keep_collected(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter a hook's ``(source, destination folder)`` list with :func:`keep`."""
    return [(src, dest) for src, dest in entries if keep(f"{dest}/{Path(src).name}")]


def version() -> str:
    """The package version: installed metadata, else pyproject.toml (a source checkout)."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        return str(data["project"]["version"])


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """``"1.2.3rc1+local"`` → ``(1, 2, 3, 0)``: Windows version resources want four numbers."""
    numbers = [int(match) for match in re.findall(r"\d+", text.split("+")[0])[:3]]
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return padded[0], padded[1], padded[2], padded[3]


def platform_tag() -> str:
    """``linux``, ``macos`` or ``windows``: used in artifact names and by the spec."""
    if sys.platform == "darwin":
        return "macos"
    if sys.platform == "win32":
        return "windows"
    return "linux"
