#!/bin/sh
# The commit-msg hook keeps the decision folder's listing in .git/govlog, to
# find the record a Decision: trailer names without listing thousands of
# names each commit. Fired by real git commit, it must never answer from a
# listing older than the folder: a record added, removed or renamed after the
# listing was kept is seen at once.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

repo=$(new_repo kept)
dir="$repo/docs/decisions"
mkdir -p "$dir"
record() { # FILE TITLE STATUS
	printf -- '---\nstatus: %s\ndate: 2026-05-04\n---\n\n# %s\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nChosen.\n' \
		"$3" "$2" >"$dir/$1"
}
record 0001-brug-postgresql.md "Brug PostgreSQL" accepted
record 0002-use-jekyll.md "Use Jekyll" accepted
record 0003-drop-ie11.md "Drop IE11" proposed
commit_all "$repo" "docs: three decisions"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$repo/.git/hooks/commit-msg"

try() { # MESSAGE...: git commit, recording its status and stderr
	status=0
	git -C "$repo" commit --allow-empty -q "$@" 2>"$TEST_DIR/commit.err" || status=$?
	err=$(cat "$TEST_DIR/commit.err")
}

# A listing is kept only of a folder left alone for a few seconds (a change
# within the same tick of a coarse clock could otherwise go unseen; the unit
# test holds that rule with a clock of its own): so wait.
try -m "feat: store in postgres" -m "Decision: ADR-0001"
expect_status 0 "an accepted record passes"
sleep 4
try -m "feat: store in postgres" -m "Decision: ADR-0001"
expect_status 0 "an accepted record passes (the folder is listed and its listing kept)"
kept=$(ls "$repo/.git/govlog" | grep -c '^listing-' || true)
[ "$kept" = 1 ] && pass "the decision folder's listing is kept in .git/govlog" ||
	fail "expected one listing in .git/govlog, found: $(ls "$repo/.git/govlog" 2>&1)"
expect_no_line "$(ls -A "$repo/.git/govlog")" ".lock" "no lock file is left behind"
[ -z "$(git -C "$repo" status --porcelain)" ] && pass "the work tree is untouched" ||
	fail "the work tree changed: $(git -C "$repo" status --porcelain)"
try -m "docs: publish with jekyll" -m "Decision: ADR-0002"
expect_status 0 "a second record is found through the kept listing"
try -m "feat: drop it" -m "Decision: ADR-0003"
expect_status 1 "a proposed record is refused through the kept listing"
expect_line "$err" "ADR-0003" "the refusal names ADR-0003"

# Added at once after the listing was kept: found, not refused as unknown.
record 0004-kun-https.md "Kun HTTPS" accepted
try -m "fix: https only" -m "Decision: ADR-0004"
expect_status 0 "a record added after the listing was kept is found"

# Renamed at once: found under its new name, and no longer under the old.
mv "$dir/0002-use-jekyll.md" "$dir/0005-use-jekyll.md"
try -m "docs: publish with jekyll" -m "Decision: ADR-0005"
expect_status 0 "a record renamed after the listing was kept is found by its new number"
try -m "docs: publish with jekyll" -m "Decision: ADR-0002"
expect_status 1 "the old number of a renamed record is unknown"
expect_line "$err" "ADR-0002" "the refusal names ADR-0002"

# Removed at once: unknown.
rm "$dir/0001-brug-postgresql.md"
try -m "feat: store in postgres" -m "Decision: ADR-0001"
expect_status 1 "a record removed after the listing was kept is unknown"
expect_line "$err" "ADR-0001" "the refusal names ADR-0001"

# A damaged listing is passed by, never trusted.
sleep 4
try -m "fix: https only" -m "Decision: ADR-0004"
expect_status 0 "the settled folder is listed again"
for f in "$repo/.git/govlog"/listing-*; do
	printf 'govlog listing 1\ngarbage' >"$f"
done
try -m "fix: https only" -m "Decision: ADR-0004"
expect_status 0 "a damaged listing is passed by"
finish
