"""Reads behind the board's pages: the review queue, what one review page shows, and the
reviewers shown to readers."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.urls import reverse

from articles.hooks import Reviewer
from articles.models import Article, Revision

from . import checks
from .diff import compare_references, compare_sections
from .models import BoardMember, Review, ReviewComment, ReviewEvent
from .rules import BOARD_VISIBLE
QUEUE_TABS = {
    "waiting": "Waiting for review",
    "mine": "Reviewing",
    "decided": "Decided",
}


# A guessed id beyond the database's integer range must be a 404, not an overflow error.
MAX_ID = 2**63 - 1


def revision_by_id(pk: int, **filters) -> Revision | None:
    if not 0 < pk <= MAX_ID:
        return None
    return (
        Revision.objects.filter(pk=pk, **filters)
        .select_related("article__live_revision", "author", "based_on")
        .first()
    )


def board_revision(pk: int) -> Revision | None:
    return revision_by_id(pk, status__in=BOARD_VISIBLE)


def board_revision_or_404(pk) -> Revision:
    revision = board_revision(pk)
    if revision is None:
        raise Http404("No revision for the board here.")
    return revision


def _with_queue_columns(revisions):
    # A subquery per row shown, not a join and GROUP BY over every review of every revision.
    approvals = (
        Review.objects.filter(
            revision=OuterRef("pk"), round=OuterRef("review_round"),
            decision=Review.Decision.APPROVED,
        )
        .values("revision")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        revisions.select_related("author")
        # Articles for the rows shown only: joined, they were all read before the sort.
        .prefetch_related(Prefetch("article", Article.objects.only("slug", "question")))
        .annotate(approvals=Coalesce(Subquery(approvals), 0))
    )


def _current_review_by(member: BoardMember, **filters):
    return Review.objects.filter(
        revision=OuterRef("pk"), reviewer=member, round=OuterRef("review_round"), **filters
    )


def queue_waiting(member: BoardMember):
    """Revisions in review that this member could take up: not yet started, not their own work."""
    worked_on = ReviewEvent.objects.filter(
        revision=OuterRef("pk"),
        actor=member.user_id,
        action__in=[ReviewEvent.Action.CREATED, ReviewEvent.Action.EDITED],
    )
    revisions = (
        Revision.objects.awaiting_review()
        .exclude(author=member.user_id)
        .exclude(Exists(worked_on))
        .exclude(Exists(_current_review_by(member)))
        .order_by("submitted_at", "pk")
    )
    return _with_queue_columns(revisions)


def queue_mine(member: BoardMember):
    """Revisions this member is reviewing and has not decided yet."""
    pending = _current_review_by(member, decision=Review.Decision.PENDING)
    revisions = Revision.objects.awaiting_review().filter(Exists(pending))
    return _with_queue_columns(revisions.order_by("submitted_at", "pk"))


def queue_decided(member: BoardMember):
    """This member's decisions, newest first, with the revision each was about."""
    return (
        Review.objects.filter(reviewer=member)
        .exclude(decision=Review.Decision.PENDING)
        .select_related("revision__article", "revision__author")
        .order_by("-decided_at", "-pk")
    )


def queue_counts(member: BoardMember) -> dict[str, int]:
    return {
        "waiting": queue_waiting(member).count(),
        "mine": queue_mine(member).count(),
        "decided": queue_decided(member).count(),
    }


def baseline_for(revision: Revision) -> Revision | None:
    """What a revision is compared with: the live one while in review, else its predecessor."""
    if revision.is_pending_review:
        live = revision.article.live_revision
        return live if live is not None and live.pk != revision.pk else None
    return revision.based_on


def review_page(revision: Revision) -> dict:
    """Everything the review page shows, in a fixed number of queries."""
    sections = list(revision.sections.prefetch_related("wordings"))
    references = list(revision.references.all())
    baseline = baseline_for(revision)
    old_sections = list(baseline.sections.prefetch_related("wordings")) if baseline else []
    old_references = list(baseline.references.all()) if baseline else []
    comments = list(
        ReviewComment.objects.filter(revision=revision)
        .select_related("author__board_member", "section")
        .order_by("created_at", "pk")
    )
    found = checks.run(revision, sections, references)
    section_changes = compare_sections(sections, old_sections, found.grades)
    for change in section_changes:
        if change.section is not None:
            change.comments = [c for c in comments if c.section_id == change.section.pk]
    reviews = list(revision.reviews.select_related("reviewer").order_by("-round", "started_at"))
    return {
        "baseline": baseline,
        "sections": sections,
        "section_changes": section_changes,
        "reference_changes": compare_references(references, old_references),
        "citation_problems": found.content_problems,
        "grade_warnings": found.over_target,
        "current_reviews": [r for r in reviews if r.round == revision.review_round],
        "earlier_reviews": [r for r in reviews if r.round != revision.review_round],
        "general_comments": [c for c in comments if c.section_id is None],
    }


def reviewers_of(revisions) -> dict[int, list[Reviewer]]:
    """The board members whose approvals published each revision, as readers see them
    (registered as articles' source of reviewers in reviews.apps)."""
    approvals = (
        Review.objects.that_published()
        .filter(revision__in=revisions)
        .select_related("reviewer__user")
        .order_by("decided_at", "pk")
    )
    board = reverse("reviews:board")
    found: dict[int, list[Reviewer]] = {}
    for review in approvals:
        member = review.reviewer
        current = member.active and member.user.is_active
        found.setdefault(review.revision_id, []).append(
            Reviewer(
                name=member.display_name, credentials=member.credentials,
                specialty=member.specialty, approved_at=review.decided_at,
                board_url=f"{board}#{member.anchor}" if current else "",
            )
        )
    return found
