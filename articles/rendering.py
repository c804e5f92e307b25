"""Markdown to safe HTML, with citation markers turned into links to the reference list.

Approved and submitted revisions never change, so their body is rendered once per
reader type (`render_revision`) and stored on the revision; requests only read it.
"""

import markdown
import nh3
from django.template.loader import render_to_string

from personalize.readers import READER_TYPES

from .models import CITATION_MARKER

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre",
    "h2", "h3", "h4", "h5", "table", "thead", "tbody", "tr", "th", "td", "a", "sup", "sub", "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": {"colspan"}}


def render_markdown(text: str) -> str:
    """Render author Markdown and sanitize it: no script, style, event handler or unsafe URL."""
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def link_citations(html: str, cited: set[int]) -> str:
    """Replace [n] markers with superscript links to #ref-n.

    The first citation of each reference gets the id `cite-n`, the target of the
    reference list's back link; `cited` carries that knowledge across sections.
    """

    def link(number: int) -> str:
        anchor = "" if number in cited else f' id="cite-{number}"'
        cited.add(number)
        return (
            f'<a class="cite"{anchor} href="#ref-{number}" '
            f'aria-label="Reference {number}">{number}</a>'
        )

    def replace(match):
        numbers = [int(n) for n in match.group(1).split(",")]
        return '<sup class="cite-group">' + ", ".join(link(n) for n in numbers) + "</sup>"

    return CITATION_MARKER.sub(replace, html)


def render_wording(text: str, cited: set[int]) -> str:
    return link_citations(render_markdown(text), cited)


def render_revision(revision, glossary=None) -> dict[str, str]:
    """The article body (sections and references) as HTML, for every reader type."""
    from personalize.glossary import apply_glossary

    sections = list(revision.sections.all())
    references = list(revision.references.all())
    rendered = {}
    for reader_type in READER_TYPES.values():
        cited: set[int] = set()
        blocks = []
        seen_terms: set[str] = set()
        for section in sections:
            html = render_wording(section.wording_for(reader_type), cited)
            if reader_type.is_lay and glossary:
                html = apply_glossary(html, glossary, seen_terms)
            blocks.append({"section": section, "html": html})
        rendered[reader_type.key] = render_body(blocks, references, cited, reader_type)
    return rendered


def render_body(blocks, references, cited: set[int], reader_type) -> str:
    """The sections ({"section", "html"} blocks) and the reference list as one body."""
    return render_to_string(
        "articles/includes/_body.html",
        {"blocks": blocks, "references": references, "cited": cited, "reader_type": reader_type},
    )


def plain_text(html: str) -> str:
    return nh3.clean(html, tags=set())


