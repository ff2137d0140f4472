#!/bin/sh
# The small promises of the writing commands, each as a user sees it:
# new numbers one past the highest-numbered file of the folder (adr-tools'
# rule: any file, even one govlog will not read) and names a file as most of
# the log's records are named; a folder template's empty title line and an
# adr-tools template with a line above its heading are filled in; index
# --write appends its table after exactly one blank line; the index says a
# state in the word most records use; status keeps a front matter word's
# capital and reads a supersedes list written with spaces before its commas;
# link refuses an empty LINK; fmt answers at once on a record of a huge
# number of keys and leaves it as it is.
. "$(dirname "$0")/../test-lib.sh"

# A numbered file the log cannot read (a link leaving the repository) still
# holds its number: adr-tools numbers one past the highest in `ls`.
num=$(new_repo numbered)
mkdir -p "$num/doc/adr" "$TEST_DIR/elsewhere"
printf 'doc/adr\n' >"$num/.adr-dir"
printf '# 5. Shared\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n' >"$TEST_DIR/elsewhere/shared.md"
ln -s "$TEST_DIR/elsewhere/shared.md" "$num/doc/adr/0005-shared.md"
run_govlog "$num" new decision "Use Redis"
expect_status 0 "new beside a link leaving the repository"
expect_line "$out" "doc/adr/0006-use-redis.md" "the next number is one past the link's 0005"

# log4brains with packages: the project folder is empty, the packages' records
# are two numbered (each package starts at 0001) and one dated: numbered wins.
l4b=$(new_repo log4brains)
mkdir -p "$l4b/docs/adr" "$l4b/packages/api/adr" "$l4b/packages/web/adr"
printf 'project:\n  name: Demo\n  adrFolder: ./docs/adr\n  packages:\n    - name: api\n      adrFolder: ./packages/api/adr\n    - name: web\n      adrFolder: ./packages/web/adr\n' \
	>"$l4b/.log4brains.yml"
l4b_record() { # PATH TITLE
	printf '# %s\n\n- Status: accepted\n- Date: 2024-03-15\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen option: "A", because it fits.\n' \
		"$2" >"$l4b/$1"
}
l4b_record packages/api/adr/0001-use-rest.md "Use REST"
l4b_record packages/web/adr/0001-use-react.md "Use React"
l4b_record packages/web/adr/20240315-use-vite.md "Use Vite"
run_govlog "$l4b" new decision "Use one repository"
expect_status 0 "new in an empty project folder of a log4brains monorepo"
expect_line "$out" "docs/adr/0002-use-one-repository.md" \
	"named NNNN-slug as two of the log's three records are, one past their highest number"

# A folder template whose title line is an empty '# ': the title goes there.
tpl=$(new_repo empty-title)
mkdir -p "$tpl/docs/decisions"
printf '# \n\n- Status: [proposed]\n- Date: [YYYY-MM-DD]\n\n## Context and Problem Statement\n\n[Describe it.]\n' \
	>"$tpl/docs/decisions/template.md"
run_govlog "$tpl" new decision "Use Redis"
expect_status 0 "new from a template with an empty title line"
want=$(printf '# Use Redis\n\n- Status: proposed')
got=$(head -n 3 "$tpl/docs/decisions/0001-use-redis.md" 2>/dev/null || true)
if [ "$got" = "$want" ]; then pass "the empty title line gets the title"; else fail "the record begins: '$got'"; fi

# An adr-tools template with a comment above its NUMBER. TITLE heading.
adrt=$(new_repo commented-template)
mkdir -p "$adrt/doc/adr/templates"
printf 'doc/adr\n' >"$adrt/.adr-dir"
printf '<!-- The team'"'"'s template -->\n# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nWhy.\n' \
	>"$adrt/doc/adr/templates/template.md"
run_govlog "$adrt" new decision "Use Redis"
text=$(cat "$adrt/doc/adr/0001-use-redis.md" 2>/dev/null || true)
expect_line "$text" "# 1. Use Redis" "the heading below the comment is adr-tools' NUMBER. TITLE"
expect_line "$text" "Date: 2026-09-21" "and DATE is filled in"
expect_line "$text" "<!-- The team's template -->" "the comment is kept"

# index --write on a page without markers: one blank line before the table,
# whether the page ends in a line break or not (a table is a block of its own).
idx=$(new_repo index)
d="$idx/docs/decisions"
mkdir -p "$d"
madr() { # FILE STATUS DAY TITLE
	printf -- '---\nstatus: %s\ndate: 2026-01-0%s\n---\n# %s\n\n## Context and Problem Statement\n\nText %s.\n\n## Decision Outcome\n\nChosen.\n' \
		"$2" "$3" "$4" "$3" >"$d/$1"
}
madr 0001-use-madr.md Accepted 1 "Use MADR"
madr 0002-use-java.md Approved 2 "Use Java"
madr 0003-use-gradle.md Approved 3 "Use Gradle"
want=$(printf '# Notes\n\nSome text.\n\n<!-- govlog:index -->')
for ending in 'no line break' 'a line break'; do
	if [ "$ending" = 'a line break' ]; then
		printf '# Notes\n\nSome text.\n' >"$d/README.md"
	else
		printf '# Notes\n\nSome text.' >"$d/README.md"
	fi
	run_govlog "$idx" index --write
	expect_status 0 "index --write on a page ending in $ending"
	if [ "$(head -n 5 "$d/README.md")" = "$want" ]; then
		pass "the table's marker follows the text after one blank line ($ending)"
	else
		fail "page ending in $ending became: $(head -n 6 "$d/README.md")"
	fi
done

# Two records say Approved, one Accepted: the index says Approved for all three.
run_govlog "$idx" index
expect_line "$out" "| ADR-0001 | [Use MADR](0001-use-madr.md) | Approved |" \
	"an accepted record's status is the word most of the log's accepted records use"

# A front matter status written with a capital keeps it.
run_govlog "$idx" status ADR-0001 deprecated
expect_status 0 "status deprecated"
expect_line "$(head -n 3 "$d/0001-use-madr.md")" "status: Deprecated" \
	"'status: Accepted' becomes 'status: Deprecated', capital kept"

# A supersedes list written "ADR-0002 , ADR-0001" gains the new ID as a YAML list.
printf -- '---\nstatus: proposed\ndate: 2026-01-04\nsupersedes: ADR-0002 , ADR-0001\n---\n# Use Kotlin\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen.\n' \
	>"$d/0004-use-kotlin.md"
run_govlog "$idx" status ADR-0003 superseded --successor ADR-0004
expect_status 0 "status superseded with a successor whose list has spaces before its commas"
expect_line "$(cat "$d/0004-use-kotlin.md")" "supersedes: [ADR-0002, ADR-0001, ADR-0003]" \
	"the successor's list keeps its IDs without the spaces and adds the new one"

# A successor named by a link whose text is no ID is still the successor.
printf -- '---\nstatus: accepted\ndate: 2026-01-06\n---\n# Use Maven\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen.\n' \
	>"$d/0006-use-maven.md"
printf -- '---\nstatus: superseded by [Use Bazel](0007-use-bazel.md)\ndate: 2026-01-06\n---\n# Use Ant\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen.\n' \
	>"$d/0008-use-ant.md"
printf -- '---\nstatus: accepted\ndate: 2026-01-07\nsupersedes: ADR-0008\n---\n# Use Bazel\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen.\n' \
	>"$d/0007-use-bazel.md"
run_govlog "$idx" index
expect_line "$(printf '%s\n' "$out" | grep 'ADR-0008')" "[ADR-0007](0007-use-bazel.md) |" \
	"the index's superseded-by cell names the record the link points to"

# new -l refuses a link to an unknown record, or without words, and writes nothing.
cp -R "$d" "$TEST_DIR/before-new-link"
run_govlog "$idx" new decision "Use Gradle 9" -l "42:Amends:Amended by"
expect_status 2 "new -l naming a record the log does not hold"
run_govlog "$idx" new decision "Use Gradle 9" -l "6::Amended by"
expect_status 2 "new -l without link words"
if diff -r "$TEST_DIR/before-new-link" "$d" >/dev/null; then pass "and neither writes anything"; else fail "files changed"; fi

# link with an empty LINK is a usage error and writes nothing.
cp -R "$d" "$TEST_DIR/before-link"
run_govlog "$idx" link 3 "" 2
expect_status 2 "link with an empty LINK"
expect_line "$err" "link needs a source, a link and a target" "says what it needs"
if diff -r "$TEST_DIR/before-link" "$d" >/dev/null; then pass "and writes nothing"; else fail "files changed"; fi

# Hostile input: 49,000 front matter keys (as many as the YAML reader takes).
# fmt answers within seconds of CPU time (it does not compare them pairwise),
# names the record and leaves it as it is.
big="$d/0005-many-keys.md"
{
	printf -- '---\nstatus: accepted\ndate: 05-01-2026\n'
	seq 1 49000 | sed 's/.*/x-note-&: value &/'
	printf -- '---\n# Many keys\n\n## Context and Problem Statement\n\nNotes.\n\n## Decision Outcome\n\nChosen.\n'
} >"$big"
cp "$big" "$TEST_DIR/big-before"
status=0
(cd "$idx" && ulimit -t 8 && exec "$GOVLOG" fmt --write --profile madr docs/decisions/0005-many-keys.md) \
	>"$TEST_DIR/stdout" 2>"$TEST_DIR/stderr" || status=$?
if [ "$status" -gt 128 ]; then fail "fmt ran out of 8 s of CPU time on 49,000 keys (exit $status)"; else pass "fmt answers at once"; fi
expect_line "$(cat "$TEST_DIR/stderr")" "docs/decisions/0005-many-keys.md: left as it is" "names the record"
if cmp -s "$big" "$TEST_DIR/big-before"; then pass "and leaves it as it is"; else fail "it was rewritten"; fi
finish
