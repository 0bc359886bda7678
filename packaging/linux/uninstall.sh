#!/bin/sh
# Remove what install.sh put in place. Your data (~/.local/share/casedesk/, the store and
# its backups) is kept; delete that folder yourself if you really want it gone.
set -eu
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${CASEDESK_PREFIX:-$HOME/.local/opt/casedesk}
bindir=${CASEDESK_BINDIR:-$HOME/.local/bin}

if [ -L "$bindir/casedesk" ]; then
    rm -f "$bindir/casedesk"
fi
rm -rf "$prefix"
rm -f "$data_home/applications/casedesk.desktop" "$data_home/metainfo/io.github.casedesk.metainfo.xml"
rm -f "$data_home/icons/hicolor/scalable/apps/casedesk.svg"
for size in 16 32 48 64 128 256; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/casedesk.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
echo "casedesk removed. Your data in $data_home/casedesk was left in place."
