#!/bin/sh
# Meetings as records and approval evidence (SPEC §2.6), on the example
# governance repository of governance-repo.sh: govlog list --kind meeting
# (table, JSON, CSV), govlog show of a meeting and of a decision's evidence
# in both languages, and approval/missing, approval/mismatch and
# approval/no-backlink firing and staying silent under each
# decisions.approval setting. The expectations are written by hand from the
# files the generator writes (its header lists what each record holds).
. "$(dirname "$0")/../test-lib.sh"
. "$(dirname "$0")/governance-repo.sh"

repo="$TEST_DIR/infoskaerm"
governance_repo "$repo"
minutes=dagsordner-og-referater

# --- list --kind meeting: every agenda and minutes, by date, with group and references
run_govlog "$repo" list --kind meeting
expect_status 0 "list --kind meeting"
expect_line "$out" "DATO        GRUPPE               DOKUMENT   TITEL" "Danish headers (language: da)"
expect_line "$out" "2026-03-12  koordinationsgruppe  referat    Referat – koordinationsgruppemøde   $minutes/koordinationsgruppe/2026-03-12-referat.md  ADR-0002" \
	"a YYYY-MM-DD name, the group from its folder, an absolute GitHub link resolved"
expect_line "$out" "2026-04-02  koordinationsgruppe  dagsorden  Dagsorden for koordinationsgruppen" \
	"no date in the name: the 'Dato: 2. april 2026' line gives it; 'dagsorden' makes it an agenda"
expect_line "$out" "2026-05-14  styregruppe          referat    Referat af styregruppemøde" \
	"the moved meeting is listed under its new date"
expect_line "$out" "$minutes/styregruppe/20260604_referat.md            ADR-0001, ADR-0008" \
	"a relative link and an ID in the text are both references"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 6 ] && pass "five meetings and a header" ||
	fail "expected 6 lines, got: $out"

run_govlog "$repo" list --kind meeting --format json
expect_line "$out" '"schema": "govlog/meetings/1"' "the JSON names its schema"
expect_line "$out" '"attendees": ["Jens Lund (KL)", "Sofie Berg, Aarhus", "Peter Holm (leverandør A)"]' \
	"attendees from the list under 'Til stede:'"
expect_line "$out" '"attendees": ["Mette Hansen (formand)", "Jens Lund", "Anne Krogh", "Peter Holm"]' \
	"attendees from a '**Deltagere:**' line split at commas and 'og'"
expect_line "$out" '"renamed_from": "dagsordner-og-referater/styregruppe/20260507_referat.md"' \
	"Git history's rename of the moved meeting"
run_govlog "$repo" list --kind meeting --format csv --since 2026-06-01
expect_line "$out" "date,group,document,title,path,decisions" "CSV header in English keys"
expect_line "$out" '2026-06-04,styregruppe,minutes,Referat fra styregruppemødet,dagsordner-og-referater/styregruppe/20260604_referat.md,"ADR-0001, ADR-0008"' \
	"CSV row, the references quoted"
expect_no_line "$out" "2026-05-14" "--since leaves out earlier meetings"

# --- show a meeting: by date and group, by date, by path
run_govlog "$repo" show 2026-06-04/styregruppe --meta
expect_status 0 "show DATE/GROUP"
expect_line "$out" "dokument:      referat" "the minutes, not the agenda of the same day"
expect_line "$out" "deltagere:     Mette Hansen" "attendees listed"
expect_line "$out" "               Anne Krogh" "one a line"
run_govlog "$repo" show "$minutes/koordinationsgruppe/dagsorden-april.md" --meta
expect_line "$out" "dato:          2026-04-02" "show by path"
run_govlog "$repo" show 2026-01-01
expect_status 2 "a day without meetings"
expect_line "$err" "intet møde hedder '2026-01-01'" "said in the log's language"

# --- show a decision's evidence
run_govlog "$repo" show ADR-0001 --meta
expect_line "$out" "godkendelse:        referat 'dagsordner-og-referater/styregruppe/20260604_referat.md' (2026-06-04, styregruppe)" \
	"'på styregruppemødet den 4. juni 2026' is the styregruppe's minutes of that day"
run_govlog "$repo" show ADR-0002 --meta
expect_line "$out" "godkendelse:        referat 'dagsordner-og-referater/koordinationsgruppe/2026-03-12-referat.md' (2026-03-12, koordinationsgruppe)" \
	"'godkendt af koordinationsgruppen 12.03.2026'"
run_govlog "$repo" show ADR-0003 --meta
expect_line "$out" "(2026-05-14, styregruppe)" "the moved meeting's minutes are found"
expect_line "$out" "teksten siger 2026-05-07: mødet blev flyttet, og referatet omdøbt fra 'dagsordner-og-referater/styregruppe/20260507_referat.md'" \
	"and the move is said"
run_govlog "$repo" show ADR-0004 --meta
expect_line "$out" "godkendelse:        pull request #12" "'Godkendt i #12'"
run_govlog "$repo" show ADR-0005 --meta
expect_no_line "$out" "godkendelse" "no evidence, no line"
run_govlog "$repo" show ADR-0006 --meta
expect_line "$out" "teksten nævner mødet i koordinationsgruppen den 2026-04-02, men der findes intet referat af det" \
	"an agenda is no evidence"

# --- the rules, decisions.approval: any (the generator's setting)
run_govlog "$repo" check
expect_status 1 "check with approval: any"
expect_line "$err" "beslutninger/0005-logning.md:4:5: fejl: den accepterede beslutning har intet bevis for godkendelse (referat fra det besluttende organ eller en pull request) [approval/missing]" \
	"no word of an approval: approval/missing at the status"
expect_line "$err" "beslutninger/0006-tilgaengelighed.md:14:45: fejl: teksten nævner mødet i koordinationsgruppen den 2026-04-02, men der findes intet referat af det møde [approval/missing]" \
	"a meeting without minutes: approval/missing at the sentence"
expect_line "$err" "beslutninger/0003-api-versionering.md:14:48: advarsel: mødet i styregruppen den 2026-05-07 blev flyttet til 2026-05-14: referatet er 'dagsordner-og-referater/styregruppe/20260514_referat.md' [approval/mismatch]" \
	"a moved meeting: approval/mismatch"
expect_line "$err" "Git-historikken viser referatet omdøbt fra 'dagsordner-og-referater/styregruppe/20260507_referat.md' i commit" \
	"the hint names the rename"
expect_line "$err" "beslutninger/0008-supportaftale.md:14:69: advarsel: beslutningstagerne er Koordinationsgruppen, men det godkendende referat er fra styregruppe" \
	"the deciders name another body: approval/mismatch"
expect_line "$err" "$minutes/koordinationsgruppe/2026-03-12-referat.md:1:1: advarsel: referatet godkender 'beslutninger/0009-fejlrapporter.md', men linker ikke til den og nævner ikke dens ID [approval/no-backlink]" \
	"minutes that do not name the decision: approval/no-backlink"
expect_line "$err" "$minutes/styregruppe/20260514_referat.md:10:1: advarsel: referatet godkender 'beslutninger/0003-api-versionering.md', men linker til dens gamle navn 'beslutninger/0003-api-versionsring.md'" \
	"minutes linking a renamed record's old name: approval/no-backlink at the link"
for id in 0001 0002 0004 0007; do
	expect_no_line "$(printf '%s\n' "$err" | grep approval/ || true)" "beslutninger/$id-" \
		"ADR-$id: no approval finding"
done
[ "$(printf '%s\n' "$err" | grep -c 'approval/')" -eq 6 ] && pass "six approval findings" ||
	fail "expected 6 approval findings: $err"

# --- govlog status writes the body without a date: the record's date is the meeting's
run_govlog "$repo" status ADR-0007 Godkendt --note "på styregruppemødet" --date 2026-06-04
expect_status 0 "status Godkendt --note 'på styregruppemødet'"
run_govlog "$repo" show ADR-0007 --meta
expect_line "$out" "godkendelse:        referat 'dagsordner-og-referater/styregruppe/20260604_referat.md' (2026-06-04, styregruppe)" \
	"'Godkendt på styregruppemødet' dated 2026-06-04 is that day's minutes"
run_govlog "$repo" check
expect_line "$err" "$minutes/styregruppe/20260604_referat.md:1:1: advarsel: referatet godkender 'beslutninger/0007-sprogvalg.md'" \
	"which do not name it: approval/no-backlink"
git -C "$repo" checkout -q -- beslutninger/0007-sprogvalg.md

# --- English
sed -i 's/^language: da/language: en/' "$repo/.govlog.yml"
run_govlog "$repo" check
expect_line "$err" "beslutninger/0005-logning.md:4:5: error: accepted decision has no approval evidence (minutes of its deciding body or a pull request) [approval/missing]" \
	"approval/missing in English"
expect_line "$err" "the steering group meeting of 2026-05-07 was moved to 2026-05-14" "approval/mismatch in English, the body in English"
run_govlog "$repo" show ADR-0004 --meta
expect_line "$out" "approval:    pull request #12" "show's evidence in English"

# --- minutes only: a pull request is not enough
sed -i 's/approval: any/approval: minutes/' "$repo/.govlog.yml"
run_govlog "$repo" check
expect_line "$err" "beslutninger/0004-skabeloner-som-json.md:14:40: error: approval must be shown by minutes, not by pull request '#12' [approval/missing]" \
	"approval: minutes refuses a pull request"
# --- pull requests only
sed -i 's/approval: minutes/approval: pull-request/' "$repo/.govlog.yml"
run_govlog "$repo" check
expect_line "$err" "beslutninger/0001-faelles-kalender.md:14:52: error: approval must be shown by a pull request, not by minutes 'dagsordner-og-referater/styregruppe/20260604_referat.md' [approval/missing]" \
	"approval: pull-request refuses minutes"
expect_no_line "$err" "0004-skabeloner-som-json.md" "and takes the pull request"
# --- none, and no key at all: the rules are off
sed -i 's/approval: pull-request/approval: none/' "$repo/.govlog.yml"
run_govlog "$repo" check
expect_no_line "$err" "approval/" "approval: none"
sed -i '/approval:/d' "$repo/.govlog.yml"
run_govlog "$repo" check
expect_no_line "$err" "approval/" "without decisions.approval the rules are off"
run_govlog "$repo" show ADR-0001 --meta
expect_line "$out" "approval:" "show prints the evidence whatever the setting"
# --- a wrong value is a configuration error naming it
sed -i 's/^decisions:$/decisions:\n  approval: always/' "$repo/.govlog.yml"
run_govlog "$repo" check
expect_status 2 "an unknown approval setting"
expect_line "$err" "approval 'always' is not minutes, pull-request, any or none" "names the value"

# --- OS2's "Dagsorden og referat" files: one file per meeting, written from the
# folder's skabelon.md, the agenda first and a "## Møde referat" section the
# minutes go into; the roll call is a task list ticked at the meeting.
os2=$(new_repo os2-meetings)
mkdir -p "$os2/beslutninger" "$os2/$minutes/styregruppe"
printf '# [SDR] Fælles testmiljø\n\n- **Status**: Udkast\n- **Dato**: 2026-05-01\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Strategisk\n\n## Kontekst / Årsag\n\nx\n\n## Beslutning\n\ny\n\n## Konsekvenser\n\nz\n' \
	>"$os2/beslutninger/0001-faelles-testmiljoe.md"
meeting_file() { # FILE DATE ROLLCALL MINUTES
	{
		printf '## Dagsorden og referat\n# Styregruppemøde %s\n\n**Status**\n- [ ] Referat godkendt\n\n' "$2"
		printf '## Mødefakta\n\n**Tid**: %s kl. 13-14\n\n#### Deltagere:\n%s\n\n#### Afbud:\n- [x] Lone Vestergaard\n\n' "$2" "$3"
		printf '## Dagsorden\n#### 1. Formalia\n- 1.1 Godkendelse af dagsorden\n\n## Møde referat\n\n%s\n' "$4"
	} >"$os2/$minutes/styregruppe/$1"
}
meeting_file 20260507_Styregruppe.md 07.05.2026 \
	"$(printf '%s\n' '- [x] Ida Kragh' '- [ ] Lone Vestergaard' '- [X] Mads Bøgh (produktejer)')" \
	"$(printf '%s\n' '> #### 1. Formalia' '' 'Dagsordenen blev godkendt.')"
meeting_file 20260604_Styregruppe.md 04.06.2026 \
	"$(printf '%s\n' '- [ ] Ida Kragh' '- [ ] Lone Vestergaard' '- [ ] Mads Bøgh (produktejer)')" \
	"$(printf '%s\n' '> #### 1. Formalia' '' '  ---')"
meeting_file skabelon.md dd.mm.yyyy "- [ ] Navn" ""
commit_all "$os2" "docs: two meetings and the minutes template"
run_govlog "$os2" list --kind meeting --format json
expect_line "$out" '"attendees": ["Ida Kragh", "Mads Bøgh (produktejer)"]' \
	"the roll call's ticked names are the attendees, without their boxes"
expect_line "$out" '"date": "2026-05-07", "group": "styregruppe", "document": "minutes"' \
	"a written 'Møde referat' section makes the file the minutes"
expect_line "$out" '"date": "2026-06-04", "group": "styregruppe", "document": "agenda"' \
	"an empty one (a rule, a quote of the agenda) leaves it the agenda"
expect_line "$out" '"document": "agenda", "title": "Styregruppemøde 04.06.2026", "path": "dagsordner-og-referater/styregruppe/20260604_Styregruppe.md", "decisions": [], "attendees": []' \
	"no box ticked yet: nobody is named as having come"
expect_no_line "$out" "skabelon.md" "the folder's template is no meeting"
expect_no_line "$out" "[x]" "no box is shown as part of a name"

# What show says of approval: nothing for a draft that is still to be put to
# a meeting; the body the date belongs to; a body named without a date.
printf '# [SDR] Ny mødeform\n\n- **Status**: Udkast\n- **Dato**: 2026-05-20\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Strategisk\n\n## Kontekst / Årsag\n\nx\n\n## Beslutning\n\n- Beslutningen fremlægges til godkendelse på førstkommende styregruppemøde\n\n## Konsekvenser\n\nz\n' \
	>"$os2/beslutninger/0002-ny-moedeform.md"
printf '# [SDR] Etablering af en styregruppe\n\n- **Status**: Accepteret\n- **Dato**: 2026-05-07\n- **Beslutningstagere**: Koordinationsgruppen\n- **Beslutningstype**: Strategisk\n\n## Kontekst / Årsag\n\nBehovet for en styregruppe er drøftet i foråret. Beslutningen blev vedtaget på koordinationsgruppemødet den 07-05-2026.\n\n## Beslutning\n\ny\n\n## Konsekvenser\n\nz\n' \
	>"$os2/beslutninger/0003-etablering-af-styregruppe.md"
printf '# [ODR] Fælles kalender\n\n- **Status**: Accepteret\n- **Dato**: 2026-06-11\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Operationel\n\n## Kontekst / Årsag\n\nGodkendt på styregruppemødet.\n\n## Beslutning\n\ny\n\n## Konsekvenser\n\nz\n' \
	>"$os2/beslutninger/0004-faelles-kalender.md"
commit_all "$os2" "docs: three more decisions"
run_govlog "$os2" show 2
expect_no_line "$out" "godkendelse:" "a draft to be put to the next meeting has no approval line"
run_govlog "$os2" show 3
expect_line "$out" "mødet i koordinationsgruppen den 2026-05-07" \
	"the date belongs to the body named just before it, not to the one the line opens with"
run_govlog "$os2" show 4
expect_line "$out" "teksten nævner mødet i styregruppen uden dato, og der findes intet referat af det fra beslutningens dato 2026-06-11" \
	"a body named without a date is looked for on the record's date, and said so"
finish
