#!/bin/sh
# The templates `govlog init --templates` writes carry the governance
# routines, and check-body holds bodies to them:
# - the issue forms keep to GitHub's documented issue-form schema (the keys
#   and element types of "Syntax for issue forms" and "Syntax for GitHub's
#   form schema", written out below by hand);
# - a request form answered and rendered as GitHub renders it ("### Label",
#   the answer, "_No response_" when empty, "- [X]" for ticked boxes), put
#   into the JSON `gh issue view --json` writes, becomes a request record;
# - required answers must be there ("_No response_" counts as missing), the
#   security confirmation must be ticked, and a pull request's conditional
#   boxes are required only when their condition holds.
. "$(dirname "$0")/../test-lib.sh"

python3 -c 'import yaml' 2>/dev/null || { pass "PyYAML is missing: skipped"; exit 0; }

for lang in en da; do
	repo=$(new_repo "init-$lang")
	run_govlog "$repo" init --lang "$lang" --templates github
	expect_status 0 "$lang: init --templates github"
	expect_line "$out" "created  .github/SECURITY.md" "$lang: a SECURITY.md says where vulnerabilities go"
	python3 - "$repo/.github/ISSUE_TEMPLATE" <<'PY' >"$TEST_DIR/schema" 2>&1 || fail "$lang: issue-form schema: $(cat "$TEST_DIR/schema")"
import glob, re, sys, yaml
TOP = {"name", "description", "body", "assignees", "labels", "title", "projects", "type"}
ATTRS = {
    "markdown": {"value"},
    "textarea": {"label", "description", "placeholder", "value", "render"},
    "input": {"label", "description", "placeholder", "value"},
    "dropdown": {"label", "description", "multiple", "options", "default"},
    "checkboxes": {"label", "description", "options"},
}
forms = [f for f in glob.glob(sys.argv[1] + "/*.yml") if not f.endswith("config.yml")]
assert len(forms) == 3, forms
for f in forms:
    form = yaml.safe_load(open(f, encoding="utf-8"))
    assert set(form) <= TOP, (f, set(form) - TOP)
    for key in ("name", "description", "body"):
        assert form.get(key), (f, key)
    ids, labels = set(), set()
    for el in form["body"]:
        t = el["type"]
        assert t in ATTRS, (f, t)
        assert set(el) <= {"type", "id", "attributes", "validations"}, (f, el)
        attrs = el["attributes"]
        assert set(attrs) <= ATTRS[t], (f, t, set(attrs) - ATTRS[t])
        if t == "markdown":
            assert "value" in attrs and "id" not in el and "validations" not in el, (f, el)
            continue
        assert attrs.get("label"), (f, el)
        assert attrs["label"] not in labels, (f, "label twice", attrs["label"])
        labels.add(attrs["label"])
        if "id" in el:
            assert re.fullmatch(r"[A-Za-z0-9_-]+", el["id"]) and el["id"] not in ids, (f, el["id"])
            ids.add(el["id"])
        if "validations" in el:
            assert set(el["validations"]) <= {"required"}, (f, el["validations"])
            assert t != "checkboxes", (f, "checkboxes take required per option")
        if t == "dropdown":
            assert attrs["options"] and all(isinstance(o, str) for o in attrs["options"]), (f, el)
        if t == "checkboxes":
            for o in attrs["options"]:
                assert o.get("label") and set(o) <= {"label", "required"}, (f, o)
config = yaml.safe_load(open(sys.argv[1] + "/config.yml", encoding="utf-8"))
assert set(config) <= {"blank_issues_enabled", "contact_links"}, config
links = config["contact_links"]
assert any("/security/advisories/new" in l["url"] for l in links), links
for l in links:
    assert set(l) == {"name", "url", "about"}, l
PY
	pass "$lang: the issue forms keep to GitHub's issue-form schema, with a private security link"
	run_govlog "$repo" check --format json
	expect_no_line "$out" '"rule": "template/' "$lang: govlog finds nothing wrong with its own templates"
done

# render FORM ANSWERS_JSON: the body GitHub makes of an issue form's answers.
render() {
	python3 - "$1" "$2" <<'PY'
import json, sys, yaml
form = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
answers = json.loads(sys.argv[2])
parts = []
for el in form["body"]:
    if el["type"] == "markdown":
        continue
    a = el["attributes"]
    given = answers.get(el.get("id"))
    if el["type"] == "checkboxes":
        text = "\n".join("- [%s] %s" % ("X" if o["label"] in (given or []) else " ", o["label"])
                         for o in a["options"])
    else:
        text = given if given else "_No response_"
    parts.append("### %s\n\n%s" % (a["label"], text))
print("\n\n".join(parts), end="")
PY
}

# issue_json NUMBER TITLE BODY_FILE: what `gh issue view N --json number,title,body,labels,author,url,createdAt` writes.
issue_json() {
	python3 - "$1" "$2" "$3" <<'PY'
import json, sys
print(json.dumps({"author": {"id": "MDQ6VXNlcjE=", "is_bot": False, "login": "anna", "name": "Anna"},
                  "body": open(sys.argv[3], encoding="utf-8").read(), "createdAt": "2026-06-01T09:30:00Z",
                  "labels": [{"id": "LA_1", "name": "udviklingsønske", "description": "", "color": "ededed"}],
                  "number": int(sys.argv[1]), "title": sys.argv[2],
                  "url": "https://github.com/os2/produkt/issues/" + sys.argv[1]}))
PY
}

da=$TEST_DIR/init-da
mkdir -p "$da/docs/decisions"
form="$da/.github/ISSUE_TEMPLATE/udviklingsoenske.yml"
render "$form" '{"behov": "Borgerne venter.", "acceptkriterier": "- Login under 2 sekunder\n- Virker med MitID", "organisation": "Aarhus Kommune", "opdragsgiver": "KL", "besluttende-organ": "Styregruppen", "prioritet": "Høj"}' >"$TEST_DIR/body.md"
run_govlog "$da" check-body --template udviklingsoenske --file "$TEST_DIR/body.md"
expect_status 0 "a request form answered in full passes check-body (the meeting is optional)"
issue_json 7 "Hurtigere login" "$TEST_DIR/body.md" >"$TEST_DIR/issue.json"
run_govlog "$da" new request --from-issue "$TEST_DIR/issue.json"
expect_status 0 "the form's issue becomes a request record"
rec=$(cat "$da/$out")
expect_line "$rec" "organisation: Aarhus Kommune" "the requesting organisation"
expect_line "$rec" "commissioned-by: KL" "who commissions and funds it (Opdragsgiver)"
expect_line "$rec" "deciding-body: Styregruppen" "the deciding body (Besluttende organ)"
expect_line "$rec" "priority: Høj" "the priority (Prioritet)"
expect_no_line "$rec" "meeting:" "the meeting left empty is not written"
expect_line "$rec" "## Acceptkriterier" "the acceptance criteria as a section"
expect_line "$rec" "- Virker med MitID" "with the criteria as written"

render "$form" '{"behov": "Borgerne venter.", "organisation": "Aarhus Kommune", "opdragsgiver": "KL", "besluttende-organ": "Styregruppen", "prioritet": "Høj"}' >"$TEST_DIR/body2.md"
run_govlog "$da" check-body --template udviklingsoenske --file "$TEST_DIR/body2.md"
expect_status 1 "required acceptance criteria left as _No response_"
expect_line "$err" "[body/section-empty]" "an unanswered required question is reported"
expect_line "$err" "Acceptkriterier" "naming the question"

# The bug form: affected versions required, the security confirmation ticked.
bug="$da/.github/ISSUE_TEMPLATE/fejlrapport.yml"
render "$bug" '{"hvad-skete": "Skærmen blev sort.", "version": "2.4.0", "backport": "2.3", "sikkerhed": ["Dette er ikke et sikkerhedshul (de meldes fortroligt, se SECURITY.md)"], "tjek": ["Jeg har søgt i de eksisterende sager"]}' >"$TEST_DIR/bug.md"
run_govlog "$da" check-body --template fejlrapport --file "$TEST_DIR/bug.md"
expect_status 0 "a bug report with versions, backport targets and the security box"
render "$bug" '{"hvad-skete": "Skærmen blev sort.", "tjek": ["Jeg har søgt i de eksisterende sager"]}' >"$TEST_DIR/bug2.md"
run_govlog "$da" check-body --template fejlrapport --file "$TEST_DIR/bug2.md"
expect_status 1 "no versions and no security confirmation"
expect_line "$err" "Berørte versioner" "the affected versions are required"
expect_line "$err" "Dette er ikke et sikkerhedshul" "the security confirmation is required"
expect_no_line "$err" "Releases der skal have rettelsen" "backport targets are not required"

# The pull request: conditional boxes only when their condition holds.
en=$TEST_DIR/init-en
pr() { # BACKPORT SCREENSHOT DOCS_BOX BACKPORT_BOX
	printf '## What this changes\n\nThe login is cached.\n\n## Request and decisions\n\nRefs: FR-7\nDecision: ADR-0003\n\n## Tests\n\nUnit tests, all pass.\n\n'
	[ -n "$2" ] && printf '## Screenshot\n\n%s\n\n' "$2"
	printf '## Backport\n\n%s\n\n## Checklist\n\n- [x] The change is described above\n- [x] It refers to its request\n- [x] Tests cover it\n- [ ] The decision log is updated if the change needs a decision\n- [%s] The user documentation shows the visible change\n- [%s] The backport pull requests are opened or planned\n' "$1" "$3" "$4"
}
pr none "" " " " " >"$TEST_DIR/pr1.md"
run_govlog "$en" check-body --template pull_request --file "$TEST_DIR/pr1.md"
expect_status 0 "no backport, no screenshot: the conditional boxes may stay empty"
pr "2.3, 2.4" "" " " " " >"$TEST_DIR/pr2.md"
run_govlog "$en" check-body --template pull_request --file "$TEST_DIR/pr2.md"
expect_status 1 "backport targets named: the backport box is required"
expect_line "$err" "The backport pull requests are opened or planned" "the backport box is named"
expect_no_line "$err" "The user documentation" "the screenshot's box is still not required"
pr "2.3, 2.4" "![before and after](shot.png)" x x >"$TEST_DIR/pr3.md"
run_govlog "$en" check-body --template pull_request --file "$TEST_DIR/pr3.md"
expect_status 0 "both conditions hold and both boxes are ticked"
pr none "![after](shot.png)" " " " " >"$TEST_DIR/pr4.md"
run_govlog "$en" check-body --template pull_request --file "$TEST_DIR/pr4.md"
expect_status 1 "a screenshot given: the documentation box is required"
expect_line "$err" "The user documentation shows the visible change" "the documentation box is named"
sed '/^## Backport/,/^$/d; /^none$/d' "$TEST_DIR/pr1.md" >"$TEST_DIR/pr5.md"
run_govlog "$en" check-body --template pull_request --file "$TEST_DIR/pr5.md"
expect_status 1 "the backport targets must be answered"
expect_line "$err" "[body/section-missing]" "a body without its Backport section"

# Markdown and GitLab sets carry the same questions.
for set in github-md gitlab; do
	for lang in en da; do
		repo=$(new_repo "$set-$lang")
		run_govlog "$repo" init --lang "$lang" --templates "$set"
		expect_status 0 "$set/$lang: init"
		files=$(find "$repo/.github" "$repo/.gitlab" -name '*.md' 2>/dev/null | sort | xargs cat)
		case $lang in
		en) words="Requesting organisation|Commissioned and funded by|Deciding body|Meeting|Priority|Acceptance criteria|Affected versions|Releases that need the fix|security vulnerability|Backport|Screenshot|Tests" ;;
		da) words="Anmodende organisation|Opdragsgiver|Besluttende organ|Møde|Prioritet|Acceptkriterier|Berørte versioner|Releases der skal have rettelsen|sikkerhedshul|Backport|Skærmbillede|Test" ;;
		esac
		missing=$(printf '%s\n' "$words" | tr '|' '\n' | while read -r w; do printf '%s\n' "$files" | grep -qF -- "$w" || printf '%s; ' "$w"; done)
		[ -z "$missing" ] && pass "$set/$lang: the templates ask for every routine's answer" ||
			fail "$set/$lang: the templates lack: $missing"
	done
done
finish
