/*
 * The message table: one row per word or sentence govlog writes for people,
 * in English and Danish, the single source of both. Code names a row by its
 * id and passes a govlog_lang; it never pairs literals itself.
 * Adding a text: add a row here. A row with printf conversions must have the
 * same conversions in the same order in both languages (test_texts checks).
 * The words users type (status and field aliases) are another table, in
 * record/vocab.c: they are read, not written.
 */
#ifndef GOVLOG_DIAG_TEXTS_H
#define GOVLOG_DIAG_TEXTS_H

#include <stdarg.h>

#include "govlog/common.h"
#include "util/buf.h"
#include "util/text.h"

#define GL_TEXTS(X)                                                                                \
	/* Record fields, as govlog new and govlog fmt write them (OS2 bullets). */                \
	X(FIELD_STATUS, "Status", "Status")                                                        \
	X(FIELD_DATE, "Date", "Dato")                                                              \
	X(FIELD_DECIDERS, "Deciders", "Beslutningstagere")                                         \
	X(FIELD_TYPE, "Type", "Beslutningstype")                                                   \
	X(FIELD_SUPERSEDES, "Supersedes", "Erstatter")                                             \
	X(FIELD_SUPERSEDED_BY, "Superseded by", "Erstattet af")                                    \
	X(FIELD_REQUESTS, "Requests", "Ønske")                                                     \
	/* The word that joins the state and its successor: "Superseded by ADR-0005". */           \
	X(SUPERSEDED_BY_WORD, "by", "af")                                                          \
	/* States and types, as written into records. */                                           \
	X(STATUS_PROPOSED, "Proposed", "Forslag")                                                  \
	X(STATUS_ACCEPTED, "Accepted", "Accepteret")                                               \
	X(STATUS_REJECTED, "Rejected", "Afvist")                                                   \
	X(STATUS_DEPRECATED, "Deprecated", "Forældet")                                             \
	X(STATUS_SUPERSEDED, "Superseded", "Erstattet")                                            \
	X(TYPE_ARCHITECTURE, "Architecture", "Arkitektur")                                         \
	X(TYPE_STRATEGIC, "Strategic", "Strategisk")                                               \
	X(TYPE_OPERATIONAL, "Operational", "Operationel")                                          \
	/* Example values in the hints of meta/missing. */                                         \
	X(EXAMPLE_STATUS, "Proposed", "Udkast")                                                    \
	X(EXAMPLE_DATE, "YYYY-MM-DD", "ÅÅÅÅ-MM-DD")                                                \
	/* meta/template-braces: the key, the value as written, the value read. */                 \
	X(BRACES_VALUE, "'%s' is still in the template's braces '%s': read as '%s'",               \
	  "'%s' står stadig i skabelonens krøllede parenteser '%s': læst som '%s'")                \
	X(BRACES_VALUE_HINT, "write the value without the braces: '%s: %s'",                       \
	  "skriv værdien uden parenteserne: '%s: %s'")                                             \
	X(BRACKETS_VALUE, "'%s' is still in the template's brackets '%s': read as '%s'",           \
	  "'%s' står stadig i skabelonens kantede parenteser '%s': læst som '%s'")                 \
	X(BRACKETS_VALUE_HINT, "write the value without the brackets: '%s: %s'",                   \
	  "skriv værdien uden de kantede parenteser: '%s: %s'")                                    \
	X(BRACES_TEMPLATE, "'%s' still holds the template's text '%s': no value is filled in",     \
	  "'%s' indeholder stadig skabelonens tekst '%s': der er ikke udfyldt en værdi")           \
	X(BRACES_TEMPLATE_HINT, "fill in the value, or remove the line when it does not apply",    \
	  "udfyld værdien, eller fjern linjen hvis den ikke er relevant")                          \
	/* link/broken for a permalink: the link, the path, the commit. */                         \
	X(LINK_AT_COMMIT, "link to '%s' leads to no file ('%s' is not in commit %s)",              \
	  "linket til '%s' fører ikke til en fil ('%s' findes ikke i commit %s)")                  \
	X(LINK_AT_COMMIT_HINT,                                                                     \
	  "a permalink shows the files of that commit; link to a commit that has the file, or "    \
	  "to a branch",                                                                           \
	  "et permalink viser filerne i det commit; link til et commit der har filen, eller til "  \
	  "en gren")                                                                               \
	/* link/unchecked: how many links. */                                                      \
	X(LINK_UNCHECKED,                                                                          \
	  "links to files on GitHub were not checked (%zu, the first here): the repository's own " \
	  "address is unknown",                                                                    \
	  "links til filer på GitHub er ikke kontrolleret (%zu, det første her): repositoriets " \
	  "egen adresse er ukendt")                                                                \
	X(LINK_UNCHECKED_HINT,                                                                     \
	  "set 'repository: owner/name' in .govlog.yml, or add the GitHub remote",                 \
	  "sæt 'repository: ejer/navn' i .govlog.yml, eller tilføj GitHub-remoten")                \
	/* '&' in a title, in its file name. */                                                    \
	X(AND, "and", "og")                                                                        \
	/* The index page. */                                                                      \
	X(DECISION_LOG, "Decision log", "Beslutningslog")                                          \
	/* Diagnostics as text: the severity words and the hint's lead-in. */                      \
	X(SEVERITY_ERROR, "error", "fejl")                                                         \
	X(SEVERITY_WARNING, "warning", "advarsel")                                                 \
	X(HINT, "hint", "tip")                                                                     \
	/* The summary line after the diagnostics; the %s are COUNT_ rows. */                      \
	X(SUMMARY_CLEAN, "%s checked, no problems found",                                          \
	  "%s kontrolleret, ingen problemer fundet")                                               \
	X(SUMMARY, "%s, %s in %s", "%s, %s i %s")                                                  \
	X(BOTH, "%s and %s", "%s og %s")                                                           \
	/* Counts: a row X_ONE for one, X for any other number (govlog_text_count). */             \
	X(COUNT_ERRORS_ONE, "%zu error", "%zu fejl")                                               \
	X(COUNT_ERRORS, "%zu errors", "%zu fejl")                                                  \
	X(COUNT_WARNINGS_ONE, "%zu warning", "%zu advarsel")                                       \
	X(COUNT_WARNINGS, "%zu warnings", "%zu advarsler")                                         \
	X(COUNT_RECORDS_ONE, "%zu record", "%zu beslutning")                                       \
	X(COUNT_RECORDS, "%zu records", "%zu beslutninger")                                        \
	X(COUNT_FILES_ONE, "%zu file", "%zu fil")                                                  \
	X(COUNT_FILES, "%zu files", "%zu filer")                                                   \
	X(COUNT_COMMITS_ONE, "%zu commit", "%zu commit")                                           \
	X(COUNT_COMMITS, "%zu commits", "%zu commits")                                             \
	X(COUNT_MESSAGES_ONE, "%zu message", "%zu commitbesked")                                   \
	X(COUNT_MESSAGES, "%zu messages", "%zu commitbeskeder")                                    \
	X(COUNT_STAGED_ONE, "%zu staged record", "%zu beslutning klar til commit")                 \
	X(COUNT_STAGED, "%zu staged records", "%zu beslutninger klar til commit")                  \
	X(COUNT_BODIES_ONE, "%zu body", "%zu tekst")                                               \
	X(COUNT_BODIES, "%zu bodies", "%zu tekster")                                               \
	X(COUNT_GAPS_ONE, "%zu gap in the trace", "%zu hul i sporbarheden")                        \
	X(COUNT_GAPS, "%zu gaps in the trace", "%zu huller i sporbarheden")                        \
	/* Files the log cannot read as records (file/unreadable). */                              \
	X(FILE_TOO_LARGE, "file is larger than %d MiB: not read as a record",                      \
	  "filen er større end %d MiB: ikke læst som beslutning")                                  \
	X(FILE_CANNOT_READ, "cannot read file: %s", "kan ikke læse filen: %s")                     \
	X(FILE_NOT_REGULAR,                                                                        \
	  "not a regular file (a pipe, a device or a socket): not read as a record",               \
	  "ikke en almindelig fil (en pipe, en enhed eller en socket): ikke læst som beslutning")  \
	X(FILE_BINARY, "binary file (it contains NUL bytes): not read as a record",                \
	  "binær fil (den indeholder NUL-byte): ikke læst som beslutning")                         \
	X(LOG_NO_SUCH_PATH, "no such file or folder: '%s'", "ingen fil eller mappe hedder '%s'")   \
	X(LOG_NO_SUCH_PATH_IN_SNAPSHOT, "no such file or folder in the index or revision: '%s'",   \
	  "ingen fil eller mappe i indekset eller revisionen hedder '%s'")                         \
	X(RANGE_START_NONE, "cannot resolve the range: its start '%s' names no commit here",       \
	  "kan ikke læse intervallet: dets start '%s' peger ikke på noget commit her")             \
	X(RANGE_END_NONE, "cannot resolve the range: its end '%s' names no commit here",           \
	  "kan ikke læse intervallet: dets slutning '%s' peger ikke på noget commit her")          \
	X(RANGE_UNRESOLVED, "cannot resolve the range '%s': %s",                                   \
	  "kan ikke læse intervallet '%s': %s")                                                    \
	X(RANGE_NO_ANCESTOR, "the range has no common ancestor",                                   \
	  "intervallets to ender har ingen fælles forfader")                                       \
	X(RANGE_NO_ANCESTOR_SHALLOW,                                                               \
	  "the range has no common ancestor in this shallow clone; fetch more history (git "       \
	  "fetch --unshallow, or fetch-depth: 0 in CI)",                                           \
	  "intervallets to ender har ingen fælles forfader i denne overfladiske klon; hent mere " \
	  "historik (git fetch --unshallow, eller fetch-depth: 0 i CI)")                           \
	X(RANGE_NO_REPOSITORY, "'%s' is not a Git repository: --range needs one",                  \
	  "'%s' er ikke et Git-repositorie: --range kræver et")                                    \
	X(NEW_UNKNOWN_KIND,                                                                        \
	  "unknown kind '%s' (known: decision, request; in Danish beslutning, ønske)",             \
	  "ukendt slags '%s' (kendt: beslutning, ønske; på engelsk decision, request)")            \
	X(LOG_NO_FOLDER,                                                                           \
	  "no decision folder found in '%s' (looked for %s); name yours in .govlog.yml "           \
	  "(decisions: folders: [PATH]), or give it to check, list, fmt or graph as PATH",         \
	  "ingen beslutningsmappe fundet i '%s' (søgte efter %s); angiv jeres i .govlog.yml "     \
	  "(decisions: folders: [STI]), eller giv den til check, list, fmt eller graph som STI")   \
	X(FILE_LINK_OUTSIDE, "symbolic link to a file outside the repository: not read",           \
	  "symbolsk link til en fil uden for repositoriet: ikke læst")                             \
	X(FILE_NO_EXTENSION, "named like a record, but without '.md': not read",                   \
	  "navngivet som en beslutning, men uden '.md': ikke læst")                                \
	X(FILE_NO_EXTENSION_HINT, "rename it to '%s.md' to have it read and shown as Markdown",    \
	  "omdøb den til '%s.md', så den læses og vises som Markdown")                             \
	X(FILE_LINK, "symbolic link: not read as a record",                                        \
	  "symbolsk link: ikke læst som beslutning")                                               \
	/* Why a file could not be read, where the system's own words would be English. */         \
	X(ERRNO_ACCESS, "permission denied", "adgang nægtet")                                      \
	X(ERRNO_GONE, "no such file", "filen findes ikke")                                         \
	X(ERRNO_OTHER, "system error %d", "systemfejl %d")                                         \
	/* govlog list's column headers; govlog show labels its lines with the same words. */      \
	X(COL_ID, "ID", "ID")                                                                      \
	X(COL_TITLE, "TITLE", "TITEL")                                                             \
	X(COL_TYPE, "TYPE", "TYPE")                                                                \
	X(COL_STATUS, "STATUS", "STATUS")                                                          \
	X(COL_AS_WRITTEN, "AS WRITTEN", "SOM SKREVET")                                             \
	X(COL_DATE, "DATE", "DATO")                                                                \
	X(COL_DECIDERS, "DECIDERS", "BESLUTNINGSTAGERE")                                           \
	X(COL_SUPERSEDES, "SUPERSEDES", "ERSTATTER")                                               \
	X(COL_PATH, "PATH", "STI")                                                                 \
	/* govlog site: the pages' own words. */                                                   \
	X(SITE_TITLE, "Decision log", "Beslutningslog")                                            \
	X(SITE_SKIP, "Skip to the content", "Spring til indholdet")                                \
	X(SITE_DECISIONS, "Decisions", "Beslutninger")                                             \
	X(SITE_CAPTION, "Every decision of the log, newest first",                                 \
	  "Alle loggens beslutninger, nyeste først")                                               \
	X(SITE_SEARCH, "Search the text", "Søg i teksten")                                         \
	X(SITE_REPOSITORIES, "Repositories", "Repositorier")                                       \
	X(SITE_REPOSITORY, "Repository", "Repository")                                             \
	X(SITE_REPOS_CAPTION, "Every repository, with its decisions by status",                    \
	  "Alle repositorier med deres beslutninger efter status")                                 \
	X(SITE_ORG_CAPTION, "Every decision of every repository, newest first",                    \
	  "Alle beslutninger i alle repositorier, nyeste først")                                   \
	X(SITE_TOTAL, "All", "I alt")                                                              \
	X(SITE_FILTERS, "Find decisions", "Find beslutninger")                                     \
	X(SITE_ANY, "Any", "Alle")                                                                 \
	X(SITE_YEAR, "Year", "År")                                                                 \
	X(SITE_TITLE_COL, "Title", "Titel")                                                        \
	X(SITE_NO_MATCH, "No decision matches.", "Ingen beslutning matcher.")                      \
	X(SITE_SHOWN, "%s of %s decisions shown", "%s af %s beslutninger vises")                   \
	X(SITE_BACK, "All decisions", "Alle beslutninger")                                         \
	X(SITE_ABOUT, "About this decision", "Om beslutningen")                                    \
	X(SITE_SOURCE, "Source", "Kilde")                                                          \
	X(SITE_NOT_SET, "not given", "ikke angivet")                                               \
	X(SITE_TASK_DONE, "ticked", "afkrydset")                                                   \
	X(SITE_TASK_OPEN, "not ticked", "ikke afkrydset")                                          \
	X(SITE_MADE_BY, "Made by govlog %s from the decision log in Git.",                         \
	  "Lavet af govlog %s ud fra beslutningsloggen i Git.")                                    \
	X(SITE_RELEASE, "Release", "Udgivelse")                                                    \
	X(SITE_RELEASES_CAPTION, "Every release, newest first", "Alle udgivelser, nyeste først")   \
	X(SITE_ALL_RELEASES, "All releases", "Alle udgivelser")                                    \
	X(SITE_COMMITS_COL, "Commits", "Commits")                                                  \
	X(SITE_GAP_COUNTS, "Gaps by kind", "Huller efter slags")                                   \
	X(SITE_GAP_LIST, "Every gap, by kind", "Alle huller efter slags")                          \
	X(SITE_GAP_KIND, "Kind", "Slags")                                                          \
	X(SITE_GAP_COUNT, "Count", "Antal")                                                        \
	X(SITE_GAP_ABOUT, "About", "Om")                                                           \
	X(SITE_GAP, "Gap", "Hul")                                                                  \
	X(SITE_PR, "Pull request", "Pull request")                                                 \
	X(SITE_HISTORY, "Status history", "Statushistorik")                                        \
	X(SITE_HISTORY_CAPTION, "Each commit that changed the status, oldest first",               \
	  "Hver commit, der ændrede status, ældste først")                                         \
	X(SITE_AUTHOR, "Author", "Forfatter")                                                      \
	X(SITE_COMMIT, "Commit", "Commit")                                                         \
	X(SITE_CHANGE, "Change", "Ændring")                                                        \
	X(SITE_NO_HISTORY, "No commit changed the status.", "Ingen commit har ændret status.")     \
	X(SITE_NAMED_BY, "Commits that name it", "Commits, der nævner den")                        \
	X(SITE_NAMED_CAPTION, "Commits that name this decision, newest first",                     \
	  "Commits, der nævner beslutningen, nyeste først")                                        \
	X(SITE_SUBJECT, "Subject", "Emne")                                                         \
	X(SITE_NO_COMMITS, "No commit names this decision.", "Ingen commit nævner beslutningen.")  \
	X(SITE_REQUESTS, "Requests it answers", "Ønsker, den besvarer")                            \
	X(SITE_NO_REQUESTS, "It names no request.", "Den nævner intet ønske.")                     \
	X(SITE_NAV, "Pages", "Sider")                                                              \
	X(SITE_TIMELINE, "Timeline", "Tidslinje")                                                  \
	X(SITE_TIMELINE_INTRO, "Every decision by its date, newest first.",                        \
	  "Alle beslutninger efter dato, nyeste først.")                                           \
	X(SITE_UNDATED, "Without a date", "Uden dato")                                             \
	X(SITE_MONTH_1, "January", "januar")                                                       \
	X(SITE_MONTH_2, "February", "februar")                                                     \
	X(SITE_MONTH_3, "March", "marts")                                                          \
	X(SITE_MONTH_4, "April", "april")                                                          \
	X(SITE_MONTH_5, "May", "maj")                                                              \
	X(SITE_MONTH_6, "June", "juni")                                                            \
	X(SITE_MONTH_7, "July", "juli")                                                            \
	X(SITE_MONTH_8, "August", "august")                                                        \
	X(SITE_MONTH_9, "September", "september")                                                  \
	X(SITE_MONTH_10, "October", "oktober")                                                     \
	X(SITE_MONTH_11, "November", "november")                                                   \
	X(SITE_MONTH_12, "December", "december")                                                   \
	X(SITE_GRAPH, "Relations", "Relationer")                                                   \
	X(SITE_GRAPH_DESC,                                                                         \
	  "Each box is a decision and a link to its page; an arrow goes from the "                 \
	  "record that states a relation to the record it names. Columns are "                     \
	  "generations of the supersede chain, the oldest on the left.",                           \
	  "Hver boks er en beslutning og et link til dens side; en pil går fra "                  \
	  "den beslutning, der nævner en relation, til den, den nævner. "                        \
	  "Kolonnerne er generationer i kæden af erstatninger, den ældste til "                  \
	  "venstre.")                                                                              \
	X(SITE_GRAPH_NONE, "No decision names another.", "Ingen beslutning nævner en anden.")      \
	X(SITE_GRAPH_LIST, "The relations as a list", "Relationerne som liste")                    \
	X(SITE_GRAPH_APART, "%zu decisions without relations are not drawn.",                      \
	  "%zu beslutninger uden relationer er ikke tegnet.")                                      \
	X(SITE_GRAPH_CAP,                                                                          \
	  "The first %zu of %zu decisions are drawn; the list has every relation.",                \
	  "De første %zu af %zu beslutninger er tegnet; listen har alle "                         \
	  "relationer.")                                                                           \
	X(SITE_NEIGHBOURS, "Related decisions", "Relaterede beslutninger")                         \
	X(SITE_NEIGHBOURS_DESC, "%s, the records that name it (left) and those it names (right).", \
	  "%s, de beslutninger, der nævner den (til venstre), og dem, den nævner "               \
	  "(til højre).")                                                                          \
	X(SITE_TRACE_DESC,                                                                         \
	  "Requests, the decisions that answer them, the commits and pull "                        \
	  "requests that implement them and the releases that carry them, from "                   \
	  "left to right. A dashed box with the word gap marks a gap.",                            \
	  "Ønsker, beslutningerne der besvarer dem, de commits og pull requests "                 \
	  "der gennemfører dem og udgivelserne der indeholder dem, fra venstre "                  \
	  "mod højre. En stiplet boks med ordet hul markerer et hul.")                             \
	X(SITE_TRACE_REQUESTS, "Requests", "Ønsker")                                               \
	X(SITE_TRACE_COMMITS, "Commits and pull requests", "Commits og pull requests")             \
	X(SITE_TRACE_RELEASES, "Releases", "Udgivelser")                                           \
	X(SITE_TRACE_CAP_RELEASES,                                                                 \
	  "The newest %zu of %zu releases are drawn, and the commits not released"                 \
	  " yet; govlog trace shows the whole history.",                                           \
	  "De nyeste %zu af %zu udgivelser er tegnet, og de commits der ikke er "                  \
	  "udgivet endnu; govlog trace viser hele historikken.")                                   \
	X(SITE_TRACE_CAP_ITEMS, "At most %zu boxes a column are drawn: %zu are left out.",         \
	  "Højst %zu bokse pr. kolonne er tegnet: %zu er udeladt.")                                \
	X(SITE_TRACE_NONE, "Nothing to trace: no commit names a request or a decision.",           \
	  "Intet at spore: ingen commit nævner et ønske eller en beslutning.")                     \
	X(SITE_TRACE_NO_HISTORY, "The history cannot be read, so there is no trace.",              \
	  "Historikken kan ikke læses, så der er ingen sporing.")                                  \
	X(SITE_TRACE_LIST, "The trace as a list", "Sporingen som liste")                           \
	X(SITE_GAP_WORD, "gap", "hul")                                                             \
	X(SITE_LEADS_TO, "leads to", "fører til")                                                  \
	/* The decision-log index page's table headers (index --write). */                         \
	X(INDEX_HEADER, "| ID | Title | Status | Date | Type | Deciders | Superseded by |",        \
	  "| ID | Titel | Status | Dato | Type | Beslutningstagere | Erstattet af |")              \
	/* A status or type that is written but not known. */                                      \
	X(UNKNOWN_WORD, "unknown", "ukendt")                                                       \
	/* The tool's own lines (cmd/), named through govlog_text. */                              \
	X(CLI_NO_SUCH_COMMAND, "no such command '%s'", "kommandoen '%s' findes ikke")              \
	X(CLI_NOT_A_COMMAND, "'%s' is not a govlog command; see 'govlog --help'",                  \
	  "'%s' er ikke en govlog-kommando; se 'govlog --help'")                                   \
	X(CLI_DID_YOU_MEAN_COMMAND, "\nThe most similar command is\n\t%s\n",                       \
	  "\nDen mest lignende kommando er\n\t%s\n")                                               \
	X(CLI_DID_YOU_MEAN_OPTION, "did you mean '--%s'?\n", "mente du '--%s'?\n")                 \
	X(CLI_BAD_COLOR, "invalid value '%s' for --color (auto, always or never)",                 \
	  "ugyldig værdi '%s' for --color (auto, always eller never)")                             \
	X(CLI_UNKNOWN_OPTION, "unknown option '%s'", "ukendt tilvalg '%s'")                        \
	X(CLI_VERB_UNKNOWN_OPTION, "%s: unknown option '%s'", "%s: ukendt tilvalg '%s'")           \
	X(CLI_USAGE_LEAD, "usage: ", "brug: ")                                                     \
	X(CLI_BAD_VALUE, "%s: invalid value '%s' for --%s", "%s: ugyldig værdi '%s' for --%s")     \
	X(CLI_EXPECTED_ONE_OF, "expected one of:", "forventede en af:")                            \
	X(CLI_TAKES_NO_VALUE, "%s: option --%s takes no value",                                    \
	  "%s: tilvalget --%s tager ingen værdi")                                                  \
	X(CLI_NEEDS_VALUE, "%s: option --%s needs a value (%s)",                                   \
	  "%s: tilvalget --%s skal have en værdi (%s)")                                            \
	X(CLI_UNEXPECTED_ARG, "%s: unexpected argument '%s'", "%s: uventet argument '%s'")         \
	X(CLI_BODY_NO_TEMPLATE, "check-body: no template '%s'", "check-body: ingen skabelon '%s'") \
	X(CLI_BODY_CANNOT_READ, "check-body: cannot read '%s'", "check-body: kan ikke læse '%s'")  \
	X(CLI_BODY_USAGE, "check-body: give --template NAME and --file FILE (or - for stdin)",     \
	  "check-body: angiv --template NAVN og --file FIL (eller - for standard input)")          \
	X(CLI_LIST_BAD_STATUS,                                                                     \
	  "list: unknown status (proposed, accepted, rejected, deprecated, superseded, or a "      \
	  "word the records use)",                                                                 \
	  "list: ukendt status (forslag, accepteret, afvist, forældet, erstattet)")                \
	X(CLI_LIST_BAD_SINCE, "list: '%s' is no date (write --since YYYY-MM-DD)",                  \
	  "list: '%s' er ingen dato (skriv --since ÅÅÅÅ-MM-DD)")                                   \
	X(CLI_LIST_BAD_TYPE,                                                                       \
	  "list: unknown type (architecture, strategic, operational; ADR, SDR, ODR)",              \
	  "list: ukendt type (arkitektur, strategisk, operationel; ADR, SDR, ODR)")                \
	X(CLI_SHOW_USAGE, "show: give one ID or a record's file: govlog show ADR-0007 [PATH...]",  \
	  "show: angiv ét ID eller en beslutnings fil: govlog show ADR-0007 [STI...]")             \
	X(CLI_SHOW_NOT_RECORD, "show: '%s' is not a record", "show: '%s' er ikke en beslutning")   \
	X(CLI_SHOW_NO_RECORD, "show: no record has the ID '%s'",                                   \
	  "show: ingen beslutning har ID'et '%s'")                                                 \
	X(CLI_STATUS_USAGE, "status: give an ID and a state: govlog status ADR-0007 accepted",     \
	  "status: angiv et ID og en status: govlog status ADR-0007 accepteret")                   \
	X(CLI_NEW_USAGE, "new: give a kind and a title: govlog new decision \"Use PostgreSQL\"",   \
	  "new: angiv en slags og en titel: govlog new beslutning \"Brug PostgreSQL\"")            \
	X(CLI_NEW_FROM_ISSUE_USAGE,                                                                \
	  "new: --from-issue goes with one kind: govlog new request "                              \
	  "--from-issue issue.json",                                                               \
	  "new: --from-issue hører til én slags: govlog new ønske "                             \
	  "--from-issue issue.json")                                                               \
	X(CLI_NEW_REQUEST_USAGE,                                                                   \
	  "new: a request comes from an issue: govlog new request "                                \
	  "--from-issue issue.json",                                                               \
	  "new: et ønske kommer fra et issue: govlog new ønske "                                 \
	  "--from-issue issue.json")                                                               \
	X(CLI_NEW_CANNOT_READ, "new: cannot read '%s'", "new: kan ikke læse '%s'")                 \
	X(CLI_NEW_EDITOR_FAILED, "new: the editor '%s' failed; the record is kept in %s",          \
	  "new: editoren '%s' fejlede; beslutningen er gemt i %s")                                 \
	/* What a writer changed, after "PATH: " (status, new, link). */                           \
	X(CHANGE_STATUS, "status set to '%s'", "status sat til '%s'")                              \
	X(CHANGE_STATUS_BY, "status set to '%s', superseded by %s",                                \
	  "status sat til '%s', erstattet af %s")                                                  \
	X(CHANGE_SUPERSEDES, "now names %s as the record it supersedes",                           \
	  "nævner nu %s som den beslutning den erstatter")                                         \
	X(CHANGE_LINK, "link added: %s %s", "link tilføjet: %s %s")                                \
	/* A number or ID naming no record, or more than one: the name, the candidates. */         \
	X(LOOKUP_NONE, "no record has the ID or number '%s'",                                      \
	  "ingen beslutning har ID'et eller nummeret '%s'")                                        \
	X(LOOKUP_AMBIGUOUS, "'%s' names more than one record: %s; give the whole ID",              \
	  "'%s' passer på flere beslutninger: %s; angiv hele ID'et")                               \
	X(CLI_LINK_USAGE,                                                                          \
	  "link: give a source, a link, a target and the reverse link: govlog link 5 Amends 3 "    \
	  "\"Amended by\"",                                                                        \
	  "link: angiv en kilde, et link, et mål og det modsatte link: govlog link 5 Ændrer 3 "  \
	  "\"Ændret af\"")                                                                         \
	/* new --supersedes and link refusals: the ID, its state (in govlog's words). */           \
	X(SUPERSEDE_NOT_ACCEPTED,                                                                  \
	  "%s is %s, not accepted: it cannot be superseded yet (--pending only links it): "        \
	  "nothing written",                                                                       \
	  "%s er %s, ikke godkendt: den kan ikke erstattes endnu (--pending linker kun): "         \
	  "intet er skrevet")                                                                      \
	X(PENDING_ALONE, "--pending goes with --supersedes ID",                                    \
	  "--pending hører til --supersedes ID")                                                   \
	X(LINK_SELF, "a record cannot link to itself: nothing written",                            \
	  "en beslutning kan ikke linke til sig selv: intet er skrevet")                           \
	X(LINK_NO_WORDS, "a link needs its words (TARGET:LINK:REVERSE)",                           \
	  "et link skal have sine ord (MÅL:LINK:MODSAT)")                                          \
	X(NOTHING_WRITTEN, "%s: nothing written", "%s: intet er skrevet")                          \
	X(CLI_TOO_MANY_VALUES, "%s: too many --%s options", "%s: for mange --%s-tilvalg")          \
	X(CLI_NEW_BAD_LINK,                                                                        \
	  "new: '%s' is no link: write TARGET:LINK:REVERSE (\"3:Amends:Amended by\")",             \
	  "new: '%s' er intet link: skriv MÅL:LINK:MODSAT (\"3:Ændrer:Ændret af\")")               \
	X(CLI_HOOK_USAGE,                                                                          \
	  "hook: usage: govlog hook pre-commit | pre-merge-commit | commit-msg FILE | "            \
	  "pre-push [REMOTE [URL]]",                                                               \
	  "hook: brug: govlog hook pre-commit | pre-merge-commit | commit-msg FIL | "              \
	  "pre-push [REMOTE [URL]]")                                                               \
	X(CLI_CANNOT_WRITE_OUTPUT, "cannot write the output: %s", "kan ikke skrive uddata: %s")    \
	X(CLI_TAG_GUESSED, "warning: tag '%s' read as %s, a guess",                                \
	  "advarsel: tagget '%s' læst som %s, et gæt")                                             \
	X(CLI_PATTERN_LIMITED,                                                                     \
	  "warning: pattern '%s' reached its match limit on some text, which counted as "          \
	  "no match",                                                                              \
	  "advarsel: mønsteret '%s' nåede sin grænse for matchning på noget tekst, som "       \
	  "derfor ikke blev regnet som et match")                                                  \
	X(CLI_COMMIT_REFUSED_MESSAGE,                                                              \
	  "commit refused; the message is kept in .git/COMMIT_EDITMSG",                            \
	  "commit afvist; beskeden er gemt i .git/COMMIT_EDITMSG")                                 \
	X(CLI_MESSAGE_REFUSED, "the message is refused", "beskeden er afvist")                     \
	X(CLI_COMMIT_REFUSED_RECORDS,                                                              \
	  "commit refused; fix the staged records (git commit --no-verify skips this check)",      \
	  "commit afvist; ret beslutningerne der er klar til commit (git commit --no-verify "      \
	  "springer kontrollen over)")                                                             \
	X(CLI_PUSH_REFUSED, "push refused (git push --no-verify skips this check)",                \
	  "push afvist (git push --no-verify springer kontrollen over)")                           \
	X(CLI_SITE_NEEDS_OUTPUT,                                                                   \
	  "site: say where, with -o DIR or --single-file FILE (one of them)",                      \
	  "site: angiv hvor, med -o MAPPE eller --single-file FIL (én af dem)")                    \
	X(CLI_SITE_ORG_HTML,                                                                       \
	  "site: several repositories make a folder of pages: give -o DIR, not --format "          \
	  "jekyll",                                                                                \
	  "site: flere repositorier giver en mappe med sider: angiv -o MAPPE, ikke "               \
	  "--format jekyll")                                                                       \
	X(CLI_SITE_OPEN, "site: cannot read the log in '%s'", "site: kan ikke læse loggen i '%s'") \
	X(CLI_SITE_WRITTEN, "%s written; open %s", "%s skrevet; åbn %s")                           \
	X(CLI_TRACE_SINCE_ALL, "trace: --since and --all each set where the gaps start: give one", \
	  "trace: --since og --all sætter hver især, hvor hullerne begynder: angiv én")            \
	X(CLI_INIT_REMOVE_ALONE, "init: --remove goes with --hooks",                               \
	  "init: --remove hører sammen med --hooks")                                               \
	X(CLI_INIT_KEPT, "kept", "beholdt")                                                        \
	X(CLI_INIT_CREATED, "created", "oprettet")                                                 \
	X(CLI_INIT_INSTALLED, "installed", "installeret")                                          \
	X(CLI_INIT_CHAINED, "chained", "kædet")                                                    \
	X(CLI_INIT_REMOVED, "removed", "fjernet")                                                  \
	X(CLI_INIT_RESTORED, "restored", "gendannet")                                              \
	X(CLI_HELP_FILES_USAGE,                                                                    \
	  "usage: govlog help --man [<command>] | govlog help --completion bash|zsh|fish",         \
	  "brug: govlog help --man [<kommando>] | govlog help --completion bash|zsh|fish")         \
	X(CLI_INIT_ADDED, "added", "tilføjet")                                                     \
	X(CLI_INIT_NOTE, "note", "bemærk")                                                         \
	X(CLI_INIT_RUNS_FIRST, "runs %s%s first", "kører %s%s først")                              \
	X(CLI_INIT_GITLAB_INCLUDE,                                                                 \
	  ".gitlab-ci.yml exists: add '- local: %s' to its include: list",                         \
	  ".gitlab-ci.yml findes: tilføj '- local: %s' til dens include:-liste")                   \
	X(CLI_UPDATED, "updated %s", "opdateret %s")                                               \
	X(CLI_UNCHANGED, "unchanged %s", "uændret %s")                                             \
	X(CLI_REWROTE, "rewrote %s", "omskrev %s")                                                 \
	/* govlog fmt: what it kept as written, and records it left as they are. */                \
	X(FMT_KEPT_DATE, "%s: kept the date '%s' as written: it is no valid date",                 \
	  "%s: beholdt datoen '%s' som skrevet: den er ikke en gyldig dato")                       \
	X(FMT_LEFT_YAML, "%s: left as it is: its front matter is no valid YAML",                   \
	  "%s: efterladt som den er: dens front matter er ikke gyldig YAML")                       \
	X(FMT_LEFT_UTF8, "%s: left as it is: it is not valid UTF-8",                               \
	  "%s: efterladt som den er: den er ikke gyldig UTF-8")                                    \
	X(FMT_LEFT_BRACES, "%s: left as it is: '%s' still holds the template's braces",            \
	  "%s: efterladt som den er: '%s' har stadig skabelonens krøllede parenteser")             \
	X(FMT_LEFT_BRACKETS, "%s: left as it is: '%s' still holds the template's brackets",        \
	  "%s: efterladt som den er: '%s' har stadig skabelonens kantede parenteser")              \
	X(FMT_LEFT_TWICE, "%s: left as it is: '%s' is written twice",                              \
	  "%s: efterladt som den er: '%s' står der to gange")                                      \
	X(FMT_LEFT_LINES, "%s: left as it is: the value of '%s' goes on over more lines",          \
	  "%s: efterladt som den er: værdien af '%s' fortsætter over flere linjer")                \
	X(FMT_LEFT_FORM, "%s: left as it is: the %s form has no place for the value of '%s'",      \
	  "%s: efterladt som den er: formen %s har ingen plads til værdien af '%s'")               \
	X(FMT_LEFT_CHANGE, "%s: left as it is: the %s form would change its '%s'",                 \
	  "%s: efterladt som den er: formen %s ville ændre dens '%s'")                             \
	X(FMT_LEFT_CHECKLIST,                                                                      \
	  "%s: left as it is: its '%s' is a checklist inside the metadata list, which a "          \
	  "rewrite would split",                                                                   \
	  "%s: efterladt som den er: dens '%s' er en tjekliste i metadatalisten, som en "          \
	  "omskrivning ville dele")                                                                \
	X(CLI_NOTHING_TO_RELEASE, "nothing to release since %s", "intet at udgive siden %s")       \
	X(CLI_THE_START, "the start", "begyndelsen")                                               \
	X(CLI_NO_RELEASE_TAG, "no release tag reaches HEAD", "intet udgivelsestag når HEAD")       \
	X(CLI_NOTES_USAGE, "release-notes: name one tag, or --range",                              \
	  "release-notes: angiv ét tag eller --range")                                             \
	/* Release notes and changelog. */                                                         \
	X(RELEASE_NOTES, "Release notes", "Udgivelsesnoter")                                       \
	X(COMMIT_COUNT_ONE, "%zu commit.", "%zu commit.")                                          \
	X(COMMIT_COUNT, "%zu commits.", "%zu commits.")                                            \
	X(GROUP_BREAKING, "Breaking changes", "Ændringer der bryder kompatibiliteten")             \
	X(GROUP_FEATURES, "Features", "Nye funktioner")                                            \
	X(GROUP_FIXES, "Bug fixes", "Fejlrettelser")                                               \
	X(GROUP_SECURITY, "Security", "Sikkerhed")                                                 \
	X(GROUP_PERF, "Performance", "Ydeevne")                                                    \
	X(GROUP_DOCS, "Documentation", "Dokumentation")                                            \
	X(GROUP_DEPENDENCIES, "Dependencies", "Afhængigheder")                                     \
	X(GROUP_OTHER, "Other changes", "Andre ændringer")                                         \
	X(GROUP_UNCLASSIFIED, "Not classified", "Ikke klassificeret")                              \
	X(GROUP_REVERTED, "Reverted within this release", "Tilbagerullet i samme udgivelse")       \
	X(MERGES, "Merges", "Sammenfletninger")                                                    \
	X(DECISIONS_ACCEPTED, "Decisions accepted in this release",                                \
	  "Beslutninger vedtaget i udgivelsen")                                                    \
	X(CONTRIBUTORS, "Contributors", "Bidragydere")                                             \
	X(UNKNOWN_VENDOR, "unknown vendor", "ukendt leverandør")                                   \
	/* Cross-vendor review and backports (trace/review.c, trace/backport.c). */                \
	X(REVIEW_ACROSS, "Reviewed across vendors: %zu of %zu.",                                   \
	  "Gennemset på tværs af leverandører: %zu af %zu.")                                       \
	X(MERGED_BY, "merged by", "flettet af")                                                    \
	X(APPROVED_BY, "approved by", "godkendt af")                                               \
	X(BACKPORT_OF, "backport of", "backport af")                                               \
	X(FROM_RELEASE, "from", "fra")                                                             \
	X(BACKPORTS, "Backports", "Backports")                                                     \
	X(LANDED_IN, "landed in", "landede i")                                                     \
	X(NOT_RELEASED, "not released", "ikke udgivet")                                            \
	/* The steering group's view (release-notes --audience steering). */                       \
	X(STEERING_TITLE, "Release %s for the steering group", "Udgivelse %s til styregruppen")    \
	X(STEERING_DECISIONS, "Decisions accepted and implemented",                                \
	  "Beslutninger vedtaget og gennemført")                                                   \
	X(STEERING_ACCEPTED, "accepted in this release", "vedtaget i denne udgivelse")             \
	X(STEERING_APPROVAL, "approval", "godkendelse")                                            \
	X(STEERING_NO_APPROVAL, "no approval evidence found",                                      \
	  "ingen dokumentation for godkendelsen fundet")                                           \
	X(STEERING_IMPLEMENTED, "implemented in this release", "gennemført i denne udgivelse")     \
	X(STEERING_REQUESTS, "Requests fulfilled", "Opfyldte ønsker")                              \
	X(STEERING_VENDORS, "Changes by vendor", "Ændringer fra hver leverandør")                  \
	X(CHANGE_COUNT_ONE, "%zu change", "%zu ændring")                                           \
	X(CHANGE_COUNT, "%zu changes", "%zu ændringer")                                            \
	X(COMMITS_ONE, "%zu commit", "%zu commit")                                                 \
	X(COMMITS, "%zu commits", "%zu commits")                                                   \
	X(STEERING_REVIEW, "Cross-vendor review", "Gennemsyn på tværs af leverandører")            \
	X(REVIEW_WITHIN, "merged within %s", "flettet inden for %s")                               \
	X(REVIEW_VENDOR_UNKNOWN, "a vendor is unknown", "en leverandør er ukendt")                 \
	X(ALSO_IN, "also in", "også i")                                                            \
	X(STEERING_GAPS, "Open gaps", "Åbne huller")                                               \
	X(REVIEW_SAME_VENDOR,                                                                      \
	  "pull request #%s was merged by '%s' of %s, the vendor of all its "                      \
	  "authors, and approved by no other vendor",                                              \
	  "pull request #%s blev flettet af '%s' fra %s, som alle dens forfattere er fra, og "     \
	  "godkendt af ingen anden leverandør")                                                    \
	X(REVIEW_SAME_VENDOR_HINT, "have someone of another vendor review and merge it",           \
	  "lad en fra en anden leverandør gennemse og flette den")                                 \
	X(TAGS_NOT_VERSIONS, "Tags that are no version", "Tags der ikke er versioner")             \
	X(TAGS_GUESSED, "Tags read by a guess", "Tags læst med et gæt")                            \
	X(TAG_READ_AS, "read as", "læst som")                                                      \
	X(ALSO_TAGGED, "Also tagged %s.", "Også tagget %s.")                                       \
	/* A file whose marked block (index, changelog) cannot be replaced safely. */              \
	X(MARKER_UNCLOSED, "%s:%u: '%s' is never closed by '%s': nothing written",                 \
	  "%s:%u: '%s' lukkes aldrig af '%s': intet er skrevet")                                   \
	X(MARKER_UNOPENED, "%s:%u: '%s' has no '%s' before it: nothing written",                   \
	  "%s:%u: '%s' har intet '%s' før sig: intet er skrevet")                                  \
	X(MARKER_REPEATED, "%s:%u: '%s' again: one block up to '%s' is allowed; nothing written",  \
	  "%s:%u: '%s' igen: kun én blok frem til '%s' er tilladt; intet er skrevet")              \
	X(CHANGELOG, "Changelog", "Ændringslog")                                                   \
	X(CHANGELOG_INTRO, "All notable changes to this project.",                                 \
	  "Alle væsentlige ændringer i projektet.")                                                \
	X(CHANGELOG_FORMAT,                                                                        \
	  "The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and "      \
	  "versions follow [Semantic Versioning](https://semver.org/).",                           \
	  "Formatet følger [Keep a Changelog](https://keepachangelog.com/da/1.1.0/), og "         \
	  "versionerne [Semantic Versioning](https://semver.org/).")                               \
	/* Keep a Changelog 1.1.0's sections: the standard names them in English, so both are      \
	 * English. */                                                                             \
	X(KAC_ADDED, "Added", "Added")                                                             \
	X(KAC_CHANGED, "Changed", "Changed")                                                       \
	X(KAC_DEPRECATED, "Deprecated", "Deprecated")                                              \
	X(KAC_REMOVED, "Removed", "Removed")                                                       \
	X(KAC_FIXED, "Fixed", "Fixed")                                                             \
	X(KAC_SECURITY, "Security", "Security")                                                    \
	X(KAC_BREAKING, "Breaking", "Breaking")                                                    \
	/* file/name-title and file/name-date. */                                                  \
	X(NAME_TITLE_TYPO, "the file name has '%s' where the title has '%s'",                      \
	  "filnavnet har '%s', hvor titlen har '%s'")                                              \
	X(NAME_TITLE_TYPO_HINT,                                                                    \
	  "correct the spelling in the file name or in the title so that they agree",              \
	  "ret stavningen i filnavnet eller i titlen, så de stemmer overens")                      \
	X(NAME_TITLE_OTHER, "the file name '%s' names another decision than the title '%s'",       \
	  "filnavnet '%s' nævner en anden beslutning end titlen '%s'")                             \
	X(NAME_TITLE_OTHER_HINT,                                                                   \
	  "a file keeps its name when a record is retitled or reused: check that it holds the "    \
	  "decision its name says",                                                                \
	  "en fil beholder sit navn, når en post får ny titel eller genbruges: tjek at den "     \
	  "rummer den beslutning, navnet siger")                                                   \
	X(NAME_DATE, "the file name says %s, but the record is dated %s",                          \
	  "filnavnet siger %s, men posten er dateret %s")                                          \
	X(NAME_DATE_SWAPPED,                                                                       \
	  "the file name says %s, but the record is dated %s: day and month are swapped",          \
	  "filnavnet siger %s, men posten er dateret %s: dag og måned er byttet om")               \
	X(NAME_DATE_YEAR,                                                                          \
	  "the file name says %s, but the record is dated %s: only the year differs",              \
	  "filnavnet siger %s, men posten er dateret %s: kun året er forskelligt")                 \
	X(NAME_DATE_HINT, "rename the file or correct the date so that they agree",                \
	  "omdøb filen eller ret datoen, så de stemmer overens")                                   \
	/* date/swapped and date/text-mismatch. */                                                 \
	X(DATE_SWAPPED,                                                                            \
	  "date '%s' reads as %s (day first): the record's date %s with day and month swapped",    \
	  "datoen '%s' læses som %s (dag først): postens dato %s med dag og måned byttet om")      \
	X(DATE_SWAPPED_HINT, "write dates as YYYY-MM-DD, which read the same everywhere",          \
	  "skriv datoer som ÅÅÅÅ-MM-DD, som læses ens overalt")                                    \
	X(DATE_TEXT_MISMATCH, "the text says '%s', but the record is dated %s",                    \
	  "teksten siger '%s', men posten er dateret %s")                                          \
	X(DATE_TEXT_MISMATCH_HINT,                                                                 \
	  "if the decision was made that day, date the record so; otherwise correct the text",     \
	  "blev beslutningen truffet den dag, så dater posten sådan; ellers ret teksten")          \
	/* decider/unknown. */                                                                     \
	X(DECIDER_SUGGEST, "unknown decider '%s' (did you mean '%s'?)",                            \
	  "ukendt beslutningstager '%s' (mente du '%s'?)")                                         \
	X(DECIDER_SUGGEST_HINT_RECORDS, "'%s' is how %zu other records write it",                  \
	  "'%s' er sådan %zu andre poster skriver det")                                            \
	X(DECIDER_SUGGEST_HINT_CONFIG, "decisions.deciders in %s names '%s'",                      \
	  "decisions.deciders i %s nævner '%s'")                                                   \
	X(DECIDER_NOT_LISTED, "decider '%s' is not in decisions.deciders",                         \
	  "beslutningstageren '%s' står ikke i decisions.deciders")                                \
	X(DECIDER_NOT_LISTED_HINT, "add the name to decisions.deciders in %s, or correct it",      \
	  "tilføj navnet til decisions.deciders i %s, eller ret det")                              \
	/* decision/duplicate. */                                                                  \
	X(DUPLICATE_TITLE,                                                                         \
	  "'%s' may be the same proposal as '%s' (the titles differ only in '%s' and '%s')",       \
	  "'%s' er måske det samme forslag som '%s' (titlerne adskiller sig kun i '%s' og '%s')")  \
	X(DUPLICATE_TEXT, "'%s' may be the same proposal as '%s' (their text is nearly the same)", \
	  "'%s' er måske det samme forslag som '%s' (teksten er næsten den samme)")                \
	X(DUPLICATE_HINT,                                                                          \
	  "if they are one proposal, keep one record; if one replaces the other, say so with "     \
	  "Supersedes",                                                                            \
	  "er de ét forslag, så behold én post; afløser den ene den anden, så skriv det med " \
	  "Erstatter")                                                                             \
	/* governance/placeholder and governance/liquid. */                                        \
	X(GOV_PLACEHOLDER, "placeholder '%s' was left in", "pladsholderen '%s' er ikke udfyldt")   \
	X(GOV_PLACEHOLDER_HINT, "replace it with the project's own value",                         \
	  "erstat den med projektets egen værdi")                                                  \
	X(GOV_LIQUID,                                                                              \
	  "Liquid tag '%s' is shown as it is: GitHub does not run Jekyll on this file",            \
	  "Liquid-tagget '%s' vises, som det står: GitHub kører ikke Jekyll på denne fil")         \
	X(GOV_LIQUID_HINT,                                                                         \
	  "write the value itself; Liquid works only in the pages of a Jekyll site",               \
	  "skriv selve værdien; Liquid virker kun på siderne i et Jekyll-site")                    \
	/* The trace report. */                                                                    \
	X(TRACEABILITY, "Traceability", "Sporbarhed")                                              \
	X(TRACE_SUMMARY, "%zu commits, %zu releases, %zu requests, %zu decisions.",                \
	  "%zu commits, %zu udgivelser, %zu ønsker, %zu beslutninger.")                            \
	X(REQUEST, "Request", "Ønske")                                                             \
	X(REQUESTS, "Requests", "Ønsker")                                                          \
	X(DECISION, "Decision", "Beslutning")                                                      \
	X(DECISIONS, "Decisions", "Beslutninger")                                                  \
	X(RELEASES, "Releases", "Udgivelser")                                                      \
	X(UNRELEASED, "(unreleased)", "(ikke udgivet)")                                            \
	X(GAPS, "Gaps", "Huller")                                                                  \
	X(NONE, "None.", "Ingen.")                                                                 \
	X(GAPS_REQUEST_NO_COMMIT, "Requests with no commit", "Ønsker uden commits")                \
	X(GAPS_COMMIT_NO_REQUEST, "Feature and fix commits with no request",                       \
	  "Nye funktioner og rettelser uden ønske")                                                \
	X(GAPS_DECISION_NOT_IMPLEMENTED, "Accepted decisions no commit implements",                \
	  "Vedtagne beslutninger som ingen commit gennemfører")                                    \
	X(GAPS_UNACCEPTED_RELEASED, "Released commits implementing a decision not accepted",       \
	  "Udgivne commits der gennemfører en ikke-vedtaget beslutning")                           \
	X(GAPS_UNKNOWN_RECORD, "References to records the log does not have",                      \
	  "Henvisninger til poster som loggen ikke har")                                           \
	/* One gap each; the arguments are in the order of the English sentence. */                \
	X(GAP_REQUEST_NO_COMMIT, "%s, named by %s, has no commit",                                 \
	  "%s, som %s nævner, har ingen commit")                                                   \
	X(GAP_COMMIT_NO_REQUEST, "%s commit %s '%s' (%s) names no request",                        \
	  "%s %s '%s' (%s) nævner intet ønske")                                                    \
	X(GAP_FEATURE, "feature", "funktion")                                                      \
	X(GAP_FIX, "fix", "rettelse")                                                              \
	X(GAP_DECISION_NOT_IMPLEMENTED,                                                            \
	  "%s is accepted, but no commit names it in a Decision: trailer",                         \
	  "%s er vedtaget, men ingen commit nævner den i en Decision:-linje")                      \
	X(GAP_UNACCEPTED_RELEASED, "commit %s, released in %s, implements %s, which is %s",        \
	  "commit %s, udgivet i %s, gennemfører %s, som er %s")                                    \
	X(GAP_UNKNOWN_DECISION, "commit %s names decision %s, which the log does not have",        \
	  "commit %s nævner beslutning %s, som loggen ikke har")                                   \
	X(GAP_UNKNOWN_REFERENCE, "commit %s refers to %s, which the log does not have",            \
	  "commit %s henviser til %s, som loggen ikke har")                                        \
	X(GAP_UNKNOWN_REQUEST, "decision %s names request %s, which the log does not have",        \
	  "beslutning %s nævner ønske %s, som loggen ikke har")                                    \
	/* The window of the gap list: where it starts, and a RELEASE_COUNT row. */                \
	X(GAPS_SINCE, "Gaps since %s (%s).", "Huller siden %s (%s).")                              \
	X(GAPS_SINCE_YEAR, "Gaps since %s (%s): the year before the newest commit.",               \
	  "Huller siden %s (%s): året før det nyeste commit.")                                     \
	X(GAPS_ALL, "Gaps in the whole history (%s).", "Huller i hele historikken (%s).")          \
	X(RELEASE_COUNT_ONE, "%zu release", "%zu udgivelse")                                       \
	X(RELEASE_COUNT, "%zu releases", "%zu udgivelser")                                         \
	/* How many gaps of each kind, joined by ", "; one row for one gap, the next for more. */  \
	X(GAP_COUNT_REQUEST_ONE, "%zu request without commits", "%zu ønske uden commits")          \
	X(GAP_COUNT_REQUEST, "%zu requests without commits", "%zu ønsker uden commits")            \
	X(GAP_COUNT_COMMIT_ONE, "%zu feature or fix without a request",                            \
	  "%zu funktion eller rettelse uden ønske")                                                \
	X(GAP_COUNT_COMMIT, "%zu features and fixes without a request",                            \
	  "%zu funktioner og rettelser uden ønske")                                                \
	X(GAP_COUNT_DECISION_ONE, "%zu accepted decision not implemented",                         \
	  "%zu vedtaget beslutning ikke gennemført")                                               \
	X(GAP_COUNT_DECISION, "%zu accepted decisions not implemented",                            \
	  "%zu vedtagne beslutninger ikke gennemført")                                             \
	X(GAP_COUNT_UNACCEPTED_ONE, "%zu release of a decision not accepted",                      \
	  "%zu udgivelse af en ikke-vedtaget beslutning")                                          \
	X(GAP_COUNT_UNACCEPTED, "%zu releases of decisions not accepted",                          \
	  "%zu udgivelser af ikke-vedtagne beslutninger")                                          \
	X(GAP_COUNT_UNKNOWN_ONE, "%zu reference to an unknown record",                             \
	  "%zu henvisning til en ukendt post")                                                     \
	X(GAP_COUNT_UNKNOWN, "%zu references to unknown records",                                  \
	  "%zu henvisninger til ukendte poster")                                                   \
	/* A commit's gap without a pull request (it names its release and pull request). */       \
	X(GAP_NO_PR, "no pull request", "ingen pull request")                                      \
	/* commit/format hints: what is wrong with a subject that is no header. */                 \
	X(COMMIT_TICKET_NOT_TYPE,                                                                  \
	  "'%.*s' names a ticket, not a type: a type is one word of the letters a-z, such as "     \
	  "feat or fix",                                                                           \
	  "'%.*s' er et sagsnummer, ikke en type: en type er ét ord af bogstaverne a-z, som "     \
	  "feat eller fix")                                                                        \
	X(COMMIT_TICKET_TRAILER, "and the ticket in a trailer: Refs: %.*s",                        \
	  "og sagsnummeret i en trailer: Refs: %.*s")                                              \
	X(COMMIT_NOT_TYPE,                                                                         \
	  "'%.*s' is not a type: a type is one word of the letters a-z, such as feat or fix",      \
	  "'%.*s' er ikke en type: en type er ét ord af bogstaverne a-z, som feat eller fix")      \
	X(COMMIT_COLON_LATE, "':' must follow the type and scope directly",                        \
	  "':' skal stå lige efter type og scope")                                                 \
	X(COMMIT_EXAMPLE, "e.g.:", "f.eks.:")                                                      \
	/* section/missing, section/order, section/empty: what was looked for, what is there. */   \
	X(SECTION_MISSING, "missing section '%s': looked for %s; the record's headings are %s",    \
	  "afsnittet '%s' mangler: søgte efter %s; postens overskrifter er %s")                    \
	X(SECTION_MISSING_NO_HEADINGS,                                                             \
	  "missing section '%s': looked for %s; the record has no headings",                       \
	  "afsnittet '%s' mangler: søgte efter %s; posten har ingen overskrifter")                 \
	X(SECTION_NOT_HEADING_BOLD, "the section '%s' is named in bold text, not with a heading",  \
	  "afsnittet '%s' er navngivet med fed tekst, ikke med en overskrift")                     \
	X(SECTION_NOT_HEADING_PLAIN,                                                               \
	  "the section '%s' is named on a line of text, not with a "                               \
	  "heading",                                                                               \
	  "afsnittet '%s' er navngivet på en tekstlinje, ikke med en overskrift")                  \
	X(SECTION_NOT_HEADING_HINT,                                                                \
	  "make the line a heading, '%s %s', so that readers and tools "                           \
	  "find the section",                                                                      \
	  "gør linjen til en overskrift, '%s %s', så læsere og værktøjer finder afsnittet")        \
	X(SECTIONS_OF_PROFILE, "profile '%s' requires the sections %s",                            \
	  "profilen '%s' kræver afsnittene %s")                                                    \
	X(SECTIONS_OF_TEMPLATE, "the log's template '%s' requires the sections %s",                \
	  "loggens skabelon '%s' kræver afsnittene %s")                                            \
	X(SECTION_ORDER, "section '%s' comes before '%s'", "afsnittet '%s' står før '%s'")         \
	X(SECTION_ORDER_OF_PROFILE, "profile '%s' orders them: %s",                                \
	  "profilen '%s' ordner dem: %s")                                                          \
	X(SECTION_ORDER_OF_TEMPLATE, "the log's template '%s' orders them: %s",                    \
	  "loggens skabelon '%s' ordner dem: %s")                                                  \
	X(SECTION_EMPTY, "section '%s' is empty", "afsnittet '%s' er tomt")                        \
	/* History: decision/frozen, decision/edited, id/reused and what an edit changed. */       \
	X(HISTORY_IN_COMMIT, "in %s (%s)", "i %s (%s)")                                            \
	X(HISTORY_IN_SPAN, "in %s", "i %s")                                                        \
	X(HISTORY_STAGED, "in the staged version", "i den version der er klar til commit")         \
	X(HISTORY_ACCEPTED, "accepted", "vedtagne")                                                \
	X(HISTORY_REJECTED, "rejected", "afviste")                                                 \
	X(HISTORY_DEPRECATED, "deprecated", "forældede")                                           \
	X(HISTORY_SUPERSEDED, "superseded", "erstattede")                                          \
	X(FROZEN_SECTION, "section '%s' of %s decision %s changed %s: %s",                         \
	  "afsnittet '%s' i den %s beslutning %s blev ændret %s: %s")                              \
	X(FROZEN_RECORD, "%s decision %s changed %s: %s",                                          \
	  "den %s beslutning %s blev ændret %s: %s")                                               \
	X(FROZEN_HINT,                                                                             \
	  "an accepted decision is frozen: change only its status and links, and write a new "     \
	  "record that supersedes it",                                                             \
	  "en vedtaget beslutning ligger fast: ret kun dens status og links, og skriv en ny "      \
	  "beslutning der erstatter den")                                                          \
	X(EDITED, "%s decision %s was edited %s: %s",                                              \
	  "den %s beslutning %s blev redigeret %s: %s")                                            \
	X(EDITED_HINT,                                                                             \
	  "an editorial edit keeps what was decided; a change of meaning needs a new record "      \
	  "that supersedes it",                                                                    \
	  "en redaktionel rettelse bevarer det besluttede; en ændring af indholdet kræver en "   \
	  "ny beslutning der erstatter den")                                                       \
	X(ID_REUSED, "%s was the %s decision '%s' and is now '%s' %s",                             \
	  "%s var den %s beslutning '%s' og er nu '%s' %s")                                        \
	X(ID_REUSED_HINT,                                                                          \
	  "an ID names one decision for good: give the new decision an ID of its own, and "        \
	  "restore or supersede the old one",                                                      \
	  "et ID hører til én beslutning for altid: giv den nye beslutning sit eget ID, og "     \
	  "genskab eller erstat den gamle")                                                        \
	X(EDIT_NUMBER, "the number '%s' became '%s'", "tallet '%s' blev til '%s'")                 \
	X(EDIT_NUMBER_ADDED, "the number '%s' was added", "tallet '%s' blev tilføjet")             \
	X(EDIT_NUMBER_REMOVED, "the number '%s' was removed", "tallet '%s' blev fjernet")          \
	X(EDIT_DATE, "the date '%s' became '%s'", "datoen '%s' blev til '%s'")                     \
	X(EDIT_NEGATION_ADDED, "the negation '%s' was added", "nægtelsen '%s' blev tilføjet")      \
	X(EDIT_NEGATION_REMOVED, "the negation '%s' was removed", "nægtelsen '%s' blev fjernet")   \
	X(EDIT_NAME, "the name '%s' became '%s'", "navnet '%s' blev til '%s'")                     \
	X(EDIT_NAME_ADDED, "the name '%s' was added", "navnet '%s' blev tilføjet")                 \
	X(EDIT_NAME_REMOVED, "the name '%s' was removed", "navnet '%s' blev fjernet")              \
	X(EDIT_WORDS, "'%s' became '%s'", "'%s' blev til '%s'")                                    \
	X(EDIT_WORDS_ADDED, "'%s' was added", "'%s' blev tilføjet")                                \
	X(EDIT_WORDS_REMOVED, "'%s' was removed", "'%s' blev fjernet")                             \
	X(EDIT_REWRITTEN, "%zu of the section's %zu words were rewritten",                         \
	  "%zu af afsnittets %zu ord blev skrevet om")                                             \
	X(EDIT_TITLE, "the title '%s' became '%s'", "titlen '%s' blev til '%s'")                   \
	X(EDIT_SECTION_REMOVED, "section '%s' was removed", "afsnittet '%s' blev fjernet")         \
	X(EDIT_MORE_ONE, "and one more change", "og én ændring mere")                              \
	X(EDIT_MORE, "and %zu more changes", "og %zu ændringer mere")                              \
	X(EDIT_SPELLING, "the spelling '%s' was corrected to '%s'",                                \
	  "stavningen '%s' blev rettet til '%s'")                                                  \
	X(EDIT_WRITTEN, "'%s' is now written '%s'", "'%s' skrives nu '%s'")                        \
	X(EDIT_LINK, "a link target changed", "et linkmål blev ændret")                            \
	X(EDIT_REFERENCE, "the reference '%s' became '%s'", "henvisningen '%s' blev til '%s'")     \
	X(EDIT_LAYOUT, "only whitespace, punctuation or formatting changed",                       \
	  "kun mellemrum, tegnsætning eller formatering blev ændret")                              \
	X(EDIT_HEADING, "the heading '%s' became '%s'", "overskriften '%s' blev til '%s'")         \
	X(EDIT_MOVED, "text was moved", "tekst blev flyttet")                                      \
	X(EDIT_SECTION_ADDED, "section '%s' was added", "afsnittet '%s' blev tilføjet")            \
	X(EDIT_STATUS_NOTE, "a note on its status was added: '%s'",                                \
	  "en note om dens status blev tilføjet: '%s'")                                            \
	X(EDIT_STATUS_NOTE_REMOVED, "a note on its status was removed: '%s'",                      \
	  "en note om dens status blev fjernet: '%s'")                                             \
	X(EDIT_GRAMMAR, "grammar: '%s' became '%s'", "grammatik: '%s' blev til '%s'")              \
	/* Commit messages (commit/commit.c): commit/format, type, scope, subject, refs, */        \
	/* decision and trailer. */                                                                \
	X(COMMIT_NOT_HEADER, "the subject is not 'type(scope): description'",                      \
	  "emnelinjen har ikke formen 'type(scope): beskrivelse'")                                 \
	X(COMMIT_EMPTY, "the commit message is empty", "commitbeskeden er tom")                    \
	X(COMMIT_STARTS_WITH_TYPE, "a header starts with its type, such as feat or fix",           \
	  "emnelinjen skal begynde med sin type, som feat eller fix")                              \
	X(COMMIT_SCOPE_EMPTY, "the scope between '(' and ')' is empty",                            \
	  "scopet mellem '(' og ')' er tomt")                                                      \
	X(COMMIT_SCOPE_UNCLOSED, "the scope needs a closing ')'",                                  \
	  "scopet mangler sin afsluttende ')'")                                                    \
	X(COMMIT_NO_COLON, "expected ':' after the type and scope",                                \
	  "forventede ':' efter type og scope")                                                    \
	X(COMMIT_NO_SPACE, "expected a space after ':'", "forventede et mellemrum efter ':'")      \
	X(COMMIT_NO_DESCRIPTION, "the description is missing", "beskrivelsen mangler")             \
	X(COMMIT_EXAMPLE_DESCRIPTION, "write the table between its markers",                       \
	  "skriv tabellen mellem markørerne")                                                      \
	X(COMMIT_ALLOWED, "allowed:", "tilladt:")                                                  \
	X(COMMIT_TYPE_UNKNOWN, "unknown commit type '%.*s'", "ukendt commit-type '%.*s'")          \
	X(COMMIT_SCOPE_UNKNOWN, "unknown commit scope '%.*s'", "ukendt commit-scope '%.*s'")       \
	X(COMMIT_FULL_STOP, "the description ends with '.'", "beskrivelsen slutter med '.'")       \
	X(COMMIT_FULL_STOP_HINT, "a subject is a title: no full stop",                             \
	  "emnelinjen er en overskrift: intet punktum")                                            \
	X(COMMIT_TOO_LONG, "the subject is %zu characters long", "emnelinjen er %zu tegn lang")    \
	X(COMMIT_TOO_LONG_HINT, "keep the subject to 72 characters; say more in the body",         \
	  "hold emnelinjen på højst 72 tegn; skriv resten i brødteksten")                          \
	X(COMMIT_REF_NONE, "'%.*s' names no issue or ticket",                                      \
	  "'%.*s' nævner hverken et issue eller et sagsnummer")                                    \
	X(COMMIT_REF_NONE_HINT,                                                                    \
	  "name an issue (#12, owner/repo#12, a URL, !580 for GitLab) or a ticket (AR-519, or a "  \
	  "pattern in commits.references)",                                                        \
	  "angiv et issue (#12, ejer/repo#12, en URL, !580 for GitLab) eller et sagsnummer "       \
	  "(AR-519, eller et mønster i commits.references)")                                       \
	X(COMMIT_REFS_NEEDED, "a %.*s commit needs a Refs:, Fixes: or Closes: trailer",            \
	  "en %.*s-commit skal have en trailer med Refs:, Fixes: eller Closes:")                   \
	X(COMMIT_REFS_NEEDED_HINT,                                                                 \
	  "end the message with a trailer naming the request: 'Refs: #123'",                       \
	  "afslut beskeden med en trailer, der nævner ønsket: 'Refs: #123'")                       \
	X(COMMIT_DECISION_UNKNOWN, "Decision: '%s' is no record of the decision log",              \
	  "Decision: '%s' er ikke en beslutning i beslutningsloggen")                              \
	X(COMMIT_DECISION_UNKNOWN_HINT,                                                            \
	  "name an accepted decision by its ID, e.g. Decision: ADR-0007",                          \
	  "angiv en vedtaget beslutning med dens ID, f.eks. Decision: ADR-0007")                   \
	X(COMMIT_DECISION_NOT_ACCEPTED, "Decision: %s is %s, not accepted",                        \
	  "Decision: %s er ikke vedtaget (status: %s)")                                            \
	X(COMMIT_DECISION_NO_STATUS, "Decision: %s has no status, so it is not accepted",          \
	  "Decision: %s har ingen status og er derfor ikke vedtaget")                              \
	X(COMMIT_DECISION_NOT_ACCEPTED_HINT, "a commit implements a decision once it is accepted", \
	  "en commit gennemfører først en beslutning, når den er vedtaget")                        \
	X(COMMIT_STATE_PROPOSED, "proposed", "forslag")                                            \
	X(COMMIT_STATE_REJECTED, "rejected", "afvist")                                             \
	X(COMMIT_STATE_DEPRECATED, "deprecated", "forældet")                                       \
	X(COMMIT_STATE_SUPERSEDED, "superseded", "erstattet")                                      \
	X(COMMIT_STATE_UNKNOWN, "unknown", "ukendt")                                               \
	X(COMMIT_TRAILER_GIT_ONLY, "Git reads '%.*s' as a trailer, Conventional Commits does not", \
	  "Git læser '%.*s' som en trailer, det gør Conventional Commits ikke")                    \
	X(COMMIT_TRAILER_CC_ONLY, "Conventional Commits reads '%.*s' as a footer, Git does not",   \
	  "Conventional Commits læser '%.*s' som en footer, det gør Git ikke")                     \
	X(COMMIT_TRAILER_HASH_HINT, "write 'Token: value' (Refs: #9), which both read",            \
	  "skriv 'Token: værdi' (Refs: #9), som begge kan læse")                                   \
	X(COMMIT_TRAILER_BREAKING_HINT, "write BREAKING-CHANGE:, which both read",                 \
	  "skriv BREAKING-CHANGE:, som begge kan læse")                                            \
	X(COMMIT_TRAILER_LAST_HINT,                                                                \
	  "Git reads trailers only from a last paragraph of trailers: move other lines above a "   \
	  "blank line",                                                                            \
	  "Git læser kun trailere i et sidste afsnit, der kun består af trailere: flyt andre "   \
	  "linjer op over en tom linje")                                                           \
	X(COMMIT_TRAILER_FIRST_HINT,                                                               \
	  "Conventional Commits reads footers only when the paragraph starts with one",            \
	  "Conventional Commits læser kun footere, når afsnittet begynder med en")                 \
	/* Pull-request bodies (check/body.c): the body rules. */                                  \
	X(BODY_SECTION_MISSING, "missing section '%s'", "afsnittet '%s' mangler")                  \
	X(BODY_SECTION_MISSING_HINT, "keep the template's headings",                               \
	  "behold skabelonens overskrifter")                                                       \
	X(BODY_SECTION_EMPTY, "section '%s' is not filled in", "afsnittet '%s' er ikke udfyldt")   \
	X(BODY_GUIDANCE, "section '%s' still holds the template's text",                           \
	  "afsnittet '%s' indeholder stadig skabelonens tekst")                                    \
	X(BODY_GUIDANCE_HINT, "replace the template's text with your own",                         \
	  "erstat skabelonens tekst med jeres egen")                                               \
	X(BODY_UNCHECKED, "checkbox '%s' is not ticked",                                           \
	  "afkrydsningsfeltet '%s' er ikke krydset af")                                            \
	X(BODY_UNCHECKED_HINT, "tick it once it holds, or say why it does not",                    \
	  "sæt kryds, når det er opfyldt, eller skriv hvorfor det ikke er")                        \
	X(BODY_REFS_EMPTY, "the Refs: line names no request", "Refs:-linjen nævner intet ønske")   \
	X(BODY_REFS_EMPTY_HINT, "name the request: Refs: #123, Refs: FR-12 or a link",             \
	  "nævn ønsket: Refs: #123, Refs: FR-12 eller et link")                                    \
	X(BODY_REFS_NONE, "no Refs: line", "ingen Refs:-linje")                                    \
	X(BODY_REFS_NONE_HINT, "add a line 'Refs: #123' naming the request",                       \
	  "tilføj en linje 'Refs: #123', der nævner ønsket")                                       \
	/* Issue templates (check/rules/templates.c): the template rules. */                       \
	X(TPL_FRONTMATTER_NO_KEY, "the issue template's front matter has no '%s'",                 \
	  "issue-skabelonens front matter har intet '%s'")                                         \
	X(TPL_FORM_NO_KEY, "the issue form has no '%s'", "issue-formularen har intet '%s'")        \
	X(TPL_NO_KEY_HINT, "GitHub lists a template only when it has these keys",                  \
	  "GitHub viser kun en skabelon på listen, når den har disse nøgler")                      \
	X(TPL_FORM_TOO_LARGE, "the issue form is too large or too deeply nested",                  \
	  "issue-formularen er for stor eller for dybt indlejret")                                 \
	X(TPL_FORM_HINT, "see GitHub's syntax for issue forms",                                    \
	  "se GitHubs syntaks for issue-formularer")                                               \
	X(TPL_FORM_TYPE,                                                                           \
	  "each body element needs a type: markdown, textarea, input, dropdown or checkboxes",     \
	  "hvert element i body skal have en type: markdown, textarea, input, dropdown eller "     \
	  "checkboxes")                                                                            \
	X(TPL_FORM_ATTRIBUTE, "a %s element needs attributes.%s",                                  \
	  "et %s-element skal have attributes.%s")                                                 \
	X(TPL_FORM_OPTIONS, "a dropdown or checkboxes element needs a list of attributes.options", \
	  "et dropdown- eller checkboxes-element skal have en liste i attributes.options")         \
	X(TPL_FORM_BODY, "body must be a list of form elements",                                   \
	  "body skal være en liste af formularelementer")                                          \
	X(TPL_CONFIG_BOOLEAN, "blank_issues_enabled must be true or false, not '%s'",              \
	  "blank_issues_enabled skal være true eller false, ikke '%s'")                            \
	X(TPL_CONFIG_LINKS, "contact_links must be a list of links",                               \
	  "contact_links skal være en liste af links")                                             \
	X(TPL_CONFIG_LINK_KEY, "a contact link needs '%s'", "et kontaktlink skal have '%s'")       \
	X(TPL_CONFIG_HINT, "each contact link has a name, a url and an about",                     \
	  "hvert kontaktlink har et name, en url og et about")                                     \
	X(TPL_LOCATION, "this template is never shown: its folder is not one GitHub reads",        \
	  "skabelonen bliver aldrig vist: GitHub læser ikke dens mappe")                           \
	X(TPL_LOCATION_HINT, "GitHub reads issue templates only from .github/ISSUE_TEMPLATE/",     \
	  "GitHub læser kun issue-skabeloner fra .github/ISSUE_TEMPLATE/")                         \
	/* Metadata (check/rules/meta.c): meta, status and date rules. */                          \
	X(META_MISSING, "missing required field '%s'", "det påkrævede felt '%s' mangler")          \
	X(META_ADD_FRONTMATTER, "add '%s: %s' to the front matter",                                \
	  "tilføj '%s: %s' i front matter")                                                        \
	X(META_ADD_BULLET, "add '- **%s**: %s' to the metadata list",                              \
	  "tilføj '- **%s**: %s' i metadatalisten")                                                \
	X(META_ADD_STATUS_SECTION, "add a '## Status' section whose first line is '%s'",           \
	  "tilføj et afsnit '## Status', hvis første linje er '%s'")                               \
	X(META_ADD_LINE, "add a line '%s: %s' under the title",                                    \
	  "tilføj en linje '%s: %s' under titlen")                                                 \
	X(META_NO_BOX, "no status box is ticked under '%s'",                                       \
	  "der er ikke sat kryds ved nogen status under '%s'")                                     \
	X(META_NO_BOX_HINT, "tick the box of the status that holds now: '- [x] …'",                \
	  "sæt kryds ved den status, der gælder nu: '- [x] …'")                                    \
	X(META_EMPTY, "field '%s' is empty", "feltet '%s' er tomt")                                \
	X(META_UNKNOWN, "unknown field '%s'", "ukendt felt '%s'")                                  \
	X(META_UNKNOWN_HINT,                                                                       \
	  "strict: true in .govlog.yml allows only the known fields (see govlog config)",          \
	  "strict: true i .govlog.yml tillader kun de kendte felter (se govlog config)")           \
	X(STATUS_UNKNOWN, "unknown status '%s'", "ukendt status '%s'")                             \
	X(STATUS_UNKNOWN_SUGGEST, "unknown status '%s' (did you mean '%s'?)",                      \
	  "ukendt status '%s' (mente du '%s'?)")                                                   \
	X(STATUS_KNOWN, "known statuses: ", "kendte statusværdier: ")                              \
	X(STATUS_CUSTOM, "status '%s' is the log's own word, none of govlog's states",             \
	  "status '%s' er loggens eget ord og ingen af govlogs statusværdier")                     \
	X(STATUS_CUSTOM_HINT,                                                                      \
	  "MADR allows statuses of a log's own; to have govlog read it as one of its states, "     \
	  "add it under vocabulary: status: in .govlog.yml",                                       \
	  "MADR tillader loggens egne statusværdier; skal govlog læse den som en af sine, så "  \
	  "tilføj den under vocabulary: status: i .govlog.yml")                                    \
	X(DATE_AMBIGUOUS, "date '%s' reads as %s (day first), but the file name says %s",          \
	  "datoen '%s' læses som %s (dag først), men filnavnet siger %s")                          \
	X(DATE_NOT_ISO, "date '%s' is not in ISO form: write %s",                                  \
	  "datoen '%s' er ikke skrevet på ISO-form: skriv %s")                                     \
	X(DATE_FUTURE, "date %s is after today (%s)", "datoen %s ligger efter i dag (%s)")         \
	X(DATE_FUTURE_HINT, "date a decision when it is made; a typo in the year is common",       \
	  "dater en beslutning, når den træffes; en tastefejl i årstallet er almindelig")          \
	X(DATE_MONTH_ONLY, "date '%s' names a month, not a day: write the day as YYYY-MM-DD",      \
	  "datoen '%s' angiver en måned, ikke en dag: skriv dagen som ÅÅÅÅ-MM-DD")                 \
	X(DATE_UNRECOGNISED, "unrecognised date '%s'", "datoen '%s' kan ikke læses")               \
	X(DATE_UNRECOGNISED_HINT,                                                                  \
	  "write dates as YYYY-MM-DD; also read: DD-MM-YYYY, DD.MM.YYYY, '4. juni 2026', "         \
	  "'4 June 2026'",                                                                         \
	  "skriv datoer som ÅÅÅÅ-MM-DD; disse læses også: DD-MM-ÅÅÅÅ, DD.MM.ÅÅÅÅ, "  \
	  "'4. juni 2026', '4 June 2026'")                                                         \
	X(DATE_NO_MONTH, "invalid date '%s': there is no month %d",                                \
	  "ugyldig dato '%s': der er ingen måned %d")                                              \
	X(DATE_YEAR_RANGE, "invalid date '%s': year %d is out of range",                           \
	  "ugyldig dato '%s': året %d ligger uden for det gyldige interval")                       \
	X(DATE_DAYS, "invalid date '%s': %s %d has %d days",                                       \
	  "ugyldig dato '%s': %s %d har %d dage")                                                  \
	X(MONTH_1, "January", "januar")                                                            \
	X(MONTH_2, "February", "februar")                                                          \
	X(MONTH_3, "March", "marts")                                                               \
	X(MONTH_4, "April", "april")                                                               \
	X(MONTH_5, "May", "maj")                                                                   \
	X(MONTH_6, "June", "juni")                                                                 \
	X(MONTH_7, "July", "juli")                                                                 \
	X(MONTH_8, "August", "august")                                                             \
	X(MONTH_9, "September", "september")                                                       \
	X(MONTH_10, "October", "oktober")                                                          \
	X(MONTH_11, "November", "november")                                                        \
	X(MONTH_12, "December", "december")                                                        \
	/* File encoding (check/rules/encoding.c): the encoding rules. */                          \
	X(ENCODING_BOM, "file starts with a UTF-8 byte order mark",                                \
	  "filen begynder med et UTF-8-byte order mark (BOM)")                                     \
	X(ENCODING_BOM_HINT,                                                                       \
	  "save the file as UTF-8 without BOM; Jekyll and many Markdown tools show the mark or "   \
	  "miss the front matter after it",                                                        \
	  "gem filen som UTF-8 uden BOM; Jekyll og mange Markdown-værktøjer viser mærket "      \
	  "eller overser den front matter, der kommer efter det")                                  \
	X(ENCODING_INVALID, "invalid UTF-8 byte 0x%02X at byte offset %zu",                        \
	  "ugyldig UTF-8-byte 0x%02X ved byte-position %zu")                                       \
	X(ENCODING_LATIN1_HINT,                                                                    \
	  "byte 0x%02X is '%s' in Latin-1: the file looks saved as Latin-1 or Windows-1252; "      \
	  "save it as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)",                                     \
	  "byte 0x%02X er '%s' i Latin-1: filen ser ud til at være gemt som Latin-1 eller "       \
	  "Windows-1252; gem den som UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)")                      \
	X(ENCODING_SAVE_UTF8_HINT, "save the file as UTF-8", "gem filen som UTF-8")                \
	X(ENCODING_MOJIBAKE, "'%s' looks like UTF-8 read as %s and saved again",                   \
	  "'%s' ligner UTF-8, der er læst som %s og gemt igen")                                    \
	X(ENCODING_MOJIBAKE_HINT, "the original was likely '%s'",                                  \
	  "originalen var sandsynligvis '%s'")                                                     \
	/* check/rules/: ids, relations, structure, placeholder, history, links, similar. */       \
	/* id/duplicate: the ID and the other record's path. */                                    \
	X(ID_DUPLICATE, "duplicate ID '%s': also used by %s",                                      \
	  "ID'et '%s' er brugt to gange: også af %s")                                              \
	X(ID_DUPLICATE_HINT, "give each record its own number; renumber the newer one",            \
	  "giv hver post sit eget nummer; omnummerér den nyeste")                                  \
	X(ID_DUPLICATE_TARGET,                                                                     \
	  "duplicate ID '%s': the target branch added %s with the same ID since this branch "      \
	  "forked",                                                                                \
	  "ID'et '%s' er brugt to gange: målgrenen har tilføjet %s med samme ID, siden denne "   \
	  "gren blev oprettet")                                                                    \
	X(ID_DUPLICATE_TARGET_HINT, "renumber this record before it is merged",                    \
	  "omnummerér denne post, før den merges")                                                 \
	/* link/unknown-record and link/supersede-reciprocal: IDs and lower-case states. */        \
	X(UNKNOWN_RECORD, "'%.*s' names no record of the log",                                     \
	  "'%.*s' svarer ikke til nogen post i loggen")                                            \
	X(UNKNOWN_RECORD_HINT,                                                                     \
	  "name a record of the log by its ID (ADR-0007) or link to its file",                     \
	  "henvis til en post i loggen med dens ID (ADR-0007), eller link til dens fil")           \
	X(SUCCESSOR_SILENT, "%s does not say it supersedes %s, which names it as its successor",   \
	  "%s skriver ikke, at den erstatter %s, som nævner den som sin afløser")                  \
	X(SUCCESSOR_SILENT_HINT, "add a Supersedes line that names it",                            \
	  "tilføj en linje 'Erstatter' der nævner den")                                            \
	X(PREDECESSOR_STATUS, "%s supersedes %s, but the status of %s is %s",                      \
	  "%s erstatter %s, men status for %s er %s")                                              \
	X(PREDECESSOR_NO_STATUS, "%s supersedes %s, but %s has no status",                         \
	  "%s erstatter %s, men %s har ingen status")                                              \
	X(PREDECESSOR_STATUS_HINT, "set its status to superseded and name the successor",          \
	  "sæt dens status til Erstattet, og nævn afløseren")                                      \
	X(PREDECESSOR_SILENT, "%s supersedes %s, but %s does not name it as a successor",          \
	  "%s erstatter %s, men %s nævner den ikke som afløser")                                   \
	X(PREDECESSOR_SILENT_HINT, "name every successor in a Superseded by line",                 \
	  "nævn alle afløsere (Erstattet af)")                                                     \
	X(SUPERSEDED_NO_SUCCESSOR, "%s is superseded but names no successor in the log",           \
	  "%s er erstattet, men nævner ingen afløser i loggen")                                    \
	X(SUPERSEDED_NO_SUCCESSOR_HINT,                                                            \
	  "name the record that replaces it: 'Superseded by' and its ID, or a link to it",         \
	  "nævn den post der erstatter den: 'Erstattet af' og dens ID, eller et link til den")     \
	/* title/missing, title/type-mismatch, id/filename-mismatch, file/name-pattern. */         \
	X(TITLE_MISSING, "record has no title", "posten har ingen titel")                          \
	X(TITLE_EMPTY, "the title heading is empty", "titeloverskriften er tom")                   \
	X(TITLE_MISSING_HINT, "start the record with a '# Title' line",                            \
	  "begynd posten med en linje '# Titel'")                                                  \
	X(TITLE_TYPE_MISMATCH, "the title says [%s] (%s) but %s is '%s' (%s)",                     \
	  "titlen siger [%s] (%s), men %s er '%s' (%s)")                                           \
	X(TITLE_TYPE_MISMATCH_HINT, "change the title's prefix to [%s], or the %s to match [%s]",  \
	  "ret titlens præfiks til [%s], eller ret %s, så det passer til [%s]")                    \
	X(ID_FILE_MISMATCH, "ID '%s' differs from '%s' that the file name gives",                  \
	  "ID'et '%s' afviger fra '%s', som filnavnet angiver")                                    \
	X(ID_FILE_MISMATCH_HINT, "rename the file or change the id so that they agree",            \
	  "omdøb filen eller ret ID'et, så de stemmer overens")                                    \
	X(NUMBER_FILE_MISMATCH, "the title is numbered %lu but the file name %lu",                 \
	  "titlen har nummer %lu, men filnavnet %lu")                                              \
	X(NUMBER_FILE_MISMATCH_HINT, "renumber the title or rename the file so that they agree",   \
	  "ret nummeret i titlen eller omdøb filen, så de stemmer overens")                        \
	X(NAME_PATTERN, "file name '%s' does not match the pattern '%s'",                          \
	  "filnavnet '%s' passer ikke til mønsteret '%s'")                                         \
	X(NAME_PATTERN_HINT, "the pattern is set in %s", "mønsteret er sat i %s")                  \
	/* section/placeholder. */                                                                 \
	X(PLACEHOLDER, "placeholder '%.*s' left in the record",                                    \
	  "pladsholderen '%.*s' står stadig i posten")                                             \
	X(PLACEHOLDER_HINT, "replace it with the record's own text",                               \
	  "erstat den med postens egen tekst")                                                     \
	/* status/transition: lower-case states and where. */                                      \
	X(STATUS_TRANSITION, "status changed from %s to %s %s",                                    \
	  "status blev ændret fra %s til %s %s")                                                   \
	X(STATUS_TRANSITION_HINT,                                                                  \
	  "allowed: proposed → accepted or rejected; accepted → deprecated or superseded; to " \
	  "reopen a decision, write a new record",                                                 \
	  "tilladt: forslag → accepteret eller afvist; accepteret → forældet eller "          \
	  "erstattet; skriv en ny post for at tage en beslutning op igen")                         \
	/* link/broken: the link as written and the path it leads to. */                           \
	X(LINK_BROKEN, "link to '%s' leads to no file ('%s' does not exist)",                      \
	  "linket til '%s' fører ikke til en fil ('%s' findes ikke)")                              \
	X(LINK_DID_YOU_MEAN, "did you mean '%s'?", "mente du '%s'?")                               \
	X(LINK_RELATIVE_HINT,                                                                      \
	  "links are relative to the record's folder; '/' starts at the repository root",          \
	  "links er relative til postens mappe; '/' begynder i repositoriets rod")                 \
	X(LINK_SITE_ROOT_HINT,                                                                     \
	  "'/' starts at the site's root, '%s' (the folder with _config.yml)",                     \
	  "'/' begynder i sidens rod, '%s' (mappen med _config.yml)")                              \
	/* file/possible-duplicate: two paths and how their names compare. */                      \
	X(POSSIBLE_DUPLICATE, "'%s' may duplicate '%s' (names %s)",                                \
	  "'%s' er måske en dublet af '%s' (navnene %s)")                                          \
	X(NAMES_ONE_LETTER, "differ by one letter", "adskiller sig med ét bogstav")                \
	X(NAMES_TWO_LETTERS, "differ by two letters", "adskiller sig med to bogstaver")            \
	X(NAMES_NUMBER_DATE, "are the same apart from number or date",                             \
	  "er ens bortset fra nummer eller dato")                                                  \
	X(POSSIBLE_DUPLICATE_TITLE, "'%s' may duplicate '%s' (the same title)",                    \
	  "'%s' er måske en dublet af '%s' (samme titel)")                                         \
	X(POSSIBLE_DUPLICATE_HINT,                                                                 \
	  "if they are one decision, keep one record; if not, name them apart",                    \
	  "er de én beslutning, så behold én post; ellers giv dem hver sit navn")                  \
	/* frontmatter/syntax (record/frontmatter.c): libyaml's own words are quoted as it says    \
	 * them. */                                                                                \
	X(FM_UNCLOSED, "front matter opened with '---' on line 1 is never closed",                 \
	  "YAML-hovedet (front matter), der åbnes med '---' på linje 1, lukkes aldrig")            \
	X(FM_TOO_COMPLEX, "front matter is too complex (over 100000 YAML events)",                 \
	  "YAML-hovedet (front matter) er for indviklet (over 100000 YAML-hændelser)")             \
	X(FM_INVALID, "invalid YAML: %s", "ugyldig YAML (libyaml: '%s')")                          \
	X(FM_INVALID_CONTEXT, "invalid YAML: %s %s", "ugyldig YAML (libyaml: '%s %s')")            \
	X(FM_INVALID_CONTEXT_AT, "invalid YAML: %s %s that starts at line %u, column %u",          \
	  "ugyldig YAML (libyaml: '%s %s'), som begynder på linje %u, kolonne %u")                 \
	X(FM_KEYS_PLAIN, "front matter keys must be plain words",                                  \
	  "nøglerne i YAML-hovedet (front matter) skal være almindelige ord")                      \
	X(FM_NOT_MAPPING, "front matter is not a mapping of keys to values",                       \
	  "YAML-hovedet (front matter) er ikke en række nøgler med værdier")                       \
	X(FM_PARSER_START, "cannot start the YAML parser", "YAML-læseren kan ikke startes")        \
	X(TPL_FRONTMATTER_ERROR, "front matter: %s", "YAML-hovedet: %s")                           \
	/* frontmatter/duplicate-key: the key, the line and column of its first use. */            \
	X(FM_DUPLICATE_KEY,                                                                        \
	  "key '%s' appears twice in the front matter (first on line %u, column %u)",              \
	  "nøglen '%s' står to gange i YAML-hovedet (første gang på linje %u, kolonne %u)")        \
	X(FM_DUPLICATE_KEY_HINT,                                                                   \
	  "readers disagree on which value counts; keep one key (a list for several values)",      \
	  "læsere er uenige om, hvilken værdi der gælder; "                                     \
	  "behold én nøgle (en liste til flere værdier)")                                          \
	/* Values refused before anything is written into a record (author/encode.c). */           \
	X(VALUE_CONTROL,                                                                           \
	  "%s must be one line without control characters (U+%04X at byte %zu): nothing written",  \
	  "%s skal være én linje uden kontroltegn (U+%04X ved byte %zu): intet er skrevet")        \
	X(VALUE_UTF8, "%s is not valid UTF-8 (byte %zu): nothing written",                         \
	  "%s er ikke gyldig UTF-8 (byte %zu): intet er skrevet")                                  \
	X(VALUE_DATE, "--date '%s' is not a real date (write YYYY-MM-DD): nothing written",        \
	  "--date '%s' er ikke en gyldig dato (skriv ÅÅÅÅ-MM-DD): intet er skrevet")               \
	X(VALUE_TITLE, "the title", "titlen")                                                      \
	X(STATE_TRANSITION,                                                                        \
	  "%s cannot go from %s to %s (proposed → accepted or rejected; "                        \
	  "accepted → deprecated or superseded)",                                                  \
	  "%s kan ikke gå fra %s til %s (forslag → accepteret eller afvist; "                   \
	  "accepteret → forældet eller erstattet)")                                                \
	X(STATE_NEEDS_SUCCESSOR, "superseded needs the successor: --successor ID",                 \
	  "erstattet kræver efterfølgeren: --successor ID")                                        \
	X(STATE_SELF, "a record cannot supersede itself",                                          \
	  "en beslutning kan ikke erstatte sig selv")                                              \
	X(NO_SUCH_RELEASE, "'%s' is no release tag", "'%s' er intet udgivelsestag")                \
	X(NO_RELEASE_YET, "no release tag reaches HEAD yet", "intet udgivelsestag når HEAD endnu") \
	X(REQUEST_RECORDED, "issue #%s is already request %s ('%s'): nothing written",             \
	  "issue #%s er allerede ønske %s ('%s'): intet er skrevet")                               \
	X(REQUEST_DESCRIPTION, "Description", "Beskrivelse")                                       \
	X(VALUE_GIT_USER, "the Git user name (user.name)", "Git-brugernavnet (user.name)")         \
	/* Meetings (govlog list --kind meeting, show) and the approval rules. */                  \
	X(COL_GROUP, "GROUP", "GRUPPE")                                                            \
	X(COL_DOCUMENT, "DOCUMENT", "DOKUMENT")                                                    \
	X(COL_DECISIONS, "DECISIONS", "BESLUTNINGER")                                              \
	X(COL_ATTENDEES, "ATTENDEES", "DELTAGERE")                                                 \
	X(COL_RENAMED_FROM, "RENAMED FROM", "OMDØBT FRA")                                          \
	X(COL_APPROVAL, "APPROVAL", "GODKENDELSE")                                                 \
	X(DOC_AGENDA, "agenda", "dagsorden")                                                       \
	X(DOC_MINUTES, "minutes", "referat")                                                       \
	X(APPROVAL_BY_MINUTES, "%s '%s' (%s, %s)", "%s '%s' (%s, %s)")                             \
	X(APPROVAL_MOVED_NOTE,                                                                     \
	  "the text says %s: the meeting was moved, its minutes renamed from '%s'",                \
	  "teksten siger %s: mødet blev flyttet, og referatet omdøbt fra '%s'")                    \
	X(APPROVAL_BY_PR, "pull request %s", "pull request %s")                                    \
	X(APPROVAL_MEETING_FILE, "meeting file", "mødefil")                                        \
	X(APPROVAL_NOT_FOUND,                                                                      \
	  "the text names the %s meeting on %s, but no minutes of it were found",                  \
	  "teksten nævner mødet i %s den %s, men der findes intet referat af det")                 \
	X(APPROVAL_NOT_FOUND_UNDATED,                                                              \
	  "the text names the %s meeting without a date; no minutes of it on the record's "        \
	  "date %s were found",                                                                    \
	  "teksten nævner mødet i %s uden dato, og der findes intet referat af det fra "         \
	  "beslutningens dato %s")                                                                 \
	X(APPROVAL_MISSING, "accepted decision has no approval evidence (%s)",                     \
	  "den accepterede beslutning har intet bevis for godkendelse (%s)")                       \
	X(APPROVAL_WANT_MINUTES, "minutes of its deciding body",                                   \
	  "referat fra det besluttende organ")                                                     \
	X(APPROVAL_WANT_PR, "a pull request", "en pull request")                                   \
	X(APPROVAL_WANT_ANY, "minutes of its deciding body or a pull request",                     \
	  "referat fra det besluttende organ eller en pull request")                               \
	X(APPROVAL_MISSING_HINT,                                                                   \
	  "say where it was approved, e.g. 'approved at the steering group meeting on "            \
	  "4 June 2026' or 'approved in #123'",                                                    \
	  "skriv hvor den blev godkendt, f.eks. 'godkendt på styregruppemødet den "              \
	  "4. juni 2026' eller 'godkendt i #123'")                                                 \
	X(APPROVAL_NO_MINUTES,                                                                     \
	  "the text names the %s meeting on %s, but no minutes of that meeting were found",        \
	  "teksten nævner mødet i %s den %s, men der findes intet referat af det møde")            \
	X(APPROVAL_NO_MINUTES_UNDATED,                                                             \
	  "the text names the %s meeting without a date, and no minutes of it on the record's "    \
	  "date %s were found",                                                                    \
	  "teksten nævner mødet i %s uden dato, og der findes intet referat af det møde fra "   \
	  "beslutningens dato %s")                                                                 \
	X(APPROVAL_WRONG_KIND_PR, "approval must be shown by minutes, not by pull request '%s'",   \
	  "godkendelsen skal vises med et referat, ikke med pull request '%s'")                    \
	X(APPROVAL_WRONG_KIND_MINUTES,                                                             \
	  "approval must be shown by a pull request, not by minutes '%s'",                         \
	  "godkendelsen skal vises med en pull request, ikke med referatet '%s'")                  \
	X(APPROVAL_MOVED, "the %s meeting of %s was moved to %s: the minutes are '%s'",            \
	  "mødet i %s den %s blev flyttet til %s: referatet er '%s'")                              \
	X(APPROVAL_MOVED_HINT,                                                                     \
	  "Git history shows the minutes renamed from '%s' in commit %s; write the date "          \
	  "the meeting was held",                                                                  \
	  "Git-historikken viser referatet omdøbt fra '%s' i commit %s; skriv datoen, "           \
	  "mødet blev holdt")                                                                      \
	X(APPROVAL_DATE,                                                                           \
	  "the decision is dated %s, but the minutes that approve it are from %s ('%s')",          \
	  "beslutningen er dateret %s, men referatet, der godkender den, er fra %s ('%s')")        \
	X(APPROVAL_GROUP,                                                                          \
	  "the deciders name the %s, but the approving minutes are the %s's ('%s')",               \
	  "beslutningstagerne er %s, men det godkendende referat er fra %s ('%s')")                \
	X(APPROVAL_NO_BACKLINK,                                                                    \
	  "these minutes approve '%s' but neither link to it nor name its ID",                     \
	  "referatet godkender '%s', men linker ikke til den og nævner ikke dens ID")              \
	X(APPROVAL_NO_BACKLINK_HINT, "add a link to '%s' to the minutes",                          \
	  "tilføj et link til '%s' i referatet")                                                   \
	X(APPROVAL_STALE_BACKLINK,                                                                 \
	  "these minutes approve '%s' but link to its old name '%s' (renamed in commit %s)",       \
	  "referatet godkender '%s', men linker til dens gamle navn '%s' (omdøbt i commit %s)")    \
	X(APPROVAL_STALE_BACKLINK_HINT, "update the link in the minutes to '%s'",                  \
	  "ret linket i referatet til '%s'")                                                       \
	/* .govlog.yml's problems, after "FILE:LINE:COL: " (config/loader.c). */                   \
	X(CFG_NOT_MAPPING, "%s must be a mapping of keys to values",                               \
	  "%s skal være en tabel af nøgler og værdier")                                            \
	X(CFG_THE_FILE, "the configuration", "konfigurationen")                                    \
	X(CFG_VOCABULARY_LANGUAGE, "a vocabulary language", "et sprog under vocabulary")           \
	X(CFG_KEY_TWICE, "key '%s' appears twice in %s", "nøglen '%s' står to gange i %s")         \
	X(CFG_UNKNOWN_KEY_NEAR, "unknown key '%s' in %s (did you mean '%s'?)",                     \
	  "ukendt nøgle '%s' i %s (mente du '%s'?)")                                               \
	X(CFG_UNKNOWN_KEY, "unknown key '%s' in %s (known: %s)",                                   \
	  "ukendt nøgle '%s' i %s (kendte: %s)")                                                   \
	X(CFG_NEEDS_TEXT, "'%s' needs a text value", "'%s' skal have en tekst som værdi")          \
	X(CFG_NEEDS_LIST, "'%s' needs a list of text values",                                      \
	  "'%s' skal have en liste af tekster")                                                    \
	X(CFG_INVALID_YAML, "invalid YAML: %s", "ugyldig YAML: %s")                                \
	X(CFG_UNKNOWN_PROFILE, "unknown profile '%s' (known: nygard, madr, os2-da, os2-en)",       \
	  "ukendt profil '%s' (kendte: nygard, madr, os2-da, os2-en)")                             \
	X(CFG_LANGUAGE, "language must be da or en, not '%s'",                                     \
	  "language skal være da eller en, ikke '%s'")                                             \
	X(CFG_REPOSITORY, "repository must be 'owner/name', not '%s'",                             \
	  "repository skal være 'ejer/navn', ikke '%s'")                                           \
	X(CFG_FOLDER_OUTSIDE, "folder '%s' must be inside the repository",                         \
	  "mappen '%s' skal ligge i repositoriet")                                                 \
	X(CFG_UNKNOWN_REQUIRED_FIELD, "unknown field '%s' in required-fields",                     \
	  "ukendt felt '%s' i required-fields")                                                    \
	X(CFG_TRUE_FALSE, "%s must be true or false", "%s skal være true eller false")             \
	X(CFG_APPROVAL, "approval '%s' is not minutes, pull-request, any or none",                 \
	  "approval '%s' er hverken minutes, pull-request, any eller none")                        \
	X(CFG_TYPES_KEY, "types needs a prefix or word as each key",                               \
	  "types skal have et præfiks eller et ord som hver nøgle")                                \
	X(CFG_TYPE, "type '%s' is not architecture, strategic or operational",                     \
	  "typen '%s' er hverken architecture, strategic eller operational")                       \
	X(CFG_TYPES_MAP, "types must map title prefixes or type words to types",                   \
	  "types skal knytte titelpræfikser eller typeord til typer")                              \
	X(CFG_UNKNOWN_RULE, "unknown rule '%s' (see govlog rules)",                                \
	  "ukendt regel '%s' (se govlog rules)")                                                   \
	X(CFG_RULE_LEVEL, "rule '%s' must be error, warning or off, not '%s'",                     \
	  "reglen '%s' skal være error, warning eller off, ikke '%s'")                             \
	X(CFG_RULES_MAP, "rules must map rule ids to error, warning or off",                       \
	  "rules skal knytte regel-id'er til error, warning eller off")                            \
	X(CFG_UNKNOWN_STATE,                                                                       \
	  "unknown state '%s' (known: proposed, accepted, rejected, deprecated, superseded)",      \
	  "ukendt status '%s' (kendte: proposed, accepted, rejected, deprecated, superseded)")     \
	X(CFG_STATUS_MAP, "vocabulary.status must map states to lists of words",                   \
	  "vocabulary.status skal knytte statusser til lister af ord")                             \
	X(CFG_UNKNOWN_FIELD,                                                                       \
	  "unknown field '%s' (known: status, date, deciders, type, supersedes, superseded-by, "   \
	  "requests)",                                                                             \
	  "ukendt felt '%s' (kendte: status, date, deciders, type, supersedes, superseded-by, "    \
	  "requests)")                                                                             \
	X(CFG_FIELDS_MAP, "vocabulary.fields must map fields to lists of names",                   \
	  "vocabulary.fields skal knytte felter til lister af navne")                              \
	X(CFG_ID_PREFIX, "requests.id-prefix must be 2 to 8 letters, not '%s'",                    \
	  "requests.id-prefix skal være 2 til 8 bogstaver, ikke '%s'")                             \
	X(CFG_CONVENTIONAL_LEVEL, "conventional must be error, warning or off, not '%s'",          \
	  "conventional skal være error, warning eller off, ikke '%s'")                            \
	X(CFG_VENDOR_NAME, "a vendor needs a name", "en leverandør skal have et navn")             \
	X(CFG_VENDORS_MAP,                                                                         \
	  "vendors must map a vendor's name to e-mail addresses, @domains and people's names",     \
	  "vendors skal knytte en leverandørs navn til e-mailadresser, @domæner og personers "   \
	  "navne")                                                                                 \
	X(CFG_LINK, "links.%s must be an http(s) URL with {id}, not '%s'",                         \
	  "links.%s skal være en http(s)-URL med {id}, ikke '%s'")                                 \
	X(CFG_LABEL_NAME, "release-notes.labels needs a label's name",                             \
	  "release-notes.labels skal have en labels navn som hver nøgle")                          \
	X(CFG_LABEL_GROUP, "release-notes.labels: label '%s' names no group '%s' (one of %s)",     \
	  "release-notes.labels: labelen '%s' nævner ingen gruppe '%s' (en af %s)")                \
	X(CFG_LABELS_MAP, "release-notes.labels must map a pull request's label to a group",       \
	  "release-notes.labels skal knytte en pull requests label til en gruppe")                 \
	X(CFG_PATTERN, "%s: %s", "%s: %s")                                                         \
	X(CLI_SHOW_NO_MEETING,                                                                     \
	  "show: no meeting is '%s' (a minutes file, YYYY-MM-DD or YYYY-MM-DD/GROUP)",             \
	  "show: intet møde hedder '%s' (en referatfil, ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DD/GRUPPE)")      \
	/* A message already written in the list's language (gl_frontmatter_error_say). */         \
	X(SAID, "%s", "%s")

typedef enum gl_text_id {
#define GL_TEXT_ENUM(name, en, da) GL_T_##name,
	GL_TEXTS(GL_TEXT_ENUM)
#undef GL_TEXT_ENUM
		GL_T__COUNT
} gl_text_id;

/* The text in a language; never NULL ("" for an id out of range). */
const char *gl_lang_text(govlog_lang lang, gl_text_id id);

/* Appends the text, a printf format, with the arguments its conversions take. */
void gl_lang_printf(gl_buf *out, govlog_lang lang, gl_text_id id, ...);
void gl_lang_vprintf(gl_buf *out, govlog_lang lang, gl_text_id id, va_list ap);

/* Sets the last error (util/error.h) to the text in the language, and returns code. */
int gl_lang_error(int code, govlog_lang lang, gl_text_id id, ...);

/* The same in the language of errors (util/error.h: the open log's). */
int gl_errort(int code, gl_text_id id, ...);

/*
 * Sets the last error (util/error.h) to a marker problem of gl_text_marked_block
 * in `path`, in the language, and returns GOVLOG_EINVALID.
 */
int gl_marks_error(govlog_lang lang, const char *path, gl_marks what, unsigned line,
		   const char *begin, const char *end);

/* "en" or "da": the language's code, for HTML's lang attribute. */
const char *gl_lang_code(govlog_lang lang);

/*
 * A deciding body as a sentence names it after "the … meeting" / "mødet i …",
 * appended to `out`. English names the bodies OS2's communities decide in
 * in English ("styregruppe" → "steering group"), others as written. Danish takes the
 * definite form of a one-word name it knows the ending of ("styregruppe" →
 * "styregruppen", "udvalg" → "udvalget"), else "organet 'NAME'", which reads
 * right whatever the name.
 */
void gl_lang_body(gl_buf *out, govlog_lang lang, const char *body);
/* The language a code names: "da" is Danish; anything else, NULL included, English. */
govlog_lang gl_lang_of(const char *code);

#endif
