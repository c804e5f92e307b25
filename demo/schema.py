"""The shape of the demo articles, and the numbering of their citations.

An article is a sequence of revisions, each taken through the workflow in turn: every revision
but the last is approved (and superseded by the next); the last goes as far as the article's
`stage`. A revision is a sequence of parts (sections); a part has a wording per reader type,
each with its own heading. The professional wording is required; a lay reader type without a
wording of its own reads the professional one with glossary explanations.

The texts cite their sources by key (`[@emilia]`, `[@slamon, @herzuma-label]`) so that nobody
has to keep numbers in step by hand: `DemoRevision.numbered()` numbers the sources in the
order the professional wordings first cite them and rewrites every marker to the site's
`[1]` / `[2, 3]` form. A key without a source, or a source nobody cites, is an error.
"""

import re
from dataclasses import dataclass
from datetime import date

CITATION_KEYS = re.compile(r"\[(@[\w-]+(?:\s*,\s*@[\w-]+)*)\]")
STAGES = ("live", "in_review", "submitted", "draft")


class ContentError(ValueError):
    """The demo content contradicts itself (a bad citation key, an uncited source)."""


@dataclass(frozen=True)
class Source:
    key: str
    citation: str
    pmid: str = ""
    doi: str = ""
    url: str = ""
    # One of articles.models.Reference.Evidence's values, e.g. "rct", "label", "guideline".
    evidence: str = ""


@dataclass(frozen=True)
class Wording:
    heading: str
    text: str


@dataclass(frozen=True)
class Part:
    """One section: the professional base wording and, where written, the lay wordings."""

    professional: Wording
    patient: Wording | None = None
    caregiver: Wording | None = None
    # "section", or "key_points" for the article's Key points box (first, one per revision).
    kind: str = "section"

    @property
    def wordings(self) -> dict[str, Wording]:
        given = {"professional": self.professional, "patient": self.patient,
                 "caregiver": self.caregiver}
        return {key: wording for key, wording in given.items() if wording is not None}


@dataclass(frozen=True)
class NumberedPart:
    position: int
    kind: str
    wordings: dict[str, Wording]  # citation markers as [1] / [2, 3]


@dataclass(frozen=True)
class NumberedReference:
    number: int
    citation: str
    pmid: str
    doi: str
    url: str
    evidence: str


@dataclass(frozen=True)
class DemoRevision:
    change_summary: str
    parts: tuple[Part, ...]
    sources: tuple[Source, ...]
    # What each approving board member notes with their approval, in order.
    approval_notes: tuple[str, ...] = ()
    # The date the literature was last searched for this revision (required to submit).
    evidence_through: date | None = None

    def numbered(self) -> tuple[list[NumberedPart], list[NumberedReference]]:
        by_key = {source.key: source for source in self.sources}
        if len(by_key) != len(self.sources):
            raise ContentError("Two sources share a key.")
        order: list[str] = []
        # Professional wordings first, so reference numbers follow the base text.
        texts = [part.professional.text for part in self.parts] + [
            wording.text for part in self.parts for wording in part.wordings.values()
        ]
        for text in texts:
            for match in CITATION_KEYS.finditer(text):
                for key in _keys(match):
                    if key not in by_key:
                        raise ContentError(f"[@{key}] cites no known source.")
                    if key not in order:
                        order.append(key)
        uncited = set(by_key) - set(order)
        if uncited:
            raise ContentError(f"Sources never cited: {', '.join(sorted(uncited))}.")
        number = {key: n for n, key in enumerate(order, start=1)}

        def renumber(text: str) -> str:
            return CITATION_KEYS.sub(
                lambda match: "[" + ", ".join(str(number[key]) for key in _keys(match)) + "]",
                text,
            )

        parts = [
            NumberedPart(
                position, part.kind,
                {key: Wording(w.heading, renumber(w.text)) for key, w in part.wordings.items()},
            )
            for position, part in enumerate(self.parts)
        ]
        references = [
            NumberedReference(
                number[key], by_key[key].citation, by_key[key].pmid, by_key[key].doi,
                by_key[key].url, by_key[key].evidence,
            )
            for key in order
        ]
        return parts, references


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    question: str
    topic: str
    drugs: str
    # How far the workflow takes the last revision: "live", "in_review" (a member has started
    # reviewing), "submitted" (waiting for the board) or "draft".
    stage: str
    revisions: tuple[DemoRevision, ...]
    publish_while_in_review: bool = False

    def __post_init__(self):
        if self.stage not in STAGES:
            raise ContentError(f"{self.slug}: unknown stage {self.stage!r}.")


def _keys(match: re.Match) -> list[str]:
    return [key.strip().lstrip("@") for key in match.group(1).split(",")]
