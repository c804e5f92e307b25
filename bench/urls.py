from django.http import HttpResponse
from django.urls import path

from her2site.urls import handler404, handler500, urlpatterns  # noqa: F401


def ping(request):
    """The benchmark's ceiling: the full middleware stack and nothing else."""
    return HttpResponse("ok", content_type="text/plain")


# Last, as it always was: the ceiling pays for resolving its URL past every other pattern.
urlpatterns = [*urlpatterns, path("bench/ping/", ping)]
