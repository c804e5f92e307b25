"""One query for a live article page on a page-cache miss.

It reads the live revision, its article, the stored body for one reader type and the stored
page around it (articles.pages), which already names the approving board members. Only when
the stored page is missing or stale does the view read the reviews as well. It covers live
(approved) revisions only; pages pending review go through `selectors.public_article_or_404`.
"""

import json

from django.db import connection

from .models import Article, Revision

_BODY = {"postgresql": "r.rendered ->> %s", "sqlite": "json_extract(r.rendered, %s)"}
_PARTS = {"postgresql": "r.page_parts -> %s", "sqlite": "json_extract(r.page_parts, %s)"}
_SQL = """
SELECT r.id, r.article_id, r.number, r.status, r.review_round, r.submitted_at, r.approved_at,
       a.slug AS article_slug, a.question AS article_question, a.topic AS article_topic,
       a.drugs AS article_drugs, {body} AS body, {parts} AS parts
FROM articles_article a JOIN articles_revision r ON r.id = a.live_revision_id
WHERE a.slug = %s AND r.status = 'approved'
"""


def live_page(slug: str, reader_key: str):
    """(article, revision, body) of the live revision, or None.

    `revision.parts` holds the stored page around the body for this reader type (articles.pages).
    """
    vendor = connection.vendor
    if vendor not in _BODY:
        return None  # the caller's ORM path serves any other database
    sql = _SQL.format(body=_BODY[vendor], parts=_PARTS[vendor])
    key = reader_key if vendor == "postgresql" else f'$."{reader_key}"'
    revision = next(iter(Revision.objects.raw(sql, [key, key, slug])), None)
    if revision is None:
        return None
    article = Article(
        id=revision.article_id, slug=revision.article_slug, question=revision.article_question,
        topic=revision.article_topic, drugs=revision.article_drugs, live_revision_id=revision.pk,
    )
    revision.article = article
    parts = revision.parts
    revision.parts = json.loads(parts) if isinstance(parts, str) else parts
    return article, revision, revision.body

