"""Writes on what readers send in (the workflow of revisions lives in reviews.services)."""

from django.db import transaction
from django.utils import timezone

from .models import FollowUpQuestion


class InboxError(Exception):
    """A refused change in the editors' inbox; the message is meant for the editor."""


@transaction.atomic
def question_mark_answered(*, question: FollowUpQuestion, actor) -> FollowUpQuestion:
    """Close a reader's follow-up question in the editors' inbox."""
    if not (actor.is_active and actor.has_perm("articles.change_followupquestion")):
        raise InboxError("Only editors can close follow-up questions.")
    locked = FollowUpQuestion.objects.select_for_update().get(pk=question.pk)
    if locked.state == FollowUpQuestion.State.ANSWERED:
        raise InboxError(f"The question of {locked.created_at:%Y-%m-%d} was already answered.")
    locked.state = FollowUpQuestion.State.ANSWERED
    locked.answered_at = timezone.now()
    locked.save(update_fields=["state", "answered_at"])
    question.state, question.answered_at = locked.state, locked.answered_at
    return locked
