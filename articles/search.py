"""Search over what readers may see: the public revision of each article, in every wording.

A reader searches in their own words, so every reader type's wording is searched whatever the
reader's type; a result shows the reader's own wording where it matched, else the wording that
did. On PostgreSQL: full-text search with `django.contrib.postgres.search` over one vector per
stored page (the article's question weighted most, then the body), kept by `index()`.
Elsewhere: every word must appear in the question or the body (LIKE), ordered by question.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Max, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from . import snippets
from .models import StoredPage

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = 50
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
CONFIG = "english"


@dataclass
class Result:
    url: str
    question: str
    status: str
    approved_at: datetime | None
    snippet: SafeString
    reader_type: str  # the wording the snippet comes from

    @property
    def approved_iso(self) -> str:
        return timezone.localtime(self.approved_at).replace(microsecond=0).isoformat()

    @property
    def approved_on(self) -> str:
        local = timezone.localtime(self.approved_at)
        return f"{local:%B} {local.day}, {local.year}"


@dataclass
class Search:
    query: str
    reader_key: str
    page: int = 1
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
    matches = _matches(search.query)
    search.total = matches.values("revision_id").distinct().count()
    search.page = min(search.page, max(search.pages, 1))
    offset = (search.page - 1) * PAGE_SIZE
    if connection.vendor == "postgresql":
        query = _query(search.query)
        ranked = (
            matches.values("revision_id")
            .annotate(rank=Max(SearchRank(F("search"), query)))
            .order_by("-rank", "revision__article__question", "revision_id")
        )
    else:
        ranked = (
            matches.values("revision_id", "revision__article__question")
            .distinct()
            .order_by("revision__article__question", "revision_id")
        )
    ids = [row["revision_id"] for row in ranked[offset : offset + PAGE_SIZE]]
    search.results = _results(ids, matches, search)
    return search


def _query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=CONFIG)


def _matches(text: str):
    public = StoredPage.objects.public()
    if connection.vendor == "postgresql":
        return public.filter(search=_query(text))
    for word in snippets.words(text):
        public = public.filter(
            Q(body__icontains=word) | Q(revision__article__question__icontains=word)
        )
    return public


def _results(ids: list[int], matches, search: Search) -> list[Result]:
    """One result per revision, from the reader's own wording if it matched, else from the
    first wording that did (the base wording before the others)."""
    rows = matches.filter(revision_id__in=ids).values_list(
        "revision_id", "reader_type", "body", "revision__article__slug",
        "revision__article__question", "revision__status", "revision__approved_at",
    )
    chosen: dict[int, tuple] = {}
    for row in rows:
        best = chosen.get(row[0])
        if best is None or _preference(row[1], search.reader_key) < _preference(best[1], search.reader_key):
            chosen[row[0]] = row
    url = _article_url()
    results = []
    for revision_id in ids:
        _, reader_type, body, slug, question, status, approved_at = chosen[revision_id]
        results.append(Result(
            url(slug), question, status, approved_at,
            snippets.from_html(body, search.query), reader_type,
        ))
    return results


def _article_url():
    """slug -> article URL, with one reverse() per page of results, not one per result."""
    before, after = reverse("articles:detail", kwargs={"slug": "slug"}).rsplit("slug", 1)
    return lambda slug: before + slug + after


def _preference(reader_type: str, wanted: str) -> int:
    return 0 if reader_type == wanted else 1 if reader_type == "professional" else 2


# --- Keeping the vectors -------------------------------------------------------------------


def index(revision) -> None:
    """Fill the search vectors of a revision's stored pages (PostgreSQL only)."""
    index_article(revision.article, StoredPage.objects.filter(revision=revision))


def index_article(article, pages=None) -> None:
    if connection.vendor != "postgresql":
        return
    pages = StoredPage.objects.filter(revision__article=article) if pages is None else pages
    title = " ".join((article.question, article.topic, article.drugs))
    pages.update(
        search=SearchVector(Value(title), weight="A", config=CONFIG)
        + SearchVector("body", config=CONFIG)
    )
