#!/bin/sh
# govlog new from a folder template that has no title line of its own (MADR's
# front matter and sections only, or sections only): the record still gets
# its title, as a '# ' line right under the front matter (or first), so
# check finds it titled; a '# ' line inside the template's code block is the
# template's own text and is kept, as is a second '# ' heading of a template
# that has a title line.
. "$(dirname "$0")/../test-lib.sh"

untitled=$(new_repo untitled-template)
mkdir -p "$untitled/docs/decisions"
printf -- '---\nstatus: proposed\ndate: {YYYY-MM-DD}\n---\n\n## Context and Problem Statement\n\n{Describe it.}\n\n## How to try it\n\n```sh\n# install the tool\nmake install\n```\n' \
	>"$untitled/docs/decisions/adr-template.md"
run_govlog "$untitled" new decision "Use Redis"
expect_status 0 "new from a template without a title line"
new="$untitled/docs/decisions/0001-use-redis.md"
want=$(printf -- '---\nstatus: proposed\ndate: 2026-09-21\n---\n# Use Redis\n\n## Context and Problem Statement')
if [ "$(head -n 7 "$new")" = "$want" ]; then
	pass "the title follows the front matter"
else
	fail "the record begins: $(head -n 7 "$new")"
fi
expect_line "$(cat "$new")" "# install the tool" "a '# ' line in the template's code block is kept"
run_govlog "$untitled" check docs/decisions/0001-use-redis.md
expect_no_line "$err" "title/missing" "check finds the record titled"

# Sections only, no front matter: the title is the first line.
bare=$(new_repo bare-template)
mkdir -p "$bare/docs/decisions"
printf '## Context and Problem Statement\n\n{Describe it.}\n\n## Decision Outcome\n\n{Chosen option.}\n' \
	>"$bare/docs/decisions/adr-template.md"
run_govlog "$bare" new decision "Use Kafka"
expect_status 0 "new from a template of sections only"
want=$(printf '# Use Kafka\n\n## Context and Problem Statement')
if [ "$(head -n 3 "$bare/docs/decisions/0001-use-kafka.md")" = "$want" ]; then
	pass "the title is the first line, a blank line before the sections"
else
	fail "the record begins: $(head -n 3 "$bare/docs/decisions/0001-use-kafka.md")"
fi

# A title line and a second top-level heading: only the first is the title.
two=$(new_repo two-headings)
mkdir -p "$two/docs/decisions"
printf '# {short title}\n\n## Context and Problem Statement\n\n{Describe it.}\n\n# Appendix\n\n{Links and notes.}\n' \
	>"$two/docs/decisions/adr-template.md"
run_govlog "$two" new decision "Use Kafka"
text=$(cat "$two/docs/decisions/0001-use-kafka.md" 2>/dev/null || true)
expect_line "$text" "# Use Kafka" "the title line gets the title"
expect_line "$text" "# Appendix" "the second heading stays the template's"
finish
