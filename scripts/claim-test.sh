#!/usr/bin/env bash
# The claim check end to end, as the README shows it: the published-table warehouse (data/published
# as of 31 March 2026), then scripts/check-claim.sh and report.sh --claims, with their exit statuses.
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
cd "$ROOT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/run-local.sh --input data/published --as-of 2026-03-31 --output "$work/out" > "$work/run.log" 2>&1 \
  || { cat "$work/run.log"; exit 1; }

fail() { echo "claim-test.sh: $*" >&2; exit 1; }
expect() {  # expect STATUS PATTERN ARGS...: check-claim exits STATUS and prints a line matching PATTERN
  local want="$1" pattern="$2"
  shift 2
  set +e
  scripts/check-claim.sh --warehouse "$work/out" "$@" > "$work/answer" 2>&1
  local got=$?
  set -e
  [ "$got" -eq "$want" ] || { cat "$work/answer"; fail "exit $got, not $want, for $*"; }
  grep -qE -- "$pattern" "$work/answer" || { cat "$work/answer"; fail "no line matching '$pattern' for $*"; }
}
expect 0 '^  verdict:  SUPPORTED' --period "R12 2025-09" --says "more than a third"
expect 0 '^  counted:  2,955 from 1 October 2024 to 30 September 2025$' --period "R12 2025-09" --says "more than a third"
expect 0 '^  against:  2,174 from' --period "R12 2025-09" --says "more than a third"
expect 1 '^  verdict:  OVERSTATED$' --period "R12 2025-09" --says "almost half"
expect 1 '^  strongest supported phrase: rose by more than a third$' --period "R12 2025-09" --says "almost half"
expect 0 '^  verdict:  SUPPORTED' --period "FY 2025-26" --says "almost half"
expect 0 '"verdict":"SUPPORTED","caveats":\["UNDERSTATED"\],"current":3766,"prior":2578' \
  --period "FY 2025-26" --says "increasing the number of disruptions by more than a third" --json
expect 2 'cannot read the phrase "soared"' --period "R12 2025-09" --says "soared"
expect 1 '^5 claims: 4 SUPPORTED, 1 OVERSTATED$' --claims data/example-claims.json

scripts/report.sh --warehouse "$work/out" --out "$work/report" --claims data/example-claims.json > /dev/null
grep -q '^## Claims checked$' "$work/report/reports/internal/summary.md" || fail "no Claims checked section"
[ "$(wc -l < "$work/report/reports/internal/tables/claims_checked.csv")" -eq 6 ] || fail "claims_checked.csv: not 5 rows"
echo "claim-test.sh: check-claim.sh and report.sh --claims answer as the README says"
