"""The review workflow: the only code that changes a revision's state.

Every function here is one transition. It runs in a transaction, locks the revision row,
asks `rules.refusal` whether the actor may take this step now (the same rule the pages use to
offer it), and writes a ReviewEvent. A refused transition raises a WorkflowError and changes
nothing. Each move tells articles (`pages.revision_moved`), in the same transaction, so that
what readers see follows.

`transaction.atomic` is applied as a call after each transition rather than as a decorator:
mutation testing (`make mutate`, docs/mutation.md) skips decorated functions.
"""

from collections.abc import Callable, Collection

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from articles import pages
from articles.fingerprint import fingerprint
from articles.models import (
    PROPOSED_FIELDS, Article, FollowUpQuestion, Reference, Revision, Section, Wording,
)
from markup import normalize_text
from personalize import readers

from . import checks, notifications, rules
from .models import ChecklistItem, Review, ReviewComment, ReviewEvent
from .rules import InvalidTransition, NotAllowed, WorkflowError, board_member_for, has_worked_on, is_editor

__all__ = [
    "InboxError", "InvalidTransition", "NotAllowed", "StaleRevision", "SubmissionProblems", "WorkflowError",
    "board_member_for", "has_worked_on", "is_editor",
]

Status = Revision.Status
Action = ReviewEvent.Action


class StaleRevision(WorkflowError):
    pass


class SubmissionProblems(WorkflowError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The revision cannot be submitted: " + " ".join(problems))


def _require(action: str, revision: Revision, actor) -> None:
    refused = rules.refusal(action, revision, actor)
    if refused is not None:
        raise refused


def _lock(revision: Revision) -> Revision:
    # The revision's row only (the article is locked by the steps that write it), and only
    # against other writers of it: rows that refer to it (reviews, events) can still be added.
    return (
        Revision.objects.select_for_update(no_key=True, of=("self",))
        .select_related("article").get(pk=revision.pk)
    )


def _lock_article(pk: int) -> Article:
    """The article's row, against other writers of it (a new revision, the live pointer); a
    reader's question or error report about it is not held up."""
    return Article.objects.select_for_update(no_key=True).get(pk=pk)


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
    pages.revision_moved(revision)


def _sync_caller(target: Revision, source: Revision):
    for field in ("status", "version", "review_round", "submitted_at", "approved_at", "glossary"):
        setattr(target, field, getattr(source, field))


# --- Editors ------------------------------------------------------------------


def revision_create(*, article: Article, actor, based_on: Revision | None = None) -> Revision:
    """Start a new draft of `article`, copying `based_on`: by default the live revision, or any
    earlier approved revision of the article (to roll back to it)."""
    if not is_editor(actor):
        raise NotAllowed("Only editors can do this.")
    article = _lock_article(article.pk)
    if based_on is None and article.live_revision_id:
        based_on = article.live_revision
    if based_on is not None:
        if based_on.article_id != article.pk:
            raise InvalidTransition("A revision can only be based on a revision of the same article.")
        _require(rules.NEW_REVISION, based_on, actor)
    else:
        in_progress = article.revisions.open().first()
        if in_progress is not None:
            raise InvalidTransition(
                f"Revision {in_progress.number} of this article is still in progress "
                f"({in_progress.get_status_display().lower()}); finish or withdraw it first."
            )
    number = (article.revisions.aggregate(n=Max("number"))["n"] or 0) + 1
    # The reader-facing fields start as those of the revision it is based on, or, for an
    # article's first revision, as the article was created.
    proposal = {name: getattr(based_on or article, name) for name in PROPOSED_FIELDS}
    # So does the evidence date: the editor moves it on when they search the literature again.
    searched = based_on.evidence_current_through if based_on else None
    revision = Revision.objects.create(
        article=article, number=number, author=actor, based_on=based_on,
        evidence_current_through=searched, **proposal
    )
    if based_on is not None:
        copy_content(source=based_on, target=revision)
    note = f"Based on revision {based_on.number}." if based_on else ""
    _log(revision, actor, Action.CREATED, "", Status.DRAFT, note)
    return revision
revision_create = transaction.atomic(revision_create)


def copy_content(*, source: Revision, target: Revision) -> None:
    """Copy every section with all its wordings, and every reference with all its fields."""
    for section in source.sections.prefetch_related("wordings"):
        copy = Section.objects.create(revision=target, position=section.position, kind=section.kind)
        Wording.objects.bulk_create(
            Wording(section=copy, reader_type=w.reader_type, heading=w.heading, body=w.body)
            for w in section.wordings.all()
        )
    Reference.objects.bulk_create(
        Reference(
            revision=target, number=r.number, citation=r.citation, evidence=r.evidence,
            pmid=r.pmid, doi=r.doi, url=r.url, record_id=r.record_id, record_title=r.record_title,
        )
        for r in source.references.all()
    )


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
    locked = _lock(revision)
    _require(rules.EDIT, locked, actor)
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
revision_save = transaction.atomic(revision_save)


def revision_submit(*, revision: Revision, actor) -> Revision:
    """Send a draft (or a revision with changes requested) to the advisory board."""
    locked = _lock(revision)
    _require(rules.SUBMIT, locked, actor)
    problems = checks.submission_problems(locked)
    if problems:
        raise SubmissionProblems(problems)
    if locked.article.live_revision_id is None:
        # Never approved: if the article is shown while in review, readers see this revision,
        # so the article's title and details become its proposal now.
        _publish_proposal(locked)
    _move(
        locked, actor, Status.SUBMITTED, Action.SUBMITTED,
        review_round=locked.review_round + 1, submitted_at=timezone.now(),
    )
    _sync_caller(revision, locked)
    transaction.on_commit(lambda: notifications.revision_submitted(locked))
    return locked
revision_submit = transaction.atomic(revision_submit)


def revision_withdraw(*, revision: Revision, actor, note: str = "") -> Revision:
    """Take a submitted revision back to draft before any board member has started on it."""
    locked = _lock(revision)
    _require(rules.WITHDRAW, locked, actor)
    _move(locked, actor, Status.DRAFT, Action.WITHDRAWN, note)
    _sync_caller(revision, locked)
    return locked
revision_withdraw = transaction.atomic(revision_withdraw)


# --- Board members --------------------------------------------------------------


def review_start(*, revision: Revision, actor) -> Review:
    """A board member takes up a submitted revision; the first one moves it under review."""
    locked = _lock(revision)
    _require(rules.START_REVIEW, locked, actor)
    member = board_member_for(actor)
    review = Review.objects.create(revision=locked, reviewer=member, round=locked.review_round)
    if locked.status == Status.SUBMITTED:
        _move(locked, actor, Status.UNDER_REVIEW, Action.REVIEW_STARTED)
    else:
        _log(locked, actor, Action.REVIEW_STARTED, locked.status, locked.status)
    _sync_caller(revision, locked)
    return review
review_start = transaction.atomic(review_start)


def review_declare_conflict(*, revision: Revision, actor, details: str) -> Review:
    """Record a conflict of interest; it withdraws any approval this reviewer gave, and they
    take no further part in the decision."""
    details = (details or "").strip()
    if not details:
        raise WorkflowError("Describe the conflict of interest.")
    locked = _lock(revision)
    _require(rules.DECLARE_CONFLICT, locked, actor)
    review = rules.current_review(locked, board_member_for(actor))
    review.conflict_of_interest = True
    review.conflict_details = details
    if review.decision == Review.Decision.APPROVED:
        review.decision = Review.Decision.PENDING
        review.decided_at = None
    review.save()
    _log(locked, actor, Action.CONFLICT_DECLARED, locked.status, locked.status, details)
    return review
review_declare_conflict = transaction.atomic(review_declare_conflict)


def review_comment(*, revision: Revision, actor, body: str, section: Section | None = None):
    body = (body or "").strip()
    if not body:
        raise WorkflowError("A comment cannot be empty.")
    locked = _lock(revision)
    _require(rules.COMMENT, locked, actor)
    if section is not None and section.revision_id != locked.pk:
        raise InvalidTransition("That section belongs to another revision.")
    comment = ReviewComment.objects.create(
        revision=locked, section=section, author=actor, round=locked.review_round, body=body
    )
    where = f" on “{section}”" if section else ""
    _log(locked, actor, Action.COMMENTED, locked.status, locked.status, f"Comment{where}: {body}")
    return comment
review_comment = transaction.atomic(review_comment)


def review_approve(
    *, revision: Revision, actor, checklist: Collection[str], comment: str = ""
) -> Review:
    """Record this board member's approval; the quorum's last approval publishes the revision.

    The approval is signed: it records the checklist items ticked, the reviewer's role and
    declared interests as they stand today, and the fingerprint of everything readers will see
    of the revision (articles.fingerprint), which `manage.py verify_fingerprints` checks later.
    The revision goes live after REVIEW_REQUIRED_APPROVALS distinct approvals in the current
    round. The revision that was live becomes superseded.
    """
    locked = _lock(revision)
    _require(rules.APPROVE, locked, actor)
    items = list(ChecklistItem.objects.active())
    missing = [item.label for item in items if item.key not in set(checklist)]
    if missing:
        raise WorkflowError("Complete the checklist before approving: " + "; ".join(missing) + ".")
    member = board_member_for(actor)
    review = rules.current_review(locked, member)
    review.checklist = [{"key": item.key, "label": item.label} for item in items]
    review.role = member.role
    review.conflict_statement = member.disclosures.strip() or "None declared."
    review.fingerprint = fingerprint(Revision.objects.with_content().get(pk=locked.pk))
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
review_approve = transaction.atomic(review_approve)


def _publish_proposal(revision: Revision) -> None:
    """Copy the revision's question, topic and drugs onto its article, the published copy that
    every public page reads (written only here, by the workflow)."""
    proposal = {name: getattr(revision, name) for name in PROPOSED_FIELDS}
    Article.objects.filter(pk=revision.article_id).update(**proposal)
    for name, value in proposal.items():
        setattr(revision.article, name, value)


def _publish(revision: Revision, actor, approvals: int):
    article = _lock_article(revision.article_id)
    previous = article.live_revision
    # Only the workflow moves the live pointer and writes the article's reader-facing fields,
    # and it writes nothing else of the article.
    Article.objects.filter(pk=article.pk).update(live_revision=revision)
    article.live_revision = revision
    revision.article = article
    _publish_proposal(revision)
    if previous is not None:
        previous = _lock(previous)
        _move(previous, actor, Status.SUPERSEDED, Action.SUPERSEDED,
              f"Replaced by revision {revision.number}.")
    # The bodies stay as rendered at submission: that is what the board reviewed.
    _move(
        revision, actor, Status.APPROVED, Action.APPROVED,
        f"{approvals} board approvals.", approved_at=timezone.now(),
    )
    transaction.on_commit(lambda: notifications.revision_decided(revision))


def review_request_changes(*, revision: Revision, actor, comment: str) -> Review:
    """Send the revision back to its editors; approvals of this round no longer count."""
    comment = (comment or "").strip()
    if not comment:
        raise WorkflowError("Say what needs to change: a comment is required.")
    locked = _lock(revision)
    _require(rules.REQUEST_CHANGES, locked, actor)
    review = rules.current_review(locked, board_member_for(actor))
    review.decision = Review.Decision.CHANGES_REQUESTED
    review.comment = comment
    review.decided_at = timezone.now()
    review.save()
    _move(locked, actor, Status.CHANGES_REQUESTED, Action.CHANGES_REQUESTED, comment)
    _sync_caller(revision, locked)
    transaction.on_commit(lambda: notifications.revision_decided(locked))
    return review
review_request_changes = transaction.atomic(review_request_changes)


# --- Readers' follow-up questions ------------------------------------------------------


class InboxError(WorkflowError):
    """A refused step in the editors' inbox; the message is meant for the editor."""


def _require_editor(actor) -> None:
    if not (is_editor(actor) and actor.has_perm("articles.change_followupquestion")):
        raise NotAllowed("Only editors can answer readers' questions.")


def question_reply(*, question: FollowUpQuestion, actor, reply: str) -> FollowUpQuestion:
    """Answer a reader's follow-up question: the reply is recorded with who sent it and when,
    the question is answered, and the reply is emailed to the reader if they gave an address
    (after the transaction commits)."""
    _require_editor(actor)
    reply = normalize_text(reply or "").strip()
    if not reply:
        raise InboxError("Write the reply first.")
    locked = FollowUpQuestion.objects.select_for_update().select_related("article").get(pk=question.pk)
    if locked.replied_at is not None:
        raise InboxError(
            f"This question was answered on {locked.replied_at:%Y-%m-%d} by "
            f"{locked.replied_by.get_username()}; nothing was sent."
        )
    now = timezone.now()
    locked.reply, locked.replied_at, locked.replied_by = reply, now, actor
    locked.state = FollowUpQuestion.State.ANSWERED
    locked.answered_at = locked.answered_at or now
    locked.save(update_fields=["reply", "replied_at", "replied_by", "state", "answered_at"])
    if locked.email:
        transaction.on_commit(lambda: notifications.question_replied(locked))
    for name in ("reply", "replied_at", "replied_by", "state", "answered_at"):
        setattr(question, name, getattr(locked, name))
    return locked
question_reply = transaction.atomic(question_reply)


READERS_ASKED_HEADING = "Readers asked"


def question_propose(*, question: FollowUpQuestion, actor) -> Revision:
    """Put a reader's question and our reply into the article's next revision, in its "Readers
    asked" section (made at the end if there is none): the open draft, or a new revision of the
    live one. The board reviews it with the rest of that revision."""
    _require_editor(actor)
    locked = FollowUpQuestion.objects.select_for_update().get(pk=question.pk)
    if not locked.reply:
        raise InboxError("Reply to the question first: “Readers asked” shows a question with its answer.")
    if locked.proposed_in_id is not None:
        raise InboxError(f"This question is already in revision {locked.proposed_in.number}.")
    article = _lock_article(locked.article_id)
    revision = article.revisions.open().first()
    if revision is None:
        revision = revision_create(article=article, actor=actor)
    elif rules.refusal(rules.EDIT, revision, actor) is not None:
        raise InboxError(
            f"Revision {revision.number} is {revision.get_status_display().lower()}: propose "
            "the question once the board has decided on it."
        )
    entry = f"**{_one_paragraph(locked.question)}**\n\n{locked.reply}"

    def add_entry(draft):
        section = draft.sections.filter(kind=Section.Kind.READERS_ASKED).order_by("position").first()
        if section is None:
            last = draft.sections.aggregate(n=Max("position"))["n"]
            section = Section.objects.create(
                revision=draft, kind=Section.Kind.READERS_ASKED, position=0 if last is None else last + 1
            )
        wording, _ = Wording.objects.get_or_create(
            section=section, reader_type=readers.BASE_KEY,
            defaults={"heading": READERS_ASKED_HEADING},
        )
        wording.body = f"{wording.body.rstrip()}\n\n{entry}".strip()
        wording.save()
        if not draft.change_summary.strip():
            draft.change_summary = "A reader's question and our answer added to “Readers asked”."

    saved = revision_save(
        revision=revision, actor=actor, expected_version=revision.version, apply=add_entry,
        note=f"Readers asked: the question of {locked.created_at:%Y-%m-%d} and its answer added.",
    )
    locked.proposed_in = saved
    locked.save(update_fields=["proposed_in"])
    question.proposed_in = saved
    return saved
question_propose = transaction.atomic(question_propose)


def _one_paragraph(text: str) -> str:
    # The question in bold, on one line: a reader's line breaks would end the bold early.
    return " ".join(normalize_text(text).split()).replace("*", "\\*")
