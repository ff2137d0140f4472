#!/bin/sh
# The pre-commit hook in a log4brains log, whose records are named by date
# (20240101-use-postgresql.md): a staged record that supersedes an older one
# by its file name is judged with that record beside it, as `check` judges the
# whole log. It is never told the link "names no record".
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

repo=$(new_repo l4b)
d="$repo/docs/adr"
mkdir -p "$d"
printf 'project:\n  name: borgerportal\n  adr:\n    folder: ./docs/adr\n' >"$repo/.log4brains.yml"

# madr FILE TITLE STATUS DATE [EXTRA-METADATA-LINE]
madr() {
	{
		printf '# %s\n\n- Status: %s\n- Date: %s\n' "$2" "$3" "$4"
		[ -z "${5:-}" ] || printf -- '- %s\n' "$5"
		printf '\n## Context and Problem Statement\n\nThe portal needs a database.\n'
		printf '\n## Considered Options\n\n- PostgreSQL\n- MariaDB\n'
		printf '\n## Decision Outcome\n\nChosen option: "%s", because the vendors run it.\n' "$2"
	} >"$1"
}
madr "$d/20240101-use-postgresql.md" "Use PostgreSQL" accepted 2024-01-01
commit_all "$repo" "docs: use PostgreSQL"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks"

madr "$d/20240305-use-mariadb.md" "Use MariaDB" accepted 2024-03-05 \
	"Supersedes: [Use PostgreSQL](20240101-use-postgresql.md)"
git -C "$repo" add -A
status=0
git -C "$repo" commit -q -m "docs: use MariaDB" 2>"$TEST_DIR/commit.err" || status=$?
err=$(cat "$TEST_DIR/commit.err")
if [ "$status" -ne 0 ]; then pass "the commit is refused"; else fail "the commit was made"; fi
expect_line "$err" "docs/adr/20240101-use-postgresql.md:3:11: error: 20240305-use-mariadb supersedes 20240101-use-postgresql, but the status of 20240101-use-postgresql is accepted [link/supersede-reciprocal]" \
	"the superseded record, read beside the staged one, still says accepted"
expect_no_line "$err" "names no record" "the dated file name is a record of the log"

madr "$d/20240101-use-postgresql.md" "Use PostgreSQL" \
	"superseded by [Use MariaDB](20240305-use-mariadb.md)" 2024-01-01
git -C "$repo" add -A
status=0
git -C "$repo" commit -q -m "docs: use MariaDB" 2>"$TEST_DIR/commit.err" || status=$?
expect_status 0 "both records staged, each naming the other: committed"
finish
