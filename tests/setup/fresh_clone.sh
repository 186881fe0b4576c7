#!/usr/bin/env bash
# A new contributor's first hour, as README.md's quick start has it: clone the
# repository into an empty folder (no ../shared beside it), install into a fresh
# virtual environment, write and read the sample region, render the window with no
# display variable set, and run the light test set. Every step must pass.
#
#   bash tests/setup/fresh_clone.sh [REPOSITORY] [WORK_FOLDER]
#
# REPOSITORY defaults to this checkout (its committed HEAD: what a clone gets);
# WORK_FOLDER to a new temporary folder, removed afterwards unless KEEP=1.
# The Debian packages of README's step 2 (.ci/run) must be installed already.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
repo="${1:-$here}"
work="${2:-$(mktemp -d)}"
[ -z "${KEEP:-}" ] && [ -z "${2:-}" ] && trap 'rm -rf "$work"' EXIT
say() { printf '\n== %s\n' "$*"; }

say "clone into an empty folder"
mkdir -p "$work"
[ -z "$(ls -A "$work")" ] || { echo "$work is not empty" >&2; exit 1; }
git clone -q "$repo" "$work/rbdesk"
cd "$work/rbdesk"
[ ! -e ../shared ] || { echo "../shared must not exist beside the clone" >&2; exit 1; }

say "README step 1: a fresh virtual environment, rbdesk installed into it"
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .

say "the sample region, and what rbdesk info says of it"
# no display and no platform variable: the commands need none, the screenshot picks
# the offscreen platform itself
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
"${nodisplay[@]}" .venv/bin/rbdesk sample -o sukamaju.rbd
"${nodisplay[@]}" .venv/bin/rbdesk info sukamaju.rbd | tee info.txt
grep -q "Kabupaten Sukamaju" info.txt

say "a screenshot of the window with no display"
"${nodisplay[@]}" .venv/bin/rbdesk sukamaju.rbd --screenshot window.png --size 1366x768
python3 - <<'PY'
import struct
data = open("window.png", "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1366, 768), (width, height)
print(f"window.png: {width}x{height}, {len(data)} bytes")
PY

say "without a display, the window says so in one line and exits 2"
set +e
"${nodisplay[@]}" .venv/bin/rbdesk sukamaju.rbd 2> nodisplay.txt
status=$?
set -e
cat nodisplay.txt
[ "$status" = 2 ] || { echo "exit status $status, expected 2" >&2; exit 1; }
[ "$(wc -l < nodisplay.txt)" = 1 ] || { echo "expected one line" >&2; exit 1; }

say "the light test set"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
rm -f sukamaju.rbd window.png info.txt nodisplay.txt
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider \
    -m "not slow and not bundle"
say "fresh clone: every step passed"
