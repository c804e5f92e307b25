"""The rendered form of a revision, one row per reader type (articles.pages fills it)."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q


class StoredPageQuerySet(models.QuerySet):
    def public(self):
        """Pages of public revisions (Article.public_revision)."""
        return self.filter(revision__article__public_revision=F("revision"))

    def current(self, version: str):
        """Rows whose page around the body is built, with the current templates."""
        return self.filter(version=version).exclude(before_body="")


class StoredPage(models.Model):
    """A revision as one reader type reads it, rendered once.

    `body` (the sections and the reference list, with the glossary explanations of that day) is
    rendered when the revision is submitted and never changes after: it is what the board
    reviews and what readers get. The page around it (`before_body`, `after_body`: the trust
    panel, the reviewers, the JSON-LD) is built when a reader first asks for the page of a
    public revision, and emptied by `articles.pages.invalidate()` whenever something it shows
    changes; the next read builds it again.
    """

    revision = models.ForeignKey("Revision", on_delete=models.CASCADE, related_name="stored_pages")
    reader_type = models.CharField(max_length=32)
    body = models.TextField()
    # Searched over every wording, with the article's question weighted most (articles.search).
    # Filled on PostgreSQL only; other databases search the body text.
    search = SearchVectorField(null=True, editable=False)
    before_body = models.TextField(blank=True)
    after_body = models.TextField(blank=True)
    version = models.CharField(
        max_length=16, blank=True,
        help_text="Of the templates, stylesheets and site address the page was built with.",
    )
    etag = models.CharField(max_length=40, blank=True)
    # Raised by every invalidation, so that a page built from what was read before it is not
    # stored after it (articles.pages.invalidate).
    generation = models.PositiveIntegerField(default=0, editable=False)
    built_at = models.DateTimeField(null=True, blank=True)
    # When the page stops being true without any change to its content: the moment its review
    # falls due, after which readers are told it is overdue (articles.pages).
    fresh_until = models.DateTimeField(null=True, blank=True)

    objects = StoredPageQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "reader_type"], name="one_stored_page_per_reader_type"
            ),
            models.CheckConstraint(
                condition=Q(before_body="") | ~Q(etag=""), name="built_page_has_etag"
            ),
        ]

    def __str__(self):
        return f"{self.revision_id} {self.reader_type}"

    @property
    def html(self) -> str:
        return self.before_body + self.body + self.after_body
