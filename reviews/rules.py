"""Who may do what to a revision, now: the one place that answers it.

`refusal(action, revision, user)` says why an action is refused (an error to raise), or None
when it is allowed; `available_actions(revision, user)` lists the allowed ones. The workflow
services check `refusal` under the revision's row lock before they change anything; the review
pages, the admin and its templates show only `available_actions`. So a button is offered
exactly when the service would accept it.
"""

import functools

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


class Facts:
    """What the rule needs to know about a user and a revision, each read at most once (pages
    that show the actions also show some of these)."""

    def __init__(self, revision: Revision, user):
        self.revision, self.user = revision, user

    @functools.cached_property
    def is_editor(self) -> bool:
        return is_editor(self.user)

    @functools.cached_property
    def member(self) -> BoardMember | None:
        return board_member_for(self.user)

    @functools.cached_property
    def worked_on(self) -> bool:
        return has_worked_on(self.revision, self.user)

    @functools.cached_property
    def review(self) -> Review | None:
        return current_review(self.revision, self.member)

    @functools.cached_property
    def in_progress(self) -> Revision | None:
        return self.revision.article.revisions.open().first()

    def available_actions(self) -> set[str]:
        return {action for action in ACTIONS if _refusal(action, self) is None}


def refusal(action: str, revision: Revision, user) -> WorkflowError | None:
    """Why `user` may not take `action` on `revision` now; None if they may."""
    return _refusal(action, Facts(revision, user))


def available_actions(revision: Revision, user) -> set[str]:
    return Facts(revision, user).available_actions()


def _refusal(action: str, facts: Facts) -> WorkflowError | None:
    if action in EDITOR_ACTIONS:
        return _editor_refusal(action, facts)
    if action == PREVIEW:
        if facts.is_editor or (facts.member is not None and facts.revision.status in BOARD_VISIBLE):
            return None
        return NotAllowed(
            "Only editors, and advisory board members once a revision is sent to them, can "
            "preview it."
        )
    return _reviewer_refusal(action, facts)


def _wrong_state(revision: Revision, doing: str) -> InvalidTransition:
    return InvalidTransition(
        f"Cannot {doing}: revision {revision.number} is {revision.get_status_display().lower()}."
    )


def _editor_refusal(action, facts) -> WorkflowError | None:
    revision = facts.revision
    if not facts.is_editor:
        return NotAllowed("Only editors can do this.")
    if action == EDIT:
        if revision.status not in EDITABLE:
            return InvalidTransition(
                f"Revision {revision.number} is {revision.get_status_display().lower()} and "
                "read-only; start a new revision to change it."
            )
        return None
    if action == NEW_REVISION and facts.in_progress is not None:
        return InvalidTransition(
            f"Revision {facts.in_progress.number} of this article is still in progress "
            f"({facts.in_progress.get_status_display().lower()}); finish or withdraw it first."
        )
    if revision.status not in FROM[action]:
        return _wrong_state(revision, DOING[action])
    return None


def _reviewer_refusal(action, facts) -> WorkflowError | None:
    revision = facts.revision
    if facts.member is None:
        return NotAllowed("Only active advisory board members can review.")
    if facts.worked_on:
        return NotAllowed("You wrote or edited this revision, so you cannot review it.")
    if revision.status not in FROM[action]:
        return _wrong_state(revision, DOING[action])
    review = facts.review
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
