#!/usr/bin/env bash
# Benchmark of `align-cli batch` over N synthetic Arabic/French article pairs (align-bench's io.paralign.bench.GeneratePairs).
#
#   scripts/bench-batch.sh N [folder|manifest|both]     (default: both)
#
# Needs the jars (./mvnw -B -pl align-cli,align-bench -am package -DskipTests) and GNU time (apt-get install -y time).
# "folder" runs batch on the folder, so the pairing is part of the time; "manifest" gives it pairs.csv.
# Prints pairs per second (wall clock, JVM start included) and peak memory (maximum resident set size).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:?usage: $0 N [folder|manifest|both]}"
mode="${2:-both}"
jar=align-cli/target/align-cli.jar
bench=align-bench/target/benchmarks.jar
for j in "$jar" "$bench"; do
  [ -f "$j" ] || { echo "no $j: build it first (./mvnw -B -pl align-cli,align-bench -am package -DskipTests)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$bench" io.paralign.bench.GeneratePairs "$work/in" "$n" >/dev/null
echo "$n pairs, $(du -sh "$work/in" | cut -f1) of text; $(nproc) cores; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); load $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name, then the batch arguments
  local name="$1"; shift
  local out="$work/out-$name"
  local code=0
  /usr/bin/time -v -o "$work/time-$name" java -jar "$jar" batch "$@" --out "$out" >/dev/null 2>"$work/log-$name" \
    || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "$name: batch failed with exit code $code" >&2; tail -5 "$work/log-$name" >&2; exit 1
  fi
  local wall rss paired
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$name" \
    | awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s}')"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$name")"
  # a right pair is NNNN_ar.txt with NNNN_fr.txt
  right="$(awk -F, '$1 == "paired" && substr($2, 1, 4) == substr($3, 1, 4)' "$out/summary.csv" | wc -l)"
  awk -v name="$name" -v n="$n" -v right="$right" -v wall="$wall" -v rss="$rss" -v code="$code" 'BEGIN {
    printf "%-8s %5d pairs (%d aligned as generated) in %7.1f s: %6.1f pairs/s, peak RSS %5.0f MB, exit %d\n",
      name, n, right, wall, n / wall, rss / 1024, code }'
}

case "$mode" in
  folder) run folder "$work/in" ;;
  manifest) run manifest --manifest "$work/in/pairs.csv" ;;
  both) run folder "$work/in"; run manifest --manifest "$work/in/pairs.csv" ;;
  *) echo "mode is folder, manifest or both, not $mode" >&2; exit 2 ;;
esac
