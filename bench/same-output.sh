#!/bin/sh
# Two govlog binaries must print the same bytes: a change made for speed may not
# change a result. Runs OLD and NEW on the benchmark corpora (a log of N records
# with supersede chains and links; a history of M commits with merges, squashes,
# tags and trailers; a history in which commits edit records) and on the bundled
# example, each command of the speed table (check, list, index, the commit-msg
# hook with and without a Decision: trailer, the pre-commit hook, release notes
# with and without a tag, changelog, trace, version, check --range), and
# compares stdout, stderr and the exit status byte for byte. Prints one line a
# command and exits 1 when any differ, with the first lines of the difference.
#   sh bench/same-output.sh OLD_GOVLOG [NEW_GOVLOG] [N] [M]
#   (defaults: NEW build/govlog, N 2000 records, M 10000 commits)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: sh bench/same-output.sh OLD_GOVLOG [NEW_GOVLOG] [N] [M]}
new=${2:-$top/build/govlog}
records=${3:-2000}
commits=${4:-10000}
for b in "$old" "$new"; do
	[ -x "$b" ] || { echo "same-output.sh: '$b' is not an executable" >&2; exit 2; }
done
old=$(cd "$(dirname "$old")" && pwd)/$(basename "$old")
new=$(cd "$(dirname "$new")" && pwd)/$(basename "$new")

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-same.XXXXXX")
trap 'rm -rf "$work"' EXIT
GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null TZ=UTC LC_ALL=C.UTF-8 NO_COLOR=1
export GIT_CONFIG_NOSYSTEM GIT_CONFIG_GLOBAL TZ LC_ALL NO_COLOR
git_in() {
	r=$1
	shift
	git -C "$r" -c user.name=Bench -c user.email=bench@example.invalid \
		-c commit.gpgsign=false -c core.hooksPath=/dev/null "$@"
}

# The log: N records with supersede chains and links, committed, one staged edit.
log="$work/log"
git -c init.defaultBranch=main init -q "$log"
sh "$top/bench/gen-log.sh" "$log/docs/decisions" "$records"
git_in "$log" add -A
git_in "$log" commit -q -m 'docs: the decision log'
# Twelve commits edit records, as a log's life does: a status changed, a
# sentence added to a record (accepted or not), a file renamed.
for k in 1 2 3 4 5 6 7 8 9 10 11 12; do
	f=$(cd "$log" && ls docs/decisions | sed -n "$((k * 7))p")
	case $((k % 3)) in
	0) sed 's/^status: proposed$/status: accepted/' "$log/docs/decisions/$f" >"$work/f" &&
		mv "$work/f" "$log/docs/decisions/$f" ;;
	1) printf '\nA sentence added in review round %s.\n' "$k" >>"$log/docs/decisions/$f" ;;
	2) git_in "$log" mv "docs/decisions/$f" "docs/decisions/renamed-$f" ;;
	esac
	git_in "$log" add -A
	git_in "$log" commit -q --allow-empty -m "docs: review round $k"
done
edit=$(cd "$log" && ls docs/decisions | sed -n 2p)
printf '\nOne more sentence from a second vendor.\n' >>"$log/docs/decisions/$edit"
git_in "$log" add -A
accepted=$(cd "$log" && grep -l '^status: accepted' docs/decisions/* | head -n 1)
accepted_id=$(printf 'ADR-%04d' "$(basename "$accepted" | sed 's/^0*\([0-9][0-9]*\)-.*/\1/')")
printf 'feat(index): keep hand-written text\n\nRefs: #12\n' >"$work/msg"
printf 'feat(index): keep hand-written text\n\nRefs: #12\nDecision: %s\n' "$accepted_id" \
	>"$work/decided"
printf 'updated some stuff\n' >"$work/bad"

# The history: M commits with merges, squashes, tags and trailers.
history="$work/history"
sh "$top/bench/gen-history.sh" "$history" "$commits" >/dev/null
newest=$(git -C "$history" describe --tags --abbrev=0 2>/dev/null || true)

# The bundled example.
example="$work/example"
sh "$top/examples/build-demo-repo.sh" "$example" >/dev/null

differ=0
# same NAME DIR ARGS...: run both binaries in DIR and compare what they print.
same() {
	name=$1 dir=$2
	shift 2
	for side in old new; do
		eval "bin=\$$side"
		status=0
		(cd "$dir" && "$bin" "$@") >"$work/$side.out" 2>"$work/$side.err" || status=$?
		echo "$status" >"$work/$side.rc"
		# The binary's own path may appear in a usage line; nothing else may differ.
		sed "s|$bin|GOVLOG|g" "$work/$side.err" >"$work/$side.err2"
	done
	if cmp -s "$work/old.out" "$work/new.out" && cmp -s "$work/old.err2" "$work/new.err2" &&
		cmp -s "$work/old.rc" "$work/new.rc"; then
		printf 'same       %s (exit %s, %s bytes)\n' "$name" "$(cat "$work/new.rc")" \
			"$(wc -c <"$work/new.out" | tr -d ' ')"
	else
		differ=$((differ + 1))
		printf 'DIFFERENT  %s (exit %s and %s)\n' "$name" "$(cat "$work/old.rc")" \
			"$(cat "$work/new.rc")"
		diff "$work/old.out" "$work/new.out" | head -n 10 | sed 's/^/    out /' || true
		diff "$work/old.err2" "$work/new.err2" | head -n 10 | sed 's/^/    err /' || true
	fi
}

same "check ($records records)" "$log" check
same "check --format json" "$log" check --format json
same "list --format csv" "$log" list --format csv
same "index" "$log" index
same "hook pre-commit (one staged record)" "$log" hook pre-commit
same "hook commit-msg" "$log" hook commit-msg "$work/msg"
same "hook commit-msg with Decision: $accepted_id" "$log" hook commit-msg "$work/decided"
same "hook commit-msg (not conventional)" "$log" hook commit-msg "$work/bad"
same "check --range HEAD~12..HEAD" "$log" check --range HEAD~12..HEAD
same "changelog ($commits commits)" "$history" changelog
same "release-notes (no tag)" "$history" release-notes
[ -z "$newest" ] || same "release-notes $newest" "$history" release-notes "$newest"
same "release-notes --format json" "$history" release-notes --format json
same "trace" "$history" trace
same "trace --format json" "$history" trace --format json
same "version --next" "$history" version --next
for cmd in check list index changelog release-notes trace "version --next" \
	"check --range HEAD~8..HEAD"; do
	# shellcheck disable=SC2086 # the words of cmd are its arguments
	same "example: $cmd" "$example" $cmd
done
[ "$differ" -eq 0 ] || { echo "$differ commands print differently" >&2; exit 1; }
