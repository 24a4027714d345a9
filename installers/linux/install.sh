#!/bin/sh
# Install SXSH Desktop for the current user (no administrator rights): run from the unpacked archive.
#
#   ./install.sh                 install or upgrade into ~/.local
#   ./install.sh --uninstall     remove the program, its menu entry and file type (your data is kept)
#   PREFIX=/opt/x ./install.sh   another prefix (then add $PREFIX/bin to PATH yourself)
#
# The bundle goes to $PREFIX/lib/sxsh-desktop (replaced whole on upgrade: the previous one is kept as
# sxsh-desktop.previous until the new one is in place), the commands to $PREFIX/bin, the menu entry,
# icons and the *.sxsh file type to $XDG_DATA_HOME (~/.local/share). Your data is never touched here:
# it lives in ~/.local/share/sxsh-desktop (or the folder chosen at first run); a newer app migrates it
# after a backup at its first start, an older app refuses a newer database with a message.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB="$PREFIX/lib/sxsh-desktop"
BIN="$PREFIX/bin"
APPS="$DATA/applications"
MIME="$DATA/mime"
ICONS="$DATA/icons/hicolor"
SIZES="16 24 32 48 64 128 256"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$MIME" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$APPS" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$ICONS" >/dev/null 2>&1 || true; fi
  if command -v xdg-mime >/dev/null 2>&1 && [ -f "$APPS/sxsh-desktop.desktop" ]; then
    xdg-mime default sxsh-desktop.desktop application/x-sxsh-package >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$LIB" "$LIB.previous"
  rm -f "$BIN/sxsh-desktop" "$BIN/sxsh" "$APPS/sxsh-desktop.desktop" "$MIME/packages/sxsh-package.xml"
  for s in $SIZES; do
    rm -f "$ICONS/${s}x${s}/apps/sxsh-desktop.png" "$ICONS/${s}x${s}/mimetypes/application-x-sxsh-package.png"
  done
  refresh
  echo "SXSH Desktop removed. Your data was kept (${XDG_DATA_HOME:-$HOME/.local/share}/sxsh-desktop)."
  exit 0
fi

[ -x "$HERE/sxsh-desktop/sxsh-desktop" ] || { echo "install.sh: run me from the unpacked archive (no sxsh-desktop/ here)" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$BIN" "$APPS" "$MIME/packages"

# the program: copied beside the old one, then swapped in (a failed copy leaves the old one working)
rm -rf "$LIB.new"
cp -a "$HERE/sxsh-desktop" "$LIB.new"
if [ -d "$LIB" ]; then rm -rf "$LIB.previous"; mv "$LIB" "$LIB.previous"; fi
mv "$LIB.new" "$LIB"
rm -rf "$LIB.previous"
ln -sf "$LIB/sxsh-desktop" "$BIN/sxsh-desktop"
ln -sf "$LIB/sxsh" "$BIN/sxsh"

# menu entry (Exec by absolute path: ~/.local/bin is not on every desktop session's PATH)
sed -e "s|^Exec=sxsh-desktop|Exec=$LIB/sxsh-desktop|" -e "s|^TryExec=sxsh-desktop|TryExec=$LIB/sxsh-desktop|" \
  "$HERE/sxsh-desktop.desktop" > "$APPS/sxsh-desktop.desktop"
chmod 644 "$APPS/sxsh-desktop.desktop"
cp "$HERE/sxsh-package.xml" "$MIME/packages/sxsh-package.xml"
for s in $SIZES; do
  icon="$LIB/_internal/resources/icons/sxsh-$s.png"
  [ -f "$icon" ] || continue
  mkdir -p "$ICONS/${s}x${s}/apps" "$ICONS/${s}x${s}/mimetypes"
  cp "$icon" "$ICONS/${s}x${s}/apps/sxsh-desktop.png"
  cp "$icon" "$ICONS/${s}x${s}/mimetypes/application-x-sxsh-package.png"
done
refresh

echo "SXSH Desktop $("$LIB/sxsh" --version | cut -d' ' -f2) installed in $LIB"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "Note: $BIN is not on your PATH; the menu entry works, or add it to PATH for the commands." ;;
esac
echo "Check it with: sxsh-desktop --selftest"
