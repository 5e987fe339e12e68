#!/usr/bin/env bash
# Builds the bench in Release, generates 10,000 messages and times the triage command on one core.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${TMPDIR:-/tmp}/triage-bench"
mkdir -p "$work"

dotnet build "$here/TriageBench.csproj" -c Release -nologo -v quiet -o "$work/bin"
bench="$work/bin/TriageBench.dll"

catalog="$repo/src/IntuneSupportBot/Knowledge/known-issues.json"

dotnet "$bench" generate "$work/messages.jsonl" "${COUNT:-10000}"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %M KB max RSS (whole process, taskset -c 0)" \
    taskset -c 0 dotnet "$bench" run "$work/messages.jsonl" "$catalog"
done
