#!/bin/sh
# A folder of many records is read on a second thread while the first parses
# (lib/util/prefetch.c). Every record must still be read from its own file:
# each title is checked against its file's name, across mixed hands (MADR
# front matter in English and Danish, adr-tools sections), a subfolder walked
# in the middle, and files that are no record (binary, too large, a link out
# of the repository, a link inside it, a text file) in their places.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo many)
dir="$repo/docs/decisions"
mkdir -p "$dir/arkiv"

madr_en() { # FILE N
	printf -- '---\nstatus: accepted\ndate: 2026-03-%02d\ndeciders: Alice Jensen, Bo Nielsen\n---\n\n# Use store %s for the queue\n\n## Context and Problem Statement\n\nThe queue needs a store.\n\n## Decision Outcome\n\nChosen option: store %s.\n' \
		$(($2 % 28 + 1)) "$2" "$2" >"$1"
}
madr_da() { # FILE N
	printf -- '---\nstatus: Accepteret\ndato: 2026-04-%02d\nbeslutningstagere: Styregruppen\n---\n\n# Brug tjeneste %s til login\n\n## Kontekst og problemformulering\n\nVi skal have login.\n\n## Beslutning\n\nValgt: tjeneste %s.\n' \
		$(($2 % 28 + 1)) "$2" "$2" >"$1"
}
adr_tools() { # FILE N
	printf -- '# %s. Record rule %s\n\nDate: 2026-05-%02d\n\n## Status\n\nAccepted\n\n## Context\n\nWe need rule %s.\n\n## Decision\n\nWe will keep rule %s.\n\n## Consequences\n\nNone.\n' \
		"$2" "$2" $(($2 % 28 + 1)) "$2" "$2" >"$1"
}
n=1
while [ $n -le 90 ]; do
	f=$(printf '%s/%04d-record-%d.md' "$dir" $n $n)
	case $((n % 3)) in
	0) madr_en "$f" $n ;;
	1) madr_da "$f" $n ;;
	*) adr_tools "$f" $n ;;
	esac
	n=$((n + 1))
done
n=1
while [ $n -le 40 ]; do
	madr_en "$(printf '%s/arkiv/%04d-old-%d.md' "$dir" $n $n)" $((500 + n))
	n=$((n + 1))
done
# Files that are no record, among the records: each is reported at its own path.
printf 'binary\0record\n' >"$dir/0013-record-13.md"
head -c 11000000 /dev/zero | tr '\0' 'x' >"$dir/0027-record-27.md"
ln -sf /etc/hostname "$dir/0044-record-44.md"
ln -sf 0002-record-2.md "$dir/0061-record-61.md"
printf 'not a record\n' >"$dir/README.txt"

run_govlog "$repo" list --format csv
expect_status 0 "the folder is listed"
# Records 13, 27 and 44 are no records; 61 is a link to record 2's file.
rows=$(printf '%s\n' "$out" | grep -c '^ADR-' || true)
[ "$rows" = $((90 - 3 + 40)) ] && pass "every readable record is listed once ($rows)" ||
	fail "listed $rows records, expected $((90 - 3 + 40))"
bad=$(printf '%s\n' "$out" | awk -F, '
	/^ADR-/ {
		path = $NF; title = $2
		n = path; sub(/\.md.*/, "", n); sub(/.*-/, "", n); n += 0
		if (path ~ /arkiv\//) n += 500
		if (n == 61) n = 2
		if (title !~ (" " n " ") && title !~ (" " n "$")) print path " has the title " title
	}')
[ -z "$bad" ] && pass "each record's title is its own file's" || fail "titles from other files: $bad"

run_govlog "$repo" check
expect_line "$err" "0013-record-13.md" "the binary file is reported at its path"
expect_line "$err" "0027-record-27.md" "the file of 11 MB is reported at its path"
expect_line "$err" "0044-record-44.md" "the link out of the repository is reported at its path"
expect_no_line "$err" "README.txt" "a text file is no record"
expect_no_crash "check of a large folder"

finish
