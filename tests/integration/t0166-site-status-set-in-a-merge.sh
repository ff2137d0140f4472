#!/bin/sh
# A record page's status history lists every commit that changed the
# record's status, a merge commit too when the merge itself made the change
# (a status set while resolving or finishing the merge: the file differs
# from every parent, as `git log --cc` shows it). A status a merge only
# brought in from its branch stays the branch commit's, listed once.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo merges)
mkdir -p "$repo/docs/adr"
adr() { # FILE TITLE STATUS CONTEXT
	printf '# %s\n\nDate: 2026-01-05\n\n## Status\n\n%s\n\n## Context\n\n%s\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nFine.\n' \
		"$2" "$3" "$4" >"$repo/docs/adr/$1"
}
adr 0001-use-x.md "1. Use X" Proposed "We need X."
adr 0002-use-y.md "2. Use Y" Proposed "We need Y."
commit_all "$repo" "docs: propose X and Y"

git -C "$repo" checkout -q -b feature
adr 0001-use-x.md "1. Use X" Proposed "We need X, and we said why."
adr 0002-use-y.md "2. Use Y" Accepted "We need Y."
commit_all "$repo" "docs: explain X, accept Y"
git -C "$repo" checkout -q main
printf 'Notes.\n' >"$repo/NOTES.md"
commit_all "$repo" "docs: notes"
export GIT_COMMITTER_DATE="2026-06-02T12:00:00Z" GIT_AUTHOR_DATE="2026-06-02T12:00:00Z"
git -C "$repo" merge -q --no-ff --no-commit feature
adr 0001-use-x.md "1. Use X" Accepted "We need X, and we said why."
git -C "$repo" add -A
git -C "$repo" commit -q -m "Merge branch 'feature': accept X"
merge=$(git -C "$repo" rev-parse --short=7 HEAD)
side=$(git -C "$repo" rev-parse --short=7 feature)

run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "govlog site"
x=$(sed -n '/<table/,/<\/table>/p' "$TEST_DIR/site/records/ADR-0001.html" | tr -d '\n' | sed 's/<tr>/\n<tr>/g')
expect_line "$x" "$merge" "the merge that accepted ADR-0001 is in its status history"
expect_line "$(printf '%s\n' "$x" | grep "$merge")" "Accepted" "as the change to accepted"
y=$(sed -n '/<table/,/<\/table>/p' "$TEST_DIR/site/records/ADR-0002.html" | tr -d '\n' | sed 's/<tr>/\n<tr>/g')
expect_line "$y" "$side" "ADR-0002's acceptance is its branch commit's"
expect_no_line "$y" "$merge" "the merge that only brought it in is not listed for ADR-0002"

finish
