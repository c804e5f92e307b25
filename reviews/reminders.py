"""Reminders, sent by `manage.py send_reminders` (run it from cron, as often as you like):

- board members, about revisions waiting for review longer than REVIEW_REMINDER_AFTER_DAYS that
  they could review (not their own work, not decided by them in this round, no conflict);
- editors, about live revisions that need review (REVIEW_INTERVAL_DAYS after approval or after
  the evidence was searched, or citing a paper flagged by `check_literature`) and that nobody
  has started a new revision of.

Each item is reminded of at most once per REMINDER_INTERVAL_DAYS: the intervals are counted
from 1970-01-01, and a `ReminderSent` row per (kind, revision, interval) is made before the
email goes. A second run in the same interval finds the row and sends nothing; two runs at the
same moment meet at the row's unique constraint, and only one sends.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from articles.models import Revision

from . import notifications
from .models import BoardMember, Review, ReminderSent, ReviewEvent

Kind = ReminderSent.Kind


@dataclass
class Sent:
    """What one run sent: revision numbers by kind, and how many people got an email."""

    waiting: list = field(default_factory=list)
    due: list = field(default_factory=list)
    emails: int = 0

    def __str__(self):
        if not (self.waiting or self.due):
            return "No reminders due."
        return (
            f"Reminded about {len(self.waiting)} revision(s) waiting for review and "
            f"{len(self.due)} due for review: {self.emails} email(s)."
        )


def period(now) -> int:
    return now.date().toordinal() // max(settings.REMINDER_INTERVAL_DAYS, 1)


def send_reminders(now=None) -> Sent:
    now = now or timezone.now()
    sent = Sent()
    waiting = (
        Revision.objects.awaiting_review()
        .filter(submitted_at__lt=now - timezone.timedelta(days=settings.REVIEW_REMINDER_AFTER_DAYS))
        .select_related("article").order_by("submitted_at", "pk")
    )
    by_member: dict[BoardMember, list] = {}
    for revision in waiting:
        members = list(_could_review(revision))
        if members and _claim(Kind.WAITING_FOR_REVIEW, revision, now, [m.user.email for m in members]):
            sent.waiting.append(revision)
            for member in members:
                by_member.setdefault(member, []).append(revision)
    for member, revisions in by_member.items():
        notifications.reminder_waiting(member.user.email, revisions)
        sent.emails += 1

    due = (
        Revision.objects.needing_review(now)
        .exclude(Exists(Revision.objects.open().filter(article=OuterRef("article"))))
        .select_related("article").order_by("approved_at", "pk")
    )
    editors = notifications.editor_emails()
    due_now = [r for r in due if editors and _claim(Kind.REVIEW_DUE, r, now, editors)]
    if due_now:
        sent.due = due_now
        for email in editors:
            notifications.reminder_due(email, due_now)
            sent.emails += 1
    return sent


def _could_review(revision):
    """Active board members with an address who could still decide on this revision."""
    worked_on = ReviewEvent.objects.filter(
        revision=revision, actor=OuterRef("user"),
        action__in=[ReviewEvent.Action.CREATED, ReviewEvent.Action.EDITED],
    )
    decided_or_conflicted = Review.objects.filter(
        Q(conflict_of_interest=True) | ~Q(decision=Review.Decision.PENDING),
        revision=revision, reviewer=OuterRef("pk"), round=revision.review_round,
    )
    return (
        BoardMember.objects.active().select_related("user")
        .exclude(user=revision.author_id).exclude(user__email="")
        .exclude(Exists(worked_on)).exclude(Exists(decided_or_conflicted))
    )


def _claim(kind, revision, now, recipients) -> bool:
    """Record the reminder for this interval; False if one was sent in it already (by an
    earlier run, or by one running now: get_or_create meets it at the unique constraint)."""
    _, created = ReminderSent.objects.get_or_create(
        kind=kind, revision=revision, period=period(now),
        defaults={"recipients": "\n".join(recipients)},
    )
    return created
