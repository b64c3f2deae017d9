#!/usr/bin/env bash
# Opens the monthly summary in headless Chromium (Debian's chromium and chromium-driver, installed
# with apt-get when missing) and fails on any console message, a missing or empty chart, or a page
# wider than a 390 px phone; saves full-page screenshots at 1280 and 390 px to target/screenshots.
# Also runs the checker's own proof tests (the fixtures in reports/src/test/resources/browser).
# Usage: scripts/browser-test.sh [--update-docs] [summary.html]
#   no page given: renders the bundled sample with scripts/run-local.sh into a temporary folder
#   and checks its reports/internal/summary.html.
#   --update-docs: copies the 1280 px screenshot to docs/summary-desktop.png.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

update_docs=false page=""
while [ $# -gt 0 ]; do
  case "$1" in
    --update-docs) update_docs=true; shift ;;
    -*) echo "browser-test.sh: unknown option $1 (usage: scripts/browser-test.sh [--update-docs] [summary.html])" >&2; exit 2 ;;
    *) [ -z "$page" ] || { echo "browser-test.sh: one page at most" >&2; exit 2; }
       page="$1"; shift ;;
  esac
done

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "browser-test.sh: installing Debian's chromium and chromium-driver..." >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver
fi

tmp=""
trap '[ -z "$tmp" ] || rm -rf "$tmp"' EXIT
if [ -z "$page" ]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/browser-test.XXXXXX")
  "$ROOT/scripts/run-local.sh" --output "$tmp/warehouse"
  page="$tmp/warehouse/reports/internal/summary.html"
  [ -f "$page" ] || { echo "browser-test.sh: scripts/run-local.sh wrote no reports/internal/summary.html" >&2; exit 1; }
fi
[ -f "$page" ] || { echo "browser-test.sh: no such file $page" >&2; exit 2; }
page="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"

shots="$ROOT/target/screenshots"
rm -rf "$shots"
# -am builds the contract module from this checkout rather than taking a stale one from ~/.m2.
set +e
(cd "$ROOT" && mvn -B -pl reports -am -Pbrowser test -Dsummary.html="$page" -Dscreenshots.dir="$shots")
status=$?
set -e

# Printed on failure too: the screenshots show what failed.
stem=$(basename "$page"); stem="${stem%.htm*}"
echo "browser-test.sh: screenshots:"
for width in 1280 390; do
  [ ! -f "$shots/$stem-$width.png" ] || echo "  $shots/$stem-$width.png"
done
[ $status -eq 0 ] || { echo "browser-test.sh: FAILED (see the test output above)" >&2; exit $status; }
if $update_docs; then
  mkdir -p "$ROOT/docs"
  cp "$shots/$stem-1280.png" "$ROOT/docs/summary-desktop.png"
  echo "browser-test.sh: copied the 1280 px screenshot to docs/summary-desktop.png"
fi
