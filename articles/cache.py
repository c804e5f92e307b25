"""The page cache for anonymous readers of article pages, the home page's listing and search
results, and the Cache-Control policy for a shared cache (a CDN or reverse proxy) in front of
the site.

Two kinds of entry per article: a pointer (slug -> a token naming the article's current pages)
and a page per normalized reader type, stored with the token it was read under. A hit fetches
both in one round trip (`get_many`) and touches no database; the page counts only if its token
is the pointer's. `forget(slug)`, run after a change commits (articles.pages.invalidate), gives
the slug a new token, so the next read misses and builds the page from the database. A read
that started before the change took the old token before it read the database, so the page it
stores can never pass for the new one. The home page's listing has a pointer of its own (HOME);
all pages of search results share one (SEARCH); every change forgets both.

With Redis (shared by every worker), each process also keeps copies of the pages and the
pointers it has read there (CACHES["local"], its own memory), and serves a copy while it was
stored under the pointer's token. Every `forget` also changes one GENERATION key in Redis, after
the pointers. A process reads that key again once PAGE_CACHE_CHECK_SECONDS (0.1 s) have passed,
and only pointers it read under the current generation count: so a change made by another
process reaches this one within that time (the process that made it sees it at once), and a
repeat read costs no round trip to Redis at all, instead of one that carried the 45 KB page
(README, "Benchmark"). A Redis that restarted empty has no generation: the first process to ask
adds a new one, so no token a process kept from before the restart counts again.

Requests that carry a session or a flash message may see their own content and bypass the
cache both ways; a response that used a CSRF token or sets a cookie is never stored. A cached
page keeps its compressed forms too (`Entry.encoded`), made once when it is stored.

A shared cache may keep a page for SHARED_CACHE_SECONDS (`s-maxage`) and then ask again with
If-None-Match, which the page cache answers with a 304; browsers ask again every time
(`max-age=0`), so an approval reaches readers within that time. Pages that may differ per
visitor are `private` (`cache_control`). Article, home and search pages differ per reader type,
which the `reader_type` cookie names, so they carry `Vary: Cookie`: a shared cache in front of
the site must honour it (or key on that cookie).
"""

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.utils.cache import patch_cache_control

from personalize import readers

from . import compression

PREFIX = "article-page:v2"
MESSAGES_COOKIE = "messages"
SLUG_MAX_LENGTH = 120  # Article.slug's; longer slugs name no article, and keep keys short
HOME = ":home"  # the home page's listing; no slug has a colon
SEARCH = ":search"  # every page of search results, under one pointer
COPIES = "local"  # the alias of each process's own memory (copies of what Redis holds)
GENERATION = f"{PREFIX}:generation"  # changes with every forget(); read by each process


@dataclass(frozen=True)
class Entry:
    content: bytes
    etag: str
    last_modified: datetime
    indexable: bool
    encoded: dict[str, bytes] = field(default_factory=dict)  # by content encoding

    def compressed(self) -> "Entry":
        return self if self.encoded else replace(self, encoded=compression.encoded(self.content))


def pointer_key(slug: str) -> str:
    return f"{PREFIX}:token:{slug}"


def page_key(slug: str, reader_key: str) -> str:
    return f"{PREFIX}:page:{slug}:{reader_key}"


def forget(*slugs: str) -> None:
    """Point readers of these articles at pages not cached yet; run it after the change commits."""
    if settings.PAGE_CACHE_SECONDS > 0 and slugs:
        cache.set_many({pointer_key(slug): _new_token() for slug in slugs}, settings.PAGE_CACHE_SECONDS)
        if (copies := _copies()) is not None:
            # After the pointers: a process that sees the new generation reads the new tokens.
            generation = _new_token()
            cache.set(GENERATION, generation, None)
            copies.set(GENERATION, generation, settings.PAGE_CACHE_CHECK_SECONDS)


def personal(request) -> bool:
    """Whether the request may see content of its own (a signed-in user, a flash message)."""
    return any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE))


def applies_to(request, slug: str) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if len(slug) > SLUG_MAX_LENGTH:
        return False
    return not personal(request)


def cache_control(request, response) -> None:
    """The site's Cache-Control for a response that does not set its own (module docstring)."""
    if response.has_header("Cache-Control"):
        return
    if personal(request) or response.cookies:
        patch_cache_control(response, private=True, no_cache=True)
    elif request.method in ("GET", "HEAD") and response.status_code in (200, 304):
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.SHARED_CACHE_SECONDS)


def get(request, slug: str, under: str = "") -> Entry | None:
    """The cached page for this reader, or None on a miss (or when the cache does not apply).
    A page kept `under` another name (search results, under SEARCH) is current while that
    name's token is."""
    if not applies_to(request, slug):
        return None
    pointer, page = pointer_key(under or slug), page_key(slug, readers.from_request(request).key)
    copies = _copies()
    if copies is None:  # the cache is this process's memory: one read of both
        found = cache.get_many([pointer, page])
        token, stored = found.get(pointer), found.get(page)
        return stored[1] if token is not None and stored is not None and stored[0] == token else None
    token = _current_token(copies, pointer)
    if token is None:
        return None
    kept = copies.get(page)
    if kept is not None and kept[0] == token:
        return kept[1]
    stored = cache.get(page)
    if stored is None or stored[0] != token:
        return None
    copies.set(page, stored, settings.PAGE_CACHE_SECONDS)
    return stored[1]


def _current_token(copies, pointer: str) -> str | None:
    """A pointer's token, as this process last read it from the shared cache while the
    generation was the same; the generation is read again once PAGE_CACHE_CHECK_SECONDS have
    passed (module docstring)."""
    generation = copies.get(GENERATION)
    if generation is None:
        generation = cache.get(GENERATION)
        if generation is None:
            # Redis started empty (a restart keeps nothing): a generation no process has
            # seen, so that no token kept from before can pass for a current one.
            cache.add(GENERATION, _new_token(), None)
            generation = cache.get(GENERATION) or _new_token()
        copies.set(GENERATION, generation, settings.PAGE_CACHE_CHECK_SECONDS)
    kept_as = f"{pointer}@{generation}"
    token = copies.get(kept_as)
    if token is None:
        token = cache.get(pointer)
        if token is not None:
            copies.set(kept_as, token, settings.PAGE_CACHE_SECONDS)
    return token


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


def store(request, slug: str, token: str, entry: Entry, *, compress: bool = True) -> None:
    """Keep this page for the next anonymous reader of the same reader type, with its
    compressed forms unless told not to (a page few readers may ask for again)."""
    if applies_to(request, slug):
        key = page_key(slug, readers.from_request(request).key)
        stored = (token, entry.compressed() if compress else entry)
        cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
        if (copies := _copies()) is not None:
            copies.set(key, stored, settings.PAGE_CACHE_SECONDS)


def shared() -> bool:
    """Whether the cache is one every worker process shares (Redis), not each one's memory."""
    return not isinstance(caches["default"], LocMemCache)


def _copies():
    """This process's copies of what a shared cache holds, or None when the cache is this
    process's memory already."""
    return caches[COPIES] if shared() else None


def _new_token() -> str:
    return uuid.uuid4().hex[:12]
