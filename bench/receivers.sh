#!/usr/bin/env bash
# The ServiceNow receiver over HTTP with wrk, one instance on SQLite with the demo data: deliveries per second and p50/p99
# latency of three workloads, one after the other: new incidents (each creates a request), state changes of 200 of those
# incidents (alternating On Hold and In Progress, each one or more status moves with their events), and the same delivery
# again and again (idempotent: nothing is written).
# Usage: bench/receivers.sh [duration (default 10s)] [connections (default 16)] [port (default 6601)]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
connections=${2:-16}
port=${3:-6601}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet build -c Release src/GraphApi -v quiet -nologo >/dev/null
secret=bench-receiver-secret
export ConnectionStrings__GraphApi="Data Source=$work/bench.db" Expectations__Enabled=false Database__Provider=Sqlite Receivers__ServiceNow__Secret=$secret
dotnet src/GraphApi/bin/Release/net10.0/GraphApi.dll --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 & pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

cat > "$work/incident.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $secret"
local mode = os.getenv("MODE")
local counter = tonumber(os.getenv("OFFSET") or "0")
request = function()
  counter = counter + 1
  local id, state = counter, "1"
  if mode == "moves" then
    id = (counter - 10000000) % 200 + 1
    state = (math.floor(counter / 200) % 2 == 0) and "3" or "2"
  elseif mode == "replay" then
    id = 1
    state = "2"
  end
  local body = string.format('{"sys_id":"%032x","number":"INC%07d","state":"%s","short_description":"Benchmark incident %d","priority":"3","caller_id":{"value":"681ccaf9c0a8016400b98a06818d57c7","email":"amelia.hart@example.com"},"sys_updated_on":"2026-12-02 16:00:00"}', id, id, state, id)
  return wrk.format(nil, nil, nil, body)
end
LUA

run() { # mode
  MODE=$1 wrk -t1 -c"$connections" -d"$duration" --latency -s "$work/incident.lua" "http://127.0.0.1:$port/webhooks/servicenow" > "$work/$1.txt"
  awk -v name="$1" '
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 } /Non-2xx/ { bad = $NF }
    END { printf "%-8s %8.0f deliveries/s   p50 %8s   p99 %8s%s\n", name, rps, p50, p99, bad ? "   non-2xx: " bad : "" }' "$work/$1.txt"
}

# Warm-up, then the measured runs; "moves" moves the warm-up's first 200 incidents, "create" starts past them.
OFFSET=0 MODE=create wrk -t1 -c4 -d5s -s "$work/incident.lua" "http://127.0.0.1:$port/webhooks/servicenow" > /dev/null
export OFFSET=10000000
run create
run moves
run replay
