#!/usr/bin/env bash
# Build the frozen Linux bundle of SXSH Desktop, archive it with its installer, and self-test it.
#
#   installers/build-linux.sh [--clean] [--no-archive]
#
# 1. PyInstaller (installers/sxsh-desktop.spec) → dist/sxsh-desktop/ (onedir: sxsh-desktop, sxsh, _internal/)
# 2. dist/sxsh-desktop-VERSION-linux-ARCH.tar.gz: the bundle, installers/linux/install.sh, the .desktop
#    entry and the MIME type (per-user install: tar xf …; cd sxsh-desktop-VERSION; ./install.sh)
# 3. the frozen `sxsh --version` and `sxsh-desktop --selftest` (offscreen, throw-away data folder)
# Build time, bundle and archive size and the self-test's verdict are printed and written to
# dist/build-info.json. Exit non-zero when the build or a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
CLEAN=()
ARCHIVE=1
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=(--clean) ;;
    --no-archive) ARCHIVE=0 ;;
    *) echo "usage: installers/build-linux.sh [--clean] [--no-archive]" >&2; exit 2 ;;
  esac
done
PY=.venv/bin/python
mkdir -p dist
exec 9>dist/.build-lock
flock 9   # one build at a time in this tree (tests and people may start one together)
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  scripts/setup-env --dev   # the dev extra brings PyInstaller; every version pinned by constraints.txt
fi
VERSION=$("$PY" -c "import sxsh_desktop; print(sxsh_desktop.__version__)")
ARCH=$(uname -m)
NAME="sxsh-desktop-$VERSION-linux-$ARCH"
BUNDLE=dist/sxsh-desktop

ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(ms)
"$PY" -m PyInstaller --noconfirm --log-level WARN "${CLEAN[@]}" --distpath dist --workpath build/pyinstaller \
  installers/sxsh-desktop.spec
# debug information (libpython alone carries 18 MB of it) out of the libraries that have any, except
# the wheels' vendored libraries (*.libs/, patched by auditwheel: stripping them breaks them)
if command -v strip >/dev/null && command -v file >/dev/null; then
  find "$BUNDLE/_internal" -type f -name '*.so*' ! -path '*.libs/*' -print0 |
    while IFS= read -r -d '' lib; do
      if file -b "$lib" | grep -q 'with debug_info'; then strip --strip-debug "$lib"; fi
    done
fi
built=$(ms)
build_seconds=$(( (built - start) / 1000 ))

bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
bundle_files=$(find "$BUNDLE" -type f | wc -l)
archive_bytes=0
if [ "$ARCHIVE" = 1 ]; then
  rm -f "dist/$NAME.tar.gz"
  # the bundle and the installer files under one folder, without copying the bundle first
  tar -czf "dist/$NAME.tar.gz" --owner=0 --group=0 \
    --transform "s,^sxsh-desktop/,$NAME/sxsh-desktop/," -C dist sxsh-desktop \
    --transform "s,^linux/,$NAME/," -C ../installers linux/install.sh linux/sxsh-desktop.desktop \
    linux/sxsh-package.xml linux/README.txt
  archive_bytes=$(stat -c %s "dist/$NAME.tar.gz")
fi
archived=$(ms)

echo "== frozen sxsh --version"
"$BUNDLE/sxsh" --version
echo "== frozen sxsh-desktop --selftest (offscreen)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
set +e
verdict=$(env QT_QPA_PLATFORM=offscreen SXSH_DATA_DIR="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$BUNDLE/sxsh-desktop" --selftest)
status=$?
set -e
echo "$verdict"
tested=$(ms)

mb() { echo "$(( $1 / 1048576 )).$(( $1 % 1048576 * 10 / 1048576 ))"; }
echo "== build ${build_seconds} s, archive $(( (archived - built) / 1000 )) s, selftest $(( (tested - archived) / 1000 )) s"
echo "== bundle $BUNDLE: $(mb "$bundle_bytes") MB in $bundle_files files"
[ "$ARCHIVE" = 1 ] && echo "== archive dist/$NAME.tar.gz: $(mb "$archive_bytes") MB"
"$PY" - "$build_seconds" "$bundle_bytes" "$bundle_files" "$archive_bytes" "$NAME" "$verdict" "$status" <<'PY'
import json, sys
seconds, size, files, archive, name, verdict, status = sys.argv[1:]
info = {"build_seconds": round(float(seconds), 1), "bundle_bytes": int(size), "bundle_files": int(files),
        "archive": f"dist/{name}.tar.gz" if int(archive) else None, "archive_bytes": int(archive),
        "selftest": verdict, "selftest_exit": int(status)}
with open("dist/build-info.json", "w", encoding="utf-8") as fh:
    json.dump(info, fh, indent=2, ensure_ascii=False)
PY
exit "$status"
