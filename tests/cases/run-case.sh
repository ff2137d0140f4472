#!/bin/sh
# Runs one rule case: tests/cases/<rule-id>/ holds `input/` (a repository's
# files), optionally `args` (extra arguments to govlog check, one line) and
# `expected` (the exact diagnostics govlog check prints, without the summary).
# A `command` file replaces "check ARGS" with its own govlog command line.
# With a `before/` folder the case has history: before/ is committed and
# tagged `base`, then input/ is laid over it and committed, so `args` can say
# `--range base..HEAD`.
# The case passes when the diagnostics match and the exit status is 1 when any
# error is expected, 0 otherwise.
set -eu
case_dir=$1
: "${GOVLOG:?set GOVLOG to the govlog binary}"
work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-case.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 TZ=UTC LC_ALL=C.UTF-8 NO_COLOR=1
# "Today" for date/future: 2026-09-21.
export SOURCE_DATE_EPOCH=1790000000

export GIT_AUTHOR_NAME="Ada Tester" GIT_AUTHOR_EMAIL="ada@example.org"
export GIT_COMMITTER_NAME="Ada Tester" GIT_COMMITTER_EMAIL="ada@example.org"
export GIT_AUTHOR_DATE="2026-06-01T12:00:00Z" GIT_COMMITTER_DATE="2026-06-01T12:00:00Z"

mkdir -p "$HOME" "$work/repo"
git -c init.defaultBranch=main init -q "$work/repo"
# An `origin` file holds the URL of the case repository's origin remote.
[ -f "$case_dir/origin" ] && git -C "$work/repo" remote add origin "$(cat "$case_dir/origin")"
if [ -d "$case_dir/before" ]; then
	cp -R "$case_dir/before/." "$work/repo/"
	git -C "$work/repo" add -A
	git -C "$work/repo" commit -q -m "docs: the records before"
	git -C "$work/repo" tag base
	cp -R "$case_dir/input/." "$work/repo/"
	git -C "$work/repo" add -A
	git -C "$work/repo" commit -q -m "docs: the change under test"
else
	cp -R "$case_dir/input/." "$work/repo/"
fi

args=""
[ -f "$case_dir/args" ] && args=$(cat "$case_dir/args")
status=0
command="check $args"
[ -f "$case_dir/command" ] && command=$(cat "$case_dir/command")
# shellcheck disable=SC2086 # the command is words
(cd "$work/repo" && "$GOVLOG" $command) 2>"$work/stderr" >/dev/null || status=$?
# The last line is the summary; everything before it is diagnostics.
sed '$d' "$work/stderr" >"$work/actual"

# The case must show its own rule firing.
rule=$(basename "$(dirname "$case_dir")")/$(basename "$case_dir")
if ! grep -qF "[$rule]" "$case_dir/expected"; then
	echo "FAIL: $case_dir/expected has no diagnostic of rule $rule" >&2
	exit 1
fi

want_status=0
grep -q ': error: ' "$case_dir/expected" && want_status=1
if ! diff -u "$case_dir/expected" "$work/actual"; then
	echo "FAIL: diagnostics differ from $case_dir/expected" >&2
	exit 1
fi
if [ "$status" -ne "$want_status" ]; then
	echo "FAIL: exit status $status, expected $want_status" >&2
	cat "$work/stderr" >&2
	exit 1
fi
echo "ok: $(cat "$work/actual" | wc -l) diagnostic line(s) as expected, exit $status"
