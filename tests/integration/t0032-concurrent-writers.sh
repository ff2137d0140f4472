#!/bin/sh
# Writers of one repository take turns: 20 concurrent `status … superseded
# --successor` naming one successor each get recorded in it (none is lost),
# 20 concurrent `new` runs take 20 numbers, and temporary files a killed
# writer left (hidden ".NAME.govlog-tmp-XXXXXX", and the older visible
# "NAME.govlog-XXXXXX") are removed by the next writer in that folder, and
# no other file (LICENSE, Makefile, a hook) is.
. "$(dirname "$0")/../test-lib.sh"

record() { # record FILE STATUS TITLE
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada\n---\n# %s\n\n## Context and Problem Statement\n\nx\n\n## Considered Options\n\n* A\n\n## Decision Outcome\n\nA.\n' "$2" "$3" >"$1"
}

repo=$(new_repo concurrent)
d="$repo/docs/decisions"
mkdir -p "$d"
i=1
while [ $i -le 20 ]; do
	record "$d/$(printf %04d $i)-old-$i.md" accepted "Old $i"
	i=$((i + 1))
done
record "$d/0021-successor.md" accepted "Successor"
commit_all "$repo" "docs: 21 records"

i=1
while [ $i -le 20 ]; do
	(cd "$repo" && "$GOVLOG" status "ADR-$(printf %04d $i)" superseded --successor ADR-0021 \
		>"$TEST_DIR/out.$i" 2>&1; echo $? >"$TEST_DIR/rc.$i") &
	i=$((i + 1))
done
wait
i=1
lost="" failed=""
while [ $i -le 20 ]; do
	id="ADR-$(printf %04d $i)"
	[ "$(cat "$TEST_DIR/rc.$i")" = 0 ] || failed="$failed $id"
	grep -q "$id" "$d/0021-successor.md" || lost="$lost $id"
	grep -q "^status: superseded by ADR-0021" "$d/$(printf %04d $i)-old-$i.md" ||
		failed="$failed $id(status)"
	i=$((i + 1))
done
[ -z "$failed" ] && pass "20 concurrent status runs succeed" || fail "failed:$failed"
[ -z "$lost" ] && pass "every predecessor is recorded in the successor" || fail "lost:$lost"
run_govlog "$repo" check
expect_no_line "$err$out" "ADR-0021" "the successor and its predecessors agree (check is silent on ADR-0021)"

i=1
while [ $i -le 20 ]; do
	(cd "$repo" && "$GOVLOG" new decision "Parallel $i" >/dev/null 2>&1) &
	i=$((i + 1))
done
wait
made=$(find "$d" -name '*-parallel-*.md' | wc -l)
numbers=$(find "$d" -name '*-parallel-*.md' | sed 's|.*/||; s|-.*||' | sort -u | wc -l)
[ "$made" -eq 20 ] && [ "$numbers" -eq 20 ] && pass "20 concurrent new runs take 20 numbers" ||
	fail "new: $made files, $numbers numbers"
left=$(find "$repo" -name '*govlog-*' -not -path '*/.git/*')
[ -z "$left" ] && pass "no temporary file is left" || fail "left: $left"

# Stale temporary files from a writer killed earlier go with the next writer there.
# and beside them the files a folder keeps whose names merely end in six letters or digits.
stale() { # stale DIR: plants both kinds of leftovers in DIR
	printf 'half' >"$1/.0001-old-1.md.govlog-tmp-Ab12Cd"
	printf 'half' >"$1/0001-old-1.md.govlog-Xy34Zw"
	for keep in LICENSE Makefile post-commit notes.govlog-draft1x; do
		printf 'kept\n' >"$1/$keep"
	done
}
expect_swept() { # expect_swept DIR WHAT
	left=$(find "$1" -maxdepth 1 -name '*govlog-*' -not -name notes.govlog-draft1x)
	[ -z "$left" ] && pass "$2 removes stale temporary files" || fail "$2 left: $left"
	for keep in LICENSE Makefile post-commit notes.govlog-draft1x; do
		[ -f "$1/$keep" ] || fail "$2 removed $keep, which is no temporary file"
		rm -f "$1/$keep"
	done
}
stale "$d"
run_govlog "$repo" status ADR-0022 accepted
expect_status 0 "status after a crash"
expect_swept "$d" "status"
stale "$d"
run_govlog "$repo" new decision "After a crash"
expect_swept "$d" "new"
stale "$d"
run_govlog "$repo" index --write
expect_swept "$d" "index --write"
stale "$d"
run_govlog "$repo" fmt --write
expect_swept "$d" "fmt --write"
stale "$repo"
run_govlog "$repo" changelog --write
expect_swept "$repo" "changelog --write"
mkdir -p "$repo/.github/ISSUE_TEMPLATE"
stale "$repo/.github/ISSUE_TEMPLATE"
run_govlog "$repo" init
expect_swept "$repo/.github/ISSUE_TEMPLATE" "init"
hooks="$repo/.git/hooks"
stale "$hooks"
run_govlog "$repo" init --hooks
expect_swept "$hooks" "init --hooks"

finish
