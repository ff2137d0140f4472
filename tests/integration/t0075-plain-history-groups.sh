#!/bin/sh
# Release notes over a history that follows no convention, as municipal and
# Drupal projects write it: Danish and English verbs behind ticket prefixes,
# Git merges of feature and hotfix branches, dependency bumps by people and by
# dependabot and renovate, and housekeeping (typos, lint, version bumps, the
# changelog, WIP). Each lands in the group its words, branch or author say;
# bumps in "Dependencies" / "Afhængigheder", housekeeping under "other", and
# nothing here is "not classified" but the one subject that says nothing.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || {
	echo "jq is needed" >&2
	exit 1
}
repo=$(new_repo plain)
cd "$repo"
n=0
# c MESSAGE [AUTHOR EMAIL]: one commit touching its own file.
c() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	GIT_AUTHOR_NAME=${2:-Ada Tester} GIT_AUTHOR_EMAIL=${3:-ada@example.org} \
		git commit -q -m "$1"
}
c "Initial commit"
git tag v1.0.0
c "AR-519: Tilføjet kvittering på mail"
c "[#55444] Rettet visning af dato"
c "Issue #3281734 by jdoe: Fix notice in the form"
c "Support for multiple recipients"
c "Forbedr ydeevne af søgning"
c "Opdater README"
c "Ændret rækkefølge af felter"
c "Bump guzzlehttp/guzzle from 7.4.1 to 7.4.5" "dependabot[bot]" \
	"49699333+dependabot[bot]@users.noreply.github.com"
c "Lock file maintenance" "renovate[bot]" "29139614+renovate[bot]@users.noreply.github.com"
c "Opdateret afhængigheder"
c "Fix typo"
c "Coding standards"
c "Opdater changelog"
c "Bump version to 1.1.0"
c "WIP"
c "Sagsoverblik"
git checkout -q -b feature/AR-600-booking
c "Booking"
git checkout -q main
git merge -q --no-ff feature/AR-600-booking -m "Merge branch 'feature/AR-600-booking'"
git checkout -q -b hotfix/login
c "Login"
git checkout -q main
git merge -q --no-ff hotfix/login -m "Merge branch 'hotfix/login' into main"
git tag v1.1.0

run_govlog "$repo" release-notes v1.1.0 --format json
expect_status 0 "release-notes v1.1.0 over a plain history"
json=$out
# group SUBJECT: the JSON group the entry with this subject is in.
group() {
	printf '%s\n' "$json" | jq -r --arg s "$1" \
		'.groups | to_entries[] | select(any(.value[]; .subject == $s)) | .key'
}
# expect_group SUBJECT GROUP
expect_group() {
	got=$(group "$1")
	if [ "$got" = "$2" ]; then
		pass "'$1' in $2"
	else
		fail "'$1' in '$got', expected $2"
	fi
}
expect_group "AR-519: Tilføjet kvittering på mail" features
expect_group "[#55444] Rettet visning af dato" fixes
expect_group "Issue #3281734 by jdoe: Fix notice in the form" fixes
expect_group "Support for multiple recipients" features
expect_group "Forbedr ydeevne af søgning" performance
expect_group "Opdater README" documentation
expect_group "Ændret rækkefølge af felter" other
expect_group "Bump guzzlehttp/guzzle from 7.4.1 to 7.4.5" dependencies
expect_group "Lock file maintenance" dependencies
expect_group "Opdateret afhængigheder" dependencies
expect_group "Fix typo" other
expect_group "Coding standards" other
expect_group "Opdater changelog" other
expect_group "Bump version to 1.1.0" other
expect_group "WIP" other
# A merge by hand is one entry named by its branch, which also gives its
# group; the branch's commit ("Booking", "Login") is folded under it.
expect_group "feature/AR-600-booking" features
expect_group "hotfix/login" fixes
expect_group "Sagsoverblik" unclassified
keys=$(printf '%s\n' "$json" | jq -r '.groups | keys_unsorted | join(" ")')
expect_line "$keys" "breaking features fixes security performance documentation dependencies other unclassified reverted" \
	"the dependencies group comes before other in JSON"

run_govlog "$repo" release-notes v1.1.0
expect_status 0 "release-notes v1.1.0 in Markdown"
headings=$(printf '%s\n' "$out" | grep '^## ' | tr '\n' '|')
expect_line "$headings" "## Features|## Bug fixes|## Performance|## Documentation|## Dependencies|## Other changes|## Not classified|" \
	"the Markdown groups in order, Dependencies before Other changes"
deps=$(printf '%s\n' "$out" | sed -n '/^## Dependencies/,/^## /p')
expect_line "$deps" "- Lock file maintenance — " "renovate's commit is a dependency, whatever it says"
expect_line "$deps" "- Opdateret afhængigheder — " "a person's bump is one too"
expect_no_line "$deps" "- Fix typo" "a typo is no dependency"

printf 'language: da\n' >.govlog.yml
run_govlog "$repo" release-notes v1.1.0
expect_status 0 "release-notes v1.1.0 in Danish"
headings=$(printf '%s\n' "$out" | grep '^## ' | tr '\n' '|')
expect_line "$headings" "## Nye funktioner|## Fejlrettelser|## Ydeevne|## Dokumentation|## Afhængigheder|## Andre ændringer|## Ikke klassificeret|" \
	"the Danish headings, Afhængigheder before Andre ændringer"

finish
