#!/bin/sh
# govlog's two entry points: `sh dev.sh demo` and `sh dev.sh test`.
# Both install missing Debian packages (apt-get; sudo when not root), then build.
set -eu

top=$(cd "$(dirname "$0")" && pwd)
# Everything beyond a minimal Debian 12: the build, the libraries, and what the
# tests run (git for fixture repositories, jq for JSON, python3-yaml for workflow YAML,
# g++ to compile the public headers as C++, GNU time for the hostile-input bounds,
# jekyll to build the pages `index --format jekyll` writes as GitHub Pages would;
# adr-tools to replay adr-tools habits against govlog; pre-commit, and Node.js with
# npm for husky, the hook managers govlog's hooks must live beside; dpkg-dev and
# lintian to build and check the Debian package; python3-jsonschema to validate
# SARIF against its schema; chromium, driven by puppeteer-core, for the site's pages;
# man-db and bsdextrautils (col) to read the installed manual pages; ca-certificates
# for npm's downloads).
packages="cmake make gcc g++ libc6-dev pkg-config git jq python3-yaml time clang-format libgit2-dev
	libcmark-gfm-dev libcmark-gfm-extensions-dev libpcre2-dev libyaml-dev libcmocka-dev jekyll adr-tools
	pre-commit dpkg-dev lintian python3-jsonschema chromium man-db bsdextrautils ca-certificates"
# A Node.js from elsewhere (its own npm included) is kept; else Debian's.
command -v node >/dev/null || packages="$packages nodejs"
command -v npm >/dev/null || packages="$packages npm"
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 2; }

missing_packages() {
	for p in $packages; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			printf '%s ' "$p"
	done
}

install_missing() {
	command -v dpkg-query >/dev/null || die "not a Debian system: install $packages by hand"
	missing=$(missing_packages)
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" -eq 0 ]; then
		as_root=""
	elif command -v sudo >/dev/null; then
		as_root="sudo"
	else
		die "missing packages ($missing) and neither root nor sudo: install them first"
	fi
	say "installing $missing"
	$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	# shellcheck disable=SC2086 # word splitting of the package list is intended
	$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends $missing >/dev/null
}

# build DIR [cmake options...]
build() {
	dir=$1
	shift
	say "building $dir"
	cmake -S "$top" -B "$top/$dir" -DGOVLOG_WERROR=ON "$@" >/dev/null
	cmake --build "$top/$dir" -j "$jobs" >/dev/null
}

demo() {
	build build
	scratch=$(mktemp -d "${TMPDIR:-/tmp}/govlog-demo.XXXXXX")
	repo="$scratch/os2display-governance"
	sh "$top/examples/build-demo-repo.sh" "$repo" >/dev/null
	say "govlog list   (in $repo)"
	(cd "$repo" && "$top/build/govlog" list)
	say "govlog check  (the example has deliberate defects)"
	status=0
	(cd "$repo" && "$top/build/govlog" check) || status=$?
	say "govlog fmt docs/decisions/0002-udgivelsesrytme.md  (a legacy record's diff: its form changes, never its content)"
	(cd "$repo" && "$top/build/govlog" fmt docs/decisions/0002-udgivelsesrytme.md) || [ $? -eq 1 ]
	say "govlog list --kind meeting  (the steering and coordination groups' agendas and minutes)"
	(cd "$repo" && "$top/build/govlog" list --kind meeting)
	say "govlog show ADR-0001  (its approval: the steering group's minutes of that day)"
	(cd "$repo" && "$top/build/govlog" show ADR-0001 | sed -n '1,9p')
	say "govlog release-notes  (the newest release, v1.1.0)"
	(cd "$repo" && "$top/build/govlog" release-notes)
	say "govlog release-notes --audience steering  (the steering group's view: the body of a release pull request)"
	(cd "$repo" && "$top/build/govlog" release-notes --audience steering)
	say "govlog trace  (requests -> decisions -> commits -> releases, and the gaps)"
	(cd "$repo" && "$top/build/govlog" trace)
	say "govlog version --next"
	(cd "$repo" && "$top/build/govlog" version --next)
	say "govlog site -o $scratch/site  (the decision log, its releases and gaps as web pages)"
	(cd "$repo" && "$top/build/govlog" site -o "$scratch/site")
	say "open file://$scratch/site/index.html"
	say "govlog check exited $status; the example repository is kept in $repo"
	[ "$status" -le 1 ]
}

run_suite() {
	dir=$1
	say "testing $dir"
	(cd "$top/$dir" && ctest --output-on-failure -j "$jobs")
}

# The committed .clang-format is the house style; a file that differs fails the suite.
check_format() {
	say "clang-format --dry-run --Werror"
	(cd "$top" && git ls-files -- '*.c' '*.h' | xargs clang-format --dry-run --Werror)
}

# The npm packages the tests run (tests/package.json, pinned by its lock file),
# installed again only when the lock file changes.
install_npm() {
	stamp="$top/tests/node_modules/.govlog-lock"
	cmp -s "$top/tests/package-lock.json" "$stamp" 2>/dev/null && return 0
	say "npm ci in tests/"
	(cd "$top/tests" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
	cp "$top/tests/package-lock.json" "$stamp"
}

test_all() {
	check_format
	install_npm
	build build
	build build-asan -DGOVLOG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	run_suite build
	say "govlog check on govlog's own decision log and commit messages"
	if root=$(git -C "$top" rev-list --max-parents=0 HEAD 2>/dev/null | tail -1) &&
		[ "$(git -C "$top" rev-parse --is-shallow-repository)" = false ]; then
		"$top/build/govlog" -C "$top" check --commits "$root..HEAD"
	else
		"$top/build/govlog" -C "$top" check
	fi
	# Distinct exit codes keep a sanitizer report apart from govlog's own 1-3.
	ASAN_OPTIONS=detect_leaks=1:exitcode=86:strict_string_checks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87 run_suite build-asan
	say "all tests passed (normal and ASan+UBSan builds)"
}

case "${1:-}" in
demo) install_missing && demo ;;
test) install_missing && test_all ;;
*)
	echo "usage: sh dev.sh demo | test" >&2
	exit 2
	;;
esac
