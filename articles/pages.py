"""The article page: built from a revision, and stored whole (around its body) when it goes live.

Nothing on the page depends on the visitor but the reader type, so the page around the stored
body is rendered once per reader type when a revision is approved and kept in
`Revision.page_parts` as [before the body, after the body]. A read then costs one query and a
join of three strings. The parts carry the version of the templates and static files they were
rendered with (and the site's address); after a deploy that changes them, pages are built per request again until
`manage.py render_pages` stores them anew.
"""

import functools
import hashlib

from django.conf import settings
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static

from personalize import readers

from . import jsonld

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


def stored_page(parts, body: str) -> str | None:
    """The stored page for one reader type, or None when it is missing or from older templates."""
    if not parts or parts.get("version") != page_version():
        return None
    before, after = parts["html"]
    return before + body + after


BODY_SLOT = "\x00article-body\x00"  # cannot occur in rendered HTML


def store_live_pages(revision) -> None:
    """Render and keep the page of a live revision for every reader type."""
    from .models import Revision
    from .selectors import approving_reviews

    reviews = list(approving_reviews(revision))
    stored = {}
    for reader_type in readers.READER_TYPES.values():
        context = page_context(
            article=revision.article, revision=revision, reviews=reviews,
            reader_type=reader_type, body=revision.rendered[reader_type.key],
        )
        context["body"] = BODY_SLOT
        before, after = render_to_string(TEMPLATE, context).split(BODY_SLOT)
        stored[reader_type.key] = {"version": page_version(), "html": [before, after]}
    Revision.objects.filter(pk=revision.pk).update(page_parts=stored)
    revision.page_parts = stored
