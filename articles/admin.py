"""Admin for the editorial policy, readers' error reports and the glossary. Articles and
revisions are edited through the review workflow, and readers' questions answered in its inbox
(replies, "Readers asked"): their admins live in reviews.admin.

The glossary's model belongs to personalize, which sits below this app and so cannot use the
admin's checks of bad input (admin_input); its admin is here, with every other editor's admin."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone

from personalize.models import GlossaryTerm

from . import pages
from .admin_input import ModelAdmin
from .models import CorrectionReport, EditorialPolicy
from .services import InboxError, correction_refusal, correction_resolve


class CorrectionReportForm(forms.ModelForm):
    class Meta:
        model = CorrectionReport
        fields = ["state", "fixed_in", "public_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            field = self.fields["fixed_in"]
            field.queryset = self.instance.article.revisions.order_by("-number")
            field.label_from_instance = lambda revision: (
                f"Revision {revision.number} ({revision.get_status_display().lower()})"
            )

    def clean(self):
        cleaned = super().clean()
        stored = CorrectionReport.objects.get(pk=self.instance.pk)
        refusal = correction_refusal(stored, state=cleaned.get("state"), fixed_in=cleaned.get("fixed_in"))
        if refusal:
            raise forms.ValidationError(refusal)
        return cleaned


@admin.register(CorrectionReport)
class CorrectionReportAdmin(ModelAdmin):
    """The editors' inbox of readers' error reports, apart from their questions. A report is
    due for a reply CORRECTION_RESPONSE_DAYS after it came in (the editorial policy says so)."""

    form = CorrectionReportForm
    list_display = ["created_at", "article", "short_problem", "location", "state", "reply_due", "email"]
    list_filter = ["state", "article"]
    list_select_related = ["article"]
    search_fields = ["problem", "source", "email"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "article", "revision_read", "location", "problem", "source", "email", "reader_type",
        "created_at", "reply_due", "closed_at",
    ]
    fieldsets = [
        ("The report", {"fields": readonly_fields}),
        ("What the editors did", {
            "fields": ["state", "fixed_in", "public_note"],
            "description": (
                "When the error is fixed, choose the revision that fixes it and say in a sentence "
                "what was corrected: the public change log shows it once that revision is approved."
            ),
        }),
    ]

    @admin.display(description="what is wrong")
    def short_problem(self, report):
        return report.problem if len(report.problem) <= 100 else report.problem[:99] + "…"

    @admin.display(description="revision read")
    def revision_read(self, report):
        return f"Revision {report.revision.number}" if report.revision else "–"

    @admin.display(description="reply due")
    def reply_due(self, report):
        if report.created_at is None:
            return "–"
        due = report.created_at + timezone.timedelta(days=settings.CORRECTION_RESPONSE_DAYS)
        if report.state == CorrectionReport.State.NEW and due < timezone.now():
            return f"{due:%Y-%m-%d} (overdue)"
        return f"{due:%Y-%m-%d}"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        try:
            correction_resolve(
                correction=obj, actor=request.user, state=form.cleaned_data["state"],
                fixed_in=form.cleaned_data["fixed_in"], public_note=form.cleaned_data["public_note"],
            )
        except InboxError as refusal:
            messages.error(request, str(refusal))


@admin.register(EditorialPolicy)
class EditorialPolicyAdmin(ModelAdmin):
    list_display = ["title", "updated_at"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        pages.invalidate_all()  # every article page links to the policy


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(ModelAdmin):
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
