#!/usr/bin/env bash
# Tests a sentence about the figures against a published warehouse before anyone says it (no Spark):
#   scripts/check-claim.sh --warehouse out --period "R12 2025-09" --says "more than a third"
#   scripts/check-claim.sh --warehouse out --claims claims.json --json
# Exit 0 when every claim is SUPPORTED, 1 for any other verdict, 2 for a claim it cannot read.
source "$(dirname "${BASH_SOURCE[0]}")/reports-env.sh"
run_reports org.disruptionanalytics.reports.ClaimCommand "$@"
