#!/bin/sh
# Fuzzes one target with libFuzzer for a number of minutes (clang needed):
#   sh tests/fuzz/run.sh TARGET [MINUTES]
# TARGET is one of fuzz_*.c: record, frontmatter, markdown, config, message,
# commit, footers, date, semver, body, template, form.
# It starts from tests/fuzz/corpus/<target>/ and works on a copy (the saved
# corpus stays small); a crash leaves crash-* in the current folder and a
# non-zero exit: add that file to the corpus once it is fixed.
set -eu
target=${1:?usage: run.sh TARGET [MINUTES]}
minutes=${2:-5}
top=$(cd "$(dirname "$0")/../.." && pwd)
fuzz=$top/tests/fuzz
if [ ! -f "$fuzz/fuzz_$target.c" ] || [ ! -d "$fuzz/corpus/$target" ]; then
	echo "run.sh: unknown target '$target'" >&2
	exit 2
fi
# The shared test environment, without a govlog binary: this script builds its own.
GOVLOG_SOURCE_DIR=$top TEST_WITHOUT_GOVLOG=1
. "$top/tests/test-lib.sh"
# The templates compiled into the library, as the build embeds them.
cmake -DTEMPLATE_DIR="$top/templates" -DHOOK_DIR="$top/hooks" -DOUTPUT="$TEST_DIR/template_data.c" \
	-P "$top/cmake/embed.cmake"
# shellcheck disable=SC2046 # pkg-config prints words
clang -g -O1 -std=c11 -D_XOPEN_SOURCE=700 -DGOVLOG_LIBFUZZER \
	-fsanitize=fuzzer,address,undefined -I"$top/lib/include" -I"$top/lib" \
	$(find "$top/lib" -name '*.c') "$TEST_DIR/template_data.c" "$fuzz/fuzz_$target.c" \
	"$fuzz/oracle.c" "$fuzz/json.c" "$fuzz/record_check.c" "$fuzz/body_check.c" \
	$(pkg-config --cflags --libs libgit2 libcmark-gfm yaml-0.1 libpcre2-8) -o "$TEST_DIR/fuzz"
mkdir -p "$TEST_DIR/corpus"
cp "$fuzz/corpus/$target/"* "$TEST_DIR/corpus/"
"$TEST_DIR/fuzz" -max_total_time=$((minutes * 60)) -max_len=8192 -rss_limit_mb=2048 \
	-print_final_stats=1 "$TEST_DIR/corpus"
