#!/usr/bin/env python3
"""How often Pith's `language` field agrees with the language a page declares (issue 12).

usage: bench/language_agreement.py SET_DIR PITH_OUTPUT.jsonl [--list]
  e.g. ./pith extract ../shared/bench/trafilatura-dev/pages -o /tmp/t.jsonl
       bench/language_agreement.py ../shared/bench/trafilatura-dev /tmp/t.jsonl --list

A page declares a language in any of these places, and some pages declare two that contradict
each other (an English theme's `<html lang="en">` around a Spanish article whose `og:locale` is
es_ES):
  - `<html lang>` or `xml:lang`;
  - `<meta http-equiv="content-language">`, `<meta name="language">`, `name="dc.language"`;
  - `<meta property="og:locale">`;
  - `"inLanguage"` in JSON-LD.
Each value is read as a language tag's primary subtag ("de-AT", "pt_BR" -> de, pt) or, failing
that, as the English or native name of a language ("english", "Deutsch"); anything else
(`lang="lang"`, `x-default`) declares nothing. The field agrees when its primary subtag is one of
the page's declared languages. Printed: agreement over the pages that declare one (and by
`<html lang>` alone), pages with text but no `language`, and with --list every disagreement.
"""
import argparse, gzip, json, os, re, sys
from html.parser import HTMLParser

# Names pages write instead of codes, lower-cased: English names and endonyms.
LANGUAGE_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "francais": "fr", "spanish": "es", "español": "es", "espanol": "es", "portuguese": "pt",
    "português": "pt", "portugues": "pt", "italian": "it", "italiano": "it", "dutch": "nl",
    "nederlands": "nl", "polish": "pl", "polski": "pl", "russian": "ru", "русский": "ru",
    "japanese": "ja", "日本語": "ja", "chinese": "zh", "中文": "zh", "czech": "cs", "čeština": "cs",
    "swedish": "sv", "svenska": "sv", "danish": "da", "dansk": "da", "norwegian": "no",
    "norsk": "no", "finnish": "fi", "suomi": "fi", "turkish": "tr", "türkçe": "tr",
    "greek": "el", "arabic": "ar", "hebrew": "he", "korean": "ko", "hungarian": "hu",
    "magyar": "hu", "romanian": "ro", "română": "ro", "ukrainian": "uk", "bengali": "bn",
    "hindi": "hi", "vietnamese": "vi", "indonesian": "id",
}
TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*")
META_NAMES = {"language", "dc.language", "content-language"}


def language_of(value):
    """The language a declared value names, or None when it names none."""
    v = (value or "").strip().lower()
    m = TAG.fullmatch(v)
    if m and v not in LANGUAGE_NAMES:
        return m.group(1)
    return LANGUAGE_NAMES.get(v)


class Declarations(HTMLParser):
    """Collects the declared values of one page, `<html lang>` first."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_lang = None
        self.values = []
        self.in_json_ld = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and self.html_lang is None:
            self.html_lang = a.get("lang") or a.get("xml:lang")
            if self.html_lang:
                self.values.append(self.html_lang)
        elif tag == "meta":
            key = (a.get("http-equiv") or a.get("name") or "").lower()
            if key in META_NAMES or a.get("property", "").lower() == "og:locale":
                self.values.append(a.get("content", ""))
        elif tag == "script":
            self.in_json_ld = a.get("type", "").lower() == "application/ld+json"

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_json_ld = False

    def handle_data(self, data):
        if self.in_json_ld:
            self.values.extend(re.findall(r'"inLanguage"\s*:\s*"([^"]*)"', data))


def declarations(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        html = f.read().decode("utf-8", "replace")
    parser = Declarations()
    try:
        parser.feed(html)
    except Exception:  # a page the stdlib parser cannot finish keeps what it read
        pass
    declared = [c for c in map(language_of, parser.values) if c]
    return declared, language_of(parser.html_lang)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set_dir")
    ap.add_argument("output")
    ap.add_argument("--list", action="store_true", help="print every disagreement")
    args = ap.parse_args()
    pages = os.path.join(args.set_dir, "pages")
    files = {re.sub(r"\.x?html?(\.gz)?$", "", name): os.path.join(pages, name) for name in os.listdir(pages)}
    declaring = agreeing = html_declaring = html_agreeing = with_text = without_language = 0
    disagreements = []
    with open(args.output, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            path = files.get(record.get("id"))
            if path is None:
                continue
            ours = language_of(record.get("language"))
            if (record.get("text") or "").strip():
                with_text += 1
                without_language += ours is None
            declared, html_lang = declarations(path)
            if declared:
                declaring += 1
                agreeing += ours in declared
                if ours not in declared:
                    disagreements.append((record["id"], ours, sorted(set(declared))))
            if html_lang:
                html_declaring += 1
                html_agreeing += ours == html_lang
    share = lambda a, n: f"{a} of {n} ({a / n:.4f})" if n else "no pages"
    print(f"agrees with a declaration: {share(agreeing, declaring)}")
    print(f"agrees with <html lang> alone: {share(html_agreeing, html_declaring)}")
    print(f"pages with text and no language: {without_language} of {with_text}")
    if args.list:
        for pid, ours, declared in disagreements:
            print(f"  {pid}: language {ours}, declared {' '.join(declared)}")


if __name__ == "__main__":
    sys.exit(main())
