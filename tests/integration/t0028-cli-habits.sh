#!/bin/sh
# The command line's habits, as git and adr-tools users expect them: a
# mistyped verb or option gets "did you mean", list's filters take the words
# the records use (Danish and English), an impossible --since date is a usage
# error, and init writes the configuration, the hooks and the CI workflow in
# one command.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo habits)
mkdir -p "$repo/beslutninger"
for row in "1:Godkendt:2025-03-04" "2:Vedtaget:2025-05-20" "3:Afvist:2025-09-01" "4:Udkast:2026-01-12"; do
	n=${row%%:*} rest=${row#*:}
	printf -- '# [ADR] ADR-00%s Emne %s\n\n- **Status**: %s\n- **Dato**: %s\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Arkitektur\n\n## Kontekst/Årsag\n\nTekst.\n\n## Beslutning\n\nVi gør det.\n\n## Konsekvenser\n\nIngen.\n' \
		"$n" "$n" "${rest%%:*}" "${rest#*:}" >"$repo/beslutninger/ADR-00$n-emne-$n.md"
done

run_govlog "$repo" chek
expect_status 2 "an unknown verb is a usage error"
expect_line "$err" "Den mest lignende kommando er" "git's wording for a suggestion (in the records' Danish)"
expect_line "$err" "	check" "chek → check"
run_govlog "$repo" lsit
expect_line "$err" "	list" "lsit → list (two letters swapped)"
run_govlog "$repo" frobnicate
expect_no_line "$err" "mest lignende" "no suggestion for a word far from every verb"

run_govlog "$repo" list --stauts accepted
expect_status 2 "an unknown option is a usage error"
expect_line "$err" "mente du '--status'?" "--stauts → --status"

# The filter takes every word the records and `status` use for a state.
run_govlog "$repo" list --status godkendt --format csv
expect_status 0 "list --status godkendt"
expect_line "$out" "ADR-001," "Godkendt is accepted"
expect_line "$out" "ADR-002," "so is Vedtaget"
expect_no_line "$out" "ADR-003," "Afvist is not"
run_govlog "$repo" list --status Afvist --format csv
expect_line "$out" "ADR-003," "Afvist is rejected"
run_govlog "$repo" list --status udkast --format csv
expect_line "$out" "ADR-004," "Udkast is proposed"
expect_no_line "$out" "ADR-001," "and only proposed records are listed"

run_govlog "$repo" list --since garbage
expect_status 2 "--since garbage is a usage error"
expect_line "$err" "'garbage'" "naming the value"
run_govlog "$repo" list --since 2026-13-01
expect_status 2 "--since 2026-13-01 (no month 13) is a usage error"
run_govlog "$repo" list --since 2025-02-30
expect_status 2 "--since 2025-02-30 (no such day) is a usage error"
run_govlog "$repo" list --since 01.06.2025 --format csv
expect_status 0 "--since in the Danish date form"
expect_no_line "$out" "ADR-002," "May's record is before June"
expect_line "$out" "ADR-003," "September's is after"

fresh=$(new_repo fresh)
run_govlog "$fresh" init --profile nygard --hooks --ci github
expect_status 0 "init --profile nygard --hooks --ci github in one command"
grep -q '^profile: nygard' "$fresh/.govlog.yml" && pass "the configuration names the profile" ||
	fail "no 'profile: nygard' in .govlog.yml"
[ -x "$fresh/.git/hooks/pre-commit" ] && pass "the pre-commit hook is installed" || fail "no pre-commit hook"
[ -x "$fresh/.git/hooks/commit-msg" ] && pass "the commit-msg hook is installed" || fail "no commit-msg hook"
[ -f "$fresh/.github/workflows/govlog.yml" ] && pass "the workflow is written" || fail "no workflow"
run_govlog "$fresh" init --hooks
expect_status 0 "init --hooks alone still installs only the hooks"
finish
