"""Articles, their revisions, and a revision's sections, wordings and references.

A revision's status is changed by the review workflow alone (reviews.services); here it only
decides what readers may see. `public_revision_q` is that rule, written once. Its result for
each article is kept in `Article.public_revision` by articles.pages (`refresh_public_revision`,
run whenever a revision moves or the article changes), so that every public read is an indexed
pointer: evaluated across joins, the rule cost 50 ms to list the home page at 10,000 articles.
"""

from datetime import datetime, time
from datetime import timezone as dt_timezone
from typing import NamedTuple

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from personalize import readers

OPEN_STATUSES = ("draft", "submitted", "under_review", "changes_requested")
PENDING_REVIEW_STATUSES = ("submitted", "under_review")
APPROVED_STATUSES = ("approved", "superseded")
ALL_STATUSES = (*OPEN_STATUSES, *APPROVED_STATUSES)
# What readers see of an article besides its sections: each revision proposes them, and the
# workflow copies them onto the Article (the published copy) when readers get the revision.
PROPOSED_FIELDS = ("question", "topic", "drugs")
# Citation markers have at most four digits (markup.CITATION_MARKER).
MAX_REFERENCE_NUMBER = 9999

validate_pmid = RegexValidator(r"^[1-9]\d{0,8}$", "A PMID is a number of 1 to 9 digits.")
validate_doi = RegexValidator(
    r"^10\.\d{4,9}/\S+$", "A DOI starts with 10., a registrant code, a slash and a suffix."
)


def public_revision_q(prefix: str = "") -> Q:
    """The one rule for what readers may see, as a filter on revisions (reached through
    `prefix`, e.g. "revision__" from a stored page).

    A revision is public when it is its article's live (approved) revision, or when the article
    has never been approved, is marked "publish while in review", and the revision is waiting
    for review (an article has at most one such revision: one open revision per article).
    Drafts, revisions with changes requested and superseded revisions never are.
    """
    return Q(**{f"{prefix}article__live_revision": F(f"{prefix}pk")}) | Q(
        **{
            f"{prefix}status__in": PENDING_REVIEW_STATUSES,
            f"{prefix}article__live_revision__isnull": True,
            f"{prefix}article__publish_while_in_review": True,
        }
    )


class ArticleQuerySet(models.QuerySet):
    def public(self):
        """Articles a reader may open: those with a public revision."""
        return self.filter(public_revision__isnull=False)

    def indexable(self):
        """Public articles whose page search engines may index: those whose public revision is
        the live one (a page shown while in review is `noindex`)."""
        return self.filter(public_revision=F("live_revision"))


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
    public_revision = models.OneToOneField(
        "Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The revision readers see (public_revision_q), kept by articles.pages.",
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
    def public(self):
        """The revisions readers see: their article's public revision."""
        return self.filter(article__public_revision=F("pk"))

    def meeting_the_public_rule(self):
        """The rule itself, across joins: what `Article.public_revision` is computed from."""
        return self.filter(public_revision_q())

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def awaiting_review(self):
        return self.filter(status__in=PENDING_REVIEW_STATUSES)

    def approved(self):
        return self.filter(status__in=APPROVED_STATUSES)

    def review_due(self, now=None):
        """Live revisions whose review is due: approved, or with evidence searched, longer than
        REVIEW_INTERVAL_DAYS ago (the earlier of the two counts; `Revision.review_due_at`)."""
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.REVIEW_INTERVAL_DAYS)
        return self.filter(
            Q(approved_at__lt=cutoff) | Q(evidence_current_through__lte=cutoff.date()),
            status=Revision.Status.APPROVED,
        )

    def citing_flagged_literature(self):
        """Revisions citing a DOI that has a retraction, correction or expression of concern."""
        from .literature import LiteratureNotice

        cited = Reference.objects.filter(revision=OuterRef("pk")).exclude(doi="")
        flagged = LiteratureNotice.objects.filter(doi=Lower(OuterRef("doi")))
        return self.filter(Exists(cited.filter(Exists(flagged))))

    def needing_review(self, now=None):
        """Live revisions the editors should take back to the board: review due by date, or
        citing flagged literature."""
        live = self.filter(status=Revision.Status.APPROVED)
        return live.review_due(now) | live.citing_flagged_literature()

    def with_content(self):
        """Sections with their wordings, and references, in two more queries."""
        return self.prefetch_related("sections__wordings", "references")


class Revision(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        UNDER_REVIEW = "under_review", "Under review"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        APPROVED = "approved", "Approved"
        SUPERSEDED = "superseded", "Superseded"

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
    # What readers see of the article besides its sections, proposed by this revision: reviewed
    # with it, and copied onto the Article (the published copy every public page reads) by the
    # workflow when it publishes the revision (reviews.services).
    question = models.CharField(
        max_length=300, help_text="The reader's question, shown as the article's title."
    )
    topic = models.CharField(max_length=120, blank=True)
    drugs = models.CharField(
        max_length=300, blank=True, help_text="The drugs compared, separated by commas."
    )
    change_summary = models.TextField(
        blank=True, help_text="What changed in this revision; shown in the public change log."
    )
    evidence_current_through = models.DateField(
        "evidence current through", null=True, blank=True,
        help_text=(
            "The date the literature was last searched for this revision. Required to submit; "
            "readers see it beside “Last updated”, and the review falls due a review interval "
            "after it (or after the approval, whichever is earlier)."
        ),
    )
    readability_note = models.TextField(
        "reading grade note",
        blank=True,
        help_text=(
            "Required when a lay wording reads above its grade target: say why. The reviewers "
            "see it."
        ),
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Incremented by every save, to detect stale edits."
    )
    review_round = models.PositiveIntegerField(
        default=0, editable=False, help_text="Incremented by every submission."
    )
    glossary = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text=(
            "The glossary explanations (term: explanation) taken when the revision was "
            "submitted: the ones its reviewers saw, and so the ones its readers get."
        ),
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
                condition=Q(approved_at__isnull=True) | Q(status__in=APPROVED_STATUSES),
                name="revision_approved_at_only_when_approved",
            ),
        ]

    def __str__(self):
        return f"{self.article.slug} r{self.number} ({self.get_status_display()})"

    @property
    def is_pending_review(self) -> bool:
        return self.status in PENDING_REVIEW_STATUSES

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def is_approved(self) -> bool:
        """Approved by the board, whether still live or since superseded."""
        return self.status in APPROVED_STATUSES

    @property
    def review_due_at(self):
        """A review interval after the approval or after the evidence was searched, whichever
        is earlier: a revision approved today on a search of last year is due sooner."""
        if self.approved_at is None:
            return None
        start = self.approved_at
        if self.evidence_current_through is not None:
            searched = datetime.combine(self.evidence_current_through, time.min, tzinfo=dt_timezone.utc)
            start = min(start, searched)
        return start + timezone.timedelta(days=settings.REVIEW_INTERVAL_DAYS)

    @property
    def is_review_due(self) -> bool:
        return self.is_live and self.review_due_at is not None and self.review_due_at < timezone.now()


class Shown(NamedTuple):
    """A section's heading and text as one reader type reads them."""

    heading: str
    body: str
    is_own: bool  # False when the reader gets the base wording in place of one of their own


class Section(models.Model):
    class Kind(models.TextChoices):
        SECTION = "section", "Section"
        KEY_POINTS = "key_points", "Key points"
        READERS_ASKED = "readers_asked", "Readers asked"

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(
        max_length=20, choices=Kind.choices, default=Kind.SECTION,
        help_text="“Key points” is shown in a box at the top of the article, “Readers asked” "
        "(readers' questions with our answers) at the end.",
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.base_wording().heading or f"Section {self.position}"

    @property
    def anchor(self) -> str:
        return f"section-{self.position}"

    def wordings_by_type(self) -> dict[str, "Wording"]:
        # From the prefetched wordings when there are any (RevisionQuerySet.with_content).
        if self.pk is None:
            return {}
        return {wording.reader_type: wording for wording in self.wordings.all()}

    def base_wording(self) -> "Wording":
        return self.wordings_by_type().get(readers.BASE_KEY) or Wording(section=self)

    def wording_for(self, reader_type) -> "Shown":
        """What a reader type reads: its own wording where written, else the base wording
        (which lay readers get with glossary explanations)."""
        wordings = self.wordings_by_type()
        base = wordings.get(readers.BASE_KEY) or Wording(section=self)
        own = wordings.get(reader_type.key)
        if own is not None and own.body.strip():
            return Shown(own.heading.strip() or base.heading, own.body, is_own=True)
        return Shown(base.heading, base.body, is_own=reader_type.is_base)


class Wording(models.Model):
    """A section as one reader type reads it: its own heading and text."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="wordings")
    # A key of the reader-type registry (personalize.readers); not a choice list, so that a
    # new reader type needs no migration.
    reader_type = models.CharField(max_length=readers.MAX_KEY_LENGTH)
    heading = models.CharField(max_length=200, blank=True)
    body = models.TextField(
        blank=True,
        validators=[MaxLengthValidator(50_000)],
        help_text=(
            "Markdown. Cite references with their numbers in square brackets: [1] or [2, 3]."
        ),
    )

    class Meta:
        ordering = ["section", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "reader_type"], name="one_wording_per_reader_type"
            ),
        ]

    def __str__(self):
        return f"{self.heading} ({self.reader_type})"


class Reference(models.Model):
    class Evidence(models.TextChoices):
        RCT = "rct", "Randomised trial"
        META_ANALYSIS = "meta_analysis", "Meta-analysis"
        OBSERVATIONAL = "observational", "Observational study"
        LABEL = "label", "Product label"
        GUIDELINE = "guideline", "Guideline"
        REVIEW = "review", "Expert review"

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="references")
    number = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_REFERENCE_NUMBER)]
    )
    citation = models.TextField(
        max_length=1000, help_text="Authors, title, journal, year (as in a bibliography)."
    )
    evidence = models.CharField(
        "kind of evidence", max_length=20, choices=Evidence.choices, blank=True
    )
    pmid = models.CharField("PMID", max_length=9, blank=True, validators=[validate_pmid])
    doi = models.CharField("DOI", max_length=200, blank=True, validators=[validate_doi])
    url = models.URLField("URL", blank=True, max_length=500)
    # The PubMed or Crossref record the citation was checked against (articles.literature):
    # which identifier, and the record's title, so that the pre-submit checks can flag a
    # citation that does not match its identifier without asking the network again.
    record_id = models.CharField(max_length=220, blank=True, editable=False)
    record_title = models.CharField(max_length=1000, blank=True, editable=False)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "number"], name="reference_number_unique"),
            models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=MAX_REFERENCE_NUMBER),
                name="reference_number_in_range",
            ),
        ]

    def __str__(self):
        return f"[{self.number}] {self.citation[:60]}"

    @property
    def identifier(self) -> str:
        """The identifier a record is looked up by: the PMID where there is one, else the DOI."""
        if self.pmid:
            return f"pmid:{self.pmid}"
        return f"doi:{self.doi.lower()}" if self.doi else ""

    @property
    def pubmed_url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""
