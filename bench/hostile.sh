#!/bin/sh
# Hostile records, each under the 10 MiB cap: a record of 1,000,000 broken
# links in a folder of 2,000 records (plus 10,000 broken links in that folder),
# 2,000,000 headings and 2,500,000 list items. Prints the wall time,
# processor time (user + system) and peak memory of `govlog check` on each
# (GNU time).
#   sh bench/hostile.sh [BUILD_DIR]      (default: build)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
[ -x "$govlog" ] || { echo "build govlog first (cmake --build build)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "install GNU time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
git -c init.defaultBranch=main init -q "$repo"
sh "$top/bench/hostile-records.sh" "$repo"

# name, then the arguments of govlog check
measure() {
	name=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$govlog" -C "$repo" check "$@" \
		>/dev/null 2>&1 || true
	tail -n 1 "$work/time" | awk -v name="$name" \
		'{ printf "%-34s %7.2f s wall %7.2f s cpu %8.1f MiB\n", name, $1, $2 + $3, $4 / 1024 }'
}
measure "10,000 links among 2,000 records" docs/decisions/0001-decision-number-1.md
measure "1,000,000 links" docs/decisions/9001-links.md
measure "2,000,000 headings" docs/hostile/0001-headings.md
measure "2,500,000 list items" docs/hostile/0002-items.md
