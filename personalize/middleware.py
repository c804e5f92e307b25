from django.utils.cache import patch_cache_control

from . import readers


class SharedLinkMiddleware:
    """A `?for=<reader type>` link keeps its wording for the rest of the visit.

    Any response to such a link carries `Set-Cookie: reader_type=<type>` as a session cookie
    (so the choice lasts while the browser is open, and the pages linked from it need no
    `?for=`), and `Cache-Control: private`, as a response that sets a cookie must not be kept
    by a shared cache. The body is not touched: the article page for a reader type stays the
    one stored and cached page (articles.pages, articles.cache), whether it came by link or by
    cookie. This sits outside the page cache's middleware, so a cache hit gets the cookie too.

    Only a value that names a reader type sets it: a mistyped or hostile link shows the
    default wording (readers.from_request) without overwriting the reader's own choice.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method in ("GET", "HEAD"):
            reader_type = readers.named(request.GET.get(readers.QUERY_PARAM))
            if reader_type is not None:
                response.set_cookie(
                    readers.COOKIE_NAME, reader_type.key, samesite="Lax", httponly=True,
                    secure=request.is_secure(),
                )
                patch_cache_control(response, private=True)
        return response
