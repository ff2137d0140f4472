#!/bin/sh
# Benchmark: govlog check --range over a history of N commits (default 10,000)
# of which every EVERY-th (default 1: each) changes a decision record: 200
# MADR records, accepted, then edited one at a time (status, a sentence in the
# consequences, now and then the decision text); the other commits change
# source files, as in a product's repository (10,793 commits of which 157
# touch records: N 10793, EVERY 69). Times the run with /usr/bin/time and
# prints wall time and peak memory, beside `git log -p` (reading every change
# once) and `git log --name-status` (listing every change) over the same
# range, and govlog's time as a multiple of the second. Then the same history
# grown to LONG commits (default 4 N, with a record change every EVERY-th as
# before; 0 skips it): govlog's peak memory there beside its peak over N, as
# memory that does not grow with the range stays flat.
#   sh bench/check-range.sh [BUILD_DIR] [N] [EVERY] [LONG]
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
n=${2:-10000}
every=${3:-1}
long=${4:-$((n * 4))}
[ -x "$govlog" ] || { echo "build govlog first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "install time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# history DIR COUNT: a repository of a fast-import stream: one commit adding
# 200 records, then COUNT commits, every EVERY-th rewriting one record.
history() {
git -c init.defaultBranch=main init -q "$1"
python3 - "$2" "$every" >"$work/stream" <<'PY'
import sys
n, every = int(sys.argv[1]), int(sys.argv[2])
def record(i, version):
    extra = "\n".join(f"* Good, because review round {k} found nothing new." for k in range(version % 5))
    decision = "40 hours a month" if version % 50 else f"{40 + version % 7} hours a month"
    return (f"---\nstatus: accepted\ndate: 2026-01-{1 + i % 28:02d}\ndeciders: Ada, Bo\n---\n"
            f"# Decision number {i}\n\n## Context and Problem Statement\n\n"
            f"The vendors need a shared rule for case {i}.\n\n## Considered Options\n\n"
            f"* Option A\n* Option B\n\n## Decision Outcome\n\nChosen option: \"Option A\", "
            f"with support of {decision}.\n\n### Consequences\n\n{extra}\n")
out = sys.stdout
def commit(mark, when, msg, files):
    out.write(f"commit refs/heads/main\nmark :{mark}\n")
    out.write(f"committer Bench <bench@example.invalid> {1767225600 + when} +0000\n")
    b = msg.encode(); out.write(f"data {len(b)}\n{msg}\n")
    if mark > 1: out.write(f"from :{mark - 1}\n")
    for path, text in files:
        data = text.encode()
        out.write(f"M 100644 inline {path}\ndata {len(data)}\n")
        out.flush(); sys.stdout.buffer.write(data); out.write("\n")
commit(1, 0, "docs: 200 decision records",
       [(f"docs/decisions/{i:04d}-decision-{i}.md", record(i, 0)) for i in range(1, 201)])
for c in range(1, n + 1):
    if c % every:
        f = c % 50
        commit(c + 1, c * 60, f"fix: adjust module {f}",
               [(f"src/module{f}.c", f"int module{f}_limit = {c};\n")])
        continue
    i = 1 + (c // every) % 200
    commit(c + 1, c * 60, f"docs: revise decision {i}",
           [(f"docs/decisions/{i:04d}-decision-{i}.md", record(i, c // every // 200 + 1))])
PY
git -C "$1" fast-import --quiet <"$work/stream"
git -C "$1" checkout -q main
rm -f "$work/stream"
}
repo="$work/repo"
history "$repo" "$n"
root=$(git -C "$repo" rev-list --max-parents=0 HEAD)

measure() { # key label command...
	key=$1 label=$2; shift 2
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
	tail -1 "$work/time" >"$work/time.last"
	read -r secs kib <"$work/time.last"
	printf '%-34s %8.2f s   peak %6.1f MiB\n' "$label" "$secs" "$(awk "BEGIN { print $kib / 1024 }")"
	echo "$secs" >"$work/secs.$key"
	echo "$kib" >"$work/kib.$key"
}
cd "$repo"
echo "$n commits, $(git log --oneline "$root..HEAD" -- docs/decisions | wc -l) of them change records:"
measure patch "git log -p (floor)" git log -p "$root..HEAD"
measure names "git log --name-status (floor)" git log --name-status "$root..HEAD"
measure govlog "govlog check --range" "$govlog" check --range "$root..HEAD"
awk -v g="$(cat "$work/secs.govlog")" -v f="$(cat "$work/secs.names")" 'BEGIN {
	r = f > 0 ? g / f : 0
	printf "govlog / git log --name-status: %.2f   target <= 2 %s\n", r, r <= 2 ? "PASS" : "MISS" }'
printf "govlog said: %s\n" "$(tail -1 "$work/err")"
[ "$long" -gt 0 ] || exit 0
cd "$work"
history "$work/long" "$long"
cd "$work/long"
root=$(git rev-list --max-parents=0 HEAD)
measure long "govlog check --range, $long commits" "$govlog" check --range "$root..HEAD"
awk -v a="$(cat "$work/kib.govlog")" -v b="$(cat "$work/kib.long")" -v n="$n" -v l="$long" 'BEGIN {
	printf "peak memory at %d commits / at %d: %.2f\n", l, n, b / a }'
