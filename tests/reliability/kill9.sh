#!/bin/sh
# kill -9 harness over every command that writes. For each command it makes
# the state before (S0) and, from one whole run, the state after (S1); then,
# TRIALS times, it starts the command on a fresh copy of S0, kills it with
# SIGKILL after a random delay (up to what the fastest of three whole runs took)
# and compares the work tree (and Git's hooks folder) file by file:
#   truncated   a file that is neither its S0 nor its S1 version (mode included)
#   lost        a file of S0 gone from its place whose content is nowhere
# then runs the command again when the change is not complete (new and
# status, which are not run twice on a finished change, are followed by
# another writer, fmt --write, when temporary files are left) and counts
#   incomplete  the tree differs from S1 (for new and status: S1 after fmt)
#   stale       a temporary file is still there
# The commands run side by side, each in its own folder; the repositories
# share one .git through a "gitdir:" file, except for the hooks.
#
# Usage: sh tests/reliability/kill9.sh TRIALS [COMMAND...]
#   COMMAND: new status fmt index jekyll changelog init hooks (default: all)
# Needs GOVLOG (the binary) and GOVLOG_SOURCE_DIR; exits 1 when any count is
# not 0. See tests/README.md for the long run.
. "$(dirname "$0")/../test-lib.sh"

trials=${1:-50}
[ $# -gt 0 ] && shift
commands=${*:-new status fmt index jekyll changelog init hooks}

demo="$TEST_DIR/demo"
sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$demo" >/dev/null
printf '# Beslutninger\n\nSkrevet i hånden.\n\n<!-- govlog:index -->\nold\n<!-- /govlog:index -->\n\nEfterskrift.\n' \
	>"$demo/docs/decisions/README.md"
printf '#!/bin/sh\necho another tool\n' >"$demo/.git/hooks/pre-commit"
chmod 755 "$demo/.git/hooks/pre-commit"
fresh=$(new_repo fresh)
printf '# x\n' >"$fresh/README.md"
commit_all "$fresh" "docs: readme"
(cd "$demo" && tar -cf "$TEST_DIR/demo.tar" --exclude=./.git .)
(cd "$fresh" && tar -cf "$TEST_DIR/fresh.tar" --exclude=./.git .)

args_of() {
	case "$1" in
	new) echo 'new decision Crash-proof writes' ;;
	status) echo 'status ADR-0003 superseded --successor ADR-0009' ;;
	fmt) echo 'fmt --write' ;;
	index) echo 'index --write' ;;
	jekyll) echo 'index --write --format jekyll' ;;
	changelog) echo 'changelog --write' ;;
	init) echo 'init' ;;
	hooks) echo 'init --hooks' ;;
	esac
}

# fresh_copy COMMAND DIR: the state before, at DIR.
fresh_copy() {
	rm -rf "$2"
	if [ "$1" = hooks ]; then
		cp -a "$demo" "$2"
		return
	fi
	mkdir "$2"
	if [ "$1" = init ]; then
		tar -xf "$TEST_DIR/fresh.tar" -C "$2"
		printf 'gitdir: %s/.git\n' "$fresh" >"$2/.git"
	else
		tar -xf "$TEST_DIR/demo.tar" -C "$2"
		printf 'gitdir: %s/.git\n' "$demo" >"$2/.git"
	fi
}

# A temporary file of a writer: hidden ".NAME.govlog-tmp-XXXXXX", or the older "NAME.govlog-XXXXXX".
A='[A-Za-z0-9]'
TEMP_RE="[.]govlog-(tmp-)?$A$A$A$A$A$A\$"

# state DIR: "mode hash path" of every file of the work tree and of .git/hooks, by path.
state() {
	(cd "$1" && {
		find . -path ./.git -prune -o -type f -print
		[ ! -d .git/hooks ] || find .git/hooks -type f
	} >"$J/list" &&
		xargs -d '\n' stat -c '%a %n' <"$J/list" >"$J/modes" &&
		xargs -d '\n' md5sum <"$J/list" >"$J/hashes" &&
		awk 'NR == FNR { mode[$2] = $1; next } { print mode[$2], $1, $2 }' \
			"$J/modes" "$J/hashes" | sort -k3)
}

without_temps() { grep -Ev "$TEMP_RE" "$1" || true; }

run_cmd() { # run_cmd DIR COMMAND: one whole run (exit 1 is findings, as fmt's record left as it is)
	rc=0
	# shellcheck disable=SC2046
	(cd "$1" && exec "$GOVLOG" $(args_of "$2")) >/dev/null 2>&1 || rc=$?
	[ "$rc" -le 1 ]
}

# random_delay MAX_US: a delay in seconds, uniform in [0, MAX_US] microseconds.
random_delay() {
	n=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	awk -v n="$n" -v max="$1" 'BEGIN { printf "%.6f\n", (n % (max + 1)) / 1000000 }'
}

# whole_run_us COMMAND: how long a whole run takes (the fastest of three), in microseconds.
whole_run_us() {
	fastest=
	for _ in 1 2 3; do
		fresh_copy "$1" "$J/t"
		start=$(date +%s%N)
		run_cmd "$J/t" "$1" || true
		us=$((($(date +%s%N) - start) / 1000))
		[ -n "$fastest" ] && [ "$fastest" -le "$us" ] || fastest=$us
	done
	echo "$fastest"
}

# check_killed: compares $J/now with S0 and S1; prints "truncated lost temps".
check_killed() {
	awk -v s0="$J/s0" -v s1="$J/s1" '
		BEGIN { while ((getline l < s0) > 0) { split(l, a, " "); old[a[3]] = a[1] " " a[2]; oldhash[a[3]] = a[2] }
			while ((getline l < s1) > 0) { split(l, a, " "); new[a[3]] = a[1] " " a[2] } }
		{ p = $3; v = $1 " " $2; seen[$2] = 1; here[p] = 1
		  if (p ~ /[.]govlog-(tmp-)?[A-Za-z0-9][A-Za-z0-9][A-Za-z0-9][A-Za-z0-9][A-Za-z0-9][A-Za-z0-9]$/) { temps++; next }
		  if (v != old[p] && v != new[p]) { trunc++; print "truncated " p > "/dev/stderr" } }
		END { for (p in oldhash) if (!(p in here) && !(oldhash[p] in seen)) { lost++; print "lost " p > "/dev/stderr" }
		      printf "%d %d %d\n", trunc, lost, temps }' "$J/now"
}

# harness COMMAND: the trials; the counts go to $J/result.
harness() {
	cmd=$1
	fresh_copy "$cmd" "$J/ref"
	state "$J/ref" >"$J/s0"
	run_cmd "$J/ref" "$cmd" || { echo "$cmd: a whole run fails" >"$J/result"; return; }
	state "$J/ref" >"$J/s1"
	run_cmd "$J/ref" fmt || true # new and status are judged after a sweeping fmt run
	state "$J/ref" >"$J/s1f"
	max=$(whole_run_us "$cmd")
	truncated=0 lost=0 stale=0 incomplete=0 at_s0=0 at_s1=0 partial=0 temps=0 i=0
	while [ $i -lt "$trials" ]; do
		i=$((i + 1))
		w="$J/w"
		fresh_copy "$cmd" "$w"
		delay=$(random_delay "$max")
		# shellcheck disable=SC2046
		(cd "$w" && exec "$GOVLOG" $(args_of "$cmd")) >/dev/null 2>&1 &
		pid=$!
		sleep "$delay"
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		state "$w" >"$J/now"
		set -- $(check_killed)
		truncated=$((truncated + $1)) lost=$((lost + $2)) temps=$((temps + $3))
		without_temps "$J/now" >"$J/now.clean"
		want="$J/s1"
		if cmp -s "$J/now.clean" "$J/s1"; then
			at_s1=$((at_s1 + 1))
		else
			if cmp -s "$J/now.clean" "$J/s0"; then at_s0=$((at_s0 + 1)); else partial=$((partial + 1)); fi
			run_cmd "$w" "$cmd" || true # the rerun completes the interrupted change
		fi
		# new and status are not run twice on a finished change: another writer sweeps.
		case "$cmd" in new | status)
			if grep -qE "$TEMP_RE" "$J/now"; then
				run_cmd "$w" fmt || true
				want="$J/s1f"
			fi
			;;
		esac
		state "$w" >"$J/after"
		n=$(grep -cE "$TEMP_RE" "$J/after" || true)
		[ "$n" -eq 0 ] || grep -E "$TEMP_RE" "$J/after" | sed "s/^/$cmd: stale /" >&2
		stale=$((stale + n))
		without_temps "$J/after" >"$J/after.clean"
		cmp -s "$J/after.clean" "$want" || {
			incomplete=$((incomplete + 1))
			diff "$want" "$J/after.clean" | sed "s/^/$cmd: incomplete /" >&2
		}
	done
	printf '%s: %d trials (killed before any change %d, midway %d, after %d; %d temporary files seen): %d truncated, %d lost, %d stale after the next run, %d incomplete after a rerun\n' \
		"$cmd" "$trials" "$at_s0" "$partial" "$at_s1" "$temps" "$truncated" "$lost" "$stale" "$incomplete" >"$J/result"
	echo $((truncated + lost + stale + incomplete)) >"$J/bad"
}

for cmd in $commands; do
	J="$TEST_DIR/job-$cmd"
	mkdir -p "$J"
	(J="$J" harness "$cmd") 2>"$J/log" &
done
wait
for cmd in $commands; do
	J="$TEST_DIR/job-$cmd"
	cat "$J/result"
	head -20 "$J/log" | sed 's/^/    /'
	if [ "$(cat "$J/bad" 2>/dev/null || echo x)" = 0 ]; then
		pass "$cmd: kill -9 at random moments"
	else
		fail "$cmd: a bad outcome"
	fi
done
finish
