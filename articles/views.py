from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.views.generic import ListView, TemplateView

from personalize import readers
from reviews.models import BoardMember

from . import ratelimit
from .forms import FollowUpQuestionForm
from .models import Article, EditorialPolicy, Revision
from .rendering import render_markdown, render_revision
from .selectors import approving_reviews, public_article_or_404


class HomeView(ListView):
    template_name = "articles/home.html"
    context_object_name = "articles"

    def get_queryset(self):
        return (
            Article.objects.public()
            .select_related("live_revision")
            .prefetch_related(
                Prefetch(
                    "revisions",
                    queryset=Revision.objects.awaiting_review().order_by("-number"),
                    to_attr="pending_revisions",
                )
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entries"] = [
            (article, article.live_revision or article.pending_revisions[0])
            for article in context["articles"]
        ]
        return context


def article_detail(request, slug):
    """The article as the reader sees it. Nothing here reads the session or sets a CSRF token,
    so one rendered copy per (revision, reader type) can serve every reader."""
    article, revision = public_article_or_404(slug)
    reader_type = readers.from_request(request)
    body = revision.rendered.get(reader_type.key)
    if body is None:
        body = render_revision(revision)[reader_type.key]
    context = {
        "article": article,
        "revision": revision,
        "reviews": list(approving_reviews(revision)),
        "reader_type": reader_type,
        "reader_types": readers.READER_TYPES.values(),
        "body": body,
        "pending_review": revision.is_pending_review,
    }
    response = render(request, "articles/article_detail.html", context)
    response["Vary"] = "Cookie"
    if revision.is_pending_review:
        response["X-Robots-Tag"] = "noindex"
    return response


def article_history(request, slug):
    article, _ = public_article_or_404(slug)
    revisions = (
        article.revisions.approved()
        .order_by("-number")
        .prefetch_related("reviews__reviewer")
    )
    entries = [
        (
            revision,
            [
                review
                for review in revision.reviews.all()
                if review.round == revision.review_round and review.decision == "approved"
            ],
        )
        for revision in revisions
    ]
    return render(request, "articles/article_history.html", {"article": article, "entries": entries})


def ask_question(request, slug):
    article, _ = public_article_or_404(slug)
    form = FollowUpQuestionForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["website"]:
            # Only bots fill in the hidden field: thank them and store nothing.
            return redirect("articles:question_sent", slug=article.slug)
        if not ratelimit.allow(request, "question"):
            form.add_error(
                None,
                "You have sent several questions in the last few minutes. Please wait ten "
                "minutes and send this one again; your text is still here.",
            )
            status = 429
        else:
            question = form.save(commit=False)
            question.article = article
            question.reader_type = readers.from_request(request).key
            question.save()
            return redirect("articles:question_sent", slug=article.slug)
    context = {"article": article, "form": form}
    return render(request, "articles/question_form.html", context, status=status)


def question_sent(request, slug):
    article, _ = public_article_or_404(slug)
    return render(request, "articles/question_sent.html", {"article": article})


class AdvisoryBoardView(ListView):
    template_name = "articles/advisory_board.html"
    context_object_name = "members"
    queryset = BoardMember.objects.active()


class EditorialPolicyView(TemplateView):
    template_name = "articles/editorial_policy.html"

    def get_context_data(self, **kwargs):
        policy = EditorialPolicy.objects.order_by("-updated_at").first()
        return {
            **super().get_context_data(**kwargs),
            "policy": policy,
            "policy_html": render_markdown(policy.body) if policy else "",
        }
