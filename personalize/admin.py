from django.contrib import admin

from .models import GlossaryTerm


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "explanation", "lay_terms"]
    search_fields = ["term", "explanation", "lay_terms"]
    fieldsets = [
        (
            None,
            {
                "fields": ["term", "explanation", "lay_terms"],
                # Rendered pages are stored per revision, so the reviewers see what readers see.
                "description": "A change shows on articles from their next submission or "
                "approval; the live page of an article keeps the explanations it was approved with. "
                "Lay words count in search at once.",
            },
        ),
    ]
