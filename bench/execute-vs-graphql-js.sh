#!/usr/bin/env bash
# Executes the execution benchmark's operations (bench/documents/execution-*.graphql and the
# introspection query) with GraphApi (BenchmarkDotNet, in-process) and with graphql-js 16.15, one after
# the other so they do not compete for cores, and prints our throughput as a multiple of graphql-js's,
# with our allocations per request. Both sides report a median.
# Usage: bench/execute-vs-graphql-js.sh [BenchmarkDotNet arguments; default: a short job with 9 iterations]
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then
  set -- --job short --warmupCount 6 --iterationCount 9
fi
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

if [ ! -d peers/graphql-js/node_modules ]; then
  (cd peers/graphql-js && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "graphql-js: executing ..." >&2
node peers/graphql-js/execute-benchmark.mjs > "$artifacts/graphql-js.json"

echo "GraphApi: BenchmarkDotNet $* ..." >&2
dotnet run -c Release --project GraphApi.Benchmarks -- \
  --filter '*ExecutionBenchmarks*' "$@" --exporters json --artifacts "$artifacts/bdn" > "$artifacts/bdn.log" 2>&1 \
  || { cat "$artifacts/bdn.log" >&2; exit 1; }

node print-comparison.mjs "$artifacts/graphql-js.json" "$artifacts/bdn/results/GraphApi.Benchmarks.ExecutionBenchmarks-report-full-compressed.json" Operation 2 request
