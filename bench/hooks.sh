#!/bin/sh
# Benchmark: govlog's Git hooks against their floor and their peers, in a
# repository of 2,000 committed MADR records with one record modified and staged.
#   pre-commit:  govlog hook pre-commit, against git diff --cached --name-only
#                (the floor) and markdownlint-cli2 on the one staged file;
#   commit-msg:  govlog hook commit-msg, against commitlint with
#                @commitlint/config-conventional on the same message, with
#                and without a Decision: trailer that govlog resolves.
# Prints median times and the ratios with their targets (PASS/MISS). Needs
# hyperfine (Debian) and, for the peers, Node.js with npm.
#   sh bench/hooks.sh [BUILD_DIR]      (default: build)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
[ -x "$govlog" ] || { echo "build govlog first (sh dev.sh demo or cmake --build build)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
case $work$top in *[[:space:]]*)
	echo "hooks.sh: paths with spaces are not supported (TMPDIR or the work tree)" >&2; exit 2 ;;
esac
repo="$work/repo"
mkdir -p "$repo/docs/decisions"
git -c init.defaultBranch=main init -q "$repo"

# 2,000 deterministic MADR 3 records of realistic size (about 1 KiB each).
sh "$top/bench/gen-records.sh" "$repo/docs/decisions" 2000

# commitlint's configuration is part of the project, as in a real repository;
# node_modules (a link to bench/.cache) is not.
printf '{ "extends": ["@commitlint/config-conventional"] }\n' > "$repo/.commitlintrc.json"
echo /node_modules >> "$repo/.git/info/exclude"

in_repo() { git -C "$repo" -c user.name=Bench -c user.email=bench@example.invalid \
	-c commit.gpgsign=false -c core.hooksPath=/dev/null "$@"; }
in_repo add -A
in_repo commit -q -m 'docs: 2,000 decision records'

# One record modified (proposed -> accepted, one more consequence) and staged.
staged=docs/decisions/1000-decision-number-1000.md
awk '/^status: / { print "status: accepted"; next } { print }
END { print "* Neutral, because the vendors already know it." }' "$repo/$staged" > "$work/record"
mv "$work/record" "$repo/$staged"
in_repo add "$staged"
[ "$(in_repo diff --cached --name-only)" = "$staged" ] || { echo "hooks.sh: staging went wrong" >&2; exit 1; }

# What Git hands the commit-msg hook: a Conventional Commits message.
msg="$repo/.git/COMMIT_EDITMSG"
printf '%s\n' 'feat(index): write the table between its markers' '' \
	'The index command rewrites only the part of README.md between the' \
	'govlog markers, so hand-written text around the table survives.' '' \
	'Refs: #12' > "$msg"
printf 'updated some stuff\n' > "$work/bad-msg"
# The same message naming an accepted record (gen-records.sh: number 1001 is
# accepted), which govlog resolves in the log.
decided="$work/decided-msg"
sed 's/^Refs: #12$/Refs: #12\nDecision: ADR-1001/' "$msg" > "$decided"
grep -q '^Decision: ADR-1001$' "$decided" || { echo "hooks.sh: the Decision: message went wrong" >&2; exit 1; }

# The peers, installed once into bench/.cache.
cache="$top/bench/.cache"
lint="$cache/node_modules/.bin/markdownlint-cli2"
commitlint="$cache/node_modules/.bin/commitlint"
want=
[ -x "$lint" ] || want="markdownlint-cli2@0.14.0"
[ -x "$commitlint" ] && [ -d "$cache/node_modules/@commitlint/config-conventional" ] ||
	want="$want @commitlint/cli@20.5.3 @commitlint/config-conventional@20.5.3"
if [ -n "$want" ] && command -v npm >/dev/null; then
	echo "installing$want into bench/.cache (once)" >&2
	# shellcheck disable=SC2086 # $want is a list of package specs
	npm install --silent --save-exact --prefix "$cache" $want >/dev/null 2>&1 || true
fi
[ -d "$cache/node_modules" ] && ln -s "$cache/node_modules" "$repo/node_modules"

# Every command once, before timing. hyperfine's -i is global, so the exit
# statuses that are expected are checked here and only those are ignored later.
cd "$repo"
note=
pre_rc=0
"$govlog" -C "$repo" hook pre-commit >"$work/out" 2>&1 || pre_rc=$?
case $pre_rc in
0) ;;
2)	note="govlog hook pre-commit is not available yet (exit 2, usage): its times and ratios are meaningless"
	echo "WARNING: $note" >&2 ;;
*)	note="govlog hook pre-commit exited $pre_rc on a valid staged record: its times may not be a pass"
	echo "WARNING: $note" >&2; sed 's/^/  /' "$work/out" >&2 ;;
esac
rc=0; "$govlog" hook commit-msg "$msg" >"$work/out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { echo "hooks.sh: govlog hook commit-msg refused the good message (exit $rc):" >&2; cat "$work/out" >&2; exit 1; }
rc=0; "$govlog" hook commit-msg "$decided" >"$work/out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { echo "hooks.sh: govlog hook commit-msg refused Decision: ADR-1001 (exit $rc):" >&2; cat "$work/out" >&2; exit 1; }
if [ -x "$lint" ]; then
	rc=0; "$lint" "$staged" >"$work/out" 2>&1 || rc=$?
	# 1 is findings (the generated records have long lines); anything else is a failure.
	[ "$rc" -le 1 ] || { echo "hooks.sh: markdownlint-cli2 failed (exit $rc):" >&2; cat "$work/out" >&2; exit 1; }
else
	echo "markdownlint-cli2 not available (npm missing or install failed): skipping that peer" >&2
fi
if [ -x "$commitlint" ]; then
	rc=0; "$commitlint" --edit "$msg" >"$work/out" 2>&1 || rc=$?
	[ "$rc" = 0 ] || { echo "hooks.sh: commitlint refused the good message (exit $rc):" >&2; cat "$work/out" >&2; exit 1; }
	rc=0; "$commitlint" --edit "$work/bad-msg" >"$work/out" 2>&1 || rc=$?
	if [ "$rc" = 0 ] || ! grep -q 'type-empty' "$work/out"; then
		echo "hooks.sh: commitlint does not lint (a bad message gave exit $rc):" >&2; cat "$work/out" >&2; exit 1
	fi
else
	echo "commitlint not available (npm missing or install failed): skipping that peer" >&2
fi

set -- -N -i --warmup 5 --runs 40 --export-csv "$work/times.csv" \
	-n pre-commit "$govlog -C $repo hook pre-commit" \
	-n git-diff-cached "git -C $repo diff --cached --name-only" \
	-n commit-msg "$govlog hook commit-msg $msg" \
	-n commit-msg-decision "$govlog hook commit-msg $decided"
[ -x "$lint" ] && set -- "$@" -n markdownlint-cli2 "$lint $staged"
[ -x "$commitlint" ] && set -- "$@" -n commitlint "$commitlint --edit $msg"
# The hook keeps the decision folder's listing in .git/govlog once the folder
# has been left alone for 3 seconds (util/listing_cache.h): wait for that, as
# a developer's folder between edits and commits is, so the warm-up keeps it.
sleep 3
hyperfine "$@" >"$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; exit 1; }
# And the first run after the folder changed, the listing read from the folder.
hyperfine -N --warmup 5 --runs 40 --export-csv "$work/cold.csv" \
	--prepare "rm -rf $repo/.git/govlog" \
	-n commit-msg-decision-cold "$govlog hook commit-msg $decided" >>"$work/hyperfine.log" 2>&1 ||
	{ cat "$work/hyperfine.log" >&2; exit 1; }
tail -n +2 "$work/cold.csv" >>"$work/times.csv"
# GOVLOG_BENCH_SHOW=1 prints hyperfine's own report too.
if [ -n "${GOVLOG_BENCH_SHOW:-}" ]; then cat "$work/hyperfine.log"; fi

awk -F, -v note="$note" '
NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
{ med[$1] = $col["median"] * 1000; sd[$1] = $col["stddev"] * 1000 }
function row(name, label) {
	if (name in med)
		printf "%-44s %8.2f ms  (stddev %.2f)\n", label, med[name], sd[name]
}
function ratio(label, a, b, op, target, pre,   r, ok) {
	if (!(a in med) || !(b in med)) {
		printf "%-44s skipped (peer not available)\n", label; return
	}
	r = med[a] / med[b]
	ok = op == "<=" ? r <= target : r >= target
	printf "%-44s %8.1f   target %s %-3s %s\n", label, r, op, target,
		pre && note != "" ? "n/a (pre-commit not available)" : ok ? "PASS" : "MISS"
}
END {
	print "medians, 2,000 committed records, one staged:"
	row("pre-commit", "govlog hook pre-commit")
	row("git-diff-cached", "git diff --cached --name-only (floor)")
	row("markdownlint-cli2", "markdownlint-cli2, the staged file")
	row("commit-msg", "govlog hook commit-msg")
	row("commit-msg-decision", "govlog hook commit-msg, Decision: trailer")
	row("commit-msg-decision-cold", "  the same, folder listed (no listing kept)")
	row("commitlint", "commitlint --edit (config-conventional)")
	print "ratios:"
	ratio("pre-commit / git-diff-cached", "pre-commit", "git-diff-cached", "<=", 1.3, 1)
	ratio("markdownlint-cli2 / pre-commit", "markdownlint-cli2", "pre-commit", ">=", 30, 1)
	ratio("commitlint / commit-msg", "commitlint", "commit-msg", ">=", 100, 0)
	ratio("commitlint / commit-msg, Decision: trailer", "commitlint", "commit-msg-decision", ">=", 100, 0)
	if ("commit-msg-decision" in med)
		printf "%-44s %8.2f ms target <= 3 ms %s\n", "commit-msg, Decision: trailer", med["commit-msg-decision"],
			med["commit-msg-decision"] <= 3 ? "PASS" : "MISS"
	if (note != "") print "WARNING: " note
}' "$work/times.csv"
