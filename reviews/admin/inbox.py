"""The editors' inbox of readers' follow-up questions: read, reply (emailed to the reader
where they gave an address), and propose a question with its reply for the article's "Readers
asked" section, which goes into the article's next revision and is reviewed with it."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe

from articles.admin_input import ModelAdmin
from articles.models import FollowUpQuestion
from articles.services import InboxError, question_mark_answered

from .. import services
from .forms import TextField


class ReplyForm(forms.ModelForm):
    class Meta:
        model = FollowUpQuestion
        fields = ["reply"]
        field_classes = {"reply": TextField}
        widgets = {"reply": forms.Textarea(attrs={"rows": 8})}
        help_texts = {
            "reply": "Sent to the reader when you save, if they gave an email address, and kept "
            "here. General information, not advice about their own care."
        }


@admin.register(FollowUpQuestion)
class FollowUpQuestionAdmin(ModelAdmin):
    list_display = ["created_at", "article", "short_question", "reader_type", "email", "state", "replied"]
    list_filter = ["state", "article"]
    list_select_related = ["article"]
    search_fields = ["question", "email"]
    date_hierarchy = "created_at"
    info_fields = ["article", "question", "email", "reader_type", "state", "created_at", "answered_at"]
    actions = ["mark_answered", "propose_for_readers_asked"]
    form = ReplyForm

    @admin.display(description="question")
    def short_question(self, question):
        return question.question if len(question.question) <= 100 else question.question[:99] + "…"

    @admin.display(boolean=True, description="replied")
    def replied(self, question):
        return question.replied_at is not None

    @admin.display(description="reply")
    def reply_sent(self, question):
        sent = f" and emailed to {question.email}" if question.email else " (no address was given: not emailed)"
        return format_html(
            '<div class="inbox-reply">{}</div><p>Sent by {} on {}{}.</p>',
            mark_safe(linebreaks(question.reply, autoescape=True)),
            question.replied_by.get_username(), f"{question.replied_at:%Y-%m-%d %H:%M}", sent,
        )

    @admin.display(description="readers asked")
    def proposal(self, question):
        if question.proposed_in_id is None:
            return "Not proposed. Reply first, then “Propose for Readers asked”."
        url = reverse("admin:articles_revision_change", args=[question.proposed_in_id])
        return format_html('In <a href="{}">revision {}</a>.', url, question.proposed_in.number)

    def get_fields(self, request, obj=None):
        if obj is not None and obj.replied_at is None:
            return [*self.info_fields, "reply"]
        return [*self.info_fields, "reply_sent", "proposal"]

    def get_readonly_fields(self, request, obj=None):
        return [*self.info_fields, "reply_sent", "proposal"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        reply = form.cleaned_data.get("reply", "")
        if not reply:
            return
        try:
            services.question_reply(question=obj, actor=request.user, reply=reply)
        except services.WorkflowError as refusal:
            messages.error(request, str(refusal))
        else:
            where = f" and emailed to {obj.email}" if obj.email else " (no address was given, so it was not emailed)"
            messages.success(request, f"Your reply was saved{where}.")

    def response_change(self, request, obj):
        return HttpResponseRedirect(reverse("admin:articles_followupquestion_change", args=[obj.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        question = self.get_object(request, unquote(object_id))
        can_propose = question is not None and question.replied_at is not None and question.proposed_in_id is None
        extra_context = {**(extra_context or {}), "can_propose": can_propose}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        view = self.admin_site.admin_view(self.propose_view)
        return [
            path("<path:object_id>/propose/", view, name="articles_followupquestion_propose"),
            *super().get_urls(),
        ]

    def propose_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        question = self.get_object(request, unquote(object_id))
        if question is None:
            raise Http404("No such question.")
        revision = self._propose(request, question)
        if revision is not None:
            return HttpResponseRedirect(reverse("admin:articles_revision_change", args=[revision.pk]))
        return HttpResponseRedirect(reverse("admin:articles_followupquestion_change", args=[question.pk]))

    def _propose(self, request, question):
        try:
            revision = services.question_propose(question=question, actor=request.user)
        except services.WorkflowError as refusal:
            messages.error(request, f"The question of {question.created_at:%Y-%m-%d}: {refusal}")
            return None
        messages.success(
            request,
            f"The question of {question.created_at:%Y-%m-%d} and its reply were added to “Readers "
            f"asked” in revision {revision.number}; they are published when the board approves it.",
        )
        return revision

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

    @admin.action(description="Propose for “Readers asked” (with the reply)", permissions=["change"])
    def propose_for_readers_asked(self, request, queryset):
        for question in queryset.order_by("created_at"):
            self._propose(request, question)
