#!/bin/sh
# Wrap the one-folder build in dist/casedesk-<version>-linux-<arch>.tar.gz:
#   casedesk-<version>-linux-<arch>/
#     casedesk/                 the PyInstaller folder (run casedesk/casedesk)
#     install.sh uninstall.sh   per-user install into ~/.local (no root)
#     README-INSTALL.txt
#     share/applications/casedesk.desktop
#     share/metainfo/io.github.casedesk.metainfo.xml
#     share/icons/hicolor/<N>x<N>/apps/casedesk.png, scalable/apps/casedesk.svg
# Usage: make_tarball.sh DIST_FOLDER OUT_DIR VERSION
set -eu
src=$1 out=$2 version=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ -x "$src/casedesk" ] || { echo "no executable at $src/casedesk" >&2; exit 1; }
[ -n "$version" ] || { echo "no version given" >&2; exit 1; }
arch=$(uname -m)
name="casedesk-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top="$stage/$name"
mkdir -p "$top/share/applications" "$top/share/metainfo" "$top/share/icons/hicolor/scalable/apps"
cp -a "$src" "$top/casedesk"
cp "$here/install.sh" "$here/uninstall.sh" "$here/README-INSTALL.txt" "$top/"
chmod 755 "$top/install.sh" "$top/uninstall.sh"
# The desktop entry and AppStream file live in resources/linux/, shipped inside the app
# too (Help > Add to applications menu writes them from there).
cp "$root/resources/linux/casedesk.desktop" "$top/share/applications/"
cp "$root/resources/linux/io.github.casedesk.metainfo.xml" "$top/share/metainfo/"
cp "$root/resources/icons/casedesk.svg" "$top/share/icons/hicolor/scalable/apps/"
for size in 16 32 48 64 128 256; do
    mkdir -p "$top/share/icons/hicolor/${size}x${size}/apps"
    cp "$root/resources/icons/casedesk-$size.png" "$top/share/icons/hicolor/${size}x${size}/apps/casedesk.png"
done
mkdir -p "$out"
tarball="$(cd "$out" && pwd)/$name.tar.gz"
tar -C "$stage" -czf "$tarball" "$name"
echo "Wrote $tarball ($(du -h "$tarball" | cut -f1))"
