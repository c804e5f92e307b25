"""The advisory board's pages. Every view checks, itself, that the user is an active board member
and that the revision is one the board may see (never a draft or a revision back with its editors)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views import View
from django.views.decorators.cache import cache_control
from django.views.generic import ListView, TemplateView

from articles.meta import PageMeta
from personalize import readers

from . import forms, preview, rules, selectors, services
from .models import BoardMember

QUEUE_PAGE_SIZE = 20
# A board member's pages show work in review: never kept by a shared cache, nor by the browser
# (no-cache too, as every signed-in page of the site says).
private_no_store = cache_control(private=True, no_cache=True, no_store=True)


class LoginView(auth_views.LoginView):
    form_class = forms.LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        """Board members land on their queue, editors in the admin, anyone else on the home page."""
        user = self.request.user
        if services.board_member_for(user):
            return reverse("reviews:queue")
        if user.is_staff:
            return reverse("admin:index")
        return reverse("articles:home")


class AdvisoryBoardView(ListView):
    """The public page of the board: members, credentials and disclosures."""

    template_name = "reviews/board.html"
    context_object_name = "members"
    queryset = BoardMember.objects.active()

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "meta": PageMeta(
            title="Medical advisory board", path=reverse("reviews:board"),
            description="The clinicians who review every her2site article before it is published: "
            "their specialties, credentials and declared financial and other interests.",
        )}


@method_decorator(private_no_store, name="dispatch")
class BoardMemberRequiredMixin(LoginRequiredMixin):
    def find_member(self, user):
        return services.board_member_for(user)

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.member = self.find_member(request.user)
            if self.member is None:
                raise PermissionDenied("The review pages are for advisory board members.")
        return super().dispatch(request, *args, **kwargs)


class ReviewQueueView(BoardMemberRequiredMixin, TemplateView):
    """The member's queues. The tabs and the table are kept in each process's memory per
    (member, tab, page, queue version): the version, read from the database, changes with every
    step of the workflow, so a change is seen at once by every process; QUEUE_CACHE_SECONDS
    bounds how old the "waiting" times can be. Built afresh, a page of the queue cost 11 ms of
    Python a request (six queries, twenty table rows; 2,000 articles); from the cache, 2 ms: the
    session, the user, and the member with the queue's version in one query (README,
    "Benchmark")."""

    template_name = "reviews/queue.html"

    def find_member(self, user):
        return selectors.member_with_queue_version(user)

    def get_context_data(self, **kwargs):
        tab = self.request.GET.get("tab")
        tab = tab if tab in selectors.QUEUE_TABS else "waiting"
        page_number = self.request.GET.get("page") or "1"
        page_number = page_number if page_number.isdigit() and len(page_number) < 7 else "1"
        context = {**super().get_context_data(**kwargs), "member": self.member}
        key = f"review-queue:{self.member.pk}:{tab}:{page_number}:{self.member.queue_version}"
        # In this process's memory: the key names the queue's version, read from the database.
        cache = caches["local"]
        queue = cache.get(key) if settings.QUEUE_CACHE_SECONDS else None
        if queue is None:
            queue = render_to_string(
                "reviews/includes/_queue.html", self.queue_context(tab, page_number), self.request
            )
            if settings.QUEUE_CACHE_SECONDS:
                cache.set(key, queue, settings.QUEUE_CACHE_SECONDS)
        return {**context, "queue": queue}

    def queue_context(self, tab, page_number) -> dict:
        rows = {
            "waiting": selectors.queue_waiting,
            "mine": selectors.queue_mine,
            "decided": selectors.queue_decided,
        }[tab](self.member)
        counts = selectors.queue_counts(self.member)
        paginator = Paginator(rows, QUEUE_PAGE_SIZE)
        paginator.count = counts[tab]  # counted already, with the other tabs
        return {
            "tab": tab,
            "tabs": [(key, label, counts[key]) for key, label in selectors.QUEUE_TABS.items()],
            "page": paginator.get_page(page_number),
            "board_visible": rules.BOARD_VISIBLE,
        }


def review_page_context(request, revision, member, bound_form=None) -> dict:
    """The review page, with the forms of the actions this member may take now (the workflow's
    rules decide); `bound_form` carries the errors of a refused one."""
    context = selectors.review_page(revision)
    facts = rules.Facts(revision, request.user)
    facts.member = member
    actions = facts.available_actions()
    context.update(
        revision=revision,
        article=revision.article,
        member=member,
        my_review=facts.review,
        worked_on=facts.worked_on,
        actions=actions,
    )
    for form_class in forms.REVIEW_FORMS:
        if form_class.action in actions:
            form = bound_form if type(bound_form) is form_class else form_class(revision=revision)
            context[f"{form_class.action}_form"] = form
    if bound_form is not None and f"{bound_form.action}_form" not in context:
        # The revision moved on while the member had the page open: show why it was refused.
        context["refused_form"] = bound_form
    elif bound_form is not None and bound_form.errors:
        context["form_errors"] = bound_form  # listed at the top, linking to the form
    context["preview_links"] = [
        (reader_type.label, preview.preview_url(revision, reader_type)) for reader_type in readers.all()
    ] if rules.PREVIEW in actions else []
    return context


class ReviewDetailView(BoardMemberRequiredMixin, TemplateView):
    template_name = "reviews/detail.html"

    def get_context_data(self, **kwargs):
        revision = selectors.board_revision_or_404(kwargs["pk"])
        return {
            **super().get_context_data(**kwargs),
            **review_page_context(self.request, revision, self.member),
        }


class ReviewActionView(BoardMemberRequiredMixin, View):
    """POST one review form to its service; errors come back on the form, never as a 500."""

    http_method_names = ["post"]
    form_class = None
    success_message = ""

    def perform(self, revision, form):
        raise NotImplementedError

    def success(self, revision) -> str:
        return self.success_message

    def post(self, request, pk):
        revision = selectors.revision_by_id(pk)
        if revision is None or (revision.status not in rules.BOARD_VISIBLE and not revision.review_round):
            raise Http404("No revision for the board here.")
        form = self.form_class(request.POST, revision=revision)
        if revision.status not in rules.BOARD_VISIBLE:
            return self.moved_on(revision)
        # The rule first, as the page offers the form: a form the page did not offer (say,
        # "request changes" after approving) is refused with the reason, whatever it holds.
        refused = rules.refusal(form.action, revision, request.user)
        if refused is not None:
            form.full_clean()
            form.add_error(None, str(refused))
        elif form.is_valid():
            try:
                self.perform(revision, form)
            except services.WorkflowError as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, self.success(revision))
                if revision.status not in rules.BOARD_VISIBLE:
                    return redirect("reviews:queue")
                # To the top of the page, where the message is (not to the form's fragment,
                # which the browser would otherwise keep across the redirect).
                return redirect(reverse("reviews:detail", args=[revision.pk]) + "#main")
        fresh = selectors.board_revision(pk)
        if fresh is None:
            return self.moved_on(revision)
        context = review_page_context(request, fresh, self.member, bound_form=form)
        return render(request, "reviews/detail.html", context)

    def moved_on(self, revision):
        messages.error(
            self.request,
            f"Revision {revision.number} is no longer in review: it was withdrawn or sent back "
            "to its editors. Nothing was recorded.",
        )
        return redirect("reviews:queue")


class StartReviewView(ReviewActionView):
    form_class = forms.StartReviewForm
    success_message = "Your review has started."

    def perform(self, revision, form):
        services.review_start(revision=revision, actor=self.request.user)


class CommentView(ReviewActionView):
    form_class = forms.CommentForm
    success_message = "Your comment was added."

    def perform(self, revision, form):
        services.review_comment(
            revision=revision, actor=self.request.user,
            body=form.cleaned_data["body"], section=form.cleaned_data["section"],
        )


class ConflictView(ReviewActionView):
    form_class = forms.ConflictForm
    success_message = "Your conflict of interest was recorded; you will not approve this revision."

    def perform(self, revision, form):
        services.review_declare_conflict(
            revision=revision, actor=self.request.user, details=form.cleaned_data["details"]
        )


class ApproveView(ReviewActionView):
    form_class = forms.ApproveForm
    success_message = "Your approval was recorded."

    def perform(self, revision, form):
        services.review_approve(
            revision=revision, actor=self.request.user,
            checklist=form.cleaned_data["checklist"], comment=form.cleaned_data["comment"],
        )

    def success(self, revision):
        if revision.status != revision.Status.APPROVED:
            return super().success(revision)
        return format_html(
            "Your approval was recorded. It was the last one needed: revision {} is now live, "
            'and readers see it. <a href="{}">Open the live article</a>.',
            revision.number, revision.article.get_absolute_url(),
        )


class RequestChangesView(ReviewActionView):
    form_class = forms.RequestChangesForm
    success_message = "Changes were requested; the editors have been told."

    def perform(self, revision, form):
        services.review_request_changes(
            revision=revision, actor=self.request.user, comment=form.cleaned_data["comment"]
        )


@method_decorator(cache_control(private=True, no_store=True), name="dispatch")
class PreviewView(LoginRequiredMixin, View):
    """A revision as a reader type will see it (`?for=`), for editors and, once it is sent to
    them, board members. Never cached, never indexed."""

    def get(self, request, pk):
        revision = selectors.revision_by_id(pk)
        if revision is None:
            raise Http404("No such revision.")
        refused = rules.refusal(rules.PREVIEW, revision, request.user)
        if refused is not None:
            # A board member learns nothing of work in progress, not even that it exists.
            if services.board_member_for(request.user):
                raise Http404("No revision for the board here.")
            raise PermissionDenied(str(refused))
        response = HttpResponse(preview.render(revision, readers.from_request(request)))
        response["X-Robots-Tag"] = "noindex"
        return response
