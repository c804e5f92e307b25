import logging

from django.conf import settings
from django.contrib.auth import SESSION_KEY


class ContentSecurityPolicyMiddleware:
    """Send one Content-Security-Policy: 'self' only, so no page may carry inline script or style."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class RequestContextFilter(logging.Filter):
    """Give each django.request record the method, path and user, so a logged 500 says who
    hit what without digging the request out of the traceback."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is None:
            record.request_context = "-"
        else:
            method = getattr(request, "method", "?")
            path = getattr(request, "path", "?")
            record.request_context = f"{method} {path} user={_user_id(request)}"
        return True


def _user_id(request) -> str:
    user = getattr(request, "_cached_user", None)
    if user is not None:
        return str(user.pk) if user.is_authenticated else "anonymous"
    if settings.SESSION_COOKIE_NAME not in getattr(request, "COOKIES", {}):
        return "anonymous"
    try:
        # The failure being logged may be the database itself; logging must not fail with it.
        return str(request.session.get(SESSION_KEY) or "anonymous")
    except Exception:
        return "unknown"
