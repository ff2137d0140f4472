#!/bin/sh
# check --range in a product's history, where most commits change code: the
# commits that change no Markdown file are passed over quickly, and every
# commit that does is still checked: a record two folders deep changed
# beside code, a record whose name ends in ".MD", a record in a folder the
# commit adds, and a record that replaces a file of the same name.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo product)
d="$repo/docs/decisions"
mkdir -p "$d/platform" "$repo/src/app"

# accepted FILE TITLE DECISION
accepted() {
	printf -- '---\nstatus: accepted\ndate: 2026-01-05\n---\n# %s\n\n## Context and Problem Statement\n\nThe vendors need a rule.\n\n## Considered Options\n\n* %s\n* Oracle\n\n## Decision Outcome\n\nChosen option: "%s", because it is cheap.\n' "$2" "$3" "$3" >"$1"
}
accepted "$d/platform/0001-use-postgres.md" "Use Postgres" "Postgres"
accepted "$d/0002-use-redis.MD" "Use Redis" "Redis"
printf 'int limit = 1;\n' >"$repo/src/app/limit.c"
commit_all "$repo" "feat: the first release"
base=$(git -C "$repo" rev-parse HEAD)

for i in 2 3 4 5 6; do
	printf 'int limit = %s;\n' "$i" >"$repo/src/app/limit.c"
	commit_all "$repo" "fix: limit $i"
done
accepted "$d/platform/0001-use-postgres.md" "Use Postgres" "MariaDB"
printf 'int limit = 7;\n' >"$repo/src/app/limit.c"
commit_all "$repo" "fix: limit 7 and the database"
pg=$(git -C "$repo" rev-parse --short=7 HEAD)
accepted "$d/0002-use-redis.MD" "Use Redis" "Valkey"
commit_all "$repo" "docs: valkey"
redis=$(git -C "$repo" rev-parse --short=7 HEAD)
for i in 8 9; do
	printf 'int limit = %s;\n' "$i" >"$repo/src/app/limit.c"
	commit_all "$repo" "fix: limit $i"
done
mkdir -p "$d/security"
accepted "$d/security/0003-sign-releases.md" "Sign releases" "GPG"
commit_all "$repo" "docs: sign releases"
accepted "$d/security/0003-sign-releases.md" "Sign releases" "Sigstore"
commit_all "$repo" "docs: sigstore"
sig=$(git -C "$repo" rev-parse --short=7 HEAD)

run_govlog "$repo" check --range "$base..HEAD"
expect_status 1 "check --range over code and record commits"
expect_line "$err" "0001-use-postgres.md" "the record two folders deep, changed beside code, is checked"
expect_line "$err" "$pg" "its finding names the commit that changed it"
expect_line "$err" "0002-use-redis.MD" "the record whose name ends in .MD is checked"
expect_line "$err" "$redis" "its finding names its commit"
expect_line "$err" "0003-sign-releases.md" "the record of a folder a commit added is checked"
expect_line "$err" "$sig" "its finding names its commit"
expect_line "$err" "[decision/frozen]" "the changed decisions are frozen ones"
expect_no_line "$err" "limit.c" "code is never a finding"

finish
