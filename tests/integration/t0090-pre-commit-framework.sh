#!/bin/sh
# govlog's .pre-commit-hooks.yaml under the real pre-commit framework (Debian
# 12's 3.0.4): a repository lists govlog's hooks in .pre-commit-config.yaml,
# `pre-commit install` puts the framework's runners in place, and real
# git commit and git push run govlog's three hooks through them: a record
# with an error, a Decision: trailer naming no record and a pushed commit
# naming no record are refused; a clean commit goes through.
. "$(dirname "$0")/../test-lib.sh"

if ! command -v pre-commit >/dev/null; then
	fail "pre-commit is not installed: run sh dev.sh test (Debian package pre-commit)"
	finish
fi
PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# commit REPO MESSAGE: a real git commit of everything; sets $status and $err.
commit() {
	status=0
	git -C "$1" add -A
	git -C "$1" commit -q --allow-empty -m "$2" >"$TEST_DIR/git.out" 2>&1 || status=$?
	err=$(cat "$TEST_DIR/git.out")
}

# expect_result TEXT HOOK-NAME RESULT WHAT: pre-commit's line "NAME.....RESULT" for the hook.
expect_result() {
	if printf '%s\n' "$1" | grep -Eq "^$2\.+$3\$"; then
		pass "$4"
	else
		fail "$4: no line '$2....$3' in: $1"
	fi
}

# The hook repository pre-commit clones: govlog's manifest as it is in the tree.
hooks=$(new_repo govlog-hooks)
cp "$GOVLOG_SOURCE_DIR/.pre-commit-hooks.yaml" "$hooks/"
commit_all "$hooks" "govlog's hooks"
rev=$(git -C "$hooks" rev-parse HEAD)

repo=$(new_repo product)
run_govlog "$repo" init --profile madr
run_govlog "$repo" new decision "Use PostgreSQL"
run_govlog "$repo" status 1 accepted
cat >"$repo/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: govlog
      - id: govlog-commit-msg
      - id: govlog-pre-push
EOF
status=0
(cd "$repo" && pre-commit install --hook-type pre-commit --hook-type commit-msg \
	--hook-type pre-push) >"$TEST_DIR/install.out" 2>&1 || status=$?
expect_status 0 "pre-commit install accepts govlog's manifest"
expect_no_line "$(cat "$TEST_DIR/install.out")" "rror" "and reports no error"
commit "$repo" "docs: start the decision log"
expect_status 0 "a clean first commit goes through"
expect_result "$err" "govlog \\(decision log\\)" Passed \
	"pre-commit ran govlog's pre-commit hook"
expect_result "$err" "govlog \\(commit message\\)" Passed \
	"and govlog's commit-msg hook"

printf '# Broken\n\n## Status\n\nAcepteret\n' >"$repo/docs/decisions/0002-broken.md"
commit "$repo" "docs: a broken record"
expect_status 1 "a staged record with an error is refused"
expect_result "$err" "govlog \\(decision log\\)" Failed \
	"by govlog's pre-commit hook"
case "$err" in
*"unknown status 'Acepteret'"*) pass "which says why" ;;
*) fail "govlog's finding is missing: $err" ;;
esac
rm "$repo/docs/decisions/0002-broken.md"

commit "$repo" "$(printf 'feat: connect\n\nDecision: ADR-0099')"
expect_status 1 "a Decision: trailer naming no record is refused"
expect_result "$err" "govlog \\(commit message\\)" Failed \
	"by govlog's commit-msg hook"

# pre-push. The first push brings the root commit: pre-commit then names only
# the branches, and the whole history is checked.
remote=$(new_repo remote)
git -C "$remote" config receive.denyCurrentBranch ignore
git -C "$repo" remote add origin "$remote"
sneak() {
	git -C "$repo" -c core.hooksPath=/dev/null commit -q --allow-empty \
		-m "$(printf 'feat: sneak\n\nDecision: %s' "$1")"
}
push() {
	status=0
	git -C "$repo" push -q origin main >"$TEST_DIR/push.out" 2>&1 || status=$?
}
sneak ADR-0098
push
expect_status 1 "a first push of a commit naming no record is refused"
expect_result "$(cat "$TEST_DIR/push.out")" "govlog \\(pre-push\\)" Failed \
	"by govlog's pre-push hook under pre-commit, root commit included"
case "$(cat "$TEST_DIR/push.out")" in
*"'ADR-0098' is no record"*) pass "naming the record it could not find" ;;
*) fail "pre-push's finding is missing: $(cat "$TEST_DIR/push.out")" ;;
esac
git -C "$repo" reset -q --hard HEAD~1
push
expect_status 0 "the clean history is pushed"
expect_result "$(cat "$TEST_DIR/push.out")" "govlog \\(pre-push\\)" Passed "pre-push passes it"
# A later push: pre-commit gives the range in PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF.
sneak ADR-0097
push
expect_status 1 "a later push of a commit naming no record is refused"
case "$(cat "$TEST_DIR/push.out")" in
*"'ADR-0097' is no record"*) pass "the range pre-commit gives is checked" ;;
*) fail "pre-push's finding is missing: $(cat "$TEST_DIR/push.out")" ;;
esac
finish
