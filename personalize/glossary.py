"""Plain-language explanations of medical terms for lay readers.

`apply_glossary` rewrites only the text of sanitized HTML, parsed as HTML: a term is explained
where it is first used in the article, and never inside a link (citation markers are links), a
heading, code or a term already explained.
"""

import re
from functools import lru_cache
from html import escape
from html.parser import HTMLParser

SKIP_INSIDE = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "dfn", "abbr", "sup"}
# With a cache per process (local memory), other processes see a glossary change this much later.
SYNONYMS_CACHE_KEY = "glossary:synonyms:v1"
SYNONYMS_CACHE_SECONDS = 300
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
             "track", "wbr"}


def normal_form(text: str) -> str:
    """A term as the glossary matches it: one space between words, lower case."""
    return " ".join(text.split()).lower()


@lru_cache(maxsize=16)
def _pattern(keys: tuple[str, ...]) -> re.Pattern:
    # Longest first, so "metastatic breast cancer" is taken before "breast cancer" at one spot.
    # A hyphen joins words: "metastatic" is not explained inside "non-metastatic".
    alternatives = sorted(keys, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in key.split()) for key in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _explained(term: str, explanation: str) -> str:
    return (
        f'<dfn class="glossary">{escape(term)}</dfn> '
        f'<span class="glossary-explanation">({escape(explanation)})</span>'
    )


class _GlossaryWriter(HTMLParser):
    def __init__(self, pattern: re.Pattern, explanations: dict[str, str], seen: set[str]):
        super().__init__(convert_charrefs=True)
        self.pattern, self.explanations, self.seen = pattern, explanations, seen
        self.out: list[str] = []
        self.open_tags: list[str] = []
        self.pending = ""

    def handle_data(self, data):
        self.pending += data

    def handle_starttag(self, tag, attrs):
        self._write_text()
        self.out.append(self.get_starttag_text())
        if tag not in VOID_TAGS:
            self.open_tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._write_text()
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self._write_text()
        self.out.append(f"</{tag}>")
        if tag in self.open_tags:
            while self.open_tags.pop() != tag:
                pass

    def handle_comment(self, data):
        self._write_text()
        self.out.append(f"<!--{data}-->")

    def close(self):
        super().close()
        self._write_text()

    def _write_text(self):
        text, self.pending = self.pending, ""
        if SKIP_INSIDE.intersection(self.open_tags):
            self.out.append(escape(text, quote=False))
            return
        position = 0
        for match in self.pattern.finditer(text):
            key = normal_form(match.group())
            if key in self.seen or key not in self.explanations:
                continue
            self.seen.add(key)
            self.out.append(escape(text[position:match.start()], quote=False))
            self.out.append(_explained(match.group(), self.explanations[key]))
            position = match.end()
        self.out.append(escape(text[position:], quote=False))


def apply_glossary(html: str, glossary: dict[str, str], seen: set[str]) -> str:
    """Explain each glossary term at its first use; `seen` carries first uses across sections.

    `glossary` maps terms to their explanations (`current()`, or a revision's frozen copy).
    """
    explanations = {normal_form(term): explanation for term, explanation in glossary.items() if normal_form(term)}
    if not explanations or not html:
        return html
    writer = _GlossaryWriter(_pattern(tuple(sorted(explanations))), explanations, seen)
    writer.feed(html)
    writer.close()
    return "".join(writer.out)


def current() -> dict[str, str]:
    """The glossary as it stands: term -> explanation."""
    from .models import GlossaryTerm

    return dict(GlossaryTerm.objects.order_by("term").values_list("term", "explanation"))


def synonym_groups() -> list[tuple[str, ...]]:
    """Each glossary term that has lay words, with them: (term, lay word, ...). Search treats
    the words of a group as one, so a reader's "bruising" finds "thrombocytopenia" and the
    reverse. Kept in the cache (emptied by personalize.signals when the glossary changes)."""
    from django.core.cache import cache

    from .models import GlossaryTerm, split_lay_terms

    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        rows = GlossaryTerm.objects.exclude(lay_terms="").order_by("term").values_list("term", "lay_terms")
        groups = [(term, *split_lay_terms(lay_terms)) for term, lay_terms in rows]
        cache.set(SYNONYMS_CACHE_KEY, groups, SYNONYMS_CACHE_SECONDS)
    return groups
