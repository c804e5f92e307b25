from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.generic import ListView, TemplateView

from personalize import readers
from reviews.models import BoardMember

from . import cache as page_cache
from . import pages, ratelimit, search
from .forms import FollowUpQuestionForm
from .live_page import live_page
from .models import Article, EditorialPolicy, Revision
from .rendering import render_markdown
from .selectors import public_article_or_404


class HomeView(TemplateView):
    """The published articles, a page at a time; with `?q=`, the search results instead."""

    template_name = "articles/home.html"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        query, problem = search.clean_query(params.get("q"))
        context.update(query=query, problem=problem, empty_query="q" in params and not query)
        if query:
            found = search.run(
                search.Search(
                    query=query,
                    reader_key=readers.from_request(self.request).key,
                    page=search.parse_page(params.get("page")),
                )
            )
            context["search"] = found
            context["pager"] = self.pager(found.page, found.pages, {"q": query})
            return context
        page = Paginator(self.listing(), self.paginate_by).get_page(params.get("page"))
        context["entries"] = [
            (article, article.live_revision or article.pending_revisions[0]) for article in page
        ]
        context["pager"] = self.pager(page.number, page.paginator.num_pages, {})
        return context

    @staticmethod
    def pager(number: int, pages: int, params: dict) -> dict | None:
        if pages <= 1:
            return None

        def url(n):
            return "?" + urlencode({**params, "page": n})

        return {
            "number": number,
            "pages": pages,
            "previous_url": url(number - 1) if number > 1 else "",
            "next_url": url(number + 1) if number < pages else "",
        }

    def listing(self):
        shown = ("status", "approved_at")  # all the list shows of a revision
        return (
            Article.objects.public()
            .select_related("live_revision")
            .only("slug", "question", *(f"live_revision__{name}" for name in shown))
            .prefetch_related(
                Prefetch(
                    "revisions",
                    queryset=Revision.objects.awaiting_review().only("article", *shown).order_by("-number"),
                    to_attr="pending_revisions",
                )
            )
            .order_by("question", "pk")
        )


def article_detail(request, slug):
    """The article as the reader sees it. Nothing here reads the session or sets a CSRF token,
    so one rendered copy per (revision, reader type) can serve every reader: this view stores
    it, and her2site.middleware.ArticlePageCacheMiddleware serves it to the next reader."""
    reader_type = readers.from_request(request)
    page = live_page(slug, reader_type.key)
    if page is not None and page.html is not None:
        revision_id, html, live = page.revision_id, page.html, True
    else:  # pending review, stored with older templates, or no such article (404)
        article, revision = public_article_or_404(slug)
        revision_id, live = revision.pk, revision.is_live
        html = pages.build_page(article, revision, reader_type)
    response = HttpResponse(html)
    response["Vary"] = "Cookie"
    if live:
        page_cache.store(request, slug, revision_id, response)
    else:
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
