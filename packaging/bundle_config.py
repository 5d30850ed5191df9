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

CJK_CODEC_MODULES = (
    *("_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw"),
    "_multibytecodec",
)
# Python run-time options of the frozen app (PyInstaller's "OPTION" entries): UTF-8 mode,
# so text I/O never depends on the locale's code page (LANG=C, cp1252 consoles).
INTERPRETER_OPTIONS = [("X utf8", None, "OPTION")]

EXCLUDED_MODULES = [
    # Standard library the app never imports (tkinter, test tooling, the interactive help)
    *("tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc", "pydoc_data"),
    *("unittest", "doctest", "pdb", "test", "ensurepip", "distutils", "curses", "_curses"),
    "_pydecimal",  # decimal's pure-Python twin: the C _decimal is always there
    # The CJK codecs (0.9 MB): the app reads and writes only UTF-8 (JSON, the store, its
    # logs) and the frozen app runs in Python's UTF-8 mode (the spec's `X utf8` option), so
    # even a Shift-JIS or GB18030 locale never needs them for its standard streams.
    *CJK_CODEC_MODULES,
    # multiprocessing (and xmlrpc, which only it imports) is reached through
    # ProcessPoolExecutor and anyio.to_process, neither of which runs; leaving it out also
    # drops PyInstaller's runtime hook that imported it at every start.
    *("multiprocessing", "xmlrpc"),
    # Third-party code only reachable from command-line or test helpers of libraries:
    # httpx's `httpx` CLI (pygments, 1.8 MB compressed), anyio's pytest plugin.
    *("pygments", "_pytest", "pytest", "setuptools", "pkg_resources"),
    # Babel's CLDR data (36 MB) serves the command line's figures; the tray formats with
    # QLocale (tray/formats.py), and core falls back to its house style without Babel.
    "babel",
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

if sys.platform.startswith("linux"):
    # plistlib writes the macOS LaunchAgent (tray/autostart.py imports it only there), and
    # it alone pulls in the XML parser (pyexpat and xml.*, 0.26 MB).
    EXCLUDED_MODULES += ["plistlib", "xml", "pyexpat"]

# Whole plugin folders the app never loads.
DROPPED_PLUGIN_DIRS = {
    "xcbglintegrations",  # OpenGL on X11; the app paints its widgets in software
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
    # .ico and .icns are read only where they are the system's icon formats.
    "imageformats": {
        "qsvg",
        *(("qico",) if sys.platform == "win32" else ()),
        *(("qicns",) if sys.platform == "darwin" else ()),
    },
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

# Linux: shared libraries the bundle takes from the system instead of carrying them, by
# soname, with the Debian package that provides each (the .deb's Depends; INSTALL.txt lists
# them for the .tar.gz). Two kinds: those PyInstaller itself never bundles (glibc, GL/EGL,
# libxcb, Wayland), and those left out here because every desktop distribution new enough
# for this build's glibc has them (X11, fonts, GLib, D-Bus, zlib, the C++ runtime, OpenSSL 3,
# SQLite, Kerberos). Kept in the bundle on purpose: the xcb-util family, libxkbcommon-x11 and
# libxcb-cursor (often missing; without them Qt's xcb plugin does not load), libbz2 (Fedora
# names it libbz2.so.1) and libffi.
SYSTEM_LIBRARIES = {
    **dict.fromkeys(
        ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1"), "libc6"
    ),
    **dict.fromkeys(("libresolv.so.2", "libutil.so.1"), "libc6"),
    **dict.fromkeys(("ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"), "libc6"),
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    **{
        f"libxcb-{name}.so.{abi}": f"libxcb-{name}{abi}"
        for name, abi in (
            *(("glx", 0), ("randr", 0), ("render", 0), ("shape", 0)),
            *(("shm", 0), ("sync", 1), ("xfixes", 0)),
        )
    },
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libsqlite3.so.0": "libsqlite3-0",
}
# What only the system libraries above need; their own packages bring it.
SYSTEM_LIBRARY_DEPENDENCIES = {
    *("libXau.so.6", "libXdmcp.so.6", "libbsd.so.0", "libmd.so.0"),  # libxcb
    *("libexpat.so.1", "libpng16.so.16"),  # fontconfig, freetype
    "libpcre2-8.so.0",  # GLib
    *("libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0", "liblz4.so.1", "libcap.so.2"),
    *("libkrb5.so.3", "libk5crypto.so.3", "libkrb5support.so.0", "libcom_err.so.2"),
    "libkeyutils.so.1",  # Kerberos
}


def _plugin_name(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) should ship."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[-1].lower() in DROPPED_FILES:
        return False
    if "translations" in parts and any(part.startswith("PySide6") for part in parts):
        return False  # Qt's few words the app shows are in its own catalogues (tray/qt_strings.py)
    if any(DROPPED_QT_LIBS.match(part) for part in parts):
        return False
    if "plugins" in parts[:-2]:
        folder, filename = parts[-2], parts[-1]
        if folder in DROPPED_PLUGIN_DIRS:
            return False
        if folder in KEPT_PLUGINS:
            return _plugin_name(filename) in KEPT_PLUGINS[folder]
    return True


def left_to_system(dest: str) -> bool:
    """Whether a library PyInstaller collected (Linux) is one the system provides instead."""
    name = PurePosixPath(dest).name
    return name in SYSTEM_LIBRARIES or name in SYSTEM_LIBRARY_DEPENDENCIES


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
