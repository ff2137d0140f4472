#!/bin/sh
# `cmake --install` puts the binary, the shared library, the public headers and
# govlog.pc in place, and a program built from them with pkg-config runs.
. "$(dirname "$0")/../test-lib.sh"
: "${GOVLOG_BUILD_DIR:?set GOVLOG_BUILD_DIR to the build folder}"

prefix="$TEST_DIR/prefix"
cmake --install "$GOVLOG_BUILD_DIR" --prefix "$prefix" >/dev/null
libdir=$(dirname "$(find "$prefix" -name govlog.pc)")/..
for f in "$prefix/bin/govlog" "$prefix/include/govlog/govlog.h" "$prefix/include/govlog/record.h"; do
	if [ -e "$f" ]; then pass "installed ${f#"$prefix"/}"; else fail "missing ${f#"$prefix"/}"; fi
done
if ls "$libdir"/libgovlog.so* >/dev/null 2>&1; then pass "installed libgovlog.so"; else fail "no libgovlog.so"; fi

status=0
"$prefix/bin/govlog" --version >"$TEST_DIR/v" || status=$?
expect_status 0 "the installed binary runs"

case "${GOVLOG_SANITIZE:-OFF}" in
ON | on | 1 | TRUE | true) pass "sanitizer build: the consumer program is built by the normal pass"
	finish
	exit 0 ;;
esac

cat >"$TEST_DIR/consumer.c" <<'C'
#include <govlog/govlog.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	const char md[] = "# 1. Use X\n\nDate: 2026-01-13\n\n## Status\n\nAccepted\n";
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	if (govlog_record_parse(&r, "0001-use-x.md", md, strlen(md), &opts) < 0)
		return 1;
	printf("%s %s %s\n", govlog_record_id(r), govlog_status_name(govlog_record_status(r)),
	       govlog_record_date(r));
	govlog_record_free(r);
	return 0;
}
C
export PKG_CONFIG_PATH="$libdir/pkgconfig"
# shellcheck disable=SC2046 # pkg-config prints words
cc -std=c11 -Wall -Werror "$TEST_DIR/consumer.c" -o "$TEST_DIR/consumer" \
	$(pkg-config --cflags --libs govlog) && pass "a program builds against govlog.pc" ||
	fail "building against govlog.pc"
status=0
LD_LIBRARY_PATH="$libdir" "$TEST_DIR/consumer" >"$TEST_DIR/consumer.out" || status=$?
out=$(cat "$TEST_DIR/consumer.out")
expect_status 0 "the program runs against the shared library"
expect_line "$out" "ADR-0001 accepted 2026-01-13" "the shared library parses a record"
finish
