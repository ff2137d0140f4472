#!/bin/sh
# After `cmake --install`: `man govlog` and `man govlog-<verb>` open, and each
# verb's page says what `govlog help <verb>` says (every option with its
# text and its values); bash completes verbs, options, option values and
# record IDs (`govlog st<TAB>` → status, `govlog show ADR-<TAB>` → the IDs
# of the log); the zsh script parses and the fish script names every verb.
. "$(dirname "$0")/../test-lib.sh"
: "${GOVLOG_BUILD_DIR:?set GOVLOG_BUILD_DIR to the build folder}"

prefix="$TEST_DIR/prefix"
cmake --install "$GOVLOG_BUILD_DIR" --prefix "$prefix" >/dev/null
man_dir=$(find "$prefix" -type d -path '*/man' | head -n 1)
export MANPATH="$man_dir" MANWIDTH=2000

# man_text PAGE: the page as a reader sees it, without hyphenation or justification.
man_text() {
	man --nh --nj "$1" 2>&1 | col -b
}

status=0
man_text govlog >"$TEST_DIR/govlog.txt" || status=$?
expect_status 0 "man govlog opens"
expect_line "$(cat "$TEST_DIR/govlog.txt")" "govlog - decision records, commit messages and releases checked in Git" \
	"man govlog names the tool"

verbs=$("$GOVLOG" help | sed -n 's/^  \([a-z-]*\)  .*/\1/p' | grep -vx help)
[ -n "$verbs" ] || fail "no verbs in govlog help"
for verb in $verbs; do
	status=0
	man_text "govlog-$verb" >"$TEST_DIR/man.txt" || status=$?
	"$GOVLOG" help "$verb" >"$TEST_DIR/help.txt"
	if [ "$status" -ne 0 ]; then
		fail "man govlog-$verb: exit $status"
		continue
	fi
	expect_line "$(cat "$TEST_DIR/govlog.txt")" "govlog-$verb(1)" "man govlog lists govlog-$verb"
	# Every option line of the help, its text and its values, is in the page.
	if python3 - "$TEST_DIR/help.txt" "$TEST_DIR/man.txt" "$verb" <<'PY'; then
import re, sys
help_text = open(sys.argv[1]).read()
page = " ".join(open(sys.argv[2]).read().split())
summary = help_text.split("\n\n")[1].strip()
missing = []
if f"govlog-{sys.argv[3]} - {summary}" not in page:
    missing.append("NAME: " + summary)
for line in help_text.split("options:\n", 1)[1].splitlines():
    m = re.match(r"\s+(-\w, )?(--[\w-]+)( [A-Z.\w]+)?\s{2,}(.*)$", line)
    if not m:
        continue
    text = m.group(4).replace(" (repeatable)", "")
    name = m.group(2) + (m.group(3) or "")
    if " ".join(name.split()) not in page:
        missing.append(name)
    if " ".join(text.split()) in page:
        continue
    # The values the help lists in parentheses: the page says "one of: a, b".
    values = re.search(r" \(([^()]*)\)$", text)
    if not values or text[: values.start()] not in page:
        missing.append(text)
        continue
    for v in values.group(1).split(", "):
        if v not in page:
            missing.append(f"{name} value {v}")
if missing:
    print("\n".join(missing))
    sys.exit(1)
PY
		pass "man govlog-$verb says what govlog help $verb says"
	else
		fail "man govlog-$verb lacks what govlog help $verb says (above)"
	fi
	# The verb's page of the manual: its examples in the help and in man alike.
	page="$GOVLOG_SOURCE_DIR/docs/man/$verb.md"
	if [ -f "$page" ]; then
		grep '^    govlog ' "$page" | sed 's/^    //' >"$TEST_DIR/examples"
		before=$failures
		while IFS= read -r example; do
			grep -qF -- "$example" "$TEST_DIR/help.txt" ||
				fail "govlog help $verb lacks the example '$example'"
			tr -s ' \n' '  ' <"$TEST_DIR/man.txt" | grep -qF -- "$example" ||
				fail "man govlog-$verb lacks the example '$example'"
		done <"$TEST_DIR/examples"
		[ "$failures" -eq "$before" ] && [ -s "$TEST_DIR/examples" ] &&
			pass "govlog-$verb's examples are in its help and its manual page"
	fi
done

# bash: completion as the shell runs it, through complete -p and the function it names.
repo=$(new_repo completed)
run_govlog "$repo" init --profile madr
run_govlog "$repo" new decision "Use PostgreSQL"
run_govlog "$repo" new decision "Use Redis"
complete_bash() {
	(cd "$repo" && PATH="$prefix/bin:$PATH" bash -c '
		. "$1"; shift
		fn=$(complete -p govlog | sed -n "s/.*-F \([^ ]*\) govlog$/\1/p")
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		"$fn"; printf "%s\n" "${COMPREPLY[@]}"' \
		sh "$prefix/share/bash-completion/completions/govlog" "$@")
}
expect_line "$(complete_bash govlog st)" "status" "govlog st<TAB> completes to status"
expect_no_line "$(complete_bash govlog st)" "check" "and to nothing else than st…"
out=$(complete_bash govlog check --format "")
for v in text json sarif github; do
	expect_line "$out" "$v" "check --format <TAB> offers $v"
done
expect_line "$(complete_bash govlog list --st)" "--status" "list --st<TAB> completes the option"
out=$(complete_bash govlog show ADR-)
expect_line "$out" "ADR-0001" "show ADR-<TAB> offers the log's first record"
expect_line "$out" "ADR-0002" "and its second"
expect_line "$(complete_bash govlog -C "$repo" status ADR-0002)" "ADR-0002" "with -C too"

if command -v zsh >/dev/null; then
	zsh -n "$prefix/share/zsh/vendor-completions/_govlog" && pass "the zsh script parses" ||
		fail "the zsh script does not parse"
else
	pass "zsh is not installed: its script is checked for the verbs only"
fi
for verb in $verbs; do
	grep -q "^complete -c govlog -n __fish_use_subcommand -f -a $verb " \
		"$prefix/share/fish/vendor_completions.d/govlog.fish" ||
		fail "the fish script lacks $verb"
	grep -q "^	$verb)" "$prefix/share/zsh/vendor-completions/_govlog" ||
		fail "the zsh script lacks $verb"
done
finish
