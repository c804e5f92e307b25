"""What the site keeps beside its articles: readers' questions, their error reports, and the
editorial policy."""

from django.core.exceptions import ValidationError
from django.conf import settings
from django.db import models
from django.db.models import Q


class FollowUpQuestion(models.Model):
    class State(models.TextChoices):
        NEW = "new", "New"
        ANSWERED = "answered", "Answered"

    article = models.ForeignKey("Article", on_delete=models.CASCADE, related_name="questions")
    question = models.TextField(max_length=4000)
    email = models.EmailField(blank=True, help_text="Optional: where to send the answer.")
    reader_type = models.CharField(max_length=20, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.NEW)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # The editors' reply (reviews.services.question_reply), emailed to the reader where they
    # gave an address.
    reply = models.TextField(blank=True, max_length=8000)
    replied_at = models.DateTimeField(null=True, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # The revision it was proposed in for the article's "Readers asked" section.
    proposed_in = models.ForeignKey(
        "Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.question[:80]


class CorrectionReport(models.Model):
    """A reader's report of an error in an article: the editors' corrections inbox, kept apart
    from follow-up questions. When the error is fixed, the report names the revision that fixed
    it and a note in our words, which the public change log shows once that revision is approved
    (the reader's own text is never published)."""

    class State(models.TextChoices):
        NEW = "new", "New"
        CORRECTED = "corrected", "Corrected in a revision"
        NO_CHANGE = "no_change", "Checked: no change needed"

    article = models.ForeignKey("Article", on_delete=models.CASCADE, related_name="corrections")
    # The revision the reader was reading when they reported it.
    revision = models.ForeignKey(
        "Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    location = models.CharField("where in the article", max_length=200, blank=True)
    problem = models.TextField("what is wrong", max_length=4000)
    source = models.CharField(
        "source", max_length=500, blank=True,
        help_text="Where the reader saw the right information, if they said.",
    )
    email = models.EmailField(blank=True, help_text="Optional: where to send the reply.")
    reader_type = models.CharField(max_length=32, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.NEW)
    fixed_in = models.ForeignKey(
        "Revision", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections_fixed",
        help_text="The revision of this article that corrects it; named in the public change log once approved.",
    )
    public_note = models.CharField(
        "what was corrected (public)", max_length=300, blank=True,
        help_text="In our words, for the change log, e.g. “The caregiver wording now gives the pregnancy warning.”",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(state="corrected") | (Q(fixed_in__isnull=False) & ~Q(public_note="")),
                name="corrected_report_names_its_revision_and_note",
                violation_error_message="A correction names the revision that fixed it and what was corrected.",
            ),
        ]

    def __str__(self):
        return self.problem[:80]

    def clean(self):
        if self.fixed_in_id is not None and self.fixed_in.article_id != self.article_id:
            raise ValidationError({"fixed_in": "Choose a revision of the same article."})
        if self.state == self.State.CORRECTED:
            problems = {}
            if self.fixed_in_id is None:
                problems["fixed_in"] = "Name the revision that corrects the article."
            if not self.public_note.strip():
                problems["public_note"] = "Say in a sentence what was corrected; the change log shows it."
            if problems:
                raise ValidationError(problems)


class EditorialPolicy(models.Model):
    """The editorial policy page; the newest row is the one shown."""

    title = models.CharField(max_length=200, default="Editorial policy")
    body = models.TextField(help_text="Markdown. Use ## headings for its sections.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "editorial policy"
        get_latest_by = "updated_at"

    def __str__(self):
        return f"{self.title} ({self.updated_at:%Y-%m-%d})" if self.updated_at else self.title
