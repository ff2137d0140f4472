#!/bin/sh
# Commit rules that fit the repository, through the hooks govlog init --hooks
# installs and real git commit. Without a commits: key, a repository whose
# history is web-editor edits, ticket keys or sentences accepts a plain
# message; one whose recent history is mostly Conventional Commits refuses
# it (60 % of the newest 100 commits that are not merges, platform forms left
# out); a repository with no commits yet keeps the default; a configuration
# always wins; check --commits decides from the range's base.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# history REPO SUBJECT...: one empty commit per subject, past the hooks.
history() {
	dir=$1
	shift
	for subject in "$@"; do
		git -C "$dir" commit -q --allow-empty --no-verify -m "$subject"
	done
}

# numbered N SUBJECT: N subjects "SUBJECT 1" … "SUBJECT N", one a line.
numbered() {
	i=1
	while [ "$i" -le "$1" ]; do
		printf '%s %d\n' "$2" "$i"
		i=$((i + 1))
	done
}

# history_of REPO FILE: history with the lines of FILE as subjects.
history_of() {
	while IFS= read -r subject; do
		git -C "$1" commit -q --allow-empty --no-verify -m "$subject"
	done <"$2"
}

# try REPO ARGS...: git commit through the installed hooks; sets $status and $err.
try() {
	dir=$1
	shift
	status=0
	git -C "$dir" commit -q --allow-empty "$@" 2>"$TEST_DIR/commit.err" || status=$?
	err=$(cat "$TEST_DIR/commit.err")
}

# refused WHAT: the commit was not made, and commit/format said why.
refused() {
	if [ "$status" -ne 0 ]; then pass "$1"; else fail "$1: the commit was made"; fi
	expect_line "$err" "[commit/format]" "$1: by commit/format"
}

hooked() {
	repo=$(new_repo "$1")
	run_govlog "$repo" init --hooks
	expect_status 0 "init --hooks in $1"
}

# --- A log kept in GitHub's web editor: its subjects and a few sentences. ---
hooked web
history "$repo" "Initial commit" "Create README.md" "Add files via upload" \
	"Create 0001-brug-af-github.md" "Update 0001-brug-af-github.md" "Create dagsorden.md" \
	"Update Referat styregruppemøde 2024-03-01.md" "Rettet stavefejl i README" \
	"Delete dagsorden.md" "Update and rename 0002-kalender.md to 0002-fælles-kalender.md" \
	"Tilføjet beslutning om referater" "Apply suggestions from code review"
try "$repo" -m "Ret link til referatet fra marts"
expect_status 0 "a web-editor history: a plain message is accepted"
expect_no_line "$err" "[commit/" "with no finding"
try "$repo" -m "DISPLAY-1080: ny slidetype"
expect_status 0 "and a ticket key is a known convention"
try "$repo" -m "Update Referat styregruppemøde 2024-04-12.md"
expect_status 0 "the web editor's own subject, a file name with blanks, passes"
printf 'Tilføj referat fra styregruppemødet\n' >"$TEST_DIR/msg"
run_govlog "$repo" hook commit-msg "$TEST_DIR/msg"
expect_status 0 "govlog hook commit-msg agrees with the hook Git ran"

# check --commits over the same history: nothing to report.
mkdir -p "$repo/beslutninger"
printf '# [ODR] Referater i repositoriet\n\n- **Dato**: 2026-04-15\n- **Status**: Accepteret\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Operationel\n\n## Kontekst / Årsag\n\nReferaterne lå i mails.\n\n## Beslutning\n\nReferater lægges i repositoriet.\n\n## Konsekvenser\n\nAlle kan læse dem.\n' \
	>"$repo/beslutninger/0001-referater-i-repositoriet.md"
git -C "$repo" add -A
try "$repo" -m "Create 0001-referater-i-repositoriet.md"
expect_status 0 "a record added as the web editor adds it"
run_govlog "$repo" check --commits HEAD~8..HEAD
expect_status 0 "check --commits on the web-editor history"
expect_no_line "$err" "[commit/format]" "refuses none of its commits"

# --- A team that writes Conventional Commits without saying so. ---
hooked conventional
numbered 20 "feat(kalender): step" >"$TEST_DIR/cc"
history_of "$repo" "$TEST_DIR/cc"
try "$repo" -m "Ret link til referatet fra marts"
refused "20 Conventional commits: a plain message is refused"
expect_line "$err" "the subject is not 'type(scope): description'" "saying what a header is"
try "$repo" -m "AR-519: ret login for sagsbehandlere"
refused "a ticket key in place of a type is refused there"
expect_line "$err" "'AR-519' names a ticket, not a type" "the hint says the key is no type"
expect_no_line "$err" "expected ':'" "and never asks for the ':' that is there"
expect_line "$err" "Refs: AR-519" "it keeps the key in a trailer"
try "$repo" -m "fix(kalender): ret login for sagsbehandlere" -m "Refs: AR-519"
expect_status 0 "the header it suggests passes"
try "$repo" -m "Update README.md"
expect_status 0 "the web editor's subject passes there too"
try "$repo" --fixup HEAD
expect_status 0 "and so does fixup!"

# --- The threshold: 60 % of the commits people wrote, platform forms left out. ---
hooked mixed
numbered 6 "docs: minutes" >"$TEST_DIR/h"
numbered 4 "Referat fra mødet" >>"$TEST_DIR/h"
history_of "$repo" "$TEST_DIR/h"
try "$repo" -m "Ret link"
refused "6 of 10 in Conventional Commits is mostly"
hooked below
numbered 5 "docs: minutes" >"$TEST_DIR/h"
numbered 5 "Referat fra mødet" >>"$TEST_DIR/h"
history_of "$repo" "$TEST_DIR/h"
try "$repo" -m "Ret link"
expect_status 0 "5 of 10 is not"
hooked own-words
numbered 12 "Referat: mødet" >"$TEST_DIR/h"
history_of "$repo" "$TEST_DIR/h"
try "$repo" -m "Ret link"
expect_status 0 "'Referat: …' is the team's own word, not a Conventional type"
hooked forms
numbered 30 "Update Referat" | sed 's/$/.md/' >"$TEST_DIR/h"
numbered 3 "docs: minutes" >>"$TEST_DIR/h"
numbered 5 "Merge branch 'develop' into main" >>"$TEST_DIR/h"
history_of "$repo" "$TEST_DIR/h"
try "$repo" -m "Ret link"
refused "web-editor and merge subjects are left out: the 3 commits people wrote decide"

# Only the newest 100 commits count: an old habit is forgotten.
hooked newest
numbered 120 "feat: old" >"$TEST_DIR/h"
numbered 100 "Ny dagsorden" >>"$TEST_DIR/h"
history_of "$repo" "$TEST_DIR/h"
try "$repo" -m "Ret link"
expect_status 0 "100 plain commits after 120 Conventional ones"

# Commits of branches merged in count, the merges themselves do not.
hooked merged
git -C "$repo" commit -q --allow-empty --no-verify -m "chore: start"
for n in 1 2 3 4 5 6; do
	git -C "$repo" checkout -q -b "topic$n" main
	history "$repo" "feat(kalender): part $n" "fix(kalender): part $n"
	git -C "$repo" checkout -q main
	git -C "$repo" merge -q --no-ff --no-verify "topic$n" -m "Merge pull request #$n from vendor/topic$n"
done
try "$repo" -m "Ret link"
refused "the commits of merged pull requests show the convention"

# --- A repository without commits keeps the default; configuration wins. ---
hooked fresh
try "$repo" -m "Ret link"
refused "no commits yet: Conventional Commits by default"
try "$repo" -m "chore: start"
expect_status 0 "the first commit in the convention passes"

hooked configured-off
history_of "$repo" "$TEST_DIR/cc"
printf 'commits:\n  conventional: off\n' >"$repo/.govlog.yml"
try "$repo" -m "Ret link"
expect_status 0 "commits.conventional: off wins over a Conventional history"
hooked configured-on
history "$repo" "Create README.md" "Rettet stavefejl" "Update README.md"
printf 'commits:\n  conventional: error\n' >"$repo/.govlog.yml"
try "$repo" -m "Ret link"
refused "commits.conventional: error wins over a web-editor history"
printf 'commits:\n  require-refs: [feat]\n' >"$repo/.govlog.yml"
try "$repo" -m "Ret link"
refused "any commits: key is the team's choice, and the default holds"

# --- check --commits: the range's base decides, not the range. ---
repo=$(new_repo range)
history "$repo" "Create README.md" "Rettet stavefejl" "Tilføjet beslutning" "Update README.md"
git -C "$repo" tag base
mkdir -p "$repo/beslutninger"
cp "$TEST_DIR/web/beslutninger/0001-referater-i-repositoriet.md" "$repo/beslutninger/"
git -C "$repo" add -A
git -C "$repo" commit -q -m "Create 0001-referater-i-repositoriet.md"
history "$repo" "feat: one" "feat: two" "feat: three" "Ret link"
run_govlog "$repo" check --commits base..HEAD
expect_status 0 "a range on a web-editor base: no commit/format"
numbered 20 "feat(kalender): step" >"$TEST_DIR/h"
history_of "$repo" "$TEST_DIR/h"
git -C "$repo" tag base2
history "$repo" "Ret link igen"
run_govlog "$repo" check --commits base2..HEAD
expect_status 1 "a range on a Conventional base"
expect_line "$err" "commit $(git -C "$repo" rev-parse --short=7 HEAD):1:4: fejl: emnelinjen har ikke formen 'type(scope): beskrivelse' [commit/format]" \
	"refuses the plain commit"
finish
