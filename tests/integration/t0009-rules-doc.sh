#!/bin/sh
# docs/RULES.md is the registry's own output, and every rule has its case folder.
. "$(dirname "$0")/../test-lib.sh"

status=0
"$GOVLOG" rules --format md >"$TEST_DIR/rules.md" || status=$?
expect_status 0 "govlog rules --format md"
if cmp -s "$TEST_DIR/rules.md" "$GOVLOG_SOURCE_DIR/docs/RULES.md"; then
	pass "docs/RULES.md matches the registry"
else
	fail "docs/RULES.md is stale: regenerate it with 'govlog rules --format md'"
fi
for rule in $("$GOVLOG" rules | awk '{ print $1 }'); do
	if [ -f "$GOVLOG_SOURCE_DIR/tests/cases/$rule/expected" ]; then
		pass "rule $rule has a case folder"
	else
		fail "rule $rule has no tests/cases/$rule/ folder"
	fi
done
finish
