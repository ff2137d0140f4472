"""The site crawler the integration tests share: prints what is wrong with a
generated site, one finding a line, and the number of pages to stderr.

    python3 crawl.py SITE_DIR REPOSITORY [--lang LANG] [--lang FOLDER/=LANG]... [PREFIX...]

Every page says its language (LANG, or the one given for the folder it lies
in), has one h1, no inline script and no event-handler attribute; every
href and src is relative and leads to a file of the site (and to an id
there, for a fragment); outside the folder only the repository on GitHub
(https://github.com/REPOSITORY/) and the PREFIXes (the configuration's
links: a ticket system) are named.
"""
import html.parser
import os
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.refs, self.ids, self.lang, self.h1, self.scripts_inline = [], set(), None, 0, 0
        self.handlers = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "h1":
            self.h1 += 1
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if key in a:
                self.refs.append(a[key])
        if tag == "script" and "src" not in a:
            self.scripts_inline += 1
        self.handlers += [k for k in a if k.startswith("on")]


def parse_args(argv):
    site, repo, rest = argv[0], argv[1], argv[2:]
    lang, by_folder, prefixes = "da", [], []
    while rest:
        arg = rest.pop(0)
        if arg == "--lang":
            value = rest.pop(0)
            if "=" in value:
                folder, _, folder_lang = value.partition("=")
                by_folder.append((folder, folder_lang))
            else:
                lang = value
        else:
            prefixes.append(arg)
    return site, repo, lang, by_folder, prefixes


def wanted_lang(path, lang, by_folder):
    for folder, folder_lang in by_folder:
        if path.startswith(folder):
            return folder_lang
    return lang


def check_ref(site, path, p, ref, allowed):
    u = urllib.parse.urlsplit(ref)
    if u.scheme in ("http", "https"):
        if not any(ref.startswith(a) for a in allowed):
            return f"{p.path}: names {ref}, outside the folder"
        return None
    if u.scheme or ref.startswith("/"):
        return f"{p.path}: {ref} is not a relative link"
    target = path
    if u.path:
        target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(u.path)))
    if not target.startswith(os.path.abspath(site)) or not os.path.isfile(target):
        return f"{p.path}: {ref} leads to no file of the site"
    if u.fragment:
        t = Page(ref)
        t.feed(open(target, encoding="utf-8").read())
        if u.fragment not in t.ids:
            return f"{p.path}: {ref} names no id there"
    return None


def main(argv):
    site, repo, lang, by_folder, prefixes = parse_args(argv)
    site = os.path.abspath(site)
    allowed = [f"https://github.com/{repo}/"] + prefixes
    bad = []
    pages = [os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs if f.endswith(".html")]
    for path in sorted(pages):
        p = Page(os.path.relpath(path, site))
        p.feed(open(path, encoding="utf-8").read())
        want = wanted_lang(p.path, lang, by_folder)
        if p.lang != want:
            bad.append(f"{p.path}: lang={p.lang}")
        if p.h1 != 1:
            bad.append(f"{p.path}: {p.h1} h1 elements")
        if p.scripts_inline:
            bad.append(f"{p.path}: an inline script")
        bad += [f"{p.path}: an event handler attribute {k}" for k in p.handlers]
        bad += [b for b in (check_ref(site, path, p, ref, allowed) for ref in p.refs) if b]
    print("\n".join(bad))
    print(f"pages={len(pages)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
