from django.conf import settings
from django.urls import Resolver404, resolve

from . import cache
from .views import page_response

ARTICLE_VIEW = "articles:detail"


class PageCacheMiddleware:
    """Answer repeat anonymous reads of an article from the page cache before the session, CSRF,
    auth, messages and lock-out middleware run: none of them has anything to add to such a page
    (the cache is bypassed for requests with a session). The view fills the cache on a miss."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            if match is not None and match.view_name == ARTICLE_VIEW:
                entry = cache.get(request, match.kwargs["slug"])
                if entry is not None:
                    response = page_response(entry)
                    response["X-Page-Cache"] = "hit"
                    # XFrameOptionsMiddleware is further in and never sees this response.
                    response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
                    return response
        return self.get_response(request)
