#!/bin/sh
# Benchmark: govlog check over 2,000 MADR records, against markdownlint-cli2 on
# the same files and against only reading them (cat). Prints median times (of
# 20 runs each, in one hyperfine run) and the ratios with their targets
# (markdownlint-cli2/govlog >= 60, govlog/cat <= 3): a median is not pulled by
# the one slow run a busy machine gives either tool. Needs hyperfine (Debian)
# and, for the peer, Node.js with npm.
#   sh bench/check-2000.sh [BUILD_DIR]      (default: build)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
[ -x "$govlog" ] || { echo "build govlog first (sh dev.sh demo or cmake --build build)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo/docs/decisions"
git -c init.defaultBranch=main init -q "$repo"

# 2,000 deterministic MADR 3 records of realistic size (about 1 KiB each).
sh "$top/bench/gen-records.sh" "$repo/docs/decisions" 2000

lint="$top/bench/.cache/node_modules/.bin/markdownlint-cli2"
if [ ! -x "$lint" ] && command -v npm >/dev/null; then
	echo "installing markdownlint-cli2 into bench/.cache (once)" >&2
	npm install --silent --prefix "$top/bench/.cache" markdownlint-cli2@0.14.0 >/dev/null 2>&1 || true
fi

set -- -N --warmup 3 --runs 20 --export-csv "$work/times.csv" \
	-n govlog "$govlog -C $repo check" \
	-n cat "sh -c 'cat $repo/docs/decisions/*.md > /dev/null'"
if [ -x "$lint" ]; then
	set -- "$@" -n markdownlint-cli2 "sh -c 'cd $repo && $lint \"docs/decisions/*.md\" >/dev/null 2>&1 || true'"
else
	echo "markdownlint-cli2 not available: comparing with cat only" >&2
fi
hyperfine "$@" >"$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; exit 1; }
# GOVLOG_BENCH_SHOW=1 prints hyperfine's own report too.
if [ -n "${GOVLOG_BENCH_SHOW:-}" ]; then cat "$work/hyperfine.log"; fi
# hyperfine's CSV: command, mean, stddev, median, user, system, min, max (seconds).
awk -F, 'NR > 1 { t[$1] = $4 * 1000 }
function verdict(ok) { return ok ? "PASS" : "MISS" }
END {
	printf "medians of 20 runs:\n"
	printf "govlog check, 2000 records: %8.1f ms\n", t["govlog"]
	r = t["govlog"] / t["cat"]
	printf "cat of the same files:      %8.1f ms   govlog/cat = %.2f   target <= 3  %s\n", t["cat"], r, verdict(r <= 3)
	if ("markdownlint-cli2" in t) {
		r = t["markdownlint-cli2"] / t["govlog"]
		printf "markdownlint-cli2:          %8.1f ms   markdownlint-cli2/govlog = %.1f   target >= 60  %s\n", t["markdownlint-cli2"], r, verdict(r >= 60)
	}
}' "$work/times.csv"
