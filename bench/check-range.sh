#!/bin/sh
# Benchmark: govlog check --range over a history of N commits (default 10,000)
# that each change a decision record: 200 MADR records, accepted, then edited
# one at a time (status, a sentence in the consequences, now and then the
# decision text). Times the run with /usr/bin/time and prints wall time and
# peak memory, beside `git log -p` over the same range (the floor: reading
# every change once).
#   sh bench/check-range.sh [BUILD_DIR] [N]
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
govlog="$top/${1:-build}/govlog"
n=${2:-10000}
[ -x "$govlog" ] || { echo "build govlog first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "install time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
git -c init.defaultBranch=main init -q "$repo"

# A fast-import stream: one commit adding 200 records, then N commits each
# rewriting one record.
python3 - "$n" >"$work/stream" <<'PY'
import sys
n = int(sys.argv[1])
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
    i = 1 + c % 200
    commit(c + 1, c * 60, f"docs: revise decision {i}",
           [(f"docs/decisions/{i:04d}-decision-{i}.md", record(i, c // 200 + 1))])
PY
git -C "$repo" fast-import --quiet <"$work/stream"
git -C "$repo" checkout -q main
root=$(git -C "$repo" rev-list --max-parents=0 HEAD)

measure() { # label command...
	label=$1; shift
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
	tail -1 "$work/time" >"$work/time.last"
	read -r secs kib <"$work/time.last"
	printf '%-28s %8.2f s   peak %6.1f MiB\n' "$label" "$secs" "$(awk "BEGIN { print $kib / 1024 }")"
}
cd "$repo"
measure "git log -p (floor)" git log -p "$root..HEAD"
measure "govlog check --range" "$govlog" check --range "$root..HEAD"
printf "govlog said: %s\n" "$(tail -1 "$work/err")"
