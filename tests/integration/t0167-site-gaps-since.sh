#!/bin/sh
# govlog site --since TAG|DATE sets where the gaps page's window starts, as
# `govlog trace --since` does; without it the window is the trace's default,
# the releases of the year before the newest commit and the unreleased
# commits, so a release of two years before is left out (govlog site --help says so). A value that is neither a release
# tag nor a date is refused.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo gaps)
mkdir -p "$repo/docs/adr"
printf '# 1. Use X\n\nDate: 2024-01-05\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n' \
	>"$repo/docs/adr/0001-use-x.md"
at() { # DATE SUBJECT
	printf '%s\n' "$2" >>"$repo/CHANGES.txt"
	git -C "$repo" add -A
	GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" git -C "$repo" commit -q -m "$2"
}
at 2024-01-05 "docs: record X"
at 2024-02-01 "feat: export the old report"
git -C "$repo" tag v1.0.0
at 2026-06-01 "feat: import the new report"

run_govlog "$repo" site -o "$TEST_DIR/default"
expect_status 0 "govlog site"
page=$(cat "$TEST_DIR/default/gaps.html")
expect_line "$page" "import the new report" "the default window holds the newest year's feature"
expect_no_line "$page" "export the old report" "and not a feature of two years before"

run_govlog "$repo" site -o "$TEST_DIR/since" --since 2024-01-01
expect_status 0 "govlog site --since 2024-01-01"
page=$(cat "$TEST_DIR/since/gaps.html")
expect_line "$page" "export the old report" "--since DATE opens the window at that date"
expect_line "$page" "import the new report" "and keeps what comes after"

run_govlog "$repo" site -o "$TEST_DIR/bad" --since yesterday
expect_status 2 "--since neither a tag nor a date"
expect_line "$err" "yesterday" "the refusal quotes the value"

run_govlog "$repo" site --help
expect_line "$out" "--since" "--help names --since"

finish
