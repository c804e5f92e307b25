"""One query for a live article page on a page-cache miss: the page stored for this reader
type when the revision went live (articles.pages), prepared once per database connection.

It covers live (approved) revisions only; pages pending review, and live pages stored with
older templates, are built by the view (`pages.build_page`).
"""

from typing import NamedTuple

from her2site.db import prepared_cursor

from . import pages

# The article's live revision pointer is set only when a revision is approved.
_SQL = """
SELECT a.live_revision_id, p.before_body, p.body, p.after_body
FROM articles_article a
LEFT JOIN articles_storedpage p
       ON p.revision_id = a.live_revision_id AND p.reader_type = %s AND p.version = %s
WHERE a.slug = %s AND a.live_revision_id IS NOT NULL
"""


class LivePage(NamedTuple):
    revision_id: int
    html: str | None  # None when no page is stored for the current templates


def live_page(slug: str, reader_key: str) -> LivePage | None:
    """The article's live revision and its stored page, or None if it has no live revision."""
    with prepared_cursor() as cursor:
        cursor.execute(_SQL, [reader_key, pages.page_version(), slug])
        row = cursor.fetchone()
    if row is None:
        return None
    revision_id, *parts = row
    return LivePage(revision_id, None if parts[1] is None else "".join(parts))
