"""A small fixed-window rate limit per client, kept in the cache (shared when Redis is used), and
the client's address, which the rate limit and the login lock-out (django-axes) both key on."""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str | None:
    """The address of the client that sent this request.

    Behind TRUSTED_PROXY_COUNT proxies (a TLS terminator, a load balancer), each proxy appends
    the address it was connected from to X-Forwarded-For, so the client is the entry that many
    places from the right; whatever a client wrote into the header itself lies further left and
    is ignored. With no trusted proxy (0, the default) the header is ignored entirely: anyone can
    send one. A chain shorter than expected, or an entry that is not an address, falls back to
    the connection's address (None when there is none, as for a test's forced login).

    Written here rather than with django-ipware: ipware's proxy count expects the header to list
    the proxies themselves, and in its strict mode it files every client that sends a header of
    its own under the proxy's one address, the shared address issue 14 was about.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    chain = [part for part in chain if part]
    if len(chain) < count:
        return remote
    candidate = chain[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def allow(request, scope: str) -> bool:
    """Count one attempt for this client; False once it is over the limit for the window."""
    limit, window = settings.RATE_LIMITS[scope]
    key = f"ratelimit:{scope}:{client_address(request) or 'unknown'}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= limit
