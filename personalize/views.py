from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import readers

ONE_YEAR = 365 * 24 * 60 * 60


@csrf_exempt  # A reading preference stores nothing server-side; the article page stays token-free.
@require_POST
def choose_reader_type(request):
    """Remember the reader type in a cookie and go back to the (local) page the reader came from."""
    reader_type = readers.normalize(request.POST.get("reader_type"))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not next_url.startswith("/"):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        readers.COOKIE_NAME, reader_type.key, max_age=ONE_YEAR, samesite="Lax", httponly=True,
        secure=request.is_secure(),
    )
    return response
