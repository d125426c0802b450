#!/usr/bin/env bash
# Measures a replayed backfill on a large generated cassette: postings per second and peak memory
# of ingest, normalization and the store, first with every posting new, then again with every
# posting unchanged. The heap is capped to show that ingest and aggregate stream. No publication
# is configured: a README of 100,000 rows is not a job list anyone publishes.
#
#   bench/replay-benchmark.sh [POSTINGS] [HEAP] [STORE]
#
# Defaults: 100000 postings, 128m heap, store h2 (a file). STORE postgresql runs a throwaway
# PostgreSQL server from Debian's binaries (/usr/lib/postgresql/*/bin) on a free loopback port,
# with its default, durable settings, as the postgres user when run as root; it is stopped and
# deleted at the end.
set -euo pipefail

postings="${1:-100000}"
heap="${2:-128m}"
store="${3:-h2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
pg_bin=""

cleanup() {
    if [ -n "$pg_bin" ] && [ -f "$work/pg/data/postmaster.pid" ]; then
        as_postgres "$pg_bin/pg_ctl" stop -D "$work/pg/data" -m fast -w >/dev/null \
            || kill -9 "$(head -1 "$work/pg/data/postmaster.pid")"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Sets up and starts a server in $work/pg, and sets the store section of the config.
start_postgres() {
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$pg_bin" ]; then
        echo "PostgreSQL server not installed: apt-get install postgresql" >&2
        exit 1
    fi
    mkdir "$work/pg"
    if [ "$(id -u)" -eq 0 ]; then
        chmod 711 "$work"
        chown postgres: "$work/pg"
    fi
    as_postgres "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-instructions >/dev/null
    local port=54329
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    as_postgres "$pg_bin/pg_ctl" start -D "$work/pg/data" -l "$work/pg/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $work/pg" >/dev/null
    as_postgres "$pg_bin/psql" -h "$work/pg" -p "$port" -U postgres -q \
        -c "CREATE DATABASE joblist"
    store_section="$(printf 'store:\n  url: jdbc:postgresql://127.0.0.1:%s/joblist\n  user: postgres' \
        "$port")"
}

store_size() {
    if [ -n "$pg_bin" ]; then
        du -sh "$work/pg/data" | cut -f1
    else
        du -sh "$work/data" | cut -f1
    fi
}

"$root/joblist" --version >/dev/null   # builds the jar when it is missing or stale
jar="$root/app/target/joblist.jar"

echo "generating a cassette of $postings postings..."
java -cp "$jar" "$root/bench/GenerateCassette.java" "$work/cassette" "$postings"
echo "cassette: $(du -sh "$work/cassette" | cut -f1)"

case "$store" in
    h2) store_section="$(printf 'store:\n  url: jdbc:h2:file:%s/data/joblist' "$work")" ;;
    postgresql) start_postgres ;;
    *) echo "unknown store $store (h2 or postgresql)" >&2; exit 2 ;;
esac

cat > "$work/joblist.yml" <<YAML
sources:
  - id: bench
    kind: greenhouse
    board: bench
  - id: remoteok
    kind: remoteok
$store_section
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
echo "store ($store): $(store_size)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
