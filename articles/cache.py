"""The page cache for anonymous readers of article pages.

Two kinds of entry per article: a pointer (slug -> a token naming the article's current pages)
and a page per normalized reader type, stored with the token it was read under. A hit fetches
both in one round trip (`get_many`) and touches no database; the page counts only if its token
is the pointer's. `forget(slug)`, run after a change commits (articles.pages.invalidate), gives
the slug a new token, so the next read misses and builds the page from the database. A read
that started before the change took the old token before it read the database, so the page it
stores can never pass for the new one.

Requests that carry a session or a flash message may see their own content and bypass the
cache both ways; a response that used a CSRF token or sets a cookie is never stored.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache

from personalize import readers

PREFIX = "article-page:v2"
MESSAGES_COOKIE = "messages"
SLUG_MAX_LENGTH = 120  # Article.slug's; longer slugs name no article, and keep keys short


@dataclass(frozen=True)
class Entry:
    content: bytes
    etag: str
    last_modified: datetime
    indexable: bool


def pointer_key(slug: str) -> str:
    return f"{PREFIX}:token:{slug}"


def page_key(slug: str, reader_key: str) -> str:
    return f"{PREFIX}:page:{slug}:{reader_key}"


def forget(*slugs: str) -> None:
    """Point readers of these articles at pages not cached yet; run it after the change commits."""
    if settings.PAGE_CACHE_SECONDS > 0 and slugs:
        cache.set_many({pointer_key(slug): _new_token() for slug in slugs}, settings.PAGE_CACHE_SECONDS)


def applies_to(request, slug: str) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if len(slug) > SLUG_MAX_LENGTH:
        return False
    personal = (settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE)
    return not any(name in request.COOKIES for name in personal)


def get(request, slug: str) -> Entry | None:
    """The cached page for this reader, or None on a miss (or when the cache does not apply)."""
    if not applies_to(request, slug):
        return None
    pointer, page = pointer_key(slug), page_key(slug, readers.from_request(request).key)
    found = cache.get_many([pointer, page])
    token, stored = found.get(pointer), found.get(page)
    if token is None or stored is None or stored[0] != token:
        return None
    return stored[1]


def token(slug: str) -> str:
    """The token to store a page of `slug` under: read it BEFORE reading the page from the
    database, so that a page read before a change can never be stored under the token that
    `forget` gave the slug after it."""
    key = pointer_key(slug)
    current = cache.get(key)
    if current is None:
        current = _new_token()
        # `add`, not `set`: if a change has just given the slug a token, keep that one.
        if not cache.add(key, current, settings.PAGE_CACHE_SECONDS):
            current = cache.get(key) or current
    return current


def store(request, slug: str, token: str, entry: Entry) -> None:
    """Keep this page for the next anonymous reader of the same reader type."""
    if applies_to(request, slug):
        key = page_key(slug, readers.from_request(request).key)
        cache.set(key, (token, entry), settings.PAGE_CACHE_SECONDS)


def _new_token() -> str:
    return uuid.uuid4().hex[:12]
