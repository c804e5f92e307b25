"""Serving article pages: one stored copy of each public page, one way to build it, one
`invalidate()`.

A revision's body is rendered per reader type when it is submitted (`revision_moved`) and kept
in a `StoredPage` row. The page around the body (trust panel, reviewers, JSON-LD) is built the
first time a reader asks for a public revision's page, and kept in the same row; a later read
is one indexed query and no template. Anything that changes what a public page shows calls
`invalidate(article)` (the workflow through `revision_moved`, article and board member and
policy edits through theirs): it empties the stored pages around their bodies, in the same
transaction, and after commit points the page cache at a new key, so the next read builds the
page again from the database.
"""

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone as datetime_timezone

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Subquery
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from personalize import glossary, readers

from . import cache, citing, hooks, jsonld, search
from .meta import PageMeta
from .models import Article, Revision, StoredPage
from .rendering import render_body

TEMPLATE = "articles/article_detail.html"
PAGE_TEMPLATES = (
    "base.html",
    "includes/_meta.html",
    TEMPLATE,
    "includes/_stepper.html",
    "includes/_contents.html",
    "includes/_brand.html",
    "personalize/_chooser.html",
    "articles/includes/_jsonld.html",
    "articles/includes/_reviewer.html",
    "articles/includes/_cite.html",
)
# Static files the page links to: their hashed names change with them in production.
STATIC_ASSETS = ("bootstrap/css/bootstrap.min.css", "css/site.css", "css/print.css", "js/site.js")
BODY_SLOT = "\x00article-body\x00"  # cannot occur in rendered HTML
Status = Revision.Status


@dataclass(frozen=True)
class Page:
    revision_id: int
    html: str
    etag: str
    last_modified: datetime
    # Only live pages are indexed; a page shown while in review is `noindex`.
    indexable: bool


def page_version() -> str:
    """What built pages depend on besides their content: templates, static files, site URL,
    and whether the reviewers are marked fictional (a demo)."""
    return _page_version(settings.SITE_URL, settings.STATIC_URL, settings.FICTIONAL_REVIEWERS)


@functools.lru_cache(maxsize=4)
def _page_version(site_url: str, static_url: str, fictional_reviewers: bool) -> str:
    digest = hashlib.sha256(f"{site_url} {static_url} {fictional_reviewers}".encode())
    for name in PAGE_TEMPLATES:
        digest.update(get_template(name).template.source.encode())
    for path in STATIC_ASSETS:
        digest.update(static(path).encode())  # hashed names change with the files in production
    return digest.hexdigest()[:16]


# --- What the workflow tells us -------------------------------------------------------


def revision_moved(revision: Revision) -> None:
    """The workflow moved `revision` to a new status (in its transaction): keep its bodies
    while the board may review it or readers may read it, and refresh the article's pages."""
    if revision.status == Status.SUBMITTED:
        store_bodies(revision)
    elif revision.status in (Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUPERSEDED):
        StoredPage.objects.filter(revision=revision).delete()
    invalidate(revision.article)


def refresh_public_revision(article: Article) -> None:
    """Keep `article.public_revision` equal to what the public-read rule says now."""
    rule = Revision.objects.meeting_the_public_rule().filter(article=article.pk).values("pk")[:1]
    Article.objects.filter(pk=article.pk).update(public_revision=Subquery(rule))


def store_bodies(revision: Revision) -> None:
    """Freeze the glossary for `revision` and render its body for every reader type: what the
    board reviews and, once it is public, what readers read."""
    revision.glossary = glossary.current()
    Revision.objects.filter(pk=revision.pk).update(glossary=revision.glossary)
    content = Revision.objects.with_content().get(pk=revision.pk)
    StoredPage.objects.filter(revision=revision).delete()
    StoredPage.objects.bulk_create(
        [
            StoredPage(revision=revision, reader_type=reader_type.key, body=render_body(content, reader_type))
            for reader_type in readers.all()
        ],
        batch_size=1,  # PostgreSQL quotes long text in multi-row inserts slowly
    )
    search.index(revision)


def invalidate(article: Article) -> None:
    """Something a public page of `article` shows has changed: build its pages again."""
    refresh_public_revision(article)
    StoredPage.objects.filter(revision__article_id=article.pk).update(
        before_body="", after_body="", generation=F("generation") + 1
    )
    search.index_article(article)
    slug = article.slug
    transaction.on_commit(lambda: cache.forget(slug, cache.HOME, cache.SEARCH), robust=True)


def invalidate_all() -> None:
    """Something every public page shows has changed."""
    StoredPage.objects.update(before_body="", after_body="", generation=F("generation") + 1)
    slugs = list(Article.objects.public().values_list("slug", flat=True))
    transaction.on_commit(lambda: cache.forget(*slugs, cache.HOME, cache.SEARCH), robust=True)


# --- Reading ----------------------------------------------------------------------------


def public_page(slug: str, reader_type) -> Page | None:
    """The page of the article's public revision for this reader type, or None (no such
    article, or nothing public). Built and stored first if it is not stored yet."""
    row = _read(slug, reader_type.key)
    if row is None:
        stored = _store_missing_body(slug, reader_type)
        if stored is None:
            return None
        row = (stored.pk, stored.revision_id, stored.revision.status, "", stored.body, "", "", "",
               None, stored.generation, None)
    pk, revision_id, status, before, body, after, version, etag, built_at, generation, fresh_until = row
    indexable = status == Status.APPROVED
    fresh = fresh_until is None or timezone.now() < _aware(fresh_until)
    if before and version == page_version() and fresh:
        return Page(revision_id, before + body + after, etag, _aware(built_at), indexable)
    return _build(pk, revision_id, reader_type, body, generation, indexable)


# The read of a stored page, as the ORM writes it from StoredPage.objects.public(), compiled once
# per process: building and compiling the query cost 1 ms a read, running it 0.15 ms, which
# halved the uncached page's throughput (bench/RESULTS.md). The request's slug and reader type
# take the place of two stand-ins in the compiled parameters.
_READ_COLUMNS = (
    "pk", "revision_id", "revision__status", "before_body", "body", "after_body", "version",
    "etag", "built_at", "generation", "fresh_until",
)
_SLUG, _READER = "\x00slug\x00", "\x00reader\x00"


@functools.cache
def _read_statement(vendor: str) -> tuple[str, tuple]:
    query = (
        StoredPage.objects.public()
        .filter(revision__article__slug=_SLUG, reader_type=_READER)
        .values_list(*_READ_COLUMNS)[:1]
    ).query
    return query.sql_with_params()


def _read(slug: str, reader_key: str) -> tuple | None:
    sql, params = _read_statement(connection.vendor)
    stand_in = {_SLUG: slug, _READER: reader_key}
    with connection.cursor() as cursor:
        cursor.execute(sql, [stand_in.get(param, param) for param in params])
        return cursor.fetchone()


def _aware(moment):
    """A date and time as the raw cursor gives it: a datetime, or on SQLite a string."""
    if isinstance(moment, str):
        moment = parse_datetime(moment)
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment, datetime_timezone.utc)
    return moment


def _store_missing_body(slug, reader_type) -> StoredPage | None:
    """A public revision submitted before `reader_type` was registered has no body for it:
    render it now, from the same content and glossary the board reviewed."""
    revision = Revision.objects.public().with_content().filter(article__slug=slug).first()
    if revision is None:
        return None
    stored, _ = StoredPage.objects.get_or_create(
        revision=revision, reader_type=reader_type.key,
        defaults={"body": render_body(revision, reader_type)},
    )
    stored.revision = revision
    return stored


def _build(pk, revision_id, reader_type, body, generation, indexable) -> Page:
    revision = (
        Revision.objects.select_related("article")
        .prefetch_related("references", "sections__wordings")
        .get(pk=revision_id)
    )
    before, after = render_to_string(
        TEMPLATE, page_context(revision=revision, reader_type=reader_type, body=BODY_SLOT)
    ).split(BODY_SLOT)
    html = before + body + after
    etag = hashlib.sha256(html.encode()).hexdigest()[:32]
    built_at = timezone.now().replace(microsecond=0)
    due = revision.review_due_at if revision.is_live else None
    # Not over an invalidation that came after what this page was built from.
    StoredPage.objects.filter(pk=pk, generation=generation).update(
        before_body=before, after_body=after, version=page_version(), etag=etag, built_at=built_at,
        fresh_until=due if due is not None and due > built_at else None,
    )
    return Page(revision_id, html, etag, built_at, indexable)


def contents(revision, reader_type) -> list[dict]:
    """"On this page": the headings of the body in the reader's wording, in the body's order
    (the key points box first, as articles.rendering places it), then the references.
    Expects the sections with their wordings and the references prefetched."""
    sections = list(revision.sections.all())
    key_points = [s for s in sections if s.kind == s.Kind.KEY_POINTS][:1]
    entries = [
        {"anchor": "key-points", "heading": s.wording_for(reader_type).heading or "Key points"}
        for s in key_points
    ]
    entries += [
        {"anchor": s.anchor, "heading": s.wording_for(reader_type).heading}
        for s in sections if s.kind == s.Kind.SECTION
    ]
    if revision.references.all():
        entries.append({"anchor": "references", "heading": "References"})
    return entries


def page_context(*, revision, reader_type, body, preview=False) -> dict:
    """Everything the article template shows besides the body; the same for every visitor
    (no request, so no CSRF token or session)."""
    article = revision.article
    reviewers = hooks.reviewers_of([revision])[revision.pk]
    sections = [s for s in revision.sections.all() if s.kind == s.Kind.SECTION]
    lead = sections[0].wording_for(reader_type).body if sections else ""
    description = jsonld.describe(lead, fallback=article.question)
    first_published = (
        article.revisions.approved().order_by("number").values_list("approved_at", flat=True).first()
    )
    return {
        "article": article,
        "revision": revision,
        "reviewers": reviewers,
        "reader_type": reader_type,
        "reader_types": readers.all(),
        "body": body,
        "pending_review": revision.is_pending_review,
        # Told calmly once the live revision's review is due (the stored page is rebuilt then:
        # StoredPage.fresh_until).
        "review_overdue_since": revision.review_due_at if revision.is_review_due else None,
        "preview": preview,
        "contents": [
            *contents(revision, reader_type), {"anchor": "cite", "heading": "How to cite this article"}
        ],
        "citation": citing.cite(revision),
        "fictional_reviewers": settings.FICTIONAL_REVIEWERS,
        "meta": PageMeta(
            title=article.question,
            description=description,
            path=article.get_absolute_url(),
            noindex=preview or revision.is_pending_review,
            kind="article",
            modified=revision.approved_at,
            jsonld=jsonld.script_data(
                jsonld.medical_web_page(
                    article=article, revision=revision, reviewers=reviewers,
                    references=revision.references.all(), reader_type=reader_type,
                    description=description, first_published=first_published,
                )
            ),
        ),
    }
