"""Bad values in the admin's query strings and action forms get a message, never a 500.

Django's admin accepts any lookup on a model's own fields in a changelist's query string
(`?created_at__year=…`, `?id__gt=…`), and evaluates it only when it counts the rows: a year of 20
digits overflows Python's datetime, a NUL byte is refused by PostgreSQL's driver, a number past
64 bits by SQLite's. The changelist here turns those into the admin's own "bad filter" answer (a
redirect to `?e=1`, the unfiltered list) with a message saying why; the action form checks the
ids it is given before the action runs. Every ModelAdmin of the site derives from `ModelAdmin`
here (articles, and the workflow's admins in reviews.admin)."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.db import DataError, transaction
from django.http import HttpResponseRedirect

# What bad filter values raise when the query is built or run (not a bug of ours to report).
BAD_VALUE_ERRORS = (OverflowError, ValueError, ValidationError, DataError)
BAD_FILTER_MESSAGE = "That filter or search value is not valid here, so the list is shown unfiltered."


class CheckedChangeList(ChangeList):
    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except BAD_VALUE_ERRORS as error:  # e.g. a date hierarchy's year of 20 digits
            messages.error(request, BAD_FILTER_MESSAGE)
            raise IncorrectLookupParameters(error) from error

    def get_results(self, request):
        try:
            # A savepoint: on PostgreSQL a refused value would otherwise end the transaction.
            with transaction.atomic():
                super().get_results(request)
        except BAD_VALUE_ERRORS as error:
            messages.error(request, BAD_FILTER_MESSAGE)
            raise IncorrectLookupParameters(error) from error


class ModelAdmin(admin.ModelAdmin):
    def get_changelist(self, request, **kwargs):
        return CheckedChangeList

    def response_action(self, request, queryset):
        """Run an action only on ids that can be ids: a crafted `_selected_action` of letters,
        a NUL byte or a number past 64 bits gets a message and changes nothing."""
        pk = self.model._meta.pk
        for value in request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME):
            try:
                pk.clean(value, None)
            except ValidationError:
                messages.error(request, "The selection names items that are not in this list; nothing was done.")
                return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)
