#!/bin/sh
# Benchmark: govlog's release commands over long histories, against their
# floor and git-cliff, in the deterministic histories of gen-history.sh
# (10,000 and 100,000 commits):
#   floor:          git log --format=%H%x00%B over the whole history;
#   changelog:      govlog changelog (full history) vs git-cliff;
#   latest release: govlog release-notes <latest tag>, and govlog release-notes
#                   without a tag (it finds the newest release HEAD reaches),
#                   vs git-cliff --latest;
#   trace:          govlog trace (the whole history) against the floor;
#   next version:   govlog version --next vs git-cliff --bumped-version;
# and the peak memory (max RSS) of each, beside that of a libgit2 walk that
# keeps nothing (bench/libgit2-floor.c). Prints medians, the ratios with their
# targets (PASS/MISS: changelog and trace <= 1.3x git log and <= 32 MiB;
# release notes, with or without a tag, no slower than git-cliff --latest),
# how peak memory grows from the smallest size to the largest, and n/a while a
# govlog command does not exist yet.
# Needs hyperfine and GNU time (Debian; installed when missing and root) and,
# for git-cliff, npm.
#   sh bench/changelog.sh [BUILD_DIR] [SIZE...]   (default: build, 10000 100000;
#   BUILD_DIR relative to the work tree's top, or absolute)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
case ${1:-build} in /*) govlog=$1/govlog ;; *) govlog="$top/${1:-build}/govlog" ;; esac
[ $# -gt 0 ] && shift
sizes=${*:-10000 100000}
for n in $sizes; do
	case $n in '' | *[!0-9]*)
		echo "usage: sh bench/changelog.sh [BUILD_DIR] [SIZE...]" >&2; exit 2 ;;
	esac
done
[ -x "$govlog" ] || { echo "build govlog first (sh dev.sh demo or cmake --build build)" >&2; exit 2; }

# hyperfine and GNU time: apt-get only when missing, and only as root.
want=
command -v hyperfine >/dev/null || want=hyperfine
[ -x /usr/bin/time ] || want="$want time"
if [ -n "$want" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "installing$want with apt-get" >&2
		# shellcheck disable=SC2086 # $want is a list of package names
		apt-get install -y -q $want >/dev/null 2>&1 ||
			{ apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $want >/dev/null 2>&1; } || true
	fi
fi
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }
if [ -x /usr/bin/time ]; then timer=/usr/bin/time; else
	timer=
	echo "GNU time missing (apt-get install time): peak memory is not measured" >&2
fi

# git-cliff, installed once into bench/.cache. The npm package's command is a
# Node.js wrapper that starts the native binary it ships; the binary itself is
# timed, so Node's start-up does not count against git-cliff.
cliff_version=2.14.2
cache="$top/bench/.cache"
find_cliff() {
	for c in "$cache"/node_modules/git-cliff-linux-*/bin/git-cliff "$cache/node_modules/.bin/git-cliff"; do
		[ -x "$c" ] && "$c" --version 2>/dev/null | grep -q " $cliff_version\$" && { echo "$c"; return; }
	done
	true
}
cliff=$(find_cliff)
# git-cliff over the whole history takes minutes a run on 100,000 commits (its
# changelog and --bumped-version): GOVLOG_BENCH_CLIFF=latest times --latest only.
case ${GOVLOG_BENCH_CLIFF:-all} in
all) cliff_full=1 ;;
latest) cliff_full=0 ;;
*) echo "GOVLOG_BENCH_CLIFF is all or latest" >&2; exit 2 ;;
esac
if [ -z "$cliff" ] && command -v npm >/dev/null; then
	echo "installing git-cliff@$cliff_version into bench/.cache (once)" >&2
	npm install --silent --save-exact --prefix "$cache" "git-cliff@$cliff_version" >/dev/null 2>&1 || true
	cliff=$(find_cliff)
fi
[ -n "$cliff" ] || echo "git-cliff $cliff_version not available (npm missing or install failed): skipping that peer" >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/govlog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
case $work$top in *[[:space:]]*)
	echo "changelog.sh: paths with spaces are not supported (TMPDIR or the work tree)" >&2; exit 2 ;;
esac

# The floor of any reader of the whole history through libgit2 (bench/libgit2-floor.c),
# built with the libgit2 govlog links: its peak memory only, beside govlog's.
floor="$work/libgit2-floor"
cc -O2 -o "$floor" "$top/bench/libgit2-floor.c" -lgit2 2>"$work/floor.err" ||
	{ floor=; echo "libgit2-floor not built (cc and libgit2-dev): $(head -1 "$work/floor.err")" >&2; }

# What govlog changelog does, for git-cliff: Keep a Changelog headings, newest
# first, [Unreleased]; every commit kept, conventional or not, grouped by
# type (plain commits by their first word), on the tags gen-history.sh writes
# (v1.2.3, 1.2.3, v1.2.3-rc.1, 1.2.0rc, 1.0.8.1, version1.0.3).
write_cliff_toml() {
	cat >"$1" <<'EOF'
[changelog]
header = """
# Changelog\n
"""
body = """
{% if version %}\
## [{{ version | trim_start_matches(pat="version") | trim_start_matches(pat="v") }}] - {{ timestamp | date(format="%Y-%m-%d") }}
{% else %}\
## [Unreleased]
{% endif %}\
{% for group, commits in commits | group_by(attribute="group") %}
### {{ group | striptags | trim }}
{% for commit in commits %}
- {% if commit.scope %}**{{ commit.scope }}:** {% endif %}\
{% if commit.breaking %}[**breaking**] {% endif %}\
{{ commit.message | split(pat="\n") | first | trim }}\
{% endfor %}
{% endfor %}\n
"""
trim = true

[git]
conventional_commits = true
filter_unconventional = false
split_commits = false
protect_breaking_commits = true
filter_commits = false
tag_pattern = "^(v|version)?[0-9]"
sort_commits = "newest"
commit_parsers = [
  { message = "^[a-z]+(\\([^)]*\\))?!:", group = "<!-- 0 -->Breaking changes" },
  { body = "BREAKING[ -]CHANGE", group = "<!-- 0 -->Breaking changes" },
  { message = "^feat", group = "<!-- 1 -->Features" },
  { message = "^fix", group = "<!-- 2 -->Bug fixes" },
  { message = "^(sec|security)", group = "<!-- 3 -->Security" },
  { message = "^perf", group = "<!-- 4 -->Performance" },
  { message = "^docs", group = "<!-- 5 -->Documentation" },
  { message = "^(?i)(fix|ret|handle|avoid|correct)\\b", group = "<!-- 2 -->Bug fixes" },
  { message = "^(?i)(add|support|allow|introduce|tilføj|ny)\\b", group = "<!-- 1 -->Features" },
  { message = ".*", group = "<!-- 6 -->Other" },
]
EOF
}

# mem NAME CMD...: runs CMD once (output to $work/NAME.out, errors to
# $work/NAME.err), its max RSS in KiB to $work/NAME.mem; returns its status.
mem() {
	name=$1
	shift
	rm -f "$work/$name.mem"
	if [ -n "$timer" ]; then
		"$timer" -f %M -o "$work/$name.mem" "$@" >"$work/$name.out" 2>"$work/$name.err"
	else
		"$@" >"$work/$name.out" 2>"$work/$name.err"
	fi
}

# govlog_once NAME ARGS...: runs a govlog command once before timing; records
# it as available (in $have) or says why not.
govlog_once() {
	name=$1
	shift
	rc=0
	mem "$name" "$govlog" -C "$repo" "$@" || rc=$?
	if [ "$rc" = 0 ] && [ -s "$work/$name.out" ]; then
		have="$have $name"
	elif [ "$rc" = 2 ] && grep -q 'is not a govlog command' "$work/$name.err"; then
		echo "WARNING: govlog $1 is not available yet (exit 2, 'is not a govlog command'): n/a" >&2
		rm -f "$work/$name.mem"
	else
		echo "WARNING: govlog $* exited $rc$([ -s "$work/$name.out" ] || echo ' with no output'): n/a" >&2
		sed 's/^/  /' "$work/$name.err" | head -5 >&2
		rm -f "$work/$name.mem"
	fi
}

for n in $sizes; do
	repo="$work/history-$n"
	bumped=
	echo "generating $n commits with gen-history.sh ..." >&2
	sh "$top/bench/gen-history.sh" "$repo" "$n" >/dev/null
	tags=$(git -C "$repo" tag | wc -l | tr -d ' ')
	latest=$(git -C "$repo" describe --tags --abbrev=0 HEAD)
	# Both tools read the same release tags; neither file is committed.
	write_cliff_toml "$repo/cliff.toml"
	printf 'releases:\n  tag-pattern: %s\n' "'^(v|version)?\\d'" >"$repo/.govlog.yml"
	printf '/cliff.toml\n/.govlog.yml\n' >>"$repo/.git/info/exclude"

	# Every command once before timing: it must work, and its peak memory is taken here.
	mem git-log git -C "$repo" log --format=%H%x00%B
	[ -z "$floor" ] || mem libgit2-floor "$floor" "$repo"
	have=
	govlog_once changelog changelog
	govlog_once release-notes release-notes "$latest"
	govlog_once release-current release-notes
	govlog_once trace trace
	govlog_once version version --next
	rm -f "$work"/cliff*.mem
	c="$cliff -r $repo --config $repo/cliff.toml"
	if [ -n "$cliff" ] && [ "$cliff_full" = 1 ]; then
		echo "git-cliff over the whole history (on 100,000 commits this takes minutes) ..." >&2
		# shellcheck disable=SC2086 # $c is a command line without spaces in its words
		mem cliff $c || { echo "changelog.sh: git-cliff failed:" >&2; tail -5 "$work/cliff.err" >&2; exit 1; }
		headings=$(grep -c '^## \[[0-9]' "$work/cliff.out" || true)
		if [ "$headings" != "$tags" ]; then
			echo "changelog.sh: git-cliff listed $headings releases of $tags tags" >&2; exit 1
		fi
		# shellcheck disable=SC2086
		mem cliff-bumped $c --bumped-version ||
			{ echo "changelog.sh: git-cliff --bumped-version failed:" >&2; tail -5 "$work/cliff-bumped.err" >&2; exit 1; }
		grep -q '[0-9]' "$work/cliff-bumped.out" ||
			{ echo "changelog.sh: git-cliff --bumped-version printed no version" >&2; exit 1; }
		bumped=$(head -1 "$work/cliff-bumped.out")
	fi
	if [ -n "$cliff" ]; then
		# shellcheck disable=SC2086
		mem cliff-latest $c --latest ||
			{ echo "changelog.sh: git-cliff --latest failed:" >&2; tail -5 "$work/cliff-latest.err" >&2; exit 1; }
		v=$(echo "$latest" | sed 's/^version//; s/^v//')
		grep -qF "## [$v]" "$work/cliff-latest.out" ||
			{ echo "changelog.sh: git-cliff --latest does not show $latest" >&2; exit 1; }
	fi

	# One hyperfine run: hyperfine picks the number of runs (about 3 s per
	# command, at least -m); on 100,000 commits git-cliff takes minutes a run,
	# so the larger size has fewer runs and no warm-up (the runs above warmed it).
	if [ "$n" -ge 50000 ]; then runs="--warmup 0 -m 2 -M 10"; else runs="--warmup 2 -m 5 -M 30"; fi
	# shellcheck disable=SC2086 # $runs is a list of options
	set -- -N $runs --export-csv "$work/times-$n.csv" \
		-n git-log "git -C $repo log --format=%H%x00%B"
	case " $have " in *" changelog "*) set -- "$@" -n changelog "$govlog -C $repo changelog" ;; esac
	case " $have " in *" release-notes "*) set -- "$@" -n release-notes "$govlog -C $repo release-notes $latest" ;; esac
	case " $have " in *" release-current "*) set -- "$@" -n release-current "$govlog -C $repo release-notes" ;; esac
	case " $have " in *" trace "*) set -- "$@" -n trace "$govlog -C $repo trace" ;; esac
	case " $have " in *" version "*) set -- "$@" -n version "$govlog -C $repo version --next" ;; esac
	if [ -n "$cliff" ] && [ "$cliff_full" = 1 ]; then
		set -- "$@" -n cliff "$c" -n cliff-bumped "$c --bumped-version"
	fi
	if [ -n "$cliff" ]; then
		set -- "$@" -n cliff-latest "$c --latest"
	fi
	echo "timing (hyperfine) ..." >&2
	hyperfine "$@" >"$work/hyperfine-$n.log" 2>&1 || { cat "$work/hyperfine-$n.log" >&2; exit 1; }
	# GOVLOG_BENCH_SHOW=1 prints hyperfine's own report too.
	if [ -n "${GOVLOG_BENCH_SHOW:-}" ]; then cat "$work/hyperfine-$n.log"; fi

	for m in git-log libgit2-floor changelog release-notes release-current trace version cliff cliff-latest cliff-bumped; do
		[ -s "$work/$m.mem" ] && printf '%s %s\n' "$m" "$(tail -1 "$work/$m.mem")"
	done >"$work/mem-$n.txt"

	missing=
	for m in changelog release-notes release-current trace version; do
		case " $have " in *" $m "*) ;; *) missing="$missing govlog $m" ;; esac
	done
	awk -F, -v n="$n" -v tags="$tags" -v latest="$latest" -v bumped="${bumped:-}" -v missing="$missing" \
		-v memfile="$work/mem-$n.txt" '
	BEGIN { while ((getline l < memfile) > 0) { split(l, a, " "); mem[a[1]] = a[2] / 1024 } }
	NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
	{ med[$1] = $col["median"] * 1000; sd[$1] = $col["stddev"] * 1000 }
	function row(name, label,    m) {
		m = name in mem ? sprintf("%8.1f MiB", mem[name]) : "     n/a"
		if (name in med)
			printf "  %-44s %11.1f ms  (stddev %7.1f)  peak %s\n", label, med[name], sd[name], m
		else
			printf "  %-44s %11s\n", label, "n/a"
	}
	function ratio(label, a, b, op, target,    r, ok) {
		if (!(a in med) || !(b in med)) {
			printf "  %-44s %8s %s\n", label, "n/a", target == "" ? "" : "  target " op " " target "  n/a"
			return
		}
		r = med[a] / med[b]
		if (target == "") { printf "  %-44s %8.2f\n", label, r; return }
		ok = op == "<=" ? r <= target : r >= target
		printf "  %-44s %8.2f   target %s %-3s %s\n", label, r, op, target, ok ? "PASS" : "MISS"
	}
	function peak(name, label, limit) {
		if (!(name in mem)) { printf "  %-44s %8s   target <= %d MiB n/a\n", label, "n/a", limit; return }
		printf "  %-44s %5.1f MiB  target <= %d MiB %s\n", label, mem[name], limit, mem[name] <= limit ? "PASS" : "MISS"
	}
	END {
		printf "%d commits, %d tags, latest %s", n, tags, latest
		if (bumped != "") printf " (git-cliff bumps to %s)", bumped
		printf "; medians and peak memory:\n"
		row("git-log", "git log --format=%H%x00%B (floor)")
		row("changelog", "govlog changelog")
		row("cliff", "git-cliff (full history)")
		row("release-notes", "govlog release-notes " latest)
		row("release-current", "govlog release-notes (no tag)")
		row("cliff-latest", "git-cliff --latest")
		row("trace", "govlog trace")
		row("version", "govlog version --next")
		row("cliff-bumped", "git-cliff --bumped-version")
		print "ratios:"
		ratio("govlog changelog / git log", "changelog", "git-log", "<=", 1.3)
		ratio("govlog trace / git log", "trace", "git-log", "<=", 1.3)
		ratio("govlog release-notes / git log", "release-notes", "git-log", "", "")
		ratio("govlog version --next / git log", "version", "git-log", "", "")
		ratio("git-cliff / govlog changelog", "cliff", "changelog", ">=", 4)
		ratio("git-cliff --latest / govlog release-notes", "cliff-latest", "release-notes", ">=", 1)
		ratio("git-cliff --latest / release-notes, no tag", "cliff-latest", "release-current", ">=", 1)
		ratio("git-cliff --bumped-version / govlog version", "cliff-bumped", "version", "", "")
		print "peak memory:"
		peak("changelog", "govlog changelog", 32)
		peak("trace", "govlog trace", 32)
		peak("release-notes", "govlog release-notes " latest, 32)
		peak("release-current", "govlog release-notes (no tag)", 32)
		peak("version", "govlog version --next", 32)
		if (missing != "") print "WARNING: not available or failed, so n/a:" missing
	}' "$work/times-$n.csv"
	rm -rf "$repo"
done

# Flat memory: the peak of each govlog command at the largest size against the smallest.
# shellcheck disable=SC2086 # $sizes is a list of numbers
set -- $sizes
if [ $# -gt 1 ]; then
	first=$1
	shift $(($# - 1))
	last=$1
	echo "peak memory from $first to $last commits (flat: the same at both):"
	for m in changelog trace release-notes release-current version git-log libgit2-floor; do
		a=$(awk -v m="$m" '$1 == m { print $2 }' "$work/mem-$first.txt")
		b=$(awk -v m="$m" '$1 == m { print $2 }' "$work/mem-$last.txt")
		case $m in git-log) label="git log (floor)" ;; libgit2-floor) label="libgit2, nothing kept" ;;
		*) label="govlog $m" ;; esac
		[ -n "$a" ] && [ -n "$b" ] &&
			awk -v l="$label" -v a="$a" -v b="$b" 'BEGIN { printf "  %-23s %6.1f -> %6.1f MiB  (x%.2f)\n", l, a / 1024, b / 1024, b / a }'
	done
	echo "  (libgit2, nothing kept: bench/libgit2-floor.c, a first-parent walk that stores no commit;"
	echo "   what it grows by is the pack index libgit2 maps, which any reader of the history pays)"
fi
