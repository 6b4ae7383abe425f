#!/usr/bin/env bash
# Small query over HTTP with wrk: GraphApi's server (Release) and graphql-js behind graphql-http on
# node:http, same schema and in-memory data, one after the other on this machine.
# Prints requests per second and p50/p99 latency of each side and the ratio.
# Usage: bench/http-vs-graphql-js.sh [duration (default 10s)] [connections (default 32)] [wrk threads (default 2)]
set -euo pipefail
cd "$(dirname "$0")"
duration=${1:-10s}
connections=${2:-32}
threads=${3:-2}
ours_port=5055
peer_port=5056
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -d peers/graphql-http-server/node_modules ]; then
  (cd peers/graphql-http-server && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build -c Release GraphApi.HttpBenchServer -v quiet -nologo >/dev/null

wait_for() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{ books { id } }"}' "http://127.0.0.1:$1/graphql" && return 0
    sleep 0.1
  done
  echo "server on port $1 did not start" >&2; exit 1
}

measure() { # name port
  local out
  wrk -t"$threads" -c"$connections" -d2s -s http-query.lua "http://127.0.0.1:$2/graphql" >/dev/null # warm-up
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s http-query.lua "http://127.0.0.1:$2/graphql")
  echo "$out" >&2
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-12s %12s rps   p50 %9s   p99 %9s   %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:+non-2xx: $non2xx}"
  echo "$rps" > "$tmp/$1"
}

tmp=$(mktemp -d)
echo "response check:" >&2
dotnet GraphApi.HttpBenchServer/bin/Release/net10.0/GraphApi.HttpBenchServer.dll "$ours_port" & pids+=($!)
wait_for "$ours_port"
curl -s -X POST -H 'Content-Type: application/json' -d '{"query":"{ books { id title year author { name } } }"}' "http://127.0.0.1:$ours_port/graphql" | head -c 160 >&2; echo >&2
results=$(measure GraphApi "$ours_port")
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

node peers/graphql-http-server/server.mjs "$peer_port" & pids+=($!)
wait_for "$peer_port"
curl -s -X POST -H 'Content-Type: application/json' -d '{"query":"{ books { id title year author { name } } }"}' "http://127.0.0.1:$peer_port/graphql" | head -c 160 >&2; echo >&2
results="$results"$'\n'$(measure graphql-js "$peer_port")

echo "query: { books { id title year author { name } } } (10 books), wrk -t$threads -c$connections -d$duration, POST application/json"
echo "$results"
awk -v a="$(cat "$tmp/GraphApi")" -v b="$(cat "$tmp/graphql-js")" 'BEGIN { printf "GraphApi / graphql-js: %.1fx requests per second\n", a / b }'
rm -rf "$tmp"
