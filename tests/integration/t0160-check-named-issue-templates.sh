#!/bin/sh
# `govlog check .github/ISSUE_TEMPLATE/FILE` checks a GitHub issue form or the
# template chooser's config.yml as what it is, never as a decision record: a
# form needs name, description and a body of known element types (markdown,
# textarea, input, dropdown, checkboxes); config.yml may say
# blank_issues_enabled (true or false) and list contact_links, each with a
# name, a url and an about (GitHub's "Configuring issue templates for your
# repository"). Naming the folder checks every template in it; a check of the
# whole repository checks config.yml too. Guards against the record rules
# (title, status, sections) firing on templates.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo forms)
mkdir -p "$repo/.github/ISSUE_TEMPLATE" "$repo/docs/adr"
cat >"$repo/docs/adr/0001-use-x.md" <<'MD'
# 1. Use X

Date: 2026-01-01

## Status

Accepted

## Context

The context.

## Decision

We use X.

## Consequences

Fewer choices.
MD
tpl="$repo/.github/ISSUE_TEMPLATE"
cat >"$tpl/bug.yml" <<'YML'
name: Bug report
description: Something does not work
labels: [bug]
body:
  - type: markdown
    attributes:
      value: Thanks for reporting.
  - type: textarea
    id: what
    attributes:
      label: What happened?
    validations:
      required: true
  - type: dropdown
    attributes:
      label: Version
      options:
        - "1.0"
YML
cat >"$tpl/config.yml" <<'YML'
blank_issues_enabled: false
contact_links:
  - name: Security
    url: https://security.example.com/report
    about: Report security issues privately
YML
cat >"$tpl/idea.md" <<'MD'
---
name: Idea
about: Suggest an idea
---

Describe the idea.
MD
commit_all "$repo" "templates"

for f in bug.yml config.yml idea.md; do
	run_govlog "$repo" check ".github/ISSUE_TEMPLATE/$f"
	expect_status 0 "a valid $f named alone"
	expect_no_line "$err" "[section/missing]" "$f is not read as a record (no sections asked for)"
	expect_no_line "$err" "[title/missing]" "$f is not read as a record (no title asked for)"
	expect_no_line "$err" "[meta/missing]" "$f is not read as a record (no status asked for)"
done

cat >"$tpl/broken.yml" <<'YML'
name: Broken
body:
  - type: paragraph
    attributes:
      label: Text
YML
cat >"$tpl/config.yml" <<'YML'
blank_issues_enabled: sometimes
contact_links:
  - name: Forum
    about: Ask here
YML
run_govlog "$repo" check .github/ISSUE_TEMPLATE/broken.yml
expect_status 1 "a form without description and with an unknown element type"
expect_line "$err" ".github/ISSUE_TEMPLATE/broken.yml:1:1: error: the issue form has no 'description' [template/missing-key]" \
	"the missing description is named"
expect_line "$err" ".github/ISSUE_TEMPLATE/broken.yml:3:11: error:" "the unknown type is pointed at"
expect_line "$err" "[template/form]" "the unknown type is a form error"
expect_no_line "$err" "[section/missing]" "the form is not read as a record"

run_govlog "$repo" check .github/ISSUE_TEMPLATE/config.yml
expect_status 1 "config.yml with a non-boolean and a link without url"
expect_line "$err" ".github/ISSUE_TEMPLATE/config.yml:1:23: error: blank_issues_enabled must be true or false, not 'sometimes' [template/config]" \
	"blank_issues_enabled is a boolean"
expect_line "$err" ".github/ISSUE_TEMPLATE/config.yml:3:5: error: a contact link needs 'url' [template/config]" \
	"a contact link without url"
expect_no_line "$err" "[title/missing]" "config.yml is not read as a record"

run_govlog "$repo" check .github/ISSUE_TEMPLATE
expect_status 1 "the template folder named"
expect_line "$err" "broken.yml:1:1: error: the issue form has no 'description'" "its forms are checked"
expect_line "$err" "config.yml:3:5: error: a contact link needs 'url'" "its config.yml is checked"
expect_no_line "$err" "idea.md:1:1: error: record has no title" "its Markdown templates are not records"

run_govlog "$repo" check
expect_status 1 "the whole repository"
expect_line "$err" ".github/ISSUE_TEMPLATE/config.yml:1:23: error: blank_issues_enabled must be true or false" \
	"the whole repository's check reads config.yml"
expect_no_line "$err" "[section/missing]" "the records are fine"

cat >"$repo/.govlog.yml" <<'YML'
language: da
YML
run_govlog "$repo" check .github/ISSUE_TEMPLATE/config.yml
expect_line "$err" "config.yml:3:5: fejl: et kontaktlink skal have 'url' [template/config]" "in Danish too"

finish
