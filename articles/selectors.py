"""Reads that span articles and reviews: what a reader may see, and who reviewed it."""

from django.http import Http404

from reviews.models import Review

from .models import PENDING_REVIEW_STATUSES, Article, Revision


def public_revision(article: Article) -> Revision | None:
    """The revision readers see: the live one, or (for 'publish while in review' articles that
    have never been approved) the newest revision waiting for review. Never a draft."""
    if article.live_revision_id:
        return article.live_revision
    if article.publish_while_in_review:
        return (
            article.revisions.filter(status__in=PENDING_REVIEW_STATUSES).order_by("-number").first()
        )
    return None


def public_article_or_404(slug: str) -> tuple[Article, Revision]:
    article = (
        Article.objects.select_related("live_revision").filter(slug=slug).first()
    )
    revision = public_revision(article) if article else None
    if revision is None:
        raise Http404("No published article here.")
    return article, revision


def approving_reviews(revision: Revision):
    """The approvals that published `revision`, with their board members."""
    if revision.status not in (Revision.Status.APPROVED, Revision.Status.SUPERSEDED):
        return Review.objects.none()
    return (
        revision.reviews.filter(round=revision.review_round, decision=Review.Decision.APPROVED)
        .select_related("reviewer")
        .order_by("decided_at")
    )
