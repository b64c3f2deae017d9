#!/usr/bin/env bash
# Opens the monthly summary in headless Chromium (Debian's chromium and chromium-driver, installed
# with apt-get when missing) and fails on any console message, a missing or empty chart, or a page
# wider than a 390 px phone; saves full-page screenshots at 1280 and 390 px to target/screenshots.
# Also runs the checker's own proof tests (the fixtures in reports/src/test/resources/browser), and,
# for the sample, checks its published release (reports/published/summary.html) the same way.
# Usage: scripts/browser-test.sh [--update-docs] [summary.html]
#   no page given: renders the bundled sample with scripts/run-local.sh into a temporary folder
#   and checks its reports/internal/summary.html.
#   --update-docs: saves the first 2,400 px of the page at 1280 px wide as docs/summary-desktop.png
#   (the README's picture; the full-page screenshots are a few MB).
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
# The sample's page has two charts (the trend and the regions); a page given by hand at least one.
charts=1
[ -z "$tmp" ] || charts=2
(cd "$ROOT" && mvn -B -pl reports -am -Pbrowser test -Dsummary.html="$page" -Dscreenshots.dir="$shots" \
  -Dexpected.charts="$charts")
status=$?
# The sample's published release, rendered beside it, passes the same checks (the proof tests ran once).
published="$(dirname "$(dirname "$page")")/published/summary.html"
if [ $status -eq 0 ] && [ -n "$tmp" ] && [ -f "$published" ]; then
  (cd "$ROOT" && mvn -B -q -pl reports -am -Pbrowser test -Dtest=SummaryPageBrowserTest \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsummary.html="$published" -Dscreenshots.dir="$shots/published" \
    -Dexpected.charts=2)
  status=$?
fi
set -e

# Printed on failure too: the screenshots show what failed.
stem=$(basename "$page"); stem="${stem%.htm*}"
echo "browser-test.sh: screenshots:"
for width in 1280 390; do
  [ ! -f "$shots/$stem-$width.png" ] || echo "  $shots/$stem-$width.png"
  [ ! -f "$shots/published/$stem-$width.png" ] || echo "  $shots/published/$stem-$width.png"
done
[ $status -eq 0 ] || { echo "browser-test.sh: FAILED (see the test output above)" >&2; exit $status; }
if $update_docs; then
  mkdir -p "$ROOT/docs"
  profile=$(mktemp -d "${TMPDIR:-/tmp}/browser-profile.XXXXXX")
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --window-size=1280,2400 --screenshot="$ROOT/docs/summary-desktop.png" "file://$page" 2>/dev/null
  rm -rf "$profile"
  echo "browser-test.sh: saved the top of the page at 1280 px as docs/summary-desktop.png"
fi
