#!/bin/sh
# Writes N deterministic MADR 3 records of realistic size (about 1 KiB each)
# into FOLDER: the decision log the check and hook benchmarks run over.
#   sh bench/gen-records.sh FOLDER [N]      (default N: 2000)
set -eu
mkdir -p "$1"
awk -v dir="$1" -v n="${2:-2000}" 'BEGIN {
	split("proposed accepted rejected deprecated", st, " ")
	for (i = 1; i <= n; i++) {
		f = sprintf("%s/%04d-decision-number-%d.md", dir, i, i)
		printf "---\nstatus: %s\ndate: 2026-%02d-%02d\ndeciders: Alice Jensen, Bo Nielsen\n---\n", st[i % 4 + 1], i % 12 + 1, i % 28 + 1 > f
		printf "# Decision number %d about component %d\n\n", i, i % 97 > f
		printf "## Context and Problem Statement\n\nThe component needs a choice; the forces at play are cost, speed and the skills of the vendors that maintain it.\n\n" > f
		printf "## Decision Drivers\n\n* maintainability\n* cost\n\n## Considered Options\n\n* Option A\n* Option B\n* Option C\n\n" > f
		printf "## Decision Outcome\n\nChosen option: \"Option A\", because it meets the drivers best.\n\n### Consequences\n\n* Good, because it is simple.\n* Bad, because it needs training.\n" > f
		close(f)
	}
}'
