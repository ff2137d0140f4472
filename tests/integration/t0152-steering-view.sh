#!/bin/sh
# The steering group's view of a release (release-notes --audience steering):
# a decision accepted and implemented in it, the requests its commits fulfil,
# changes by vendor, cross-vendor review with the pull request that was not,
# a backport, and the open gaps; in English and in Danish, Markdown and HTML.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo steering)
cd "$repo"
export GIT_AUTHOR_EMAIL=ada@magenta.dk GIT_COMMITTER_EMAIL=ada@magenta.dk
cat >.govlog.yml <<'YML'
vendors:
  Magenta: ["@magenta.dk"]
  ITK: ["@aarhus.dk"]
YML
mkdir -p docs/decisions
# record N SLUG TITLE STATUS
record() {
	printf '# %s. %s\n\nDate: 2026-06-01\n\n## Status\n\n%s\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n' \
		"$1" "$3" "$4" >"docs/decisions/000$1-$2.md"
}
record 1 record-decisions "Record decisions" Accepted
git add -A
git commit -q -m "chore: set up"
git tag v1.0.0
record 2 use-postgres "Use PostgreSQL" Accepted
git add -A
git commit -q -m "docs: accept ADR-0002"
n=0
work() { # BRANCH MESSAGE NAME EMAIL
	git checkout -q -b "$1" main
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	GIT_AUTHOR_NAME=$3 GIT_AUTHOR_EMAIL=$4 git commit -q -m "$2"
	git checkout -q main
}
merge() { # BRANCH N TITLE COMMITTER EMAIL
	GIT_COMMITTER_NAME=$4 GIT_COMMITTER_EMAIL=$5 GIT_AUTHOR_NAME=$4 GIT_AUTHOR_EMAIL=$5 \
		git merge -q --no-ff "$1" -m "Merge pull request #$2 from org/$1" -m "$3"
}
work lists "$(printf 'feat: lists\n\nRefs: #21\nDecision: ADR-0002')" "Ada Tester" ada@magenta.dk
merge lists 1 "feat: lists" "Jens Hansen" jens@aarhus.dk
work search "feat: search" "Ada Tester" ada@magenta.dk
merge search 2 "feat: search" "Bo Berg" bo@magenta.dk
echo 3 >f3
git add f3
GIT_AUTHOR_NAME="Jens Hansen" GIT_AUTHOR_EMAIL=jens@aarhus.dk \
	git commit -q -m "fix: crash on empty list (#3)" -m "Refs: #22"
crash=$(git rev-parse --short=7 HEAD)
git tag v1.1.0
git checkout -q -b release-1.0 v1.0.0
git cherry-pick -x "$crash" >/dev/null
git tag v1.0.1
git checkout -q main

run_govlog "$repo" release-notes v1.1.0 --audience steering
expect_status 0 "the steering group's view"
view=$out
expect_line "$view" "# Release v1.1.0 for the steering group (2026-06-01)" "titled for the steering group"
expect_line "$view" "## Decisions accepted and implemented" "decisions section"
expect_line "$view" "- ADR-0002: [2. Use PostgreSQL](docs/decisions/0002-use-postgres.md) — accepted in this release; implemented in this release (1 commit)" \
	"a decision accepted and implemented in the release"
expect_no_line "$view" "ADR-0001: [" "a decision of an earlier release is not listed"
expect_line "$view" "- #21 (1 commit)" "a request its commits fulfil"
expect_line "$view" "- #22 (1 commit)" "another"
expect_line "$view" "- Magenta: 3 changes" "changes by vendor: two pull requests and a commit of Magenta's"
expect_line "$view" "- ITK: 1 change" "one of ITK's"
expect_line "$view" "Reviewed across vendors: 2 of 3." "cross-vendor review counted"
expect_line "$view" "- #2 search — merged within Magenta" "the pull request not reviewed across is named"
expect_line "$view" "## Backports" "backports section"
expect_line "$view" "crash on empty list — also in v1.0.1" "a fix of the release picked onto the maintenance line"
expect_line "$view" "## Open gaps" "gaps section"
expect_line "$view" "'search' (Magenta) names no request" "a feature without a request is an open gap"
expect_line "$view" "ADR-0001" "an accepted decision never implemented is an open gap"

run_govlog "$repo" release-notes v1.0.1 --audience steering
expect_line "$out" "crash on empty list — backport of $crash from v1.1.0" "the maintenance release shows its backport"

run_govlog "$repo" release-notes v1.1.0 --audience steering --format html
expect_status 0 "HTML"
expect_line "$out" "<h1>Release v1.1.0 for the steering group (2026-06-01)</h1>" "an HTML page"

run_govlog "$repo" release-notes v1.1.0 --audience steering --format json
expect_status 2 "JSON is not written for the steering group"

printf 'language: da\n' >>.govlog.yml
run_govlog "$repo" release-notes v1.1.0 --audience steering
view=$out
expect_line "$view" "# Udgivelse v1.1.0 til styregruppen (2026-06-01)" "Danish title"
expect_line "$view" "## Beslutninger vedtaget og gennemført" "Danish decisions"
expect_line "$view" "— vedtaget i denne udgivelse; gennemført i denne udgivelse (1 commit)" "Danish decision line"
expect_line "$view" "## Opfyldte ønsker" "Danish requests"
expect_line "$view" "- Magenta: 3 ændringer" "Danish vendors"
expect_line "$view" "Gennemset på tværs af leverandører: 2 af 3." "Danish review"
expect_line "$view" "- #2 search — flettet inden for Magenta" "Danish: within a vendor"
expect_line "$view" "crash on empty list — også i v1.0.1" "Danish backport"
expect_line "$view" "## Åbne huller" "Danish gaps"
finish
