import pgtrigger
from django.conf import settings
from django.db import models
from django.db.models import Q

from articles.fingerprint import short
from articles.models import APPROVED_STATUSES, Revision, Section


class BoardMemberQuerySet(models.QuerySet):
    def active(self):
        """Members of the board now: the membership active and the account too."""
        return self.filter(active=True, user__is_active=True)


class BoardMember(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="board_member"
    )
    display_name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=120, help_text="For example: MD, PhD")
    specialty = models.CharField(max_length=120)
    disclosures = models.TextField(
        blank=True, help_text="Financial and other interests, shown on the advisory board page."
    )
    bio = models.TextField(blank=True)
    active = models.BooleanField(default=True)

    objects = BoardMemberQuerySet.as_manager()

    class Meta:
        ordering = ["display_name"]

    def __str__(self):
        return self.name_with_credentials

    @property
    def name_with_credentials(self) -> str:
        return f"{self.display_name}, {self.credentials}" if self.credentials else self.display_name

    @property
    def role(self) -> str:
        """What they review as: "Cardio-oncology (MD)"."""
        return f"{self.specialty} ({self.credentials})" if self.credentials else self.specialty

    @property
    def anchor(self) -> str:
        """The id of this member's entry on the advisory board page."""
        return f"member-{self.pk}"


class ReviewQuerySet(models.QuerySet):
    def approvals(self):
        return self.filter(decision=Review.Decision.APPROVED)

    def that_published(self):
        """The approvals that published their revision: those of its last round, once approved.
        Earlier rounds' approvals were voided by "request changes"."""
        return self.approvals().filter(
            round=models.F("revision__review_round"),
            revision__status__in=APPROVED_STATUSES,
        )


class ChecklistItemQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True).order_by("position", "pk")


class ChecklistItem(models.Model):
    """One item of the sign-off checklist (reviews.checklist): every active item must be ticked
    to approve, and the items ticked are recorded with the review, as worded that day."""

    key = models.SlugField(max_length=60, unique=True)
    label = models.CharField(max_length=200)
    source = models.CharField(
        max_length=120, blank=True, help_text="Where the item comes from, e.g. “DISCERN 13”."
    )
    position = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True, help_text="Inactive items are no longer asked.")

    objects = ChecklistItemQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.label


class Review(models.Model):
    """One board member's review of one submission (round) of a revision."""

    class Decision(models.TextChoices):
        PENDING = "pending", "Reviewing"
        APPROVED = "approved", "Approved"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(BoardMember, on_delete=models.PROTECT, related_name="reviews")
    round = models.PositiveIntegerField(
        help_text="The submission of the revision this review belongs to."
    )
    decision = models.CharField(
        max_length=20, choices=Decision.choices, default=Decision.PENDING
    )
    conflict_of_interest = models.BooleanField(default=False)
    conflict_details = models.TextField(blank=True)
    comment = models.TextField(blank=True)
    # Signed with an approval (reviews.services.review_approve), as they stood that day.
    checklist = models.JSONField(
        default=list, blank=True, help_text="The checklist items ticked: [{key, label}, ...]."
    )
    role = models.CharField(max_length=250, blank=True, help_text="The reviewer's specialty and credentials.")
    conflict_statement = models.TextField(blank=True, help_text="The reviewer's declared interests.")
    fingerprint = models.CharField(
        max_length=64, blank=True,
        help_text="SHA-256 of everything readers see of the revision (articles.fingerprint).",
    )
    started_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "reviewer", "round"], name="one_review_per_reviewer_per_round"
            ),
            models.CheckConstraint(
                condition=~Q(decision="approved", conflict_of_interest=True),
                name="no_approval_with_conflict_of_interest",
            ),
        ]

    def __str__(self):
        return f"{self.reviewer} on {self.revision}: {self.get_decision_display()}"

    @property
    def short_fingerprint(self) -> str:
        return short(self.fingerprint)

    def checklist_complete(self) -> bool:
        """Every item asked today was ticked with this review."""
        ticked = {item["key"] for item in self.checklist}
        return set(ChecklistItem.objects.active().values_list("key", flat=True)) <= ticked


class ReviewComment(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="review_comments")
    section = models.ForeignKey(
        Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="review_comments"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    round = models.PositiveIntegerField()
    body = models.TextField(max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit trail is append-only.")

    def delete(self):
        raise PermissionError("The audit trail is append-only.")

    def bulk_update(self, *args, **kwargs):
        raise PermissionError("The audit trail is append-only.")


class ReviewEvent(models.Model):
    """The append-only audit trail: every state change and edit of a revision."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        EDITED = "edited", "Edited"
        SUBMITTED = "submitted", "Submitted"
        WITHDRAWN = "withdrawn", "Withdrawn"
        REVIEW_STARTED = "review_started", "Review started"
        CONFLICT_DECLARED = "conflict_declared", "Conflict of interest declared"
        COMMENTED = "commented", "Commented"
        APPROVAL_RECORDED = "approval_recorded", "Approval recorded"
        APPROVED = "approved", "Approved and published"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        SUPERSEDED = "superseded", "Superseded"

    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=30, choices=Action.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        # On PostgreSQL the database refuses too, whatever the code path (raw SQL included):
        # UPDATE and DELETE row by row, TRUNCATE (which fires no row trigger) per statement.
        # The site's own database role does not own the table, so it cannot drop or disable
        # them (`manage.py grant_app_role`, README "Deploy").
        triggers = [
            pgtrigger.Protect(name="append_only", operation=pgtrigger.Update | pgtrigger.Delete),
            # pgtrigger.Protect has no statement-level form for TRUNCATE (it reads transition
            # tables, which TRUNCATE has none of): the same refusal, as a plain trigger.
            pgtrigger.Trigger(
                name="append_only_truncate",
                operation=pgtrigger.Truncate,
                level=pgtrigger.Statement,
                when=pgtrigger.Before,
                func="RAISE EXCEPTION 'pgtrigger: Cannot truncate rows from % table', TG_TABLE_NAME;",
            ),
        ]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit trail is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit trail is append-only.")


class ReminderSent(models.Model):
    """One reminder about one item (a revision) in one interval (reviews.reminders): the row is
    made before the email goes, and the constraint refuses a second, so a reminder run twice in
    the same interval (cron overlapping itself) sends once."""

    class Kind(models.TextChoices):
        WAITING_FOR_REVIEW = "waiting_for_review", "Waiting for review"
        REVIEW_DUE = "review_due", "Review due"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    # Days since 1970-01-01 divided by REMINDER_INTERVAL_DAYS: the interval it was sent in.
    period = models.PositiveIntegerField()
    recipients = models.TextField(blank=True, help_text="The addresses it went to, one a line.")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "revision", "period"], name="one_reminder_per_item_per_interval"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: revision {self.revision_id} ({self.sent_at:%Y-%m-%d})"
