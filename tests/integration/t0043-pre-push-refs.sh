#!/bin/sh
# pre-push as git fires it (githooks(5): one line a ref on stdin, "<local ref>
# <local sha> <remote ref> <remote sha>", zeros for a new or deleted ref):
# several refs in one push, a new branch (only the commits the remote lacks are
# judged, not history it already has), tags, a deletion beside an update, and
# a forced push. A refused push updates no ref on the remote.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

repo=$(new_repo work)
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks"
remote="$TEST_DIR/remote.git"
git -c init.defaultBranch=main init -q --bare "$remote"
git -C "$repo" remote add origin "$remote"
git -C "$repo" commit -q --allow-empty -m "chore: start"
git -C "$repo" push -q origin main

# push ARGS...: git push from the work repository, $status and $err set.
push() {
	status=0
	git -C "$repo" push -q "$@" 2>"$TEST_DIR/push.err" || status=$?
	err=$(cat "$TEST_DIR/push.err")
}
remote_sha() { git -C "$remote" rev-parse -q --verify "$1" 2>/dev/null || echo none; }

# History the remote already has is not judged again: a commit that skipped
# commit-msg, pushed with --no-verify, under a new branch of good commits.
git -C "$repo" commit -q --allow-empty --no-verify -m "Fixed stuff"
git -C "$repo" push -q --no-verify origin main
git -C "$repo" checkout -q -b topic
git -C "$repo" commit -q --allow-empty -m "feat: add search"
push origin topic
expect_status 0 "a new branch is judged by its own commits, not the remote's history"

# Two refs in one push, one of them bad: refused, and neither ref moves.
git -C "$repo" checkout -q main
git -C "$repo" commit -q --allow-empty -m "fix: correct the export"
git -C "$repo" checkout -q topic
git -C "$repo" commit -q --allow-empty --no-verify -m "wip"
main_before=$(remote_sha main)
topic_before=$(remote_sha topic)
push origin main topic
if [ "$status" -ne 0 ]; then pass "two refs, one bad commit: refused"; else fail "two refs: pushed"; fi
expect_line "$err" "commit $(git -C "$repo" rev-parse --short=7 topic):1:" "the refusal names the bad commit"
expect_line "$err" "    wip" "and shows its subject"
expect_no_line "$err" "correct the export" "the good ref's commit is not blamed"
expect_line "$err" "1 error, 0 warnings in 2 commits" "both refs' new commits were judged, one each"
if [ "$(remote_sha main)" = "$main_before" ] && [ "$(remote_sha topic)" = "$topic_before" ]; then
	pass "a refused push moves no ref"
else
	fail "a refused push moved a ref"
fi

# A forced push that rewrites the bad commit away is judged on what it sends.
git -C "$repo" reset -q --hard HEAD~1
git -C "$repo" commit -q --allow-empty -m "docs: describe search"
push --force origin main topic
expect_status 0 "a forced push of good commits"
expect_line "$(remote_sha topic)" "$(git -C "$repo" rev-parse topic)" "the remote has the rewritten branch"

# A forced push that brings a bad commit is refused.
git -C "$repo" commit -q --allow-empty --no-verify -m "Update"
git -C "$repo" commit -q --allow-empty -m "docs: more on search"
push --force origin topic
if [ "$status" -ne 0 ]; then pass "a bad commit below a good one is found"; else fail "pushed 'Update'"; fi
expect_line "$err" "commit $(git -C "$repo" rev-parse --short=7 topic~1):1:" "and named"
git -C "$repo" reset -q --hard HEAD~2

# Someone else pushed to main; this clone never fetched it and forces its own
# commit over it: the commit the remote has is unknown here, so the push is
# judged by what this clone sends.
other="$TEST_DIR/other"
git clone -q "$remote" "$other"
git -C "$other" commit -q --allow-empty --no-verify -m "docs: a note from the other vendor"
git -C "$other" push -q --no-verify origin main
git -C "$repo" checkout -q main
git -C "$repo" commit -q --allow-empty -m "fix: keep the export's header"
push --force origin main
expect_status 0 "a forced push over a commit this clone never fetched"
expect_line "$(remote_sha main)" "$(git -C "$repo" rev-parse main)" "the remote has this clone's main"
git -C "$repo" checkout -q topic

# Tags: a lightweight and an annotated tag of pushed commits go through.
git -C "$repo" tag v1.0.0 main
git -C "$repo" tag -a -m "Release 1.1.0" v1.1.0 topic
push origin v1.0.0 v1.1.0
expect_status 0 "tags of judged commits"
expect_line "$(remote_sha v1.1.0)" "$(git -C "$repo" rev-parse v1.1.0)" "the annotated tag arrived"

# A deletion beside an update: the deletion needs no judging, the update does.
git -C "$repo" checkout -q main
git -C "$repo" commit -q --allow-empty --no-verify -m "tmp"
push origin main :topic
if [ "$status" -ne 0 ]; then pass "a deletion does not wave a bad update through"; else fail "pushed 'tmp'"; fi
expect_line "$(remote_sha topic)" "$(git -C "$repo" rev-parse topic)" "and the branch is still there"
git -C "$repo" commit -q --amend --allow-empty -m "chore: tidy up"
push origin main :topic
expect_status 0 "a deletion beside a good update"
expect_line "$(remote_sha topic)" "none" "the branch is deleted"
finish
