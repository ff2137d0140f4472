#!/bin/sh
# kill -9 at random moments over every writing command, 50 trials each (the
# harness and its long run: tests/reliability/kill9.sh, tests/README.md).
exec sh "$(dirname "$0")/../reliability/kill9.sh" "${GOVLOG_KILL9_TRIALS:-50}"
