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
	/* '&' in a title, in its file name. */                                                    \
	X(AND, "and", "og")                                                                        \
	/* The index page. */                                                                      \
	X(DECISION_LOG, "Decision log", "Beslutningslog")                                          \
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
	X(GROUP_OTHER, "Other changes", "Andre ændringer")                                         \
	X(GROUP_UNCLASSIFIED, "Not classified", "Ikke klassificeret")                              \
	X(GROUP_REVERTED, "Reverted within this release", "Tilbagerullet i samme udgivelse")       \
	X(DECISIONS_ACCEPTED, "Decisions accepted in this release",                                \
	  "Beslutninger vedtaget i udgivelsen")                                                    \
	X(CONTRIBUTORS, "Contributors", "Bidragydere")                                             \
	X(UNKNOWN_VENDOR, "unknown vendor", "ukendt leverandør")                                   \
	X(TAGS_NOT_VERSIONS, "Tags that are no version", "Tags der ikke er versioner")             \
	X(CHANGELOG, "Changelog", "Ændringslog")                                                   \
	X(CHANGELOG_INTRO, "All notable changes to this project.",                                 \
	  "Alle væsentlige ændringer i projektet.")                                                \
	X(CHANGELOG_FORMAT,                                                                        \
	  "The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and "      \
	  "versions follow [Semantic Versioning](https://semver.org/).",                           \
	  "Formatet følger [Keep a Changelog](https://keepachangelog.com/da/1.1.0/), og "         \
	  "versionerne [Semantic Versioning](https://semver.org/).")                               \
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
	X(EDIT_GRAMMAR, "grammar: '%s' became '%s'", "grammatik: '%s' blev til '%s'")

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

/* "en" or "da": the language's code, for HTML's lang attribute. */
const char *gl_lang_code(govlog_lang lang);
/* The language a code names: "da" is Danish; anything else, NULL included, English. */
govlog_lang gl_lang_of(const char *code);

#endif
