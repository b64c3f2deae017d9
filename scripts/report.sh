#!/usr/bin/env bash
# Renders the monthly summary of a published warehouse, without Spark (about a second):
#   scripts/report.sh --warehouse out --out /tmp/summary [--threat OIC] [--claims claims.json]
# writes /tmp/summary/reports/internal/ (summary.html, summary.md, summary.json, tables/*.csv),
# byte for byte the files the run wrote into the warehouse. The warehouse is never written to.
source "$(dirname "${BASH_SOURCE[0]}")/reports-env.sh"
run_reports org.disruptionanalytics.reports.ReportCommand "$@"
