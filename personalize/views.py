from django.http import HttpResponseRedirect
from django.utils.encoding import iri_to_uri
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import readers

ONE_YEAR = 365 * 24 * 60 * 60
MAX_NEXT_LENGTH = 2000  # Longer than any URL of ours; some proxies refuse longer Location headers.


def local_url(value) -> str:
    """`value` if it is a path on this site, else the home page: the endpoint is no open redirect.

    Control characters and spaces are refused too: a newline in a Location header is an error,
    and browsers drop tabs and newlines, which turns "/\\t/evil.com" into "//evil.com".
    """
    if (
        not isinstance(value, str)
        or not value.startswith("/")
        or len(iri_to_uri(value)) > MAX_NEXT_LENGTH
        or any(char.isspace() or not char.isprintable() for char in value)
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=None)
    ):
        return "/"
    return value


@csrf_exempt  # A reading preference stores nothing server-side; the article page stays token-free.
@require_POST
def choose_reader_type(request):
    """Remember the reader type in a cookie and go back to the (local) page the reader came from."""
    reader_type = readers.normalize(request.POST.get("reader_type"))
    response = HttpResponseRedirect(local_url(request.POST.get("next")))
    response.status_code = 303  # See Other: the page is fetched again with GET.
    response.set_cookie(
        readers.COOKIE_NAME, reader_type.key, max_age=ONE_YEAR, samesite="Lax", httponly=True,
        secure=request.is_secure(),
    )
    return response
