#!/usr/bin/env bash
# Build the one-folder app: dist/deal-planner/ (run packaging/check-bundle.sh on it next).
#
#   packaging/build.sh [--python PY] [--build-dir DIR] [--dist DIR] [--max-mb N]
#
#   --python PY      Python 3.12+ to build with (default: the first python3.13/3.12/python3
#                    or pyenv version that is 3.12+)
#   --build-dir DIR  venv, source snapshot and PyInstaller work files (default: build/bundle)
#   --dist DIR       where the app folder goes (default: dist)
#   --max-mb N       fail if the unpacked app is larger (default: 250)
#
# The build uses its own venv (kept in the build dir and reused) with the project installed
# from a clean snapshot of this tree, never your development venv: PyInstaller cannot follow
# an editable install, and a snapshot cannot pick up stray files from build/ or tests/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=""
BUILD=$ROOT/build/bundle
DIST=$ROOT/dist
MAX_MB=250

while [ $# -gt 0 ]; do
    case $1 in
        --python) PY=$2; shift 2 ;;
        --build-dir) BUILD=$2; shift 2 ;;
        --dist) DIST=$2; shift 2 ;;
        --max-mb) MAX_MB=$2; shift 2 ;;
        -h|--help) sed -n '2,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$BUILD" "$DIST"
BUILD=$(cd "$BUILD" && pwd)
DIST=$(cd "$DIST" && pwd)

is_312() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }

find_python() {
    local candidates=(python3.13 python3.12 python3) root v c
    root=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}
    for v in "$root"/versions/3.1[2-9]*/bin/python3; do candidates+=("$v"); done
    for c in "${candidates[@]}"; do
        if command -v "$c" >/dev/null 2>&1 && is_312 "$c"; then
            command -v "$c"; return 0
        fi
    done
    return 1
}

if [ -z "$PY" ]; then
    PY=$(find_python) || { echo "build.sh: no Python 3.12 or newer found; pass --python" >&2; exit 1; }
fi
is_312 "$PY" || { echo "build.sh: $PY is not Python 3.12 or newer" >&2; exit 1; }

started=$(date +%s)
echo "build.sh: Python $("$PY" -c 'import sys; print(sys.version.split()[0])') ($PY)"

# 1. A clean snapshot of the tree: what git would ship, plus files not yet committed.
SRC=$BUILD/src
rm -rf "$SRC"
mkdir -p "$SRC"
tar -C "$ROOT" -cf - \
    --exclude=./.git --exclude=./build --exclude=./dist --exclude=./.venv --exclude=./tests \
    --exclude='*.egg-info' --exclude=__pycache__ --exclude='*.pyc' . | tar -C "$SRC" -xf -
for ts in "$SRC"/resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    [ -f "${ts%.ts}.qm" ] || { echo "build.sh: ${ts#"$SRC"/} has no .qm: run pyside6-lrelease" >&2; exit 1; }
done

# 2. The build venv: the project (not editable) and PyInstaller.
VENV=$BUILD/venv
want=$("$PY" -c 'import sys; print(sys.version)')
if [ ! -x "$VENV/bin/python" ] || [ "$("$VENV/bin/python" -c 'import sys; print(sys.version)')" != "$want" ]; then
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
fi
pip_log=$BUILD/pip.log
pip() {  # quiet, but show pip's (and setuptools') output when something fails
    "$VENV/bin/python" -m pip "$@" >>"$pip_log" 2>&1 || {
        cat "$pip_log" >&2; echo "build.sh: pip $* failed" >&2; exit 1; }
}
: >"$pip_log"
pip install --upgrade pip
pip install --upgrade "pyinstaller>=6.10"
"$VENV/bin/python" -m pip uninstall -y deal-planner >>"$pip_log" 2>&1 || true
pip install "$SRC"  # always this snapshot; dependencies only once
echo "build.sh: installed the project and PyInstaller $("$VENV/bin/python" -m PyInstaller --version)"

# 3. PyInstaller, from the snapshot's spec.
rm -rf "$DIST/deal-planner"
# -P: the working folder (often this source tree) must not shadow the installed planner
"$VENV/bin/python" -P -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$SRC/packaging/deal-planner.spec"

APP=$DIST/deal-planner
[ -x "$APP/deal-planner" ] || { echo "build.sh: $APP/deal-planner was not built" >&2; exit 1; }

# 4. Size: the whole unpacked folder, against the budget.
bytes=$(du -sb "$APP" | cut -f1)
mb=$(( (bytes + 1048575) / 1048576 ))
files=$(find "$APP" -type f | wc -l)
echo "build.sh: built $APP in $(( $(date +%s) - started )) s"
echo "build.sh: unpacked size ${mb} MB (${bytes} bytes, ${files} files); limit ${MAX_MB} MB"
echo "build.sh: largest parts:"
# awk, not head, keeps the first 8: head would close the pipe early and, under pipefail, a
# SIGPIPE in sort would end the build here (exit 141)
du -sb "$APP"/_internal/* 2>/dev/null | sort -rn |
    awk 'NR <= 8 { printf "  %6.1f MB  %s\n", $1 / 1048576, $2 }' | sed "s|$APP/||"
if [ "$mb" -gt "$MAX_MB" ]; then
    echo "build.sh: FAILED: the app is ${mb} MB, over the ${MAX_MB} MB budget" >&2
    exit 1
fi
echo "build.sh: next: packaging/check-bundle.sh $APP"
