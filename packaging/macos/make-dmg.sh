#!/usr/bin/env bash
# Wrap the .app in a compressed disk image with an /Applications link to drag it onto.
#   packaging/macos/make-dmg.sh "dist/Claude Usage Tray.app" dist/claude-usage-tray-0.1.0-macos-arm64.dmg
# Sign the .app before this and the .dmg after it (see packaging/README.md).
set -euo pipefail
app=${1:?path to the .app}
out=${2:?path of the .dmg to write}
[ -d "$app" ] || { echo "make-dmg: $app is not a folder" >&2; exit 1; }
staging=$(mktemp -d "${TMPDIR:-/tmp}/claude-usage-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$out"
hdiutil create -volname "Claude Usage Tray" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$out" >/dev/null
echo "$out"
