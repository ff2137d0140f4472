#!/bin/sh
# Turns examples/os2display-governance into a real Git repository with a
# deterministic history (fixed authors, committers and dates; same SHAs on
# every run): two vendors and a coordinator, requests as GitHub issues,
# decisions, Conventional Commits and plain ones, pull-request merges, a
# squash, a revert, release tags and unreleased work — and one traceability
# gap of each kind. examples/README.md lists what is there and what govlog
# trace should report. Usage: build-demo-repo.sh DEST
set -eu

[ $# -eq 1 ] || { echo "usage: build-demo-repo.sh DEST" >&2; exit 2; }
dest=$1
src=$(cd "$(dirname "$0")/os2display-governance" && pwd)
if [ -e "$dest" ] && [ -n "$(ls -A "$dest" 2>/dev/null)" ]; then
	echo "build-demo-repo.sh: '$dest' exists and is not empty" >&2
	exit 1
fi
mkdir -p "$dest"
cp -R "$src/." "$dest/"

# One record keeps a Latin-1 byte on purpose (an 'æ' saved by an old editor).
# The committed example stays valid UTF-8; the byte is written here.
latin1=$(printf '\346')
f="$dest/docs/decisions/0009-logning.md"
LC_ALL=C sed "s/@LATIN1_AE@/$latin1/" "$f" >"$f.tmp" && mv "$f.tmp" "$f"

# Nothing of the user's Git configuration, identity or hooks may change the result.
GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null TZ=UTC
export GIT_CONFIG_NOSYSTEM GIT_CONFIG_GLOBAL TZ
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL \
	GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL GIT_AUTHOR_DATE GIT_COMMITTER_DATE

coordinator="Mette Koordinator <mette@os2display.example>"
magenta="Jonas Udvikler <jonas@magenta.dk>"
itk="Sara Arkitekt <saar@aarhus.dk>"
jens="Jens Hansen <jeha@aarhus.dk>"
jens_home="jhansen <jens.hansen@gmail.com>" # the same person; .mailmap unifies them
github="GitHub <noreply@github.com>"        # the committer of web merges and squashes

# as DATE "NAME <EMAIL>" GIT-ARGS...: runs git in DEST with that author at
# DATE; the committer (and tagger) is $via when set, else the author.
via=
as() {
	date=$1 who=$2
	shift 2
	by=${via:-$who}
	a_mail=${who#*<} c_mail=${by#*<}
	GIT_AUTHOR_NAME=${who% <*} GIT_AUTHOR_EMAIL=${a_mail%>} GIT_AUTHOR_DATE=$date \
		GIT_COMMITTER_NAME=${by% <*} GIT_COMMITTER_EMAIL=${c_mail%>} GIT_COMMITTER_DATE=$date \
		git -C "$dest" -c commit.gpgsign=false -c tag.gpgsign=false -c core.hooksPath=/dev/null "$@"
}

# commit DATE "NAME <EMAIL>" MESSAGE PATH...: commits PATHs with MESSAGE
# (several lines: subject, body, trailers).
commit() {
	date=$1 who=$2 msg=$3
	shift 3
	git -C "$dest" add -- "$@"
	printf '%s\n' "$msg" | as "$date" "$who" commit -q --cleanup=whitespace -F -
}

# code PATH LINE: the source change a commit makes (one more line in a file).
code() {
	mkdir -p "$(dirname "$dest/$1")"
	printf '%s\n' "$2" >>"$dest/$1"
}

d=docs/decisions
git -c init.defaultBranch=main init -q "$dest"

# --- v1.0.0-rc.1 -------------------------------------------------------------
commit "2026-01-20T10:00:00Z" "$coordinator" "docs: governance repository with a decision log" \
	README.md _config.yml index.md .github/ISSUE_TEMPLATE $d/0001-faelles-styringsmodel.md
commit "2026-01-21T09:30:00Z" "$coordinator" "chore: govlog configuration and a mailmap

Keys of the DISPLAY project in Jira count as references, and the two
vendors are named by their e-mail domains." \
	.govlog.yml .mailmap
commit "2026-02-02T10:00:00Z" "$magenta" "docs(decisions): PostgreSQL for the content store" \
	$d/0007-use-postgresql-for-the-content-store.md
code src/db/migrations.sql "-- 001: the content store moves from MariaDB to PostgreSQL"
commit "2026-02-09T14:00:00Z" "$magenta" "feat(db): migrate the content store to PostgreSQL

Installations on MariaDB run the migration once.

Refs: DISPLAY-1077
Decision: ADR-0007" \
	src/db/migrations.sql
code src/slides/types.txt "kalendr: møder i dag"
commit "2026-02-16T11:00:00Z" "$jens_home" "DISPLAY-1080: ny slidetype" src/slides/types.txt
code src/client/playlist.js "// reload the playlist when the network is back"
commit "2026-02-23T13:15:00Z" "$itk" "fix(client): genindlæs playlisten efter netværksfejl

Fixes: #9" \
	src/client/playlist.js
commit "2026-03-12T14:30:00Z" "$coordinator" "docs(decisions): fast udgivelsesrytme" \
	$d/0002-udgivelsesrytme.md
code .github/workflows/release.yml "# releases: the first Tuesday of every third month"
commit "2026-03-13T09:00:00Z" "$jens" "ci: udgivelse den første tirsdag i hver tredje måned

Decision: ADR-0002" \
	.github/workflows/release.yml
git -C "$dest" tag v1.0.0-rc.1

# --- v1.0.0: pull request #31 (Magenta), tagged on its merge commit -----------
git -C "$dest" checkout -q -b feature-skabeloner
commit "2026-03-16T10:00:00Z" "$magenta" "docs(decisions): slideskabeloner gemmes som JSON

Refs: #12" \
	$d/0010-skabeloner-som-json.md
code src/templates/index.json '{"templates": ["nyheder", "velkomst"]}'
commit "2026-03-18T15:20:00Z" "$magenta" "feat(templates): fælles skabeloner indlæses fra JSON

Refs: #12
Decision: ADR-0010" \
	src/templates/index.json
code src/templates/schema.json '{"required": ["name", "regions"]}'
commit "2026-03-20T11:45:00Z" "$magenta" "test(templates): skabelonerne valideres mod skemaet

Refs: #12" \
	src/templates/schema.json
git -C "$dest" checkout -q main
sed 's/^kalendr:/kalender:/' "$dest/src/slides/types.txt" >"$dest/src/slides/types.tmp"
mv "$dest/src/slides/types.tmp" "$dest/src/slides/types.txt"
commit "2026-03-23T08:40:00Z" "$jens_home" "Ret stavefejl

Refs: DISPLAY-1080" \
	src/slides/types.txt
commit "2026-04-02T12:00:00Z" "$itk" "docs(decisions): versionering af API'et" \
	$d/0003-api-versionering.md
via=$github
as "2026-04-06T13:00:00Z" "$magenta" merge -q --no-ff --no-edit \
	-m "Merge pull request #31 from magenta/feature-skabeloner" -m "Fælles skabeloner til slides" \
	feature-skabeloner
via=
git -C "$dest" branch -q -d feature-skabeloner
as "2026-04-07T08:00:00Z" "$coordinator" tag -a v1.0.0 -m "OS2display 1.0.0"

# --- v1.1.0 ------------------------------------------------------------------
code src/api/routes.txt "/v2/ beside /v1/; /v1/ answers for 12 more months"
via=$github
commit "2026-04-20T10:30:00Z" "$magenta" "feat(api): versioned endpoints (#33)

The API answers under /v2/ beside /v1/.

Refs: #15" \
	src/api/routes.txt
via=
code src/api/routes.txt "/v1/ answers with a Deprecation header"
commit "2026-04-28T09:10:00Z" "$jens_home" "fix(api): /v1/ svarer med en Deprecation-header

Refs: #15
Decision: ADR-0042" \
	src/api/routes.txt
commit "2026-05-02T10:00:00Z" "$itk" "docs(decisions): framework for the screen client" \
	$d/0008-screen-client-framework.md
code src/client/package.json '{"dependencies": {"react": "^19.0.0"}}'
commit "2026-05-11T14:00:00Z" "$itk" "feat(client): skærmklienten bygges med React

Refs: DISPLAY-1102
Decision: ADR-0008" \
	src/client/package.json
commit "2026-05-18T10:00:00Z" "$coordinator" "docs(decisions): sprog i brugerfladen (afvist)" \
	$d/0006-sprogvalg.md
code src/slides/transitions.js "// fade between slides"
commit "2026-05-25T13:30:00Z" "$magenta" "feat(slides): animerede overgange mellem slides

Refs: DISPLAY-1095" \
	src/slides/transitions.js
as "2026-05-27T08:15:00Z" "$magenta" revert --no-edit HEAD >/dev/null
code src/client/cache.js "// images are cached on the screen for a day"
commit "2026-06-01T11:00:00Z" "$itk" "perf(client): billeder caches på skærmen

Refs: DISPLAY-1099" \
	src/client/cache.js
commit "2026-06-04T09:15:00Z" "$coordinator" "docs(decisions): skærmlayout og tilgængelighed" \
	$d/0004-skaermlayout-skabeloner.md $d/0004-tilgaengelighed.md
commit "2026-06-08T10:00:00Z" "$coordinator" "docs: skabelon til pull requests

Pull requests henviser til ønsker og beslutninger.

Decision: ADR-0001" \
	.github/pull_request_template.md
# pull request #35 (ITK Aarhus)
git -C "$dest" checkout -q -b fix-sommertid
code src/schedule/timezone.txt "Europe/Copenhagen, with summer time"
commit "2026-06-15T10:20:00Z" "$jens" "fix(schedule): tidsplaner følger sommertid

Fixes: #18" \
	src/schedule/timezone.txt
git -C "$dest" checkout -q main
commit "2026-06-24T15:00:00Z" "$coordinator" "docs(decisions): kalenderdata på skærmene" \
	$d/0011-kalenderdata.md
via=$github
as "2026-06-25T09:00:00Z" "$itk" merge -q --no-ff --no-edit \
	-m "Merge pull request #35 from itk-aarhus/fix-sommertid" -m "Tidsplaner følger sommertid" \
	fix-sommertid
via=
git -C "$dest" branch -q -d fix-sommertid
code src/admin/theme.css "/* dark theme */"
commit "2026-06-29T14:00:00Z" "$magenta" "feat(admin): mørkt tema i administrationen" src/admin/theme.css
commit "2026-07-01T10:00:00Z" "$itk" "docs(decisions): central logning" $d/0009-logning.md
as "2026-07-07T08:00:00Z" "$coordinator" tag -a v1.1.0 -m "OS2display 1.1.0"

# --- unreleased ----------------------------------------------------------------
code src/client/log.js "// errors go to the server's log, without personal data"
commit "2026-08-17T13:00:00Z" "$jens_home" "feat(client): fejl sendes til serverens log

Refs: DISPLAY-1123
Decision: ADR-0009" \
	src/client/log.js
commit "2026-09-01T08:00:00Z" "$coordinator" "docs(decisions): fast driftsvindue" $d/0005-driftsvindue.md
code ops/deploy.txt "deploy: Tuesdays 20:00-22:00"
commit "2026-09-02T09:30:00Z" "$itk" "chore(ops): opdateringer køres i driftsvinduet

Decision: ADR-0005" \
	ops/deploy.txt
# The groups' agendas and minutes, added late as such folders often are; the
# steering group's meeting of 4 June has an agenda only (no minutes yet).
commit "2026-09-03T12:00:00Z" "$coordinator" "docs: dagsordener og referater fra styregruppen og koordinationsgruppen" \
	dagsordner-og-referater

if [ -n "$(git -C "$dest" status --porcelain)" ]; then
	echo "build-demo-repo.sh: files left uncommitted:" >&2
	git -C "$dest" status --short >&2
	exit 1
fi
echo "demo repository: $dest"
