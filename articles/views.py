import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.views.generic import TemplateView

from markup import anchor_headings, render_markdown
from personalize import readers

from . import cache as page_cache
from . import citing, compression, fingerprint, hooks, jsonld, pages, ratelimit, search
from .forms import CorrectionReportForm, FollowUpQuestionForm
from .meta import SITE_DESCRIPTION, PageMeta
from .models import Article, CorrectionReport, EditorialPolicy, Revision


def public_revision_or_404(slug: str) -> Revision:
    """The revision of this article that readers may see (the one public-read rule), or 404."""
    revision = Revision.objects.public().select_related("article").filter(article__slug=slug).first()
    if revision is None:
        raise Http404("No published article here.")
    return revision


class HomeView(TemplateView):
    """The published articles, a page at a time; with `?q=`, the search results instead. The
    first page of the listing and pages of search results are kept in the page cache for
    anonymous readers (PageCacheMiddleware serves the listing; articles.pages.invalidate
    forgets both)."""

    template_name = "articles/home.html"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        query, _ = search.clean_query(request.GET.get("q"))
        if query:
            return self.search_page(request, query)
        if request.GET:  # another page of the listing, or an empty or refused search
            response = super().get(request, *args, **kwargs)
            patch_vary_headers(response, ("Cookie",))
            return response
        return self.cached(request, page_cache.HOME, page_cache.HOME, indexable=True, compress=True)

    def search_page(self, request, query: str):
        """Search results; kept in the page cache too (for anonymous readers, per reader type,
        until the next change to what readers see), so that a search many readers make is
        answered without the database."""
        page = search.parse_page(request.GET.get("page"))
        # The query as searched, with the glossary's synonyms of that moment.
        digest = hashlib.sha256(repr((search.terms(query), page)).encode()).hexdigest()[:32]
        name = f"{page_cache.SEARCH}:{digest}"
        entry = page_cache.get(request, name, under=page_cache.SEARCH)
        if entry is not None:
            response = page_response(request, entry)
            response["X-Page-Cache"] = "hit"
            return response
        # Most searches are not made again: compressed per request, not ahead of one.
        return self.cached(request, name, page_cache.SEARCH, indexable=False, compress=False)

    def cached(self, request, name: str, under: str, *, indexable: bool, compress: bool):
        """The page, rendered and stored in the page cache as `name` (current while the token
        of `under` is), with its validators; with its compressed forms if `compress`."""
        cacheable = page_cache.applies_to(request, name)
        token = page_cache.token(under) if cacheable else ""  # before the database is read
        content = super().get(request).render().content
        entry = page_cache.Entry(
            content, hashlib.sha256(content).hexdigest()[:32], timezone.now().replace(microsecond=0), indexable
        )
        if cacheable:
            page_cache.store(request, name, token, entry, compress=compress)
        return page_response(request, entry)

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
            context["meta"] = PageMeta(title=f"Search: {query}", noindex=True)
            return context
        page = Paginator(self.listing(), self.paginate_by).get_page(params.get("page"))
        context["entries"] = [(article, article.shown[0]) for article in page]
        context["pager"] = self.pager(page.number, page.paginator.num_pages, {})
        context["meta"] = PageMeta(
            title="Reviewed answers about HER2-positive breast cancer treatment",
            path=reverse("articles:home") + (f"?page={page.number}" if page.number > 1 else ""),
            noindex=bool(problem),
        )
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


def page_response(request, entry: page_cache.Entry) -> HttpResponse:
    """A page from the page cache or just built, with its validators, in the client's encoding,
    or a 304 if the client has it already (the cheapest answer the site gives: no body)."""
    etag = f'W/"{entry.etag}"'  # weak: the same page in any content encoding
    last_modified = int(entry.last_modified.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:  # the client does not have this page
        response = HttpResponse(entry.content)
        if not entry.indexable:
            response["X-Robots-Tag"] = "noindex"
    # The reader type's cookie chooses the wording; the client's Accept-Encoding the encoding.
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
    if response.status_code == 200:
        compression.respond_with(request, response, entry.encoded)
        response["Content-Length"] = str(len(response.content))
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    page_cache.cache_control(request, response)
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
    return page_response(request, entry)


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
    entries = [
        (revision, reviewers[revision.pk], corrections[revision.pk], signed(reviewers[revision.pk]))
        for revision in revisions
    ]
    meta = PageMeta(
        title=f"Change log: {article.question}",
        path=reverse("articles:history", kwargs={"slug": article.slug}),
        description=f"Every approved revision of “{article.question}”: when our medical advisory "
        "board approved it, who reviewed it, and what changed.",
    )
    return render(
        request, "articles/article_history.html", {"article": article, "entries": entries, "meta": meta}
    )


def signed(reviewers) -> str:
    """The fingerprint the approving board members signed, in its short form."""
    return fingerprint.short(next((r.fingerprint for r in reviewers if r.fingerprint), ""))


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
        meta = PageMeta(
            title=policy.title if policy else "Editorial policy",
            path=reverse("articles:editorial_policy"),
            description=jsonld.describe(policy.body, fallback=SITE_DESCRIPTION) if policy else SITE_DESCRIPTION,
        )
        return {
            **super().get_context_data(**kwargs),
            "policy": policy,
            "policy_html": policy_html,
            "contents": [{"anchor": anchor, "heading": heading} for anchor, heading in contents],
            "meta": meta,
        }
