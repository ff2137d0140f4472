#!/bin/sh
# govlog init --hooks and --ci: the three hooks land where Git runs them from
# (core.hooksPath, a linked worktree's main repository, a submodule's own
# folder) and fire on real git commit and git push; a second run changes
# nothing; another tool's hook is chained (run first, with the same arguments
# and input) and --remove puts it back byte for byte; the CI workflows are
# written once and are valid YAML with the expected commands.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH
hooks="pre-commit commit-msg pre-push pre-merge-commit"

# A stand-in govlog for the scripts' side: it logs its arguments (and, for
# pre-push, its input) to $CALLS, so the tests see exactly what each hook ran.
mkdir -p "$TEST_DIR/stub"
cat >"$TEST_DIR/stub/govlog" <<'SH'
#!/bin/sh
echo "govlog $*" >>"$CALLS"
if [ "$2" = pre-push ]; then cat >"$CALLS.govlog-stdin"; fi
exit 0
SH
chmod +x "$TEST_DIR/stub/govlog"
CALLS="$TEST_DIR/calls"
export CALLS

# with_stub CMD...: runs CMD with the stand-in govlog first on PATH; sets $status.
with_stub() {
	status=0
	PATH="$TEST_DIR/stub:$PATH" "$@" >"$TEST_DIR/git.out" 2>"$TEST_DIR/git.err" || status=$?
}

# sums DIR: modes and checksums of everything in DIR (nothing when it is missing).
sums() {
	[ -d "$1" ] || return 0
	(cd "$1" && find . ! -type d -printf '%p %m %y\n' | sort &&
		find . -type f -print | sort | xargs -r md5sum)
}

expect_file_x() {
	if [ -x "$1" ] && [ -f "$1" ]; then pass "$2"; else fail "$2: '$1' is not an executable file"; fi
}

expect_absent() {
	if [ ! -e "$1" ] && [ ! -L "$1" ]; then pass "$2"; else fail "$2: '$1' exists"; fi
}

expect_same() {
	if cmp -s "$1" "$2"; then pass "$3"; else fail "$3: '$1' and '$2' differ"; fi
}

# expect_script HOOK WHAT: HOOK is hooks/<name> as compiled in, with the path of
# the govlog that installed it on its govlog_installed line.
expect_script() {
	sed "s|^govlog_installed=''\$|govlog_installed='$(readlink -f "$GOVLOG")'|" \
		"$GOVLOG_SOURCE_DIR/hooks/$(basename "$1")" >"$TEST_DIR/want-script"
	expect_same "$1" "$TEST_DIR/want-script" "$2"
}

# --- A plain repository: install, install again, the scripts themselves. ---
repo=$(new_repo plain)
sums "$repo/.git/hooks" >"$TEST_DIR/plain.before"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks"
for h in $hooks; do
	expect_line "$out" "installed .git/hooks/$h" "$h is reported installed"
	expect_file_x "$repo/.git/hooks/$h" "$h is an executable file"
	expect_script "$repo/.git/hooks/$h" "$h is hooks/$h, compiled in"
done
expect_absent "$repo/.govlog.yml" "--hooks alone writes no configuration"
expect_absent "$repo/.github" "--hooks alone writes no templates"
sums "$repo/.git/hooks" >"$TEST_DIR/sums1"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks again"
expect_line "$out" "kept     .git/hooks/commit-msg" "govlog's own hook is kept"
expect_no_line "$out" "installed" "nothing is installed twice"
sums "$repo/.git/hooks" >"$TEST_DIR/sums2"
expect_same "$TEST_DIR/sums1" "$TEST_DIR/sums2" "a second run changes no byte or mode"
mkdir -p "$repo/deep/er"
run_govlog "$repo/deep/er" init --hooks
expect_line "$out" "kept     ../../.git/hooks/pre-push" "paths are shown from the current folder"

# The pre-push script passes Git's arguments and ref lines on to govlog.
git init -q --bare "$TEST_DIR/plain-remote.git"
git -C "$repo" remote add origin "$TEST_DIR/plain-remote.git"
git -C "$repo" commit -q --allow-empty --no-verify -m "chore: start"
: >"$CALLS"
with_stub git -C "$repo" push -q origin main
expect_status 0 "git push with the stand-in govlog"
expect_line "$(cat "$CALLS")" "govlog hook pre-push origin $TEST_DIR/plain-remote.git" \
	"pre-push gets the remote's name and URL"
expect_line "$(cat "$CALLS.govlog-stdin")" "refs/heads/main $(git -C "$repo" rev-parse HEAD) refs/heads/main" \
	"and Git's ref lines on its input"

# Without govlog on PATH or at the path the hooks remember, they warn and let Git go on.
for h in pre-commit pre-push; do
	status=0
	sed "s|^govlog_installed=.*|govlog_installed='$TEST_DIR/gone/govlog'|" "$repo/.git/hooks/$h" >"$TEST_DIR/$h"
	(cd "$repo" && PATH=/usr/bin:/bin sh "$TEST_DIR/$h" origin url </dev/null) 2>"$TEST_DIR/nogov.err" || status=$?
	if [ "$status" -eq 0 ]; then pass "$h without govlog exits 0"; else fail "$h without govlog: exit $status"; fi
	expect_line "$(cat "$TEST_DIR/nogov.err")" "govlog: warning: govlog is not on PATH nor at '$TEST_DIR/gone/govlog'" "$h says why"
done

run_govlog "$repo" init --hooks --remove
expect_status 0 "init --hooks --remove"
for h in $hooks; do
	expect_line "$out" "removed  .git/hooks/$h" "$h is reported removed"
done
sums "$repo/.git/hooks" >"$TEST_DIR/plain.after"
expect_same "$TEST_DIR/plain.before" "$TEST_DIR/plain.after" "--remove leaves the folder as it was"
run_govlog "$repo" init --hooks --remove
expect_status 0 "removing again"
expect_no_line "$out" "removed" "finds nothing to remove"

# --- Another tool's hooks are chained, run first, and restored. ---
repo=$(new_repo chained)
cat >"$repo/.git/hooks/pre-commit" <<'SH'
#!/bin/sh
echo "tool pre-commit $#" >>"$CALLS"
exit "${TOOL_EXIT:-0}"
SH
cat >"$repo/.git/hooks/commit-msg" <<'SH'
#!/bin/sh
echo "tool commit-msg $1" >>"$CALLS"
SH
cat >"$repo/.git/hooks/pre-push" <<'SH'
#!/bin/sh
echo "tool pre-push $*" >>"$CALLS"
cat >"$CALLS.tool-stdin"
SH
cat >"$repo/.git/hooks/pre-merge-commit" <<'SH'
#!/bin/sh
echo "tool pre-merge-commit" >>"$CALLS"
SH
chmod 0755 "$repo/.git/hooks/pre-commit" "$repo/.git/hooks/pre-push" "$repo/.git/hooks/pre-merge-commit"
chmod 0750 "$repo/.git/hooks/commit-msg"
sums "$repo/.git/hooks" >"$TEST_DIR/chained.before"
cp -p "$repo/.git/hooks/pre-commit" "$TEST_DIR/tool-pre-commit"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks over another tool's hooks"
for h in $hooks; do
	expect_line "$out" "chained  .git/hooks/$h (runs $h.pre-govlog first)" "$h is chained"
	expect_script "$repo/.git/hooks/$h" "govlog's $h is in place"
done
expect_same "$TEST_DIR/tool-pre-commit" "$repo/.git/hooks/pre-commit.pre-govlog" \
	"the tool's hook is kept whole as pre-commit.pre-govlog"
sums "$repo/.git/hooks" >"$TEST_DIR/sums1"
run_govlog "$repo" init --hooks
expect_line "$out" "kept     .git/hooks/pre-commit" "a second run keeps the chain"
sums "$repo/.git/hooks" >"$TEST_DIR/sums2"
expect_same "$TEST_DIR/sums1" "$TEST_DIR/sums2" "and changes nothing"

: >"$CALLS"
with_stub git -C "$repo" commit -q --allow-empty -m "chore: chained"
expect_status 0 "a real git commit through the chained hooks"
printf 'tool pre-commit 0\ngovlog hook pre-commit\ntool commit-msg .git/COMMIT_EDITMSG\ngovlog hook commit-msg .git/COMMIT_EDITMSG\n' >"$TEST_DIR/want"
expect_same "$TEST_DIR/want" "$CALLS" "the tool's hook runs first with the same arguments, then govlog"

: >"$CALLS"
with_stub env TOOL_EXIT=1 git -C "$repo" commit -q --allow-empty -m "chore: refused"
if [ "$status" -ne 0 ]; then pass "a failing tool hook refuses the commit"; else fail "committed"; fi
expect_no_line "$(cat "$CALLS")" "govlog hook" "govlog does not run after it"
status=0
(cd "$repo" && TOOL_EXIT=7 PATH="$TEST_DIR/stub:$PATH" .git/hooks/pre-commit) || status=$?
expect_status 7 "the hook stops with the tool hook's status"

git init -q --bare "$TEST_DIR/chained-remote.git"
git -C "$repo" remote add origin "$TEST_DIR/chained-remote.git"
: >"$CALLS"
with_stub git -C "$repo" push -q origin main
expect_status 0 "a real git push through the chained pre-push hook"
expect_line "$(cat "$CALLS")" "tool pre-push origin $TEST_DIR/chained-remote.git" "the tool's pre-push gets the arguments"
expect_line "$(cat "$CALLS.tool-stdin")" "refs/heads/main $(git -C "$repo" rev-parse HEAD)" "and the ref lines"
expect_same "$CALLS.tool-stdin" "$CALLS.govlog-stdin" "govlog's pre-push gets the same input"

run_govlog "$repo" init --hooks --remove
expect_status 0 "--remove with chained hooks"
for h in $hooks; do
	expect_line "$out" "restored .git/hooks/$h" "$h is restored"
done
sums "$repo/.git/hooks" >"$TEST_DIR/chained.after"
expect_same "$TEST_DIR/chained.before" "$TEST_DIR/chained.after" \
	"the tool's hooks are back byte for byte, with their modes"

# A chained name that is taken: nothing changes.
printf '#!/bin/sh\necho older\n' >"$repo/.git/hooks/pre-push.pre-govlog"
sums "$repo/.git/hooks" >"$TEST_DIR/sums1"
run_govlog "$repo" init --hooks
expect_status 3 "a taken pre-push.pre-govlog"
expect_line "$err" "cannot chain the pre-push hook '.git/hooks/pre-push': '.git/hooks/pre-push.pre-govlog' exists already" \
	"the error names both files"
sums "$repo/.git/hooks" >"$TEST_DIR/sums2"
expect_same "$TEST_DIR/sums1" "$TEST_DIR/sums2" "and no hook was touched"

# A hook that is a symbolic link, even a dangling one, is moved as a link and put back.
repo=$(new_repo linked-hook)
ln -s ../../tool-hook "$repo/.git/hooks/pre-commit"
run_govlog "$repo" init --hooks
expect_line "$out" "chained  .git/hooks/pre-commit" "a dangling link is chained, not lost"
expect_line "$(readlink "$repo/.git/hooks/pre-commit.pre-govlog")" "../../tool-hook" "as the same link"
printf '#!/bin/sh\necho "linked tool" >>"$CALLS"\n' >"$repo/tool-hook"
chmod +x "$repo/tool-hook"
: >"$CALLS"
with_stub git -C "$repo" commit -q --allow-empty -m "chore: through a link"
expect_line "$(cat "$CALLS")" "linked tool" "the linked hook runs first"
run_govlog "$repo" init --hooks --remove
expect_line "$(readlink "$repo/.git/hooks/pre-commit")" "../../tool-hook" "--remove puts the link back"

# A hooks folder that cannot be made is a runtime failure.
repo=$(new_repo hooks-file)
: >"$repo/not-a-folder"
git -C "$repo" config core.hooksPath not-a-folder
run_govlog "$repo" init --hooks
expect_status 3 "core.hooksPath naming a file"
expect_line "$err" "cannot create" "says what failed"

# --- core.hooksPath: relative to the work tree root, and ~/. ---
repo=$(new_repo hooks-path)
git -C "$repo" config core.hooksPath .githooks
mkdir -p "$repo/sub"
umask 022
run_govlog "$repo/sub" init --hooks
expect_status 0 "init --hooks with core.hooksPath, from a subfolder"
# A folder init makes is an ordinary one: mkdir's 0777 less the umask.
mode=$(stat -c %a "$repo/.githooks")
[ "$mode" = 755 ] && pass "the hooks folder it creates is 755 under umask 022" ||
	fail "the hooks folder it creates is $mode, not 755"
expect_line "$out" "installed ../.githooks/pre-commit" "the relative path is taken from the root"
for h in $hooks; do expect_file_x "$repo/.githooks/$h" "$h in .githooks"; done
expect_absent "$repo/.git/hooks/commit-msg" "nothing in .git/hooks"
: >"$CALLS"
with_stub git -C "$repo" commit -q --allow-empty -m "chore: via hooksPath"
expect_line "$(cat "$CALLS")" "govlog hook commit-msg" "git commit runs them"

repo=$(new_repo home-hooks)
# shellcheck disable=SC2088 # the tilde is for govlog to expand, as Git does
git -C "$repo" config core.hooksPath '~/githooks'
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks with core.hooksPath ~/githooks"
expect_file_x "$HOME/githooks/pre-push" "a leading ~/ is the home folder"
expect_line "$out" "installed $HOME/githooks/pre-push" "shown as an absolute path"

# --- A linked worktree installs into its main repository. ---
repo=$(new_repo wt-main)
git -C "$repo" commit -q --allow-empty -m "chore: start"
git -C "$repo" worktree add -q "$TEST_DIR/wt-linked" -b side
run_govlog "$TEST_DIR/wt-linked" init --hooks
expect_status 0 "init --hooks in a linked worktree"
for h in $hooks; do expect_file_x "$repo/.git/hooks/$h" "$h in the main repository's hooks"; done
expect_absent "$repo/.git/worktrees/wt-linked/hooks" "none in the worktree's own Git dir"
: >"$CALLS"
with_stub git -C "$TEST_DIR/wt-linked" commit -q --allow-empty -m "chore: in the worktree"
expect_line "$(cat "$CALLS")" "govlog hook pre-commit" "a commit in the worktree runs them"

# --- A submodule gets its own. ---
lib=$(new_repo sub-lib)
git -C "$lib" commit -q --allow-empty -m "chore: start"
super=$(new_repo super)
git -C "$super" -c protocol.file.allow=always submodule add -q "$lib" mod 2>/dev/null
git -C "$super" commit -q -m "chore: add the submodule"
run_govlog "$super/mod" init --hooks
expect_status 0 "init --hooks in a submodule"
for h in $hooks; do expect_file_x "$super/.git/modules/mod/hooks/$h" "$h in .git/modules/mod/hooks"; done
expect_absent "$super/.git/hooks/pre-commit" "not in the superproject's hooks"
: >"$CALLS"
with_stub git -C "$super/mod" commit -q --allow-empty -m "chore: in the submodule"
expect_line "$(cat "$CALLS")" "govlog hook commit-msg" "a commit in the submodule runs them"

# --- Usage. ---
mkdir -p "$TEST_DIR/no-repo"
run_govlog "$TEST_DIR/no-repo" init --hooks
expect_status 2 "--hooks outside a repository"
expect_line "$err" "not a git repository" "says so"
run_govlog "$repo" init --remove
expect_status 2 "--remove without --hooks"
run_govlog "$repo" init --ci travis
expect_status 2 "an unknown CI"
run_govlog "$repo" help init
for o in --hooks --remove "--ci SYSTEM"; do expect_line "$out" "$o" "help init lists $o"; done

# --- The real govlog in the hooks. ---
repo=$(new_repo real)
run_govlog "$repo" init
run_govlog "$repo" new decision "Check decisions in hooks"
printf 'commits:\n  require-refs: [feat, fix]\n' >>"$repo/.govlog.yml"
commit_all "$repo" "chore: set govlog up"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks in a set-up repository"
run_govlog "$repo" hook pre-commit
if [ "$status" -eq 2 ]; then
	echo "note: 'govlog hook pre-commit' exits 2 (not available yet): its firing is not checked"
	mv "$repo/.git/hooks/pre-commit" "$TEST_DIR/pre-commit.off"
else
	expect_status 0 "govlog hook pre-commit on a clean log"
	record=$(find "$repo/docs/decisions" -name '0001-*.md')
	sed -i 's/^status: .*/status: Acepteret/' "$record"
	git -C "$repo" add -A
	status=0
	git -C "$repo" commit -q -m "docs: a broken status" 2>"$TEST_DIR/commit.err" || status=$?
	if [ "$status" -ne 0 ]; then pass "pre-commit refuses a broken record"; else fail "committed"; fi
	expect_line "$(cat "$TEST_DIR/commit.err")" "$(basename "$record")" "and names it"
	git -C "$repo" reset -q && git -C "$repo" checkout -q -- .
fi
status=0
git -C "$repo" commit -q --allow-empty -m "feat: no reference" 2>"$TEST_DIR/commit.err" || status=$?
if [ "$status" -ne 0 ]; then pass "commit-msg fires and refuses"; else fail "committed"; fi
expect_line "$(cat "$TEST_DIR/commit.err")" "[commit/refs]" "with the rule's diagnostic"
status=0
git -C "$repo" commit -q --allow-empty -m "feat: with a reference" -m "Refs: #3" 2>"$TEST_DIR/commit.err" || status=$?
out="" err=$(cat "$TEST_DIR/commit.err")
expect_status 0 "a good commit passes the real hooks"
git init -q --bare "$TEST_DIR/real-remote.git"
git -C "$repo" remote add origin "$TEST_DIR/real-remote.git"
run_govlog "$repo" hook pre-push origin "$TEST_DIR/real-remote.git" </dev/null
if [ "$status" -eq 2 ]; then
	echo "note: 'govlog hook pre-push' exits 2 (not available yet): its firing is not checked"
else
	status=0
	git -C "$repo" push -q origin main 2>"$TEST_DIR/push.err" || status=$?
	out="" err=$(cat "$TEST_DIR/push.err")
	expect_status 0 "a real git push through govlog's pre-push"
	git -C "$repo" commit -q --allow-empty --no-verify -m "feat: sneaked past commit-msg"
	status=0
	git -C "$repo" push -q origin main 2>"$TEST_DIR/push.err" || status=$?
	if [ "$status" -ne 0 ]; then pass "pre-push fires and refuses a bad commit"; else fail "pushed"; fi
	expect_line "$(cat "$TEST_DIR/push.err")" "[commit/refs]" "with the rule's diagnostic"
	git -C "$repo" reset -q --hard HEAD~1
fi
[ -e "$TEST_DIR/pre-commit.off" ] && mv "$TEST_DIR/pre-commit.off" "$repo/.git/hooks/pre-commit"

# The workflow's steps run through govlog's action: t0094-github-action.sh.

# --- CI workflows. ---
repo=$(new_repo ci-github)
run_govlog "$repo" init --ci github
expect_status 0 "init --ci github"
expect_line "$out" "created  .github/workflows/govlog.yml" "the workflow is written"
expect_absent "$repo/.govlog.yml" "--ci alone writes no configuration"
wf="$repo/.github/workflows/govlog.yml"
expect_same "$wf" "$GOVLOG_SOURCE_DIR/templates/ci/github.yml" "from templates/ci/github.yml"
run_govlog "$repo" init --ci github
expect_line "$out" "kept     .github/workflows/govlog.yml" "a second run keeps it"
status=0
python3 - "$wf" >"$TEST_DIR/yaml.out" 2>&1 <<'PY' || status=$?
import sys, yaml
wf = yaml.safe_load(open(sys.argv[1]))
on = wf.get("on", wf.get(True))  # YAML 1.1 reads the key on as true
assert "pull_request" in on and "push" in on, on
steps = wf["jobs"]["govlog"]["steps"]
assert steps[0]["with"]["fetch-depth"] == 0, steps[0]
assert any(s.get("uses") == "./.govlog-action" for s in steps), steps
for s in steps:
    assert "${{" not in s.get("run", ""), "an expression in a script: " + s["run"]
PY
expect_status 0 "the workflow is valid YAML, on pull_request and push, using govlog's action"
[ "$status" -eq 0 ] || sed 's/^/    /' "$TEST_DIR/yaml.out" >&2

repo=$(new_repo ci-own)
mkdir -p "$repo/.github/workflows"
printf 'name: ours\n' >"$repo/.github/workflows/govlog.yml"
run_govlog "$repo" init --ci github --hooks
expect_status 0 "--ci and --hooks together"
expect_line "$out" "kept     .github/workflows/govlog.yml" "an existing workflow is kept"
expect_line "$(cat "$repo/.github/workflows/govlog.yml")" "name: ours" "and not changed"
expect_line "$out" "installed .git/hooks/pre-commit" "and the hooks are installed"

repo=$(new_repo ci-gitlab)
run_govlog "$repo" init --ci gitlab
expect_status 0 "init --ci gitlab"
expect_line "$out" "created  .gitlab/govlog.gitlab-ci.yml" "the GitLab job is written"
expect_line "$out" "created  .gitlab-ci.yml" "with a .gitlab-ci.yml that includes it"
expect_line "$(cat "$repo/.gitlab-ci.yml")" "- local: .gitlab/govlog.gitlab-ci.yml" "the include"
job="$repo/.gitlab/govlog.gitlab-ci.yml"
for want in 'GIT_DEPTH: "0"' '$CI_PIPELINE_SOURCE == "merge_request_event"' \
	'$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' \
	'govlog check ${RANGE:+--commits "$RANGE"} --format codeclimate >gl-code-quality-report.json || status=$?' \
	'codequality: gl-code-quality-report.json' \
	'printf '"'%s\\n'"' "$CI_MERGE_REQUEST_DESCRIPTION" | govlog check-body --template merge_request - || status=$?'; do
	expect_line "$(cat "$job")" "$want" "the GitLab job has $want"
done
if python3 -c 'import yaml' 2>/dev/null; then
	status=0
	python3 -c 'import sys, yaml; [yaml.safe_load(open(f)) for f in sys.argv[1:]]' \
		"$job" "$repo/.gitlab-ci.yml" "$GOVLOG_SOURCE_DIR/.pre-commit-hooks.yaml" || status=$?
	expect_status 0 "the GitLab files and .pre-commit-hooks.yaml are valid YAML"
fi
run_govlog "$repo" init --ci gitlab
expect_line "$out" "kept     .gitlab-ci.yml" "a second run keeps both"
expect_no_line "$out" "note" "and needs no note: the include is there"

repo=$(new_repo ci-gitlab-own)
printf 'test:\n  script: [make test]\n' >"$repo/.gitlab-ci.yml"
run_govlog "$repo" init --ci gitlab
expect_line "$out" "note     .gitlab-ci.yml exists: add '- local: .gitlab/govlog.gitlab-ci.yml' to its include: list" \
	"an existing .gitlab-ci.yml gets a note"
expect_line "$(cat "$repo/.gitlab-ci.yml")" "script: [make test]" "and is left alone"

# --- The pre-commit framework's hook list. ---
pc="$GOVLOG_SOURCE_DIR/.pre-commit-hooks.yaml"
for want in "entry: govlog hook pre-commit" "entry: govlog hook commit-msg" \
	"entry: govlog hook pre-push" "stages: [commit-msg]" "pass_filenames: false"; do
	expect_line "$(cat "$pc")" "$want" ".pre-commit-hooks.yaml has $want"
done
finish
