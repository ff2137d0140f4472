#!/bin/sh
# The HTML pages (release notes, trace) as a browser shows them, read with an
# HTML parser rather than grep: the trace's tables are <table>s with <th>
# header cells, not "| … |" text; what people wrote stays as written (no
# smart punctuation: "--strict" is not "–strict", quotes stay straight); and
# every link works where the file is opened, since a page saved anywhere has
# no repository around it (links to records go to the repository on GitHub).
. "$(dirname "$0")/../test-lib.sh"

command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
repo=$(new_repo html)
cd "$repo"
printf 'repository: owner/name\n' >.govlog.yml
mkdir -p doc/adr
cat >doc/adr/0001-strict-mode.md <<'MD'
# 1. Strict mode

Date: 2026-06-01

## Status

Proposed

## Context

Users asked for it in #12.

## Decision

We add a strict mode.

## Consequences

More checks.
MD
git add -A
git commit -q -m "docs: record strict mode" -m "Refs: #12"
echo x >x
sed 's/^Proposed$/Accepted/' doc/adr/0001-strict-mode.md >accepted && mv accepted doc/adr/0001-strict-mode.md
git add -A
git commit -q -m 'feat: add --strict and "quiet" modes' -m "Refs: #12" -m "Decision: ADR-0001"
git tag v1.0.0

# html_facts FILE: one line per fact the page's parsed HTML shows.
html_facts() {
	python3 - "$1" <<'PY'
import sys
from html.parser import HTMLParser

class Facts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.text, self.th = {}, [], [], []
        self.in_th = False
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "th":
            self.in_th = True
            self.th.append("")
        for k, v in attrs:
            if tag == "a" and k == "href":
                self.hrefs.append(v)
    def handle_endtag(self, tag):
        if tag == "th":
            self.in_th = False
    def handle_data(self, data):
        self.text.append(data)
        if self.in_th:
            self.th[-1] += data

p = Facts()
p.feed(open(sys.argv[1], encoding="utf-8").read())
text = "".join(p.text)
print("tables %d" % p.tags.get("table", 0))
print("th %d" % p.tags.get("th", 0))
for h in p.th:
    print("header %s" % h.strip())
print("pipe-rows %d" % sum(1 for l in text.splitlines() if l.strip().startswith("|")))
print("strict-kept %s" % ("--strict" in text))
# govlog's own separator is an em dash; smart punctuation makes "--" an en dash.
print("smart %s" % any(c in text for c in "\u2013\u201c\u201d\u2018\u2019"))
print("quotes-kept %s" % ('"quiet"' in text))
for h in p.hrefs:
    ok = h.startswith("https://") or h.startswith("http://") or h.startswith("#")
    print("link %s %s" % ("works" if ok else "relative", h))
PY
}

run_govlog "$repo" trace --format html
expect_status 0 "trace --format html"
printf '%s\n' "$out" >"$TEST_DIR/trace.html"
facts=$(html_facts "$TEST_DIR/trace.html")
expect_no_line "$facts" "tables 0" "the trace's tables are HTML tables"
expect_no_line "$facts" "th 0" "with header cells"
expect_line "$facts" "header Commits" "a header cell names its column"
expect_line "$facts" "pipe-rows 0" "no table is left as '| … |' text"
expect_no_line "$facts" "link relative" "every link in the trace works where the page is opened"
expect_line "$facts" "link works https://github.com/owner/name/blob/" "a record links to the repository"

run_govlog "$repo" release-notes v1.0.0 --format html
expect_status 0 "release-notes --format html"
printf '%s\n' "$out" >"$TEST_DIR/notes.html"
facts=$(html_facts "$TEST_DIR/notes.html")
expect_line "$facts" "strict-kept True" "'--strict' stays '--strict'"
expect_line "$facts" "smart False" "no dash or quote is made typographic"
expect_line "$facts" "quotes-kept True" "straight quotes stay straight"
expect_no_line "$facts" "link relative" "every link in the notes works where the page is opened"
expect_line "$facts" "link works https://github.com/owner/name/blob/" \
	"the accepted decision links to the repository"

# Markdown keeps its relative links: it is read inside the repository.
run_govlog "$repo" release-notes v1.0.0
expect_line "$out" "](doc/adr/0001-strict-mode.md)" "Markdown links a record relative to the root"
finish
