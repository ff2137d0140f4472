#!/bin/sh
# Turns examples/os2display-governance into a real Git repository with a short,
# deterministic history (fixed authors and dates). Usage: build-demo-repo.sh DEST
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

export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null TZ=UTC
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

# commit DATE "NAME <EMAIL>" MESSAGE PATH...
commit() {
	date=$1 who=$2 msg=$3
	shift 3
	name=${who% <*} email=${who#*<}
	email=${email%>}
	git -C "$dest" add -- "$@"
	GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" \
		git -C "$dest" -c user.name="$name" -c user.email="$email" \
		commit -q -m "$msg"
}

coordinator="Mette Koordinator <mette@os2display.example>"
vendor_a="Jonas Udvikler <jonas@leverandoer-a.example>"
vendor_b="Sara Arkitekt <sara@leverandoer-b.example>"

git -c init.defaultBranch=main init -q "$dest"
commit "2026-01-20T10:00:00Z" "$coordinator" "docs: governance repository with a decision log" \
	README.md _config.yml index.md .github docs/decisions/0001-faelles-styringsmodel.md
commit "2026-03-12T14:30:00Z" "$vendor_a" "docs(decisions): release rhythm and content store" \
	docs/decisions/0002-udgivelsesrytme.md docs/decisions/0007-use-postgresql-for-the-content-store.md
git -C "$dest" tag v1.0.0
commit "2026-06-04T09:15:00Z" "$vendor_b" "docs(decisions): API versioning, layouts, accessibility" \
	docs/decisions/0003-api-versionering.md docs/decisions/0004-skaermlayout-skabeloner.md \
	docs/decisions/0004-tilgaengelighed.md docs/decisions/0006-sprogvalg.md
commit "2026-09-01T08:00:00Z" "$coordinator" "docs(decisions): maintenance window, client framework, logging" \
	docs/decisions
echo "demo repository: $dest"
