#!/bin/sh
# govlog's shortcuts for speed must give the answer the long way gives, on the
# benchmark's own corpora:
# - release notes without a tag read only the release HEAD is in; they must be
#   the bytes of the notes with that release's tag named (in md and json);
# - the commit-msg hook reads only the records a Decision: trailer can name; for
#   every record of a log with supersede chains, its verdict must follow the
#   record's status as the whole log reads it (govlog list): accepted passes,
#   any other state is refused, and an ID no record has is refused.
# (bench/same-output.sh compares two builds byte for byte on the full corpora.)
. "$(dirname "$0")/../test-lib.sh"

# Release notes: a history of 1,500 commits with merges, squashes and tags,
# and unreleased work after the newest tag.
history="$TEST_DIR/history"
sh "$GOVLOG_SOURCE_DIR/bench/gen-history.sh" "$history" 1500 >/dev/null
newest=$(git -C "$history" describe --tags --abbrev=0)
ahead=$(git -C "$history" rev-list --count "$newest..HEAD")
[ "$ahead" -gt 0 ] || fail "the history should have unreleased commits after $newest"
for format in md json; do
	run_govlog "$history" release-notes --format "$format"
	expect_status 0 "release-notes --format $format without a tag"
	printf '%s\n' "$out" >"$TEST_DIR/untagged"
	run_govlog "$history" release-notes "$newest" --format "$format"
	expect_status 0 "release-notes $newest --format $format"
	printf '%s\n' "$out" >"$TEST_DIR/tagged"
	if cmp -s "$TEST_DIR/untagged" "$TEST_DIR/tagged"; then
		pass "release notes without a tag are those of $newest ($format)"
	else
		fail "release notes without a tag differ from those of $newest ($format)"
		diff "$TEST_DIR/tagged" "$TEST_DIR/untagged" | head -n 20 >&2 || true
	fi
done
expect_line "$(head -n 3 "$TEST_DIR/tagged")" "$newest" "the json names the release $newest"

# The commit-msg hook: 60 records with supersede chains and every state.
log=$(new_repo log)
sh "$GOVLOG_SOURCE_DIR/bench/gen-log.sh" "$log/docs/decisions" 60
commit_all "$log" "docs: the decision log"
run_govlog "$log" list --format csv
expect_status 0 "list --format csv"
printf '%s\n' "$out" | tail -n +2 | cut -d, -f1,4 >"$TEST_DIR/states"
[ "$(wc -l <"$TEST_DIR/states")" -eq 60 ] || fail "list should show 60 records"
grep -q ',superseded$' "$TEST_DIR/states" || fail "the log should hold superseded records"
grep -q ',accepted$' "$TEST_DIR/states" || fail "the log should hold accepted records"
agree=0
while IFS=, read -r id state; do
	printf 'feat: follow %s\n\nDecision: %s\n' "$id" "$id" >"$TEST_DIR/msg"
	run_govlog "$log" hook commit-msg "$TEST_DIR/msg"
	want=1
	[ "$state" = accepted ] && want=0
	if [ "$status" -eq "$want" ]; then
		agree=$((agree + 1))
	else
		fail "Decision: $id ($state): the hook exits $status, expected $want"
	fi
done <"$TEST_DIR/states"
[ "$agree" -eq 60 ] && pass "the hook's verdict follows the status of all 60 records"
printf 'feat: follow a record nobody wrote\n\nDecision: ADR-0061\n' >"$TEST_DIR/msg"
run_govlog "$log" hook commit-msg "$TEST_DIR/msg"
expect_status 1 "Decision: ADR-0061 names no record"
expect_line "$err" "ADR-0061" "the refusal names the unknown ID"

finish
