"""Search over what readers may see: the public revision of each article, in the reader's wording.

On PostgreSQL: full-text search (`websearch_to_tsquery`, which accepts any input) over the
generated vectors of migration 0002, ranked, with the question weighing most, in one statement.
Elsewhere: every word must appear in the question or the body (LIKE), ordered by question.
Snippets are cut from the stored body in Python (articles.snippets), which costs far less than
`ts_headline` over a whole article.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import F, Q
from django.db.models.fields.json import KeyTextTransform
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from her2site.db import prepared_cursor

from . import snippets
from .models import PENDING_REVIEW_STATUSES, Revision

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = 50
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
PUBLIC_STATUSES = ("approved", *PENDING_REVIEW_STATUSES)
VECTOR_COLUMNS = {key: f"search_{key}" for key in ("professional", "patient", "caregiver")}


@dataclass
class Result:
    url: str
    question: str
    status: str
    approved_at: datetime | None
    snippet: SafeString

    # Formatted here, not with |date in the template: with ten results a page, the filters
    # cost more than the search.
    @property
    def approved_iso(self) -> str:
        return timezone.localtime(self.approved_at).isoformat()

    @property
    def approved_on(self) -> str:
        local = timezone.localtime(self.approved_at)
        return f"{local:%B} {local.day}, {local.year}"


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
    if text and not snippets.WORD.search(text):
        return "", "Please search with words or drug names, not only symbols."
    return text, ""


def parse_page(raw) -> int:
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def run(search: Search) -> Search:
    """Fill in `search.total` and `search.results` (a page of Result)."""
    matches = _postgres if connection.vendor == "postgresql" else _fallback
    key = search.reader_key if search.reader_key in VECTOR_COLUMNS else "professional"
    offset = (search.page - 1) * PAGE_SIZE
    search.total, search.results = matches(search.query, key, offset)
    if offset and not search.results and search.total:
        search.page = search.pages
        search.total, search.results = matches(search.query, key, (search.page - 1) * PAGE_SIZE)
    return search


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
-- Bodies are read for the page of results only, not for every match being ranked: from the
-- live page stored for the reader type (one wording), else from all wordings of a revision
-- pending review.
SELECT a.slug, a.question, r.status, r.approved_at,
       coalesce(p.body, r.rendered ->> %(key)s), ranked.total
FROM ranked
JOIN articles_revision r ON r.id = ranked.id
JOIN articles_article a ON a.id = r.article_id
LEFT JOIN articles_storedpage p ON p.revision_id = r.id AND p.reader_type = %(key)s
ORDER BY ranked.rank DESC, ranked.question, ranked.id
"""


def _postgres(query: str, key: str, offset: int):
    rows = _ranked(query, key, PAGE_SIZE, offset)
    if not rows:
        # A page past the end: only how many results there are, for `run` to find the last page.
        first = _ranked(query, key, 1, 0) if offset else []
        return (first[0][-1] if first else 0), []
    url = _article_url()
    results = [
        Result(url(slug), question, status, approved_at, snippets.from_html(text or "", query))
        for slug, question, status, approved_at, text, _ in rows
    ]
    return rows[0][-1], results


def _ranked(query: str, key: str, limit: int, offset: int) -> list[tuple]:
    sql = _RANKED.format(vector=VECTOR_COLUMNS[key])
    params = {"query": query, "key": key, "limit": limit, "offset": offset}
    with prepared_cursor() as cursor:  # planning the statement costs more than running it
        cursor.execute(sql, params)
        return cursor.fetchall()


def _article_url():
    """slug -> article URL, with one reverse() per page of results, not one per result."""
    before, after = reverse("articles:detail", kwargs={"slug": "slug"}).rsplit("slug", 1)
    return lambda slug: before + slug + after


def _fallback(query: str, key: str, offset: int):
    public = Q(article__live_revision=F("pk")) | Q(
        article__live_revision__isnull=True,
        article__publish_while_in_review=True,
        status__in=PENDING_REVIEW_STATUSES,
    )
    found = (
        Revision.objects.filter(public, status__in=PUBLIC_STATUSES)
        .values("article__slug", "article__question", "status", "approved_at")
        .annotate(text=KeyTextTransform(key, "rendered"))
    )
    for word in snippets.words(query):
        found = found.filter(
            Q(article__question__icontains=word) | Q(**{f"rendered__{key}__icontains": word})
        )
    found = found.order_by("article__question", "pk")
    url = _article_url()
    results = [
        Result(
            url(row["article__slug"]), row["article__question"], row["status"],
            row["approved_at"], snippets.from_html(row["text"] or "", query),
        )
        for row in found[offset : offset + PAGE_SIZE]
    ]
    return found.count(), results
