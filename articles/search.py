"""Search over what readers may see: the public revision of each article, in every wording.

A reader searches in their own words, so every reader type's wording is searched whatever the
reader's type; a result shows the reader's own wording where it matched, else the wording that
did. Glossary terms and their lay words are synonyms (personalize.glossary.synonym_groups): a
phrase of the query that is one of them is searched as any of them, so "bruising" finds an
article that says "thrombocytopenia" and the reverse.

On PostgreSQL: full-text search with `django.contrib.postgres.search` over one vector per
stored page (the article's question weighted most, then the body), kept by `index()`; the
synonyms are OR'ed phrase queries. Elsewhere: every word, or one of its synonyms, must appear in
the question or the body (LIKE), ordered by question.
"""

import functools
import operator
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, Count, F, Max, Min, Q, Value, When, Window
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from personalize import glossary, readers

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


@dataclass(frozen=True)
class Terms:
    """A query as searched: its own words, and each glossary phrase in it with its synonyms."""

    words: str  # the query less the glossary phrases found in it
    synonyms: tuple[tuple[str, ...], ...] = ()

    @property
    def phrases(self) -> list[str]:
        return [phrase for group in self.synonyms for phrase in group]


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


def terms(query: str) -> Terms:
    """Take the glossary's terms and lay words out of `query`, each with its synonyms."""
    groups = glossary.synonym_groups()
    if not groups:
        return Terms(query)
    by_phrase: dict[str, list[str]] = {}
    for group in groups:
        for phrase in group:
            members = by_phrase.setdefault(_key(phrase), [])
            members += [member for member in group if member not in members]
    found: list[tuple[str, ...]] = []

    def take(match):
        group = tuple(by_phrase[_key(match.group())])
        if group not in found:
            found.append(group)
        return " "

    words = _phrase_pattern(tuple(sorted(by_phrase))).sub(take, query)
    return Terms(" ".join(words.split()), tuple(found))


def _key(phrase: str) -> str:
    return " ".join(phrase.split()).lower()


@functools.lru_cache(maxsize=8)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    # Whole words, longest phrase first; a hyphen joins words (as in the glossary), and a phrase
    # the reader excluded ("-bruising") stays as they wrote it.
    alternatives = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def run(search: Search) -> Search:
    """Fill in `search.total` and `search.results` (a page of Result)."""
    found = terms(search.query)
    matches = _matches(found)
    rows = _ranked(matches, found, search)
    if not rows and search.page > 1:  # past the last page: show the last one
        search.total = matches.values("revision_id").distinct().count()
        search.page = min(search.page, max(search.pages, 1))
        rows = _ranked(matches, found, search)
    search.total = rows[0]["total"] if rows else 0
    search.results = _results(rows, found)
    return search


def _ranked(matches, found: Terms, search: Search) -> list[dict]:
    """One page of matching revisions, best first, each with the stored page to show (the
    reader's own wording if it matched, else the base wording if it did, else another) and
    the number of matching revisions; one query."""
    # The matching pages of each revision, as aggregates over rows the query reads anyway (a
    # subquery per revision cost more): the reader's own wording, the base one, any other.
    def page_of(reader_key):
        return Max(Case(When(reader_type=reader_key, then="pk")))

    rows = matches.values("revision_id").annotate(
        question=Max("revision__article__question"),
        own=page_of(search.reader_key), base=page_of(readers.BASE_KEY), other=Min("pk"),
        total=Window(Count("revision_id")),
    )
    order = ["question", "revision_id"]
    if connection.vendor == "postgresql":
        rows = rows.annotate(rank=Max(SearchRank(F("search"), _query(found))))
        order.insert(0, "-rank")
    offset = (search.page - 1) * PAGE_SIZE
    return list(rows.order_by(*order)[offset : offset + PAGE_SIZE])


def _query(found: Terms) -> SearchQuery:
    """The reader's words (web search syntax) AND, for each glossary phrase, any of its synonyms."""
    parts = [
        functools.reduce(
            operator.or_, (SearchQuery(phrase, search_type="phrase", config=CONFIG) for phrase in group)
        )
        for group in found.synonyms
    ]
    if snippets.WORD.search(found.words) or not parts:
        parts.insert(0, SearchQuery(found.words, search_type="websearch", config=CONFIG))
    return functools.reduce(operator.and_, parts)


def _matches(found: Terms):
    public = StoredPage.objects.public()
    if connection.vendor == "postgresql":
        return public.filter(search=_query(found))

    def contains(text):
        return Q(body__icontains=text) | Q(revision__article__question__icontains=text)

    for word in snippets.words(found.words):
        public = public.filter(contains(word))
    for group in found.synonyms:
        public = public.filter(functools.reduce(operator.or_, map(contains, group)))
    return public


def _results(rows: list[dict], found: Terms) -> list[Result]:
    """Each revision's result, from the page `_ranked` chose: one query."""
    shown = [row["own"] or row["base"] or row["other"] for row in rows]
    pages = {
        pk: values
        for pk, *values in StoredPage.objects.filter(pk__in=shown).values_list(
            "pk", "reader_type", "body", "revision__article__slug", "revision__article__question",
            "revision__status", "revision__approved_at",
        )
    }
    url = _article_url()
    results = []
    for pk in shown:
        reader_type, body, slug, question, status, approved_at = pages[pk]
        snippet = snippets.from_html(body, found.words, found.phrases)
        results.append(Result(url(slug), question, status, approved_at, snippet, reader_type))
    return results


def _article_url():
    """slug -> article URL, with one reverse() per page of results, not one per result."""
    before, after = reverse("articles:detail", kwargs={"slug": "slug"}).rsplit("slug", 1)
    return lambda slug: before + slug + after


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
