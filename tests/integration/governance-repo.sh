# governance_repo DIR: builds an example governance repository in DIR, as a
# product with several vendors keeps one: a Danish decision log in
# beslutninger/, agendas and minutes of the steering group (styregruppe) and
# the coordination group (koordinationsgruppe) in dagsordner-og-referater/,
# written by several hands over several commits. Source it from a test after
# test-lib.sh. What it holds, for the tests to assert by hand:
#
#   0001 accepted at the styregruppe meeting of 4 June 2026; the minutes link it  (clean)
#   0002 accepted by the koordinationsgruppe 12.03.2026; the minutes link it by
#        an absolute GitHub URL                                                    (clean)
#   0003 "vedtaget på styregruppemødet den 7. maj 2026": that meeting was moved to
#        14 May and its minutes file renamed in a later commit; the record was
#        renamed too (a typo in its name), the minutes still link the old name  (mismatch, no-backlink)
#   0004 approved in pull request #12                                             (evidence: PR)
#   0005 accepted, no word of an approval                                         (missing)
#   0006 "godkendt af koordinationsgruppen den 2. april 2026": only an agenda     (missing)
#   0007 a proposal                                                                (silent)
#   0008 decided by the koordinationsgruppe, approved on the styregruppe's minutes (mismatch)
#   0009 approved by the koordinationsgruppe 12.03.2026, not in its minutes       (no-backlink)
#
# Other tests extend it (vendors, a maintenance branch): keep it plain.

# gr_commit DIR WHO DATE MESSAGE: everything staged, committed by WHO on DATE (YYYY-MM-DD).
gr_commit() {
	git -C "$1" add -A
	GIT_AUTHOR_NAME="$2" GIT_COMMITTER_NAME="$2" \
		GIT_AUTHOR_EMAIL="$(printf '%s' "$2" | tr 'A-Z ' 'a-z.')@example.dk" \
		GIT_COMMITTER_EMAIL="$(printf '%s' "$2" | tr 'A-Z ' 'a-z.')@example.dk" \
		GIT_AUTHOR_DATE="$3T10:00:00Z" GIT_COMMITTER_DATE="$3T10:00:00Z" \
		git -C "$1" commit -q -m "$4"
}

# gr_record DIR FILE TITLE DATE STATUS DECIDERS TYPE APPROVAL-SENTENCE
gr_record() {
	cat >"$1/beslutninger/$2" <<EOF
# $3

- **Dato**: $4
- **Status**: $5
- **Beslutningstagere**: $6
- **Beslutningstype**: $7

## Kontekst / Årsag

Leverandørerne har bedt om en fælles linje.

## Beslutning

$8

## Konsekvenser

Leverandørerne retter sig efter beslutningen fra næste release.
EOF
}

governance_repo() {
	d=$1
	git -c init.defaultBranch=main init -q "$d"
	mkdir -p "$d/beslutninger" "$d/dagsordner-og-referater/styregruppe" \
		"$d/dagsordner-og-referater/koordinationsgruppe"
	cat >"$d/.govlog.yml" <<'EOF'
language: da
repository: os2demo/infoskaerm
decisions:
  folders: [beslutninger]
  approval: any
EOF
	printf '# Infoskærm\n\nFælles produkt for kommunerne.\n' >"$d/README.md"
	gr_commit "$d" "Mette Hansen" 2026-02-02 "Opret repository"

	# The coordination group meets in March; its secretary writes ISO names.
	gr_record "$d" 0002-driftsvindue.md "[ODR] Fast driftsvindue" 12.03.2026 Godkendt \
		Koordinationsgruppen Operationel \
		"Driftsvinduet er tirsdag kl. 6-8. Godkendt af koordinationsgruppen 12.03.2026."
	gr_record "$d" 0009-fejlrapporter.md "[ODR] Fejlrapporter i fælles tavle" 2026-03-12 \
		Godkendt Koordinationsgruppen Operationel \
		"Alle fejl meldes i den fælles tavle. Godkendt af koordinationsgruppen 12.03.2026."
	cat >"$d/dagsordner-og-referater/koordinationsgruppe/2026-03-12-referat.md" <<'EOF'
# Referat – koordinationsgruppemøde

Dato: 12. marts 2026

Til stede:

- Jens Lund (KL)
- Sofie Berg, Aarhus
- Peter Holm (leverandør A)

## 1. Driftsvindue

Gruppen godkendte forslaget, se
[beslutningen](https://github.com/os2demo/infoskaerm/blob/main/beslutninger/0002-driftsvindue.md).

## 2. Eventuelt

Intet.
EOF
	gr_commit "$d" "Jens Lund" 2026-03-13 "Referat fra koordinationsgruppen 12/3"

	# An agenda for April; the meeting's minutes were never written.
	cat >"$d/dagsordner-og-referater/koordinationsgruppe/dagsorden-april.md" <<'EOF'
# Dagsorden for koordinationsgruppen

Dato: 2. april 2026

1. Tilgængelighed (til godkendelse)
2. Eventuelt
EOF
	gr_record "$d" 0006-tilgaengelighed.md "[ADR] Tilgængelighed efter WCAG 2.1 AA" \
		2026-04-02 Accepteret Koordinationsgruppen Arkitektur \
		"Alle skærme følger WCAG 2.1 AA. Godkendt af koordinationsgruppen den 2. april 2026."
	gr_commit "$d" "Sofie Berg" 2026-03-30 "Dagsorden april + tilgængelighed"

	# The steering group's May meeting: planned for 7 May, the agenda and minutes
	# in one file named after that day.
	gr_record "$d" 0003-api-versionsring.md "[ADR] API-versionering" 2026-05-07 Accepteret \
		Styregruppen Arkitektur \
		"API'et versioneres i stien (/v2/). Vedtaget på styregruppemødet den 7. maj 2026."
	cat >"$d/dagsordner-og-referater/styregruppe/20260507_referat.md" <<'EOF'
# Referat af styregruppemøde

**Deltagere:** Mette Hansen (formand), Jens Lund, Anne Krogh og Peter Holm

## 1. API-versionering

Styregruppen vedtog
[API-versionering](https://github.com/os2demo/infoskaerm/blob/main/beslutninger/0003-api-versionsring.md).

## 2. Økonomi

Budgettet for 2027 drøftes på næste møde.
EOF
	gr_commit "$d" "Mette Hansen" 2026-05-04 "styregruppe: referat + ADR om api versionering"

	# The meeting was moved a week; the secretary renames the file and says so.
	git -C "$d" mv dagsordner-og-referater/styregruppe/20260507_referat.md \
		dagsordner-og-referater/styregruppe/20260514_referat.md
	sed -i 's/^# Referat af styregruppemøde$/# Referat af styregruppemøde\n\nMødet er flyttet fra 7. maj til 14. maj 2026./' \
		"$d/dagsordner-og-referater/styregruppe/20260514_referat.md"
	gr_commit "$d" "Anne Krogh" 2026-05-14 "Mødet er flyttet til 14. maj"

	# A typo in a record's file name is fixed; the minutes keep the old link.
	git -C "$d" mv beslutninger/0003-api-versionsring.md beslutninger/0003-api-versionering.md
	gr_commit "$d" "Peter Holm" 2026-05-20 "Ret stavefejl i filnavn"

	# June: the steering group's agenda, then its minutes.
	cat >"$d/dagsordner-og-referater/styregruppe/20260604_dagsorden.md" <<'EOF'
# Dagsorden – styregruppen

1. Fælles kalender (SDR 1)
2. Sprogvalg
EOF
	gr_record "$d" 0001-faelles-kalender.md "[SDR] Fælles kalender for alle skærme" 2026-06-04 \
		Accepteret Styregruppen Strategisk \
		"Alle skærme viser den fælles kalender. Godkendt på styregruppemødet den 4. juni 2026."
	gr_record "$d" 0008-supportaftale.md "[ODR] Fælles supportaftale" 2026-06-04 Godkendt \
		Koordinationsgruppen Operationel \
		"Support gives af den leverandør, der har leveret koden. Godkendt på styregruppemødet den 4. juni 2026."
	gr_record "$d" 0007-sprogvalg.md "[SDR] Sprogvalg i brugerfladen" 2026-06-04 Forslag \
		Styregruppen Strategisk "Brugerfladen findes på dansk og engelsk."
	cat >"$d/dagsordner-og-referater/styregruppe/20260604_referat.md" <<'EOF'
# Referat fra styregruppemødet

Dato: 4. juni 2026

Deltagere: Mette Hansen, Jens Lund, Anne Krogh

## 1. Fælles kalender

Godkendt, se [SDR 1](../../beslutninger/0001-faelles-kalender.md).

## 2. Supportaftale

ADR-0008 godkendt uden bemærkninger.

## 3. Sprogvalg

Udsat til næste møde.
EOF
	gr_commit "$d" "Anne Krogh" 2026-06-05 "Referat fra styregruppen 4. juni"

	gr_record "$d" 0004-skabeloner-som-json.md "[ADR] Skabeloner som JSON" 2026-06-10 \
		Accepteret "Leverandør A, Leverandør B" Arkitektur \
		"Skabeloner gemmes som JSON. Godkendt i #12 efter review fra begge leverandører."
	gr_record "$d" 0005-logning.md "[ADR] Fælles logformat" 2026-06-11 Accepteret \
		"Peter Holm" Arkitektur "Alle komponenter logger i JSON-linjer."
	gr_commit "$d" "Peter Holm" 2026-06-11 "ADR om skabeloner og logning (#12)"
}

# gr_as DIR AUTHOR COMMITTER DATE GIT-ARGS...: git in DIR as "Name <mail>" AUTHOR,
# committed by COMMITTER, on DATE (YYYY-MM-DD).
gr_as() {
	d=$1 a=$2 c=$3 when=$4
	shift 4
	am=${a#*<} cm=${c#*<}
	GIT_AUTHOR_NAME=${a% <*} GIT_AUTHOR_EMAIL=${am%>} GIT_AUTHOR_DATE="${when}T10:00:00Z" \
		GIT_COMMITTER_NAME=${c% <*} GIT_COMMITTER_EMAIL=${cm%>} GIT_COMMITTER_DATE="${when}T10:00:00Z" \
		git -C "$d" "$@"
}

# governance_repo_vendors DIR: after governance_repo, the product's releases with two
# vendors and a maintenance line. What it adds, for the tests to assert by hand:
#
#   v0.9.0  the governance history above
#   v1.0.0  PR #21 by Magenta (Kasper), merged by ITK Aarhus (Jens): across vendors;
#           PR #22 by ITK Aarhus (Jens), merged by ITK Aarhus (Lise): within one vendor
#           → reviewed across vendors: 1 of 2
#   v1.1.0  a fix by Magenta on main (Fixes: #23): the time zone of the calendar
#   v1.0.1  the same fix picked with `git cherry-pick -x` onto release-1.0
#           → the fix landed in v1.1.0 (1.1) and v1.0.1 (1.0); v1.0.1's is a backport
governance_repo_vendors() {
	d=$1
	cat >>"$d/.govlog.yml" <<'EOF'
vendors:
  Magenta: ["@magenta.dk"]
  ITK Aarhus: ["@aarhus.dk"]
EOF
	gr_commit "$d" "Mette Hansen" 2026-06-12 "Leverandører i konfigurationen"
	git -C "$d" tag v0.9.0
	kasper="Kasper Friis <kasper@magenta.dk>" jens="Jens Lund <jens@aarhus.dk>"
	lise="Lise Dam <lise@aarhus.dk>"
	git -C "$d" checkout -q -b kalender
	mkdir -p "$d/src"
	printf 'kalender: fælles for alle skærme\n' >"$d/src/kalender.txt"
	git -C "$d" add -A
	gr_as "$d" "$kasper" "$kasper" 2026-06-15 commit -q -m "feat(kalender): fælles kalender på skærmene

Refs: #20
Decision: ADR-0001"
	git -C "$d" checkout -q main
	gr_as "$d" "$jens" "$jens" 2026-06-16 merge -q --no-ff kalender \
		-m "Merge pull request #21 from magenta/kalender" -m "Fælles kalender"
	git -C "$d" checkout -q -b drift
	printf 'vindue: tirsdag 20-22\n' >"$d/src/drift.txt"
	git -C "$d" add -A
	gr_as "$d" "$jens" "$jens" 2026-06-17 commit -q -m "feat(drift): fast driftsvindue

Refs: #19"
	git -C "$d" checkout -q main
	gr_as "$d" "$lise" "$lise" 2026-06-18 merge -q --no-ff drift \
		-m "Merge pull request #22 from itk/drift" -m "Fast driftsvindue"
	git -C "$d" branch -q -D kalender drift
	git -C "$d" tag v1.0.0
	git -C "$d" branch -q release-1.0 v1.0.0
	printf 'tidszone: Europe/Copenhagen\n' >>"$d/src/kalender.txt"
	git -C "$d" add -A
	gr_as "$d" "$kasper" "$kasper" 2026-06-22 commit -q -m "fix(kalender): tidszonen er Europe/Copenhagen

Fixes: #23"
	git -C "$d" tag v1.1.0
	fix=$(git -C "$d" rev-parse HEAD)
	git -C "$d" checkout -q release-1.0
	gr_as "$d" "$kasper" "$jens" 2026-06-23 cherry-pick -x "$fix" >/dev/null
	git -C "$d" tag v1.0.1
	git -C "$d" checkout -q main
}
