#!/bin/sh
# pre-commit reads, beside the staged records, the records they name by
# number (lib/hook/pre_commit.c): in a supersedes field however few digits
# the ID has ("ADR-1" is ADR-0001, even at the very end of the value), and
# in a status such as "Erstattet af ADR-0022". A record it did not read
# could not be judged, and the commit would pass with the pair disagreeing.
. "$(dirname "$0")/../test-lib.sh"

# madr FILE STATUS TITLE [EXTRA-FRONT-MATTER]: an English MADR record.
madr() {
	mkdir -p "$(dirname "$1")"
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada Tester\n%b---\n# %s\n\n## Context and Problem Statement\n\nThe reason we decide.\n\n## Considered Options\n\n* one\n* two\n\n## Decision Outcome\n\nChosen option: "one", because it is simple.\n' \
		"$2" "${4:-}" "$3" >"$1"
}

# A successor naming its predecessor by a one-digit ID at the end of the field.
repo=$(new_repo short-id)
d="$repo/docs/decisions"
madr "$d/0001-use-mariadb.md" accepted "Use MariaDB"
commit_all "$repo" "docs: use MariaDB"
madr "$d/0002-use-postgresql.md" accepted "Use PostgreSQL" 'supersedes: ADR-1\n'
git -C "$repo" add -A
run_govlog "$repo" hook pre-commit
expect_status 1 "a successor whose predecessor still says accepted is refused"
expect_line "$err" "docs/decisions/0001-use-mariadb.md:2:9: error: ADR-0002 supersedes ADR-0001, but the status of ADR-0001 is accepted [link/supersede-reciprocal]" \
	"ADR-1 names ADR-0001, which the hook reads"

# A record whose status names its successor: OS2's records name both sides.
os2() {
	mkdir -p "$(dirname "$1")"
	printf -- '# [ODR] %s\n\n- **Dato**: 2026-02-10\n- **Status**: %s\n- **Beslutningstagere**: Koordinationsgruppen\n- **Beslutningstype**: Operationel\n\n## Kontekst / Årsag\n\nDer skal besluttes.\n\n## Beslutning\n\nVi gør det.\n\n## Konsekvenser\n\nIngen.\n' \
		"$2" "$3" >"$1"
}
repo=$(new_repo status)
d="$repo/beslutninger"
os2 "$d/0021-hosting-hos-en-leverandoer.md" "Hosting hos én leverandør" Godkendt
os2 "$d/0022-hosting-i-faelles-platform.md" "Hosting i fælles platform" Godkendt
commit_all "$repo" "docs: to beslutninger"
os2 "$d/0021-hosting-hos-en-leverandoer.md" "Hosting hos én leverandør" "Erstattet af ADR-0022"
git -C "$repo" add -A
run_govlog "$repo" hook pre-commit
expect_status 1 "a predecessor whose successor does not name it is refused"
expect_line "$err" "beslutninger/0022-hosting-i-faelles-platform.md:1:3: fejl: ADR-0022 skriver ikke, at den erstatter ADR-0021, som nævner den som sin afløser [link/supersede-reciprocal]" \
	"the successor its status names is read (and judged in the records' Danish)"

finish
