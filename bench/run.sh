#!/usr/bin/env bash
# One bench session: the bare-Kestrel ceiling, our bot (echo, intake; then claim on a fresh instance), then the
# reference peer bot (echo, intake; it has no tickets, so no claim),
# all with the same driver on 127.0.0.1, one after the other; the table goes to bench/results/latest.md.
# Tunables (environment): CONCURRENCY (64), DURATION (20s), WARMUP (5s), CLAIM_WARMUP (30s), TURN_TIMEOUT (10s),
# OURS_INTAKE_REPLIES / OURS_INTAKE_EXPECT (driver --replies / --expect for our intake), PEER_DIR.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

concurrency="${CONCURRENCY:-64}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-5s}"
# The ticket path runs far more code than an echo (EF Core, cards, the outbox), and the runtime is still
# compiling its hot methods at full optimization for about half a minute under this load.
claim_warmup="${CLAIM_WARMUP:-30s}"
turn_timeout="${TURN_TIMEOUT:-10s}"
startup_limit=30
results="$root/bench/results"
work="$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")"
mkdir -p "$results"
rm -f "$results"/*.json
notes=()
target_pgid=""

say() { printf '== %s\n' "$*" >&2; }
one_line() { tr '\n' ' ' | sed 's/ *$//' | cut -c1-300; }

# Targets run in their own session so the whole tree (dotnet run and its child) stops with one signal.
stop_target() {
    [[ -n "$target_pgid" ]] || return 0
    # The leader's own id too: right after start, setsid may not have made the group yet.
    kill -TERM -- "-$target_pgid" 2>/dev/null || kill -TERM "$target_pgid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 -- "-$target_pgid" 2>/dev/null || kill -0 "$target_pgid" 2>/dev/null || { target_pgid=""; return 0; }
        sleep 0.1
    done
    kill -KILL -- "-$target_pgid" 2>/dev/null || kill -KILL "$target_pgid" 2>/dev/null || true
    target_pgid=""
}

cleanup() {
    stop_target
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for port in $(seq "$1" $(($1 + 200))); do
        if ! ss -Hltn "sport = :$port" | grep -q .; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Any HTTP answer on the port means the target is up (the peer has no health endpoint).
wait_for_http() {
    local port="$1" deadline=$((SECONDS + startup_limit))
    while ((SECONDS < deadline)); do
        kill -0 "$target_pgid" 2>/dev/null || return 1
        local code
        code="$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$port/" || true)"
        [[ "$code" != "000" && -n "$code" ]] && return 0
        sleep 0.5
    done
    return 1
}

# The process that owns the listening socket, so RSS is the bot's and not that of the `dotnet run` launcher.
listener_pid() {
    local pid
    pid="$(ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)"
    echo "${pid:-$target_pgid}"
}

# start_target NAME PORT LOG COMMAND... ; returns non-zero (and notes why) when the target does not come up.
start_target() {
    local name="$1" port="$2" log="$3"
    shift 3
    setsid "$@" >"$log" 2>&1 &
    target_pgid=$!
    if ! wait_for_http "$port"; then
        notes+=("$name: skipped, not answering on 127.0.0.1:$port within ${startup_limit} s (log tail: $(tail -n 3 "$log" | one_line))")
        say "${notes[-1]}"
        stop_target
        return 1
    fi
}

drive() {
    local label="$1" scenario="$2" run_warmup="$warmup"
    shift 2
    [[ "$scenario" == claim ]] && run_warmup="$claim_warmup"
    say "$label $scenario: $concurrency conversations, ${run_warmup} warm-up, ${duration} measured"
    local out="$results/$label-$scenario.json"
    if ! timeout 600 dotnet run -c Release --no-build --project bench/LoadDriver -- \
        --scenario "$scenario" --concurrency "$concurrency" --duration "$duration" --warmup "$run_warmup" \
        --timeout "$turn_timeout" --label "$label" --json "$out" "$@" 2>"$work/driver.err" | sed 's/^/   /' >&2; then
        notes+=("$label $scenario: no measured turn ($(one_line <"$work/driver.err"))")
        say "${notes[-1]}"
        rm -f "$out"
    elif [[ -s "$work/driver.err" ]]; then
        notes+=("$label $scenario: $(one_line <"$work/driver.err")")
    fi
}

say "building Release"
timeout 600 dotnet build -c Release bench/LoadDriver -nologo -v q
ours_built=true
if ! timeout 600 dotnet build -c Release src/IntuneSupportBot -nologo -v q >"$work/ours-build.log" 2>&1; then
    ours_built=false
    notes+=("ours: skipped, src/IntuneSupportBot does not build ($(grep -m1 -E 'error' "$work/ours-build.log" | cut -c1-200))")
    say "${notes[-1]}"
fi

drive bare bare

# start_ours DB PACING: our bot on a free port with its own database file and Bot:Connector:Pacing set to PACING;
# sets $port, or returns non-zero (noted).
start_ours() {
    port="$(free_port 39780)"
    start_target ours "$port" "$work/ours-$1.log" \
        dotnet run -c Release --project src/IntuneSupportBot --no-build -- \
        --urls "http://127.0.0.1:$port" --Diagnostics:Echo=true \
        --Database:ConnectionString="Data Source=$work/$1.db" \
        --Logging:LogLevel:Default=Warning \
        --Bot:Connector:Pacing="$2" || return 1
    # A bot without its messaging endpoint yet would only measure 404s.
    local status
    status="$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H 'Content-Type: application/json' -d '{}' \
        "http://127.0.0.1:$port/api/messages" || true)"
    if [[ "$status" == "404" || "$status" == "405" ]]; then
        notes+=("ours: skipped, POST /api/messages answers $status")
        say "${notes[-1]}"
        stop_target
        return 1
    fi
}

# Echo and intake answer every turn through the connector, so Teams' rate limits (50 calls/s for the app, 7 sends/s
# per conversation) would cap what is measured: pacing is off. The claim is answered in the HTTP response, and the
# card refreshes the outbox sends meanwhile are paced as in production, as Teams would enforce it.
if $ours_built && start_ours ours false; then
    pid="$(listener_pid "$port")"
    drive ours echo --target "http://127.0.0.1:$port/api/messages" --pid "$pid"
    intake_args=(--replies "${OURS_INTAKE_REPLIES:-1}")
    [[ -n "${OURS_INTAKE_EXPECT:-}" ]] && intake_args+=(--expect "$OURS_INTAKE_EXPECT")
    drive ours intake --target "http://127.0.0.1:$port/api/messages" --pid "$pid" "${intake_args[@]}"
    stop_target
    # A fresh bot and database for claim: the intake run's tickets left card posts in the outbox for a connector
    # stub that is gone, and their retries would run alongside the claims.
    if start_ours claim true; then
        pid="$(listener_pid "$port")"
        drive ours claim --target "http://127.0.0.1:$port/api/messages" --pid "$pid"
        stop_target
    fi
fi

# The peer sits beside the main checkout (../shared from the repository root); a worktree finds it through git.
peer_dir="${PEER_DIR:-}"
if [[ -z "$peer_dir" ]]; then
    for candidate in "$root/../shared/bench/peer-botbuilder-js" \
        "$(cd "$(git rev-parse --git-common-dir)/.." && pwd)/../shared/bench/peer-botbuilder-js"; do
        [[ -d "$candidate" ]] && { peer_dir="$candidate"; break; }
    done
fi
if [[ -z "$peer_dir" ]]; then
    notes+=("peer: skipped, no ../shared/bench/peer-botbuilder-js next to the repository")
    say "${notes[-1]}"
else
    cp -r "$peer_dir" "$work/peer"
    rm -rf "$work/peer/node_modules"
    say "npm ci for the peer in $work/peer"
    if ! (cd "$work/peer" && timeout 300 npm ci --no-audit --no-fund >"$work/npm.log" 2>&1); then
        notes+=("peer: skipped, npm ci failed ($(tail -n 2 "$work/npm.log" | one_line))")
        say "${notes[-1]}"
    else
        port="$(free_port 39790)"
        if start_target peer "$port" "$work/peer.log" bash -c "cd '$work/peer' && exec node index.js --port $port"; then
            pid="$(listener_pid "$port")"
            drive peer echo --target "http://127.0.0.1:$port/api/messages" --pid "$pid"
            drive peer intake --target "http://127.0.0.1:$port/api/messages" --pid "$pid" \
                --expect 'Which platform?|error code|How many|File a ticket|Ticket filed.'
            stop_target
        fi
    fi
fi

report_args=(--out "$results/latest.md")
for note in "${notes[@]}"; do report_args+=(--note "$note"); done
# In the order the session ran them, not the alphabet's.
files=()
for run in bare-bare ours-echo ours-intake ours-claim peer-echo peer-intake; do
    [[ -f "$results/$run.json" ]] && files+=("$results/$run.json")
done
dotnet run -c Release --no-build --project bench/LoadDriver -- report "${report_args[@]}" "${files[@]}"
