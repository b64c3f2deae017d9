#!/usr/bin/env bash
# Runs every one-machine command that README.md and docs/*.md show in their code blocks, as
# written and in their order, so that none of them rots: each must exit 0. Not run: a command
# .ci/run runs itself (the same text), a template with <placeholders> (a [bracketed] option is
# dropped and the rest run), a remote cluster's (YARN, Kubernetes, a standalone master,
# hdfs://), and the project layout (the block that starts with pom.xml). Each is named with why.
# --list: say what would run, run nothing.
set -euo pipefail
list=""
[ "${1:-}" = "--list" ] && list=1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
logs="$ROOT/target/docs-test"
rm -rf "$logs"
mkdir -p "$logs"

# One command per line: a fenced block's lines, continuations joined, comments cut.
commands() {
  awk '
    /^```/ { inblock = !inblock; first = inblock; layout = 0; next }
    inblock && first { first = 0; if ($0 ~ /^pom\.xml /) layout = 1 }
    inblock && !layout {
      line = $0
      while (line ~ /\\$/ && (getline next_line) > 0) { sub(/\\$/, "", line); sub(/^ +/, "", next_line); line = line " " next_line }
      print FILENAME "\t" line
    }' README.md docs/*.md
}

ran=0 skipped=0 n=0
while IFS=$'\t' read -r file cmd; do
  cmd="${cmd%%#*}"
  cmd="$(sed -E 's/ +$//' <<< "$cmd")"
  case "$cmd" in
    scripts/*|java\ *|spark-submit\ *|mvn\ *) ;;
    *) continue ;;
  esac
  n=$((n + 1))
  if grep -qxF "$cmd" .ci/run; then
    echo "docs-test.sh: [$file] run by .ci/run: $cmd"; skipped=$((skipped + 1)); continue
  fi
  if [[ "$cmd" =~ (--master\ (yarn|k8s://|spark://)|hdfs://) ]]; then
    echo "docs-test.sh: [$file] a remote cluster's, not run: ${cmd:0:100}"; skipped=$((skipped + 1)); continue
  fi
  if [[ "$cmd" == *"<"*">"* ]]; then
    echo "docs-test.sh: [$file] a template, not run: ${cmd:0:100}"; skipped=$((skipped + 1)); continue
  fi
  cmd="$(sed -E 's/ \[[^]]*\]//g' <<< "$cmd")"
  log="$logs/$n.log"
  echo "docs-test.sh: [$file] running: $cmd"
  if [ -n "$list" ]; then continue; fi
  if ! bash -c "$cmd" < /dev/null > "$log" 2>&1; then
    echo "docs-test.sh: FAILED (log $log): $cmd" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  ran=$((ran + 1))
done < <(commands)
echo "docs-test.sh: $ran commands ran, $skipped not run (named above)"
[ -n "$list" ] || [ "$ran" -gt 0 ]
