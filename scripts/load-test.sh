#!/usr/bin/env bash
# Workshop mode under load, on loopback only: starts `secpillar serve` (its own JVM), drives
# SESSIONS concurrent SSH learners through the first LESSONS lessons of the real course (every
# check answered, 100-400 ms of think time between keys), then reports the key-to-screen latency
# (p50/p90/p99/max), the server's heap per session (live heap after a full GC, idle and with
# every session open), its peak RSS, and whether every answer was recorded exactly once.
#   scripts/load-test.sh [SESSIONS] [LESSONS] [WARM-UP]   SQLite class database (the default)
#   DB=jdbc:postgresql://127.0.0.1/db?user=..&password=.. scripts/load-test.sh   PostgreSQL (a fresh database)
# Bounded: at most 10 minutes, then everything started here is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions="${1:-50}"
lessons="${2:-2}"
warmup="${3:-20}"
port="${PORT:-22022}"
tmp="$(mktemp -d /tmp/secpillar-load.XXXXXX)"
server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "load-test: building (mvn -DskipTests package)..." >&2
mvn -q -B -DskipTests package >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 70; }
cp="target/test-classes:target/secpillar.jar"

db_args=()
jdbc="jdbc:sqlite:$tmp/data/workshop.db"
if [ -n "${DB:-}" ]; then
  db_args=(--db "$DB")
  jdbc="$DB"
fi

# shellcheck disable=SC2086
SECPILLAR_CONTENT="$PWD" java ${SERVER_JAVA_OPTS:--Xmx256m} -jar target/secpillar.jar serve \
  --host 127.0.0.1 --port "$port" --data-dir "$tmp/data" --max-sessions $((sessions + warmup + 5)) "${db_args[@]}" \
  >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  grep -q "Learners connect with" "$tmp/server.log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.5
done
fingerprint="$(sed -n 's/.*host key *\(SHA256:[^ ]*\).*/\1/p' "$tmp/server.log")"
[ -n "$fingerprint" ] || { echo "load-test: the server did not start" >&2; cat "$tmp/server.log" >&2; exit 1; }
rss_idle="$(awk '/VmRSS/ {print $2}' "/proc/$server/status")"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
cpu_before="$(cpu_ticks "$server")"

# Peak resident memory of the server, sampled every 100 ms while the learners work (warm-up included).
( peak=0; while kill -0 "$server" 2>/dev/null; do
    r="$(awk '/VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)"
    [ "${r:-0}" -gt "$peak" ] && peak="$r" && echo "$peak" >"$tmp/rss-peak"
    sleep 0.1
  done ) &
sampler=$!

status=0
timeout 540 java -cp "$cp" dev.secpillar.serve.LoadDriver "$port" "$fingerprint" "$sessions" "$lessons" "$jdbc" \
  "$server" "$PWD" "$warmup" || status=$?
rss_peak="$(cat "$tmp/rss-peak" 2>/dev/null || echo 0)"
cpu_used="$(( $(cpu_ticks "$server") - cpu_before ))"
threads="$(ls "/proc/$server/task" | wc -l)"
# CPU by kind of thread (names truncated by the kernel to 15 characters), for the report
for t in /proc/"$server"/task/*; do
  printf '%s %s\n' "$(awk '{print $14 + $15}' "$t/stat")" "$(sed 's/[0-9]*$//; s/-load$//; s/-warm$//' "$t/comm")"
done | awk '{c[$2] += $1} END {for (k in c) if (c[k] > 0) printf "%s=%.1fs ", k, c[k] / '"$(getconf CLK_TCK)"'}' >"$tmp/cpu-by-thread"
printf 'server     RSS idle %.0f MiB, peak %.0f MiB (+%.2f MiB per session); %s threads at the end; %.1f s of CPU; %s cores shared with the driver\n' \
  "$(echo "$rss_idle / 1024" | bc -l)" "$(echo "$rss_peak / 1024" | bc -l)" \
  "$(echo "($rss_peak - $rss_idle) / 1024 / $sessions" | bc -l)" "$threads" \
  "$(echo "$cpu_used / $(getconf CLK_TCK)" | bc -l)" "$(nproc)"
printf 'server CPU by thread (dead session threads not counted): %s\n' "$(tr ' ' '\n' <"$tmp/cpu-by-thread" | sort -t= -k2 -rn | head -8 | tr '\n' ' ')"
exit "$status"
