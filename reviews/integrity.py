"""Is the live text still the text the board signed? (`manage.py verify_fingerprints`)

Each approval stores the fingerprint of everything readers are shown of its revision
(articles.fingerprint). Recomputing it for every live revision from what the database holds now
finds content changed behind the workflow's back: an UPDATE by hand, a restored backup that
mixed two days, a migration that rewrote text.
"""

from dataclasses import dataclass

from articles.fingerprint import fingerprint, short
from articles.models import Revision

from .models import Review


@dataclass(frozen=True)
class Mismatch:
    revision: Revision
    signed: frozenset[str]  # what the approving members signed (normally one value)
    now: str

    def __str__(self):
        signed = " and ".join(short(value) for value in sorted(self.signed))
        return (
            f"“{self.revision.article.question}” revision {self.revision.number} (id {self.revision.pk}): "
            f"the board signed {signed}; the database now gives {short(self.now)}"
        )


@dataclass
class Verified:
    checked: int
    mismatches: list[Mismatch]
    unsigned: list[Revision]  # approved before approvals carried a fingerprint


def verify_fingerprints() -> Verified:
    """The live revisions checked, those whose text no longer matches what was signed, and those
    approved before approvals were signed (nothing to compare with)."""
    live = Revision.objects.filter(status=Revision.Status.APPROVED).with_content().select_related("article")
    signed: dict[int, set[str]] = {}
    for revision_id, value in Review.objects.that_published().filter(
        revision__status=Revision.Status.APPROVED
    ).values_list("revision_id", "fingerprint"):
        signed.setdefault(revision_id, set()).add(value)
    verified = Verified(0, [], [])
    for revision in live.order_by("pk"):
        verified.checked += 1
        values = signed.get(revision.pk, set()) - {""}
        if not values:
            verified.unsigned.append(revision)
            continue
        now = fingerprint(revision)
        if values != {now}:
            verified.mismatches.append(Mismatch(revision, frozenset(values), now))
    return verified
