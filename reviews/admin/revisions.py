"""The editors' admin. Content changes and state changes all go through reviews.services:
the admin never sets a revision's status, number or version itself."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from articles import pages
from articles.admin_input import ModelAdmin
from articles.models import PROPOSED_FIELDS, Article, LiteratureNotice, Reference, Revision, Section

from .. import rules, services
from .board import audit_trail, reviews_summary
from personalize import readers

from .forms import (
    ReferenceForm, RevisionAddForm, RevisionChangeForm, describe_changes, make_room_for_renumbering,
    parse_version, pre_submit_checks, preview_links, reading_grades, review_due_note, section_form,
    wording_fields,
)
from .references import look_up_references


class Refused(Exception):
    """A service refused the save; the admin shows the same form again with the reason."""


class _VersionOK(Exception):
    pass


def _abort_after_version_check(locked):
    raise _VersionOK


def run_revision_action(request, revision, action: str, *, saved: bool = False) -> Revision | None:
    """One workflow button or action on one revision; the outcome becomes a message. `saved`:
    the editor's changes were saved just before (the "Save and submit" button)."""
    label = f"Revision {revision.number} of “{revision.question or revision.article.question}”"
    try:
        if action == "submit":
            services.revision_submit(revision=revision, actor=request.user)
            messages.success(
                request,
                f"Your changes were saved, and {label[0].lower()}{label[1:]} was submitted for review."
                if saved else f"{label} was submitted for review.",
            )
        elif action == "withdraw":
            services.revision_withdraw(revision=revision, actor=request.user)
            messages.success(request, f"{label} was withdrawn and is a draft again.")
        elif action == "new":
            new = services.revision_create(article=revision.article, actor=request.user, based_on=revision)
            messages.success(request, f"Revision {new.number} was started from revision {revision.number}.")
            return new
    except services.SubmissionProblems as refusal:
        if saved:
            messages.success(request, "Your changes were saved.")
        messages.error(request, f"{label} cannot be submitted yet:")
        for problem in refusal.problems:
            messages.error(request, problem)
    except services.WorkflowError as refusal:
        messages.error(request, f"{label}: {refusal}")
    return None


def editable(request, revision) -> bool:
    return revision is not None and rules.refusal(rules.EDIT, revision, request.user) is None


class EditableOnlyInline(admin.StackedInline):
    """Rows of a revision that can be changed only while the workflow allows editing it."""

    extra = 0

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or editable(request, obj))

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and editable(request, obj)


def _shown_wording(reader_type, part):
    def shown(section):
        wording = section.wordings_by_type().get(reader_type.key)
        return getattr(wording, part) if wording else "—"

    shown.short_description = f"{reader_type.label}: {'heading' if part == 'heading' else 'text'}"
    return shown


class SectionInline(EditableOnlyInline):
    """A section with a heading and a text for each reader type of the registry."""

    model = Section
    ordering = ["position", "pk"]

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = section_form()
        if not self.has_change_permission(request, obj):
            kwargs["fields"] = []  # every field is shown read-only
        return super().get_formset(request, obj, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("wordings")

    def get_fieldsets(self, request, obj=None):
        if self.has_change_permission(request, obj):
            wordings = [name for rt in readers.all() for name in wording_fields(rt)]
        else:  # read-only: shown from the stored wordings
            wordings = [_shown_wording(rt, part) for rt in readers.all() for part in ("heading", "body")]
        return [(None, {"fields": ["position", "kind", *wordings]})]

    def get_readonly_fields(self, request, obj=None):
        if self.has_change_permission(request, obj):
            return []
        return [field for _, options in self.get_fieldsets(request, obj) for field in options["fields"]]


class ReferenceInline(EditableOnlyInline):
    model = Reference
    form = ReferenceForm
    ordering = ["number"]
    verbose_name_plural = "references (cite them in the text as [1] or [2, 3])"

    readonly_fields = ["literature"]

    def get_fields(self, request, obj=None):
        fields = ["number", "citation", "evidence", ("pmid", "doi"), "url"]
        fields = [*fields, "lookup"] if self.has_change_permission(request, obj) else fields
        return [*fields, "literature"]

    @admin.display(description="literature notices")
    def literature(self, reference):
        notices = LiteratureNotice.objects.for_references([reference]).get(reference.doi.lower(), [])
        if not notices:
            return "None known." if reference.doi else "—"
        return format_html_join(
            mark_safe("<br>"), '<strong class="literature-flag">{}</strong> ({}, source: {})',
            ((n.get_kind_display(), n.published or "date unknown", n.source) for n in notices),
        )


class ReviewDueFilter(admin.SimpleListFilter):
    title = "needs review"
    parameter_name = "review_due"

    def lookups(self, request, model_admin):
        return [("yes", "Review due, or a cited paper flagged")]

    def queryset(self, request, queryset):
        return queryset.needing_review() if self.value() == "yes" else queryset


@admin.register(Revision)
class RevisionAdmin(ModelAdmin):
    list_display = ["__str__", "status", "author", "submitted", "approved", "review_due"]
    list_filter = ["status", ReviewDueFilter]
    list_select_related = ["article", "author"]
    search_fields = ["question", "article__question", "article__slug", "change_summary"]
    inlines = [SectionInline, ReferenceInline]
    actions = ["submit_for_review", "withdraw", "start_new_revision"]
    save_as = False
    # The buttons above the sections too: "Save and submit" is where the edit is.
    save_on_top = True
    # Three to a line, so that the sections come sooner on the page.
    info_rows = [
        ("article", "number", "status"), ("author", "based_on", "version"),
        ("review_round", "submitted_at", "approved_at"), ("review_due_note", "preview_links"),
    ]
    info_fields = [name for row in info_rows for name in row]
    check_fields = ["pre_submit_checks", "reading_grades"]
    history_fields = ["reviews_summary", "audit_trail"]
    readonly_fields = [*info_fields, *check_fields, *history_fields]

    review_due_note = staticmethod(review_due_note)
    preview_links = staticmethod(preview_links)
    pre_submit_checks = staticmethod(pre_submit_checks)
    reading_grades = staticmethod(reading_grades)
    reviews_summary = staticmethod(reviews_summary)
    audit_trail = staticmethod(audit_trail)

    @admin.display(boolean=True, description="review due")
    def review_due(self, revision):
        return revision.is_review_due

    @admin.display(description="submitted", ordering="submitted_at")
    def submitted(self, revision):
        return revision.submitted_at.date() if revision.submitted_at else "—"

    @admin.display(description="approved", ordering="approved_at")
    def approved(self, revision):
        return revision.approved_at.date() if revision.approved_at else "—"

    # --- Which fields, which form ---------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["article"]})]
        content = [
            "question", "topic", "drugs", "change_summary", "evidence_current_through",
            "readability_note",
        ]
        if self.has_change_permission(request, obj):
            content.append("loaded_version")
        return [
            ("Status", {"fields": self.info_rows}),
            ("This revision", {
                "fields": content,
                "description": "The question, topic and drugs are what readers see of the "
                "article besides its sections: they change for readers only with this revision, "
                "after review.",
            }),
            ("Before submitting", {"fields": self.check_fields}),
            ("Review and audit trail", {"fields": self.history_fields, "classes": ["collapse"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = RevisionChangeForm if obj is not None else RevisionAddForm
        form = super().get_form(request, obj, change=change, **kwargs)
        refusal = getattr(request, "revision_refusal", None)
        return type(form.__name__, (form,), {"refusal": refusal}) if refusal else form

    def get_inline_instances(self, request, obj=None):
        return [] if obj is None else super().get_inline_instances(request, obj)

    def has_change_permission(self, request, obj=None):
        """Only revisions the workflow lets editors edit can be changed; the rest open read-only."""
        return super().has_change_permission(request, obj) and (obj is None or editable(request, obj))

    def has_delete_permission(self, request, obj=None):
        return False

    # --- Saving through the workflow ------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if change:
            return  # saved with its inlines in save_related, under one version check
        try:
            created = services.revision_create(article=form.cleaned_data["article"], actor=request.user)
        except services.WorkflowError as refusal:
            raise Refused(str(refusal)) from refusal
        for field in Revision._meta.concrete_fields:
            setattr(obj, field.attname, getattr(created, field.attname))
        obj._state.adding = False

    def save_related(self, request, form, formsets, change):
        if not change:
            return

        def apply(locked):
            for name in form.content_fields():
                setattr(locked, name, form.cleaned_data[name])
            for formset in formsets:
                if formset.model is Reference:
                    make_room_for_renumbering(formset)
                formset.save()

        try:
            services.revision_save(
                revision=form.instance, actor=request.user,
                expected_version=form.cleaned_data["loaded_version"],
                apply=apply, note=describe_changes(form, formsets),
            )
        except services.WorkflowError as refusal:
            raise Refused(str(refusal)) from refusal
        except IntegrityError as error:
            raise Refused(f"Nothing was saved: the database refused the change ({error}).") from error

    def change_view(self, request, object_id, form_url="", extra_context=None):
        revision = self.get_object(request, unquote(object_id))
        if revision is not None:
            extra_context = {
                **(extra_context or {}),
                "workflow_actions": rules.available_actions(revision, request.user),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id is not None:
            revision = self.get_object(request, unquote(object_id))
            if revision is not None and services.is_editor(request.user) and not editable(request, revision):
                messages.error(
                    request,
                    f"Revision {revision.number} is {revision.get_status_display().lower()} and "
                    "read-only; nothing was saved. Start a new revision to change it.",
                )
                return HttpResponseRedirect(request.path)
        try:
            response = super().changeform_view(request, object_id, form_url, extra_context)
        except Refused as refusal:
            return self._show_refusal(request, object_id, form_url, extra_context, str(refusal))
        if request.method == "POST" and object_id is not None and response.status_code == 200:
            # The form did not validate. If it is stale, its inlines may name sections another
            # editor has deleted; the workflow's explanation is more useful than those errors.
            stale = self._stale_refusal(request, object_id)
            if stale:
                return self._show_refusal(request, object_id, form_url, extra_context, stale)
        return response

    def _show_refusal(self, request, object_id, form_url, extra_context, refusal):
        request.revision_refusal = refusal
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _stale_refusal(self, request, object_id) -> str | None:
        revision = self.get_object(request, unquote(object_id))
        expected = parse_version(request.POST.get("loaded_version"))
        if expected is None or not editable(request, revision):
            return None
        try:
            services.revision_save(
                revision=revision, actor=request.user, expected_version=expected,
                apply=_abort_after_version_check,
            )
        except _VersionOK:
            return None
        except services.WorkflowError as refusal:
            return str(refusal)
        return None

    def response_change(self, request, obj):
        """"Save and submit": the edit is saved first (in save_related), then submitted; a
        refused submission keeps the saved edit and lists what to fix."""
        if "_submit" in request.POST:
            run_revision_action(request, obj, "submit", saved=True)
            return HttpResponseRedirect(reverse("admin:articles_revision_change", args=[obj.pk]))
        return super().response_change(request, obj)

    def response_add(self, request, obj, post_url_continue=None):
        messages.success(request, f"Revision {obj.number} of “{obj.article}” was started as a draft.")
        return HttpResponseRedirect(reverse("admin:articles_revision_change", args=[obj.pk]))

    # --- Workflow buttons and actions -----------------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view(self.workflow_view)
        lookup = self.admin_site.admin_view(self.lookup_view)
        return [
            path("<path:object_id>/workflow/<str:action>/", view, name="articles_revision_workflow"),
            path("<path:object_id>/look-up-references/", lookup, name="articles_revision_lookup"),
            *super().get_urls(),
        ]

    def lookup_view(self, request, object_id):
        """Check every reference with a PMID or DOI against its PubMed or Crossref record, and
        fill in the empty citations (the saved revision: save your edits first)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        revision = self.get_object(request, unquote(object_id))
        if revision is None:
            raise Http404("No such revision.")
        look_up_references(request, revision)
        return HttpResponseRedirect(reverse("admin:articles_revision_change", args=[revision.pk]))

    def workflow_view(self, request, object_id, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if action not in ("submit", "withdraw", "new"):
            raise Http404("No such action.")
        if not self.has_view_permission(request):
            raise PermissionDenied
        revision = self.get_object(request, unquote(object_id))
        if revision is None:
            raise Http404("No such revision.")
        new = run_revision_action(request, revision, action)
        target = new or revision
        return HttpResponseRedirect(reverse("admin:articles_revision_change", args=[target.pk]))

    @admin.action(description="Submit for review")
    def submit_for_review(self, request, queryset):
        for revision in queryset.select_related("article"):
            run_revision_action(request, revision, "submit")

    @admin.action(description="Withdraw from review")
    def withdraw(self, request, queryset):
        for revision in queryset.select_related("article"):
            run_revision_action(request, revision, "withdraw")

    @admin.action(description="Start a new revision from this one")
    def start_new_revision(self, request, queryset):
        for revision in queryset.select_related("article"):
            run_revision_action(request, revision, "new")

    def get_actions(self, request):
        actions = super().get_actions(request)
        # The workflow decides who may act; only editors see the buttons at all.
        return actions if services.is_editor(request.user) else {}


@admin.register(Article)
class ArticleAdmin(ModelAdmin):
    """An article. What readers see of it besides its sections (question, topic, drugs) is
    written here only until it has a first revision; after that, on the revision, which
    publishes it after review (reviews.services)."""

    list_display = ["question", "slug", "live", "in_progress"]
    search_fields = ["question", "slug", "drugs"]
    prepopulated_fields = {"slug": ["question"]}
    fields = ["question", "slug", "topic", "drugs", "publish_while_in_review", "revisions_list"]
    readonly_fields = ["revisions_list"]
    actions = ["start_revision"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("live_revision")

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.revisions.exists():
            return [*PROPOSED_FIELDS, *self.readonly_fields]
        return self.readonly_fields

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if obj is None else {}

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        # Only what the form changed: never the live pointer, which only the workflow moves
        # (a full save could write back one read before an approval committed).
        changed = [name for name in form.changed_data if name in self.fields]
        if changed:
            obj.save(update_fields=changed)
            # The pages and the search index show the question, topic and drugs: built from the
            # article as it is now, which an approval may have changed since the form read it.
            pages.invalidate(Article.objects.get(pk=obj.pk))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None:
            in_progress = article.revisions.open().first()
            extra_context = {
                **(extra_context or {}),
                "in_progress": in_progress,
                "can_start_revision": in_progress is None and services.is_editor(request.user),
                "proposal_note": article.revisions.exists(),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        view = self.admin_site.admin_view(self.new_revision_view)
        return [
            path("<path:object_id>/new-revision/", view, name="articles_article_new_revision"),
            *super().get_urls(),
        ]

    def new_revision_view(self, request, object_id):
        """"Start a new revision" on the article's own page: a copy of its live revision."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("No such article.")
        try:
            new = services.revision_create(article=article, actor=request.user)
        except services.WorkflowError as refusal:
            messages.error(request, f"“{article}”: {refusal}")
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        source = f" from revision {new.based_on.number}" if new.based_on else ""
        messages.success(request, f"Revision {new.number} was started{source}: edit it here, then save and submit it.")
        return HttpResponseRedirect(reverse("admin:articles_revision_change", args=[new.pk]))

    @admin.display(description="live revision")
    def live(self, article):
        return article.live_revision.number if article.live_revision else "—"

    @admin.display(description="in progress")
    def in_progress(self, article):
        revision = article.revisions.open().first()
        return f"{revision.number} ({revision.get_status_display()})" if revision else "—"

    @admin.display(description="revisions")
    def revisions_list(self, article):
        if article.pk is None:
            return "Save the article, then start its first revision."
        rows = format_html_join(
            "", '<li><a href="{}">Revision {}</a>: {}{}</li>',
            (
                (
                    reverse("admin:articles_revision_change", args=[r.pk]), r.number,
                    r.get_status_display(),
                    " (open it to roll back to it)" if r.status == Revision.Status.SUPERSEDED else "",
                )
                for r in article.revisions.order_by("-number")
            ),
        )
        return format_html("<ul>{}</ul>", rows) if rows else "No revision yet."

    @admin.action(description="Start a new revision (a copy of the live one)")
    def start_revision(self, request, queryset):
        for article in queryset:
            try:
                new = services.revision_create(article=article, actor=request.user)
            except services.WorkflowError as refusal:
                messages.error(request, f"“{article}”: {refusal}")
            else:
                messages.success(request, f"“{article}”: revision {new.number} was started.")
