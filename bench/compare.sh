#!/bin/sh
# Benchmark: two govlog binaries side by side in one run, for a change that must
# not cost speed (a refactoring, a new rule): `govlog check` over 2,000 MADR
# records and `govlog hook pre-commit` with one of them staged. Prints the
# medians and NEW/OLD for each. Needs hyperfine (Debian).
#   sh bench/compare.sh OLD_GOVLOG [NEW_GOVLOG]   (default NEW: build/govlog)
# An old binary comes from a worktree of the older commit:
#   git worktree add /tmp/old <rev> && cmake -S /tmp/old -B /tmp/old/build && cmake --build /tmp/old/build
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: sh bench/compare.sh OLD_GOVLOG [NEW_GOVLOG]}
new=${2:-$top/build/govlog}
for b in "$old" "$new"; do
	[ -x "$b" ] || { echo "compare.sh: '$b' is not an executable" >&2; exit 2; }
done
old=$(cd "$(dirname "$old")" && pwd)/$(basename "$old")
new=$(cd "$(dirname "$new")" && pwd)/$(basename "$new")
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
case $work$old$new in *[[:space:]]*)
	echo "compare.sh: paths with spaces are not supported" >&2; exit 2 ;;
esac
repo="$work/repo"
mkdir -p "$repo/docs/decisions"
git -c init.defaultBranch=main init -q "$repo"
sh "$top/bench/gen-records.sh" "$repo/docs/decisions" 2000
in_repo() { git -C "$repo" -c user.name=Bench -c user.email=bench@example.invalid \
	-c commit.gpgsign=false -c core.hooksPath=/dev/null "$@"; }
in_repo add -A
in_repo commit -q -m 'docs: 2,000 decision records'
staged=docs/decisions/1000-decision-number-1000.md
printf '* Neutral, because the vendors already know it.\n' >> "$repo/$staged"
in_repo add "$staged"

# Both binaries must give the same findings before their times mean anything.
for cmd in check "hook pre-commit"; do
	# shellcheck disable=SC2086 # $cmd is a verb and its argument
	(cd "$repo" && "$old" $cmd >"$work/old.out" 2>&1) || true
	# shellcheck disable=SC2086
	(cd "$repo" && "$new" $cmd >"$work/new.out" 2>&1) || true
	cmp -s "$work/old.out" "$work/new.out" ||
		echo "WARNING: the binaries disagree on 'govlog $cmd'" >&2
done

cd "$repo"
hyperfine -N -i --warmup 5 --runs 40 --export-json "$work/times.json" \
	-n old-check "$old check" -n new-check "$new check" \
	-n old-pre-commit "$old hook pre-commit" -n new-pre-commit "$new hook pre-commit" \
	>/dev/null
python3 - "$work/times.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] * 1000 for x in json.load(open(sys.argv[1]))["results"]}
for what in ("check", "pre-commit"):
    o, n = r["old-" + what], r["new-" + what]
    print(f"{what:11s} old {o:8.2f} ms   new {n:8.2f} ms   new/old = {n / o:.3f}")
PY
