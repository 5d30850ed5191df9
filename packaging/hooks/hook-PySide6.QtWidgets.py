"""PyInstaller's own hook for this Qt module, minus the plugins and libraries the app never
loads (bundle_config.keep). Filtering here, before PyInstaller resolves shared-library
dependencies, also leaves out what only those plugins needed (GTK for the gtk3 theme, QtQuick
for the virtual keyboard, QtPdf for the PDF image format, …)."""

from bundle_config import keep_collected
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_collected(binaries)
datas = keep_collected(datas)
