"""Markdown written by editors, rendered and sanitized with nh3: no script, style, event handler
or unsafe URL survives, whoever wrote it."""

import html
import re

import markdown
import nh3
from django.utils.text import slugify

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre",
    "h2", "h3", "h4", "h5", "table", "thead", "tbody", "tr", "th", "td", "a", "sup", "sub", "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": {"colspan"}}


def render_markdown(text: str) -> str:
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def plain_text(markdown_text: str) -> str:
    """The words of author Markdown without markup, entities decoded, on one line."""
    return " ".join(html.unescape(nh3.clean(render_markdown(markdown_text), tags=set())).split())


def cut_at_word(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-–—")
    return cut + "…"


_H2 = re.compile(r"<h2>(.*?)</h2>", re.S)


def anchor_headings(rendered: str) -> tuple[str, list[tuple[str, str]]]:
    """Give each <h2> of rendered (sanitized) HTML an id from its words, so that a page can
    list and link to them: (the HTML, [(id, heading text), ...])."""
    found: list[tuple[str, str]] = []
    taken: set[str] = set()

    def anchor(match):
        text = " ".join(html.unescape(nh3.clean(match.group(1), tags=set())).split())
        base = slugify(text) or "section"
        anchor_id, n = base, 2
        while anchor_id in taken:
            anchor_id, n = f"{base}-{n}", n + 1
        taken.add(anchor_id)
        found.append((anchor_id, text))
        return f'<h2 id="{anchor_id}">{match.group(1)}</h2>'

    return _H2.sub(anchor, rendered), found
