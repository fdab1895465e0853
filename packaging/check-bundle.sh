#!/usr/bin/env bash
# The bare-machine run: does the built app work where nothing of ours is installed?
#
#   packaging/check-bundle.sh [APP_DIR]        (default: dist/deal-planner)
#
# Copies the app folder to a fresh temporary folder and runs it there with an empty HOME,
# an almost empty environment (no PYTHONPATH, no venv, no LANG; just PATH=/usr/bin:/bin and
# QT_QPA_PLATFORM=offscreen) and checks that it
#   - prints its version;
#   - starts, paints its window and quits (on the default file, created in the empty HOME,
#     on a file given as the only argument, as a file manager does, and in Chinese);
#   - writes a demo file, and that file passes the integrity check;
#   - exports an account plan as PDF with the CJK font embedded, and Chinese text in it, and the
#     customer's copy of it;
#   - carries Qt PDF and Qt's print support, which printing loads.
# Exits non-zero on the first failure, after showing the command's output.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SOURCE=${1:-$ROOT/dist/deal-planner}
[ -x "$SOURCE/deal-planner" ] || { echo "check-bundle.sh: no app at $SOURCE (run packaging/build.sh)" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/deal-planner-check.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/work"
cp -a "$SOURCE" "$TMP/app"
APP=$TMP/app/deal-planner
WORK=$TMP/work
passed=0

pass() { passed=$((passed + 1)); printf '  ok  %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1" >&2; [ -s "$WORK/out" ] && sed 's/^/      /' "$WORK/out" >&2; exit 1; }

# Run the app as a bare machine would: nothing inherited from this shell.
bare() {
    env -i HOME="$TMP/home" PATH=/usr/bin:/bin TMPDIR="$WORK" QT_QPA_PLATFORM=offscreen \
        "$APP" "$@" >"$WORK/out" 2>&1
}

echo "check-bundle.sh: running $SOURCE from $TMP/app, HOME=$TMP/home (empty)"

bare --version || fail "--version exited $?"
version=$(head -n1 "$WORK/out")
[[ $version == "deal-planner "* ]] || fail "--version printed: $version"
pass "--version: $version"

start=$(date +%s%N)
bare --quit-after-startup || fail "--quit-after-startup exited $?"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
default_file=$(find "$TMP/home" -name deals.planner | head -n1)
[ -n "$default_file" ] || fail "--quit-after-startup created no default planner file under HOME"
pass "--quit-after-startup: window painted, quit in ${ms} ms; created ${default_file#"$TMP"/}"

bare demo --db "$WORK/demo.planner" || fail "demo exited $?"
[ -s "$WORK/demo.planner" ] || fail "demo wrote no file"
pass "demo: $(tail -n1 "$WORK/out")"

bare check --db "$WORK/demo.planner" || fail "check on the demo file exited $?"
pass "check: the demo file keeps every rule"

bare "$WORK/demo.planner" --quit-after-startup || fail "opening a file given as argument exited $?"
pass "deal-planner FILE (the desktop's Exec=deal-planner %f) opens the file"

bare --lang zh_TW --db "$WORK/demo.planner" --quit-after-startup || fail "--lang zh_TW start exited $?"
pass "--lang zh_TW: starts with Qt's and our Chinese catalogues loaded"

# The command-line messages live in the core catalogue: once it exists, they must come out in Chinese.
if [ -e "$TMP/app/_internal/planner/resources/i18n/core_zh_TW.qm" ]; then
    bare --lang zh_TW check --db "$WORK/demo.planner" || fail "check --lang zh_TW exited $?"
    LC_ALL=C.UTF-8 grep -qP '\p{Han}' "$WORK/out" || fail "check --lang zh_TW answered in English"
    pass "--lang zh_TW check: $(tail -n1 "$WORK/out")"
else
    echo "  --  no core_zh_TW.qm in the app yet: Chinese command-line messages not checked"
fi

bare export-pdf --db "$WORK/demo.planner" --account 1 --lang zh_TW -o "$WORK/plan.pdf" ||
    fail "export-pdf exited $?"
[ -s "$WORK/plan.pdf" ] || fail "export-pdf wrote no file"
head -c 5 "$WORK/plan.pdf" | grep -q '%PDF-' || fail "plan.pdf is not a PDF"
pass "export-pdf: $(tail -n1 "$WORK/out")"

bare export-pdf --db "$WORK/demo.planner" --account 1 --lang zh_TW --audience customer -o "$WORK/customer.pdf" ||
    fail "export-pdf --audience customer exited $?"
head -c 5 "$WORK/customer.pdf" | grep -q '%PDF-' || fail "customer.pdf is not a PDF"
pass "export-pdf --audience customer: $(tail -n1 "$WORK/out")"

# The fonts must travel inside the PDF: every font but the 14 standard PDF fonts (which every
# viewer has; reportlab names Helvetica on each page) embedded, TrueType subsets among them.
if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$WORK/plan.pdf" >"$WORK/out" 2>&1 || fail "pdffonts could not read plan.pdf"
    # columns: name type encoding emb sub uni object ID; the type may be two words
    embedded=$(awk 'NR > 2 && $(NF-4) == "yes" { sub(/^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+/, "", $1); print $1 }' "$WORK/out" |
        sort -u | tr '\n' ' ')
    missing=$(awk 'NR > 2 && $(NF-4) == "no" { print $1 }' "$WORK/out" |
        grep -Ev '^(Helvetica|Times|Courier|Symbol|ZapfDingbats)' || true)
    [ -z "$missing" ] || fail "plan.pdf uses fonts it does not embed: $missing"
    grep -q 'TrueType.* yes ' "$WORK/out" || fail "plan.pdf embeds no TrueType font"
    pass "pdffonts: embedded (subsets): $embedded"
else
    grep -aq '/FontFile2' "$WORK/plan.pdf" || fail "no embedded TrueType font (/FontFile2) in plan.pdf"
    pass "plan.pdf embeds TrueType fonts (/FontFile2; install poppler-utils for a closer look)"
fi
if command -v pdftotext >/dev/null 2>&1; then
    pdftotext -enc UTF-8 "$WORK/plan.pdf" "$WORK/plan.txt"
    chinese=$(LC_ALL=C.UTF-8 grep -oP '\p{Han}' "$WORK/plan.txt" | wc -l)
    [ "$chinese" -gt 20 ] || fail "plan.pdf has almost no extractable Chinese text ($chinese characters)"
    pass "pdftotext: $chinese Chinese characters extract from the PDF"
fi

# What the folder must carry, whatever the parts of the app add over time.
: >"$WORK/out"
internal=$TMP/app/_internal
for required in planner/resources/fonts/LICENSE-wqy-microhei.txt planner/resources/icons/deal-planner.svg \
                PySide6/Qt/translations/qtbase_zh_TW.qm PySide6/Qt/plugins/platforms/libqxcb.so \
                PySide6/Qt/plugins/platforms/libqwayland.so PySide6/Qt/plugins/iconengines/libqsvgicon.so \
                PySide6/QtPdf.abi3.so PySide6/Qt/lib/libQt6Pdf.so.6 PySide6/QtPrintSupport.abi3.so; do
    [ -e "$internal/$required" ] || fail "the app folder lacks _internal/$required"
done
for font in "$ROOT"/resources/fonts/*.tt[fc] "$ROOT"/resources/i18n/*.qm; do
    [ -e "$font" ] || continue
    [ -e "$internal/planner/resources/${font#"$ROOT"/resources/}" ] ||
        fail "the app folder lacks ${font#"$ROOT"/} (rebuild: packaging/build.sh)"
done
# every font travels with a licence that names its file (one licence may cover a family)
fonts=0
for font in "$internal"/planner/resources/fonts/*.tt[fc]; do
    [ -e "$font" ] || continue
    fonts=$((fonts + 1))
    grep -qlF "$(basename "$font")" "$internal"/planner/resources/fonts/LICENSE* 2>/dev/null ||
        fail "no licence in the app folder names $(basename "$font")"
done
licences=$(find "$internal/planner/resources/fonts" -name 'LICENSE*' | wc -l)
pass "contents: fonts with licences ($fonts/$licences), translations, icon, Qt plugins for X11 and Wayland, Qt PDF and print support for printing"

# ldd prints "FILE:" before each file's list; keep "FILE: libX.so => not found" lines.
unresolved=$(cd "$internal" && find . -name '*.so*' -type f -exec env LD_LIBRARY_PATH="$internal" ldd {} + 2>/dev/null |
    awk '/:$/ { file = $0 } /not found/ { print "      " file " " $1 " not found" }' | sort -u)
[ -z "$unresolved" ] || { echo "$unresolved" >&2; fail "libraries the app needs are missing"; }
pass "every library in the folder finds its dependencies"

# This machine has more libraries than a bare one, so also list what the app takes from the
# system: only the C library and the graphics stack that every desktop has may come from there.
system=$(cd "$internal" && find . -name '*.so*' -type f -exec env LD_LIBRARY_PATH="$internal" ldd {} + 2>/dev/null |
    awk -v dir="$internal" '$2 == "=>" && index($3, dir) != 1 && $3 ~ /^\// { print $1 }' | sort -u)
allowed='^(ld-linux.*|lib(c|m|dl|pthread|rt|util|resolv|anl)|libGL|libGLX|libGLdispatch|libOpenGL|libEGL|libgbm|libdrm|libxcb(-.*)?|libX11(-xcb)?|libwayland-(client|cursor|egl))\.so'
unexpected=$(grep -Ev "$allowed" <<<"$system" || true)
[ -z "$unexpected" ] || fail "the app needs libraries a bare system may lack: $(echo "$unexpected" | tr '\n' ' ')"
pass "from the system it needs only: $(echo "$system" | tr '\n' ' ')"

echo "check-bundle.sh: all $passed checks passed ($(du -sh "$SOURCE" | cut -f1) unpacked)"
