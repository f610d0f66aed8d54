#!/usr/bin/env bash
# hunalign's alignment quality beside ours on MAC zh-en and ParIce en-is, both scored by our own `score`.
#
#   scripts/peer/hunalign-quality.sh HUNALIGN EVAL [--no-ours]
#
# HUNALIGN is a hunalign binary (built from https://github.com/danielvarga/hunalign, src/hunalign, make), EVAL the
# shared evaluation folder (../shared/eval). Needs our jar (./mvnw -B -q package -DskipTests). hunalign runs on each
# document alone with an empty dictionary, in four modes: its default, which counts UTF-8 characters; with
# -onebyteencoding, which counts bytes (a Chinese character is 3 bytes, an ASCII letter 1); and each with -realign
# (a second pass with word pairs learned from the first). Its ladders are scored with `score`, pooled over the
# documents as the root README's table is; the mean of the documents' strict F1 is printed too. Unless --no-ours,
# our own figures follow, from the root README's `evaluate` commands (set-level and --no-batch-lexicon), plus the
# mean of the documents' strict F1 aligned one at a time (--prefix). A gold file naming a sentence past the end of
# its text (ParIce u_1) is left out for every system, as `evaluate` leaves it out.
set -euo pipefail

usage="usage: $0 HUNALIGN EVAL [--no-ours]"
hunalign="$(realpath "${1:?$usage}")"
eval_dir="$(realpath "${2:?$usage}")"
cd "$(dirname "$0")/../.."
ours=1
[ "${3:-}" = "--no-ours" ] && ours=0
jar=align-cli/target/align-cli.jar
[ -x "$hunalign" ] || { echo "$hunalign: not an executable" >&2; exit 1; }
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 1; }
[ -d "$eval_dir/mac-zh-en-dev" ] && [ -d "$eval_dir/parice-en-is" ] \
  || { echo "$eval_dir: no mac-zh-en-dev/ or parice-en-is/" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$work/empty.dic"
cli() { java -jar "$jar" "$@"; }

# The flat folders of links the root README's evaluate commands read: NAME.<src>, NAME.<tgt>, NAME.gold.
mkdir -p "$work/mac" "$work/parice"
for f in "$eval_dir"/mac-zh-en-dev/zh/*; do
  n="$(basename "$f")"
  ln -s "$f" "$work/mac/$n.zh"; ln -s "$eval_dir/mac-zh-en-dev/en/$n" "$work/mac/$n.en"
  ln -s "$eval_dir/mac-zh-en-dev/gold/$n.align" "$work/mac/$n.gold"
done
for f in "$eval_dir"/parice-en-is/eng/*.txt; do
  n="$(basename "$f" .txt)"
  ln -s "$f" "$work/parice/$n.en"; ln -s "$eval_dir/parice-en-is/isl/$n.txt" "$work/parice/$n.is"
  ln -s "$eval_dir/parice-en-is/gold/$n.txt" "$work/parice/$n.gold"
done

lines() { awk 'END { print NR }' "$1"; }
# The largest sentence id of a gold bead file on the side before (1) or after (2) the colon, -1 when none.
max_id() { awk -F: -v side="$2" '{ s = $side; gsub(/[^0-9,]/, "", s); n = split(s, ids, ",");
  for (k = 1; k <= n; k++) if (ids[k] != "" && ids[k] + 0 > m) m = ids[k] + 0 } BEGIN { m = -1 } END { print m }' "$1"; }

# Documents whose gold fits their texts, one name a line; a misfit is named on standard error.
fitting() { # folder src-ext tgt-ext
  for g in "$1"/*.gold; do
    n="$(basename "$g" .gold)"
    ns="$(lines "$1/$n$2")"; nt="$(lines "$1/$n$3")"
    ms="$(max_id "$g" 1)"; mt="$(max_id "$g" 2)"
    if [ "$ms" -ge "$ns" ] || [ "$mt" -ge "$nt" ]; then
      echo "$(basename "$1")/$n: left out, its gold names a sentence past the end of its text (largest ids, 0-based:" \
        "source $ms of $ns sentences, target $mt of $nt)" >&2
    else
      echo "$n"
    fi
  done
}

# One row from `score`'s or `evaluate`'s table: strict P / R / F1, lax F1, unmatched P / R / F1.
# The figures as the CLI prints them (4 decimals), not rounded again.
row() { awk '$1 == "strict" { s = $2 " / " $3 " / " $4 } $1 == "lax" { l = $4 }
  $1 == "unmatched" { u = $2 " / " $3 " / " $4 } END { printf "%-26s  %6s  %-26s", s, l, u }'; }
strict_f1() { awk '$1 == "strict" { print $4 }'; }
mean() { awk '{ s += $1; n++ } END { printf "%.4f", s / n }'; }
print_row() { printf "%-10s %-36s %s  %s\n" "$@"; }

hunalign_set() { # set-label folder src-ext tgt-ext
  local label="$1" dir="$2" se="$3" te="$4" mode flags out n pairs per
  mapfile -t names < <(fitting "$dir" "$se" "$te")
  for mode in "default (characters)" "-onebyteencoding (bytes)" "-realign (characters)" "-onebyteencoding -realign"; do
    case "$mode" in
      "default (characters)") flags=() ;;
      "-onebyteencoding (bytes)") flags=(-onebyteencoding) ;;
      "-realign (characters)") flags=(-realign) ;;
      *) flags=(-onebyteencoding -realign) ;;
    esac
    out="$work/hunalign/$label/${flags[*]:-default}"; mkdir -p "$out"
    pairs=(); per=()
    for n in "${names[@]}"; do
      # hunalign drops a text's last sentence when the second file does not end in a newline (ParIce's n_2): it
      # reads copies that do.
      sed -e '$a\' "$dir/$n$se" >"$out/$n.src"; sed -e '$a\' "$dir/$n$te" >"$out/$n.tgt"
      # run in the temporary folder: hunalign writes a translate.txt in its working directory
      (cd "$work" && "$hunalign" "${flags[@]}" "$work/empty.dic" "$out/$n.src" "$out/$n.tgt") >"$out/$n.ladder" 2>"$out/$n.log" \
        || { echo "hunalign failed on $dir/$n (see its log):" >&2; tail -3 "$out/$n.log" >&2; exit 1; }
      [ "$(tail -n 1 "$out/$n.ladder" | cut -f1,2)" = "$(lines "$dir/$n$se")	$(lines "$dir/$n$te")" ] \
        || { echo "$dir/$n: hunalign's ladder closes at $(tail -n 1 "$out/$n.ladder"), not at the sentence counts" >&2; exit 1; }
      pairs+=("$dir/$n.gold" "$out/$n.ladder")
      per+=("$n $(cli score "$dir/$n.gold" "$out/$n.ladder" | strict_f1)")
    done
    print_row "$label" "hunalign $mode" "$(cli score "${pairs[@]}" | row)" \
      "$(printf '%s\n' "${per[@]}" | awk '{ print $2 }' | mean)"
    echo "           per document: $(printf '%s\n' "${per[@]}" | awk '{ printf "%s %s  ", $1, $2 }')"
  done
}

ours_set() { # set-label folder src-ext tgt-ext src-lang tgt-lang
  local label="$1" dir="$2" args=(--src-ext "$3" --tgt-ext "$4" --src-lang "$5" --tgt-lang "$6") n per=()
  print_row "$label" "paralign, set-level" "$(cli evaluate "$dir" "${args[@]}" 2>/dev/null | row)" ""
  for n in $(fitting "$dir" "$3" "$4" 2>/dev/null); do
    per+=("$n $(cli evaluate "$dir" "${args[@]}" --no-batch-lexicon --prefix "$n" | strict_f1)")
  done
  print_row "$label" "paralign, per document" \
    "$(cli evaluate "$dir" "${args[@]}" --no-batch-lexicon 2>/dev/null | row)" \
    "$(printf '%s\n' "${per[@]}" | awk '{ print $2 }' | mean)"
  echo "           per document: $(printf '%s\n' "${per[@]}" | awk '{ printf "%s %s  ", $1, $2 }')"
}

echo "hunalign $hunalign ($(git -C "$(dirname "$hunalign")" rev-parse --short HEAD 2>/dev/null || echo "commit unknown"));" \
  "paralign $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- align-core/src align-cli/src || echo ' with changes'); eval data $eval_dir"
echo "Pooled over the documents (as the root README's table); last column: mean of the documents' strict F1."
printf "%-10s %-36s %-26s  %6s  %-26s  %s\n" set system "strict P / R / F1" "lax F1" "unmatched P / R / F1" "mean F1"
hunalign_set "MAC zh-en" "$work/mac" .zh .en
[ "$ours" = 1 ] && ours_set "MAC zh-en" "$work/mac" .zh .en zh en
hunalign_set "ParIce" "$work/parice" .en .is
[ "$ours" = 1 ] && ours_set "ParIce" "$work/parice" .en .is en is
exit 0
