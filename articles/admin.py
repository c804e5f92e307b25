"""Admin for the editorial policy. Articles and revisions are edited through the review
workflow, and readers' questions answered in its inbox (replies, "Readers asked"): their admins
live in reviews.admin."""

from django.contrib import admin

from . import pages
from .models import EditorialPolicy


@admin.register(EditorialPolicy)
class EditorialPolicyAdmin(admin.ModelAdmin):
    list_display = ["title", "updated_at"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        pages.invalidate_all()  # every article page links to the policy
