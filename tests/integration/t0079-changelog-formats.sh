#!/bin/sh
# govlog changelog --format json and --style keepachangelog. JSON: every
# release newest first with its tag, also-tagged names, version and date, and
# exactly the commits git rev-list gives it, in the release notes' groups.
# Keep a Changelog 1.1.0 (keepachangelog.com/en/1.1.0): "## [Unreleased]",
# "## [1.2.3] - YYYY-MM-DD" headings, the sections Added, Changed,
# Deprecated, Removed, Fixed, Security in that order and in English (the
# standard's words, also for a Danish log), compare links at the bottom.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo changelog)
cd "$repo"
printf 'repository: acme/shop\n' >.govlog.yml
mkdir -p docs/decisions
n=0
# c DATE MESSAGE: one commit touching its own file at DATE (noon, UTC).
c() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add -A
	export GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z"
	git commit -q -m "$2"
}
short() { git log --format=%h --abbrev=7 --grep="$1" -1; }

c 2026-01-02 "chore: start"
c 2026-01-05 "feat: login"
git tag v1.0.0
git tag 1.0 # the same release under a second name
c 2026-02-01 "fix: crash on start"
c 2026-02-02 "perf: faster search"
c 2026-02-03 "docs: usage"
c 2026-02-04 "feat!: new API

BREAKING CHANGE: /v1 is gone"
c 2026-02-05 "security: escape user names"
git tag v1.1.0
c 2026-03-01 "feat: export"

run_govlog "$repo" changelog --style keepachangelog
expect_status 0 "changelog --style keepachangelog"
printf '%s\n' "$out" >"$TEST_DIR/kac.md"
heads=$(grep -E '^##' "$TEST_DIR/kac.md" | tr '\n' '|')
want="## [Unreleased]|### Added|## [1.1.0] - 2026-02-05|### Changed|### Fixed|### Security|## [1.0.0] - 2026-01-05|### Added|### Changed|"
if [ "$heads" = "$want" ]; then
	pass "headings: [Unreleased], [version] - date, the standard's sections in its order"
else
	fail "headings: got '$heads', want '$want'"
fi
expect_line "$out" "- export — example.org ([$(short export)](https://github.com/acme/shop/commit/$(git rev-parse HEAD)))" \
	"an unreleased feature is Added under [Unreleased]"
sed -n '/^## \[1.1.0\]/,/^## \[1.0.0\]/p' "$TEST_DIR/kac.md" >"$TEST_DIR/rel"
section() { sed -n "/^### $1/,/^##/p" "$TEST_DIR/rel"; }
expect_line "$(section Changed)" "- **Breaking:** new API" "a breaking change is Changed, and marked"
expect_line "$(section Changed)" "- faster search" "performance is Changed"
expect_line "$(section Changed)" "- usage" "documentation is Changed"
expect_line "$(section Fixed)" "- crash on start" "a fix is Fixed"
expect_line "$(section Security)" "- escape user names" "a security fix is Security"
expect_line "$out" "Also tagged 1.0." "a second name for a release is said"
expect_line "$out" "[Unreleased]: https://github.com/acme/shop/compare/v1.1.0...HEAD" "compare link for [Unreleased]"
expect_line "$out" "[1.1.0]: https://github.com/acme/shop/compare/v1.0.0...v1.1.0" \
	"a release's compare link, labelled as its heading, between the tags"
expect_line "$out" "[1.0.0]: https://github.com/acme/shop/releases/tag/v1.0.0" "the first release links its tag"
expect_no_line "$out" "### Features" "govlog's own group names are not used"

# Without a repository there is nothing to compare on: no links.
printf 'profile: os2-da\n' >.govlog.yml
run_govlog "$repo" changelog --style keepachangelog
expect_line "$out" "### Added" "a Danish log keeps the standard's English headings"
expect_line "$out" "## [1.1.0] - 2026-02-05" "and its heading form"
expect_line "$out" "Også tagget 1.0." "a sentence stays in the log's language"
expect_no_line "$out" "]: https://" "no compare links without a repository"
run_govlog "$repo" changelog
expect_line "$out" "## [v1.1.0] - 2026-02-05" "the default style keeps the tag as written"
printf 'repository: acme/shop\n' >.govlog.yml

run_govlog "$repo" changelog --style keepachangelog --write
expect_status 0 "changelog --style keepachangelog --write"
expect_line "$(cat CHANGELOG.md)" "## [1.1.0] - 2026-02-05" "--write writes the style too"
expect_line "$(head -1 CHANGELOG.md)" "# Changelog" "under the standard's title"

run_govlog "$repo" changelog --format json
expect_status 0 "changelog --format json"
printf '%s\n' "$out" >"$TEST_DIR/changelog.json"
got=$(python3 - "$TEST_DIR/changelog.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
def ids(groups):
    return sorted(e["id"] for entries in groups.values() for e in entries)
print("unreleased", doc["unreleased"]["commits"], " ".join(ids(doc["unreleased"]["groups"])))
for r in doc["releases"]:
    print("release", r["tag"], r["version"], r["date"], ",".join(r["also_tagged"]),
          r["commit"], r["commits"], " ".join(ids(r["groups"])))
PY
)
ids() { git rev-list "$@" | sort | tr '\n' ' ' | sed 's/ $//'; }
want_unreleased="unreleased 1 $(ids v1.1.0..HEAD)"
want_v11="release v1.1.0 1.1.0 2026-02-05  $(git rev-parse v1.1.0) 5 $(ids v1.0.0..v1.1.0)"
want_v10="release v1.0.0 1.0.0 2026-01-05 1.0 $(git rev-parse v1.0.0) 2 $(ids v1.0.0)"
[ "$(printf '%s\n' "$got" | sed -n 1p)" = "$want_unreleased" ] &&
	pass "json: the unreleased commits are git rev-list v1.1.0..HEAD" ||
	fail "json unreleased: got '$(printf '%s\n' "$got" | sed -n 1p)', want '$want_unreleased'"
[ "$(printf '%s\n' "$got" | sed -n 2p)" = "$want_v11" ] &&
	pass "json: the newest release first, with tag, version, date and its rev-list commits" ||
	fail "json v1.1.0: got '$(printf '%s\n' "$got" | sed -n 2p)', want '$want_v11'"
[ "$(printf '%s\n' "$got" | sed -n 3p)" = "$want_v10" ] &&
	pass "json: the first release, also tagged 1.0" ||
	fail "json v1.0.0: got '$(printf '%s\n' "$got" | sed -n 3p)', want '$want_v10'"
[ "$(git tag --sort=-v:refname | grep '^v' | tr '\n' ' ')" = "v1.1.0 v1.0.0 " ] ||
	fail "git tag itself lists another order"
group=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(",".join(e["subject"] for e in d["releases"][0]["groups"]["security"]))' "$TEST_DIR/changelog.json")
expect_line "$group" "escape user names" "json: entries in the release notes' groups"

run_govlog "$repo" changelog --format json --write
expect_status 2 "--write with --format json"
expect_line "$err" "the changelog file is written as Markdown" "is refused, and says why"
finish
