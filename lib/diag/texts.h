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
	  "commit %s henviser til %s, som loggen ikke har")

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
