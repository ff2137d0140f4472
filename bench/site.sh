#!/bin/sh
# Benchmark: govlog site over a log of 2,000 records shaped like a real log
# (gen-log.sh: links between records, supersede chains), and over ten
# repositories of 200 such records each as one site (govlog site -o DIR
# PATH...), in one hyperfine run beside its floor (cp -r of the same files
# into a fresh folder), with each run's peak resident memory. Goal, each row:
# under 2 s and 100 MiB on this machine kind.
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
# ten repositories of an organisation, 200 records each
org=""
for i in 0 1 2 3 4 5 6 7 8 9; do
	r="$work/org/repo$i"
	mkdir -p "$r/docs/decisions"
	git -c init.defaultBranch=main init -q "$r"
	printf 'repository: org/repo%s\n' "$i" >"$r/.govlog.yml"
	sh "$top/bench/gen-log.sh" "$r/docs/decisions" 200
	org="$org $r"
done

# Every run writes into an empty folder (pages left unchanged by a second
# run into the same folder are not written again, which would time less).
hyperfine -N -i --warmup 1 --runs 5 --export-csv "$work/times.csv" \
	--prepare "rm -rf $work/site $work/copy $work/org-site $work/org-copy" \
	-n site-2k "$govlog -C $repo site -o $work/site" \
	-n cp-2k "cp -r $repo/docs/decisions $work/copy" \
	-n site-10x200 "$govlog site -o $work/org-site$org" \
	-n cp-10x200 "cp -r $work/org $work/org-copy" >/dev/null
peak=$(/usr/bin/time -f %M "$govlog" -C "$repo" site -o "$work/site2" 2>&1 >/dev/null | tail -1)
# shellcheck disable=SC2086 # the repositories' paths, one word each
peak_org=$(/usr/bin/time -f %M "$govlog" site -o "$work/org-site2" $org 2>&1 >/dev/null | tail -1)
awk -F, -v peak="$peak" -v peak_org="$peak_org" 'NR > 1 { t[$1] = $2 * 1000 }
function row(what, site, cp, kib) {
	printf "govlog site, %-22s %8.1f ms  peak %6.1f MiB   cp -r %6.1f ms  site/cp = %.1f\n", what, t[site], kib / 1024, t[cp], t[site] / t[cp]
	printf "goal: under 2,000 ms (%s) and 100 MiB (%s)\n", t[site] < 2000 ? "PASS" : "MISS", kib / 1024 < 100 ? "PASS" : "MISS"
}
END {
	row("2,000 records:", "site-2k", "cp-2k", peak)
	row("10 repositories x 200:", "site-10x200", "cp-10x200", peak_org)
}' "$work/times.csv"
