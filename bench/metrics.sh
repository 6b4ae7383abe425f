#!/usr/bin/env bash
# relationshipMetrics(groupBy: CUSTOMER) over 100,000 requests on SQLite, through the server's executor. The data file is
# built on the first run (about a minute) and kept as $TMPDIR/graphapi-metrics-bench-v6.db; the setup prints the
# number of SQL statements one request runs. Extra arguments go to BenchmarkDotNet (default: a short job).
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--job short)
dotnet run -c Release --project bench/GraphApi.Benchmarks -- --filter '*RelationshipMetricsBenchmarks*' "${args[@]}"
