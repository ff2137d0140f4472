#!/bin/sh
# Messages in the log's language: a Danish OS2 log gets Danish summaries,
# severity words, list and show labels and tool messages; the same log with
# `language: en` gets English; an English MADR log gets English. No line mixes
# the two languages, and every row the tool names is in the message table.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# mixed TEXT: the lines of govlog's output that mix English and Danish. A
# diagnostic is judged by its severity word; paths, rule ids and quoted user
# text ('...') are the user's and are left out. The summary and hint lines too.
mixed() {
	printf '%s\n' "$1" | sed -E "s/^[^ ]+(:[0-9]+:[0-9]+)?: (error|warning|fejl|advarsel): /\2: /;
		s/ \[[a-z-]+\/[a-z0-9-]+\]\$//; s/'[^']*'//g" | awk '
	BEGIN {
		en = "(^| )(error|errors|warning|warnings|hint|record|records|checked|problems|found|not|read|the|is|in|and|proposed|accepted|rejected|deprecated|superseded)( |:|,|$)"
		da = "(^| )(fejl|advarsel|advarsler|tip|beslutning|beslutninger|kontrolleret|problemer|fundet|ikke|læst|er|i|og|forslag|udkast|accepteret|afvist|forældet|erstattet)( |:|,|$)"
	}
	{ line = tolower($0) }
	/^(error|warning): / || /^    hint: / { if (line ~ da) print; next }
	/^(fejl|advarsel): / || /^    tip: / { if (line ~ en) print; next }
	/ (records|record|commits|messages) checked, / || / in [0-9]+ / { if (line ~ da) print; next }
	/ (beslutninger|beslutning) kontrolleret, / || / i [0-9]+ / { if (line ~ en) print; next }'
}

# no_mix TEXT WHAT
no_mix() {
	bad=$(mixed "$1")
	if [ -z "$bad" ]; then pass "$2: no line mixes English and Danish"; else fail "$2: mixed lines: $bad"; fi
}

# (Heredocs end at EOF: dash drops the byte after a line's first letter when
# that letter opens the delimiter, so "Møderne" under <<MD would lose a byte.)
# The Danish log: OS2 records by several hands (bullets with - and *, the
# context under Kontekst / Årsag, Baggrund or Kontekst), a date written the
# Danish way, and a Word document saved under a .md name in the web editor.
danish_log() {
	mkdir -p "$1/beslutninger"
	cat >"$1/beslutninger/0001-faelles-styringsmodel.md" <<'EOF'
# [SDR] Fælles styringsmodel for OS2borgerPC

- **Dato**: 2026-01-20
- **Status**: Godkendt på styregruppemødet den 20. januar 2026.
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst / Årsag

Kommunerne og leverandørerne har hver deres måde at prioritere opgaver på.
Der mangler et fælles sted, hvor beslutninger bliver truffet og skrevet ned.

## Beslutning

Styregruppen prioriterer udviklingen to gange om året. Koordinationsgruppen
forbereder sagerne, og beslutningerne skrives i beslutningsloggen.

## Konsekvenser

Leverandørerne ved, hvad der skal laves det næste halve år.

## Effektuering

Koordinatoren indkalder til det første møde i marts.

## Risici

Møderne kan blive for lange, hvis sagerne ikke er forberedt.

## Yderligere information

Se referatet fra styregruppemødet.
EOF
	cat >"$1/beslutninger/0002-udgivelsesrytme.md" <<'EOF'
# [ODR] Udgivelsesrytme

* **Dato**: 2026-03-04
* **Status**: Accepteret
* **Beslutningstagere**: Koordinationsgruppen, Magenta
* **Beslutningstype**: Operationel

## Baggrund

Udgivelser kom uregelmæssigt, og kommunerne kunne ikke planlægge test.

## Beslutning

Der udgives en ny version den første tirsdag i hver måned.

## Konsekvenser

Rettelser, der ikke er klar, venter til næste måned.
EOF
	cat >"$1/beslutninger/0003-central-logning.md" <<'EOF'
# [ADR] Central logning

- **Dato**: 4. juni 2026
- **Status**: Forslag
- **Beslutningstagere**: Teknikgruppen
- **Beslutningstype**: Arkitektur

## Kontekst

Fejl på klienterne opdages først, når en borger klager.

## Beslutning

Klienterne sender deres log til en central server hos driftsleverandøren.

## Konsekvenser

Driftsleverandøren skal have en server mere.
EOF
	printf 'PK\003\004\024\000\006\000\010\000\000\000!\000word/document.xml' \
		>"$1/beslutninger/0004-referat-styregruppe.md"
}

# --- The Danish log, no configuration: the records decide. ---
da=$(new_repo danish)
danish_log "$da"
run_govlog "$da" check
expect_status 1 "check of the Danish log"
expect_line "$err" "beslutninger/0004-referat-styregruppe.md: fejl: binær fil (den indeholder NUL-byte): ikke læst som beslutning [file/unreadable]" \
	"a Danish log's own finding is Danish, severity word included"
summary=$(printf '%s\n' "$err" | tail -n 1)
if [ "$summary" = "1 fejl, 1 advarsel i 3 beslutninger" ]; then
	pass "the Danish summary counts in Danish, singular forms for one"
else
	fail "summary: '$summary'"
fi
no_mix "$err" "check of the Danish log"

run_govlog "$da" check --format json
expect_line "$out" '"severity": "error", "rule": "file/unreadable", "message": "binær fil (den indeholder NUL-byte): ikke læst som beslutning"' \
	"JSON keeps its severity token and carries the Danish message"
expect_line "$out" '"summary": {"files": 3, "errors": 1, "warnings": 1}' "JSON's summary keeps its keys"
run_govlog "$da" check --format github
expect_line "$out" "::error file=beslutninger/0004-referat-styregruppe.md,title=file/unreadable::binær fil" \
	"GitHub annotations keep ::error and carry the Danish message"
run_govlog "$da" check --format sarif
expect_line "$out" '"level": "error", "message": {"text": "binær fil' "SARIF keeps its level and carries the Danish message"

run_govlog "$da" list
expect_status 0 "list of the Danish log"
header=$(printf '%s\n' "$out" | head -n 1 | tr -s ' ')
if [ "$header" = "ID TITEL TYPE STATUS SOM SKREVET DATO BESLUTNINGSTAGERE STI" ]; then
	pass "the table's headers are Danish"
else
	fail "header: '$header'"
fi
expect_line "$(printf '%s\n' "$out" | grep 0002-udgivelsesrytme)" "  accepteret  " "a state is named in Danish"
expect_line "$(printf '%s\n' "$out" | grep 0003-central-logning)" "  forslag  " "a proposal is a forslag"
run_govlog "$da" list --format csv
expect_line "$out" "id,title,type,status,status_raw,date,deciders,path" "CSV keeps its fixed keys"
expect_line "$out" ",accepted,Accepteret," "CSV keeps the canonical state beside the state as written"
run_govlog "$da" list --status accepteret --format csv
rows=$(printf '%s\n' "$out" | sed 1d | wc -l)
if [ "$rows" -eq 2 ]; then pass "a Danish state word filters the list"; else fail "$rows rows: $out"; fi

run_govlog "$da" show ADR-0002 --meta
expect_line "$out" "status:             accepteret" "show names the state in Danish"
expect_line "$out" "som skrevet:        Accepteret" "and labels the state as written in Danish"
expect_line "$out" "beslutningstagere:  Koordinationsgruppen" "and the deciders"
expect_line "$out" "type:               operationel" "and the type"
no_mix "$out" "show of a Danish record"
run_govlog "$da" show ADR-0099
expect_status 2 "show of an unknown ID"
expect_line "$err" "govlog: show: ingen beslutning har ID'et 'ADR-0099'" "an error after the log is read is Danish"

# A usage error comes before the log is read: with no configuration to name
# the language, the records still decide it, as they do for everything else.
run_govlog "$da" list --status måske
expect_status 2 "an unknown state before the log is read"
expect_line "$err" "govlog: list: ukendt status (forslag, accepteret, afvist, forældet, erstattet)" \
	"with no configuration a usage error follows the records' language"
run_govlog "$da" status ADR-0002 godkent
expect_status 2 "a mistyped state"
expect_line "$err" "govlog: ukendt status 'godkent' (mente du 'Godkendt'?)" "is named in Danish, with the word meant"
run_govlog "$da" status ADR-0002 forslag
expect_status 2 "a transition the lifecycle does not allow"
expect_line "$err" "govlog: ADR-0002 kan ikke gå fra accepteret til forslag (forslag → accepteret eller afvist; accepteret → forældet eller erstattet)" \
	"is refused in Danish"
run_govlog "$da" release-notes v9.9.9
expect_status 2 "release notes of a tag that does not exist"
expect_line "$err" "govlog: 'v9.9.9' er intet udgivelsestag" "are refused in Danish"

run_govlog "$da" config
expect_line "$out" 'language: "da"  # detected: the language most records are written in' \
	"govlog config shows the detected language and why"

# A commit refused by the pre-commit hook, in Danish.
rm "$da/beslutninger/0004-referat-styregruppe.md"
commit_all "$da" "Tilføj beslutningsloggen"
cp "$GOVLOG_SOURCE_DIR/hooks/pre-commit" "$da/.git/hooks/pre-commit"
cat >"$da/beslutninger/0005-tilgaengelighed.md" <<'EOF'
# [SDR] Tilgængelighed

- **Dato**: 2026-09-01
- **Status**: Forslag
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst

Løsningen skal leve op til webtilgængelighedsloven.
EOF
git -C "$da" add beslutninger/0005-tilgaengelighed.md
run_git "$da" commit -q -m "Tilgængelighed"
expect_status 1 "the pre-commit hook refuses an incomplete Danish record"
expect_line "$err" "govlog: commit afvist; ret beslutningerne der er klar til commit (git commit --no-verify springer kontrollen over)" \
	"the refusal is Danish"
expect_line "$err" " i 1 beslutning klar til commit" "the hook's summary counts the staged record in Danish"
no_mix "$err" "pre-commit on the Danish log"
git -C "$da" reset -q

# --- The same log with language: en ---
en=$(new_repo danish-en)
danish_log "$en"
printf 'language: en\n' >"$en/.govlog.yml"
run_govlog "$en" check
expect_line "$err" "beslutninger/0004-referat-styregruppe.md: error: binary file (it contains NUL bytes): not read as a record [file/unreadable]" \
	"language: en makes the finding English"
expect_line "$err" "1 error, 1 warning in 3 records" "and the summary"
no_mix "$err" "check with language: en"
run_govlog "$en" list
expect_line "$(printf '%s\n' "$out" | head -n 1)" "ID        TITLE" "and the table's headers"
expect_line "$(printf '%s\n' "$out" | grep 0002-udgivelsesrytme)" "  accepted  " "and the states"
run_govlog "$en" show ADR-0001 --meta
expect_line "$out" "status:      accepted" "and show"
run_govlog "$en" config
expect_line "$out" 'language: "en"  # .govlog.yml:1' "govlog config shows where the language was set"

# --- language: da, and a profile, speak Danish before any record is read ---
printf 'language: da\n' >"$en/.govlog.yml"
run_govlog "$en" list --status måske
expect_line "$err" "govlog: list: ukendt status (forslag, accepteret, afvist, forældet, erstattet)" \
	"language: da makes a usage error Danish"
run_govlog "$en" list --frobnicate
expect_status 2 "an unknown option"
expect_line "$err" "govlog: list: ukendt tilvalg '--frobnicate'" "in Danish too"
expect_line "$err" "brug: govlog list" "the usage after it is led in Danish"
if printf '%s\n' "$err" | grep -q '^usage:'; then fail "an English usage line after a Danish error"; else pass "no English usage line"; fi
printf 'profile: os2-da\n' >"$en/.govlog.yml"
run_govlog "$en" show
expect_status 2 "show without an ID"
expect_line "$err" "govlog: show: angiv ét ID eller en beslutnings fil: govlog show ADR-0007 [STI...]" "the os2-da profile is Danish before the records are read"
printf 'language: dansk\n' >"$en/.govlog.yml"
run_govlog "$en" check
expect_status 2 "an unknown language in the configuration"
expect_line "$err" "language must be da or en, not 'dansk'" "the error names the value"

# --- An English MADR log ---
madr=$(new_repo madr)
mkdir -p "$madr/docs/decisions"
cat >"$madr/docs/decisions/0001-use-markdown-any-decision-records.md" <<'EOF'
---
status: accepted
date: 2026-02-10
deciders: Ada Tester, Bo Jensen
---
# Use Markdown Any Decision Records

## Context and Problem Statement

We want to record the decisions made in this project, independent of who made
them and when.

## Considered Options

* MADR 3.0.0
* Michael Nygard's template
* Formless text

## Decision Outcome

Chosen option: "MADR 3.0.0", because it is lean and fits our pull requests.
EOF
cat >"$madr/docs/decisions/0002-use-postgresql.md" <<'EOF'
---
status: proposed
date: 2026-04-02
---
# Use PostgreSQL for the content store

## Context and Problem Statement

The content store needs transactions across several tables.

## Considered Options

* PostgreSQL
* MongoDB

## Decision Outcome

Chosen option: "PostgreSQL", because the team knows it.
EOF
run_govlog "$madr" check
expect_status 0 "check of the English log"
expect_line "$err" "2 records checked, no problems found" "an English log's summary is English"
run_govlog "$madr" list
expect_line "$(printf '%s\n' "$out" | head -n 1)" "TITLE" "an English log's table is English"
expect_line "$(printf '%s\n' "$out" | grep 0001-use)" "  accepted  " "with English states"
run_govlog "$madr" show ADR-0003
expect_line "$err" "govlog: show: no record has the ID 'ADR-0003'" "and English messages"
run_govlog "$madr" config
expect_line "$out" 'language: "en"  # detected: the language most records are written in' \
	"govlog config says the English log was detected"

# --- Every row the tool names is in the message table ---
names=$(grep -ohE '"(CLI|COUNT|STATUS)_[A-Z_]+"' "$GOVLOG_SOURCE_DIR"/cmd/*.c | tr -d '"' | sort -u)
missing=""
for name in $names; do
	grep -qE "X\\($name," "$GOVLOG_SOURCE_DIR/lib/diag/texts.h" || missing="$missing $name"
done
if [ -z "$missing" ] && [ -n "$names" ]; then
	pass "every row cmd/ names is in lib/diag/texts.h"
else
	fail "rows cmd/ names that the table lacks:$missing"
fi

finish
