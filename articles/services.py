"""Writes on what readers send in (the workflow of revisions lives in reviews.services)."""

from django.db import transaction
from django.utils import timezone

from .models import CorrectionReport, FollowUpQuestion


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


def correction_refusal(current: CorrectionReport, *, state: str, fixed_in) -> str:
    """Why this change to a report may not be made, or "" if it may. Once the revision a report
    names is approved, the change log shows it: it stays."""
    if current.fixed_in_id and current.fixed_in.is_approved and (
        state != current.state or getattr(fixed_in, "pk", None) != current.fixed_in_id
    ):
        return (
            "This correction is already named in the public change log with an approved "
            "revision; it cannot be moved or reopened. You can still reword the note."
        )
    return ""


@transaction.atomic
def correction_resolve(
    *, correction: CorrectionReport, actor, state: str, fixed_in=None, public_note: str = ""
) -> CorrectionReport:
    """Record what the editors did about a reader's error report: corrected in `fixed_in` (a
    revision of the same article, named with `public_note` in the change log once approved),
    or checked with no change needed. A report can be reopened (state "new") while the
    revision it names is not yet approved."""
    if not (actor.is_active and actor.has_perm("articles.change_correctionreport")):
        raise InboxError("Only editors can close error reports.")
    locked = CorrectionReport.objects.select_for_update().get(pk=correction.pk)
    refusal = correction_refusal(locked, state=state, fixed_in=fixed_in)
    if refusal:
        raise InboxError(refusal)
    locked.state = state
    locked.fixed_in = fixed_in if state == CorrectionReport.State.CORRECTED else None
    locked.public_note = public_note.strip() if state == CorrectionReport.State.CORRECTED else ""
    locked.closed_at = None if state == CorrectionReport.State.NEW else (locked.closed_at or timezone.now())
    locked.full_clean()
    locked.save()
    for name in ("state", "fixed_in", "public_note", "closed_at"):
        setattr(correction, name, getattr(locked, name))
    return locked
