#!/bin/sh
# Benchmark: how govlog check grows with the log. Generates logs of 2,000 and
# 20,000 records shaped like a real log (gen-log.sh: links between records and
# supersede chains), then times govlog check on each in one hyperfine run
# against its floor (cat of the same files) and prints the time ratio 20k/2k
# (linear is 10) and each run's peak memory (GNU time's maximum resident size).
#   sh bench/check-scale.sh [BUILD_DIR]      (default: build)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
[ -x "$govlog" ] || { echo "build govlog first (cmake --build build)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "install GNU time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for n in 2000 20000; do
	mkdir -p "$work/$n/docs/decisions"
	git -c init.defaultBranch=main init -q "$work/$n"
	sh "$top/bench/gen-log.sh" "$work/$n/docs/decisions" "$n"
done

hyperfine -N -i --warmup 2 --runs 10 --export-csv "$work/times.csv" \
	-n check-2k "$govlog -C $work/2000 check" \
	-n check-20k "$govlog -C $work/20000 check" \
	-n cat-2k "sh -c 'cat $work/2000/docs/decisions/*.md > /dev/null'" \
	-n cat-20k "sh -c 'cat $work/20000/docs/decisions/*.md > /dev/null'" >"$work/hyperfine.log"
# GOVLOG_BENCH_SHOW=1 prints hyperfine's own report too.
if [ -n "${GOVLOG_BENCH_SHOW:-}" ]; then cat "$work/hyperfine.log"; fi
peak() { /usr/bin/time -f %M "$govlog" -C "$work/$1" check 2>&1 >/dev/null | tail -1; }
awk -F, -v m2="$(peak 2000)" -v m20="$(peak 20000)" 'NR > 1 { t[$1] = $2 * 1000 }
END {
	printf "govlog check,  2,000 records: %8.1f ms  peak %6.1f MiB   cat %6.1f ms  govlog/cat = %.2f\n", t["check-2k"], m2 / 1024, t["cat-2k"], t["check-2k"] / t["cat-2k"]
	printf "govlog check, 20,000 records: %8.1f ms  peak %6.1f MiB   cat %6.1f ms  govlog/cat = %.2f\n", t["check-20k"], m20 / 1024, t["cat-20k"], t["check-20k"] / t["cat-20k"]
	printf "20k / 2k: time %.1f (linear: 10, goal <= 11), memory %.1f\n", t["check-20k"] / t["check-2k"], m20 / m2
}' "$work/times.csv"
