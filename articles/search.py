"""Search over what readers may see: the public revision of each article, in the reader's wording.

On PostgreSQL: full-text search (`websearch_to_tsquery`, which accepts any input) over the
generated vectors of migration 0002, ranked, with the question weighing most. Elsewhere: every
word must appear in the question or the body (LIKE), ordered by question. Snippets are cut from
the stored HTML in Python on both, which costs far less than `ts_headline` over a whole article.
"""

import html
import re
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Q
from django.db.models.fields.json import KeyTextTransform
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import PENDING_REVIEW_STATUSES, Article, Revision

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = 50
MAX_WORDS = 8
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
WORD = re.compile(r"\w{2,}")
TAG = re.compile(r"<[^>]*>")
VECTOR_COLUMNS = {key: f"search_{key}" for key in ("professional", "patient", "caregiver")}
PUBLIC_STATUSES = ("approved", *PENDING_REVIEW_STATUSES)
# Not worth marking in a snippet (PostgreSQL ignores them when matching, too).
STOP_WORDS = frozenset("the and for with what how does are is can of to in on or vs".split())


@dataclass
class Search:
    query: str
    reader_key: str
    page: int = 1
    problem: str = ""
    total: int = 0
    results: list = field(default_factory=list)

    @property
    def pages(self) -> int:
        return min(MAX_PAGE, -(-self.total // PAGE_SIZE))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def clean_query(raw) -> tuple[str, str]:
    """The query as searched, and a problem to tell the reader if it cannot be searched."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", raw or "").split())
    if len(text) > MAX_QUERY_LENGTH:
        return "", f"That search is {len(text)} characters long; please use at most {MAX_QUERY_LENGTH}."
    if text and not WORD.search(text):
        return "", "Please search with words or drug names, not only symbols."
    return text, ""


def parse_page(raw) -> int:
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def run(search: Search) -> Search:
    """Fill in `search.total` and `search.results`: (revision with its article, snippet) pairs."""
    matches = _postgres if connection.vendor == "postgresql" else _fallback
    offset = (search.page - 1) * PAGE_SIZE
    search.total, revisions = matches(search.query, search.reader_key, offset)
    if offset and not revisions and search.total:
        search.page = search.pages
        search.total, revisions = matches(search.query, search.reader_key, (search.page - 1) * PAGE_SIZE)
    search.results = [(revision, snippet(revision.text or "", search.query)) for revision in revisions]
    return search


def _detail(reader_key: str):
    return (
        Revision.objects.select_related("article")
        .only(
            "number", "status", "approved_at", "submitted_at",
            "article__slug", "article__question",
        )
        .annotate(text=KeyTextTransform(reader_key, "rendered"))
    )


_RANKED = """
WITH q AS (SELECT websearch_to_tsquery('english', %(query)s) AS q),
hits AS (
    SELECT r.id FROM articles_revision r, q
    WHERE r.status IN ('approved', 'submitted', 'under_review') AND r.{vector} @@ q.q
    UNION
    SELECT r.id FROM articles_article a JOIN articles_revision r ON r.article_id = a.id, q
    WHERE a.search_title @@ q.q AND r.status IN ('approved', 'submitted', 'under_review')
),
ranked AS (
    SELECT r.id, a.question, count(*) OVER () AS total,
           4 * ts_rank(a.search_title, q.q) + ts_rank(r.{vector}, q.q, 1) AS rank
    FROM hits
    JOIN articles_revision r ON r.id = hits.id
    JOIN articles_article a ON a.id = r.article_id, q
    WHERE a.live_revision_id = r.id
       OR (a.live_revision_id IS NULL AND a.publish_while_in_review
           AND r.status IN ('submitted', 'under_review'))
    ORDER BY rank DESC, a.question, r.id
    LIMIT %(limit)s OFFSET %(offset)s
)
-- Bodies are read for the page of results only, not for every match being ranked.
SELECT r.id, r.article_id, r.number, r.status, r.submitted_at, r.approved_at,
       a.slug AS article_slug, a.question AS article_question,
       r.rendered ->> %(key)s AS text, ranked.total
FROM ranked
JOIN articles_revision r ON r.id = ranked.id
JOIN articles_article a ON a.id = r.article_id
ORDER BY ranked.rank DESC, ranked.question, ranked.id
"""


def _postgres(query: str, reader_key: str, offset: int):
    key = reader_key if reader_key in VECTOR_COLUMNS else "professional"
    sql = _RANKED.format(vector=VECTOR_COLUMNS[key])
    params = {"query": query, "key": key, "limit": PAGE_SIZE, "offset": offset}
    revisions = list(Revision.objects.raw(sql, params))
    if not revisions:
        return (_postgres(query, key, 0)[0] if offset else 0), []
    for revision in revisions:
        revision.article = Article(
            id=revision.article_id, slug=revision.article_slug, question=revision.article_question
        )
    return revisions[0].total, revisions


def _fallback(query: str, reader_key: str, offset: int):
    public = Q(article__live_revision=F("pk")) | Q(
        article__live_revision__isnull=True,
        article__publish_while_in_review=True,
        status__in=PENDING_REVIEW_STATUSES,
    )
    key = reader_key if reader_key in VECTOR_COLUMNS else "professional"
    found = _detail(key).filter(public, status__in=PUBLIC_STATUSES)
    for word in _words(query):
        found = found.filter(
            Q(article__question__icontains=word) | Q(**{f"rendered__{key}__icontains": word})
        )
    found = found.order_by("article__question", "pk")
    return found.count(), list(found[offset : offset + PAGE_SIZE])


def _words(query: str) -> list[str]:
    return WORD.findall(query.lower())[:MAX_WORDS]


def snippet(body_html: str, query: str, width: int = 220) -> SafeString:
    """About `width` characters of the body around the first word of the query, marked."""
    stems = {w[: max(4, len(w) - 2)] for w in _words(query) if w not in STOP_WORDS}
    if not stems:
        stems = {w for w in _words(query)}
    if not stems:
        return mark_safe("")
    alternatives = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    pattern = re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)
    start = _text_match(body_html, pattern)
    if start >= 0:
        window = body_html[max(0, start - width * 2) : start + width * 3]
    else:
        window = body_html[: width * 4]
    text = " ".join(html.unescape(TAG.sub(" ", _trim_tags(window))).split())
    found = pattern.search(text)
    begin = max(0, (found.start() if found else 0) - width // 3)
    excerpt = text[begin : begin + width]
    if begin:
        excerpt = "…" + excerpt.split(" ", 1)[-1]
    if begin + width < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + "…"
    return _mark(excerpt, pattern)


def _mark(text: str, pattern: re.Pattern) -> SafeString:
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts += [escape(text[last : match.start()]), f"<mark>{escape(match.group(0))}</mark>"]
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))


def _text_match(body_html: str, pattern: re.Pattern) -> int:
    """Where the first match outside a tag starts, or -1."""
    for match in pattern.finditer(body_html):
        if body_html.rfind("<", 0, match.start()) <= body_html.rfind(">", 0, match.start()):
            return match.start()
    return -1


def _trim_tags(window: str) -> str:
    # The window may start or end inside a tag; drop the partial tag at either edge.
    first_open, first_close = window.find("<"), window.find(">")
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        window = window[first_close + 1 :]
    last_open, last_close = window.rfind("<"), window.rfind(">")
    if last_open > last_close:
        window = window[:last_open]
    return window
