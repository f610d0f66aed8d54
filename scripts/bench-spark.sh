#!/usr/bin/env bash
# Benchmark of the Spark job against `align-cli batch` on the same pairs, in the same run, alternated.
#
#   scripts/bench-spark.sh FOLDER [ROUNDS [MODE]]
#       FOLDER holds pairs.csv (source,target,source_lang,target_lang with paths relative to it, as
#       ../shared/eval/speed-ar-fr); ROUNDS default 3. MODE launchers (the default): align-spark/bin/paralign-spark
#       --master 'local[2]' against align-cli/bin/paralign batch --threads 2; MODE jar: plain java -jar for both.
#       Prints each run, each round's job / batch ratios (pairs per second per core, pairs per CPU second) and the
#       medians of those ratios over the rounds.
#   scripts/bench-spark.sh FOLDER heap MAX_HEAP COPIES
#       the job alone through bin/paralign-spark in local[2] with -Xmx MAX_HEAP over the pairs repeated COPIES times
#       (each copy with its own ids): whether it fits, and its time
#
# Needs both jars (./mvnw -B -q -pl align-cli,align-spark -am package -DskipTests) and GNU time (apt-get install -y
# time). Both run on 2 cores: the job with --master local[2], batch with --threads 2, both with set-level learning.
# Times are wall clock of the whole command, JVM (and Spark) start included. Prints pairs per second, pairs per
# second per core, CPU time (user + system) and pairs per CPU second (steadier than wall clock on a shared machine),
# and peak memory (maximum resident set size) for each run.
set -euo pipefail
cd "$(dirname "$0")/.."

folder="$(cd "${1:?usage: $0 FOLDER [ROUNDS [launchers|jar]] | $0 FOLDER heap MAX_HEAP COPIES}" && pwd)"
rounds="${2:-3}"
mode="${3:-launchers}"
cli=align-cli/target/align-cli.jar
spark=align-spark/target/align-spark-local.jar
for jar in "$cli" "$spark"; do
  [ -f "$jar" ] || { echo "no $jar: ./mvnw -B -q -pl align-cli,align-spark -am package -DskipTests" >&2; exit 1; }
done
jsa=align-spark/target/align-spark-local.jsa
[ -f "$jsa" ] && [ "$jsa" -nt "$spark" ] || echo "no $jsa newer than the jar: bin/paralign-spark runs without it" >&2
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the job's table: the same pairs, by absolute path, with an id
awk -F, -v dir="$folder" 'NR == 1 { print "id,source_path,target_path,source_lang,target_lang"; next }
  { printf "%s,%s/%s,%s/%s,%s,%s\n", $1, dir, $1, dir, $2, $3, $4 }' "$folder/pairs.csv" > "$work/table.csv"
n=$(($(wc -l < "$folder/pairs.csv") - 1))
echo "$n pairs ($folder), $(nproc) cores; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); load $(cut -d' ' -f1-3 /proc/loadavg)"

report() { # name, time file; leaves the run's wall clock and CPU seconds in $wall and $cpu
  local rss
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
  PARALIGN_SPARK_JAVA_OPTS="-Xmx$heap" /usr/bin/time -v -o "$work/time-heap" align-spark/bin/paralign-spark \
    "$work/copies.csv" --out "$work/heap" --master 'local[2]' >"$work/out-heap" 2>"$work/err-heap" \
    || { echo "the job failed with -Xmx$heap:" >&2; tail -5 "$work/err-heap" >&2; exit 1; }
  report "spark -Xmx$heap" "$work/time-heap"
  cat "$work/out-heap"
  exit 0
fi

case "$mode" in
  launchers) job=(align-spark/bin/paralign-spark); batch=(align-cli/bin/paralign) ;;
  jar) job=(java -jar "$spark"); batch=(java -jar "$cli") ;;
  *) echo "unknown mode $mode: launchers or jar" >&2; exit 1 ;;
esac
echo "mode $mode: ${job[*]} TABLE --out OUT --master 'local[2]' against ${batch[*]} batch --manifest pairs.csv --out OUT --threads 2"
per_core=(); per_cpu=()
for round in $(seq 1 "$rounds"); do
  /usr/bin/time -v -o "$work/time-spark" "${job[@]}" "$work/table.csv" --out "$work/spark-$round" \
    --master 'local[2]' >"$work/out-spark" 2>"$work/err-spark" \
    || { echo "the job failed:" >&2; tail -5 "$work/err-spark" >&2; exit 1; }
  report spark "$work/time-spark"
  job_wall=$wall job_cpu=$cpu
  grep -q "^$n pairs, 0 failed" "$work/out-spark" || { echo "the job failed on some pairs: $(cat "$work/out-spark")" >&2; exit 1; }
  echo "       (the job: $(sed 's/.*(//; s/)//' "$work/out-spark"))"
  code=0
  /usr/bin/time -v -o "$work/time-batch" "${batch[@]}" batch --manifest "$folder/pairs.csv" \
    --out "$work/batch-$round" --threads 2 >/dev/null 2>"$work/err-batch" || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "batch failed with exit code $code:" >&2; tail -5 "$work/err-batch" >&2; exit 1
  fi
  report batch "$work/time-batch"
  # the same pairs on the same cores: pairs/s per core and pairs per CPU second compare as the inverse times do
  per_core+=("$(awk -v j="$job_wall" -v b="$wall" 'BEGIN {printf "%.2f", b / j}')")
  per_cpu+=("$(awk -v j="$job_cpu" -v b="$cpu" 'BEGIN {printf "%.2f", b / j}')")
  echo "round $round: job / batch ${per_core[-1]} per core, ${per_cpu[-1]} per CPU second; load $(cut -d' ' -f1-3 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "median of $rounds rounds: job / batch $(median "${per_core[@]}") per core, $(median "${per_cpu[@]}") per CPU second"
