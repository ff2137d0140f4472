#!/bin/sh
# govlog init: configuration, decision folder and templates in English and
# Danish, for GitHub and GitLab; nothing existing is overwritten; a repository
# with records gets the profile they use, and check accepts all of it.
. "$(dirname "$0")/../test-lib.sh"

for lang in en da; do
	repo=$(new_repo "init-$lang")
	run_govlog "$repo" init --lang "$lang"
	expect_status 0 "init --lang $lang"
	expect_line "$out" "created  .govlog.yml" "$lang: the configuration"
	expect_line "$out" "created  .github/pull_request_template.md" "$lang: the pull-request template"
	expect_line "$out" "created  .github/ISSUE_TEMPLATE/config.yml" "$lang: blank issues off"
	run_govlog "$repo" new decision "A first decision"
	expect_status 0 "$lang: new after init"
	run_govlog "$repo" check
	expect_status 0 "$lang: check accepts what init and new wrote"
	expect_no_line "$err" "[template/" "$lang: the templates pass the template rules"
	(cd "$repo" && find . -path ./.git -prune -o -type f -print | sort | xargs md5sum) >"$TEST_DIR/sums"
	run_govlog "$repo" init --lang "$lang"
	expect_no_line "$out" "created" "$lang: a second init creates nothing"
	(cd "$repo" && find . -path ./.git -prune -o -type f -print | sort | xargs md5sum) >"$TEST_DIR/sums2"
	if cmp -s "$TEST_DIR/sums" "$TEST_DIR/sums2"; then pass "$lang: a second init changes no byte"; else fail "$lang: files changed"; fi
done
expect_line "$(cat "$TEST_DIR/init-da/.github/ISSUE_TEMPLATE/fejlrapport.yml")" "name: Fejlrapport" "Danish issue forms"
expect_line "$(cat "$TEST_DIR/init-da/.govlog.yml")" "profile: os2-da" "Danish picks os2-da"

# The Danish pull-request template, checked against a body as GitHub sends it.
cat >"$TEST_DIR/pr.md" <<'MD'
## Hvad ændres?

Indekset skrives nu af govlog.

## Ønske og beslutninger

Refs: #41
Decision: ADR-0001

## Test

Integrationstest.

## Backport

ingen

## Tjekliste

- [x] Ændringen er beskrevet ovenfor
- [x] Den henviser til sit ønske
- [x] Den er dækket af test
- [x] Beslutningsloggen er opdateret, hvis ændringen kræver en beslutning
MD
run_govlog "$TEST_DIR/init-da" check-body --template pull_request --file "$TEST_DIR/pr.md"
expect_status 0 "a filled-in Danish PR body passes"
sed -i 's/^- \[x\] Den er dækket af test$/- [ ] Den er dækket af test/; s/^Refs: #41$/Refs: se chatten/' "$TEST_DIR/pr.md"
run_govlog "$TEST_DIR/init-da" check-body --template pull_request --file "$TEST_DIR/pr.md"
expect_status 1 "an unticked box and no reference"
expect_line "$err" "afkrydsningsfeltet 'Den er dækket af test' er ikke krydset af [body/unchecked]" "the unticked box"
expect_line "$err" "Refs:-linjen nævner intet ønske [body/request]" "the missing reference"
printf '### Sikkerhed\n\n- [X] Dette er ikke et sikkerhedshul (de meldes fortroligt, se SECURITY.md)\n\n### Hvad skete der?\n\nSkærmen blev sort.\n\n### Berørte versioner\n\n2.4.0\n\n### Releases der skal have rettelsen\n\n_No response_\n\n### Før du opretter sagen\n\n- [X] Jeg har søgt i de eksisterende sager\n' |
	(cd "$TEST_DIR/init-da" && "$GOVLOG" check-body --template fejlrapport -) 2>"$TEST_DIR/form.err" && status=0 || status=$?
expect_status 0 "an issue form body from stdin"

repo=$(new_repo init-md)
mkdir -p "$repo/.github"
printf 'Our own template.\n' >"$repo/.github/pull_request_template.md"
run_govlog "$repo" init --templates github-md
expect_line "$out" "kept     .github/pull_request_template.md" "an existing template is kept"
expect_line "$(cat "$repo/.github/pull_request_template.md")" "Our own template." "and not changed"
expect_line "$out" "created  .github/ISSUE_TEMPLATE/bug_report.md" "Markdown issue templates"
run_govlog "$repo" check
expect_no_line "$err" "[template/" "Markdown templates have name and about"

repo=$(new_repo init-gitlab)
run_govlog "$repo" init --lang da --templates gitlab
expect_line "$out" "created  .gitlab/issue_templates/fejlrapport.md" "GitLab issue templates"
expect_line "$out" "created  .gitlab/merge_request_templates/Default.md" "the GitLab merge-request template"

repo=$(new_repo init-adr-tools)
mkdir -p "$repo/doc/architecture"
printf 'doc/architecture\n' >"$repo/.adr-dir"
printf '# 1. Record architecture decisions\n\nDate: 2026-01-13\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$repo/doc/architecture/0001-record-architecture-decisions.md"
run_govlog "$repo" init --templates none
expect_line "$(cat "$repo/.govlog.yml")" "profile: nygard" "adr-tools records give the nygard profile"
expect_line "$(cat "$repo/.govlog.yml")" "folders: [doc/architecture]" "and their own folder"
run_govlog "$repo" check
expect_status 0 "the existing records validate as they are"

repo=$(new_repo init-mixed)
mkdir -p "$repo/docs/decisions"
cp "$TEST_DIR/init-adr-tools/doc/architecture/0001-record-architecture-decisions.md" "$repo/docs/decisions/"
printf -- '---\nstatus: accepted\ndate: 2026-02-01\n---\n# Use MADR\n\n## Context and Problem Statement\n\nx\n\n## Considered Options\n\n* a\n\n## Decision Outcome\n\na\n' \
	>"$repo/docs/decisions/0002-use-madr.md"
run_govlog "$repo" init --templates none
expect_line "$(cat "$repo/.govlog.yml")" "# profile: none" "mixed records: no profile, each judged by its own"
run_govlog "$repo" check
expect_status 0 "mixed records validate as they are"
finish
