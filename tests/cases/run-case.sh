#!/bin/sh
# Runs one rule case: tests/cases/<rule-id>/ holds `input/` (a repository's
# files), optionally `args` (extra arguments to govlog check, one line) and
# `expected` (the exact diagnostics govlog check prints, without the summary).
# A `command` file replaces "check ARGS" with its own govlog command line.
# With a `before/` folder the case has history: before/ is committed and
# tagged `base`, then input/ is laid over it and committed, so `args` can say
# `--range base..HEAD`. A `commits` file adds empty commits with its lines
# as subjects, last.
# The case passes when the diagnostics match and the exit status is 1 when any
# error is expected, 0 otherwise.
# A shape (tests/cases/<rule-id>/shapes/<name>/, same layout) is one way real
# logs are written: its `expected` may be empty (the rule stays silent there)
# or name other rules, so it need not show its folder's rule firing.
# Every case and shape has a README with a 'Confirmed: ' line.
set -eu
case_dir=$1
shape=false
[ "$(basename "$(dirname "$case_dir")")" = shapes ] && shape=true

# An expected file is exact govlog output: its README says what a reviewer
# confirmed of it against the format's documentation and the spec.
if ! grep -q '^Confirmed: ' "$case_dir/README" 2>/dev/null; then
	echo "FAIL: $case_dir/README has no 'Confirmed: ' line saying what a reviewer checked" >&2
	exit 1
fi
: "${GOVLOG_SOURCE_DIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo repo)
# An `origin` file holds the URL of the case repository's origin remote.
[ -f "$case_dir/origin" ] && git -C "$repo" remote add origin "$(cat "$case_dir/origin")"
if [ -d "$case_dir/before" ]; then
	cp -R "$case_dir/before/." "$repo/"
	commit_all "$repo" "docs: the records before"
	git -C "$repo" tag base
	cp -R "$case_dir/input/." "$repo/"
	commit_all "$repo" "docs: the change under test"
else
	cp -R "$case_dir/input/." "$repo/"
fi

# A `commits` file: one subject a line, each made an empty commit, oldest
# first, after everything above (a history for the commit rules to read).
if [ -f "$case_dir/commits" ]; then
	while IFS= read -r subject || [ -n "$subject" ]; do
		git -C "$repo" commit -q --allow-empty --no-verify -m "$subject"
	done <"$case_dir/commits"
fi

args=""
[ -f "$case_dir/args" ] && args=$(cat "$case_dir/args")
status=0
command="check $args"
[ -f "$case_dir/command" ] && command=$(cat "$case_dir/command")
# shellcheck disable=SC2086 # the command is words
(cd "$repo" && "$GOVLOG" $command) 2>"$TEST_DIR/stderr" >/dev/null || status=$?
# The last line is the summary; everything before it is diagnostics.
sed '$d' "$TEST_DIR/stderr" >"$TEST_DIR/actual"

# The case must show its own rule firing.
rule=$(basename "$(dirname "$case_dir")")/$(basename "$case_dir")
if ! $shape && ! grep -qF "[$rule]" "$case_dir/expected"; then
	echo "FAIL: $case_dir/expected has no diagnostic of rule $rule" >&2
	exit 1
fi

# An error is written in the log's language: "error" or "fejl".
want_status=0
grep -qE ': (error|fejl): ' "$case_dir/expected" && want_status=1
if ! diff -u "$case_dir/expected" "$TEST_DIR/actual"; then
	echo "FAIL: diagnostics differ from $case_dir/expected" >&2
	exit 1
fi
if [ "$status" -ne "$want_status" ]; then
	echo "FAIL: exit status $status, expected $want_status" >&2
	cat "$TEST_DIR/stderr" >&2
	exit 1
fi
echo "ok: $(cat "$TEST_DIR/actual" | wc -l) diagnostic line(s) as expected, exit $status"
