from django.shortcuts import render
from django.template.loader import render_to_string
from django.http import HttpResponseServerError


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a RequestContext: the request may be what failed.
    return HttpResponseServerError(render_to_string("500.html"))
