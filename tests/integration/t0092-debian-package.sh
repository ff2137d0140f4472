#!/bin/sh
# The Debian package CPack builds: dpkg-deb reads it, its Depends come from
# the binaries (libgit2, cmark-gfm, PCRE2, libyaml), lintian finds no error;
# unpacked into a scratch root, govlog --version runs, `man` opens its pages,
# and a C++ program of a CMake project that uses find_package(govlog) builds
# against it and lists records.
. "$(dirname "$0")/../test-lib.sh"
: "${GOVLOG_BUILD_DIR:?set GOVLOG_BUILD_DIR to the build folder}"

case "${GOVLOG_SANITIZE:-OFF}" in
ON | on | 1 | TRUE | true)
	pass "sanitizer build: the package is built and checked by the normal pass"
	finish
	exit 0
	;;
esac
for tool in cpack dpkg-deb lintian dpkg-shlibdeps; do
	command -v "$tool" >/dev/null || fail "$tool is missing: run sh dev.sh test"
done
[ "$failures" -eq 0 ] || finish

status=0
cpack -G DEB -B "$TEST_DIR/pkg" --config "$GOVLOG_BUILD_DIR/CPackConfig.cmake" \
	>"$TEST_DIR/cpack.out" 2>&1 || status=$?
expect_status 0 "cpack builds the package"
deb=$(find "$TEST_DIR/pkg" -maxdepth 1 -name 'govlog_*.deb' | head -n 1)
[ -n "$deb" ] || { fail "no govlog_*.deb: $(cat "$TEST_DIR/cpack.out")"; finish; }
version=$("$GOVLOG" --version | sed 's/^govlog //')

info=$(dpkg-deb --field "$deb" Package Version Architecture Depends)
expect_line "$info" "Package: govlog" "dpkg-deb reads its name"
expect_line "$info" "Version: $version" "and the version govlog --version prints"
for dep in libgit2 libcmark-gfm0 libcmark-gfm-extensions0 libpcre2-8-0 libyaml-0-2 libc6; do
	case "$info" in
	*"$dep"*) pass "Depends names $dep" ;;
	*) fail "Depends lacks $dep: $info" ;;
	esac
done
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/govlog ./usr/share/man/man1/govlog.1.gz ./usr/share/man/man1/govlog-check.1.gz \
	./usr/share/bash-completion/completions/govlog ./usr/share/doc/govlog/copyright \
	./usr/lib/cmake/govlog/govlogConfig.cmake ./usr/include/govlog/govlog.h; do
	expect_line "$contents" "$f" "the package holds ${f#./}"
done

status=0
lintian --no-tag-display-limit "$deb" >"$TEST_DIR/lintian.out" 2>&1 || status=$?
if grep -q '^E: ' "$TEST_DIR/lintian.out"; then
	fail "lintian reports errors: $(grep '^E: ' "$TEST_DIR/lintian.out")"
else
	pass "lintian reports no error ($(grep -c '^W: ' "$TEST_DIR/lintian.out") warnings)"
fi

root="$TEST_DIR/root"
dpkg-deb -x "$deb" "$root"
status=0
out=$(LD_LIBRARY_PATH="$root/usr/lib" "$root/usr/bin/govlog" --version) || status=$?
expect_status 0 "the unpacked govlog runs"
expect_line "$out" "govlog $version" "and prints its version"
status=0
MANPATH="$root/usr/share/man" man -P cat govlog-check >"$TEST_DIR/man.out" 2>&1 || status=$?
expect_status 0 "man govlog-check opens the packaged page"

# A CMake project in C++ that finds govlog through its CMake package.
mkdir -p "$TEST_DIR/app"
cat >"$TEST_DIR/app/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
project(app LANGUAGES CXX)
find_package(govlog 0.1 REQUIRED)
add_executable(app main.cpp)
target_link_libraries(app PRIVATE govlog::govlog)
CMAKE
cat >"$TEST_DIR/app/main.cpp" <<'CPP'
#include <govlog/govlog.h>
#include <cstdio>
#include <cstring>

int main()
{
	const char md[] = "# 7. Use X\n\nDate: 2026-01-13\n\n## Status\n\nAccepted\n";
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = nullptr;
	if (govlog_record_parse(&r, "0007-use-x.md", md, std::strlen(md), &opts) < 0)
		return 1;
	std::printf("%s %s\n", govlog_record_id(r), govlog_status_name(govlog_record_status(r)));
	govlog_record_free(r);
	return 0;
}
CPP
status=0
{ cmake -S "$TEST_DIR/app" -B "$TEST_DIR/app/build" -DCMAKE_PREFIX_PATH="$root/usr" &&
	cmake --build "$TEST_DIR/app/build"; } >"$TEST_DIR/app.out" 2>&1 || status=$?
expect_status 0 "a C++ CMake project builds with find_package(govlog)"
[ "$status" -eq 0 ] || printf '%s\n' "$(tail -n 20 "$TEST_DIR/app.out")" >&2
status=0
out=$(LD_LIBRARY_PATH="$root/usr/lib" "$TEST_DIR/app/build/app") || status=$?
expect_status 0 "and runs against the packaged libgovlog"
expect_line "$out" "ADR-0007 accepted" "reading a record through govlog::govlog"
finish
