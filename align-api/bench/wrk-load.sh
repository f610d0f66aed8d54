#!/usr/bin/env bash
# Load benchmark with wrk (Debian package wrk): posts the seed pair to a running align-api from N connections,
# first for a warm-up (under this load HotSpot's C2 compiler keeps compiling for about four minutes), then for the
# measured run, and prints wrk's throughput and latency percentiles. With SERVER_PID set, also the server's CPU
# time per request, in all and by thread group (request threads, the group-commit thread, JIT compilers, GC, ...).
# usage: align-api/bench/wrk-load.sh [base-url] [seconds] [connections] [warm-up seconds]
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-30}
connections=${3:-32}
warmup=${4:-240}
here=$(cd "$(dirname "$0")" && pwd)
export SEEDS=${SEEDS:-$here/../../seeds}
command -v wrk > /dev/null || { echo "wrk not found; install it with: apt-get install wrk" >&2; exit 2; }
url="$base/api/v1/alignments"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  --data-binary "{\"source\":{\"lang\":\"fr\",\"text\":\"Bonjour.\"},\"target\":{\"lang\":\"ar\",\"text\":\"مرحبا.\"}}" "$url" || true)
[ "$code" = 201 ] || { echo "no align-api answering at $base (got '$code')" >&2; exit 2; }
threads=$(( connections < 2 ? 1 : 2 ))
if [ "$warmup" -gt 0 ]; then
  wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$here/post-seed.lua" "$url" > /dev/null
fi
cpu() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
# "name ticks" per live thread, digits in names folded so that pools group together
threads_cpu() {
  for task in /proc/"$SERVER_PID"/task/*; do
    name=$( { tr -d '\n' < "$task/comm"; } 2>/dev/null | tr ' ' '_' | tr -s '0-9' '#') || continue
    ticks=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}') || continue
    echo "$name $ticks"
  done
}
if [ -n "${SERVER_PID:-}" ]; then
  before=$(cpu)
  threads_before=$(threads_cpu)
fi
out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/post-seed.lua" "$url")
echo "$out"
if [ -n "${SERVER_PID:-}" ]; then
  ticks=$(( $(cpu) - before ))
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  hz=$(getconf CLK_TCK)
  echo "server CPU: $(( ticks * 1000 / hz )) ms in all, $(( ticks * 1000 / hz / requests )) ms per request"
  # threads alive at the end; a thread started during the run counts from zero, and the CPU of threads that ended
  # during it (Lucene merge threads, for one) is what the process used beyond the threads listed
  { echo "$threads_before" | sed 's/^/before /'; threads_cpu | sed 's/^/after /'; } | awk -v n="$requests" -v hz="$hz" -v all="$ticks" '
    $1 == "before" { b[$2] += $3 } $1 == "after" { a[$2] += $3 }
    END { for (k in a) { d = a[k] - b[k]; if (d > 0) { printf "  %7.2f ms per request  %s\n", d * 1000 / hz / n, k; listed += d } }
          if (all > listed) printf "  %7.2f ms per request  (threads that ended during the run, e.g. Lucene merges)\n", (all - listed) * 1000 / hz / n }' | sort -rn
fi
