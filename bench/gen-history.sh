#!/bin/sh
# Generates a deterministic Git history for benchmarks of history and release commands.
#   sh bench/gen-history.sh DIR N
#
# DIR (absent or empty) becomes a repository whose branch main has exactly N
# commits (git rev-list --count HEAD = N), merge commits and their side-branch
# commits included. One awk program writes a git fast-import stream; nothing
# else runs per commit. Same N, same SHAs: dates, authors and choices come from
# fixed tables and a fixed-seed Park–Miller generator (exact in any awk).
#
# Shape: about 1 commit in 10 is a real two-parent merge of a 1–3 commit side
# branch ("Merge pull request #N from vendor-a/…", or GitLab's "Merge branch …
# into 'main'" with "See merge request os2/…!N"); of the other commits about
# 70 % are Conventional Commits (some breaking, with Refs:/Fixes:/Decision:/
# Signed-off-by: trailers) and 30 % are not (ticket keys AR-519:, DISPLAY-1080:,
# OS2FORMS-361, Redmine [#55444], plain text); some subjects are squashes
# ending "(#N)", a few are reverts (their "This reverts commit <sha>." names a
# made-up SHA: fast-import cannot tell the stream the SHA of a mark). Seven
# identities from four organisations, one person under two e-mail addresses.
# A tag every ~200 commits: v0.1.0, …, v1.0.0-rc.1, …, releases without "v",
# one dash-less "X.Y.0rc", four-number "X.Y.Z.1" tags, one "versionX.Y.Z";
# releases annotated, pre-releases and some releases lightweight. Each commit
# changes one small file among 200. Prints the commit and tag counts and the
# shape; git gc is not needed (fast-import writes a pack).
set -eu

usage() {
	echo "usage: sh bench/gen-history.sh DIR N" >&2
	exit 2
}
[ $# -eq 2 ] || usage
dir=$1
n=$2
case $n in '' | *[!0-9]*) usage ;; esac
[ "$n" -ge 1 ] || usage
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
	echo "gen-history: '$dir' exists and is not empty" >&2
	exit 2
fi

# The user's Git configuration must not change the result.
GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null LC_ALL=C TZ=UTC
export GIT_CONFIG_NOSYSTEM GIT_CONFIG_GLOBAL LC_ALL TZ

git init -q --initial-branch=main "$dir"
stats="$dir/.git/gen-history.stats"

# The stream. Strings hold no single quotes: \047 stands for one.
awk -v N="$n" -v stats="$stats" '
function rnd(k) { seed = (seed * 16807) % 2147483647; return seed % k }
# The release train draws from its own stream, so commit choices do not shift it.
function rnd_tag(k) { tseed = (tseed * 16807) % 2147483647; return tseed % k }
function pick(list,    a, c) { c = split(list, a, "|"); return a[rnd(c) + 1] }
function hex(k,    s) { s = ""; while (k-- > 0) s = s substr("0123456789abcdef", rnd(16) + 1, 1); return s }

function setup() {
	seed = 20240501; tseed = 1234567
	t = 1514764800 # 2018-01-01, then 20–40 minutes a commit
	split("Anna Holm <anna.holm@vendor-a.dk>|Anna Holm <aholm@users.noreply.github.com>|" \
	      "Bo Jensen <bo@vendor-a.dk>|Carl Smith <carl.smith@vendor-b.com>|" \
	      "Dina Petersen <dpe@vendor-b.com>|Erik Larsen <erik@vendor-c.io>|" \
	      "Frida Nielsen <frn@kommune.dk>", person, "|")
	split("vendor-a|vendor-a|vendor-a|vendor-b|vendor-b|vendor-c|kommune", org, "|")
	npeople = 7
	github = "GitHub <noreply@github.com>"
	split("api|ui|auth|db|docs|core|cli|build", dirs, "|")
	scopes = "api|ui|auth|db|search|export|i18n|deps"
	features = "export of decisions to CSV|login with MitID|pagination on the list page|" \
	           "search by status|e-mail notifications|Danish translations|an audit log|" \
	           "bulk import of records|API tokens|a dark theme|filtering by vendor|" \
	           "a history view|PDF receipts|Keycloak groups"
	bugs = "crash when the list is empty|wrong date format in exports|a login redirect loop|" \
	       "a missing translation|timeouts on large uploads|encoding of Danish letters|" \
	       "an off-by-one in pagination|stale cache after logout|rounding of amounts|" \
	       "broken links in e-mails"
	chores = "update dependencies|bump the Node version|tidy the build scripts|" \
	         "rename internal helpers|move fixtures|clean up logging"
	texts = "update texts|new slide type|adjust the form layout|fix validation|" \
	        "change the receipt e-mail|add a field to the export"
	prn = 100; nver = 0; rcleft = 0; next4 = 23; last4 = -1
	nextag = 150 + rnd_tag(60)
}

function subject_feature() { return pick("add|support|allow|introduce|show") " " pick(features) }
function subject_fix() { return pick("fix|handle|avoid|correct") " " pick(bugs) }

# A Conventional Commits message; sets kind.
function conventional(    type, r, scope, bang, s, body, tr) {
	r = rnd(100)
	type = r < 28 ? "feat" : r < 55 ? "fix" : r < 65 ? "docs" : r < 73 ? "refactor" : \
	       r < 83 ? "chore" : r < 88 ? "perf" : r < 93 ? "test" : r < 97 ? "ci" : "build"
	scope = rnd(2) ? "(" pick(scopes) ")" : ""
	bang = type == "feat" && rnd(40) == 0 ? "!" : ""
	s = type == "feat" ? subject_feature() : type == "fix" ? subject_fix() : \
	    type == "perf" ? "speed up " pick(features) : \
	    type == "docs" ? "describe " pick(features) : pick(chores)
	s = type scope bang ": " s
	body = rnd(3) == 0 ? "\n\nNeeded for " pick(features) "; see the discussion in the issue." : ""
	tr = ""
	if (rnd(100) < 40) tr = tr "\nRefs: #" (1 + rnd(prn + 50))
	if (type == "fix" && rnd(100) < 35) tr = tr "\nFixes: #" (1 + rnd(prn + 50))
	if (rnd(100) < 8) tr = tr sprintf("\nDecision: ADR-%04d", 1 + rnd(30))
	if (type == "feat" && bang == "" && rnd(50) == 0)
		tr = tr "\nBREAKING CHANGE: the " pick(scopes) " endpoints changed; update the clients"
	if (rnd(100) < 20) tr = tr "\nSigned-off-by: " person[who]
	if (bang != "" || index(tr, "BREAKING")) stat["breaking"]++
	kind = "conventional"
	return s body (tr == "" ? "" : "\n" tr)
}

# What teams write without a convention.
function plain(    r, s) {
	kind = "plain"
	r = rnd(9)
	if (r == 0) return "AR-" (400 + rnd(300)) ": " pick(texts)
	if (r == 1) return "DISPLAY-" (1000 + rnd(200)) ": " pick(texts)
	if (r == 2) return "OS2FORMS-" (300 + rnd(100)) " " pick(texts)
	if (r == 3) return "[#" (55000 + rnd(900)) "] ret fejl i " pick("søgning|eksport|formular|log ind")
	if (r == 4) return "Fix login bug"
	if (r == 5) return "Opdateret tekster"
	if (r == 6) { s = subject_fix(); return toupper(substr(s, 1, 1)) substr(s, 2) }
	if (r == 7) return "WIP"
	return "Updated " pick("texts|dependencies|the README|translations")
}

function message() {
	if (last_subject != "" && rnd(200) == 0) {
		kind = "revert"
		return "Revert \"" last_subject "\"\n\nThis reverts commit " hex(40) "."
	}
	return rnd(100) < 70 ? conventional() : plain()
}

function data(s) { printf "data %d\n%s\n", length(s), s }

# One commit on ref; from/merge are marks (0: none); changes nfiles files from the replay arrays.
function commit(ref, from, merge, author, committer, msg,    i) {
	count++
	t += 1200 + rnd(1200)
	printf "commit %s\nmark :%d\n", ref, count
	printf "author %s %d +0100\ncommitter %s %d +0100\n", author, t, committer, t + rnd(300)
	data(msg "\n")
	if (from) printf "from :%d\n", from
	if (merge) printf "merge :%d\n", merge
	for (i = 1; i <= nfiles; i++) {
		printf "M 100644 inline %s\n", fpath[i]
		data(fbody[i])
	}
	printf "\n"
	if (!merge && kind != "") stat[kind]++
	return count
}

# The next file to change: one of 200, with a line that names this commit.
function change_file(slot,    d) {
	d = dirs[1 + rnd(8)]
	fpath[slot] = d "/file" sprintf("%03d", rnd(25)) (d == "docs" ? ".md" : ".txt")
	fbody[slot] = "change " (count + 1) " by " org[who] "\n"
}

function single(    msg) {
	who = 1 + rnd(npeople)
	msg = message()
	nfiles = 1; change_file(1)
	committer = person[who]
	if (rnd(100) < 8) { # squash-merged on GitHub
		prn++
		sub(/\n|$/, " (#" prn ")&", msg)
		committer = github
		stat["squash"]++
	}
	if (kind != "revert") last_subject = substr(msg, 1, index(msg "\n", "\n") - 1)
	main = commit("refs/heads/main", main, 0, person[who], committer, msg)
}

# A side branch of k commits and its merge; the merge repeats the branch changes.
function pull_request(k,    i, tip, title, branch, msg, paths, bodies) {
	who = 1 + rnd(npeople)
	title = rnd(2) ? subject_feature() : subject_fix()
	branch = (index(title, "fix") == 1 ? "fix/" : "feature/") (prn + 1) "-" pick(scopes)
	tip = main
	for (i = 1; i <= k; i++) {
		nfiles = 1; change_file(1)
		paths[i] = fpath[1]; bodies[i] = fbody[1]
		tip = commit("refs/gen/side", tip, 0, person[who], person[who], message())
	}
	for (i = 1; i <= k; i++) { fpath[i] = paths[i]; fbody[i] = bodies[i] }
	nfiles = k
	prn++
	if (rnd(10) < 7) {
		msg = "Merge pull request #" prn " from " org[who] "/" branch "\n\n" title
		main = commit("refs/heads/main", main, tip, person[who], github, msg)
		stat["merge-github"]++
	} else {
		msg = "Merge branch \047" branch "\047 into \047main\047\n\n" title \
		      "\n\nSee merge request os2/" pick("forms|display|selvbetjening") "!" prn
		main = commit("refs/heads/main", main, tip, person[who], person[who], msg)
		stat["merge-gitlab"]++
	}
	merged_last = 1
}

# The name of the next tag: the release train, rc cycles and the odd spellings.
function tag_name(    r, v) {
	nver++
	if (rcleft > 0) { rcleft--; return "v" target "-rc." ++rcno }
	if (target != "") { v = target; target = ""; return spell(v) }
	if (nver == 1) { maj = 0; mnr = 1; pat = 0; return "v0.1.0" }
	if (nver >= next4 && last4 != nver - 1) { # a four-number hotfix build of the last release
		next4 += 40; last4 = nver
		return maj "." mnr "." pat ".1"
	}
	r = rnd_tag(100)
	if ((maj == 0 && nver >= 12) || (maj > 0 && r < 3)) { maj++; mnr = 0; pat = 0 }
	else if (r < 35) { mnr++; pat = 0 }
	else { pat++; return spell(maj "." mnr "." pat) }
	v = maj "." mnr "." pat
	if (v == "1.0.0" || rnd_tag(100) < 40) { # release candidates first
		target = v; rcno = 1
		if (maj > 0 && v != "1.0.0" && !dashless) { # once, as "1.3.0rc"
			dashless = 1; rcleft = 0
			return v "rc"
		}
		rcleft = rnd_tag(3)
		return "v" v "-rc.1"
	}
	return spell(v)
}

function spell(v) {
	if (nver >= 17 && !spelled) { spelled = 1; return "version" v }
	return nver % 12 == 5 ? v : "v" v
}

function tag(    name, annotated) {
	name = tag_name()
	annotated = name !~ /rc/ && name !~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ && nver % 5 != 0
	if (annotated) {
		printf "tag %s\nfrom :%d\ntagger %s %d +0100\n", name, main, person[1 + rnd(npeople)], t + 600
		data("Release " name "\n")
		stat["tags-annotated"]++
	} else {
		printf "reset refs/tags/%s\nfrom :%d\n\n", name, main
		stat["tags-lightweight"]++
	}
	if (merged_last) stat["tags-on-merges"]++
}

BEGIN {
	setup()
	while (count < N) {
		left = N - count
		kind = ""; merged_last = 0
		if (count > 0 && left >= 2 && rnd(8) == 0)
			pull_request(1 + rnd(left - 1 < 3 ? left - 1 : 3))
		else
			single()
		if (count >= nextag) { tag(); nextag = count + 170 + rnd_tag(60) }
	}
	print "done"
	for (k in stat) printf "%s %d\n", k, stat[k] > stats
}' | git -C "$dir" fast-import --quiet --done

git -C "$dir" update-ref -d refs/gen/side 2>/dev/null || true
git -C "$dir" reset -q --hard main

printf 'commits: %s\n' "$(git -C "$dir" rev-list --count HEAD)"
printf 'tags: %s\n' "$(git -C "$dir" tag | wc -l)"
sort "$stats" | awk '{ printf "  %s: %s\n", $1, $2 }'
rm -f "$stats"
