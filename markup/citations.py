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


# A marker in rendered HTML, with the word before it: "cytotoxicity [1]." becomes
# "cytotoxicity¹." with the word and the marker kept on one line.
_MARKER_IN_HTML = re.compile(r"(?P<word>[^\s<>]*)\s*" + CITATION_MARKER.pattern)


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
        numbers = [int(n) for n in match.group(2).split(",")]
        marker = '<sup class="cite-group">' + ",".join(link(n) for n in numbers) + "</sup>"
        word = match.group("word")
        return f'<span class="cited">{word}{marker}</span>' if word else marker

    return _MARKER_IN_HTML.sub(replace, html)
