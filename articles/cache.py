"""The page cache for anonymous readers of article pages.

Two entries per article: a pointer (slug -> id of the live revision) and the page, keyed by
(slug, revision id, normalized reader type). A hit reads the pointer, then the page, and touches
no database. An approval replaces the pointer after it commits (`article_published`), so the next
read looks for a page under a new key; nobody is served the old approval state after the commit.

Only live (approved) revisions are cached. A page pending review changes with every transition
(start review, withdraw, request changes), and those do not come through here, so it is always
built fresh. Requests that carry a session or a flash message may see their own content and
bypass the cache both ways; a response that used a CSRF token or sets a cookie is never stored.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from personalize import readers

from .models import Article

PREFIX = "article-page:v1"
MESSAGES_COOKIE = "messages"
SLUG_MAX_LENGTH = Article._meta.get_field("slug").max_length


def pointer_key(slug: str) -> str:
    return f"{PREFIX}:live:{slug}"


def page_key(slug: str, revision_id: int, reader_key: str) -> str:
    return f"{PREFIX}:page:{slug}:{revision_id}:{reader_key}"


def article_published(*, slug: str, revision_id: int) -> None:
    """Point readers at a newly approved revision; run it after the approval commits."""
    if settings.PAGE_CACHE_SECONDS > 0:
        cache.set(pointer_key(slug), revision_id, settings.PAGE_CACHE_SECONDS)


def _applies_to(request, slug: str) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if len(slug) > SLUG_MAX_LENGTH:  # no such article; keep cache keys short
        return False
    personal = (settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE)
    return not any(name in request.COOKIES for name in personal)


def get(request, slug: str) -> HttpResponse | None:
    """The cached page for this reader, or None on a miss (or when the cache does not apply)."""
    if not _applies_to(request, slug):
        return None
    revision_id = cache.get(pointer_key(slug))
    if revision_id is None:
        return None
    entry = cache.get(page_key(slug, revision_id, readers.from_request(request).key))
    if entry is None:
        return None
    content, content_type = entry
    response = HttpResponse(content, content_type=content_type)
    response["Vary"] = "Cookie"
    response["X-Page-Cache"] = "hit"
    return response


def store(request, slug: str, revision_id: int, response) -> None:
    """Keep this page of a live revision for the next anonymous reader of the same reader type."""
    if not _applies_to(request, slug) or response.status_code != 200:
        return
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return
    timeout = settings.PAGE_CACHE_SECONDS
    # `add`, not `set`: if an approval has just pointed the slug elsewhere, this read (which
    # may have seen the old live revision) must not point it back.
    cache.add(pointer_key(slug), revision_id, timeout)
    entry = (response.content, response["Content-Type"])
    cache.set(page_key(slug, revision_id, readers.from_request(request).key), entry, timeout)
