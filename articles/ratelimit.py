"""A small fixed-window rate limit per client, kept in the cache (shared when Redis is used)."""

from django.conf import settings
from django.core.cache import cache


def client_key(request) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


def allow(request, scope: str) -> bool:
    """Count one attempt for this client; False once it is over the limit for the window."""
    limit, window = settings.RATE_LIMITS[scope]
    key = f"ratelimit:{scope}:{client_key(request)}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= limit
