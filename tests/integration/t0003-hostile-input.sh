#!/bin/sh
# Hostile and unusual input gives clear diagnostics with positions, never a crash
# or a hang: invalid UTF-8, broken YAML, alias bombs, BOM, CRLF, binary and huge
# files, empty files, deep nesting, symlinks leaving the repository; and at a
# bounded cost: a million broken links, two million headings and two and a
# half million list items (bench/hostile-records.sh) each take under 20 s of
# processor time and a bounded amount of memory.
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

# Bounded cost. GNU time gives processor time (a busy machine does not fail
# the test) and peak memory; under the sanitizers the bounds are not checked,
# but the records are still read and their findings checked.
big=$(new_repo big)
sh "$GOVLOG_SOURCE_DIR/bench/hostile-records.sh" "$big"
# measure WHAT MAX_KIB FILE: govlog check FILE, its output in files, its cost checked.
measure() {
	what=$1 max_kib=$2
	shift 2
	status=0
	# GNU time (dev.sh installs it): without it the bound could not be checked.
	[ -x /usr/bin/time ] || { fail "$what: /usr/bin/time is missing (apt-get install time)"; return; }
	(cd "$big" && /usr/bin/time -f '%U %S %M' -o "$TEST_DIR/cost" "$GOVLOG" check "$@") \
		>"$TEST_DIR/big.out" 2>"$TEST_DIR/big.err" || status=$?
	expect_status 1 "$what: broken links are errors"
	if grep -q 'Sanitizer\|runtime error:' "$TEST_DIR/big.err"; then
		fail "$what: sanitizer report"
	fi
	set -- $(tail -n 1 "$TEST_DIR/cost")
	cpu=$(echo "$1 $2" | awk '{ print $1 + $2 }')
	echo "$what: $cpu s of processor time, $3 KiB at most"
	case "${GOVLOG_SANITIZE:-OFF}" in ON | on | 1 | TRUE | true) return 0 ;; esac
	if awk -v t="$cpu" 'BEGIN { exit !(t < 20) }'; then pass "$what: under 20 s"; else fail "$what: $cpu s"; fi
	if [ "$3" -lt "$max_kib" ]; then pass "$what: under $max_kib KiB"; else fail "$what: $3 KiB"; fi
}

measure "10,000 links in a folder of 2,000 records" 262144 docs/decisions/0001-decision-number-1.md
n=$(grep -c '\[link/broken\]' "$TEST_DIR/big.err" || true)
if [ "$n" -eq 10000 ]; then pass "each of the 10,000 links is reported"; else fail "$n reported"; fi
expect_line "$(grep -m 1 -A 1 'missing-0.md' "$TEST_DIR/big.err")" "hint:" "a finding keeps its hint"

# Each of the million links is a finding to keep: 1 GiB. The records of
# headings and items are 8 and 10 MB: a small multiple of that, 512 MiB.
measure "1,000,000 links" 1048576 docs/decisions/9001-links.md
n=$(grep -c '\[link/broken\]' "$TEST_DIR/big.err" || true)
if [ "$n" -eq 1000000 ]; then pass "each of the 1,000,000 links is reported"; else fail "$n reported"; fi
expect_line "$(tail -n 3 "$TEST_DIR/big.err")" "docs/decisions/9001-links.md:1000006:1: error: link to 'nhxe' leads to no file" \
	"the last link is found at its line"

measure "2,000,000 headings" 524288 docs/hostile/0001-headings.md
expect_line "$(cat "$TEST_DIR/big.err")" "docs/hostile/0001-headings.md:2000004:5: error: link to 'gone.md' leads to no file" \
	"a link after two million headings is found at its line"

measure "2,500,000 list items" 524288 docs/hostile/0002-items.md
expect_line "$(cat "$TEST_DIR/big.err")" "docs/hostile/0002-items.md:2500003:7: error: link to 'gone.md' leads to no file" \
	"a link in the last of 2,500,000 items is found at its line"
finish
