#!/bin/sh
# The steering group's view names each decision's approval evidence, as the
# example governance repository's header says it is: minutes of the deciding
# body on the decision's date (0001, 0002), the minutes a moved meeting was
# renamed to (0003), a pull request (0004), nothing (0005), and a meeting the
# text names whose minutes do not exist (0006); in the view and on the site's
# release page. A log without minutes gets no evidence lines at all.
. "$(dirname "$0")/../test-lib.sh"
. "$(dirname "$0")/governance-repo.sh"

repo="$TEST_DIR/repo"
governance_repo "$repo"
git -C "$repo" tag v1.0.0
run_govlog "$repo" release-notes --audience steering
expect_status 0 "release-notes --audience steering"
view=$out
# evidence_of ID: the evidence line right under the decision's line.
evidence_of() {
	printf '%s\n' "$view" | awk -v id="- $1:" 'index($0, id) == 1 { getline; print; exit }'
}
expect_line "$(evidence_of ADR-0001)" "  - godkendelse: referat 'dagsordner-og-referater/styregruppe/20260604\_referat.md' (2026-06-04, styregruppe)" \
	"0001: the styregruppe's minutes of 4 June 2026"
expect_line "$(evidence_of ADR-0002)" "(2026-03-12, koordinationsgruppe)" \
	"0002: the koordinationsgruppe's minutes of 12.03.2026"
expect_line "$(evidence_of ADR-0003)" "20260514\_referat.md' (2026-05-14, styregruppe)" \
	"0003: the moved meeting's renamed minutes"
expect_line "$(evidence_of ADR-0004)" "  - godkendelse: pull request #12" "0004: pull request #12"
expect_line "$(evidence_of ADR-0005)" "  - godkendelse: ingen dokumentation for godkendelsen fundet" \
	"0005: no evidence, said"
expect_line "$(evidence_of ADR-0006)" "den 2026-04-02, men der findes intet referat af det" \
	"0006: the named meeting has no minutes"
expect_no_line "$view" "- ADR-0007:" "0007, a proposal, is not among the accepted decisions"

run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "site"
page=$(cat "$TEST_DIR/site/releases/v1.0.0.html")
expect_line "$page" "godkendelse: pull request #12" "the release page shows 0004's evidence"
expect_line "$page" "20260604_referat.md' (2026-06-04, styregruppe)" \
	"the release page shows 0001's minutes"

# A log that keeps no minutes: no evidence lines.
plain=$(new_repo plain)
mkdir -p "$plain/docs/decisions"
printf -- '---\nstatus: accepted\ndate: 2026-05-01\n---\n# Use Postgres\n\n## Context and Problem Statement\n\nWe need a database.\n\n## Decision Outcome\n\nChosen option: "Postgres".\n' \
	>"$plain/docs/decisions/0001-use-postgres.md"
commit_all "$plain" "feat: the database

Decision: ADR-0001"
git -C "$plain" tag v0.1.0
run_govlog "$plain" release-notes --audience steering
expect_status 0 "steering view of a log without minutes"
expect_line "$out" "- ADR-0001:" "the accepted decision is listed"
expect_no_line "$out" "approval" "no approval line where no minutes are kept"
finish
