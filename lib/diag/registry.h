/*
 * The rule registry: one row per rule, the single source of rule ids, default
 * severities and summaries (for the checker, `govlog rules` and the docs).
 * Adding a rule: add a row here, a check in the family's file under rules/,
 * and a case folder under tests/cases/<rule-id>/.
 */
#ifndef GOVLOG_RULES_REGISTRY_H
#define GOVLOG_RULES_REGISTRY_H

#define GL_RULES(X)                                                                                \
	X(ENCODING_INVALID_UTF8, "encoding/invalid-utf8", ERROR, "the file is not valid UTF-8")    \
	X(ENCODING_BOM, "encoding/bom", WARNING, "the file starts with a UTF-8 byte order mark")   \
	X(ENCODING_MOJIBAKE, "encoding/mojibake", ERROR,                                           \
	  "UTF-8 text was read as Windows-1252 or Mac Roman and saved again (pÃ¥, p√•)")           \
	X(FILE_NAME_PATTERN, "file/name-pattern", ERROR,                                           \
	  "a record's file name does not match the configured pattern")                            \
	X(FILE_POSSIBLE_DUPLICATE, "file/possible-duplicate", WARNING,                             \
	  "two records have near-identical names: one decision written twice?")                    \
	X(FILE_EXTENSION, "file/extension", WARNING,                                               \
	  "a file named like a record has no .md extension, so it is not read")                    \
	X(FILE_UNREADABLE, "file/unreadable", ERROR,                                               \
	  "the file cannot be read, is too large or is not text")                                  \
	X(FRONTMATTER_SYNTAX, "frontmatter/syntax", ERROR,                                         \
	  "the YAML front matter does not parse or is not a mapping")                              \
	X(FRONTMATTER_DUPLICATE_KEY, "frontmatter/duplicate-key", ERROR,                           \
	  "a front matter key is written twice: readers disagree on which value counts")           \
	X(META_MISSING, "meta/missing", ERROR, "a metadata field the profile requires is absent")  \
	X(META_EMPTY, "meta/empty", ERROR, "a metadata field the profile requires has no value")   \
	X(META_UNKNOWN, "meta/unknown", WARNING,                                                   \
	  "a metadata key is no known field (with strict: true in the configuration)")             \
	X(STATUS_UNKNOWN, "status/unknown", ERROR, "the status is not a known word")               \
	X(STATUS_CUSTOM, "status/custom", WARNING,                                                 \
	  "a MADR record's status is a word of its own log's (MADR allows more than five)")        \
	X(DATE_INVALID, "date/invalid", ERROR, "a date is not a real date in a known form")        \
	X(DATE_FORMAT, "date/format", WARNING,                                                     \
	  "a date is not written as YYYY-MM-DD: another form, or a month without its day")         \
	X(DATE_AMBIGUOUS, "date/ambiguous", WARNING,                                               \
	  "a day-first date the file name reads the other way round (02-10 for 10 February)")      \
	X(DATE_FUTURE, "date/future", WARNING, "a decision is dated after today")                  \
	X(STATUS_TRANSITION, "status/transition", ERROR,                                           \
	  "a commit moved the status along a path the lifecycle does not allow")                   \
	X(DECISION_FROZEN, "decision/frozen", ERROR,                                               \
	  "a commit changed the text of a decision that was already accepted")                     \
	X(DECISION_EDITED, "decision/edited", WARNING,                                             \
	  "a commit edited an accepted decision's text without changing what was decided")         \
	X(ID_REUSED, "id/reused", ERROR,                                                           \
	  "an ID or file that held one decision earlier in the range holds another now")           \
	X(ID_DUPLICATE, "id/duplicate", ERROR, "two records have the same ID")                     \
	X(ID_FILENAME_MISMATCH, "id/filename-mismatch", ERROR,                                     \
	  "the ID or number in the record differs from its file name's")                           \
	X(LINK_BROKEN, "link/broken", ERROR,                                                       \
	  "a relative link, or a link to the repository's own files on GitHub, leads to no file")  \
	X(LINK_UNKNOWN_RECORD, "link/unknown-record", ERROR,                                       \
	  "a Supersedes / Superseded by reference names no record of the log")                     \
	X(LINK_SUPERSEDE_RECIPROCAL, "link/supersede-reciprocal", ERROR,                           \
	  "a superseded record and its successor do not name each other")                          \
	X(META_TEMPLATE_BRACES, "meta/template-braces", WARNING,                                   \
	  "a metadata value is still in the template's braces or brackets ({ accepted }, "         \
	  "[ accepted ]): read as the text inside")                                                \
	X(LINK_UNCHECKED, "link/unchecked", WARNING,                                               \
	  "links to files on GitHub were not checked: the repository's own address is unknown")    \
	X(TITLE_MISSING, "title/missing", ERROR, "the record has no title")                        \
	X(TITLE_TYPE_MISMATCH, "title/type-mismatch", ERROR,                                       \
	  "the title's [ADR]/[SDR]/[ODR] prefix and the type field disagree")                      \
	X(TEMPLATE_MISSING_KEY, "template/missing-key", ERROR,                                     \
	  "an issue template lacks a key GitHub needs (name, about; description and body for "     \
	  "forms)")                                                                                \
	X(TEMPLATE_FORM, "template/form", ERROR,                                                   \
	  "an issue form's body is not one GitHub can show")                                       \
	X(TEMPLATE_CONFIG, "template/config", ERROR,                                               \
	  "the issue template chooser's config.yml is not one GitHub can read")                    \
	X(TEMPLATE_LOCATION, "template/location", WARNING,                                         \
	  "a template sits in a folder GitHub never reads")                                        \
	X(FILE_NAME_TITLE, "file/name-title", WARNING,                                             \
	  "a record's file name misspells its title, or names another decision")                   \
	X(FILE_NAME_DATE, "file/name-date", WARNING,                                               \
	  "the date in a record's file name and the record's own date disagree")                   \
	X(DECISION_DUPLICATE, "decision/duplicate", WARNING,                                       \
	  "two live records have near-identical titles or text: one proposal filed twice?")        \
	X(DATE_SWAPPED, "date/swapped", WARNING,                                                   \
	  "a date in the text is the record's date with day and month swapped")                    \
	X(DATE_TEXT_MISMATCH, "date/text-mismatch", WARNING,                                       \
	  "the text says the decision was made on another day than the record's date")             \
	X(DECIDER_UNKNOWN, "decider/unknown", WARNING,                                             \
	  "a decider is a letter or two from a name the log knows, or not in decisions.deciders")  \
	X(APPROVAL_MISSING, "approval/missing", ERROR,                                             \
	  "an accepted decision shows no approval: minutes of its body or a pull request "         \
	  "(decisions.approval)")                                                                  \
	X(APPROVAL_MISMATCH, "approval/mismatch", WARNING,                                         \
	  "the approving minutes' date or group disagree with the decision's date or deciders")    \
	X(APPROVAL_NO_BACKLINK, "approval/no-backlink", WARNING,                                   \
	  "the approving minutes do not link back to the decision, or link to its old name")       \
	X(GOVERNANCE_PLACEHOLDER, "governance/placeholder", WARNING,                               \
	  "a template or governance file (CONTRIBUTING, SECURITY, …) keeps a placeholder "       \
	  "([INSERT CONTACT METHOD], email@example.com, OWNER/REPOSITORY)")                        \
	X(GOVERNANCE_LIQUID, "governance/liquid", WARNING,                                         \
	  "a file GitHub shows as it is holds Jekyll/Liquid tags ({{ … }}, {% … %})")              \
	X(BODY_SECTION_MISSING, "body/section-missing", ERROR,                                     \
	  "an issue or pull-request body lacks a section of its template")                         \
	X(BODY_SECTION_EMPTY, "body/section-empty", ERROR,                                         \
	  "a section or required field of the body is not filled in")                              \
	X(BODY_GUIDANCE, "body/guidance", ERROR, "a section still holds the template's guidance")  \
	X(BODY_UNCHECKED, "body/unchecked", ERROR,                                                 \
	  "a checkbox the template requires is not ticked")                                        \
	X(BODY_REQUEST, "body/request", ERROR, "the body's Refs: line names no request")           \
	X(COMMIT_FORMAT, "commit/format", ERROR,                                                   \
	  "a commit subject is not 'type(scope): description' (Conventional Commits 1.0)")         \
	X(COMMIT_TYPE, "commit/type", ERROR, "a commit type is not one of the allowed types")      \
	X(COMMIT_SCOPE, "commit/scope", ERROR,                                                     \
	  "a commit scope is not one of the scopes commits.scopes allows")                         \
	X(COMMIT_SUBJECT, "commit/subject", WARNING,                                               \
	  "a commit description is empty, ends with a full stop or runs past 72 characters")       \
	X(COMMIT_REFS, "commit/refs", ERROR,                                                       \
	  "a commit that needs a reference has none, or a reference trailer names no issue")       \
	X(COMMIT_TRAILER, "commit/trailer", WARNING,                                               \
	  "a footer that Conventional Commits and Git's trailer rules read differently")           \
	X(COMMIT_DECISION, "commit/decision", ERROR,                                               \
	  "a Decision: trailer names no record, or one that is not accepted")                      \
	X(REVIEW_SAME_VENDOR, "review/same-vendor", OFF,                                           \
	  "a pull request was merged by its authors' own vendor, approved by no other vendor")     \
	X(SECTION_MISSING, "section/missing", ERROR, "a section the profile requires is absent")   \
	X(SECTION_NOT_HEADING, "section/not-heading", WARNING,                                     \
	  "a required section is named in bold or plain text, not with a heading")                 \
	X(SECTION_ORDER, "section/order", WARNING,                                                 \
	  "the sections a profile requires are not in its order")                                  \
	X(SECTION_EMPTY, "section/empty", WARNING, "a section the profile requires has no text")   \
	X(SECTION_PLACEHOLDER, "section/placeholder", WARNING,                                     \
	  "template text or a placeholder ([ÅÅÅÅ-MM-DD], {title}, TBD) was left in")

typedef enum gl_rule {
#define GL_RULE_ENUM(name, id, sev, summary) GL_RULE_##name,
	GL_RULES(GL_RULE_ENUM)
#undef GL_RULE_ENUM
		GL_RULE__COUNT
} gl_rule;

#endif
