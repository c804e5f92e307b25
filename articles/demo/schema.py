"""The shape of the demo articles, and the numbering of their citations.

The texts cite their sources by key (`[@emilia]`, `[@slamon, @herzuma-label]`) so that nobody
has to keep numbers in step by hand: `DemoArticle.numbered()` numbers the sources in the
order the professional wording first cites them and rewrites every marker to the site's
`[1]` / `[2, 3]` form. A key without a source, or a source nobody cites, is an error.
"""

import re
from dataclasses import dataclass

CITATION_KEYS = re.compile(r"\[(@[\w-]+(?:\s*,\s*@[\w-]+)*)\]")


class ContentError(ValueError):
    """The demo content contradicts itself (a bad citation key, an uncited source)."""


@dataclass(frozen=True)
class Source:
    key: str
    citation: str
    pmid: str = ""
    doi: str = ""
    url: str = ""


@dataclass(frozen=True)
class Part:
    """One section: its heading, the professional base wording and the two lay wordings."""

    heading: str
    professional: str
    patient: str = ""
    caregiver: str = ""

    @property
    def wordings(self) -> tuple[str, str, str]:
        return (self.professional, self.patient, self.caregiver)


@dataclass(frozen=True)
class NumberedSection:
    position: int
    heading: str
    body: str
    body_patient: str
    body_caregiver: str


@dataclass(frozen=True)
class NumberedReference:
    number: int
    citation: str
    pmid: str
    doi: str
    url: str


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    question: str
    topic: str
    drugs: str
    # How far the workflow takes it: "live", "in_review" or "draft".
    stage: str
    change_summary: str
    parts: tuple[Part, ...]
    sources: tuple[Source, ...]
    publish_while_in_review: bool = False

    def numbered(self) -> tuple[list[NumberedSection], list[NumberedReference]]:
        by_key = {source.key: source for source in self.sources}
        if len(by_key) != len(self.sources):
            raise ContentError(f"{self.slug}: two sources share a key.")
        order: list[str] = []
        # Professional wordings first, so reference numbers follow the base text.
        texts = [part.professional for part in self.parts] + [
            text for part in self.parts for text in (part.patient, part.caregiver)
        ]
        for text in texts:
            for match in CITATION_KEYS.finditer(text):
                for key in _keys(match):
                    if key not in by_key:
                        raise ContentError(f"{self.slug}: [@{key}] cites no known source.")
                    if key not in order:
                        order.append(key)
        uncited = set(by_key) - set(order)
        if uncited:
            raise ContentError(f"{self.slug}: sources never cited: {', '.join(sorted(uncited))}.")
        number = {key: n for n, key in enumerate(order, start=1)}

        def renumber(text: str) -> str:
            return CITATION_KEYS.sub(
                lambda match: "[" + ", ".join(str(number[key]) for key in _keys(match)) + "]",
                text,
            )

        sections = [
            NumberedSection(position, part.heading, *(renumber(text) for text in part.wordings))
            for position, part in enumerate(self.parts)
        ]
        references = [
            NumberedReference(number[key], by_key[key].citation, by_key[key].pmid,
                              by_key[key].doi, by_key[key].url)
            for key in order
        ]
        return sections, references


def _keys(match: re.Match) -> list[str]:
    return [key.strip().lstrip("@") for key in match.group(1).split(",")]
