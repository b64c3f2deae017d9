# Sourced by spark-env.sh and reports-env.sh (after ROOT is set): built_at_other_commit says whether
# the built code names another commit than the checkout's. A commit or a checkout of the same files
# touches no source, so the jars' times alone would keep a code_version that names the old commit.
built_at_other_commit() {
  local head built
  [ -e "$ROOT/.git" ] || return 1
  head=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null) || return 1
  built=$(sed -n 's/^git_describe=\([0-9a-f]*\).*/\1/p' "$ROOT/contract/target/classes/disruption-analytics-git.properties" \
    2>/dev/null)
  [ -z "$built" ] || [[ "$head" != "$built"* ]]
}
