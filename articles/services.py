"""Writes on articles that are not part of the review workflow (that lives in reviews.services)."""

from django.db import transaction
from django.utils import timezone

from reviews.services import NotAllowed, WorkflowError, is_editor

from .models import FollowUpQuestion


class AlreadyAnswered(WorkflowError):
    pass


@transaction.atomic
def question_mark_answered(*, question: FollowUpQuestion, actor) -> FollowUpQuestion:
    """Close a reader's follow-up question in the editors' inbox."""
    if not is_editor(actor):
        raise NotAllowed("Only editors can close follow-up questions.")
    locked = FollowUpQuestion.objects.select_for_update().get(pk=question.pk)
    if locked.state == FollowUpQuestion.State.ANSWERED:
        raise AlreadyAnswered(f"The question of {locked.created_at:%Y-%m-%d} was already answered.")
    locked.state = FollowUpQuestion.State.ANSWERED
    locked.answered_at = timezone.now()
    locked.save(update_fields=["state", "answered_at"])
    question.state, question.answered_at = locked.state, locked.answered_at
    return locked
