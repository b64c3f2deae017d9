#!/usr/bin/env bash
# --help and --version of every entry point, through the scripts users run (and so through
# spark-submit of the job jar): exit status 0, the usage with its exit statuses, the three versions,
# the checkout's commit in code_version (git rev-parse), nothing on stderr; an unknown option is
# exit status 2. Then the contract module built and tested from git archive output: no commit, the
# plain version (VersionsTest). Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "cli-test.sh: $*" >&2; exit 1; }

# expect STATUS COMMAND...: runs it with stdout in $work/out and stderr in $work/err.
expect() {
  local want="$1" got
  shift
  set +e
  "$@" > "$work/out" 2> "$work/err"
  got=$?
  set -e
  [ "$got" -eq "$want" ] || fail "$*: exit status $got, expected $want; stderr: $(head -5 "$work/err")"
}

commit=""
[ -e .git ] && commit=$(git rev-parse --short=12 HEAD)
# The first calls build what is missing and say so on stderr.
scripts/run-local.sh --version > /dev/null
scripts/report.sh --version > /dev/null

for script in run-local.sh submit.sh report.sh check-claim.sh; do
  for help in --help -h; do
    expect 0 "scripts/$script" "$help"
    grep -q '^usage: ' "$work/out" || fail "$script $help printed no usage"
    grep -q '^Exit status:$' "$work/out" || fail "$script $help printed no exit statuses"
    [ -s "$work/err" ] && fail "$script $help wrote on stderr: $(head -5 "$work/err")"
  done
  expect 0 "scripts/$script" --version
  [ "$(wc -l < "$work/out")" -eq 3 ] || fail "$script --version: $(cat "$work/out")"
  grep -Eq '^code_version [0-9]+\.[0-9]+\.[0-9]+' "$work/out" || fail "$script --version: no code_version"
  grep -Eq '^contract_version [0-9]+\.[0-9]+$' "$work/out" || fail "$script --version: no contract_version"
  grep -Eq '^spark_version 4\.' "$work/out" || fail "$script --version: no spark_version"
  if [ -n "$commit" ]; then
    grep -q "^code_version .*+g$commit" "$work/out" || fail "$script --version: not commit $commit: $(head -1 "$work/out")"
  fi
  [ -s "$work/err" ] && fail "$script --version wrote on stderr: $(head -5 "$work/err")"
  expect 2 "scripts/$script" --colour red
  grep -q "unknown .* '--colour'" "$work/err" || fail "$script --colour: $(cat "$work/err")"
done

if [ -n "$commit" ]; then
  mkdir "$work/archive"
  git archive HEAD | tar -x -C "$work/archive"
  (cd "$work/archive" && mvn -B -q -pl contract test) > "$work/archive.log" 2>&1 \
    || { cat "$work/archive.log" >&2; fail "the contract module does not build from git archive output"; }
  [ -e "$work/archive/contract/target/classes/disruption-analytics-git.properties" ] \
    && fail "a build from git archive output has a commit stamp"
fi
echo "cli-test.sh: --help and --version answer through every script${commit:+, code_version names $commit}"
