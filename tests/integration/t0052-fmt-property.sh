#!/bin/sh
# The fmt property: over every log in govlog's test corpora (each rule
# case's input/ and before/, the bundled example, govlog's own decision log),
# `govlog fmt --write` changes no record's content. Each record is read back
# before and after (tests/property/record_dump.c: ID, title, status and the
# word it is written with, note, date — or the date as written when it is no
# date —, deciders, type, every other field, each section's text) and any
# difference fails, naming the file and the fact. The same holds in every
# profile's form and with --canonical-words (then the status word may change
# and another profile writes the title's prefix and number its own way), and
# a second fmt finds nothing more to change.
. "$(dirname "$0")/../test-lib.sh"

: "${GOVLOG_RECORD_DUMP:?set GOVLOG_RECORD_DUMP to the record_dump binary}"
src=$GOVLOG_SOURCE_DIR
logs=$(cd "$src" && {
	find tests/cases -type d \( -name input -o -name before \) | sort
	echo examples/os2display-governance
	echo docs
})

# md_files DIR: the Markdown files of a log, relative to it.
md_files() {
	(cd "$1" && find . -name .git -prune -o -type f -name '*.md' -print | sort)
}

# dump DIR ARGS...: record_dump in DIR, each line led by its file ("./x.md: status: …").
dump() {
	(cd "$1" && shift && "$GOVLOG_RECORD_DUMP" "$@" 2>&1) |
		awk '/^== /{f=substr($0,4); next} {print f ": " $0}'
}

checked=0 records=0
# one_pass LOG NAME DUMP-OPTIONS FMT-OPTIONS...
one_pass() {
	log=$1 name=$2 dump_opts=$3
	shift 3
	work="$TEST_DIR/work/$name"
	mkdir -p "$work"
	cp -R "$src/$log/." "$work/"
	git -c init.defaultBranch=main init -q "$work"
	files=$(md_files "$work")
	[ -n "$files" ] || return 0
	# shellcheck disable=SC2086 # one argument a file; the corpus names have no spaces
	dump "$work" $dump_opts $files >"$TEST_DIR/before"
	# shellcheck disable=SC2086
	run_govlog "$work" fmt --write "$@" $files
	case $status in
	0 | 1) ;;
	*) fail "$log: fmt --write $* exited $status: $err" ;;
	esac
	# shellcheck disable=SC2086
	dump "$work" $dump_opts $files >"$TEST_DIR/after"
	if ! diff "$TEST_DIR/before" "$TEST_DIR/after" >"$TEST_DIR/changed"; then
		fail "$log: fmt --write $* changed content (< before, > after):
$(grep '^[<>]' "$TEST_DIR/changed" | head -30)"
	fi
	# shellcheck disable=SC2086
	run_govlog "$work" fmt "$@" $files
	[ -z "$out" ] || fail "$log: a second fmt $* still changes: $(printf '%s\n' "$out" | head -20)"
	checked=$((checked + 1))
	records=$((records + $(printf '%s\n' "$files" | wc -l)))
	rm -rf "$work"
}

n=0
for log in $logs; do
	n=$((n + 1))
	one_pass "$log" "$n-default" ""
	one_pass "$log" "$n-words" "--canonical-words" --canonical-words
done
for log in examples/os2display-governance docs tests/cases/status/unknown/input; do
	for p in nygard madr os2-da os2-en; do
		n=$((n + 1))
		one_pass "$log" "$n-$p" "--bare-title" --profile "$p"
	done
done
pass "fmt kept the content in $checked passes over $records record files"
finish
