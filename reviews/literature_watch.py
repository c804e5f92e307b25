"""Retraction and correction alerts, run by `manage.py check_literature` (safe from cron).

Every DOI cited by a live revision is looked up at Crossref (`articles.literature.crossref`, one
small client with timeouts). The notices Crossref lists against the work (`updated-by`, which
carries the publishers' notices and the Retraction Watch data; `relation` too) are kept as
`LiteratureNotice` rows: the reference is then flagged in the admin and on the review page, and
the revision citing it needs review (`RevisionQuerySet.needing_review`).

Everything is asked first and written after, in one transaction: a run that cannot reach
Crossref says so and changes nothing. Editors are emailed once per notice (`editors_told_at`).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Lower
from django.utils import timezone

from articles import literature
from articles.models import LiteratureNotice, Reference, Revision

from . import notifications

Kind = LiteratureNotice.Kind

# Crossref's update types (https://www.crossref.org/documentation/crossmark/) by the kind of
# notice a reader must know about. Anything else (a new version, an addendum) is not an alert.
KINDS = {
    "retraction": Kind.RETRACTION,
    "partial_retraction": Kind.RETRACTION,
    "removal": Kind.RETRACTION,
    "withdrawal": Kind.RETRACTION,
    "correction": Kind.CORRECTION,
    "corrigendum": Kind.CORRECTION,
    "erratum": Kind.CORRECTION,
    "expression_of_concern": Kind.EXPRESSION_OF_CONCERN,
}
# The relation names Crossref uses for the same notices, seen from the work they are about.
RELATIONS = {
    "is-retracted-by": Kind.RETRACTION,
    "is-corrected-by": Kind.CORRECTION,
    "has-expression-of-concern": Kind.EXPRESSION_OF_CONCERN,
}


@dataclass
class Checked:
    """What one run found."""

    dois: int = 0
    new: list = field(default_factory=list)
    failed: str = ""
    not_found: list = field(default_factory=list)
    emailed: int = 0

    def __str__(self):
        if self.failed:
            return f"Crossref could not be asked: {self.failed} Nothing was changed."
        found = (
            f"{len(self.new)} new notice(s): "
            + "; ".join(f"{n.get_kind_display()} of doi:{n.doi}" for n in self.new)
            if self.new else "no new notices"
        )
        unknown = (
            f" Crossref has no record of {len(self.not_found)} DOI(s): {', '.join(self.not_found)}."
            if self.not_found else ""
        )
        told = f" {self.emailed} editor email(s) sent." if self.emailed else ""
        return f"Checked {self.dois} cited DOI(s) at Crossref: {found}.{unknown}{told}"


def notices_in(record: literature.Record) -> list[LiteratureNotice]:
    """The alerts in a Crossref record, unsaved."""
    cited = record.doi.lower()
    notices = []
    for update in record.updates:
        kind = (
            KINDS.get(str(update.get("type", "")).lower().replace("-", "_"))
            if update["kind"] == "updated-by" else RELATIONS.get(update["kind"])
        )
        if kind is None:
            continue
        notice_doi = str(update.get("DOI") or update.get("id") or "").lower()
        notices.append(LiteratureNotice(
            doi=cited, kind=kind, notice_doi=notice_doi,
            label=str(update.get("label") or "")[:200],
            published=_date(update.get("updated")),
            source="Crossref" + (
                f" ({update['source']})" if update.get("source") else ""
            ),
        ))
    return notices


def cited_dois() -> list[str]:
    """The DOIs cited by live revisions, in lower case."""
    return sorted(set(
        Reference.objects.filter(revision__status=Revision.Status.APPROVED)
        .exclude(doi="").annotate(lower=Lower("doi")).values_list("lower", flat=True)
    ))


def check_literature(lookup=literature.crossref) -> Checked:
    checked = Checked()
    dois = cited_dois()
    checked.dois = len(dois)
    found: list[LiteratureNotice] = []
    for doi in dois:
        try:
            found.extend(notices_in(lookup(doi)))
        except literature.Unavailable as error:
            # The client's message ends with advice for editors typing a citation: not here.
            checked.failed = str(error).split(". ")[0].rstrip(".") + "."
            return checked
        except literature.LookupFailed:  # no record, or not a DOI Crossref could be asked about
            checked.not_found.append(doi)

    with transaction.atomic():
        for notice in found:
            _, created = LiteratureNotice.objects.get_or_create(
                doi=notice.doi, kind=notice.kind, notice_doi=notice.notice_doi,
                defaults={"label": notice.label, "published": notice.published, "source": notice.source},
            )
            if created:
                checked.new.append(notice)
        untold = list(LiteratureNotice.objects.select_for_update().filter(editors_told_at=None))
        citing = Reference.objects.filter(revision__status=Revision.Status.APPROVED).annotate(
            lower=Lower("doi")
        ).filter(lower__in={n.doi for n in untold})
        revisions = list(
            Revision.objects.filter(Exists(citing.filter(revision=OuterRef("pk"))))
            .select_related("article").order_by("article__question")
        ) if untold else []
        if revisions:
            # Told once; a notice about a paper no live revision cites waits until one does.
            cited = set(citing.values_list("lower", flat=True))
            told = [n for n in untold if n.doi in cited]
            LiteratureNotice.objects.filter(pk__in=[n.pk for n in told]).update(
                editors_told_at=timezone.now()
            )
            transaction.on_commit(lambda: notifications.literature_flagged(told, revisions))
            checked.emailed = len(notifications.editor_emails())
    return checked


def _date(value):
    parts = ((value or {}).get("date-parts") or [[]])[0]
    try:
        return timezone.datetime(*(list(parts) + [1, 1])[:3]).date() if parts and parts[0] else None
    except (TypeError, ValueError):
        return None
