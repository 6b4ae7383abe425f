#!/usr/bin/env bash
# Webhook delivery: a GraphApi server (a separate process, Release, SQLite with demo data, or PostgreSQL with
# WEBHOOKS_PROVIDER=Postgres and GRAPHAPI_BENCH_POSTGRES) delivering to a receiver on a loopback port.
# Prints the commit-to-delivery delay over changes made one at a time, and deliveries per second replaying a backlog.
# Usage: bench/webhooks.sh [backlog (default 2000)] [rounds (default 200)]
# Exits non-zero when a signature did not verify or the replay delivered an event twice.
set -euo pipefail
cd "$(dirname "$0")/.."
backlog=${1:-2000}
rounds=${2:-200}
port=${WEBHOOKS_PORT:-6510}
provider=${WEBHOOKS_PROVIDER:-Sqlite}
server_pid=
tmp=$(mktemp -d)
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$tmp"' EXIT

dotnet build -c Release src/GraphApi -v quiet -nologo >/dev/null
dotnet build -c Release bench/GraphApi.WebhookBench -v quiet -nologo >/dev/null
server_dll=src/GraphApi/bin/Release/net10.0/GraphApi.dll
bench_dll=bench/GraphApi.WebhookBench/bin/Release/net10.0/GraphApi.WebhookBench.dll

export Expectations__Enabled=false Webhooks__AllowLoopbackTargets=true
if [ "$provider" = Postgres ]; then
  pg_server=${GRAPHAPI_BENCH_POSTGRES:?set GRAPHAPI_BENCH_POSTGRES to an Npgsql connection string}
  psql_target=$(echo "$pg_server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')
  database="graphapi_webhooks_$$"
  psql "$psql_target" -qc "CREATE DATABASE $database" >/dev/null
  trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; psql "$psql_target" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null; rm -rf "$tmp"' EXIT
  export Database__Provider=Postgres ConnectionStrings__GraphApi="$(echo "$pg_server" | sed "s/Database=[^;]*/Database=$database/")"
else
  export ConnectionStrings__GraphApi="Data Source=$tmp/webhooks.db"
fi

dotnet "$server_dll" --urls "http://127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.2
done
key=$(dotnet "$server_dll" keys create --role admin --name webhook-bench | tail -n 1)

echo "Database: $provider. Delay: from the event's occurredAt (stamped in the committing transaction) to receipt, one change at a time."
echo "Replay: redeliverWebhookEvents over a backlog of committed events, from the call until the last is received; the receiver checks every signature."
echo
echo "| changes | delay p50 ms | p99 ms | max ms | backlog | replay s | deliveries/s | bad signatures | each once |"
echo "|--:|--:|--:|--:|--:|--:|--:|--:|:--|"
dotnet "$bench_dll" --url "http://127.0.0.1:$port/" --key "$key" --backlog "$backlog" --rounds "$rounds"
