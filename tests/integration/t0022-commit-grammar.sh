#!/bin/sh
# One commit-message grammar, end to end: pull requests merged with their
# titles as the merge's body ("feat: export to CSV", "358: ret kalender")
# pass the commit-msg hook Git fires for the merge, and the release notes
# list each under its title, in the group the title says, not as trailers.
. "$(dirname "$0")/lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

repo=$(new_repo grammar)
cd "$repo"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" .git/hooks/commit-msg
git commit -q --allow-empty -m "chore: start"

# merge_request NUMBER BRANCH TITLE: a side branch of one commit, merged as GitHub merges it.
merge_request() {
	git checkout -q -b "$2" main
	echo "$2" >"$2.txt"
	git add "$2.txt"
	git commit -q -m "chore($2): the work behind the request"
	git checkout -q main
	status=0
	git merge -q --no-ff "$2" -m "Merge pull request #$1 from vendor/$2" -m "$3" \
		2>"$TEST_DIR/merge.err" || status=$?
	err=$(cat "$TEST_DIR/merge.err")
}

merge_request 7 export "feat: export to CSV"
expect_status 0 "the commit-msg hook lets the merge of pull request #7 through"
if [ "$(git log -1 --format=%s)" = "Merge pull request #7 from vendor/export" ]; then
	pass "the merge was made"
else
	fail "no merge commit: $(git log -1 --format=%s)"
fi
merge_request 8 kalender "358: ret kalender"
expect_status 0 "and the merge of pull request #8"
git tag v1.0.0

run_govlog "$repo" release-notes v1.0.0
expect_status 0 "release-notes v1.0.0"
# section TITLE: the lines of the notes under "## TITLE", up to the next heading.
section() {
	printf '%s\n' "$out" | awk -v h="## $1" '$0 == h { on = 1; next } /^## / { on = 0 } on'
}
expect_line "$(section Features)" "- export to CSV (#7)" \
	"a merged request titled 'feat: export to CSV' is a feature"
expect_line "$(section "Bug fixes")" "- 358: ret kalender (#8)" \
	"one titled '358: ret kalender' is listed by its title, as a fix"
expect_no_line "$out" "Merge pull request" "no merge is listed by its own subject"

run_govlog "$repo" release-notes v1.0.0 --format json
features=$(printf '%s\n' "$out" | jq -r '.groups.features[] | "\(.subject) #\(.pr)"')
expect_line "$features" "export to CSV #7" "the JSON notes agree"

# The hook on the merge's message file as Git writes it, comments included.
printf 'Merge pull request #7 from vendor/export\n\nfeat: export to CSV\n# Please enter a commit message to explain why this merge is necessary.\n' \
	>"$TEST_DIR/MERGE_MSG"
run_govlog "$repo" hook commit-msg "$TEST_DIR/MERGE_MSG"
expect_status 0 "govlog hook commit-msg accepts the merge's message"
expect_no_line "$err" "[commit/" "with no finding: the title is no trailer"

# The same lines under a subject of one's own are held to the grammar.
printf 'Export to CSV\n\nfeat: export to CSV\n' >"$TEST_DIR/COMMIT_EDITMSG"
run_govlog "$repo" hook commit-msg "$TEST_DIR/COMMIT_EDITMSG"
expect_status 1 "a subject that is no header is refused"
expect_line "$err" "COMMIT_EDITMSG:1:7: error: the subject is not 'type(scope): description'" \
	"at the column where the header stops"
finish
