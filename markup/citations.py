"""Citation markers: editors cite references by number in square brackets, `[3]` or `[2, 3]`."""

import re

# Up to four digits a number, as reference numbers are bounded (articles.models.Reference).
# Not followed by "(": that is a Markdown link, "[text](url)".
CITATION_MARKER = re.compile(r"\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\](?!\()")


def markers_in(text: str) -> list[int]:
    """Every reference number cited in `text`, in order of appearance."""
    numbers = []
    for match in CITATION_MARKER.finditer(text or ""):
        numbers.extend(int(n) for n in match.group(1).split(","))
    return numbers


def strip_markers(text: str) -> str:
    return CITATION_MARKER.sub("", text or "")


# A marker in rendered HTML with the space before it: "cytotoxicity [1]." becomes
# "cytotoxicity¹.", with a word joiner (U+2060, written as an entity, which search ignores)
# so that the marker never wraps onto a line of its own.
_MARKER_IN_HTML = re.compile(r"\s*" + CITATION_MARKER.pattern)
WORD_JOINER = "&#8288;"


def occurrence_id(number: int, occurrence: int) -> str:
    return f"cite-{number}-{occurrence}"


def link_citations(html: str, occurrences: dict[int, int]) -> str:
    """Replace [n] markers in rendered HTML with superscript links to #ref-n.

    Each occurrence gets its own id, `cite-<n>-<k>` (k counting from 1 per reference), so that
    the reference list can link back to every place it is cited; `occurrences` counts them
    across the sections of one body.
    """

    def link(number: int) -> str:
        occurrences[number] = occurrences.get(number, 0) + 1
        return (
            f'<a class="cite" id="{occurrence_id(number, occurrences[number])}" '
            f'href="#ref-{number}" aria-label="Reference {number}">{number}</a>'
        )

    def replace(match):
        numbers = [int(n) for n in match.group(1).split(",")]
        return WORD_JOINER + '<sup class="cite-group">' + ",".join(link(n) for n in numbers) + "</sup>"

    return _MARKER_IN_HTML.sub(replace, html)
