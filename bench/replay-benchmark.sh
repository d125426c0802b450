#!/usr/bin/env bash
# Measures a replayed backfill on a large generated cassette: postings per second and peak memory
# of ingest, normalization and the H2 store, first with every posting new, then again with every
# posting unchanged. The heap is capped to show that ingest and aggregate stream. No publication
# is configured: a README of 100,000 rows is not a job list anyone publishes.
#
#   bench/replay-benchmark.sh [POSTINGS] [HEAP]      defaults: 100000 postings, 128m heap
set -euo pipefail

postings="${1:-100000}"
heap="${2:-128m}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/joblist" --version >/dev/null   # builds the jar when it is missing or stale
jar="$root/app/target/joblist.jar"

echo "generating a cassette of $postings postings..."
java -cp "$jar" "$root/bench/GenerateCassette.java" "$work/cassette" "$postings"
echo "cassette: $(du -sh "$work/cassette" | cut -f1)"

cat > "$work/joblist.yml" <<YAML
sources:
  - id: bench
    kind: greenhouse
    board: bench
  - id: remoteok
    kind: remoteok
store:
  url: jdbc:h2:file:$work/data/joblist
http:
  maxResponseBytes: 2GB
git:
  repository: $work/site
YAML

# Prints the whole run's rate (JVM start, Flyway, ingest and store) and the rate of ingest and
# store alone, summed from the per-source lines the run logs with -v.
run() {
    local label="$1"
    /usr/bin/time -f "%e %M" -o "$work/time" \
        java "-Xmx$heap" -jar "$jar" backfill -v --config "$work/joblist.yml" \
        --replay "$work/cassette" 2> "$work/log" || { grep -v "^\s*at " "$work/log" | tail -8; exit 1; }
    read -r seconds kilobytes < "$work/time"
    ingest_ms="$(sed -n 's/.* postings seen, .* in \([0-9]*\) ms$/\1/p' "$work/log" | awk '{ s += $1 } END { print s }')"
    awk -v n="$postings" -v s="$seconds" -v ms="$ingest_ms" -v kb="$kilobytes" -v label="$label" 'BEGIN {
        printf "%s %d postings: whole run %.1f s = %.0f postings/s; ingest+store %.1f s = %.0f postings/s; peak RSS %.0f MB\n",
            label, n, s, n / s, ms / 1000, n * 1000 / ms, kb / 1024 }'
}

run "first run (all new):"
run "second run (all unchanged):"
echo "store: $(du -sh "$work/data" | cut -f1)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
