"""The bottom layer: author Markdown to safe HTML, and citation markers. Imports none of the apps."""

from .citations import CITATION_MARKER, link_citations, markers_in, strip_markers
from .html import anchor_headings, cut_at_word, plain_text, render_markdown
from .text import comparable_text, normalize_text

__all__ = [
    "CITATION_MARKER", "anchor_headings", "comparable_text", "cut_at_word", "link_citations",
    "markers_in", "normalize_text", "plain_text", "render_markdown", "strip_markers",
]
