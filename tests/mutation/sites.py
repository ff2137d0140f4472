"""Where the mutation harness plants its bugs: mechanical mutants of lib/'s C code.

Each site is one small, realistic bug in one line (or two adjacent lines) of a
`.c` file: a comparison or boolean operator changed, a condition negated, a
call or statement deleted, a constant off by one, an early return, two table
entries swapped. Sites are found on the text with comments and string and
character literals masked, so a mutant never edits a message.

A site's id does not depend on its line number (`path:op:digest:n`), so the
list of equivalent mutants keeps naming the same mutants when code moves.
"""

import hashlib
import re

RELATIONAL = {"==": "!=", "!=": "==", "<=": "<", ">=": ">", "<": "<=", ">": ">="}
LOGICAL = {"&&": "||", "||": "&&"}
BOOLEAN = {"true": "false", "false": "true"}
# Calls whose deletion only leaks or leaves a descriptor open: the suite's
# normal build cannot see it (the sanitizer build can), so they are not sites.
RELEASES = re.compile(r"(free|release|dispose|close|unlock|clear)\w*\s*\(")
CALL_STATEMENT = re.compile(r"^(\s*)(?:\(void\)\s*)?[a-z_][a-z0-9_]*\s*\(.*\);\s*$")
VOID_FUNCTION = re.compile(r"^(?:static\s+)?(?:inline\s+)?void\s+\w+\s*\([^;]*\)\s*$")
TABLE_ENTRY = re.compile(r"^\s*\{.*\},\s*$")
INTEGER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")


class Site:
    def __init__(self, path, line, op, col, before, after, lines=1):
        self.path, self.line, self.op, self.col = path, line, op, col
        self.before, self.after, self.lines = before, after, lines
        self.id = None

    def describe(self):
        return "%s:%d: %s: %s  =>  %s" % (
            self.path, self.line, self.op, self.before.strip(), self.after.strip())


def mask(lines):
    """Each line with comments, strings and character literals blanked, and
    whether it is code at all (not a preprocessor line)."""
    out, in_comment = [], False
    for text in lines:
        chars, i, quote = list(text), 0, None
        while i < len(chars):
            c, nxt = chars[i], chars[i + 1] if i + 1 < len(chars) else ""
            if in_comment:
                if c == "*" and nxt == "/":
                    chars[i] = chars[i + 1] = " "
                    in_comment = False
                    i += 1
                else:
                    chars[i] = " "
            elif quote:
                if c == "\\":
                    chars[i] = " "
                    if i + 1 < len(chars):
                        chars[i + 1] = " "
                    i += 1
                elif c == quote:
                    quote = None
                else:
                    chars[i] = " "
            elif c == "/" and nxt == "*":
                chars[i] = chars[i + 1] = " "
                in_comment = True
                i += 1
            elif c == "/" and nxt == "/":
                for k in range(i, len(chars)):
                    chars[k] = " "
                break
            elif c in "\"'":
                quote = c
            i += 1
        masked = "".join(chars)
        out.append((masked, not masked.lstrip().startswith("#")))
    return out


def operator_spans(masked, table):
    """(column, operator) of each operator of `table` in a masked line."""
    found, i = [], 0
    while i < len(masked):
        two = masked[i:i + 2]
        if two in ("->", "<<", ">>", "++", "--") or masked[i:i + 3] in ("<<=", ">>="):
            i += 2
            continue
        if two in table:
            found.append((i, two))
            i += 2
            continue
        if masked[i] in table and two not in ("<=", ">=", "==", "!="):
            # "<" ">" alone; not the "=" of an assignment, not an include.
            found.append((i, masked[i]))
        i += 1
    return found


def replace_at(text, col, old, new):
    return text[:col] + new + text[col + len(old):]


def relational_sites(path, n, text, masked):
    for col, op in operator_spans(masked, RELATIONAL):
        if op in ("<", ">") and re.search(r"#\s*include", masked):
            continue
        yield Site(path, n, "relational", col, text, replace_at(text, col, op, RELATIONAL[op]))


def logical_sites(path, n, text, masked):
    for m in re.finditer(r"&&|\|\|", masked):
        yield Site(path, n, "logical", m.start(), text,
                   replace_at(text, m.start(), m.group(), LOGICAL[m.group()]))


def boolean_sites(path, n, text, masked):
    for m in re.finditer(r"\b(true|false)\b", masked):
        yield Site(path, n, "boolean", m.start(), text,
                   replace_at(text, m.start(), m.group(), BOOLEAN[m.group()]))


def closing_paren(masked, start):
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] == "(":
            depth += 1
        elif masked[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def negate_sites(path, n, text, masked):
    for m in re.finditer(r"\b(if|while)\s*\(", masked):
        open_at = m.end() - 1
        close_at = closing_paren(masked, open_at)
        if close_at < 0:
            continue
        cond = text[open_at + 1:close_at]
        after = text[:open_at + 1] + "!(" + cond + ")" + text[close_at:]
        yield Site(path, n, "negate", m.start(), text, after)


def constant_sites(path, n, text, masked):
    if re.match(r"\s*(case\b|\[|enum\b)", masked) or "[" in masked and "=" not in masked:
        return
    for m in INTEGER.finditer(masked):
        value = int(m.group(1))
        if value > 1000:
            continue
        yield Site(path, n, "constant", m.start(), text,
                   replace_at(text, m.start(), m.group(1), str(value + 1)))


def deletion_sites(path, n, text, masked):
    if CALL_STATEMENT.match(masked) and not RELEASES.search(masked):
        if masked.rstrip().endswith(");"):
            indent = re.match(r"\s*", text).group()
            yield Site(path, n, "delete-call", len(indent), text, indent + ";\n")


def early_return_sites(path, n, lines, masks):
    """`return;` as the first statement of a void function."""
    text, (masked, code) = lines[n - 1], masks[n - 1]
    if code and VOID_FUNCTION.match(masked) and n < len(lines) and lines[n].strip() == "{":
        opening = lines[n]
        yield Site(path, n, "early-return", 0, text + opening,
                   text + opening.rstrip("\n") + " return;\n", lines=2)


def swap_sites(path, n, lines, masks):
    """Two adjacent entries of a table initializer swapped."""
    if n >= len(lines):
        return
    a, b = lines[n - 1], lines[n]
    if TABLE_ENTRY.match(masks[n - 1][0]) and TABLE_ENTRY.match(masks[n][0]) and a != b:
        yield Site(path, n, "swap-entries", 0, a + b, b + a, lines=2)


LINE_FINDERS = (relational_sites, logical_sites, boolean_sites, negate_sites, constant_sites,
                deletion_sites)
TEXT_FINDERS = (early_return_sites, swap_sites)


def sites_of_file(path, source):
    lines = source.splitlines(keepends=True)
    masks = mask(lines)
    found = []
    for n, (text, (masked, code)) in enumerate(zip(lines, masks), start=1):
        if not code or not masked.strip():
            continue
        for finder in LINE_FINDERS:
            found.extend(finder(path, n, text, masked))
        for finder in TEXT_FINDERS:
            found.extend(finder(path, n, lines, masks))
    name_sites(found)
    return found


def name_sites(sites):
    """path:op:digest-of-the-line's-text:occurrence — stable when lines move."""
    seen = {}
    for s in sites:
        digest = hashlib.sha1(s.before.strip().encode()).hexdigest()[:10]
        key = "%s:%s:%s" % (s.path, s.op, digest)
        seen[key] = seen.get(key, 0) + 1
        s.id = "%s:%d" % (key, seen[key])
