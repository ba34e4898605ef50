#!/usr/bin/env bash
# Crash test for challenge drafts: a scripted learner types into the full-screen workspace (in a
# real terminal, tmux) and the course is killed with SIGKILL at a random moment, again and again.
# After every kill the draft on disk must be exactly one of the texts the workspace could have
# saved: the draft found after the previous kill with a prefix of this round's typing inserted at
# the top (the cursor opens at line 1, column 1). A torn, empty or mixed file fails the run.
#   scripts/crash-drafts.sh [KILLS] [CHALLENGE]
# Prints the figures: kills, rounds that had saved new text, distinct drafts seen, versions kept.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-200}"
challenge="${2:-iam-group-project-star}"
./secpillar --version >/dev/null   # builds the jar when needed
command -v tmux >/dev/null || { echo "crash-drafts: tmux is needed" >&2; exit 69; }
home="$(mktemp -d /tmp/drafts-crash-XXXXXX)"
session="drafts-crash-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$home"' EXIT
draft="$home/answers/$challenge.json"
# A copy of the jar, with the course packed inside it: a rebuild, or content edited while the
# loop runs, changes nothing under it.
cp target/secpillar.jar "$home/secpillar.jar"
run=(env -u SECPILLAR_CONTENT TERM=xterm-256color SECPILLAR_HOME="$home" java -XX:TieredStopAtLevel=1 -jar "$home/secpillar.jar")

# The start, as the workspace writes it: --start writes the same text the editor opens on.
"${run[@]}" challenge "$challenge" --start "$home/start.json" >/dev/null
cp "$home/start.json" "$home/previous"
alphabet=(a b c d e f g h i j k l m n o p q r s t u v w x y z)
changed=0
for ((round = 1; round <= kills; round++)); do
  typed=""
  for ((i = 0; i < 12 + RANDOM % 30; i++)); do typed+="${alphabet[RANDOM % 26]}"; done
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "exec ${run[*]} challenge $challenge 2>>$home/stderr.log"
  pid="$(tmux display-message -p -t "$session" '#{pane_pid}')"
  # wait for the workspace (its story box), close the story, go to the editor
  for ((w = 0; w < 200; w++)); do
    (tmux capture-pane -p -t "$session" 2>/dev/null || true) | grep -q "Challenge ›" && break
    sleep 0.05
  done
  if ! tmux has-session -t "$session" 2>/dev/null; then
    echo "crash-drafts: round $round: the course did not start:" >&2; cat "$home/stderr.log" >&2; exit 1
  fi
  tmux send-keys -t "$session" Escape; sleep 0.1
  tmux send-keys -t "$session" Tab; sleep 0.05
  # type one key at a time, at a learner's pace, and kill at a random key (or a moment after the last)
  killat=$((RANDOM % (${#typed} + 8)))
  for ((i = 0; i < ${#typed}; i++)); do
    [ "$i" -eq "$killat" ] && break
    tmux send-keys -t "$session" -l "${typed:i:1}" 2>/dev/null || break
    sleep "0.0$((RANDOM % 9 + 1))"
  done
  [ "$killat" -ge "${#typed}" ] && sleep "0.$((RANDOM % 9 + 1))"
  kill -9 "$pid" 2>/dev/null || true
  tmux kill-session -t "$session" 2>/dev/null || true
  # the verdict: the draft is the previous one with some prefix of this round's typing in front
  if [ -f "$draft" ]; then now="$(cat "$draft"; echo x)"; now="${now%x}"; else now="$(cat "$home/previous"; echo x)"; now="${now%x}"; fi
  prev="$(cat "$home/previous"; echo x)"; prev="${prev%x}"
  ok=0
  for ((k = 0; k <= ${#typed}; k++)); do
    if [ "$now" == "${typed:0:k}$prev" ]; then ok=1; [ "$k" -gt 0 ] && changed=$((changed + 1)); break; fi
  done
  if [ "$ok" -ne 1 ]; then
    echo "crash-drafts: round $round: the draft is not one of the saved versions" >&2
    echo "--- typed: $typed" >&2; echo "--- draft:" >&2; cat "$draft" >&2
    exit 1
  fi
  printf '%s' "$now" > "$home/previous"
  ls "$home/answers" 2>/dev/null | grep -q '\.tmp$' && echo "round $round: a temporary file was left (harmless; never read)"
  [ $((round % 20)) -eq 0 ] && echo "round $round: ok ($changed rounds saved new text)"
done
versions=$( (ls "$home/answers/history/$challenge" 2>/dev/null || true) | wc -l)
echo "kills: $kills; every draft whole and one of the saved versions; rounds that saved new text: $changed;" \
  "draft now $(wc -c < "$draft" 2>/dev/null || echo 0) bytes; versions kept: $versions"
