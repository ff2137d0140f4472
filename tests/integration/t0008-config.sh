#!/bin/sh
# .govlog.yml: profile, folders, file-name pattern, ID prefix, required fields
# and sections, status vocabulary and rule severities take effect; govlog config
# says where each value came from; an invalid file names the key and line.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo config)
mkdir -p "$repo/styring/beslutninger" "$repo/docs/decisions"
cat >"$repo/styring/beslutninger/BS1-faelles-roadmap.md" <<'MD'
# Beslutning 1: Fælles roadmap

- **Mødedato**: 04.03.2026
- **Status**: Endeligt godkendt på mødet
- **Beslutningstagere**: Styregruppen

## Baggrund

Leverandørerne planlægger hver for sig.

## Beslutning

Et fælles roadmap. TBD: hvem ejer det?
MD
cat >"$repo/styring/beslutninger/roadmap-2.md" <<'MD'
# Beslutning 2: Roadmap igen

- **Dato**: 2026-03-05
- **Status**: Forslag
- **Beslutningstagere**: Styregruppen

## Baggrund

x

## Beslutning

y
MD
cat >"$repo/styring/beslutninger/BS3-driftsaftale.md" <<'MD'
# [BS] Ny driftsaftale

- **Dato**: 2026-03-06
- **Status**: Forslag
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Operationel

## Baggrund

x

## Beslutning

y
MD
printf '# 1. Ignored\n\nDate: 2026-01-01\n' >"$repo/docs/decisions/0001-ignored.md"

cat >"$repo/.govlog.yml" <<'YAML'
# the community's settings
profile: os2-da
decisions:
  folders: [styring/beslutninger]
  file-pattern: '^BS\d+-[a-z0-9-]+\.md$'
  id-prefix: BS
  types:
    BS: strategic
  required-fields: [Status, Dato, Beslutningstagere]
  required-sections: [Kontekst | Baggrund, Beslutning]
vocabulary:
  da:
    status:
      accepted: [Endeligt godkendt]
    fields:
      date: [Mødedato]
rules:
  date/format: off
  section/placeholder: error
YAML
commit_all "$repo" "docs: configured decision log"

run_govlog "$repo" list --format csv
expect_status 0 "list with a configuration"
expect_line "$out" "BS1,Beslutning 1: Fælles roadmap,,accepted,Endeligt godkendt på mødet,2026-03-04" \
	"a configured status word reads as accepted"
expect_no_line "$out" "0001-ignored" "only the configured folders are read"
expect_line "$out" ",2026-03-04," "a configured field name (Mødedato) gives the date"
run_govlog "$repo" list --format json
expect_line "$out" '"status_note": "på mødet"' "the words after a configured status word are its note"

run_govlog "$repo" check
expect_status 1 "check with a configuration"
expect_line "$err" "styring/beslutninger/BS1-faelles-roadmap.md:13:20: fejl: pladsholderen 'TBD' står stadig i posten [section/placeholder]" \
	"a rule raised to error"
expect_no_line "$err" "[date/format]" "a rule turned off"
expect_no_line "$err" "missing required field 'Beslutningstype'" "required fields come from the file"
expect_no_line "$err" "Konsekvenser" "required sections come from the file"
expect_line "$err" "styring/beslutninger/roadmap-2.md: fejl: filnavnet 'roadmap-2.md' passer ikke til mønsteret" \
	"file/name-pattern"
expect_line "$err" "tip: mønsteret er sat i .govlog.yml:5" "the hint names the line of the pattern"
expect_line "$err" "BS3-driftsaftale.md:6:24: fejl: titlen siger [BS] (strategisk), men Beslutningstype er 'Operationel' (operationel) [title/type-mismatch]" \
	"a configured title prefix has its type"

run_govlog "$repo/styring" config
expect_status 0 "govlog config"
expect_line "$out" 'profile: "os2-da"  # ../.govlog.yml:2' "the profile and where it came from"
expect_line "$out" 'id-prefix: "BS"  # ../.govlog.yml:6' "the ID prefix and its line"
expect_line "$out" "date/format: off  # ../.govlog.yml:18" "a rule severity and its line"
expect_line "$out" "title/missing: error  # default" "a default severity"
expect_line "$out" 'date: ["Mødedato"]' "configured field names are shown"

printf 'profile: os2-da\nrules:\n  date/formatt: off\n' >"$repo/.govlog.yml"
run_govlog "$repo" check
expect_status 2 "an unknown rule in the configuration"
expect_line "$err" ".govlog.yml:3:3: ukendt regel 'date/formatt' (se govlog rules)" \
	"the error names the line, column and key, in the os2-da profile's Danish"
printf 'profil: os2-da\n' >"$repo/.govlog.yml"
run_govlog "$repo" list
expect_status 2 "an unknown key"
expect_line "$err" ".govlog.yml:1:1: unknown key 'profil' in the configuration (did you mean 'profile'?)" \
	"the unknown key gets a suggestion"
printf 'commits:\n  ticket-patterns: [x]\n' >"$repo/.govlog.yml"
run_govlog "$repo" list
expect_status 2 "an unknown key under commits:"
expect_line "$err" ".govlog.yml:2:3: unknown key 'ticket-patterns' in commits (known: conventional, types, scopes, require-refs, references)" \
	"with no near key, the known keys in the README's order"
printf 'a: &a [x, x]\nb: [*a, *a, *a]\nprofile: [os2\n' >"$repo/.govlog.yml"
run_govlog "$repo" check
expect_status 2 "broken YAML in the configuration"
expect_line "$err" ".govlog.yml:4:1: invalid YAML" "the YAML error has its position"

# A configuration's problems are told in its own language, or its profile's,
# whatever key they are in and whether or not the file is YAML at all.
printf 'language: "da"  # dansk\ndecisions:\n  folderz: beslutninger\n' >"$repo/.govlog.yml"
run_govlog "$repo" list
expect_status 2 "an unknown key in a Danish configuration"
expect_line "$err" ".govlog.yml:3:3: ukendt nøgle 'folderz' i decisions (mente du 'folders'?)" \
	"the unknown key in Danish, with a suggestion"
printf 'rules:\n  section/missing: fatal\nlanguage: da\n' >"$repo/.govlog.yml"
run_govlog "$repo" check
expect_line "$err" ".govlog.yml:2:20: reglen 'section/missing' skal være error, warning eller off, ikke 'fatal'" \
	"language: da after the faulty key still makes it Danish"
printf 'profile: os2-da\nfolders: [beslutninger\n' >"$repo/.govlog.yml"
run_govlog "$repo" check
expect_status 2 "broken YAML in an os2-da configuration"
expect_line "$err" ": ugyldig YAML: " "broken YAML is told in Danish"
printf 'language: da\nrelease-notes:\n  labels:\n    bug: bugs\n' >"$repo/.govlog.yml"
run_govlog "$repo" check
expect_line "$err" ".govlog.yml:4:10: release-notes.labels: labelen 'bug' nævner ingen gruppe 'bugs' (en af breaking, features, fixes, security, performance, documentation, dependencies, other)" \
	"an unknown label group lists every group, dependencies too"
printf 'language: en\nprofile: os2-da\nrules: 3\n' >"$repo/.govlog.yml"
run_govlog "$repo" check
expect_line "$err" ".govlog.yml:3:8: rules must map rule ids to error, warning or off" \
	"language: en wins over the os2-da profile"
finish
