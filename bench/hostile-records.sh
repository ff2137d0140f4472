#!/bin/sh
# Writes the hostile records of bench/hostile.sh and tests/integration/t0003
# into REPO: 2,000 records in docs/decisions, the first with 10,000 broken
# links, one with 1,000,000 broken links; in docs/hostile one record of
# 2,000,000 headings and one of 2,500,000 list items, each ending in a broken
# link (its finding shows the line is counted right). Each is under 10 MiB.
#   sh bench/hostile-records.sh REPO
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
d="$1/docs/decisions"
h="$1/docs/hostile"
mkdir -p "$d" "$h"
sh "$top/bench/gen-records.sh" "$d" 2000
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "[x](missing-%d.md)\n", i }' \
	>>"$d/0001-decision-number-1.md"
# Links of 9 bytes: "[](" four letters ")" and a newline, mostly to distinct targets.
awk 'BEGIN {
	printf "# 9001. Links\n\n## Status\n\nAccepted\n\n"
	a = "abcdefghijklmnopqrstuvwxyz"
	for (i = 0; i < 1000000; i++) {
		k = i
		s = ""
		for (j = 0; j < 4; j++) { s = s substr(a, k % 26 + 1, 1); k = int(k / 26) }
		printf "[](%s)\n", s
	}
}' >"$d/9001-links.md"
awk 'BEGIN { printf "# 1. Headings\n\n"; for (i = 0; i < 2000000; i++) print "# a"
	print ""; print "See [x](gone.md)." }' >"$h/0001-headings.md"
awk 'BEGIN { printf "# 2. Items\n\n"; for (i = 0; i < 2500000; i++) print "- a"
	print "- see [x](gone.md)" }' >"$h/0002-items.md"
