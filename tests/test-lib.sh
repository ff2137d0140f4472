# Shared set-up for govlog's shell tests (integration scripts, rule cases, fuzz
# runs): a throwaway folder $TEST_DIR removed on exit, a fixed environment
# (HOME, Git configuration, time zone, locale, dates, identities), real Git
# repositories and a few assertions. Source it; $GOVLOG is the binary under
# test. A script that builds its own binary sets TEST_WITHOUT_GOVLOG=1 first.
set -eu

[ -n "${TEST_WITHOUT_GOVLOG:-}" ] || : "${GOVLOG:?set GOVLOG to the govlog binary}"
: "${GOVLOG_SOURCE_DIR:?set GOVLOG_SOURCE_DIR to the source tree}"

TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/govlog-test.XXXXXX")
trap 'rm -rf "$TEST_DIR"' EXIT
export HOME="$TEST_DIR/home"
mkdir -p "$HOME"
export GIT_CONFIG_NOSYSTEM=1 TZ=UTC LC_ALL=C.UTF-8 NO_COLOR=1
export SOURCE_DATE_EPOCH=1790000000 # "today" is 2026-09-21
export GIT_AUTHOR_NAME="Ada Tester" GIT_AUTHOR_EMAIL="ada@example.org"
export GIT_COMMITTER_NAME="Ada Tester" GIT_COMMITTER_EMAIL="ada@example.org"
export GIT_AUTHOR_DATE="2026-06-01T12:00:00Z" GIT_COMMITTER_DATE="2026-06-01T12:00:00Z"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

failures=0
status=0 out="" err=""

fail() {
	printf 'FAIL: %s\n' "$*" >&2
	failures=$((failures + 1))
}

pass() {
	printf 'ok: %s\n' "$*"
}

# new_repo NAME: a fresh repository under $TEST_DIR; prints its path.
new_repo() {
	git -c init.defaultBranch=main init -q "$TEST_DIR/$1"
	printf '%s\n' "$TEST_DIR/$1"
}

# commit_all REPO MESSAGE
commit_all() {
	git -C "$1" add -A
	git -C "$1" commit -q -m "$2"
}

# run_govlog DIR ARGS...: runs govlog in DIR; sets $status, $out (stdout), $err (stderr).
run_govlog() {
	dir=$1
	shift
	status=0
	(cd "$dir" && "$GOVLOG" "$@") >"$TEST_DIR/stdout" 2>"$TEST_DIR/stderr" || status=$?
	out=$(cat "$TEST_DIR/stdout")
	err=$(cat "$TEST_DIR/stderr")
	case "$err" in
	*Sanitizer* | *"runtime error:"*) fail "sanitizer report from govlog $*: $err" ;;
	esac
}

# run_git REPO ARGS...: runs git -C REPO ARGS, its hooks included (a real
# `git commit` fires pre-commit); sets $status, $out (stdout), $err (stderr).
run_git() {
	dir=$1
	shift
	status=0
	git -C "$dir" "$@" >"$TEST_DIR/run-git.out" 2>"$TEST_DIR/run-git.err" || status=$?
	out=$(cat "$TEST_DIR/run-git.out")
	err=$(cat "$TEST_DIR/run-git.err")
}

# expect_status WANT WHAT
expect_status() {
	if [ "$status" -eq "$1" ]; then
		pass "$2: exit $1"
	else
		fail "$2: exit $status, expected $1"
		printf '%s\n%s\n' "$out" "$err" | sed 's/^/    /' >&2
	fi
}

# expect_line TEXT PATTERN WHAT: a line of TEXT matches the fixed string PATTERN.
expect_line() {
	if printf '%s\n' "$1" | grep -qF -- "$2"; then
		pass "$3"
	else
		fail "$3: no line contains '$2'"
		printf '%s\n' "$1" | sed 's/^/    /' >&2
	fi
}

# expect_no_line TEXT PATTERN WHAT
expect_no_line() {
	if printf '%s\n' "$1" | grep -qF -- "$2"; then
		fail "$3: unexpected '$2'"
		printf '%s\n' "$1" | sed 's/^/    /' >&2
	else
		pass "$3"
	fi
}

# A crash (signal) shows as an exit status above 128; sanitizers exit non-zero too.
expect_no_crash() {
	if [ "$status" -le 3 ]; then
		pass "$1: no crash (exit $status)"
	else
		fail "$1: exit $status"
		printf '%s\n' "$err" | sed 's/^/    /' >&2
	fi
}

finish() {
	if [ "$failures" -ne 0 ]; then
		printf '%d failure(s)\n' "$failures" >&2
		exit 1
	fi
}
