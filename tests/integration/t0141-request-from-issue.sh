#!/bin/sh
# govlog new request --from-issue FILE: a GitHub issue's JSON, as
# `gh issue view N --json number,title,body,labels,author,url,createdAt`
# writes it (author {login, …}, labels [{name, …}], createdAt ISO 8601), its
# body as GitHub renders an issue form ("### Label", the answer, "_No
# response_" for an empty one), becomes the next request record of the
# request folder. Values round-trip (read back by PyYAML and by govlog),
# nothing is replaced, concurrent runs take different numbers, the same
# issue is recorded once, and bad input is a clear error with nothing written.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo from-issue)
mkdir -p "$repo/docs/decisions" "$repo/ønsker"
printf '# Mørk tilstand\n' >"$repo/ønsker/FR-3-moerk-tilstand.md"
commit_all "$repo" "docs: a request"

# issue FILE NUMBER TITLE(JSON string) BODY(JSON string)
issue() {
	cat >"$1" <<JSON
{"author":{"id":"MDQ6VXNlcjE=","is_bot":false,"login":"anna-aarhus","name":"Anna"},"body":$4,"createdAt":"2026-05-04T08:15:00Z","labels":[{"id":"LA_kwDO1","name":"udviklingsønske","description":"","color":"ededed"},{"id":"LA_kwDO2","name":"prio: høj","description":"","color":"b60205"}],"number":$2,"title":$3,"url":"https://github.com/os2/produkt/issues/$2"}
JSON
}

body='"### Anmodende organisation\n\nAarhus Kommune\n\n### Opdragsgiver (hvem bestiller og betaler)\n\nKL: Fællesskabet\n\n### Besluttende organ\n\nStyregruppen\n\n### Møde\n\n_No response_\n\n### Prioritet\n\nHøj\n\n### Acceptkriterier\n\n- [ ] Login tager under 2 sekunder\n- [ ] Virker med MitID\n\n### Behovet\n\nBorgerne venter for længe.\n\n```\n### ikke et spørgsmål\n```"'
issue "$TEST_DIR/i12.json" 12 '"Hurtigere login"' "$body"
run_govlog "$repo" new request --from-issue "$TEST_DIR/i12.json"
expect_status 0 "new request --from-issue"
expect_line "$out" "ønsker/FR-4-hurtigere-login.md" "the next number of the request folder, named as its files are"
f="$repo/ønsker/FR-4-hurtigere-login.md"
if python3 -c 'import yaml' 2>/dev/null; then
	python3 - "$f" <<'PY' >"$TEST_DIR/py" 2>&1 || fail "front matter: $(cat "$TEST_DIR/py")"
import sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
data = yaml.safe_load(text.split("---\n")[1])
want = {"title": "Hurtigere login", "issue": 12, "url": "https://github.com/os2/produkt/issues/12",
        "author": "anna-aarhus", "labels": ["udviklingsønske", "prio: høj"],
        "organisation": "Aarhus Kommune", "commissioned-by": "KL: Fællesskabet",
        "deciding-body": "Styregruppen", "priority": "Høj"}
for k, v in want.items():
    assert data.get(k) == v, (k, data.get(k), v)
assert str(data["date"]) == "2026-05-04", data["date"]
assert "meeting" not in data, "an unanswered question is no value"
PY
	pass "PyYAML reads the issue's values from the front matter"
fi
text=$(cat "$f")
expect_line "$text" "## Acceptkriterier" "acceptance criteria are a section under the form's label"
expect_line "$text" "- [ ] Virker med MitID" "the criteria as the requester wrote them"
expect_line "$text" "### ikke et spørgsmål" "a heading inside a code block stays in the answer"
expect_no_line "$text" "_No response_" "GitHub's mark for an empty answer is not kept"

run_govlog "$repo" show FR-4 --meta
expect_status 0 "show finds the new request"
expect_line "$out" "Hurtigere login" "show reads its title"

# The same issue again (CI runs on every label): nothing written, and no
# failure, so the workflow's run passes; no path for a later step to add.
run_govlog "$repo" new request --from-issue "$TEST_DIR/i12.json"
expect_status 0 "an issue already recorded"
expect_line "$err" "issue #12 is already request FR-4" "the message names the request"
expect_line "$err" "nothing written" "and says nothing was written"
[ -z "$out" ] && pass "no path is printed" || fail "a path was printed: $out"
# In a log that speaks Danish, it says so in Danish.
printf 'language: da\n' >"$repo/.govlog.yml"
run_govlog "$repo" new request --from-issue "$TEST_DIR/i12.json"
expect_status 0 "an issue already recorded, in a Danish log"
expect_line "$err" "issue #12 er allerede ønske FR-4" "the message is Danish"
expect_line "$err" "intet er skrevet" "and says nothing was written"
rm "$repo/.govlog.yml"
[ "$(ls "$repo/ønsker" | wc -l)" -eq 2 ] && pass "no second record" || fail "$(ls "$repo/ønsker")"

# Hostile titles and answers round-trip; standard input works.
title='Login | <script>alert(1)</script> `x` *y* [z](u) #1 ## - '"'"'q'"'"' : é \\ end #'
long=$(python3 -c 'print("Lang titel " * 400)' | sed 's/ *$//')
issue "$TEST_DIR/i13.json" 13 "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$title")" \
	'"### Organisation\n\n<b>Kommune</b> | [x](javascript:alert(1))\n"'
issue "$TEST_DIR/i14.json" 14 "\"$long\"" '""'
(cd "$repo" && "$GOVLOG" new request --from-issue - <"$TEST_DIR/i13.json") >"$TEST_DIR/o13" 2>&1 ||
	fail "from standard input: $(cat "$TEST_DIR/o13")"
run_govlog "$repo" new request --from-issue "$TEST_DIR/i14.json"
expect_status 0 "a very long title"
run_govlog "$repo" list --kind request --format json
printf '%s' "$out" >"$TEST_DIR/list.json"
python3 - "$TEST_DIR/list.json" "$title" "$long" "$repo" <<'PY' >"$TEST_DIR/py" 2>&1 || fail "round trip: $(cat "$TEST_DIR/py")"
import glob, json, sys, yaml
titles = {r["id"]: r["title"] for r in json.load(open(sys.argv[1]))["records"]}
assert titles.get("FR-5") == sys.argv[2], titles.get("FR-5")
assert titles.get("FR-6") == sys.argv[3], titles.get("FR-6")
f = glob.glob(sys.argv[4] + "/ønsker/FR-5-*.md")[0]
data = yaml.safe_load(open(f, encoding="utf-8").read().split("---\n")[1])
assert data["title"] == sys.argv[2], data["title"]
assert data["organisation"] == "<b>Kommune</b> | [x](javascript:alert(1))", data["organisation"]
PY
pass "hostile and long titles read back as given by govlog and PyYAML"

# Bad input: a clear error, nothing written.
before=$(ls "$repo/ønsker" | wc -l)
issue "$TEST_DIR/nl.json" 20 '"two\nlines"' '""'
run_govlog "$repo" new request --from-issue "$TEST_DIR/nl.json"
expect_status 2 "a title with a line break"
expect_line "$err" "the title must be one line" "the error says why"
printf '{"number":21,"title":"Caf\351","body":""}' >"$TEST_DIR/latin1.json"
run_govlog "$repo" new request --from-issue "$TEST_DIR/latin1.json"
expect_status 2 "invalid UTF-8"
expect_line "$err" "latin1.json' is not valid UTF-8 (byte 26)" "the error names the byte"
printf '[{"number":22}]' >"$TEST_DIR/list-of.json"
run_govlog "$repo" new request --from-issue "$TEST_DIR/list-of.json"
expect_status 2 "an array is no issue"
expect_line "$err" "is no issue with a number" "the error says what was wanted"
printf '{"number":23,"title":"x",}' >"$TEST_DIR/comma.json"
run_govlog "$repo" new request --from-issue "$TEST_DIR/comma.json"
expect_status 2 "invalid JSON"
[ "$(ls "$repo/ønsker" | wc -l)" -eq "$before" ] && pass "nothing written for bad input" || fail "$(ls "$repo/ønsker")"
run_govlog "$repo" new request
expect_status 2 "new request without --from-issue"

# Concurrent runs: six issues, six numbers; one issue four times, one record.
for n in 31 32 33 34 35 36; do
	issue "$TEST_DIR/c$n.json" "$n" "\"Parallel $n\"" '""'
	(cd "$repo" && "$GOVLOG" new request --from-issue "$TEST_DIR/c$n.json" >/dev/null 2>&1) &
done
issue "$TEST_DIR/same.json" 40 '"Same issue"' '""'
for k in 1 2 3 4; do
	(cd "$repo" && "$GOVLOG" new request --from-issue "$TEST_DIR/same.json" >/dev/null 2>&1) &
done
wait
[ "$(ls "$repo/ønsker" | grep -c 'parallel-3[1-6]')" -eq 6 ] && pass "six concurrent issues, six records" ||
	fail "$(ls "$repo/ønsker")"
[ "$(ls "$repo/ønsker" | grep -c 'same-issue')" -eq 1 ] && pass "one issue run four times at once, one record" ||
	fail "$(ls "$repo/ønsker")"
ids=$(ls "$repo/ønsker" | sed -n 's/^FR-\([0-9]*\)-.*/\1/p' | sort -n | uniq -d)
[ -z "$ids" ] && pass "no number taken twice" || fail "numbers taken twice: $ids"
ls -a "$repo/ønsker" | grep -q govlog-tmp && fail "a temporary file is left" || pass "no temporary file is left"

# A folder of numbered files with a configured prefix: the next is 0013-….md.
repo2=$(new_repo numbered)
mkdir -p "$repo2/docs/decisions" "$repo2/requests"
printf 'requests:\n  folders: [requests]\n  id-prefix: OE\n' >"$repo2/.govlog.yml"
printf '# Eksport\n' >"$repo2/requests/0012-eksport.md"
run_govlog "$repo2" new request --from-issue "$TEST_DIR/i12.json"
expect_status 0 "a numbered request folder"
expect_line "$out" "requests/0013-hurtigere-login.md" "the next number in the folder's form"
run_govlog "$repo2" show OE-13 --meta
expect_line "$out" "OE-0013" "its ID takes the configured prefix"
finish
