#!/bin/sh
# Writes N deterministic records shaped like a real log into FOLDER: MADR 3
# records of about 1.5 KiB that link to earlier records, and supersede chains
# (every tenth record is superseded by the next, both naming each other, as
# `status: superseded by ADR-NNNN` and a Links section), so cross-record rules
# have real work to do.
#   sh bench/gen-log.sh FOLDER [N]      (default N: 2000)
set -eu
mkdir -p "$1"
awk -v dir="$1" -v n="${2:-2000}" '
function name(i) { return sprintf("%05d-decision-number-%d.md", i, i) }
BEGIN {
	split("proposed accepted rejected deprecated", st, " ")
	for (i = 1; i <= n; i++) {
		f = sprintf("%s/%s", dir, name(i))
		old = (i % 10 == 0 && i < n)
		successor = (i % 10 == 1 && i > 1)
		status = old ? sprintf("superseded by ADR-%05d", i + 1) : (successor ? "accepted" : st[i % 4 + 1])
		printf "---\nstatus: %s\ndate: 2026-%02d-%02d\ndeciders: Alice Jensen, Bo Nielsen\n---\n", status, i % 12 + 1, i % 28 + 1 > f
		printf "# Decision number %d about component %d\n\n", i, i % 97 > f
		printf "## Context and Problem Statement\n\nThe component needs a choice; the forces at play are cost, speed and the skills of the vendors that maintain it.\n" > f
		if (i > 3)
			printf "It builds on [decision %d](%s) and [decision %d](%s).\n", i - 3, name(i - 3), int(i / 2), name(int(i / 2)) > f
		printf "\n## Decision Drivers\n\n* maintainability\n* cost\n\n## Considered Options\n\n* Option A\n* Option B\n* Option C\n\n" > f
		printf "## Decision Outcome\n\nChosen option: \"Option A\", because it meets the drivers best.\n\n### Consequences\n\n* Good, because it is simple.\n* Bad, because it needs training.\n" > f
		if (successor)
			printf "\n## Links\n\n* Supersedes [ADR-%05d](%s)\n", i - 1, name(i - 1) > f
		close(f)
	}
}'
