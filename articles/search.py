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
    rows = _ranked(found, search)
    if not rows and search.page > 1:  # past the last page: show the last one
        search.total = _matches(found).values("revision_id").distinct().count()
        search.page = min(search.page, max(search.pages, 1))
        rows = _ranked(found, search)
    search.total = rows[0]["total"] if rows else 0
    search.results = _results(rows, found)
    return search


def _ranked_queryset(found: Terms, reader_key: str, page: int):
    """One page of matching revisions, best first, each with the number of matching revisions
    and its matching stored pages as aggregates over rows the query reads anyway (a subquery
    per revision cost more): the reader's own wording, the base one, any other."""

    def page_of(key):
        return Max(Case(When(reader_type=key, then="pk")))

    rows = _matches(found).values("revision_id").annotate(
        question=Max("revision__article__question"),
        own=page_of(reader_key), base=page_of(readers.BASE_KEY), other=Min("pk"),
        total=Window(Count("revision_id")),
    )
    order = ["question", "revision_id"]
    if connection.vendor == "postgresql":
        rows = rows.annotate(rank=Max(SearchRank(F("search"), _query(found))))
        order.insert(0, "-rank")
    offset = (page - 1) * PAGE_SIZE
    return rows.order_by(*order)[offset : offset + PAGE_SIZE]


def _ranked(found: Terms, search: Search) -> list[dict]:
    if connection.vendor != "postgresql":
        return list(_ranked_queryset(found, search.reader_key, search.page))
    # On PostgreSQL, the statement `_ranked_queryset` compiles to, compiled once per shape of
    # query and page, with the reader's words in place of stand-ins: building and compiling the
    # queryset cost 1.5 ms of CPU, running it 1 ms (in process, 10,000 articles), against a
    # budget of about 2.5 ms for the whole search page (bench target 0.15 of the trivial view).
    shape = (bool(snippets.WORD.search(found.words)), tuple(map(len, found.synonyms)))
    sql, params, columns = _ranked_statement(shape, search.page)
    real = {_WORDS: found.words, _READER: search.reader_key}
    real.update(zip(_phrase_stand_ins(shape[1]), found.phrases))
    with connection.cursor() as cursor:
        cursor.execute(sql, [real.get(param, param) if isinstance(param, str) else param for param in params])
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


_WORDS, _READER = "\x00words\x00", "\x00reader\x00"


def _phrase_stand_ins(sizes: tuple[int, ...]) -> list[str]:
    return [f"\x00phrase{group}.{n}\x00" for group, size in enumerate(sizes) for n in range(size)]


@functools.lru_cache(maxsize=256)
def _ranked_statement(shape: tuple[bool, tuple[int, ...]], page: int) -> tuple[str, tuple, list[str]]:
    has_words, sizes = shape
    stand_ins = iter(_phrase_stand_ins(sizes))
    found = Terms(_WORDS if has_words else "", tuple(tuple(next(stand_ins) for _ in range(n)) for n in sizes))
    return _compiled(_ranked_queryset(found, _READER, page))


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
    if not shown:
        return []
    if connection.vendor == "postgresql":
        # Compiled once per number of results, as `_ranked` is: -1, -2... stand in for the pks.
        sql, params, _ = _shown_statement(len(shown))
        with connection.cursor() as cursor:
            cursor.execute(sql, [shown[-param - 1] if param in _PK_STAND_INS else param for param in params])
            fetched = cursor.fetchall()
    else:
        fetched = _shown_queryset(shown)
    pages = {pk: values for pk, *values in fetched}
    url = _article_url()
    results = []
    for pk in shown:
        reader_type, body, slug, question, status, approved_at = pages[pk]
        snippet = snippets.from_html(body, found.words, found.phrases)
        results.append(Result(url(slug), question, status, approved_at, snippet, reader_type))
    return results


def _shown_queryset(pks):
    return StoredPage.objects.filter(pk__in=pks).values_list(
        "pk", "reader_type", "body", "revision__article__slug", "revision__article__question",
        "revision__status", "revision__approved_at",
    )


_PK_STAND_INS = frozenset(range(-PAGE_SIZE, 0))


@functools.lru_cache(maxsize=PAGE_SIZE)
def _shown_statement(count: int) -> tuple[str, tuple, list[str]]:
    return _compiled(_shown_queryset([-n for n in range(1, count + 1)]))


def _compiled(queryset) -> tuple[str, tuple, list[str]]:
    """A queryset's SQL, parameters and column names, as the ORM writes them."""
    query = queryset.query
    sql, params = query.sql_with_params()
    return sql, params, [*query.extra_select, *query.values_select, *query.annotation_select]


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
