"""What the site keeps beside its articles: readers' questions and the editorial policy."""

from django.conf import settings
from django.db import models


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
