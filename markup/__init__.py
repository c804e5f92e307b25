"""The bottom layer: author Markdown to safe HTML, and citation markers. Imports none of the apps."""

from .citations import CITATION_MARKER, link_citations, markers_in, strip_markers
from .html import anchor_headings, cut_at_word, plain_text, render_markdown

__all__ = ["CITATION_MARKER", "anchor_headings", "link_citations", "markers_in", "cut_at_word", "plain_text", "render_markdown", "strip_markers"]
