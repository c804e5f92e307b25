"""How to cite an article: the revision being read, its approval date and the article's URL,
as a sentence on the page and as RIS for reference managers (Zotero, EndNote, Mendeley).

A citation names the revision because articles change: the change log keeps every approved
revision's date, so a reader of the citation can tell which text was cited.
"""

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format

from . import jsonld

AUTHOR = "her2site editors"
RIS_CONTENT_TYPE = "application/x-research-info-systems; charset=utf-8"


@dataclass(frozen=True)
class Citation:
    title: str
    revision_number: int
    approved: bool
    # The approval date; for a revision shown while in review, the date it was submitted.
    day: date
    url: str
    history_url: str
    keywords: tuple[str, ...]

    @property
    def status(self) -> str:
        when = date_format(self.day, "F j, Y")
        if self.approved:
            return f"approved by the her2site medical advisory board on {when}"
        return f"submitted for medical review on {when}, not yet approved"

    @property
    def text(self) -> str:
        """The citation as one plain sentence (the page shows the same, with the title set in italics)."""
        return (
            f"{AUTHOR}. {self.title} {jsonld.SITE_NAME}; {self.day.year}. "
            f"Revision {self.revision_number}, {self.status}. {self.url}"
        )


def cite(revision) -> Citation:
    """The citation of `revision` (its article prefetched or not)."""
    article = revision.article
    moment = revision.approved_at or revision.submitted_at or revision.created_at
    return Citation(
        title=article.question,
        revision_number=revision.number,
        approved=revision.is_approved,
        day=timezone.localdate(moment),
        url=jsonld.absolute(article.get_absolute_url()),
        history_url=jsonld.absolute(reverse("articles:history", args=[article.slug])),
        keywords=tuple(article.drug_list),
    )


def ris(citation: Citation) -> str:
    """The citation as an RIS record (tags of two letters, two spaces, a dash; CRLF lines)."""
    fields = [
        ("TY", "ELEC"),
        ("AU", AUTHOR),
        ("TI", citation.title),
        ("T2", jsonld.SITE_NAME),
        ("PB", jsonld.SITE_NAME),
        ("PY", str(citation.day.year)),
        ("DA", citation.day.strftime("%Y/%m/%d")),
        ("ET", f"Revision {citation.revision_number}"),
        ("UR", citation.url),
        ("LA", "en"),
        *(("KW", keyword) for keyword in citation.keywords),
        ("N1", f"Revision {citation.revision_number}, {citation.status}. "
               f"Every approved revision is listed at {citation.history_url}"),
    ]
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in fields]
    return "\r\n".join([*lines, "ER  - ", ""])


def _one_line(value: str) -> str:
    # A line break inside a value would start a new (broken) tag.
    return " ".join(value.split())
