#!/usr/bin/env bash
# Times cold starts against a bare `java` hello world on the same machine (median of N runs).
#   scripts/bench-startup.sh [RUNS]
# Reports: hello world, `secpillar list --json`, and the full-screen first frame (time until the
# TUI has drawn its first screen, measured by the program itself with SECPILLAR_FIRST_FRAME_EXIT=1).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
./secpillar --version >/dev/null   # builds the jar and the class-data archive when needed
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/hello"
cat > "$tmp/hello/Hello.java" <<'J'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
J
javac -d "$tmp/hello" "$tmp/hello/Hello.java"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() { # command...
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
measure() { local i; for ((i = 0; i < runs; i++)); do time_ms "$@"; done | median; }

hello=$(measure java -Xshare:auto -cp "$tmp/hello" Hello)
list=$(measure ./secpillar list --json --data-dir "$tmp/data")
printf 'hello world (java):        %5s ms\n' "$hello"
printf 'secpillar list --json:     %5s ms  (%.1fx)\n' "$list" "$(echo "$list / $hello" | bc -l)"
if command -v tmux >/dev/null 2>&1; then
  # tmux is a real terminal emulator: it answers Lanterna's size queries as a learner's terminal would.
  # One idle session keeps its server up, so server start-up is not counted.
  tmux new-session -d -s "keep$$" "sleep 600"
  trap 'tmux kill-session -t "keep$$" 2>/dev/null; rm -rf "$tmp"' EXIT
  frame=$(for ((i = 0; i < runs; i++)); do
    s=$(date +%s%N)
    tmux new-session -d -s "bench$$" -x 80 -y 24 \
      "env SECPILLAR_FIRST_FRAME_EXIT=1 TERM=xterm-256color ./secpillar --data-dir $tmp/data; tmux wait-for -S bench$$"
    tmux wait-for "bench$$"
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median)
  printf 'TUI first frame (tmux):    %5s ms  (%.1fx)\n' "$frame" "$(echo "$frame / $hello" | bc -l)"
fi
