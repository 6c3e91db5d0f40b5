#!/usr/bin/env bash
# Load benchmark of the chat server on the embedded defaults, on loopback only. Prints, in order:
#   1. chats at 50 connections for CHAT_SECONDS (60): answered, refused, socket errors, and answered turns stored;
#   2. a soak of SOAK_SECONDS (600) of chats and searches: RSS after a minute of warm-up and at the end;
#   3. search throughput at 50 connections, three runs of SEARCH_SECONDS (15), and their median;
#   4. SIGKILL during a chat load: turns answered before the kill, and how many of those are missing after a restart.
# Usage: bench/load.sh   (builds the jar if missing; needs wrk, installed with apt-get when absent)
# Short trial: CHAT_SECONDS=10 SOAK_SECONDS=90 SEARCH_SECONDS=5 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CHAT_SECONDS=${CHAT_SECONDS:-60}
SOAK_SECONDS=${SOAK_SECONDS:-600}
SEARCH_SECONDS=${SEARCH_SECONDS:-15}
PORT=${LOAD_PORT:-7191}
URL=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/measures-qa.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
store=$work/load.db
pid=
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap 'stop; rm -rf "$work"' EXIT

start() {
  # no rate limit: every connection here is the same client, and the limit is not what is measured
  CHAT_RATE_LIMIT_PER_MINUTE=0 ANSWERER=extractive java -jar target/measures-qa.jar serve --port "$PORT" --store "$store" \
    >>"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do curl -sf "$URL/health" >/dev/null && return; sleep 1; done
  echo "the server did not start; its log:" >&2; tail -20 "$work/server.log" >&2; exit 1
}
# answered conversations (ids the load wrote to $1) that have no stored answer
missing() {
  cat "$1"/ids-*.txt 2>/dev/null | python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
ids = [l.strip() for l in sys.stdin if l.strip()]
print(sum(1 for i in ids if c.execute(\"select count(*) from messages where role='assistant' and conversation_id=?\", (i,)).fetchone()[0] == 0))
" "$store"
}
stored() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"select count(*) from messages where role='assistant'\").fetchone()[0])" "$store"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
chats() { mkdir -p "$2"; ANSWERED_IDS=$2 wrk -t2 -c50 -d"$1"s --timeout 60s -s bench/chat.lua "$URL" | grep '^answered='; }
field() { sed -n "s/.*$1=\([0-9]*\).*/\1/p"; }

start
echo "== chats, 50 connections, ${CHAT_SECONDS}s"
before=$(stored)
line=$(chats "$CHAT_SECONDS" "$work/ids-chat")
echo "$line"
answered=$(echo "$line" | field answered)
echo "stored turns: $(( $(stored) - before )) of $answered answered; answered but not stored: $(missing "$work/ids-chat")"

echo "== soak, ${SOAK_SECONDS}s of chats (10 connections) and searches (10 connections)"
wrk -t1 -c10 -d"$SOAK_SECONDS"s --timeout 60s -s bench/search.lua "$URL" >"$work/soak-search.txt" &
soak_search=$!
wrk -t1 -c10 -d"$SOAK_SECONDS"s --timeout 60s -s bench/chat.lua "$URL" >"$work/soak-chat.txt" &
soak_chat=$!
sleep 60
warm=$(rss_mb "$pid")
wait $soak_search $soak_chat
end=$(rss_mb "$pid")
echo "chats: $(grep '^answered=' "$work/soak-chat.txt")"
echo "searches: $(grep 'Requests/sec' "$work/soak-search.txt" | tr -s ' ')"
echo "RSS after warm-up ${warm} MB, at the end ${end} MB: $(python3 -c "print(f'{($end-$warm)/$warm*100:+.1f}%')")"

echo "== search, 50 connections, 3 x ${SEARCH_SECONDS}s"
rates=()
for _ in 1 2 3; do
  rates+=("$(wrk -t2 -c50 -d"$SEARCH_SECONDS"s --timeout 30s -s bench/search.lua "$URL" | awk '/Requests\/sec/ {print $2}')")
done
echo "requests/s: ${rates[*]}; median $(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p)"

echo "== SIGKILL during chats at 50 connections"
before=$(stored)
mkdir -p "$work/ids-kill"
ANSWERED_IDS=$work/ids-kill wrk -t2 -c50 -d20s --timeout 60s -s bench/chat.lua "$URL" >"$work/kill.txt" 2>&1 &
load=$!
sleep 10
kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
wait $load || true
answered=$(grep '^answered=' "$work/kill.txt" | field answered)
start
echo "answered before the kill: $answered; stored after the restart: $(( $(stored) - before )); answered but not stored: $(missing "$work/ids-kill")"
