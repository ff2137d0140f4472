#!/bin/sh
# Every JSON output carries "schema": "govlog/<kind>/<n>" and validates
# against docs/json/<kind>.schema.json, over every log of the rule cases and
# the bundled example (check, list, check-body), and SARIF validates against
# the SARIF 2.1.0 schema. The schemas are strict (no member they do not
# name), so a new member must be documented before it ships.
. "$(dirname "$0")/../test-lib.sh"

py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import jsonschema' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { fail "python3 with jsonschema is missing: run sh dev.sh test"; finish; }
sarif_schema="$GOVLOG_SOURCE_DIR/tests/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
[ -f "$sarif_schema" ] || { fail "the SARIF schema is missing: run sh dev.sh test"; finish; }

# The logs: each rule case's input, and the example's repository.
sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
find "$GOVLOG_SOURCE_DIR/tests/cases" -type d -name input >"$TEST_DIR/logs"
echo "$TEST_DIR/demo" >>"$TEST_DIR/logs"

mkdir -p "$TEST_DIR/out"
n=0
while IFS= read -r input; do
	n=$((n + 1))
	# Each log a repository of its own, as the case runner makes it.
	log="$TEST_DIR/repos/$n"
	mkdir -p "$log"
	cp -R "$input/." "$log/"
	[ -d "$log/.git" ] || git -c init.defaultBranch=main init -q "$log"
	status=0
	(cd "$log" && "$GOVLOG" check --format json >"$TEST_DIR/out/$n.diagnostics.json" 2>/dev/null) ||
		status=$?
	if [ "$status" -eq 2 ]; then # a body case: no decision log, nothing to write
		rm "$TEST_DIR/out/$n.diagnostics.json"
		continue
	fi
	(cd "$log" && "$GOVLOG" check --format sarif >"$TEST_DIR/out/$n.sarif.json" 2>/dev/null) || true
	(cd "$log" && "$GOVLOG" list --format json >"$TEST_DIR/out/$n.records.json" 2>/dev/null) || true
	(cd "$log" && "$GOVLOG" list --kind meeting --format json >"$TEST_DIR/out/$n.meetings.json" 2>/dev/null) || true
done <"$TEST_DIR/logs"
# The history outputs: the example's releases, and a history whose pull
# requests #3 and #31 both answer request #7.
for kind in release-notes changelog trace; do
	(cd "$TEST_DIR/demo" && "$GOVLOG" "$kind" --format json >"$TEST_DIR/out/demo.$kind.json" 2>/dev/null) || true
done
prs=$(new_repo prs)
git -C "$prs" commit -q --allow-empty -m "chore: start"
for n in 3 31; do
	git -C "$prs" checkout -q -b "topic-$n" main
	git -C "$prs" commit -q --allow-empty -m "feat: part $n" -m "Refs: #7"
	git -C "$prs" checkout -q main
	git -C "$prs" merge -q --no-ff "topic-$n" -m "Merge pull request #$n from acme/topic-$n" -m "feat: part $n"
done
git -C "$prs" tag v1.0.0
for kind in release-notes changelog trace; do
	(cd "$prs" && "$GOVLOG" "$kind" --format json >"$TEST_DIR/out/prs.$kind.json" 2>/dev/null) || true
done
got=$(jq -c '.requests[] | select(.key == "#7") | [(.pull_requests | sort), .releases, .unreleased]' "$TEST_DIR/out/prs.trace.json")
[ "$got" = '[["#3","#31"],["v1.0.0"],false]' ] &&
	pass "a request's pull requests are each listed, #3 beside #31, and its releases" ||
	fail "request #7 reads $got"

# Cross-vendor review and backports filled in: a merge by another vendor and a cherry-pick -x.
picks=$(new_repo picks)
git -C "$picks" commit -q --allow-empty -m "chore: start"
git -C "$picks" tag v1.0.0
git -C "$picks" checkout -q -b topic main
git -C "$picks" commit -q --allow-empty -m "fix: part" -m "Refs: #8"
git -C "$picks" checkout -q main
GIT_COMMITTER_EMAIL=jens@aarhus.dk git -C "$picks" merge -q --no-ff topic \
	-m "Merge pull request #4 from acme/topic" -m "fix: part"
git -C "$picks" tag v1.1.0
git -C "$picks" checkout -q -b release-1.0 v1.0.0
git -C "$picks" cherry-pick -x --allow-empty topic >/dev/null
git -C "$picks" tag v1.0.1
for kind in release-notes changelog trace; do
	(cd "$picks" && "$GOVLOG" "$kind" --format json >"$TEST_DIR/out/picks.$kind.json" 2>/dev/null) || true
done
(cd "$picks" && "$GOVLOG" release-notes v1.1.0 --format json >"$TEST_DIR/out/picks-main.release-notes.json" 2>/dev/null) || true
got=$(jq -c '[.backports[0].landed[].release]' "$TEST_DIR/out/picks.trace.json")
[ "$got" = '["v1.1.0","v1.0.1"]' ] && pass "the trace's backports are filled in" || fail "backports read $got"

printf 'no template here\n' | (cd "$TEST_DIR/demo" &&
	"$GOVLOG" check-body --template pull_request --format json - >"$TEST_DIR/out/body.diagnostics.json" 2>/dev/null) || true

if "$py" - "$TEST_DIR/out" "$GOVLOG_SOURCE_DIR/docs/json" "$sarif_schema" >"$TEST_DIR/v.out" 2>&1 <<'PY'; then
import glob, json, os, sys, jsonschema
out, docs, sarif = sys.argv[1:4]
schemas = {os.path.basename(p).split(".")[0]: json.load(open(p))
           for p in glob.glob(os.path.join(docs, "*.schema.json"))}
schemas["sarif"] = json.load(open(sarif))
counts, empty = {}, []
for path in sorted(glob.glob(os.path.join(out, "*.json"))):
    kind = os.path.basename(path).split(".")[1]
    text = open(path).read()
    if not text.strip():
        empty.append(path)
        continue
    doc = json.loads(text)
    if kind != "sarif":
        assert doc["schema"] == f"govlog/{kind}/1", (path, doc.get("schema"))
    try:
        jsonschema.validate(doc, schemas[kind])
    except jsonschema.ValidationError as e:
        sys.exit(f"{path}: {e.message} at {list(e.absolute_path)}")
    counts[kind] = counts.get(kind, 0) + 1
assert not empty, f"no output: {empty}"
print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())))
PY
	pass "every JSON output validates against its schema ($(cat "$TEST_DIR/v.out"))"
else
	fail "schema: $(cat "$TEST_DIR/v.out")"
fi
finish
