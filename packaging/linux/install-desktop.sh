#!/bin/sh
# Add Deal Planner to this user's application menu, with its icon, and make .planner files
# open in it on a double-click. Only this user's folders are touched: ~/.local/share (or
# $XDG_DATA_HOME), and ~/.config/mimeapps.list through xdg-mime when it is installed.
#
#   ./install-desktop.sh                 from the unpacked app folder (next to deal-planner)
#   packaging/linux/install-desktop.sh [EXECUTABLE]    from the source tree
#   ./install-desktop.sh --uninstall     remove what an install added
#
# EXECUTABLE defaults to the deal-planner next to this script, then to the one on PATH.
set -eu

APP_ID=io.github.dealplanner.DealPlanner
MIME_TYPE=application/x-deal-planner
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}

usage() { sed -n '2,11s/^# \{0,1\}//p' "$0"; }

# Source tree: flat files next to this script; app folder: the freedesktop layout under share/.
if [ -d "$here/share/applications" ]; then
    desktop_src=$here/share/applications/$APP_ID.desktop
    metainfo_src=$here/share/metainfo/$APP_ID.metainfo.xml
    mime_src=$here/share/mime/packages/$APP_ID.xml
    icons_src=$here/share/icons/hicolor
else
    desktop_src=$here/$APP_ID.desktop
    metainfo_src=$here/$APP_ID.metainfo.xml
    mime_src=$here/$APP_ID.mime.xml
    icons_src=$here/icons/hicolor
fi

desktop_dst=$data/applications/$APP_ID.desktop
metainfo_dst=$data/metainfo/$APP_ID.metainfo.xml
mime_dst=$data/mime/packages/$APP_ID.xml
icons_dst=$data/icons/hicolor

refresh() {
    # Each cache is optional: without the tool, desktops rescan the folders themselves.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons_dst/index.theme" ]; then
        gtk-update-icon-cache -f -t -q "$icons_dst" >/dev/null 2>&1 || true
    fi
    touch "$icons_dst" 2>/dev/null || true  # tells icon caches that the theme changed
}

uninstall() {
    rm -f "$desktop_dst" "$metainfo_dst" "$mime_dst"
    for icon in "$icons_dst"/*/apps/"$APP_ID".png "$icons_dst"/*/apps/"$APP_ID".svg; do
        [ -e "$icon" ] && rm -f "$icon"
    done
    refresh
    echo "Removed Deal Planner from the application menu. Your planner files are untouched."
}

# Quote a path for an Exec= line (Desktop Entry spec: "Exec key" and string escapes).
exec_quote() {
    printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g' -e 's/.*/"&"/'
}

install() {
    exe=${1:-}
    if [ -z "$exe" ]; then
        if [ -x "$here/deal-planner" ]; then
            exe=$here/deal-planner
        elif command -v deal-planner >/dev/null 2>&1; then
            exe=$(command -v deal-planner)
        else
            echo "install-desktop.sh: no deal-planner found; give the path to the executable." >&2
            exit 1
        fi
    fi
    [ -x "$exe" ] || { echo "install-desktop.sh: $exe is not an executable." >&2; exit 1; }
    exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")

    mkdir -p "$(dirname "$desktop_dst")" "$(dirname "$metainfo_dst")" "$(dirname "$mime_dst")"
    # The menu entry runs this very executable, wherever the folder was unpacked.
    quoted=$(exec_quote "$exe")
    tmp=$desktop_dst.tmp.$$
    sed -e "s|^Exec=deal-planner |Exec=$(printf '%s' "$quoted" | sed 's/[|&\\]/\\&/g') |" \
        -e "s|^TryExec=.*|TryExec=$(printf '%s' "$exe" | sed 's/[|&\\]/\\&/g')|" \
        "$desktop_src" >"$tmp"
    mv "$tmp" "$desktop_dst"
    cp "$metainfo_src" "$metainfo_dst"
    cp "$mime_src" "$mime_dst"
    for icon in "$icons_src"/*/apps/"$APP_ID".*; do
        size_dir=$(basename "$(dirname "$(dirname "$icon")")")
        mkdir -p "$icons_dst/$size_dir/apps"
        cp "$icon" "$icons_dst/$size_dir/apps/"
    done
    refresh
    if command -v xdg-mime >/dev/null 2>&1; then
        xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" >/dev/null 2>&1 || true
    fi
    echo "Deal Planner is in your application menu; .planner files open with $exe"
}

case "${1:-}" in
    -h|--help) usage ;;
    --uninstall) uninstall ;;
    -*) usage >&2; exit 2 ;;
    *) install "${1:-}" ;;
esac
