"""Render the app icon's PNG, ICO and ICNS files from its SVG source, with Qt only.

    python packaging/icons.py [--force]

QtSvg (already a dependency) draws the PNGs; the ICO and ICNS containers are written here
because both are small, documented formats that simply wrap PNG images, and Qt's own
writers emit one image per file. Outputs go to ``resources/`` and are only rewritten when
the SVG is newer (``--force`` always rewrites).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "claude-usage-tray.svg"
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
ICO = RESOURCES / "claude-usage-tray.ico"
ICNS = RESOURCES / "claude-usage-tray.icns"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" format; ic11–ic14 are @2x).
# Together they are the ten images of an ``.iconset`` (16 to 512 points, each at 1x and 2x):
# Finder's list view and the Dock at small sizes ask for the 16 and 32 px ones.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def png_path(size: int) -> Path:
    return ICONS / f"claude-usage-tray-{size}.png"


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size``×``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs lag the runtime
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG entries (allowed since Windows Vista): header, directory, data."""
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    directory = b""
    for size in sizes:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(images[size]), offset)
        offset += len(images[size])
    return header + directory + b"".join(images[size] for size in sizes)


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """An ICNS file: ``icns`` + total length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> list[Path]:
    return [*(png_path(size) for size in PNG_SIZES), ICO, ICNS]


def up_to_date() -> bool:
    svg_time = SVG.stat().st_mtime
    return all(path.exists() and path.stat().st_mtime >= svg_time for path in outputs())


def render_all(force: bool = False) -> list[Path]:
    """Write every output (when stale or forced) and return their paths."""
    if not force and up_to_date():
        return outputs()
    _qt_app()
    sizes = {*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}
    pngs = {size: render_png(SVG, size) for size in sorted(sizes)}
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        png_path(size).write_bytes(pngs[size])
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    ICNS.write_bytes(icns_bytes(pngs))
    return outputs()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite even if up to date")
    args = parser.parse_args(argv)
    for path in render_all(force=args.force):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
