#!/usr/bin/env bash
# Benchmark of the Spark job against `align-cli batch` on the same pairs, in the same run, alternated.
#
#   scripts/bench-spark.sh FOLDER [ROUNDS]     (FOLDER holds pairs.csv: source,target,source_lang,target_lang with
#                                               paths relative to it, as ../shared/eval/speed-ar-fr; ROUNDS default 2)
#   scripts/bench-spark.sh FOLDER heap MAX_HEAP COPIES
#                                              the job alone in local[2] with -Xmx MAX_HEAP over the pairs repeated
#                                              COPIES times (each copy with its own ids): whether it fits, and its time
#
# Needs both jars (./mvnw -B -q -pl align-cli,align-spark -am package -DskipTests) and GNU time (apt-get install -y
# time). Both run on 2 cores: the job with --master local[2], batch with --threads 2, both with set-level learning.
# Times are wall clock of the whole command, JVM (and Spark) start included. Prints pairs per second, pairs per
# second per core, CPU time (user + system) and pairs per CPU second (steadier than wall clock on a shared machine),
# and peak memory (maximum resident set size) for each run.
set -euo pipefail
cd "$(dirname "$0")/.."

folder="$(cd "${1:?usage: $0 FOLDER [ROUNDS] | $0 FOLDER heap MAX_HEAP COPIES}" && pwd)"
rounds="${2:-2}"
cli=align-cli/target/align-cli.jar
spark=align-spark/target/align-spark-local.jar
for jar in "$cli" "$spark"; do
  [ -f "$jar" ] || { echo "no $jar: ./mvnw -B -q -pl align-cli,align-spark -am package -DskipTests" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the job's table: the same pairs, by absolute path, with an id
awk -F, -v dir="$folder" 'NR == 1 { print "id,source_path,target_path,source_lang,target_lang"; next }
  { printf "%s,%s/%s,%s/%s,%s,%s\n", $1, dir, $1, dir, $2, $3, $4 }' "$folder/pairs.csv" > "$work/table.csv"
n=$(($(wc -l < "$folder/pairs.csv") - 1))
echo "$n pairs ($folder), $(nproc) cores; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); load $(cut -d' ' -f1-3 /proc/loadavg)"

report() { # name, time file
  local wall rss cpu
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$2" \
    | awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s}')"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$2")"
  cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$2")"
  awk -v name="$1" -v n="$n" -v wall="$wall" -v rss="$rss" -v cpu="$cpu" 'BEGIN {
    printf "%-6s %5d pairs in %6.1f s: %5.1f pairs/s, %5.1f pairs/s per core; %6.1f s of CPU, %5.1f pairs per CPU second; peak RSS %5.0f MB\n",
      name, n, wall, n / wall, n / wall / 2, cpu, n / cpu, rss / 1024 }'
}

if [ "$rounds" = heap ]; then
  heap="${3:?MAX_HEAP}"; copies="${4:?COPIES}"
  head -1 "$work/table.csv" > "$work/copies.csv"
  for c in $(seq 1 "$copies"); do tail -n +2 "$work/table.csv" | sed "s/^/$c-/" >> "$work/copies.csv"; done
  n=$((n * copies))
  /usr/bin/time -v -o "$work/time-heap" java "-Xmx$heap" -jar "$spark" "$work/copies.csv" --out "$work/heap" \
    --master 'local[2]' >"$work/out-heap" 2>"$work/err-heap" \
    || { echo "the job failed with -Xmx$heap:" >&2; tail -5 "$work/err-heap" >&2; exit 1; }
  report "spark -Xmx$heap" "$work/time-heap"
  cat "$work/out-heap"
  exit 0
fi

for round in $(seq 1 "$rounds"); do
  /usr/bin/time -v -o "$work/time-spark" java -jar "$spark" "$work/table.csv" --out "$work/spark-$round" \
    --master 'local[2]' >"$work/out-spark" 2>"$work/err-spark" \
    || { echo "the job failed:" >&2; tail -5 "$work/err-spark" >&2; exit 1; }
  report spark "$work/time-spark"
  grep -q "^$n pairs, 0 failed" "$work/out-spark" || { echo "the job failed on some pairs: $(cat "$work/out-spark")" >&2; exit 1; }
  echo "       (the job: $(sed 's/.*(//; s/)//' "$work/out-spark"))"
  code=0
  /usr/bin/time -v -o "$work/time-batch" java -jar "$cli" batch --manifest "$folder/pairs.csv" \
    --out "$work/batch-$round" --threads 2 >/dev/null 2>"$work/err-batch" || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "batch failed with exit code $code:" >&2; tail -5 "$work/err-batch" >&2; exit 1
  fi
  report batch "$work/time-batch"
done
