#!/bin/sh
# govlog init --hooks in a repository whose hooks husky runs. husky 9 points
# core.hooksPath at .husky/_, fills it with runners that run the user's
# .husky/<hook> files with `sh -e`, and regenerates it on every install; so
# govlog must leave .husky/_ alone and add its lines to the user's files.
# Checked with the real husky 9 (tests/package.json) and real git commits:
# husky's own hook and govlog's both run, a second init changes nothing, and
# --remove gives back every file byte for byte. husky 5 to 8's layout
# (.husky with _/husky.sh, files Git runs itself) is built as its docs show.
. "$(dirname "$0")/../test-lib.sh"

husky_bin="$GOVLOG_SOURCE_DIR/tests/node_modules/husky/bin.js"
if [ ! -f "$husky_bin" ] || ! command -v node >/dev/null; then
	fail "husky is not installed: run sh dev.sh test (npm ci in tests/)"
	finish
fi
PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# sums DIR: modes and checksums of every file under DIR.
sums() {
	(cd "$1" && find . ! -type d -printf '%p %m\n' | sort &&
		find . -type f -print | sort | xargs -r md5sum)
}

# The two lines govlog adds for HOOK running ARGS, as its documentation gives them.
block() {
	printf '# govlog: checks the decision log (govlog init --hooks --remove takes these lines out)%s\n' "$2"
	printf 'if command -v govlog >/dev/null 2>&1; then govlog hook %s; else echo "govlog: warning: govlog is not on PATH; not checked" >&2; fi\n' "$1"
}

expect_same() {
	if cmp -s "$1" "$2"; then pass "$3"; else fail "$3: '$1' and '$2' differ: $(diff "$1" "$2" | head -5)"; fi
}

# commit REPO MESSAGE: a real git commit of everything; sets $status and $err.
commit() {
	status=0
	git -C "$1" add -A
	git -C "$1" commit -q -m "$2" >"$TEST_DIR/git.out" 2>"$TEST_DIR/git.err" || status=$?
	err=$(cat "$TEST_DIR/git.out" "$TEST_DIR/git.err")
}

# --- husky 9, as `npx husky init` leaves it, with a commit-msg hook of the user's. ---
repo=$(new_repo husky9)
(cd "$repo" && printf '{"name": "demo", "version": "1.0.0"}\n' >package.json &&
	node "$husky_bin" init >/dev/null)
expect_line "$(git -C "$repo" config core.hooksPath)" ".husky/_" "husky 9 set core.hooksPath"
printf 'echo "husky pre-commit" >>.git/husky.log\n' >"$repo/.husky/pre-commit"
# A last line without its line end, as a web editor may leave it.
printf 'echo "husky commit-msg: $(head -n 1 "$1")" >>.git/husky.log' >"$repo/.husky/commit-msg"
run_govlog "$repo" init --profile madr
run_govlog "$repo" new decision "Use PostgreSQL"
run_govlog "$repo" status 1 accepted
expect_status 0 "a decision log beside husky, one decision accepted"
cp -p "$repo/.husky/pre-commit" "$TEST_DIR/pre-commit.before"
cp -p "$repo/.husky/commit-msg" "$TEST_DIR/commit-msg.before"
sums "$repo/.husky/_" >"$TEST_DIR/runners.before"
sums "$repo/.husky" >"$TEST_DIR/husky.before"

run_govlog "$repo" init --hooks
expect_status 0 "init --hooks in a husky 9 repository"
expect_line "$out" "added    .husky/pre-commit" "the user's pre-commit gets govlog's lines"
expect_line "$out" "added    .husky/commit-msg" "the user's commit-msg gets govlog's lines"
expect_line "$out" "installed .husky/pre-push" "a missing pre-push is made"
expect_line "$out" "installed .husky/pre-merge-commit" "a missing pre-merge-commit is made"
expect_no_line "$out" ".husky/_" "husky's runners are not named"
want=$(printf '%s\n' "added    .husky/pre-commit" "added    .husky/commit-msg" \
	"installed .husky/pre-push" "installed .husky/pre-merge-commit")
[ "$out" = "$want" ] && pass "one line a hook, in the order Git runs them on a commit and a push" ||
	fail "init --hooks said: $out"
sums "$repo/.husky/_" >"$TEST_DIR/runners.after"
expect_same "$TEST_DIR/runners.before" "$TEST_DIR/runners.after" "husky's .husky/_ is untouched"
expect_no_line "$(git -C "$repo" config core.hooksPath)" "hooks" "core.hooksPath stays husky's"

{ cat "$TEST_DIR/pre-commit.before" && block pre-commit ""; } >"$TEST_DIR/want"
expect_same "$repo/.husky/pre-commit" "$TEST_DIR/want" "pre-commit: the user's line, then govlog's two"
{ cat "$TEST_DIR/commit-msg.before" && printf '\n' &&
	block 'commit-msg "$1"' " [line end added]"; } >"$TEST_DIR/want"
expect_same "$repo/.husky/commit-msg" "$TEST_DIR/want" \
	"commit-msg: the line end govlog had to add is marked"
block 'pre-push "$@"' " [file made by govlog]" >"$TEST_DIR/want"
expect_same "$repo/.husky/pre-push" "$TEST_DIR/want" "pre-push: a file made by govlog says so"
expect_line "$(stat -c %a "$repo/.husky/pre-push")" "644" \
	"husky 9 runs its files with sh: no exec bit needed, as husky init writes them"

# Real commits: husky runs its runner, which runs the user's file, govlog's lines included.
commit "$repo" "$(printf 'feat: connect to the database\n\nDecision: ADR-0099')"
expect_status 1 "a Decision: trailer naming no record is refused"
expect_line "$err" "husky - commit-msg script failed (code 1)" "through husky's runner"
expect_line "$(cat "$repo/.git/husky.log")" "husky commit-msg: feat: connect to the database" \
	"husky's own commit-msg line ran first"
expect_no_line "$err" "not checked" "govlog was found on PATH"
case "$err" in
*"'ADR-0099' is no record"*) pass "govlog's commit-msg check said why" ;;
*) fail "govlog's message is missing: $err" ;;
esac
commit "$repo" "$(printf 'feat: connect to the database\n\nDecision: ADR-0001')"
expect_status 0 "a commit naming a record of the log goes through"
expect_line "$(cat "$repo/.git/husky.log")" "husky pre-commit" "husky's own pre-commit ran"

# A staged record with an error: govlog's pre-commit lines refuse it.
printf '# Broken\n\n## Status\n\nAcepteret\n' >"$repo/docs/decisions/0002-broken.md"
commit "$repo" "docs: a broken record"
expect_status 1 "pre-commit refuses a record with an error"
expect_line "$err" "husky - pre-commit script failed (code 1)" "through husky's pre-commit runner"
rm "$repo/docs/decisions/0002-broken.md"

# Without govlog on PATH: a warning, and husky's own hook still decides.
status=0
PATH=/usr/bin:/bin git -C "$repo" commit -q --allow-empty -m "chore: no govlog here" \
	>"$TEST_DIR/git.out" 2>&1 || status=$?
expect_status 0 "without govlog on PATH the commit goes on"
expect_line "$(cat "$TEST_DIR/git.out")" "govlog: warning: govlog is not on PATH; not checked" \
	"and says the check did not run"

# Once more: nothing changes; husky reinstalling its runners (npm's prepare) keeps govlog's lines.
sums "$repo/.husky" >"$TEST_DIR/installed"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks again"
expect_no_line "$out" "added" "nothing is added twice"
expect_line "$out" "kept     .husky/commit-msg" "govlog's lines are found and kept"
(cd "$repo" && node "$husky_bin" >/dev/null)
sums "$repo/.husky" >"$TEST_DIR/again"
expect_same "$TEST_DIR/installed" "$TEST_DIR/again" "a second init and a husky reinstall change no byte"

run_govlog "$repo" init --hooks --remove
expect_status 0 "init --hooks --remove"
expect_line "$out" "restored .husky/commit-msg" "commit-msg is given back"
expect_line "$out" "removed  .husky/pre-push" "the pre-push govlog made is removed"
sums "$repo/.husky" >"$TEST_DIR/husky.after"
expect_same "$TEST_DIR/husky.before" "$TEST_DIR/husky.after" \
	"--remove gives back .husky byte for byte, modes too"

# A file govlog made and the user then added to is kept, without govlog's lines.
run_govlog "$repo" init --hooks
printf 'echo "mine"\n' >>"$repo/.husky/pre-push"
run_govlog "$repo" init --hooks --remove
expect_line "$(cat "$repo/.husky/pre-push")" 'echo "mine"' "the user's line in a made file is kept"
expect_no_line "$(cat "$repo/.husky/pre-push")" "govlog" "and govlog's lines are gone"

# --- husky 5 to 8: core.hooksPath .husky; the user's files source _/husky.sh and Git runs them. ---
repo=$(new_repo husky8)
mkdir -p "$repo/.husky/_"
printf '#!/usr/bin/env sh\n# husky\n' >"$repo/.husky/_/husky.sh"
printf '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\necho "husky8 pre-commit" >>.git/husky.log\n' \
	>"$repo/.husky/pre-commit"
chmod 755 "$repo/.husky/pre-commit"
git -C "$repo" config core.hooksPath .husky
sums "$repo/.husky" >"$TEST_DIR/husky8.before"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks in a husky 8 repository"
expect_line "$out" "added    .husky/pre-commit" "husky 8: the user's pre-commit gets the lines"
expect_absent_file() { if [ ! -e "$1" ]; then pass "$2"; else fail "$2: '$1' exists"; fi; }
expect_absent_file "$repo/.husky/pre-commit.pre-govlog" "husky 8: nothing is moved aside"
{ printf '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\n' &&
	block 'commit-msg "$1"' " [file made by govlog]"; } >"$TEST_DIR/want"
expect_same "$repo/.husky/commit-msg" "$TEST_DIR/want" "husky 8: a made file has husky's header"
expect_line "$(stat -c %a "$repo/.husky/commit-msg")" "755" "husky 8: Git runs it, so it is executable"
commit "$repo" "$(printf 'feat: x\n\nDecision: ADR-0042')"
expect_status 1 "husky 8: govlog's commit-msg runs under Git"
expect_line "$(cat "$repo/.git/husky.log")" "husky8 pre-commit" "husky 8: the user's pre-commit ran"
run_govlog "$repo" init --hooks --remove
sums "$repo/.husky" >"$TEST_DIR/husky8.after"
expect_same "$TEST_DIR/husky8.before" "$TEST_DIR/husky8.after" "husky 8: --remove gives back .husky"
finish
