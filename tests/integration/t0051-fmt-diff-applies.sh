#!/bin/sh
# govlog fmt's diff is a patch git apply takes: three lines of context,
# a/ and b/ paths from the repository's root (from any folder), and applying
# it gives exactly what fmt --write writes.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo fmt-diff)
cp -R "$GOVLOG_SOURCE_DIR/examples/os2display-governance/." "$repo/"
commit_all "$repo" "example"
cp -R "$repo" "$TEST_DIR/written"

run_govlog "$repo" fmt
expect_status 1 "fmt shows a diff of the example"
printf '%s\n' "$out" >"$TEST_DIR/fmt.patch"
expect_line "$out" "--- a/docs/decisions/0002-udgivelsesrytme.md" "old path from the root, a/"
expect_line "$out" "+++ b/docs/decisions/0002-udgivelsesrytme.md" "new path from the root, b/"
expect_line "$out" "@@ -1,9 +1,9 @@" "a hunk with three lines of context on each side"
expect_line "$out" " # [ODR] Fast udgivelsesrytme" "context lines start with a space"

if (cd "$repo" && git apply --check "$TEST_DIR/fmt.patch" 2>"$TEST_DIR/apply.err"); then
	pass "git apply --check accepts the diff"
else
	fail "git apply --check: $(cat "$TEST_DIR/apply.err")"
fi
if (cd "$repo" && git apply "$TEST_DIR/fmt.patch" 2>"$TEST_DIR/apply.err"); then
	pass "git apply applies it"
else
	fail "git apply: $(cat "$TEST_DIR/apply.err")"
fi
run_govlog "$TEST_DIR/written" fmt --write
expect_status 0 "fmt --write"
if diff -r -x .git "$repo" "$TEST_DIR/written" >"$TEST_DIR/differ"; then
	pass "the applied diff is exactly what fmt --write writes"
else
	fail "applied diff and fmt --write differ: $(cat "$TEST_DIR/differ")"
fi
run_govlog "$TEST_DIR/written" fmt
expect_status 0 "a second fmt finds nothing to change"

# From a subfolder, and with -C, the paths are still the root's.
git -C "$repo" checkout -q -- .
run_govlog "$repo/docs" fmt decisions/0002-udgivelsesrytme.md
expect_line "$out" "--- a/docs/decisions/0002-udgivelsesrytme.md" "from a subfolder: the root's path"
printf '%s\n' "$out" >"$TEST_DIR/sub.patch"
if (cd "$repo/docs" && git apply --check "$TEST_DIR/sub.patch" 2>"$TEST_DIR/apply.err"); then
	pass "git apply in the subfolder takes it"
else
	fail "git apply from the subfolder: $(cat "$TEST_DIR/apply.err")"
fi
run_govlog "$TEST_DIR" -C "$repo" fmt docs/decisions/0002-udgivelsesrytme.md
expect_line "$out" "+++ b/docs/decisions/0002-udgivelsesrytme.md" "with -C: the root's path"

# A file without a final newline: the patch says so and still applies.
printf '# 20. Use Git\n\nDate: 13-01-2026\n\n## Status\n\nAccepted\n\n## Context\n\nText.' \
	>"$repo/docs/decisions/0020-no-newline.md"
run_govlog "$repo" fmt docs/decisions/0020-no-newline.md
printf '%s\n' "$out" >"$TEST_DIR/nl.patch"
if (cd "$repo" && git apply --check "$TEST_DIR/nl.patch" 2>"$TEST_DIR/apply.err"); then
	pass "a record without a final newline: the diff applies"
else
	fail "no final newline: $(cat "$TEST_DIR/apply.err")"
fi
finish
