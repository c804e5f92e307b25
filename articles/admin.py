"""Admin for what readers send in and the editorial policy. Articles and revisions are edited
through the review workflow, whose admin lives in reviews.admin."""

from django.contrib import admin, messages

from . import pages
from .models import EditorialPolicy, FollowUpQuestion
from .services import InboxError, question_mark_answered


@admin.register(FollowUpQuestion)
class FollowUpQuestionAdmin(admin.ModelAdmin):
    """The editors' inbox of readers' follow-up questions."""

    list_display = ["created_at", "article", "short_question", "reader_type", "email", "state"]
    list_filter = ["state", "article"]
    list_select_related = ["article"]
    search_fields = ["question", "email"]
    date_hierarchy = "created_at"
    readonly_fields = ["article", "question", "email", "reader_type", "state", "created_at", "answered_at"]
    fields = readonly_fields
    actions = ["mark_answered"]

    @admin.display(description="question")
    def short_question(self, question):
        return question.question if len(question.question) <= 100 else question.question[:99] + "…"

    def has_add_permission(self, request):
        return False

    @admin.action(description="Mark answered", permissions=["change"])
    def mark_answered(self, request, queryset):
        answered = 0
        for question in queryset:
            try:
                question_mark_answered(question=question, actor=request.user)
                answered += 1
            except InboxError as refusal:
                messages.warning(request, str(refusal))
        if answered:
            messages.success(request, f"{answered} question{'s' if answered != 1 else ''} marked answered.")


@admin.register(EditorialPolicy)
class EditorialPolicyAdmin(admin.ModelAdmin):
    list_display = ["title", "updated_at"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        pages.invalidate_all()  # every article page links to the policy
