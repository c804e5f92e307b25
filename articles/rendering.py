"""A revision's body as one reader type reads it: the sections in that type's wording, with
linked citation markers (and, for lay readers, glossary explanations), then the references.

The body depends only on the revision's content and the glossary it was submitted with
(`Revision.glossary`), so rendering it twice gives the same HTML: what the board reviewed is
what readers read.
"""

from django.template.loader import render_to_string

from markup import link_citations, render_markdown
from markup.citations import occurrence_id
from personalize.glossary import apply_glossary

BODY_TEMPLATE = "articles/includes/_body.html"


def render_wordings(
    revision, reader_type, occurrences: dict[int, int] | None = None,
    explained: set[str] | None = None,
) -> list[dict]:
    """Each section as `reader_type` reads it: {"section", "wording", "html"} blocks.

    Expects the revision's sections with their wordings prefetched (`with_content()`).
    `occurrences` counts the citations of each reference, for the back links; `explained`
    collects the glossary terms explained (in the glossary's normal form).
    """
    occurrences = {} if occurrences is None else occurrences
    explained = set() if explained is None else explained
    blocks = []
    for section in revision.sections.all():
        wording = section.wording_for(reader_type)
        html = link_citations(render_markdown(wording.body), occurrences)
        if reader_type.is_lay and revision.glossary:
            html = apply_glossary(html, revision.glossary, explained)
        blocks.append({"section": section, "wording": wording, "html": html})
    return blocks


def render_body(revision, reader_type) -> str:
    occurrences: dict[int, int] = {}
    blocks = render_wordings(revision, reader_type, occurrences)
    return assemble_body(blocks, list(revision.references.all()), occurrences, reader_type)


def assemble_body(blocks, references, occurrences: dict[int, int], reader_type) -> str:
    """The body from its rendered blocks: the key points box, the sections, readers' questions
    with our answers ("Readers asked"), the references."""
    for reference in references:
        # One back link per place the reference is cited, lettered a, b, c... like a journal's.
        count = occurrences.get(reference.number, 0)
        reference.backlinks = [
            (_letter(k), occurrence_id(reference.number, k)) for k in range(1, count + 1)
        ]
    return render_to_string(
        BODY_TEMPLATE,
        {
            "key_points": [b for b in blocks if b["section"].kind == "key_points"],
            "blocks": [b for b in blocks if b["section"].kind not in ("key_points", "readers_asked")],
            "readers_asked": [b for b in blocks if b["section"].kind == "readers_asked"],
            "references": references,
            "reader_type": reader_type,
        },
    )


def _letter(k: int) -> str:
    letters = ""
    while k:
        k, rest = divmod(k - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters
