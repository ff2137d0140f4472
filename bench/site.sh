#!/bin/sh
# Benchmark: govlog site over a log of 2,000 records shaped like a real log
# (gen-log.sh: links between records, supersede chains), in one hyperfine run
# beside its floor (cp -r of the same files into a fresh folder), with each
# run's peak resident memory. Goal: under 2 s and 100 MiB on this machine kind.
#   sh bench/site.sh [BUILD_DIR]      (default: build)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
[ -x "$govlog" ] || { echo "build govlog first (cmake --build build)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "install GNU time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo="$work/2000"
mkdir -p "$repo/docs/decisions"
git -c init.defaultBranch=main init -q "$repo"
sh "$top/bench/gen-log.sh" "$repo/docs/decisions" 2000

hyperfine -N -i --warmup 1 --runs 5 --export-csv "$work/times.csv" \
	-n site-2k "$govlog -C $repo site -o $work/site" \
	-n cp-2k "cp -r $repo/docs/decisions $work/copy" >/dev/null
peak=$(/usr/bin/time -f %M "$govlog" -C "$repo" site -o "$work/site2" 2>&1 >/dev/null | tail -1)
awk -F, -v peak="$peak" 'NR > 1 { t[$1] = $2 * 1000 }
END {
	printf "govlog site, 2,000 records: %8.1f ms  peak %6.1f MiB   cp -r %6.1f ms  site/cp = %.1f\n", t["site-2k"], peak / 1024, t["cp-2k"], t["site-2k"] / t["cp-2k"]
	printf "goal: under 2,000 ms (%s) and 100 MiB (%s)\n", t["site-2k"] < 2000 ? "PASS" : "MISS", peak / 1024 < 100 ? "PASS" : "MISS"
}' "$work/times.csv"
