#!/usr/bin/env bash
# Whole-process batch speed on speed-ar-fr's 960 Arabic/French pairs: this build against an older one and hunalign.
#
#   scripts/peer/batch-vs.sh OLDER HUNALIGN EVAL [ROUNDS]          (ROUNDS default 3, after one warm-up round)
#
# OLDER is a git revision (e.g. f8d4837), built in a temporary worktree with ./mvnw -B -q package -DskipTests, or
# an align-cli.jar already built. The current build is align-cli/target/align-cli.jar (build it first). HUNALIGN is
# a hunalign binary, EVAL the shared evaluation folder (../shared/eval). Needs GNU time (apt-get install -y time).
#
# Each round runs, in an order that rotates from round to round:
#   older       java -jar OLDER.jar batch --manifest speed-ar-fr/pairs.csv --out TMP
#   current     java -jar align-cli.jar batch --manifest speed-ar-fr/pairs.csv --out TMP      (set-level learning)
#   current-doc the same with --no-batch-lexicon (each pair aligned alone, one pass)
#   launcher    align-cli/bin/paralign batch --manifest speed-ar-fr/pairs.csv --out TMP   (set-level learning, the
#               launcher's JVM settings: C1, the serial collector)
#   floor       the launcher's batch over as many one-sentence Arabic/French pairs, made in TMP: what starting
#               the JVM, compiling the code a batch runs, reading the inputs and writing a folder and three
#               reports per pair cost before any real aligning
#   hunalign    hunalign -batch EMPTY.dic speed-ar-fr/hunalign-batch.txt, on the pre-segmented .sent files,
#               no dictionary, ladders written to TMP
# and prints, per program, the median over the rounds of wall time, CPU time (user + sys) and peak RSS, then the
# ratios of medians against older and hunalign, and the floor against a fifth of older's CPU time.
# paralign's batch reads the raw .txt files and segments them; hunalign reads the .sent files segmented
# beforehand, so its time has no segmentation in it.
#
# Every run writes into a folder of its own, and all are removed only at the end (about 30 MB a run): on a file
# system without a journal (ext4 without one, as on these machines), creating a file right after many were
# deleted makes the kernel skip each recently deleted inode, so removing a run's output before the next one
# charged that run up to a second of system time for the one before.
set -euo pipefail

usage="usage: $0 OLDER HUNALIGN EVAL [ROUNDS]"
older="${1:?$usage}"
[ -f "$older" ] && older="$(realpath "$older")"
hunalign="$(realpath "${2:?$usage}")"
speed="$(realpath "${3:?$usage}")/speed-ar-fr"
rounds="${4:-3}"
cd "$(dirname "$0")/../.."
current_jar="$PWD/align-cli/target/align-cli.jar"
[ -f "$current_jar" ] || { echo "no $current_jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 1; }
[ -x "$hunalign" ] || { echo "$hunalign: not an executable" >&2; exit 1; }
[ -f "$speed/pairs.csv" ] && [ -f "$speed/hunalign-batch.txt" ] || { echo "$speed: no pairs.csv or hunalign-batch.txt" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS is a positive number, not $rounds" >&2; exit 2; }

work="$(mktemp -d)"
worktree=""
cleanup() {
  if [ -n "$worktree" ]; then git worktree remove --force "$worktree" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -f "$older" ]; then
  older_jar="$older"
  older_name="$older"
else
  worktree="$work/older"
  git worktree add -q --detach "$worktree" "$older"
  echo "building $older in $worktree ..." >&2
  (cd "$worktree" && ./mvnw -B -q package -DskipTests >"$work/older-build.log" 2>&1) \
    || { echo "building $older failed:" >&2; tail -20 "$work/older-build.log" >&2; exit 1; }
  older_jar="$worktree/align-cli/target/align-cli.jar"
  older_name="$(git rev-parse --short "$older")"
fi

: > "$work/empty.dic"
jobs="$(awk -F'\t' 'NF >= 3' "$speed/hunalign-batch.txt" | wc -l)"

# the floor's input: as many pairs as speed-ar-fr has, one short sentence a side
pairs="$(($(wc -l <"$speed/pairs.csv") - 1))"
mkdir -p "$work/floor"
echo "source,target,source_lang,target_lang" >"$work/floor/pairs.csv"
for ((k = 0; k < pairs; k++)); do
  echo "قال الوزير إن الاقتصاد نما بنسبة 3 في المئة في عام 2024." >"$work/floor/$k.ar.txt"
  echo "Le ministre a dit que l'économie a progressé de 3 % en 2024." >"$work/floor/$k.fr.txt"
  echo "$k.ar.txt,$k.fr.txt,ar,fr" >>"$work/floor/pairs.csv"
done

programs=(older current current-doc launcher floor hunalign)
run() { # program round
  local out="$work/runs/$2-$1" code=0
  mkdir -p "$work/runs"
  if [ "$1" = hunalign ]; then
    # its batch file names its inputs relative to speed-ar-fr and writes its ladders beside them: the copy run
    # here reads the same inputs and writes into this run's folder
    mkdir -p "$out"
    awk -F'\t' -v dir="$speed" -v out="$out" 'NF >= 3 { print dir "/" $1 "\t" dir "/" $2 "\t" out "/" $3 }' \
      "$speed/hunalign-batch.txt" >"$work/hunalign-batch.txt"
  fi
  case "$1" in
    older) set -- "$1" "$2" java -jar "$older_jar" batch --manifest "$speed/pairs.csv" --out "$out" ;;
    current) set -- "$1" "$2" java -jar "$current_jar" batch --manifest "$speed/pairs.csv" --out "$out" ;;
    current-doc) set -- "$1" "$2" java -jar "$current_jar" batch --manifest "$speed/pairs.csv" --out "$out" --no-batch-lexicon ;;
    launcher) set -- "$1" "$2" "$PWD/align-cli/bin/paralign" batch --manifest "$speed/pairs.csv" --out "$out" ;;
    floor) set -- "$1" "$2" "$PWD/align-cli/bin/paralign" batch --manifest "$work/floor/pairs.csv" --out "$out" ;;
    hunalign) set -- "$1" "$2" "$hunalign" -batch "$work/empty.dic" "$work/hunalign-batch.txt" ;;
  esac
  local name="$1" round="$2"; shift 2
  # in the temporary folder: hunalign writes a translate.txt in its working directory
  (cd "$work" && /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@") >/dev/null 2>"$work/log-$name" || code=$?
  if [ "$code" -ne 0 ]; then
    echo "$name: exit code $code" >&2; tail -5 "$work/log-$name" >&2; exit 1
  fi
  if [ "$name" = hunalign ] && [ "$(ls "$out" | wc -l)" -ne "$jobs" ]; then
    echo "hunalign wrote $(ls "$out" | wc -l) ladders for $jobs jobs" >&2; exit 1
  fi
  # wall, cpu = user + sys, peak RSS in MB
  awk -v n="$name" -v r="$round" '{ printf "%s %s %.2f %.2f %.0f\n", n, r, $1, $2 + $3, $4 / 1024 }' "$work/time" \
    | tee -a "$work/times" >&2
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
  "older $older_name, current $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- align-core/src align-cli/src || echo ' with changes');" \
  "$jobs pairs"
echo "warm-up round (not counted)" >&2
for p in "${programs[@]}"; do run "$p" 0; done
: > "$work/times"
for ((r = 1; r <= rounds; r++)); do
  for ((k = 0; k < ${#programs[@]}; k++)); do
    run "${programs[$(((k + r) % ${#programs[@]}))]}" "$r"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A wall cpu rss
for p in "${programs[@]}"; do
  wall[$p]="$(awk -v p="$p" '$1 == p { print $3 }' "$work/times" | median)"
  cpu[$p]="$(awk -v p="$p" '$1 == p { print $4 }' "$work/times" | median)"
  rss[$p]="$(awk -v p="$p" '$1 == p { print $5 }' "$work/times" | median)"
done
echo "medians of $rounds rounds (programs alternated):"
printf "%-12s %9s %9s %9s\n" program "wall s" "CPU s" "peak MB"
for p in "${programs[@]}"; do printf "%-12s %9.2f %9.2f %9.0f\n" "$p" "${wall[$p]}" "${cpu[$p]}" "${rss[$p]}"; done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "ratios of medians:"
printf "%-24s %9s %9s\n" "" wall CPU
for pair in current/older current-doc/older launcher/older current/hunalign current-doc/hunalign launcher/hunalign older/hunalign; do
  a="${pair%/*}"; b="${pair#*/}"
  printf "%-24s %9s %9s\n" "$a / $b" "$(ratio "${wall[$a]}" "${wall[$b]}")" "$(ratio "${cpu[$a]}" "${cpu[$b]}")"
done
target="$(awk -v c="${cpu[older]}" 'BEGIN { printf "%.2f", c / 5 }')"
echo "a fifth of older's CPU time: $target s; the floor's: ${cpu[floor]} s ($(ratio "${cpu[floor]}" "$target") of it)"
