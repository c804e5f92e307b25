"""The article page: built from a revision, and stored whole when the revision goes live.

Nothing on the page depends on the visitor but the reader type, so the page of a live revision
is rendered once per reader type when it is approved and kept as a `StoredPage` row: the page
around the body, and the body. A read on a page-cache miss is then one indexed row
(articles.live_page) and no template. Each page carries the version of the templates and
static files it was rendered with (and the site's address); after a deploy that changes them,
pages are built per request again until `manage.py render_pages` stores them anew.
"""

import functools
import hashlib

from django.conf import settings
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static

from personalize import readers
from personalize.models import glossary_terms

from . import jsonld
from .models import StoredPage
from .rendering import render_revision
from .selectors import approving_reviews

TEMPLATE = "articles/article_detail.html"
PAGE_TEMPLATES = (
    "base.html",
    TEMPLATE,
    "includes/_stepper.html",
    "personalize/_chooser.html",
    "articles/includes/_jsonld.html",
)
STYLESHEETS = ("bootstrap/css/bootstrap.min.css", "css/site.css", "css/print.css")


def page_version() -> str:
    """What the stored pages depend on besides their revision: templates, stylesheets, site URL."""
    return _page_version(settings.SITE_URL, settings.STATIC_URL)


@functools.lru_cache(maxsize=4)
def _page_version(site_url: str, static_url: str) -> str:
    digest = hashlib.sha256(f"{site_url} {static_url}".encode())
    for name in PAGE_TEMPLATES:
        digest.update(get_template(name).template.source.encode())
    for path in STYLESHEETS:
        digest.update(static(path).encode())  # hashed names change with the files in production
    return digest.hexdigest()[:16]


def page_context(*, article, revision, reviews, reader_type, body) -> dict:
    return {
        "article": article,
        "revision": revision,
        "reviews": reviews,
        "reader_type": reader_type,
        "reader_types": readers.READER_TYPES.values(),
        "body": body,
        "pending_review": revision.is_pending_review,
        "canonical_url": jsonld.canonical_url(article),
        "meta_description": jsonld.meta_description(body, fallback=article.question),
        "jsonld": jsonld.script_data(
            jsonld.medical_web_page(
                article=article, revision=revision, reviews=reviews,
                references=jsonld.references_from_body(body), reader_type=reader_type,
            )
        ),
    }


def render_page(**context_args) -> str:
    """The page as HTML; the same for every visitor (no request, so no CSRF token or session)."""
    return render_to_string(TEMPLATE, page_context(**context_args))


def body_for(revision, reader_type) -> str:
    """The revision's stored body for this reader type."""
    body = revision.rendered.get(reader_type.key)
    if body is None:  # a reader type added to the registry after this revision was submitted
        body = render_revision(revision, glossary_terms())[reader_type.key]
    return body


def build_page(article, revision, reader_type) -> str:
    """The page of any public revision (live, or pending review), built now."""
    return render_page(
        article=article, revision=revision, reviews=list(approving_reviews(revision)),
        reader_type=reader_type, body=body_for(revision, reader_type),
    )


def store_live_pages(revision) -> None:
    """Render and keep the page of a live revision for every reader type; drop the pages of
    the article's earlier revisions, which no reader can reach any more."""
    reviews = list(approving_reviews(revision))
    version = page_version()
    stored = []
    for reader_type in readers.READER_TYPES.values():
        body = body_for(revision, reader_type)
        context = page_context(
            article=revision.article, revision=revision, reviews=reviews,
            reader_type=reader_type, body=body,
        )
        context["body"] = BODY_SLOT
        before_body, after_body = render_to_string(TEMPLATE, context).split(BODY_SLOT)
        stored.append(StoredPage(
            revision=revision, reader_type=reader_type.key, version=version,
            before_body=before_body, body=body, after_body=after_body,
        ))
    StoredPage.objects.filter(revision__article_id=revision.article_id).exclude(
        revision=revision
    ).delete()
    # An upsert: two admin saves of the same article at once both succeed. A row per
    # statement: several rows go to PostgreSQL as arrays, which quote long text slowly.
    StoredPage.objects.bulk_create(
        stored, batch_size=1, update_conflicts=True, unique_fields=["revision", "reader_type"],
        update_fields=["version", "before_body", "body", "after_body"],
    )


BODY_SLOT = "\x00article-body\x00"  # cannot occur in rendered HTML
