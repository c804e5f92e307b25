from django.conf import settings
from django.urls import Resolver404, resolve

from . import cache
from .views import page_response

ARTICLE_VIEW = "articles:detail"
HOME_VIEW = "articles:home"


def cached_page(request):
    """The page-cache key of this request (an article's slug, or the home page's listing), or
    None for a page the cache does not keep."""
    if request.method not in ("GET", "HEAD") or cache.personal(request):
        return None  # the cache never answers it: no need to resolve the path twice
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.view_name == ARTICLE_VIEW:
        return match.kwargs["slug"]
    if match.view_name == HOME_VIEW and not request.META.get("QUERY_STRING"):
        return cache.HOME
    return None


class PageCacheMiddleware:
    """Answer repeat anonymous reads of an article, and of the home page, from the page cache
    before the session, CSRF, auth, messages and lock-out middleware run: none of them has
    anything to add to such a page (the cache is bypassed for requests with a session). The
    views fill the cache on a miss. A conditional GET for the page the reader has is answered
    304 here too, without touching the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cached_page(request)
        entry = cache.get(request, key) if key is not None else None
        if entry is None:
            return self.get_response(request)
        response = page_response(request, entry)
        response["X-Page-Cache"] = "hit"
        # XFrameOptionsMiddleware is further in and never sees this response.
        response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
        return response


class CachePolicyMiddleware:
    """Cache-Control for every response that does not set its own (articles.cache.cache_control).
    Outside the session, CSRF and messages middleware, so that it sees the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        cache.cache_control(request, response)
        return response
