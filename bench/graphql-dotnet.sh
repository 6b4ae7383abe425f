#!/usr/bin/env bash
# GraphApi against graphql-dotnet 8.8.5 (bench/peers/graphql-dotnet), in one go:
#   1. answers: both engines' JSON for the execution benchmark's operations (the run stops if they differ), and both
#      HTTP servers' answers to the HTTP benchmark's query (byte for byte);
#   2. parse (GraphApi's parser against GraphQL-Parser 9.5.1, every document of bench/documents) and
#      parse+validate+execute+JSON in memory, with BenchmarkDotNet (in-process), allocations per operation;
#   3. HTTP requests/s with wrk: bench/GraphApi.HttpBenchServer against graphql-dotnet behind a minimal ASP.NET Core
#      endpoint, one after the other, each run twice alternating (A B C A B C) because the machine is shared, with C
#      Kestrel alone answering the same bytes without GraphQL: the ceiling wrk and the kernel leave on this machine;
# and prints GraphApi's multiple of graphql-dotnet for each (target: at least 2x).
# Usage: bench/graphql-dotnet.sh [BenchmarkDotNet arguments; default: a short job]
#   GRAPHQL_DOTNET_HTTP_DURATION (10s), GRAPHQL_DOTNET_HTTP_CONNECTIONS (32), GRAPHQL_DOTNET_SKIP_BDN=1 (HTTP only)
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then
  set -- --job short --warmupCount 5 --iterationCount 9
fi
duration=${GRAPHQL_DOTNET_HTTP_DURATION:-10s}
connections=${GRAPHQL_DOTNET_HTTP_CONNECTIONS:-32}
ours_port=${GRAPHQL_DOTNET_OUR_PORT:-5057}
peer_port=${GRAPHQL_DOTNET_PEER_PORT:-5058}
pids=()
tmp=$(mktemp -d)
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at $(date -u +%H:%M) UTC" >&2
dotnet build -c Release peers/graphql-dotnet -v quiet -nologo >/dev/null
dotnet build -c Release GraphApi.HttpBenchServer -v quiet -nologo >/dev/null
peer=peers/graphql-dotnet/bin/Release/net10.0/GraphQLDotnetPeer.dll

echo "== answers (in memory)"
dotnet "$peer" check

query='{"query":"{ books { id title year author { name } } }"}'
wait_for() {
  for _ in $(seq 1 150); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$1/graphql" && return 0
    sleep 0.1
  done
  echo "server on port $1 did not start" >&2; exit 1
}
start() { # name port -> pid
  if [ "$1" = GraphApi ]; then
    dotnet GraphApi.HttpBenchServer/bin/Release/net10.0/GraphApi.HttpBenchServer.dll "$2" & pids+=($!)
  elif [ "$1" = "Kestrel alone" ]; then
    dotnet GraphApi.HttpBenchServer/bin/Release/net10.0/GraphApi.HttpBenchServer.dll "$2" "$tmp/ours.json" & pids+=($!)
  else
    dotnet "$peer" http "$2" & pids+=($!)
  fi
  wait_for "$2"
}
stop() { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }

echo "== answers (HTTP)"
start GraphApi "$ours_port"
curl -s -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' -d "$query" "http://127.0.0.1:$ours_port/graphql" > "$tmp/ours.json"
stop
start graphql-dotnet "$peer_port"
curl -s -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' -d "$query" "http://127.0.0.1:$peer_port/graphql" > "$tmp/theirs.json"
stop
if cmp -s "$tmp/ours.json" "$tmp/theirs.json"; then
  echo "books query: same JSON ($(wc -c < "$tmp/ours.json") bytes)"
else
  echo "books query: DIFFERENT"; head -c 300 "$tmp/ours.json"; echo; head -c 300 "$tmp/theirs.json"; echo; exit 1
fi

if [ "${GRAPHQL_DOTNET_SKIP_BDN:-}" != 1 ]; then
  echo "== parse and execute in memory (BenchmarkDotNet $*)"
  PEER_REPORT="$tmp/report.md" dotnet "$peer" --filter '*ParseBenchmarks*' '*ExecutionBenchmarks*' "$@" --artifacts "$tmp/bdn" > "$tmp/bdn.log" 2>&1 || true
  [ -s "$tmp/report.md" ] || { cat "$tmp/bdn.log" >&2; exit 1; }
  cat "$tmp/report.md"
  echo "load after BenchmarkDotNet: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

echo "== HTTP: wrk -t2 -c$connections -d$duration, POST $query"
measure() { # name port
  wrk -t2 -c"$connections" -d2s -s http-query.lua "http://127.0.0.1:$2/graphql" >/dev/null
  local out; out=$(wrk -t2 -c"$connections" -d"$duration" --latency -s http-query.lua "http://127.0.0.1:$2/graphql")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  echo "| $1 | $rps | $p50 | $p99 | $(cut -d' ' -f1 /proc/loadavg) | ${errors:-none} |"
  echo "$rps" >> "$tmp/rps-${1// /-}"
}
echo "| server | requests/s | p50 | p99 | load | errors |"
echo "|:--|--:|--:|--:|--:|:--|"
for round in 1 2; do
  for side in GraphApi graphql-dotnet "Kestrel alone"; do
    port=$([ "$side" = graphql-dotnet ] && echo "$peer_port" || echo "$ours_port")
    start "$side" "$port"
    measure "$side" "$port"
    stop
  done
done
sum() { paste -sd+ "$tmp/rps-$1" | bc; }
awk -v a="$(sum GraphApi)" -v b="$(sum graphql-dotnet)" -v k="$(sum Kestrel-alone)" 'BEGIN {
  m = a / b; printf "\nHTTP: GraphApi / graphql-dotnet = %.2fx requests per second (sum of both rounds; target 2x: %s)\n", m, (m >= 2 ? "ok" : "missed")
  printf "Kestrel alone answering the same bytes: GraphApi at %.0f%%, graphql-dotnet at %.0f%% of it; 2x graphql-dotnet would be %.0f%% of it\n", 100 * a / k, 100 * b / k, 200 * b / k
}'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M) UTC"
