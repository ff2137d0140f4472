#!/bin/sh
# release-notes --commits lists a pull request's own commits under its entry,
# each as the entries themselves are written: a Conventional Commit's scope in
# bold before the subject ("**search:** add the index", as conventional-changelog
# and git-cliff write a scope), then the short id linked to the commit.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo folded)
cd "$repo"
printf 'repository: acme/app\n' >.govlog.yml
git add .govlog.yml
git commit -q -m "chore: start"
git tag v1.0.0
git checkout -q -b feature/search
printf 'index\n' >index.txt
git add index.txt
git commit -q -m "feat(search): add the index"
printf 'box\n' >box.txt
git add box.txt
git commit -q -m "feat: wire the search box"
git checkout -q main
git merge -q --no-ff --no-edit -m "Merge pull request #40 from acme/feature/search" \
	-m "feat: add search" feature/search
git tag v1.1.0

short() { git rev-parse --short=7 "$1"; }
run_govlog "$repo" release-notes v1.1.0 --commits
expect_status 0 "release notes with --commits"
expect_line "$out" "- add search ([#40](https://github.com/acme/app/pull/40))" "the pull request is the entry"
expect_line "$out" "  - **search:** add the index ([$(short feature/search^)](https://github.com/acme/app/commit/$(git rev-parse feature/search^)))" \
	"a folded commit's scope is bold before its subject"
expect_line "$out" "  - wire the search box ([$(short feature/search)](https://github.com/acme/app/commit/$(git rev-parse feature/search)))" \
	"a folded commit without a scope is its subject"

finish
