"""Search-result snippets: a stretch of the reader's wording around the first word searched for,
cut from the stored body HTML.

Words are matched by their first letters ("infusions" finds "infusion"), roughly as
PostgreSQL's stemming matches them. The text is escaped; only the <mark> around matches is HTML.
"""

import functools
import html
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WORD = re.compile(r"\w{2,}")
MAX_WORDS = 8
# Not worth marking (PostgreSQL ignores them when matching, too).
STOP_WORDS = frozenset("the and for with what how does are is can of to in on or vs".split())
SCAN_CHUNK = 2048
TAG = re.compile(r"<[^>]*>")
# Citation markers are links to the reference list; in a snippet they would read as stray numbers.
CITATION_GROUP = re.compile(r'<sup class="cite-group">.*?</sup>', re.DOTALL)


def words(query: str) -> list[str]:
    return WORD.findall(query.lower())[:MAX_WORDS]


def stems(query: str) -> set[str]:
    found = {w[: max(4, len(w) - 2)] for w in words(query) if w not in STOP_WORDS}
    return found or set(words(query))


def from_html(body_html: str, query: str, phrases=(), width: int = 220) -> SafeString:
    """About `width` characters of text around the first match outside a tag, marked: a word of
    `query`, or one of `phrases` (the glossary synonyms searched with it)."""
    pattern, anchors = _pattern(query, tuple(phrases))
    body_html = body_html or ""
    start = _text_match(body_html, pattern, anchors)
    if start >= 0:
        window = body_html[max(0, start - width * 2) : start + width * 3]
    else:
        window = body_html[: width * 4]
    # The window is wider than the excerpt, so a citation group cut at its edge never shows.
    window = CITATION_GROUP.sub("", _trim_tags(window))
    text = html.unescape(TAG.sub(" ", window)).replace("\u2060", "")
    return _excerpt(" ".join(text.split()), pattern, width)


@functools.lru_cache(maxsize=64)
def _pattern(query: str, phrases: tuple[str, ...] = ()) -> tuple[re.Pattern, tuple[str, ...]]:
    """The pattern of what to mark, and the lower-case text each of its matches starts with."""
    found = {re.escape(stem): stem for stem in stems(query)}
    for phrase in phrases:
        # A phrase's last word matched by its first letters too ("bruise" finds "bruising").
        *first, last = words(phrase) or [""]
        if last:
            stem = last[: max(4, len(last) - 2)]
            found[r"\s+".join([*map(re.escape, first), re.escape(stem)])] = (first or [stem])[0]
    if not found:
        return re.compile("(?!)"), ()
    alternatives = "|".join(sorted(found, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE), tuple(set(found.values()))


def _excerpt(text: str, pattern: re.Pattern, width: int = 220) -> SafeString:
    found = pattern.search(text)
    begin = max(0, (found.start() if found else 0) - width // 3)
    excerpt = text[begin : begin + width]
    if begin:
        excerpt = "…" + excerpt.split(" ", 1)[-1]
    if begin + width < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + "…"
    parts, last = [], 0
    for match in pattern.finditer(excerpt):
        parts += [escape(excerpt[last : match.start()]), f"<mark>{escape(match.group(0))}</mark>"]
        last = match.end()
    parts.append(escape(excerpt[last:]))
    return mark_safe("".join(parts))


def _text_match(body_html: str, pattern: re.Pattern, anchors: tuple[str, ...]) -> int:
    """Where the first match outside a tag starts, or -1."""
    # Inside a tag, the next ">" comes before any "<".
    outside_tag = _outside_tag(pattern)
    # str.find in the lowered text a piece at a time (matches are mostly near the top), then
    # the pattern at each place found: searching a 25 KB body with the pattern took 0.5 ms,
    # lowering it whole 0.07 ms, and a page of results has ten bodies.
    overlap = max(map(len, anchors), default=0)
    for offset in range(0, len(body_html), SCAN_CHUNK):
        piece = body_html[offset : offset + SCAN_CHUNK + overlap]
        lowered = piece.lower()
        if len(lowered) != len(piece):  # a letter whose lower case is longer: no shortcut
            found = outside_tag.search(body_html, offset)
            return found.start() if found else -1
        places = sorted(
            offset + place
            for anchor in anchors
            for place in _places(lowered, anchor)
            if place < SCAN_CHUNK
        )
        for place in places:
            if outside_tag.match(body_html, place):
                return place
    return -1


def _places(text: str, anchor: str):
    place = text.find(anchor)
    while place >= 0:
        yield place
        place = text.find(anchor, place + 1)


@functools.lru_cache(maxsize=64)
def _outside_tag(pattern: re.Pattern) -> re.Pattern:
    return re.compile(pattern.pattern + r"(?![^<]*>)", pattern.flags)


def _trim_tags(window: str) -> str:
    # The window may start or end inside a tag; drop the partial tag at either edge.
    first_open, first_close = window.find("<"), window.find(">")
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        window = window[first_close + 1 :]
    last_open, last_close = window.rfind("<"), window.rfind(">")
    if last_open > last_close:
        window = window[:last_open]
    return window
