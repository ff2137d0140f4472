#!/bin/sh
# govlog link SOURCE LINK TARGET [REVERSE] and new -l "TARGET:LINK:REVERSE",
# as adr-tools' `adr link` and `adr new -l` write them: the line
# "LINK [title](file)" at the end of the source's Status section and the
# reverse in the target's; a record that keeps its status elsewhere gets a
# bullet under "## Links". Records are named by number or ID; running it
# again changes nothing; refusals write nothing.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo link)
d="$repo/doc/adr"
mkdir -p "$d"
printf 'doc/adr\n' >"$repo/.adr-dir"
nygard() { # FILE NUMBER TITLE
	printf '# %s. %s\n\nDate: 2026-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd %s\n\n## Consequences\n\ne\n' \
		"$2" "$3" "$3" >"$d/$1"
}
nygard 0001-record-decisions.md 1 "Record decisions"
nygard 0002-use-postgres.md 2 "Use Postgres"
nygard 0003-use-pgbouncer.md 3 "Use PgBouncer"
commit_all "$repo" "docs: three records"

run_govlog "$repo" link 3 Amends 2 "Amended by"
expect_status 0 "link by numbers"
status_of() { sed -n '/^## Status/,/^## Context/p' "$1"; }
expect_line "$(status_of "$d/0003-use-pgbouncer.md")" "Amends [2. Use Postgres](0002-use-postgres.md)" \
	"the source names the target in its Status section, adr-tools' line"
expect_line "$(status_of "$d/0002-use-postgres.md")" "Amended by [3. Use PgBouncer](0003-use-pgbouncer.md)" \
	"the target names the source back"
expected=$(printf 'Accepted\n\nAmends [2. Use Postgres](0002-use-postgres.md)\n\n## Context')
if [ "$(sed -n '/^Accepted/,/^## Context/p' "$d/0003-use-pgbouncer.md")" = "$expected" ]; then
	pass "a blank line on each side of the link line, as adr-tools writes it"
else fail "layout: $(status_of "$d/0003-use-pgbouncer.md")"; fi
expect_line "$out" "doc/adr/0003-use-pgbouncer.md: link added: Amends ADR-0002" "each change named on stdout"
expect_line "$out" "doc/adr/0002-use-postgres.md: link added: Amended by ADR-0003" "both files"
cp -R "$d" "$TEST_DIR/once"
run_govlog "$repo" link ADR-0003 Amends ADR-0002 "Amended by"
expect_status 0 "the same link again"
if diff -r "$TEST_DIR/once" "$d" >/dev/null; then pass "a second run changes nothing"; else fail "files changed again"; fi
if [ -z "$out" ]; then pass "and says nothing"; else fail "stdout: $out"; fi
run_govlog "$repo" check
expect_status 0 "check is clean after linking"

# new -l, repeatable, as adr-tools' new -l.
run_govlog "$repo" new decision Use PgPool -l "1:Follows:Followed by" -l "2:Amends:Amended by"
expect_status 0 "new with two -l links"
new=$(printf '%s\n' "$out" | head -n 1)
expect_line "$(status_of "$repo/$new")" "Follows [1. Record decisions](0001-record-decisions.md)" "the first link"
expect_line "$(status_of "$repo/$new")" "Amends [2. Use Postgres](0002-use-postgres.md)" "the second link"
expect_line "$(status_of "$d/0001-record-decisions.md")" "Followed by [4. Use PgPool](0004-use-pgpool.md)" \
	"the first target names the new record"
expect_line "$(status_of "$d/0002-use-postgres.md")" "Amended by [4. Use PgPool](0004-use-pgpool.md)" \
	"the second target too"
n=$(printf '%s\n' "$out" | grep -c . || true)
if [ "$n" -eq 1 ]; then pass "stdout is the new file only"; else fail "stdout: $out"; fi

# Refusals write nothing.
cp -R "$d" "$TEST_DIR/kept"
run_govlog "$repo" link 9 Amends 1 "Amended by"
expect_status 2 "an unknown number"
run_govlog "$repo" link 1 Amends 1 "Amended by"
expect_status 2 "a record linked to itself"
run_govlog "$repo" link 1 Amends
expect_status 2 "too few arguments"
expect_line "$err" "govlog link 5 Amends 3" "the usage names adr-tools' example"
run_govlog "$repo" link 1 "$(printf 'Amends\nX')" 2
expect_status 2 "a line break in the link words"
run_govlog "$repo" new decision Broken -l "nolink"
expect_status 2 "new -l without TARGET:LINK"
if diff -r "$TEST_DIR/kept" "$d" >/dev/null; then pass "nothing written by a refusal"; else fail "files changed"; fi

# A Danish bullet record keeps links under "## Links".
repo2=$(new_repo dansk)
b="$repo2/beslutninger"
mkdir -p "$b"
for n in 1 2; do
	printf '# Emne %s\n\n- **Dato**: 2026-05-01\n- **Status**: Godkendt\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Arkitektur\n\n## Kontekst / Årsag\n\nx%s\n\n## Beslutning\n\ny%s\n\n## Konsekvenser\n\nz%s\n' \
		"$n" "$n" "$n" "$n" >"$b/000$n-emne-$n.md"
done
commit_all "$repo2" "docs: to beslutninger"
run_govlog "$repo2" link 2 Uddyber 1 "Uddybet af"
expect_status 0 "link in a Danish log"
expect_line "$(sed -n '/^## Links/,$p' "$b/0002-emne-2.md")" "- Uddyber [Emne 1](0001-emne-1.md)" \
	"a bullet in a new Links section"
expect_line "$out" "beslutninger/0001-emne-1.md: link tilføjet: Uddybet af ADR-0002" "said in Danish"
run_govlog "$repo2" check
expect_status 0 "check is clean after linking in the Danish log"
finish
