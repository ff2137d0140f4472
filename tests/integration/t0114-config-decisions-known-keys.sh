#!/bin/sh
# An unknown key under decisions: with no near key lists the known ones in
# the README's order, as commits: does (t0008): folders, file-pattern,
# id-prefix, types, strict, required-fields, required-sections, deciders,
# governance-folders ("folder" is the one-folder form of "folders").
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo known)
mkdir -p "$repo/docs/decisions"
printf 'decisions:\n  colour: blue\n' >"$repo/.govlog.yml"
run_govlog "$repo" list
expect_status 2 "an unknown key under decisions:"
expect_line "$err" ".govlog.yml:2:3: unknown key 'colour' in decisions (known: folders, folder, file-pattern, id-prefix, types, strict, required-fields, required-sections, deciders, governance-folders, approval)" \
	"with no near key, the known keys in the README's order"
printf 'decisions:\n  decider: [Styregruppen]\n' >"$repo/.govlog.yml"
run_govlog "$repo" list
expect_status 2 "a misspelt key under decisions:"
expect_line "$err" ".govlog.yml:2:3: unknown key 'decider' in decisions (did you mean 'deciders'?)" \
	"a near key is suggested"

finish
