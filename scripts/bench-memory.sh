#!/usr/bin/env bash
# Peak memory of `bin/paralign batch` (the launcher's settings: C1, the serial collector, a 32 MB initial heap) over
# COPIES copies of speed-ar-fr's 960 pairs, made by scripts/copy-set.py in a temporary folder.
#
#   scripts/bench-memory.sh EVAL COPIES [same|diverse] [batch options...]     (default: same)
#
# EVAL is ../shared/eval. Needs align-cli's jar (./mvnw -B -q package -DskipTests), python3 and GNU time.
# Prints the pairs, wall and CPU time, peak RSS (maximum resident set size) and the line that says when the set's
# word-pair counts reached their cap and were sampled.
set -euo pipefail
cd "$(dirname "$0")/.."

eval_dir="${1:?usage: $0 EVAL COPIES [same|diverse] [batch options...]}"
copies="${2:?usage: $0 EVAL COPIES [same|diverse] [batch options...]}"
mode="${3:-same}"
shift $(($# < 3 ? $# : 3))
[ -f align-cli/target/align-cli.jar ] || { echo "no align-cli/target/align-cli.jar: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/copy-set.py "$eval_dir/speed-ar-fr" "$work/in" "$copies" "$mode"
pairs=$(($(wc -l < "$work/in/pairs.csv") - 1))
echo "$pairs pairs ($mode); $(nproc) cores; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); load $(cut -d' ' -f1-3 /proc/loadavg)"
code=0
/usr/bin/time -f "%e %U %S %M" -o "$work/time" align-cli/bin/paralign batch --manifest "$work/in/pairs.csv" \
  --out "$work/out" "$@" >/dev/null 2>"$work/log" || code=$?
if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
  echo "batch failed with exit code $code" >&2; tail -5 "$work/log" >&2; exit 1
fi
grep '^word pairs for' "$work/log" || echo "word pairs counted in full (no sampling)"
read -r wall user sys rss < "$work/time"
echo "wall ${wall} s, CPU ${user} s user + ${sys} s sys, peak RSS $((rss / 1024)) MB"
