"""What the literature has said since about the papers an article cites."""

from django.db import models


class LiteratureNoticeQuerySet(models.QuerySet):
    def for_references(self, references) -> dict[str, list["LiteratureNotice"]]:
        """The notices about each cited DOI (lower case), for the references given."""
        dois = {reference.doi.lower() for reference in references if reference.doi}
        found: dict[str, list[LiteratureNotice]] = {}
        for notice in self.filter(doi__in=dois).order_by("published", "pk") if dois else []:
            found.setdefault(notice.doi, []).append(notice)
        return found


class LiteratureNotice(models.Model):
    """A retraction, correction or expression of concern published about a cited paper, as
    Crossref reports it (the `updated-by` notices of the work, which include the Retraction
    Watch data). Found by `manage.py check_literature`; a reference citing the DOI is flagged in
    the admin and on the review page, and its live revision needs review."""

    class Kind(models.TextChoices):
        RETRACTION = "retraction", "Retraction"
        CORRECTION = "correction", "Correction"
        EXPRESSION_OF_CONCERN = "expression_of_concern", "Expression of concern"

    doi = models.CharField(max_length=200, help_text="The cited paper's DOI, in lower case.")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    notice_doi = models.CharField(max_length=200, blank=True)
    label = models.CharField(max_length=200, blank=True, help_text="As the source names it.")
    published = models.DateField(null=True, blank=True)
    source = models.CharField(
        max_length=200, help_text="Where it was found: Crossref's record, or the demo's note."
    )
    found_at = models.DateTimeField(auto_now_add=True)
    editors_told_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = LiteratureNoticeQuerySet.as_manager()

    class Meta:
        ordering = ["doi", "published", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["doi", "kind", "notice_doi"], name="one_notice_per_doi_kind"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.doi}"

    @property
    def notice_url(self) -> str:
        return f"https://doi.org/{self.notice_doi}" if self.notice_doi else ""
