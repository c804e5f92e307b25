"""Reading grade (Flesch-Kincaid) of lay wordings, measured on their plain text."""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import textstat

from markup import render_markdown, strip_markers

from . import readers

# A paragraph or heading is read as a sentence, and so is a list item or table cell of three
# words or more. Shorter items are read as the parts of one sentence ("Common ones: nausea, feeling
# tired, low platelets."): textstat does not count a sentence of two words or fewer, but would
# still count its words, which would make a list of short items read as one very long sentence.
SENTENCE_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "tr"}
ITEM_TAGS = {"li", "td", "th", "br"}
# Full stops that do not end a sentence would otherwise split one sentence into several.
DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
ABBREVIATION = re.compile(r"\b(?:e\.g\.|i\.e\.|vs\.|et al\.|approx\.|Drs?\.|Mrs?\.|Ms\.)", re.IGNORECASE)
SPACE_BEFORE_STOP = re.compile(r"\s+(?=[.,;:!?])")


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sentences: list[str] = []
        self.buffer = ""

    def handle_data(self, data):
        self.buffer += data

    def handle_starttag(self, tag, attrs):
        # Opening a block ends the text before it, just as closing one does.
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SENTENCE_TAGS:
            self._flush(".")
        elif tag in ITEM_TAGS:
            self._flush(",")

    def _flush(self, end: str):
        text, self.buffer = " ".join(self.buffer.split()), ""
        if not text:
            if end == "." and self.sentences and self.sentences[-1].endswith(","):
                self.sentences[-1] = self.sentences[-1][:-1] + "."
            return
        if end == "," and len(text.split()) > 2:
            end = "."
        self.sentences.append(text if text[-1] in ".!?:" else text + end)

    def text(self) -> str:
        self._flush(".")
        return " ".join(self.sentences)


def plain_words(markdown_text: str) -> str:
    """The words a reader reads, without Markdown, link targets or citation markers."""
    parser = _TextExtractor()
    parser.feed(render_markdown(strip_markers(markdown_text)))
    parser.close()
    text = SPACE_BEFORE_STOP.sub("", DECIMAL_POINT.sub("", parser.text()))
    return ABBREVIATION.sub(lambda match: match.group().replace(".", ""), text)


def grade(markdown_text: str) -> float:
    return round(textstat.flesch_kincaid_grade(plain_words(markdown_text)), 1)


@dataclass(frozen=True)
class GradeResult:
    section: object
    heading: str
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
            f"“{self.heading}” ({self.reader_type.label.lower()} wording) reads at grade "
            f"{self.grade}; the target is {self.target:g} or below."
        )


def wording_grades(sections) -> list[GradeResult]:
    """The grade of every lay wording that has been written (sections with their wordings)."""
    results = []
    for section in sections:
        wordings = section.wordings_by_type()
        for reader_type in readers.lay():
            wording = wordings.get(reader_type.key)
            if wording is not None and wording.body.strip():
                results.append(GradeResult(section, wording.heading, reader_type, grade(wording.body)))
    return results


def grade_warnings(sections) -> list[GradeResult]:
    return [result for result in wording_grades(sections) if result.over_target]
