#!/bin/sh
# govlog check --range over a main line longer than govlog reads at once
# (repo/chain.h reads 1,024 commits at a time, oldest first): every commit of
# the range is judged once, in history's order, also where an edit and its
# revert fall on either side of a boundary, and the commits at both ends
# count. A range whose base is not on HEAD's first-parent line (a commit of a
# branch merged since) is read as Git reads base..HEAD: the merge that brought
# the branch in is the change, the branch's own commit is not in the range.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo long)
stream="$TEST_DIR/stream"

# record N DECISION: an accepted MADR record with that decision outcome.
record() {
	printf -- '---\nstatus: accepted\ndate: 2026-05-01\ndeciders: Ada Tester\n---\n'
	printf '# Decision number %s\n\n## Context and Problem Statement\n\n' "$1"
	printf 'The municipalities need one answer to question %s.\n\n' "$1"
	printf '## Considered Options\n\n* one\n* two\n\n## Decision Outcome\n\n%s\n' "$2"
}
kept='Chosen option: "one", because the vendors already run it.'
changed='Chosen option: "two", because it costs half as much to host.'

# commit MARK MESSAGE [PATH TEXT]...: one commit of the fast-import stream.
commit() {
	mark=$1 message=$2
	shift 2
	printf 'commit refs/heads/main\nmark :%s\n' "$mark"
	printf 'committer Ada Tester <ada@example.org> %s +0000\n' $((1780000000 + mark * 60))
	printf 'data <<END_OF_MESSAGE\n%s\nEND_OF_MESSAGE\n' "$message"
	[ "$mark" -gt 1 ] && printf 'from :%s\n' $((mark - 1))
	while [ $# -gt 0 ]; do
		printf 'M 100644 inline %s\ndata <<END_OF_FILE\n%s\nEND_OF_FILE\n' "$1" "$2"
		shift 2
	done
}

# 2,600 commits; the range ROOT..HEAD holds commits 2 to 2600, and with HEAD
# as 0, commit 2600-P is P commits back: 552/553 and 1576/1577 straddle the
# boundaries 1,024 and 2,048 commits back, 1000/1001 lie within one stretch.
last=2600
{
	commit 1 "docs: four decisions" \
		docs/decisions/0001-decision-number-1.md "$(record 1 "$kept")" \
		docs/decisions/0002-decision-number-2.md "$(record 2 "$kept")" \
		docs/decisions/0003-decision-number-3.md "$(record 3 "$kept")" \
		docs/decisions/0004-decision-number-4.md "$(record 4 "$kept")" \
		src/limit.c "int limit = 0;"
	n=2
	while [ "$n" -le "$last" ]; do
		case $n in
		552 | 1576 | 1000 | 2 | 2600)
			case $n in 552) r=1 ;; 1576) r=2 ;; 1000) r=3 ;; *) r=4 ;; esac
			text=$changed
			[ "$n" -eq "$last" ] && text="Chosen option: \"two\", because it halves the hosting bill again."
			commit "$n" "docs: edit decision $r at $n" \
				"docs/decisions/000$r-decision-number-$r.md" "$(record "$r" "$text")"
			;;
		553 | 1577 | 1001)
			case $n in 553) r=1 ;; 1577) r=2 ;; *) r=3 ;; esac
			commit "$n" "docs: revert decision $r at $n" \
				"docs/decisions/000$r-decision-number-$r.md" "$(record "$r" "$kept")"
			;;
		*) commit "$n" "fix: adjust the limit to $n" src/limit.c "int limit = $n;" ;;
		esac
		n=$((n + 1))
	done
} >"$stream"
git -C "$repo" fast-import --quiet <"$stream"
git -C "$repo" checkout -q main
root=$(git -C "$repo" rev-list --max-parents=0 HEAD)
[ "$(git -C "$repo" rev-list --count "$root..HEAD")" -eq 2599 ] || fail "the stream made $(git -C "$repo" rev-list --count "$root..HEAD") commits"

run_govlog "$repo" check --range "$root..HEAD"
expect_status 1 "edits of accepted decisions are errors"
for event in "edit decision 1 at 552" "edit decision 2 at 1576" "edit decision 3 at 1000" \
	"edit decision 4 at 2)" "edit decision 4 at 2600"; do
	expect_line "$err" "(docs: $event" "decision/frozen for '$event'"
done
expect_no_line "$err" "(docs: revert" "a revert that brings the text back is no change, across a boundary too"
frozen=$(printf '%s\n' "$err" | grep -c '\[decision/frozen\]' || true)
[ "$frozen" -eq 5 ] && pass "five decision/frozen findings, one per edit" ||
	fail "$frozen decision/frozen findings, expected 5"

# The same range without its first commit, and a range of one commit.
second=$(git -C "$repo" rev-list --reverse "$root..HEAD" | sed -n 1p)
run_govlog "$repo" check --range "$second..HEAD"
expect_no_line "$err" "(docs: edit decision 4 at 2)" "the range's base itself is not in it"
expect_line "$err" "(docs: edit decision 4 at 2600)" "HEAD is"
run_govlog "$repo" check --range "HEAD~1..HEAD"
frozen=$(printf '%s\n' "$err" | grep -c '\[decision/frozen\]' || true)
[ "$frozen" -eq 1 ] && pass "HEAD~1..HEAD is one commit" || fail "HEAD~1..HEAD: $frozen findings"

# A base on a branch merged since: Git's base..HEAD leaves out the branch's
# commit and what it grew from, keeps the main line's commits since the fork,
# and the main line compares the merge with its first parent.
git -C "$repo" checkout -q -b side HEAD~3
record 4 "Chosen option: \"one\", because the side branch said so." \
	>"$repo/docs/decisions/0004-decision-number-4.md"
commit_all "$repo" "docs: change decision 4 on a branch"
side=$(git -C "$repo" rev-parse HEAD)
git -C "$repo" checkout -q main
printf 'int limit = 1;\n' >"$repo/src/limit.c"
commit_all "$repo" "fix: one more limit"
git -C "$repo" merge -q --no-ff -X theirs -m "Merge branch 'side'" side
printf 'int limit = 2;\n' >"$repo/src/limit.c"
commit_all "$repo" "fix: the last limit"
run_govlog "$repo" check --range "$side..HEAD"
expect_line "$err" "(Merge branch 'side')" "the merge brought the branch's change"
expect_line "$err" "(docs: edit decision 4 at 2600)" "the main line's commits since the fork are in the range"
expect_no_line "$err" "(docs: change decision 4 on a branch)" "the base's own commit is not"
expect_no_line "$err" "(docs: edit decision 2 at 1576)" "nor what the base grew from"
frozen=$(printf '%s\n' "$err" | grep -c '\[decision/frozen\]' || true)
[ "$frozen" -eq 2 ] && pass "two findings in $side..HEAD" || fail "$side..HEAD: $frozen findings"

finish
