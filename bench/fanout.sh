#!/usr/bin/env bash
# Fan-out: 1,000 (or 10,000) WebSocket subscribers on one GraphApi server (a separate process, Release, SQLite with demo
# data), for requestStatusChanged(requestId) and for events: server memory per idle subscription (RSS delta, and after a
# full GC induced in the server) and the time until the last subscriber has a status change, over 200 changes (so p99 is
# the third slowest round, not the slowest). A fresh server and database per variant.
# Usage: bench/fanout.sh [subscribers (default 1000)] [rounds (default 200)]
# Targets: p99 under 50 ms up to 1,000 subscribers, under 100 ms above; under 10 KiB per idle subscription.
# FANOUT_PORT (default 5077; instance A on the next port) moves the servers off the default port.
# FANOUT_WARM_UP_ROUNDS (default 100) unmeasured rounds first, so tiered compilation has replaced the delivery path's first code.
# With FANOUT_PROVIDER=Postgres: two instances on one PostgreSQL database (GRAPHAPI_BENCH_POSTGRES, or a cluster that
# .ci/postgres starts); the subscribers are on instance B and the changes go through instance A.
# Exits non-zero when any subscriber missed an event or received one twice.
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-1000}
rounds=${2:-200}
port=${FANOUT_PORT:-5077}
# Each subscriber is a socket in the server and one in the benchmark client: raise the open-files limit as far as allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((subscribers + 1000)) ]; then
  echo "open-files limit $(ulimit -n) is too low for $subscribers subscribers; raise the hard limit (ulimit -Hn)" >&2; exit 1
fi
server_pid=
other_pid=
provider=${FANOUT_PROVIDER:-Sqlite}
tmp=$(mktemp -d)
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; [ -n "$other_pid" ] && kill "$other_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
if [ "$provider" = Postgres ]; then
  pg_server=${GRAPHAPI_BENCH_POSTGRES:-$(.ci/postgres)}
  [ -n "$pg_server" ] || { echo "no PostgreSQL: set GRAPHAPI_BENCH_POSTGRES" >&2; exit 1; }
  psql_target=$(echo "$pg_server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')
fi

start_server() { # port log -> pid in $started
  dotnet "$server_dll" --urls "http://127.0.0.1:$1" >"$2" 2>&1 &
  started=$!
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready" && return 0
    kill -0 "$started" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 0.2
  done
  echo "the server on port $1 did not become ready" >&2; exit 1
}

dotnet build -c Release src/GraphApi -v quiet -nologo >/dev/null
dotnet build -c Release bench/GraphApi.FanOutBench -v quiet -nologo >/dev/null
server_dll=src/GraphApi/bin/Release/net10.0/GraphApi.dll
bench_dll=bench/GraphApi.FanOutBench/bin/Release/net10.0/GraphApi.FanOutBench.dll

# Every subscriber shares one admin key and one address: lift the per-key and per-address socket limits above them.
export Security__Limits__MaxWebSocketsPerKey=$((subscribers + 100)) Security__Limits__MaxWebSocketsPerAddress=$((subscribers + 100)) Security__RateLimits__Enabled=false

rows=()
for variant in requestStatusChanged events; do
  mutate_url="http://127.0.0.1:$port/"
  if [ "$provider" = Postgres ]; then
    database="graphapi_fanout_$$_${variant,,}"
    psql "$psql_target" -qc "CREATE DATABASE $database" >/dev/null
    export Database__Provider=Postgres ConnectionStrings__GraphApi="$(echo "$pg_server" | sed "s/Database=[^;]*/Database=$database/")" Expectations__Enabled=false
    start_server $((port + 1)) "$tmp/server-a.log"
    other_pid=$started
    mutate_url="http://127.0.0.1:$((port + 1))/"
  else
    export ConnectionStrings__GraphApi="Data Source=$tmp/$variant.db" Expectations__Enabled=false
  fi
  start_server "$port" "$tmp/server.log"
  server_pid=$started
  key=$(dotnet "$server_dll" keys create --role admin --name "fanout-$variant" | tail -n 1)
  rows+=("$(dotnet "$bench_dll" --url "http://127.0.0.1:$port/" --mutate-url "$mutate_url" --key "$key" --pid "$server_pid" \
    --variant "$variant" --subscribers "$subscribers" --rounds "$rounds" --warm-up-rounds "${FANOUT_WARM_UP_ROUNDS:-100}")")
  if [ -n "$other_pid" ]; then
    kill "$other_pid"; wait "$other_pid" 2>/dev/null || true
    other_pid=
  fi
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=
  if [ "$provider" = Postgres ]; then
    psql "$psql_target" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
  fi
done

target=$([ "$subscribers" -gt 1000 ] && echo 100 || echo 50)
echo "Database: $provider$([ "$provider" = Postgres ] && echo ", two instances: subscribers on B, changes through A"). Load: $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M) UTC."
echo "Last subscriber: per round, the time from sending the change until the last of the $subscribers subscribers has it;"
echo "all deliveries: each subscriber's time, over all rounds. KiB/subscription: server RSS delta / $subscribers, 5 s after"
echo "opening / the same after a full GC induced in the server before and after opening / the live managed heap that GC"
echo "left (what the subscriptions hold on the heap, without the free space the GC keeps committed); the target needs both"
echo "of the last two under 10 KiB."
echo "CPU ms/round: server and benchmark client CPU time over the rounds / rounds (both share the machine's cores)."
echo
echo "| subscription | subscribers | rounds | last subscriber p50 ms | p99 ms | max ms | all deliveries p50 ms | p99 ms | server RSS MiB | after full GC | KiB/subscription (RSS / after GC / live heap) | CPU ms/round (server / client) | p99 < $target ms / < 10 KiB |"
echo "|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|"
printf '%s\n' "${rows[@]}"
