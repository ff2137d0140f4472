#!/bin/sh
# govlog new: a record in every profile that govlog check accepts, file names
# that keep their meaning (Danish letters, '&', '/', quotes, '..'), 20
# concurrent runs with 20 numbers, and nothing written for a bad --supersedes.
. "$(dirname "$0")/../test-lib.sh"

export SOURCE_DATE_EPOCH=1781395200 # 2026-06-14

for profile in nygard madr os2-da os2-en; do
	repo=$(new_repo "new-$profile")
	run_govlog "$repo" new decision "Brug af fælles testdata" --profile "$profile"
	expect_status 0 "new in $profile"
	path=$out
	if [ -f "$repo/$path" ]; then pass "$profile: $path exists"; else fail "$profile: no $path"; fi
	run_govlog "$repo" check
	expect_status 0 "check accepts what new wrote ($profile)"
	# The summary is in the log's language: an os2-da log is Danish.
	clean="1 record checked, no problems found"
	[ "$profile" = os2-da ] && clean="1 beslutning kontrolleret, ingen problemer fundet"
	expect_line "$err" "$clean" "no finding at all in the new $profile record"
	run_govlog "$repo" list --format csv
	expect_line "$out" ",proposed," "the new $profile record is proposed"
	expect_line "$out" ",2026-06-14," "the new $profile record has today's date"
	[ "$profile" = nygard ] || # adr-tools records name no deciders
		expect_line "$out" "Ada Tester" "the Git author is the decider ($profile)"
done
expect_line "$(cat "$TEST_DIR/new-nygard/doc/adr/0001-brug-af-faelles-testdata.md")" \
	"# 1. Brug af fælles testdata" "adr-tools numbering in the nygard title"

repo=$(new_repo names)
run_govlog "$repo" new decision "Ærø & Øvrige" --profile os2-da
expect_line "$out" "docs/decisions/0001-aeroe-og-oevrige.md" "Danish letters and & in a Danish file name"
run_govlog "$repo" new decision "Ærø & Øvrige" --profile os2-en --lang en
expect_line "$out" "docs/decisions/0002-aero-and-ovrige.md" "the same title in an English file name"
run_govlog "$repo" new decision '../../etc/passwd "quoted" a/b' --profile madr
expect_line "$out" "docs/decisions/0003-etc-passwd-quoted-a-b.md" "'..', '/' and quotes stay out of the file name"
expect_line "$(cat "$repo/docs/decisions/0003-etc-passwd-quoted-a-b.md")" \
	'# ../../etc/passwd "quoted" a/b' "the title is kept as written"
count=$(find "$repo" -name '*.md' | wc -l)
if [ "$count" -eq 3 ]; then pass "no file outside the folder"; else fail "$count files"; fi

run_govlog "$repo" new decision "Replace it" --supersedes ADR-0042
expect_status 2 "an unknown --supersedes"
expect_line "$err" "no record has the ID or number 'ADR-0042': nothing written" "the unknown ID is named"
count=$(find "$repo/docs/decisions" -name '*.md' | wc -l)
if [ "$count" -eq 3 ]; then pass "nothing written for an unknown --supersedes"; else fail "$count files"; fi
run_govlog "$repo" new decision "" --profile madr
expect_status 2 "an empty title"
run_govlog "$repo" new request "Something"
expect_status 2 "an unknown kind"
run_govlog "$repo" new beslutnig "Brug Postgres"
expect_status 2 "a misspelt kind"
expect_line "$err" "unknown kind 'beslutnig' (known: decision, request; in Danish beslutning, ønske)" \
	"the kinds it knows are named, in both languages"
count=$(find "$repo/docs/decisions" -name '*.md' | wc -l)
if [ "$count" -eq 3 ]; then pass "nothing written for an unknown kind"; else fail "$count files"; fi
run_govlog "$repo" new Beslutning "Brug Postgres"
expect_status 0 "the kind in Danish, as a Danish user types it"
expect_line "$out" "docs/decisions/0004-brug-postgres.md" "it is a decision: the next number of the folder"
expect_line "$(cat "$repo/docs/decisions/0004-brug-postgres.md")" "Brug Postgres" "with its title"
run_govlog "$repo" new ønske "Et ønske"
expect_status 2 "a request in Danish comes from an issue too"
expect_line "$err" "a request comes from an issue" "and is told so"

repo=$(new_repo supersede)
run_govlog "$repo" new decision "Use Postgres" --profile nygard
run_govlog "$repo" status ADR-0001 accepted # only an accepted record can be superseded
run_govlog "$repo" new decision "Use MySQL" --supersedes ADR-0001 --request '#12'
expect_status 0 "new --supersedes a known record"
new=$(cat "$repo/$out")
expect_line "$new" "Supersedes [1. Use Postgres](0001-use-postgres.md)" "the supersedes link, adr-tools style"
expect_line "$new" "Refs: #12" "the request"

repo=$(new_repo edit)
printf '#!/bin/sh\nprintf "\\nEdited.\\n" >>"$1"\n' >"$TEST_DIR/editor"
chmod +x "$TEST_DIR/editor"
(cd "$repo" && EDITOR="$TEST_DIR/editor" VISUAL= "$GOVLOG" new decision "Edit me" --profile madr --edit) >"$TEST_DIR/edit.out"
expect_line "$(cat "$repo/$(cat "$TEST_DIR/edit.out")")" "Edited." "--edit opens the new record in \$EDITOR"

repo=$(new_repo concurrent)
run_govlog "$repo" new decision "First" --profile madr
i=0
while [ $i -lt 20 ]; do
	(cd "$repo" && "$GOVLOG" new decision "Parallel $i" >/dev/null 2>>"$TEST_DIR/parallel.err") &
	i=$((i + 1))
done
wait
files=$(find "$repo/docs/decisions" -name '*.md' | wc -l)
if [ "$files" -eq 21 ]; then pass "20 concurrent runs wrote 20 files"; else fail "$files files"; fi
numbers=$(find "$repo/docs/decisions" -name '*.md' | sed 's|.*/\([0-9]*\)-.*|\1|' | sort -u | wc -l)
if [ "$numbers" -eq 21 ]; then pass "20 concurrent runs took 20 numbers"; else fail "$numbers numbers"; fi
if [ -s "$TEST_DIR/parallel.err" ]; then fail "errors: $(cat "$TEST_DIR/parallel.err")"; else pass "no errors"; fi
run_govlog "$repo" check
expect_no_line "$err" "[id/duplicate]" "no duplicate IDs"
# The first record of a log still empty: a folder named in Danish (OS2's
# "beslutninger") or `language: da` gets OS2's Danish form, "**Dato**" and
# "**Status**: Forslag" (SPEC 2.1); "docs/adr" keeps adr-tools' form.
repo=$(new_repo first-danish)
mkdir -p "$repo/beslutninger"
run_govlog "$repo" new beslutning "Fælles drift hos én leverandør"
expect_line "$out" "beslutninger/0001-faelles-drift-hos-en-leverandoer.md" "the Danish folder gets the record"
first=$(cat "$repo/beslutninger/0001-faelles-drift-hos-en-leverandoer.md")
expect_line "$first" "- **Status**: Forslag" "a Danish folder's first record is written in Danish"
expect_line "$first" "## Kontekst" "with the Danish sections"
run_govlog "$repo" check
expect_line "$err" "1 beslutning kontrolleret" "and the log speaks Danish from its first record"
repo=$(new_repo first-configured)
printf 'language: da\n' >"$repo/.govlog.yml"
mkdir -p "$repo/docs/decisions"
run_govlog "$repo" new decision "Brug PostgreSQL"
expect_line "$(cat "$repo/docs/decisions/0001-brug-postgresql.md")" "- **Dato**:" "language: da asks for the Danish form"
repo=$(new_repo first-english)
mkdir -p "$repo/docs/adr"
run_govlog "$repo" new decision "Use PostgreSQL"
expect_line "$(cat "$repo/docs/adr/0001-use-postgresql.md")" "Date: " "an English folder keeps adr-tools' form"
finish
