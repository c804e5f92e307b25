"""The review workflow: the only code that changes a revision's state.

Every function here is one transition. It runs in a transaction, locks the
revision row, checks the current state and the actor's rights, and writes a
ReviewEvent. A refused transition raises a WorkflowError and changes nothing.
"""

from collections.abc import Callable, Collection

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from articles import cache as page_cache
from articles import pages
from articles.citations import revision_citation_problems
from articles.models import Article, Reference, Revision, Section
from articles.rendering import render_revision
from personalize.models import glossary_terms
from personalize.readability import grade_warnings

from . import notifications
from .models import CHECKLIST_ITEMS, BoardMember, Review, ReviewComment, ReviewEvent

Status = Revision.Status
Action = ReviewEvent.Action


class WorkflowError(Exception):
    """A transition that the rules refuse; the message is meant for the person who tried."""


class NotAllowed(WorkflowError):
    pass


class InvalidTransition(WorkflowError):
    pass


class StaleRevision(WorkflowError):
    pass


class SubmissionProblems(WorkflowError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The revision cannot be submitted: " + " ".join(problems))


# --- Who may do what ----------------------------------------------------------


def is_editor(user) -> bool:
    return bool(user and user.is_active and user.has_perm("articles.change_revision"))


def board_member_for(user) -> BoardMember | None:
    if not (user and user.is_authenticated and user.is_active):
        return None
    return BoardMember.objects.active().filter(user=user).first()


def has_worked_on(revision: Revision, user) -> bool:
    """Whether `user` wrote or edited this revision (separation of duties)."""
    if revision.author_id == user.pk:
        return True
    return revision.events.filter(actor=user, action__in=[Action.CREATED, Action.EDITED]).exists()


def _require_editor(user):
    if not is_editor(user):
        raise NotAllowed("Only editors can do this.")


def _require_reviewer(revision: Revision, user) -> BoardMember:
    member = board_member_for(user)
    if member is None:
        raise NotAllowed("Only active advisory board members can review.")
    if has_worked_on(revision, user):
        raise NotAllowed("You wrote or edited this revision, so you cannot review it.")
    return member


def _require_status(revision: Revision, *allowed: str, doing: str):
    if revision.status not in allowed:
        raise InvalidTransition(
            f"Cannot {doing}: revision {revision.number} is {revision.get_status_display().lower()}."
        )


def _lock(revision: Revision) -> Revision:
    return Revision.objects.select_for_update().select_related("article").get(pk=revision.pk)


def _log(revision, actor, action, from_status="", to_status="", note=""):
    return ReviewEvent.objects.create(
        revision=revision, actor=actor, action=action,
        from_status=from_status, to_status=to_status, note=note,
    )


def _move(revision: Revision, actor, to_status: str, action: str, note: str = "", **fields):
    from_status = revision.status
    revision.status = to_status
    for name, value in fields.items():
        setattr(revision, name, value)
    revision.save(update_fields=["status", "updated_at", *fields])
    _log(revision, actor, action, from_status, to_status, note)


def _sync_caller(target: Revision, source: Revision):
    for field in ("status", "version", "review_round", "submitted_at", "approved_at", "rendered"):
        setattr(target, field, getattr(source, field))


# --- Editors ------------------------------------------------------------------


@transaction.atomic
def revision_create(*, article: Article, actor, based_on: Revision | None = None) -> Revision:
    """Start a new draft of `article`, copying `based_on` (by default the live revision)."""
    _require_editor(actor)
    article = Article.objects.select_for_update().get(pk=article.pk)
    open_revision = article.revisions.open().first()
    if open_revision is not None:
        raise InvalidTransition(
            f"Revision {open_revision.number} of this article is still in progress "
            f"({open_revision.get_status_display().lower()}); finish or withdraw it first."
        )
    if based_on is None and article.live_revision_id:
        based_on = article.live_revision
    if based_on is not None and based_on.article_id != article.pk:
        raise InvalidTransition("A revision can only be based on a revision of the same article.")
    number = (article.revisions.aggregate(n=Max("number"))["n"] or 0) + 1
    revision = Revision.objects.create(
        article=article, number=number, author=actor, based_on=based_on
    )
    if based_on is not None:
        Section.objects.bulk_create(
            Section(
                revision=revision, position=s.position, heading=s.heading, body=s.body,
                body_patient=s.body_patient, body_caregiver=s.body_caregiver,
            )
            for s in based_on.sections.all()
        )
        Reference.objects.bulk_create(
            Reference(
                revision=revision, number=r.number, citation=r.citation,
                pmid=r.pmid, doi=r.doi, url=r.url,
            )
            for r in based_on.references.all()
        )
    note = f"Based on revision {based_on.number}." if based_on else ""
    _log(revision, actor, Action.CREATED, "", Status.DRAFT, note)
    return revision


@transaction.atomic
def revision_save(
    *,
    revision: Revision,
    actor,
    expected_version: int,
    apply: Callable[[Revision], None] | None = None,
    note: str = "",
) -> Revision:
    """Record an edit of a draft: `apply(revision)` writes the content under the row lock.

    The edit is refused when the revision has been saved by someone else since
    `expected_version` was read, so a second editor never overwrites the first.
    """
    _require_editor(actor)
    locked = _lock(revision)
    if not locked.is_editable:
        raise InvalidTransition(
            f"Revision {locked.number} is {locked.get_status_display().lower()} and read-only; "
            "start a new revision to change it."
        )
    if locked.version != expected_version:
        last = locked.events.filter(action=Action.EDITED).select_related("actor").last()
        who = f" by {last.actor.get_username()} at {last.created_at:%H:%M:%S}" if last else ""
        raise StaleRevision(
            f"Revision {locked.number} was changed{who} while you were editing "
            f"(version {locked.version}, you had {expected_version}). Nothing was saved; "
            "reload it and make your change again."
        )
    if apply is not None:
        apply(locked)
    locked.version += 1
    locked.save()
    _log(locked, actor, Action.EDITED, locked.status, locked.status, note)
    _sync_caller(revision, locked)
    return locked


@transaction.atomic
def revision_submit(*, revision: Revision, actor) -> Revision:
    """Send a draft (or a revision with changes requested) to the advisory board."""
    _require_editor(actor)
    locked = _lock(revision)
    _require_status(locked, Status.DRAFT, Status.CHANGES_REQUESTED, doing="submit")
    problems = revision_citation_problems(locked)
    sections = list(locked.sections.all())
    if not sections:
        problems.insert(0, "The revision has no sections.")
    over_target = grade_warnings(sections)
    if over_target and not locked.readability_note.strip():
        problems.extend(
            f"{result} Simplify it, or give the reason in the reading grade note."
            for result in over_target
        )
    if problems:
        raise SubmissionProblems(problems)
    locked.rendered = render_revision(locked, glossary_terms())
    _move(
        locked, actor, Status.SUBMITTED, Action.SUBMITTED,
        review_round=locked.review_round + 1, submitted_at=timezone.now(),
        rendered=locked.rendered,
    )
    _sync_caller(revision, locked)
    transaction.on_commit(lambda: notifications.revision_submitted(locked))
    return locked


@transaction.atomic
def revision_withdraw(*, revision: Revision, actor, note: str = "") -> Revision:
    """Take a submitted revision back to draft before any board member has started on it."""
    _require_editor(actor)
    locked = _lock(revision)
    _require_status(locked, Status.SUBMITTED, doing="withdraw")
    _move(locked, actor, Status.DRAFT, Action.WITHDRAWN, note, rendered={})
    _sync_caller(revision, locked)
    return locked


# --- Board members --------------------------------------------------------------


def _current_review(revision: Revision, member: BoardMember) -> Review:
    review = revision.reviews.filter(reviewer=member, round=revision.review_round).first()
    if review is None:
        raise InvalidTransition("Start your review of this revision first.")
    return review


@transaction.atomic
def review_start(*, revision: Revision, actor) -> Review:
    """A board member takes up a submitted revision; the first one moves it under review."""
    locked = _lock(revision)
    member = _require_reviewer(locked, actor)
    _require_status(locked, Status.SUBMITTED, Status.UNDER_REVIEW, doing="start a review")
    if locked.reviews.filter(reviewer=member, round=locked.review_round).exists():
        raise InvalidTransition("You are already reviewing this revision.")
    review = Review.objects.create(revision=locked, reviewer=member, round=locked.review_round)
    if locked.status == Status.SUBMITTED:
        _move(locked, actor, Status.UNDER_REVIEW, Action.REVIEW_STARTED)
    else:
        _log(locked, actor, Action.REVIEW_STARTED, locked.status, locked.status)
    _sync_caller(revision, locked)
    return review


@transaction.atomic
def review_declare_conflict(*, revision: Revision, actor, details: str) -> Review:
    """Record a conflict of interest; it withdraws any approval this reviewer gave."""
    details = (details or "").strip()
    if not details:
        raise WorkflowError("Describe the conflict of interest.")
    locked = _lock(revision)
    member = _require_reviewer(locked, actor)
    _require_status(locked, Status.UNDER_REVIEW, doing="declare a conflict of interest")
    review = _current_review(locked, member)
    review.conflict_of_interest = True
    review.conflict_details = details
    if review.decision == Review.Decision.APPROVED:
        review.decision = Review.Decision.PENDING
        review.decided_at = None
    review.save()
    _log(locked, actor, Action.CONFLICT_DECLARED, locked.status, locked.status, details)
    return review


@transaction.atomic
def review_comment(*, revision: Revision, actor, body: str, section: Section | None = None):
    body = (body or "").strip()
    if not body:
        raise WorkflowError("A comment cannot be empty.")
    locked = _lock(revision)
    _require_reviewer(locked, actor)
    _require_status(locked, Status.SUBMITTED, Status.UNDER_REVIEW, doing="comment")
    if section is not None and section.revision_id != locked.pk:
        raise InvalidTransition("That section belongs to another revision.")
    comment = ReviewComment.objects.create(
        revision=locked, section=section, author=actor, round=locked.review_round, body=body
    )
    where = f" on “{section.heading}”" if section else ""
    _log(locked, actor, Action.COMMENTED, locked.status, locked.status, f"Comment{where}: {body}")
    return comment


@transaction.atomic
def review_approve(
    *, revision: Revision, actor, checklist: Collection[str], comment: str = ""
) -> Review:
    """Record this board member's approval; the quorum's last approval publishes the revision.

    The revision goes live after REVIEW_REQUIRED_APPROVALS distinct approvals in
    the current round. The revision that was live becomes superseded.
    """
    locked = _lock(revision)
    member = _require_reviewer(locked, actor)
    _require_status(locked, Status.UNDER_REVIEW, doing="approve")
    review = _current_review(locked, member)
    if review.conflict_of_interest:
        raise NotAllowed("You declared a conflict of interest, so you cannot approve this revision.")
    if review.decision != Review.Decision.PENDING:
        raise InvalidTransition(f"You have already decided: {review.get_decision_display().lower()}.")
    missing = [label for name, label in CHECKLIST_ITEMS if name not in set(checklist)]
    if missing:
        raise WorkflowError("Complete the checklist before approving: " + "; ".join(missing) + ".")
    for name, _ in CHECKLIST_ITEMS:
        setattr(review, name, True)
    review.decision = Review.Decision.APPROVED
    review.comment = comment.strip()
    review.decided_at = timezone.now()
    review.save()
    _log(locked, actor, Action.APPROVAL_RECORDED, locked.status, locked.status, review.comment)
    approvals = locked.reviews.filter(round=locked.review_round).approvals().count()
    if approvals >= settings.REVIEW_REQUIRED_APPROVALS:
        _publish(locked, actor, approvals)
    _sync_caller(revision, locked)
    return review


def _publish(revision: Revision, actor, approvals: int):
    article = Article.objects.select_for_update().get(pk=revision.article_id)
    previous = article.live_revision
    if previous is not None:
        previous = _lock(previous)
        _move(previous, actor, Status.SUPERSEDED, Action.SUPERSEDED,
              f"Replaced by revision {revision.number}.")
    # The body stays as rendered at submission: that is what the board reviewed (a glossary
    # edit made since then reaches readers only through the next reviewed revision).
    _move(
        revision, actor, Status.APPROVED, Action.APPROVED,
        f"{approvals} board approvals.", approved_at=timezone.now(),
    )
    article.live_revision = revision
    article.save(update_fields=["live_revision"])
    revision.article = article
    pages.store_live_pages(revision)
    # After commit: a reader who reads the new pointer must find the approval in the database.
    transaction.on_commit(
        lambda: page_cache.article_published(slug=article.slug, revision_id=revision.pk),
        robust=True,  # The approval stands even if the cache is down; the failure is logged.
    )
    transaction.on_commit(lambda: notifications.revision_decided(revision))


@transaction.atomic
def review_request_changes(*, revision: Revision, actor, comment: str) -> Review:
    """Send the revision back to its editors; approvals of this round no longer count."""
    comment = (comment or "").strip()
    if not comment:
        raise WorkflowError("Say what needs to change: a comment is required.")
    locked = _lock(revision)
    member = _require_reviewer(locked, actor)
    _require_status(locked, Status.UNDER_REVIEW, doing="request changes")
    review = _current_review(locked, member)
    review.decision = Review.Decision.CHANGES_REQUESTED
    review.comment = comment
    review.decided_at = timezone.now()
    review.save()
    _move(locked, actor, Status.CHANGES_REQUESTED, Action.CHANGES_REQUESTED, comment, rendered={})
    _sync_caller(revision, locked)
    transaction.on_commit(lambda: notifications.revision_decided(locked))
    return review
