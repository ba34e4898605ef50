#!/usr/bin/env bash
# Fuzzes the command line's inputs and prints the figures for the record.
#   scripts/fuzz-inputs.sh [RANDOM_CASES_PER_COMMAND]   (default 12, as in CI)
# Runs CliFuzzTest: one JVM with -Xmx128m runs `simulate`, `lint`, `badges verify`,
# `simulate --batch` and `validate` on streams of 1 GiB made as they are read (standard input, a
# FIFO, /dev/zero, a sparse file: nothing is written to disk), seeded random bytes and JSON-like
# text, control characters and 10,000-deep JSON and YAML. Each case must end in exit 65 or 74
# (0 for valid input; 1 for a credential that does not verify), one line on standard error and
# no stack trace, and the JVM must never run out of memory. Prints one line: cases, peak heap
# and resident set of the fuzz JVM, exit codes seen, the slowest case and the time taken.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=CliFuzzTest -Dsecpillar.fuzz.random="${1:-12}" | grep '^fuzz:'
