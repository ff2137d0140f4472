#!/bin/sh
# Every value a writer puts into a record reads back as given: titles through
# govlog new (heading and file name), --note, --by and --date through govlog
# status, and all of them again after govlog fmt moves the record to another
# metadata style — in front matter (YAML), bold-key bullets and the Nygard
# Status section. The corpus holds what YAML and Markdown give a meaning to.
. "$(dirname "$0")/../test-lib.sh"

corpus="$TEST_DIR/corpus"
cat >"$corpus" <<'EOF'
på styregruppemødet: 4. juni
key: value
issue #1
C#
it's "quoted"
it's
"double"
'single'
a | b
<b>bold</b> & <script>x</script>
<!-- hidden -->
[link](javascript:alert(1))
![image](x.png)
C:\path\to\*file*
trailing \
\\ two
- leading dash
-
? question
: colon
[list]
{braces}
{ a | b }
&amp; R&D &#38;
* star
*bold* and **strong**
_under_ snake_case __init__
`code` ``more``
~~strike~~
# hash
## two hashes ##
> quote
+ plus
1. one
2) two
@at
%percent
!bang
|pipe|
yes
no
null
~
true
On
1.0
0x1F
.inf
2026-06-04
12:30
æøå ÆØÅ
emoji 😀 🎉
RTL עברית العربية
Zero‍width joiner
EOF
jq -R . "$corpus" | jq -s . >"$TEST_DIR/corpus.json"
count=$(wc -l <"$corpus")

# check_all REPO PROFILE WHEN FIRST: every record's title (as PROFILE writes
# it; an OS2 title's type code only when the record names its type, as the
# records FIRST written by an OS2 profile do: fmt invents no type; a Nygard
# title whose words start with a number stays Nygard), status note, deciders (a list: ',' and ';' separate names; none when
# the records were FIRST written by nygard, which has no such field) and date
# read back as given.
check_all() {
	run_govlog "$1" list --format json
	printf '%s' "$out" >"$TEST_DIR/list.json"
	bad=$(jq -r --arg profile "$2" --arg first "$4" --slurpfile corpus "$TEST_DIR/corpus.json" '
		.records as $records | $corpus[0] | to_entries[] | (.key + 1 | tostring) as $n | .value as $v |
		("ADR-" + "0000"[0:4 - ($n | length)] + $n) as $id |
		(if $profile == "nygard" or
		    ($first == "nygard" and ($profile | startswith("os2")) and ($v | test("^[0-9]+\\. ")))
		 then "\($n). \($v)"
		 elif ($profile | startswith("os2")) and ($first | startswith("os2")) then "[ADR] \($v)"
		 else $v end) as $title |
		(if $first == "nygard" then []
		 else [$v | splits("[,;]") | sub("^ +"; "") | select(. != "")] end) as $deciders |
		([$records[] | select(.id == $id)] | first) as $r |
		if $r == null then "\($id) \($v | @json): no such record"
		elif $r.title != $title or $r.status != "accepted" or $r.status_note != $v or
		     $r.deciders != $deciders or $r.date != "2026-06-04"
		then "\($id) \($v | @json) reads \([$r.title, $r.status, $r.status_note, $r.deciders, $r.date] | @json)"
		else empty end' "$TEST_DIR/list.json")
	if [ -z "$bad" ]; then
		pass "$3: title, note, deciders and date of all $count values read back"
	else
		fail "$3: values read back otherwise:"
		printf '%s\n' "$bad" | sed 's/^/    /' >&2
	fi
	run_govlog "$1" check
	expect_no_line "$err" "[frontmatter/" "$3: the front matter parses, with no repeated key"
}

# Other YAML readers see the same strings (PyYAML reads YAML 1.1: yes, null, 1.0).
pyyaml_check() { # pyyaml_check FOLDER
	python3 -c 'import yaml' 2>/dev/null || return 0
	python3 - "$1" "$corpus" <<'PY' >"$TEST_DIR/pyyaml" 2>&1 || fail "PyYAML reads other values: $(cat "$TEST_DIR/pyyaml")"
import glob, sys, yaml
values = open(sys.argv[2], encoding="utf-8").read().splitlines()
for path in sorted(glob.glob(sys.argv[1] + "/0*.md")):
    n = int(path.rsplit("/", 1)[1][:4])
    if n > len(values):
        continue
    head = open(path, encoding="utf-8").read().split("---\n")[1]
    data = yaml.safe_load(head)
    if data["deciders"] != values[n - 1]:
        sys.exit("%s: deciders %r, not %r" % (path, data["deciders"], values[n - 1]))
PY
	[ -s "$TEST_DIR/pyyaml" ] || pass "PyYAML reads every value as the same string"
}

for profile in madr os2-da nygard os2-en; do
	repo=$(new_repo "values-$profile")
	while IFS= read -r v; do
		run_govlog "$repo" new decision --profile "$profile" -- "$v"
		[ "$status" -eq 0 ] || fail "$profile: new '$v': exit $status: $err"
		id=$(printf '%s' "$out" | sed -n 's|.*/\([0-9]\{4\}\)-.*|ADR-\1|p')
		run_govlog "$repo" status "$id" accepted --note "$v" --by "$v" --date 2026-06-04
		[ "$status" -eq 0 ] || fail "$profile: status --note '$v': exit $status: $err"
	done <"$corpus"
	check_all "$repo" "$profile" "$profile" "$profile"
	[ "$profile" != madr ] || pyyaml_check "$repo/docs/decisions"
	case $profile in
	madr) other=os2-da ;;
	os2-da) other=madr ;;
	nygard) other=os2-en ;;
	*) other=madr ;;
	esac
	run_govlog "$repo" fmt --write --profile "$other"
	if [ "$profile" = nygard ]; then
		# "34. 1. one" has no OS2 form without a type code: "1. one" would be
		# read as numbered 1. fmt leaves that record as it is and says so.
		expect_status 1 "fmt $profile → $other leaves one record"
		expect_line "$err" "doc/adr/0034-1-one.md: left as it is: the os2-en form would change its 'title'" \
			"and names it"
	else
		expect_status 0 "fmt $profile → $other"
	fi
	check_all "$repo" "$other" "fmt $profile → $other" "$profile"
	run_govlog "$repo" fmt --write --profile "$profile"
	check_all "$repo" "$profile" "fmt $other → $profile" "$profile"
done

# The Git user name goes into front matter as a value too.
repo=$TEST_DIR/values-madr
d=$repo/docs/decisions
GIT_AUTHOR_NAME='Ann: "x" #1'
run_govlog "$repo" new decision --profile madr "Named by Git"
GIT_AUTHOR_NAME="Ada Tester"
id=ADR-$(printf '%04d' $((count + 1)))
run_govlog "$repo" list --format json
who=$(printf '%s' "$out" | jq -c --arg id "$id" '.records[] | select(.id == $id) | .deciders')
[ "$who" = '["Ann: \"x\" #1"]' ] && pass "the Git user name as the deciders of a new record" ||
	fail "the Git user name reads $who"

# Titles name files by their slug: letters transliterated, the rest dashes.
line_of() { grep -nxF -- "$1" "$corpus" | cut -d: -f1 | xargs printf '%04d'; }
expect_line "$(ls "$TEST_DIR/values-os2-da/docs/decisions")" "$(line_of 'æøå ÆØÅ')-aeoeaa-aeoeaa.md" \
	"a Danish title's file name"
expect_line "$(ls "$d")" "$(line_of '[link](javascript:alert(1))')-link-javascript-alert-1.md" \
	"a link's text in a file name"
expect_line "$(ls "$d")" "$(line_of '~')-decision.md" "a title with no letters"
expect_line "$(ls "$d")" "$(line_of '12:30')-12-30.md" "a title that reads like a time"

finish
