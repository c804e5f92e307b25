from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.generic import TemplateView

from markup import anchor_headings, render_markdown
from personalize import readers

from . import cache as page_cache
from . import citing, hooks, pages, ratelimit, search
from .forms import CorrectionReportForm, FollowUpQuestionForm
from .models import Article, CorrectionReport, EditorialPolicy, Revision


def public_revision_or_404(slug: str) -> Revision:
    """The revision of this article that readers may see (the one public-read rule), or 404."""
    revision = Revision.objects.public().select_related("article").filter(article__slug=slug).first()
    if revision is None:
        raise Http404("No published article here.")
    return revision


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
        context["entries"] = [(article, article.shown[0]) for article in page]
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
        shown = Revision.objects.public().only("article", "status", "approved_at")
        return (
            Article.objects.public()
            .only("slug", "question")
            .prefetch_related(Prefetch("revisions", queryset=shown, to_attr="shown"))
            .order_by("question", "pk")
        )


def page_response(entry: page_cache.Entry) -> HttpResponse:
    """An article page, from the page cache or just built."""
    response = HttpResponse(entry.content)
    response["Vary"] = "Cookie"
    if not entry.indexable:
        response["X-Robots-Tag"] = "noindex"
    return response


def article_detail(request, slug):
    """The article as the reader sees it. Nothing here reads the session or sets a CSRF token,
    so one stored copy per (revision, reader type) can serve every reader: this view stores it
    in the page cache, and articles.middleware.PageCacheMiddleware serves the next reader."""
    reader_type = readers.from_request(request)
    cacheable = page_cache.applies_to(request, slug)
    token = page_cache.token(slug) if cacheable else ""  # before the database is read
    page = pages.public_page(slug, reader_type)
    if page is None:
        raise Http404("No published article here.")
    entry = page_cache.Entry(page.html.encode(), page.etag, page.last_modified, page.indexable)
    if cacheable:
        page_cache.store(request, slug, token, entry)
    return page_response(entry)


def article_history(request, slug):
    """The public change log: every approved revision, who approved it, what changed, and the
    readers' error reports it corrected."""
    article = public_revision_or_404(slug).article
    revisions = list(article.revisions.approved().order_by("-number"))
    reviewers = hooks.reviewers_of(revisions)
    corrections = {revision.pk: [] for revision in revisions}
    for correction in CorrectionReport.objects.filter(
        fixed_in__in=revisions, state=CorrectionReport.State.CORRECTED
    ).order_by("created_at"):
        corrections[correction.fixed_in_id].append(correction)
    entries = [(revision, reviewers[revision.pk], corrections[revision.pk]) for revision in revisions]
    return render(request, "articles/article_history.html", {"article": article, "entries": entries})


def ask_question(request, slug):
    article = public_revision_or_404(slug).article
    form = FollowUpQuestionForm(request.POST or None)
    return _receive(
        request, form, article=article, scope="question", sent="articles:question_sent",
        template="articles/question_form.html",
        too_many="You have sent several questions in the last few minutes. Please wait ten "
        "minutes and send this one again; your text is still here.",
    )


def question_sent(request, slug):
    article = public_revision_or_404(slug).article
    return render(request, "articles/question_sent.html", {"article": article})


def report_error(request, slug):
    """A reader's error report, for the editors' corrections inbox (not the questions')."""
    revision = Revision.objects.public().with_content().select_related("article").filter(
        article__slug=slug
    ).first()
    if revision is None:
        raise Http404("No published article here.")
    reader_type = readers.from_request(request)
    parts = [entry["heading"] for entry in pages.contents(revision, reader_type)]
    form = CorrectionReportForm(request.POST or None, parts=parts)
    form.instance.revision = revision
    return _receive(
        request, form, article=revision.article, scope="correction", sent="articles:error_reported",
        template="articles/report_error.html",
        too_many="You have sent several reports in the last few minutes. Please wait ten "
        "minutes and send this one again; your text is still here.",
        extra={"response_days": settings.CORRECTION_RESPONSE_DAYS},
    )


def error_reported(request, slug):
    article = public_revision_or_404(slug).article
    context = {"article": article, "response_days": settings.CORRECTION_RESPONSE_DAYS}
    return render(request, "articles/error_reported.html", context)


def _receive(request, form, *, article, scope, sent, template, too_many, extra=None):
    """A reader's message to the editors (a question or an error report): a hidden field
    catches bots, a rate limit per address catches floods, and a refused message keeps its text."""
    status = 200
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["website"]:
            # Only bots fill in the hidden field: thank them and store nothing.
            return redirect(sent, slug=article.slug)
        if not ratelimit.allow(request, scope):
            form.add_error(None, too_many)
            status = 429
        else:
            message = form.save(commit=False)
            message.article = article
            message.reader_type = readers.from_request(request).key
            message.save()
            return redirect(sent, slug=article.slug)
    context = {"article": article, "form": form, **(extra or {})}
    return render(request, template, context, status=status)


def article_citation(request, slug):
    """The article's public revision as an RIS record, for reference managers."""
    revision = public_revision_or_404(slug)
    response = HttpResponse(citing.ris(citing.cite(revision)), content_type=citing.RIS_CONTENT_TYPE)
    filename = f"{revision.article.slug}-revision-{revision.number}.ris"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class EditorialPolicyView(TemplateView):
    template_name = "articles/editorial_policy.html"

    def get_context_data(self, **kwargs):
        policy = EditorialPolicy.objects.order_by("-updated_at").first()
        policy_html, contents = anchor_headings(render_markdown(policy.body)) if policy else ("", [])
        return {
            **super().get_context_data(**kwargs),
            "policy": policy,
            "policy_html": policy_html,
            "contents": [{"anchor": anchor, "heading": heading} for anchor, heading in contents],
        }
