"""Reading grade (Flesch-Kincaid) of lay wordings, measured on their plain text."""

import re
from dataclasses import dataclass

import textstat

from articles.models import CITATION_MARKER

from .readers import LAY_TYPES

MARKDOWN_NOISE = re.compile(r"[#*_`>|]|\[([^\]]*)\]\([^)]*\)")


def plain_words(markdown_text: str) -> str:
    text = CITATION_MARKER.sub("", markdown_text or "")
    text = MARKDOWN_NOISE.sub(lambda m: m.group(1) or " ", text)
    # List items and headings read as sentences; give them an end.
    lines = [line.strip(" -\t") for line in text.splitlines() if line.strip(" -\t")]
    return " ".join(line if line[-1] in ".!?:" else line + "." for line in lines)


def grade(markdown_text: str) -> float:
    return round(textstat.flesch_kincaid_grade(plain_words(markdown_text)), 1)


@dataclass(frozen=True)
class GradeResult:
    section: object
    reader_type: object
    grade: float

    @property
    def target(self) -> float:
        return self.reader_type.grade_target

    @property
    def over_target(self) -> bool:
        return self.grade > self.target

    def __str__(self):
        return (
            f"“{self.section.heading}” ({self.reader_type.label.lower()} wording) reads at grade "
            f"{self.grade}; the target is {self.target:g} or below."
        )


def wording_grades(sections) -> list[GradeResult]:
    """The grade of every lay wording that has been written."""
    return [
        GradeResult(section, reader_type, grade(getattr(section, reader_type.wording_field)))
        for section in sections
        for reader_type in LAY_TYPES
        if getattr(section, reader_type.wording_field).strip()
    ]


def grade_warnings(sections) -> list[GradeResult]:
    return [result for result in wording_grades(sections) if result.over_target]
