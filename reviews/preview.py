"""A revision as a reader type will see it, before it is published: the live page's template
and context (articles.pages.page_context), with the body readers would get.

A revision sent to the board has its bodies stored (rendered with the glossary frozen at
submission): the preview shows those, exactly what readers would get. A draft is rendered now,
with the glossary as it stands, which is what its submission will freeze.
"""

import copy

from django.template.loader import render_to_string
from django.urls import reverse

from articles import pages
from articles.models import PROPOSED_FIELDS, Revision, StoredPage
from articles.rendering import render_body
from personalize import glossary, readers

from .rules import EDITABLE


def preview_url(revision, reader_type=None) -> str:
    url = reverse("reviews:preview", args=[revision.pk])
    return f"{url}?{readers.QUERY_PARAM}={reader_type.key}" if reader_type else url


def body(revision: Revision, reader_type) -> str:
    """What readers of this type would get as the article's body."""
    stored = (
        StoredPage.objects.filter(revision=revision, reader_type=reader_type.key)
        .values_list("body", flat=True).first()
    )
    if stored is not None:
        return stored
    if revision.status in EDITABLE:
        revision.glossary = glossary.current()  # not saved: submitting freezes it
    return render_body(revision, reader_type)


def render(revision: Revision, reader_type) -> str:
    """The whole page, with the "Preview: not published" bar and links to the other wordings."""
    revision = Revision.objects.with_content().select_related("article").get(pk=revision.pk)
    shown = body(revision, reader_type)
    # The page shows the article's title and details as this revision proposes them; the
    # article itself (the published copy) is not touched.
    article = copy.copy(revision.article)
    for name in PROPOSED_FIELDS:
        setattr(article, name, getattr(revision, name))
    revision.article = article
    context = pages.page_context(revision=revision, reader_type=reader_type, body=shown, preview=True)
    context.update(
        preview_url=preview_url(revision),
        preview_note=(
            f"Revision {revision.number} ({revision.get_status_display().lower()}) as "
            f"{reader_type.label.lower()} readers would see it. Readers cannot open this page."
        ),
        preview_links=[
            (option.label, preview_url(revision, option), option.key == reader_type.key)
            for option in readers.all()
        ],
    )
    return render_to_string(pages.TEMPLATE, context)
