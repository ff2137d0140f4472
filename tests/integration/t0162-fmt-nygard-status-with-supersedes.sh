#!/bin/sh
# A Nygard record whose Status paragraph goes on with its supersede link on
# the next line ("Accepted" / "Supersedes ADR-0001"), and adr-tools' own form
# (`adr new -s 1`: the link after a blank line, before the next heading, as
# its _adr_add_link writes it), are already in the nygard form: fmt
# --profile nygard leaves both unchanged, with no diff and no refusal.
# Guards against fmt refusing ("would change its 'supersedes'") or moving
# the link out of the status.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo nygard)
mkdir -p "$repo/doc/adr"
echo doc/adr >"$repo/.adr-dir"
body() {
	printf '\n## Context\n\nThe context.\n\n## Decision\n\nThe decision.\n\n## Consequences\n\nThe consequences.\n'
}
{
	printf '# 1. First Record\n\nDate: 1992-01-12\n\n## Status\n\n'
	printf 'Superseded by [2. Second Record](0002-second-record.md)\n'
	printf 'Superseded by [3. Third Record](0003-third-record.md)\n'
	body
} >"$repo/doc/adr/0001-first-record.md"
{
	printf '# 2. Second Record\n\nDate: 1992-01-12\n\n## Status\n\nAccepted\nSupersedes ADR-0001\n'
	body
} >"$repo/doc/adr/0002-second-record.md"
{
	printf '# 3. Third Record\n\nDate: 1992-01-12\n\n## Status\n\nAccepted\n\n'
	printf 'Supersedes [1. First Record](0001-first-record.md)\n'
	body
} >"$repo/doc/adr/0003-third-record.md"
commit_all "$repo" "records"

run_govlog "$repo" check
expect_status 0 "the log is clean as written"

for f in 0002-second-record.md 0003-third-record.md; do
	run_govlog "$repo" fmt --profile nygard "doc/adr/$f"
	expect_status 0 "fmt --profile nygard $f"
	[ -z "$out" ] && pass "$f: no diff" || fail "$f: a diff: $out"
	expect_no_line "$err" "left as it is" "$f: not refused"
done
run_govlog "$repo" fmt --profile nygard --write
expect_status 0 "fmt --write over the log"
[ -z "$(git -C "$repo" status --porcelain)" ] && pass "nothing was rewritten" ||
	fail "files changed: $(git -C "$repo" diff)"

finish
