#!/bin/sh
# Install casedesk for the current user, no root needed. Run from the unpacked tarball:
#   tar xzf casedesk-<version>-linux-x86_64.tar.gz && ./casedesk-<version>-linux-x86_64/install.sh
# Puts the app in ~/.local/opt/casedesk, a `casedesk` command in ~/.local/bin, and the menu
# entry, AppStream metadata and icons under ~/.local/share. Re-running it upgrades in place.
# Your data (~/.local/share/casedesk/casedesk.sqlite) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${CASEDESK_PREFIX:-$HOME/.local/opt/casedesk}
bindir=${CASEDESK_BINDIR:-$HOME/.local/bin}

[ -x "$here/casedesk/casedesk" ] || { echo "install.sh: run it from the unpacked tarball" >&2; exit 1; }

echo "Installing casedesk into $prefix"
mkdir -p "$(dirname "$prefix")" "$bindir"
# Copy next to the target first, then swap, so a failed copy leaves the old install intact.
rm -rf "$prefix.new"
cp -a "$here/casedesk" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
cp "$here/uninstall.sh" "$prefix/uninstall.sh"
ln -sf "$prefix/casedesk" "$bindir/casedesk"

mkdir -p "$data_home/applications" "$data_home/metainfo"
# Launchers may not have ~/.local/bin on PATH: point the menu entry at the real executable.
sed -e "s|^Exec=casedesk|Exec=$prefix/casedesk|" -e "s|^TryExec=casedesk|TryExec=$prefix/casedesk|" \
    "$here/share/applications/casedesk.desktop" > "$data_home/applications/casedesk.desktop"
cp "$here/share/metainfo/io.github.casedesk.metainfo.xml" "$data_home/metainfo/"
(cd "$here/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$data_home/$(dirname "$icon")"
    cp "$here/share/$icon" "$data_home/$icon"
done

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true

echo "Done. Start casedesk from the applications menu, or run: casedesk"
case ":$PATH:" in
    *":$bindir:"*) ;;
    *) echo "Note: $bindir is not on your PATH; add it, or run $prefix/casedesk" ;;
esac
