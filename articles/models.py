import re

from django.conf import settings
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

OPEN_STATUSES = ("draft", "submitted", "under_review", "changes_requested")
PENDING_REVIEW_STATUSES = ("submitted", "under_review")
ALL_STATUSES = (*OPEN_STATUSES, "approved", "superseded")

validate_pmid = RegexValidator(r"^[1-9]\d{0,8}$", "A PMID is a number of 1 to 9 digits.")
validate_doi = RegexValidator(
    r"^10\.\d{4,9}/\S+$", "A DOI starts with 10., a registrant code, a slash and a suffix."
)


class ArticleQuerySet(models.QuerySet):
    def public(self):
        """Articles a reader may open: live, or pending review with 'publish while in review'."""
        in_review = Revision.objects.filter(
            article=models.OuterRef("pk"), status__in=PENDING_REVIEW_STATUSES
        )
        return self.filter(
            Q(live_revision__isnull=False)
            | Q(publish_while_in_review=True, live_revision__isnull=True) & Q(models.Exists(in_review))
        )


class Article(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    question = models.CharField(
        max_length=300, help_text="The reader's question, shown as the article's title."
    )
    topic = models.CharField(max_length=120, blank=True)
    drugs = models.CharField(
        max_length=300, blank=True, help_text="The drugs compared, separated by commas."
    )
    publish_while_in_review = models.BooleanField(
        default=False,
        help_text=(
            "Until its first approval, show the newest submitted revision to readers with a "
            "'pending medical review' banner (never indexed by search engines)."
        ),
    )
    live_revision = models.OneToOneField(
        "Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Set only by the review workflow when a revision is approved.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["question"]

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def drug_list(self) -> list[str]:
        return [d.strip() for d in self.drugs.split(",") if d.strip()]


class RevisionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def awaiting_review(self):
        return self.filter(status__in=PENDING_REVIEW_STATUSES)

    def approved(self):
        return self.filter(status__in=(Revision.Status.APPROVED, Revision.Status.SUPERSEDED))

    def review_due(self, now=None):
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.REVIEW_INTERVAL_DAYS)
        return self.filter(status=Revision.Status.APPROVED, approved_at__lt=cutoff)


class Revision(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        UNDER_REVIEW = "under_review", "Under review"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        APPROVED = "approved", "Approved"
        SUPERSEDED = "superseded", "Superseded"

    EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED)

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(editable=False)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_revisions"
    )
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    change_summary = models.TextField(
        blank=True, help_text="What changed in this revision; shown in the public change log."
    )
    readability_note = models.TextField(
        "reading grade note",
        blank=True,
        help_text=(
            "Required when a patient or caregiver wording reads above its grade target: "
            "say why. The reviewers see it."
        ),
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Incremented by every save, to detect stale edits."
    )
    review_round = models.PositiveIntegerField(
        default=0, editable=False, help_text="Incremented by every submission."
    )
    rendered = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text="The article body as sanitized HTML per reader type, stored at approval.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    approved_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_number_unique"),
            models.UniqueConstraint(
                fields=["article"],
                condition=Q(status__in=OPEN_STATUSES),
                name="one_open_revision_per_article",
                violation_error_message="This article already has a revision in progress.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ALL_STATUSES), name="revision_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(approved_at__isnull=True) | Q(status__in=["approved", "superseded"]),
                name="revision_approved_at_only_when_approved",
            ),
        ]

    def __str__(self):
        return f"{self.article.slug} r{self.number} ({self.get_status_display()})"

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE

    @property
    def is_pending_review(self) -> bool:
        return self.status in PENDING_REVIEW_STATUSES

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def review_due_at(self):
        if self.approved_at is None:
            return None
        return self.approved_at + timezone.timedelta(days=settings.REVIEW_INTERVAL_DAYS)

    @property
    def is_review_due(self) -> bool:
        return self.is_live and self.review_due_at is not None and self.review_due_at < timezone.now()


class StoredPage(models.Model):
    """The article page of a live revision for one reader type, rendered when it went live
    (articles.pages), so that a read is one indexed row and no template. The body is kept
    apart from the page around it: search reads the body alone."""

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="stored_pages")
    reader_type = models.CharField(max_length=20)
    version = models.CharField(
        max_length=16, help_text="Of the templates, stylesheets and site address it was rendered with."
    )
    before_body = models.TextField()
    body = models.TextField(help_text="The revision's stored body for this reader type.")
    after_body = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "reader_type"], name="one_stored_page_per_reader_type"
            ),
        ]

    def __str__(self):
        return f"{self.revision_id} {self.reader_type} ({self.version})"

    @property
    def html(self) -> str:
        return self.before_body + self.body + self.after_body


class Section(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField(default=0)
    heading = models.CharField(max_length=200)
    body = models.TextField(
        validators=[MaxLengthValidator(50_000)],
        help_text=(
            "Professional wording, in Markdown. Cite references with their numbers in square "
            "brackets: [1] or [2, 3]."
        ),
    )
    body_patient = models.TextField(
        blank=True, validators=[MaxLengthValidator(50_000)],
        help_text="Optional wording for patients (Markdown, same citation markers).",
    )
    body_caregiver = models.TextField(
        blank=True, validators=[MaxLengthValidator(50_000)],
        help_text="Optional wording for caregivers (Markdown, same citation markers).",
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.heading

    def wording_for(self, reader_type) -> str:
        """The text a reader type sees: its own wording where written, else the professional base."""
        return getattr(self, reader_type.wording_field) or self.body

    @property
    def anchor(self) -> str:
        return f"section-{self.position}"


class Reference(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="references")
    number = models.PositiveIntegerField()
    citation = models.TextField(
        max_length=1000, help_text="Authors, title, journal, year (as in a bibliography)."
    )
    pmid = models.CharField("PMID", max_length=9, blank=True, validators=[validate_pmid])
    doi = models.CharField("DOI", max_length=200, blank=True, validators=[validate_doi])
    url = models.URLField("URL", blank=True, max_length=500)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "number"], name="reference_number_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="reference_number_positive"),
        ]

    def __str__(self):
        return f"[{self.number}] {self.citation[:60]}"

    @property
    def pubmed_url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


class FollowUpQuestion(models.Model):
    class State(models.TextChoices):
        NEW = "new", "New"
        ANSWERED = "answered", "Answered"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="questions")
    question = models.TextField(max_length=4000)
    email = models.EmailField(blank=True, help_text="Optional: where to send the answer.")
    reader_type = models.CharField(max_length=20, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.NEW)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

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


CITATION_MARKER = re.compile(r"\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\](?!\()")
