#!/usr/bin/env bash
# The service itself over HTTP with wrk: one instance on SQLite, then two instances on one PostgreSQL (wrk
# drives both at once, half the connections each), same demo data, same authenticated query.
# Prints requests per second and p50/p99 latency of each setup.
# Usage: bench/service-http.sh [duration (default 10s)] [connections (default 32)]
# Needs wrk, and for the PostgreSQL run GRAPHAPI_BENCH_POSTGRES (an Npgsql connection string to a server where the
# user may create databases) or a local cluster that ../.ci/postgres can start.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
connections=${2:-32}
pids=()
work=$(mktemp -d)
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet build -c Release src/GraphApi -v quiet -nologo >/dev/null
app=src/GraphApi/bin/Release/net10.0/GraphApi.dll
query='{ requests(first: 20, where: { status: { eq: IN_PROGRESS } }) { nodes { number title priority customer { name } owner { name } } } }'

start() { # port
  dotnet "$app" --urls "http://127.0.0.1:$1" > "$work/server-$1.log" 2>&1 & pids+=($!)
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 0.1; done
  echo "server on port $1 did not start:" >&2; cat "$work/server-$1.log" >&2; exit 1
}

script() { # key
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Bearer %s"\nwrk.body = %s\n' \
    "$1" "$(printf '%s' "{\"query\":\"$query\"}" | sed 's/"/\\"/g; s/^/"/; s/$/"/')" > "$work/query.lua"
}

run_wrk() { # connections url out
  wrk -t1 -c"$1" -d"$duration" --latency -s "$work/query.lua" "$2" > "$3"
}

report() { # name files...
  local name=$1; shift
  awk -v name="$name" '
    /Requests\/sec/ { rps += $2 }
    $1 == "50%" { p50 = p50 ? p50 : $2 } $1 == "99%" { p99 = ($2 > p99 ? $2 : p99) }
    /Non-2xx/ { bad += $NF }
    END { printf "%-26s %10.0f rps   p50 %8s   p99 %8s%s\n", name, rps, p50, p99, bad ? "   non-2xx: " bad : "" }' "$@"
}

# The load comes from one admin key: its rate limit would measure the limiter, not the server.
export Security__RateLimits__Enabled=false

# SQLite, one instance.
export ConnectionStrings__GraphApi="Data Source=$work/bench.db" Expectations__Enabled=false Database__Provider=Sqlite
key=$(dotnet "$app" keys create --role admin --name bench | tail -1)
start 5071
script "$key"
curl -s -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "{\"query\":\"$query\"}" http://127.0.0.1:5071/graphql | head -c 160 >&2; echo >&2
run_wrk "$connections" http://127.0.0.1:5071/graphql /dev/null 2>/dev/null || true
run_wrk "$connections" http://127.0.0.1:5071/graphql "$work/sqlite.txt"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
sqlite=$(report "SQLite, 1 instance" "$work/sqlite.txt")

# PostgreSQL, two instances on one database.
server=${GRAPHAPI_BENCH_POSTGRES:-$(.ci/postgres)}
[ -n "$server" ] || { echo "$sqlite"; echo "PostgreSQL: not available (set GRAPHAPI_BENCH_POSTGRES)"; exit 0; }
database="graphapi_bench_$$"
psql "$(echo "$server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $database" >/dev/null
export Database__Provider=Postgres ConnectionStrings__GraphApi="$(echo "$server" | sed "s/Database=[^;]*/Database=$database/")"
key=$(dotnet "$app" keys create --role admin --name bench | tail -1)
start 5072
start 5073
script "$key"
run_wrk "$connections" http://127.0.0.1:5072/graphql /dev/null 2>/dev/null || true
run_wrk $((connections / 2)) http://127.0.0.1:5072/graphql "$work/pg-a.txt" &
other=$!
run_wrk $((connections / 2)) http://127.0.0.1:5073/graphql "$work/pg-b.txt"
wait "$other"
postgres=$(report "PostgreSQL, 2 instances" "$work/pg-a.txt" "$work/pg-b.txt")
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
sleep 1
psql "$(echo "$server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null

echo "query: $query"
echo "wrk -c$connections -d$duration (two instances: -c$((connections / 2)) each, at once), POST application/json, admin key"
echo "$sqlite"
echo "$postgres"
