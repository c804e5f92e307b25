"""Who may do what to a revision, now: the one place that answers it.

`refusal(action, revision, user)` says why an action is refused (an error to raise), or None
when it is allowed; `available_actions(revision, user)` lists the allowed ones. The workflow
services check `refusal` under the revision's row lock before they change anything; the review
pages, the admin and its templates show only `available_actions`. So a button is offered
exactly when the service would accept it.
"""

from articles.models import Revision

from .models import BoardMember, Review, ReviewEvent

Status = Revision.Status

EDIT = "edit"
SUBMIT = "submit"
WITHDRAW = "withdraw"
NEW_REVISION = "new_revision"
PREVIEW = "preview"
START_REVIEW = "start"
COMMENT = "comment"
DECLARE_CONFLICT = "conflict"
APPROVE = "approve"
REQUEST_CHANGES = "request_changes"

EDITOR_ACTIONS = (EDIT, SUBMIT, WITHDRAW, NEW_REVISION)
REVIEWER_ACTIONS = (START_REVIEW, COMMENT, DECLARE_CONFLICT, APPROVE, REQUEST_CHANGES)
ACTIONS = (*EDITOR_ACTIONS, PREVIEW, *REVIEWER_ACTIONS)

EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED)
IN_REVIEW = (Status.SUBMITTED, Status.UNDER_REVIEW)
# The board sees what was sent to it and what it decided, never work in progress: drafts and
# revisions back with their editors (changes requested) may be half-edited.
BOARD_VISIBLE = (*IN_REVIEW, Status.APPROVED, Status.SUPERSEDED)
# What each transition moves a revision from.
FROM = {
    SUBMIT: EDITABLE,
    WITHDRAW: (Status.SUBMITTED,),
    NEW_REVISION: (Status.APPROVED, Status.SUPERSEDED),
    START_REVIEW: IN_REVIEW,
    COMMENT: IN_REVIEW,
    DECLARE_CONFLICT: (Status.UNDER_REVIEW,),
    APPROVE: (Status.UNDER_REVIEW,),
    REQUEST_CHANGES: (Status.UNDER_REVIEW,),
}
DOING = {
    SUBMIT: "submit", WITHDRAW: "withdraw", NEW_REVISION: "start a new revision from it",
    START_REVIEW: "start a review", COMMENT: "comment",
    DECLARE_CONFLICT: "declare a conflict of interest", APPROVE: "approve",
    REQUEST_CHANGES: "request changes",
}


class WorkflowError(Exception):
    """A step the rules refuse; the message is meant for the person who tried."""


class NotAllowed(WorkflowError):
    """The person may not do this (rights, separation of duties, a declared conflict)."""


class InvalidTransition(WorkflowError):
    """The revision (or the person's review of it) is not in a state that allows this."""


# --- Who someone is --------------------------------------------------------------------


def is_editor(user) -> bool:
    return bool(user and user.is_active and user.has_perm("articles.change_revision"))


def board_member_for(user) -> BoardMember | None:
    if not (user and user.is_authenticated):
        return None
    return BoardMember.objects.active().filter(user=user).first()


def has_worked_on(revision: Revision, user) -> bool:
    """Whether `user` wrote or edited this revision (separation of duties)."""
    if revision.author_id == user.pk:
        return True
    edits = (ReviewEvent.Action.CREATED, ReviewEvent.Action.EDITED)
    return revision.events.filter(actor=user, action__in=edits).exists()


def current_review(revision: Revision, member: BoardMember) -> Review | None:
    return revision.reviews.filter(reviewer=member, round=revision.review_round).first()


# --- The rule ---------------------------------------------------------------------------


def refusal(action: str, revision: Revision, user) -> WorkflowError | None:
    """Why `user` may not take `action` on `revision` now; None if they may."""
    if action in EDITOR_ACTIONS:
        return _editor_refusal(action, revision, user)
    if action == PREVIEW:
        if is_editor(user) or board_member_for(user) is not None:
            return None
        return NotAllowed("Only editors and advisory board members can preview revisions.")
    return _reviewer_refusal(action, revision, user)


def available_actions(revision: Revision, user) -> set[str]:
    return {action for action in ACTIONS if refusal(action, revision, user) is None}


def _wrong_state(revision: Revision, doing: str) -> InvalidTransition:
    return InvalidTransition(
        f"Cannot {doing}: revision {revision.number} is {revision.get_status_display().lower()}."
    )


def _editor_refusal(action, revision, user) -> WorkflowError | None:
    if not is_editor(user):
        return NotAllowed("Only editors can do this.")
    if action == EDIT:
        if revision.status not in EDITABLE:
            return InvalidTransition(
                f"Revision {revision.number} is {revision.get_status_display().lower()} and "
                "read-only; start a new revision to change it."
            )
        return None
    if revision.status not in FROM[action]:
        return _wrong_state(revision, DOING[action])
    if action == NEW_REVISION:
        in_progress = revision.article.revisions.open().first()
        if in_progress is not None:
            return InvalidTransition(
                f"Revision {in_progress.number} of this article is still in progress "
                f"({in_progress.get_status_display().lower()}); finish or withdraw it first."
            )
    return None


def _reviewer_refusal(action, revision, user) -> WorkflowError | None:
    member = board_member_for(user)
    if member is None:
        return NotAllowed("Only active advisory board members can review.")
    if has_worked_on(revision, user):
        return NotAllowed("You wrote or edited this revision, so you cannot review it.")
    if revision.status not in FROM[action]:
        return _wrong_state(revision, DOING[action])
    review = current_review(revision, member)
    if action == START_REVIEW:
        return InvalidTransition("You are already reviewing this revision.") if review else None
    if review is None:
        return InvalidTransition("Start your review of this revision first.")
    if action == COMMENT:
        return None
    if review.conflict_of_interest:
        if action == DECLARE_CONFLICT:
            return InvalidTransition("You have already declared a conflict of interest.")
        return NotAllowed(
            f"You declared a conflict of interest, so you cannot {DOING[action]} on this revision."
            if action == REQUEST_CHANGES
            else "You declared a conflict of interest, so you cannot approve this revision."
        )
    if action in (APPROVE, REQUEST_CHANGES) and review.decision != Review.Decision.PENDING:
        return InvalidTransition(f"You have already decided: {review.get_decision_display().lower()}.")
    return None
