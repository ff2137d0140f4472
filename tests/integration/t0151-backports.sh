#!/bin/sh
# Backports: fixes on main (v2.0.1) cherry-picked onto the release-1.x
# maintenance line, one with `git cherry-pick -x` (v1.4.1), one without (v1.4.2:
# found by its patch), and a fix made on the maintenance line carried forward to
# main (v1.4.3 → v2.0.2). Trace says in which releases of each line each fix
# landed; release notes mark the backport; a backport of a fix with a request
# is no gap, a fix made only on the maintenance line without one is.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
repo=$(new_repo backports)
cd "$repo"
export GIT_AUTHOR_EMAIL=ada@magenta.dk GIT_COMMITTER_EMAIL=ada@magenta.dk
printf 'vendors:\n  Magenta: ["@magenta.dk"]\n' >.govlog.yml
git add .govlog.yml
git commit -q -m "chore: set up"
day=1
# c FILE MESSAGE...: a commit changing FILE, a day after the one before.
c() {
	file=$1
	shift
	day=$((day + 1))
	echo "$day $*" >>"$file"
	git add "$file"
	GIT_AUTHOR_DATE="2026-03-$(printf %02d $day)T10:00:00Z" \
		GIT_COMMITTER_DATE="2026-03-$(printf %02d $day)T10:00:00Z" git commit -q "$@"
}
# pick ARGS...: git cherry-pick, committed a day after the one before
pick() {
	day=$((day + 1))
	GIT_COMMITTER_DATE="2026-03-$(printf %02d $day)T10:00:00Z" git cherry-pick "$@" >/dev/null
}
c lists.c -m "feat: lists"
git tag v1.4.0
git branch release-1.x
c api.c -m "feat!: new api"
git tag v2.0.0
c lists.c -m "fix: crash on empty list" -m "Refs: #21"
crash=$(git rev-parse HEAD)
git checkout -q -b dates
c dates.c -m "fix: wrong date format" # its pull request names the request, not the commit
dates=$(git rev-parse HEAD)
git checkout -q main
git merge -q --no-ff dates -m "Merge pull request #9 from org/dates" -m "Fixes #22"
git tag v2.0.1
git checkout -q release-1.x
pick -x "$crash"
crash_pick=$(git rev-parse HEAD)
git tag v1.4.1
pick "$dates"
dates_pick=$(git rev-parse HEAD)
c old.c -m "fix: old importer"
git tag v1.4.2
# A fix made on the maintenance line first, then carried forward to main
# without -x: the original is the one committed first, whatever the release.
c encoding.c -m "fix: importer encoding"
forward=$(git rev-parse HEAD)
git tag v1.4.3
git checkout -q main
pick "$forward"
forward_pick=$(git rev-parse HEAD)
git tag v2.0.2
short() { printf '%.7s' "$1"; }

run_govlog "$repo" trace
expect_status 0 "trace"
expect_line "$out" "## Backports" "trace has a backports section"
expect_line "$out" "- $(short "$crash") crash on empty list: landed in v2.0.1 (2.0), v1.4.1 (1.4) [$(short "$crash_pick")]" \
	"a fix picked with -x: the releases of both lines"
expect_line "$out" "- $(short "$dates") wrong date format: landed in v2.0.1 (2.0), v1.4.2 (1.4) [$(short "$dates_pick")]" \
	"a fix picked without -x: found by its patch"
expect_line "$out" "- $(short "$forward") importer encoding: landed in v1.4.3 (1.4), v2.0.2 (2.0) [$(short "$forward_pick")]" \
	"a fix carried forward: the original is the earlier commit, in the older release"
expect_no_line "$out" "commit $(short "$dates_pick")" "a backport is no gap when its original's pull request names a request"
expect_line "$out" "old importer" "a fix on the maintenance line alone without a request is a gap"

run_govlog "$repo" trace --format json
expect_line "$(printf '%s\n' "$out" | jq -r '.backports[] | "\(.subject): \([.landed[] | "\(.release) (\(.line))"] | join(", "))"')" \
	"crash on empty list: v2.0.1 (2.0), v1.4.1 (1.4)" "trace JSON lists the releases of each line"
expect_line "$(printf '%s\n' "$out" | jq -r '.requests[] | select(.key == "#21") | .releases | join(",")')" \
	"v2.0.1,v1.4.1" "the request landed in both lines"
expect_line "$(printf '%s\n' "$out" | jq -r '.requests[] | select(.key == "#22") | .commits | join(",")')" \
	"$dates_pick" "the backport of a fix whose pull request names a request is traced to it"

run_govlog "$repo" release-notes v1.4.1
expect_status 0 "release notes of the maintenance release"
expect_line "$out" "- crash on empty list — Refs: #21 — Magenta; backport of $(short "$crash") from v2.0.1 (" \
	"the backport is marked with its original and the original's release"
run_govlog "$repo" release-notes v1.4.1 --format json
expect_line "$(printf '%s\n' "$out" | jq -r '.groups.fixes[0].backport_of | "\(.commit) \(.release)"')" \
	"$crash v2.0.1" "JSON names the original"
run_govlog "$repo" changelog
expect_line "$out" "backport of $(short "$dates") from v2.0.1" "the changelog (whole history) finds the pick without -x"

printf 'language: da\n' >>.govlog.yml
run_govlog "$repo" release-notes v1.4.1
expect_line "$out" "backport af $(short "$crash") fra v2.0.1" "Danish"
run_govlog "$repo" trace
expect_line "$out" "landede i v2.0.1 (2.0), v1.4.1 (1.4)" "Danish trace"
finish
