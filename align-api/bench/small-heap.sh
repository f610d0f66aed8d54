#!/bin/sh
# Starts the built jar with a small heap (default -Xmx300m) and posts three requests of about 1.5 MB at once, for
# each of three kinds of text (the seed pair repeated, one-word lines, a sentence of numbers), then checks that the
# seed pair is still aligned and the log has no OutOfMemoryError. Every answer must be 201, 413 or 503, never 500.
#   ./mvnw -pl align-api -am package -DskipTests && align-api/bench/small-heap.sh [heap] [port] [server options...]
# e.g. align-api/bench/small-heap.sh 300m 18080 --paralign.api.alignment-deadline=120s
set -eu
HEAP=${1:-300m}
PORT=${2:-18080}
[ $# -gt 2 ] && shift 2 || set --
JAR=align-api/target/align-api.jar
BENCH=align-api/bench/GrowthBenchmark.java
WORK=$(mktemp -d)
java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --paralign.store.data-dir="$WORK/data" "$@" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'status=$?; kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"; exit $status' EXIT
for kind in "numbers 110000" "lines 105000" "seeds 110" "seeds 1"; do
    set -- $kind
    java "$BENCH" --write "$1" "$2" "$WORK/$1-$2.json" seeds
done
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
post() {
    curl -s -o /dev/null -w "%{http_code} %{time_total}s %{size_download}B" -H 'Content-Type: application/json' \
        --data-binary @"$1" "http://localhost:$PORT/api/v1/alignments"
}
bad=0
for kind in seeds-110 lines-105000 numbers-110000; do
    printf '%s (%s bytes), three at once:' "$kind" "$(wc -c <"$WORK/$kind.json")"
    pids=""
    for i in 1 2 3; do post "$WORK/$kind.json" >"$WORK/$kind.$i" & pids="$pids $!"; done
    wait $pids
    for i in 1 2 3; do
        answer=$(cat "$WORK/$kind.$i")
        printf ' [%s]' "$answer"
        case "$answer" in 201*|413*|503*) ;; *) bad=1 ;; esac
    done
    echo
done
seed=$(post "$WORK/seeds-1.json")
echo "seed pair afterwards: $seed"
case "$seed" in 201*) ;; *) bad=1 ;; esac
if grep -q OutOfMemoryError "$WORK/server.log"; then echo "OutOfMemoryError in the log"; bad=1; fi
[ "$bad" = 0 ] && echo OK || { echo FAILED; tail -50 "$WORK/server.log"; exit 1; }
