"""Compressed responses: zstd, brotli or gzip, as the client asks (django-compression-middleware).

Pages that carry a CSRF token are sent uncompressed. BREACH reads a secret out of a compressed
page by sending input that the page reflects and watching the compressed size; a CSRF token is
such a secret, and the pages that carry one (forms, the admin, the review pages) are small, so
not compressing them costs little. Readers' pages carry none (PRODUCT.md, "Serving").

Pages kept in the page cache are compressed once, when they are stored (`encoded`), and served
in the encoding the client asks for without compressing them again (articles.views.page_response).
"""

from compression_middleware import middleware as library
from django.conf import settings
from django.utils.cache import patch_vary_headers

BULK = {name: compress for name, compress, _ in library.compressors}


def carries_csrf_token(response) -> bool:
    # CsrfViewMiddleware sends the CSRF cookie with every response whose page used the token.
    return settings.CSRF_COOKIE_NAME in response.cookies


def negotiate(request) -> str | None:
    """The encoding to answer this request in, or None for none."""
    encoding, _, _ = library.compressor(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    return encoding


def encoded(content: bytes) -> dict[str, bytes]:
    """`content` in every encoding worth sending it in (none for a short body)."""
    if len(content) < library.MIN_LEN:
        return {}
    found = {name: compress(content) for name, compress in BULK.items()}
    return {name: body for name, body in found.items() if len(body) < len(content) - library.MIN_IMPROVEMENT}


def respond_with(request, response, encodings: dict[str, bytes]):
    """Give `response` (whose content is uncompressed) the client's encoding from `encodings`."""
    patch_vary_headers(response, ("Accept-Encoding",))
    encoding = negotiate(request)
    if encoding in encodings:
        response.content = encodings[encoding]
        response["Content-Encoding"] = encoding
    return response


class CompressionMiddleware(library.CompressionMiddleware):
    """The library's middleware, except for pages that carry a CSRF token (see above)."""

    def process_response(self, request, response):
        if carries_csrf_token(response):
            return response
        return super().process_response(request, response)
