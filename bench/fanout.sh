#!/usr/bin/env bash
# Fan-out: 1,000 WebSocket subscribers on one GraphApi server (a separate process, Release, SQLite with demo data),
# for requestStatusChanged(requestId) and for events: server memory per idle subscription and the time until the
# last subscriber has a status change, over 30 changes. A fresh server and database per variant.
# Usage: bench/fanout.sh [subscribers (default 1000)] [rounds (default 30)]
# Exits non-zero when any subscriber missed an event or received one twice.
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-1000}
rounds=${2:-30}
port=5077
server_pid=
tmp=$(mktemp -d)
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$tmp"' EXIT

dotnet build -c Release src/GraphApi -v quiet -nologo >/dev/null
dotnet build -c Release bench/GraphApi.FanOutBench -v quiet -nologo >/dev/null
server_dll=src/GraphApi/bin/Release/net10.0/GraphApi.dll
bench_dll=bench/GraphApi.FanOutBench/bin/Release/net10.0/GraphApi.FanOutBench.dll

rows=()
for variant in requestStatusChanged events; do
  export ConnectionStrings__GraphApi="Data Source=$tmp/$variant.db" Expectations__Enabled=false
  dotnet "$server_dll" --urls "http://127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
    sleep 0.2
  done
  curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "the server did not become ready" >&2; exit 1; }
  key=$(dotnet "$server_dll" keys create --role admin --name "fanout-$variant" | tail -n 1)
  rows+=("$(dotnet "$bench_dll" --url "http://127.0.0.1:$port/" --key "$key" --pid "$server_pid" \
    --variant "$variant" --subscribers "$subscribers" --rounds "$rounds")")
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=
done

echo "Last subscriber: per round, the time from sending the change until the last of the $subscribers subscribers has it;"
echo "all deliveries: each subscriber's time, over all rounds. KiB/subscription: server RSS delta / $subscribers, read twice 5 s apart."
echo "CPU ms/round: server and benchmark client CPU time over the rounds / rounds (both share the machine's cores)."
echo
echo "| subscription | subscribers | rounds | last subscriber p50 ms | p99 ms | max ms | all deliveries p50 ms | p99 ms | server RSS MiB (before -> after / again) | KiB/subscription | CPU ms/round (server / client) | p99 < 100 ms / < 50 KB (48.8 KiB) |"
echo "|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|"
printf '%s\n' "${rows[@]}"
