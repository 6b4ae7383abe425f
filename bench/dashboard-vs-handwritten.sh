#!/usr/bin/env bash
# Runs the dashboard (schema/operations/dashboard.graphql: 50 open requests with their customer, last 3
# interactions and open expectations) through GraphApi and through a hand-written EF Core + System.Text.Json
# endpoint writing the same JSON bytes (DashboardBenchmarks, BenchmarkDotNet, in-process, one SQLite file of
# demo data), and prints GraphApi's median latency and allocations as multiples of the hand-written one's.
# BenchmarkDotNet runs one side after the other; on a shared machine the load can change in between, so the
# script then times the two sides alternately (200 requests each) as a check of the latency multiple.
# Usage: bench/dashboard-vs-handwritten.sh [BenchmarkDotNet arguments; default: a short job with 9 iterations]
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then
  set -- --job short --warmupCount 6 --iterationCount 9
fi
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

echo "BenchmarkDotNet $* (load average: $(cut -d' ' -f1-3 /proc/loadavg)) ..." >&2
dotnet run -c Release --project GraphApi.Benchmarks -- \
  --filter '*DashboardBenchmarks*' "$@" --exporters json --artifacts "$artifacts/bdn" > "$artifacts/bdn.log" 2>&1 \
  || { cat "$artifacts/bdn.log" >&2; exit 1; }

node print-dashboard-comparison.mjs "$artifacts/bdn/results/GraphApi.Benchmarks.DashboardBenchmarks-report-full-compressed.json" 1.3
echo "alternating (load average: $(cut -d' ' -f1-3 /proc/loadavg)) ..." >&2
dotnet run -c Release --no-build --project GraphApi.Benchmarks -- --dashboard-interleaved 200
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
