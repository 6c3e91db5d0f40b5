#!/usr/bin/env bash
# Chat throughput and p99 latency for three deployments on this machine, loopback only:
#   1. one instance on the embedded SQLite file;
#   2. one instance on PostgreSQL (DATABASE_URL);
#   3. two instances on the same PostgreSQL, the load split evenly between them (as a round-robin balancer would).
# Each is measured RUNS (3) times for RUN_SECONDS (20) at CONNECTIONS (50) in all, after a warm-up; the medians are
# printed. Every chat is a new question text and a new conversation, answered extractively and stored.
# Usage: bench/instances.sh   (builds the jar if missing; needs wrk and psql; uses the PostgreSQL at PGHOST:PGPORT,
# 127.0.0.1:5432 as user postgres by default, in a database it makes and drops)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
RUN_SECONDS=${RUN_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-50}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT_A=${PORT_A:-7291}
PORT_B=${PORT_B:-7292}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/measures-qa.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
dbname=mqa_bench_$$
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null || true; done; pids=(); }
cleanup() { stop_all; psql -q -d postgres -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

# one index, built once and copied: each instance keeps its own, as on separate machines
java -jar target/measures-qa.jar ingest --store "$work/index.db" >"$work/ingest.log" 2>&1

start() { # name port [DATABASE_URL]
  cp -n "$work/index.db" "$work/$1.db"
  DATABASE_URL=${3:-} CHAT_RATE_LIMIT_PER_MINUTE=0 ANSWERER=extractive \
    java -jar target/measures-qa.jar serve --port "$2" --store "$work/$1.db" >>"$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$2/health" >/dev/null && return; sleep 1; done
  echo "instance $1 did not start; its log:" >&2; tail -20 "$work/$1.log" >&2; exit 1
}
# wrk on each port at once, CONNECTIONS split between them; prints "answered p99_ms" (p99: the worse instance's)
load() { # seconds port...
  local seconds=$1; shift
  local each=$(( CONNECTIONS / $# )) i=0 outs=()
  for port in "$@"; do
    i=$((i + 1))
    wrk -t1 -c"$each" -d"${seconds}s" --timeout 60s -s bench/chat.lua "http://127.0.0.1:$port" >"$work/wrk-$i.txt" 2>&1 &
    outs+=($!)
  done
  wait "${outs[@]}"
  cat "$work"/wrk-*.txt | grep '^answered=' | python3 -c "
import re, sys
rows = [dict((k, float(v)) for k, v in re.findall(r'(\w+)=([\d.]+)', l)) for l in sys.stdin]
print(int(sum(r['answered'] for r in rows)), int(max(r['p99_ms'] for r in rows)), int(sum(r['refused'] + r['socket_errors'] for r in rows)))"
  rm -f "$work"/wrk-*.txt
}
measure() { # label port...
  load 5 "$@" >/dev/null # warm-up
  local rates=() p99s=() errors=0
  for _ in $(seq 1 "$RUNS"); do
    read -r answered p99 failed < <(load "$RUN_SECONDS" "$@")
    rates+=("$(python3 -c "print(f'{$answered / $RUN_SECONDS:.1f}')")")
    p99s+=("$p99")
    errors=$((errors + failed))
  done
  local mid=$(( (RUNS + 1) / 2 ))
  printf '%-32s chats/s %s (median %s)   p99 ms %s (median %s)   refused or failed %d\n' "$1" "${rates[*]}" \
    "$(printf '%s\n' "${rates[@]}" | sort -n | sed -n "${mid}p")" "${p99s[*]}" "$(printf '%s\n' "${p99s[@]}" | sort -n | sed -n "${mid}p")" "$errors"
}

echo "== chats at $CONNECTIONS connections, $RUNS x ${RUN_SECONDS}s; $(nproc) cores"
start a "$PORT_A"
measure "one instance, SQLite" "$PORT_A"
stop_all

psql -q -d postgres -c "CREATE DATABASE $dbname" >/dev/null
url="jdbc:postgresql://$PGHOST:$PGPORT/$dbname?user=$PGUSER"
rm -f "$work/a.db"
start a "$PORT_A" "$url"
measure "one instance, PostgreSQL" "$PORT_A"
start b "$PORT_B" "$url"
measure "two instances, one PostgreSQL" "$PORT_A" "$PORT_B"
echo "stored turns in PostgreSQL: $(psql -Atq -d "$dbname" -c "select count(*) from messages where role = 'assistant'")"
