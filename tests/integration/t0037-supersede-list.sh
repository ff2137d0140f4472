#!/bin/sh
# A record that supersedes several names them in ONE key: successive
# `status … superseded --successor X` runs add to a YAML list (or the bullet's
# comma list), never a second `supersedes:` key; repeated keys left by older
# versions are reported (frontmatter/duplicate-key) and merged by the next
# run; a list, a block list and the legacy scalar all read.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo supersede)
d="$repo/docs/decisions"
mkdir -p "$d"
madr() { # madr FILE STATUS TITLE [EXTRA-FRONT-MATTER]
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada\n%s---\n# %s\n\n## Context and Problem Statement\n\nx\n\n## Considered Options\n\n* A\n\n## Decision Outcome\n\nA.\n' \
		"$2" "${4:-}" "$3" >"$d/$1"
}
madr 0001-a.md accepted "Use A"
madr 0002-b.md accepted "Use B"
madr 0003-c.md accepted "Use C"
madr 0004-d.md proposed "Use D"
commit_all "$repo" "docs: records"

for n in 1 2 3; do
	run_govlog "$repo" status ADR-000$n superseded --successor ADR-0004
	expect_status 0 "ADR-000$n superseded by ADR-0004"
done
keys=$(grep -c '^supersedes:' "$d/0004-d.md")
[ "$keys" -eq 1 ] && pass "one supersedes key" || fail "$keys supersedes keys"
expect_line "$(cat "$d/0004-d.md")" "supersedes: [ADR-0001, ADR-0002, ADR-0003]" "a YAML list of all three"
run_govlog "$repo" show ADR-0004 --meta
expect_line "$out" "ADR-0001, ADR-0002, ADR-0003" "show reads the list"
run_govlog "$repo" check
expect_no_line "$err" "[frontmatter/duplicate-key]" "no repeated key"
expect_no_line "$err" "[link/" "each predecessor and the successor name each other"
if python3 -c 'import yaml' 2>/dev/null; then
	got=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]).read().split("---")[1])["supersedes"])' "$d/0004-d.md")
	[ "$got" = "['ADR-0001', 'ADR-0002', 'ADR-0003']" ] && pass "PyYAML reads the same list" || fail "PyYAML reads $got"
fi

# Repeated keys, as earlier versions left them: reported, then merged by the next run.
madr 0005-e.md accepted "Use E"
madr 0006-f.md accepted "Use F"
madr 0007-g.md accepted "Use G" "supersedes: ADR-0005
supersedes: ADR-0006
"
run_govlog "$repo" status ADR-0005 superseded --successor ADR-0007
run_govlog "$repo" status ADR-0006 superseded --successor ADR-0007
run_govlog "$repo" check docs/decisions/0007-g.md
expect_line "$err" "0007-g.md:6:1: error: key 'supersedes' appears twice in the front matter (first on line 5, column 1) [frontmatter/duplicate-key]" \
	"repeated keys are an error at the second key"
expect_status 1 "the check fails"
madr 0008-h.md accepted "Use H"
run_govlog "$repo" status ADR-0008 superseded --successor ADR-0007
expect_status 0 "a third predecessor"
keys=$(grep -c '^supersedes:' "$d/0007-g.md")
[ "$keys" -eq 1 ] && pass "the repeated keys are merged into one" || fail "$keys supersedes keys"
expect_line "$(cat "$d/0007-g.md")" "supersedes: [ADR-0005, ADR-0006, ADR-0008]" "one list of all three"

# A block list gets the new ID too; the legacy scalar still reads.
madr 0009-i.md accepted "Use I"
madr 0010-j.md accepted "Use J" "supersedes:
  - ADR-0009
"
run_govlog "$repo" status ADR-0009 superseded --successor ADR-0010
madr 0011-k.md accepted "Use K"
run_govlog "$repo" status ADR-0011 superseded --successor ADR-0010
expect_line "$(cat "$d/0010-j.md")" "supersedes: [ADR-0009, ADR-0011]" "a block list becomes one list with both"
run_govlog "$repo" check
expect_no_line "$err" "[frontmatter/" "every front matter reads"
expect_no_line "$err" "[link/" "scalar, list and block list all name their predecessors"

# Bold-key bullets: one "Erstatter" line, a comma list.
b="$repo/beslutninger"
mkdir -p "$b"
os2() { # os2 FILE STATUS TITLE
	printf -- '# [SDR] %s\n\n- **Dato**: 2026-05-01\n- **Status**: %s\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Strategisk\n\n## Kontekst / Årsag\n\nx\n\n## Beslutning\n\ny\n\n## Konsekvenser\n\nz\n' \
		"$3" "$2" >"$b/$1"
}
os2 0021-a.md Godkendt "Hosting A"
os2 0022-b.md Godkendt "Hosting B"
os2 0023-c.md Forslag "Hosting C"
run_govlog "$repo" status ADR-0021 superseded --successor ADR-0023
run_govlog "$repo" status ADR-0022 superseded --successor ADR-0023
keys=$(grep -c 'Erstatter\*\*' "$b/0023-c.md")
[ "$keys" -eq 1 ] && pass "one Erstatter bullet" || fail "$keys Erstatter bullets"
expect_line "$(cat "$b/0023-c.md")" "- **Erstatter**: ADR-0021, ADR-0022" "the bullet lists both"

finish
