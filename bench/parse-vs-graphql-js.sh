#!/usr/bin/env bash
# Parses the documents of bench/documents with GraphApi (BenchmarkDotNet, in-process) and with
# graphql-js 16.15, one after the other so they do not compete for cores, and prints our
# throughput as a multiple of graphql-js's, with our allocations per parse.
# Both sides report a median, which shared, busy machines disturb less than a mean.
# Usage: bench/parse-vs-graphql-js.sh [BenchmarkDotNet arguments; default: a short job with 9 iterations]
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

echo "graphql-js: parsing bench/documents ..." >&2
node peers/graphql-js/parse-benchmark.mjs > "$artifacts/graphql-js.json"

echo "GraphApi: BenchmarkDotNet $* ..." >&2
dotnet run -c Release --project GraphApi.Benchmarks -- \
  --filter '*ParserBenchmarks*' "$@" --exporters json --artifacts "$artifacts/bdn" > "$artifacts/bdn.log" 2>&1 \
  || { cat "$artifacts/bdn.log" >&2; exit 1; }

node print-comparison.mjs "$artifacts/graphql-js.json" "$artifacts/bdn/results/GraphApi.Benchmarks.ParserBenchmarks-report-full-compressed.json" Document 4 parse
