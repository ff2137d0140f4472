#!/bin/sh
# Hostile and unusual input gives clear diagnostics with positions, never a crash
# or a hang: invalid UTF-8, broken YAML, alias bombs, BOM, CRLF, binary and huge
# files, empty files, deep nesting, symlinks leaving the repository.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo hostile)
d="$repo/docs/adr"
mkdir -p "$d"

printf '# 1. L\346s dette\n\nDate: 2026-01-13\n\n## Status\n\nAccepted\n' >"$d/0001-latin1.md"
printf -- '---\nstatus: [proposed\ndate: 2026-01-01\n---\n# Broken\n' >"$d/0002-yaml.md"
{
	printf -- '---\na: &a ["x","x","x","x","x","x","x","x","x"]\n'
	prev=a
	for n in b c d e f g h i j k l m n o p q r s t u v w x y z; do
		printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' $n $n $prev $prev $prev \
			$prev $prev $prev $prev $prev $prev
		prev=$n
	done
	printf 'status: accepted\n---\n# Alias bomb\n'
} >"$d/0003-bomb.md"
printf '\357\273\277# 4. BOM\r\n\r\nDate: 2026-01-14\r\n\r\n## Status\r\n\r\nAcceptd\r\n' \
	>"$d/0004-bom-crlf.md"
printf 'PK\003\004\000\000binary' >"$d/0005-binary.md"
: >"$d/0006-empty.md"
head -c 50000000 /dev/zero | tr '\0' 'a' >"$d/0007-huge.md"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "> "; print "deep" }' >"$d/0008-deep.md"
awk 'BEGIN { printf "---\n"; for (i = 0; i < 10000; i++) printf "["; print ""; print "---" }' \
	>"$d/0009-deep-yaml.md"
mkdir -p "$TEST_DIR/outside"
printf '# Outside\n' >"$TEST_DIR/outside/0010-outside.md"
ln -s "$TEST_DIR/outside" "$d/linked"
ln -s "$TEST_DIR/outside/0010-outside.md" "$d/0011-link-out.md"
ln -s 0006-empty.md "$d/0012-link-in.md"
commit_all "$repo" "docs: hostile records"

run_govlog "$repo" check
expect_no_crash "check over hostile records"
expect_status 1 "hostile records are errors"
expect_line "$err" \
	"docs/adr/0001-latin1.md:1:7: error: invalid UTF-8 byte 0xE6 at byte offset 6 [encoding/invalid-utf8]" \
	"invalid UTF-8 is reported at its line, column and byte offset"
expect_line "$err" "'æ' in Latin-1" "the hint names the Latin-1 character"
expect_line "$err" "docs/adr/0002-yaml.md:3:5: error: invalid YAML" "broken YAML at libyaml's position"
expect_line "$err" "[frontmatter/syntax]" "broken YAML has its rule id"
expect_line "$err" "docs/adr/0004-bom-crlf.md:7:1: error: unknown status 'Acceptd' (did you mean 'Accepted'?)" \
	"BOM and CRLF do not shift positions"
expect_line "$err" "docs/adr/0005-binary.md: error:" "a binary file is reported, not parsed"
expect_line "$err" "docs/adr/0007-huge.md: error:" "a huge file is refused with a diagnostic"
expect_no_line "$err" "0010-outside.md" "symlinked folders are not followed"
expect_line "$err" "docs/adr/0011-link-out.md: error: symbolic link to a file outside the repository" \
	"a linked file outside the repository is reported, not read"
expect_line "$err" "docs/adr/0012-link-in.md:1:1: error: missing" "a link inside the repository is read"

run_govlog "$repo" list --format json
expect_no_crash "list over hostile records"
expect_line "$out" '"path": "docs/adr/0003-bomb.md"' "the alias bomb is listed"
expect_line "$(printf '%s\n' "$out" | grep 0003-bomb)" '"status": "accepted"' \
	"the alias bomb's plain keys are still read"
finish
