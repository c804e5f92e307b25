"""Board members are managed here; reviews and the audit trail are only shown: they change
through the workflow services alone, so nobody (superusers included) edits them in the admin."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join

from articles.admin_input import ModelAdmin
from articles.models import LiteratureNotice

from ..models import BoardMember, ChecklistItem, Review, ReviewComment, ReviewEvent


@admin.display(description="reviews")
def reviews_summary(revision):
    reviews = revision.reviews.select_related("reviewer").order_by("-round", "started_at")
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                r.round, r.reviewer.name_with_credentials, r.get_decision_display(),
                f"Conflict of interest: {r.conflict_details}" if r.conflict_of_interest else "",
                r.comment,
            )
            for r in reviews
        ),
    )
    if not rows:
        return "No reviews yet."
    return format_html(
        "<table><thead><tr><th>Round</th><th>Reviewer</th><th>Decision</th><th>Conflict</th>"
        "<th>Comment</th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )


@admin.display(description="audit trail")
def audit_trail(revision):
    events = revision.events.select_related("actor").order_by("created_at", "pk")
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                f"{e.created_at:%Y-%m-%d %H:%M}", e.actor.get_username(), e.get_action_display(),
                f"{e.from_status} → {e.to_status}" if e.from_status != e.to_status else "",
                e.note,
            )
            for e in events
        ),
    )
    return format_html(
        "<table><thead><tr><th>When</th><th>Who</th><th>What</th><th>Status</th><th>Note</th>"
        "</tr></thead><tbody>{}</tbody></table>",
        rows,
    )


class ReadOnlyAdmin(ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BoardMember)
class BoardMemberAdmin(ModelAdmin):
    list_display = ["display_name", "credentials", "specialty", "user", "active"]
    list_filter = ["active"]
    list_select_related = ["user"]
    search_fields = ["display_name", "user__username", "user__email"]
    autocomplete_fields = ["user"]

    def has_delete_permission(self, request, obj=None):
        return False  # members who reviewed stay on record; set them inactive instead


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ["revision", "reviewer", "round", "decision", "conflict_of_interest", "decided_at"]
    list_filter = ["decision", "conflict_of_interest"]
    list_select_related = ["revision__article", "reviewer"]


@admin.register(ReviewComment)
class ReviewCommentAdmin(ReadOnlyAdmin):
    list_display = ["revision", "author", "section", "round", "created_at"]
    list_select_related = ["revision__article", "author", "section"]


@admin.register(ReviewEvent)
class ReviewEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "revision", "actor", "action", "from_status", "to_status"]
    list_filter = ["action"]
    list_select_related = ["revision__article", "actor"]
    search_fields = ["note", "revision__article__question"]


@admin.register(ChecklistItem)
class ChecklistItemAdmin(ModelAdmin):
    """The sign-off checklist, as data: a board adapts it here. An approval records the items
    ticked as worded that day, so rewording or retiring an item leaves past reviews as signed."""

    list_display = ["label", "source", "position", "active"]
    list_editable = ["position", "active"]
    list_filter = ["active"]

    def get_readonly_fields(self, request, obj=None):
        return ["key"] if obj is not None else []


@admin.register(LiteratureNotice)
class LiteratureNoticeAdmin(ModelAdmin):
    """Retractions, corrections and expressions of concern about cited papers: found by
    `manage.py check_literature`, or entered by hand when an editor learns of one first."""

    list_display = ["doi", "kind", "published", "source", "found_at", "editors_told_at"]
    list_filter = ["kind"]
    search_fields = ["doi", "notice_doi", "label"]
    readonly_fields = ["found_at", "editors_told_at"]
