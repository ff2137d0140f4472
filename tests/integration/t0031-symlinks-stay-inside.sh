#!/bin/sh
# Everything govlog reads or replaces resolves inside the work tree by its
# real path: a committed symbolic link that leads outside (the decision
# folder, the changelog, the index page, a record, issue forms, the PR
# template, the configuration) is never written through, copied into the
# repository or read; a linked record inside is edited at its target, and
# the link stays a link.
. "$(dirname "$0")/../test-lib.sh"

record() { # record FILE STATUS TITLE
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada\n---\n# %s\n\n## Context and Problem Statement\n\nx\n\n## Considered Options\n\n* A\n\n## Decision Outcome\n\nA.\n' "$2" "$3" >"$1"
}

# snapshot DIR: every file under DIR with its checksum, and its links.
snapshot() {
	(cd "$1" && find . -print | sort && find . -type f -exec md5sum {} + | sort)
}

# 1. The decision folder is a link to a folder outside the repository.
outside="$TEST_DIR/elsewhere"
mkdir -p "$outside"
record "$outside/0001-out.md" proposed "Outside"
repo=$(new_repo folder-link)
mkdir -p "$repo/docs"
ln -s "$outside" "$repo/docs/decisions"
printf '# x\n' >"$repo/README.md"
commit_all "$repo" "docs: a linked folder"
snapshot "$outside" >"$TEST_DIR/outside.before"
for cmd in "new decision Outside" "index --write" "status ADR-0001 accepted" "fmt --write" "init"; do
	# shellcheck disable=SC2086
	run_govlog "$repo" $cmd
	expect_no_crash "folder link: $cmd"
	[ "$status" -ne 0 ] && pass "folder link: $cmd refused (exit $status)" || fail "folder link: $cmd succeeded"
	snapshot "$outside" >"$TEST_DIR/outside.after"
	if cmp -s "$TEST_DIR/outside.before" "$TEST_DIR/outside.after"; then
		pass "folder link: $cmd wrote nothing outside"
	else
		fail "folder link: $cmd changed the folder outside"
		diff "$TEST_DIR/outside.before" "$TEST_DIR/outside.after" | sed 's/^/    /' >&2
	fi
done
expect_line "$err" "outside the repository" "folder link: the message says why"

# 2. Files inside the decision folder and at the root that lead outside.
repo=$(new_repo file-links)
d="$repo/docs/decisions"
mkdir -p "$d" "$repo/records" "$repo/.github/ISSUE_TEMPLATE"
record "$d/0001-first.md" accepted "First"
record "$repo/records/0002-real.md" proposed "Linked inside"
ln -s ../../records/0002-real.md "$d/0002-linked.md"
o="$TEST_DIR/out"
mkdir -p "$o"
record "$o/0003-secret.md" proposed "Secret outside"
ln -s "$o/0003-secret.md" "$d/0003-out.md"
printf '# SECRET changelog\n' >"$o/changelog.md"
ln -s "$o/changelog.md" "$repo/CHANGELOG.md"
printf '# SECRET index\n' >"$o/index.md"
ln -s "$o/index.md" "$d/README.md"
printf 'name: SECRET form\ndescription: x\nbody: []\n' >"$o/form.yml"
ln -s "$o/form.yml" "$repo/.github/ISSUE_TEMPLATE/bug.yml"
printf '## SECRET template\n' >"$o/pr.md"
ln -s "$o/pr.md" "$repo/.github/pull_request_template.md"
commit_all "$repo" "docs: links"
git -C "$repo" tag v1.0.0
snapshot "$o" >"$TEST_DIR/all.before"

is_link() { # is_link PATH WHAT
	[ -L "$1" ] && pass "$2: still a link" || fail "$2: the link was replaced by a file"
}
no_secret() { # no_secret WHAT: no regular file of the repository holds outside text
	found=$(grep -rl SECRET "$repo" --exclude-dir=.git 2>/dev/null | while read -r f; do [ -L "$f" ] || echo "$f"; done)
	[ -z "$found" ] && pass "$1: nothing from outside copied in" || fail "$1: copied into $found"
}

run_govlog "$repo" status ADR-0002 accepted
expect_status 0 "a linked record inside: status"
is_link "$d/0002-linked.md" "a linked record inside"
expect_line "$(cat "$repo/records/0002-real.md")" "status: accepted" "a linked record inside is edited at its target"

run_govlog "$repo" status ADR-0003 accepted
[ "$status" -ne 0 ] && pass "a record linked outside: status refused" || fail "status changed a record outside"

run_govlog "$repo" changelog --write
expect_no_crash "a changelog linked outside"
[ "$status" -eq 3 ] && pass "a changelog linked outside: exit 3" || fail "changelog --write: exit $status"
expect_line "$err" "outside the repository" "a changelog linked outside: the message says why"
is_link "$repo/CHANGELOG.md" "a changelog linked outside"
no_secret "changelog --write"

run_govlog "$repo" index --write
[ "$status" -eq 3 ] && pass "an index page linked outside: exit 3" || fail "index --write: exit $status"
is_link "$d/README.md" "an index page linked outside"
no_secret "index --write"

run_govlog "$repo" fmt --write
is_link "$d/0002-linked.md" "fmt --write on a linked record"
no_secret "fmt --write"

run_govlog "$repo" check
expect_line "$err$out" ".github/ISSUE_TEMPLATE/bug.yml:" "an issue form linked outside is named"
expect_line "$err$out" "symbolic link to a file outside the repository" "an issue form linked outside is not read"
expect_line "$err$out" ".github/pull_request_template.md:" "a PR template linked outside is named"
expect_no_line "$err$out" "SECRET" "nothing outside is read into the output"

snapshot "$o" >"$TEST_DIR/all.after"
if cmp -s "$TEST_DIR/all.before" "$TEST_DIR/all.after"; then
	pass "no file outside the repository changed"
else
	fail "files outside the repository changed"
	diff "$TEST_DIR/all.before" "$TEST_DIR/all.after" | sed 's/^/    /' >&2
fi

# 3. The configuration is a link to a file outside.
repo=$(new_repo config-link)
mkdir -p "$repo/docs/decisions"
record "$repo/docs/decisions/0001-a.md" accepted "A"
printf 'decisions:\n  folders: [SECRET]\n' >"$TEST_DIR/config.yml"
ln -s "$TEST_DIR/config.yml" "$repo/.govlog.yml"
run_govlog "$repo" check
expect_status 2 "a configuration linked outside is refused"
expect_line "$err" ".govlog.yml leads outside the repository" "the configuration: the message says why"

finish
