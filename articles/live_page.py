"""One query for everything a live article page shows, on a page-cache miss.

The ORM would spend more time composing its two queries (the revision with its article, then
the approving reviews) than the database spends answering them, so this reads the live revision,
its article, the stored body for one reader type, and its approving board members in one
prepared statement. It covers live (approved) revisions only; pages pending review go through
`selectors.public_article_or_404`. The approving reviews are those of `selectors.approving_reviews`:
approvals in the revision's current round, in the order they were given.
"""

import json

from django.db import connection

from reviews.models import BoardMember, Review

from .models import Article, Revision

_REVIEWERS = {
    "postgresql": (
        "SELECT json_agg(json_build_array(m.display_name, m.credentials, m.specialty) "
        "ORDER BY v.decided_at) FROM reviews_review v "
        "JOIN reviews_boardmember m ON m.id = v.reviewer_id "
        "WHERE v.revision_id = r.id AND v.round = r.review_round AND v.decision = 'approved'"
    ),
    "sqlite": (
        "SELECT json_group_array(json_array(display_name, credentials, specialty)) FROM "
        "(SELECT m.display_name, m.credentials, m.specialty FROM reviews_review v "
        "JOIN reviews_boardmember m ON m.id = v.reviewer_id "
        "WHERE v.revision_id = r.id AND v.round = r.review_round AND v.decision = 'approved' "
        "ORDER BY v.decided_at)"
    ),
}
_BODY = {"postgresql": "r.rendered ->> %s", "sqlite": "json_extract(r.rendered, %s)"}
_PARTS = {"postgresql": "r.page_parts -> %s", "sqlite": "json_extract(r.page_parts, %s)"}
_SQL = """
SELECT r.id, r.article_id, r.number, r.status, r.review_round, r.submitted_at, r.approved_at,
       a.slug AS article_slug, a.question AS article_question, a.topic AS article_topic,
       a.drugs AS article_drugs, {body} AS body, {parts} AS parts, ({reviewers}) AS reviewers
FROM articles_article a JOIN articles_revision r ON r.id = a.live_revision_id
WHERE a.slug = %s AND r.status = 'approved'
"""


def live_page(slug: str, reader_key: str):
    """(article, revision, body, approving reviews) of the live revision, or None.

    `revision.parts` holds the stored page around the body for this reader type (articles.pages).
    """
    vendor = connection.vendor
    if vendor not in _BODY:
        return None  # the caller's ORM path serves any other database
    sql = _SQL.format(body=_BODY[vendor], parts=_PARTS[vendor], reviewers=_REVIEWERS[vendor])
    key = reader_key if vendor == "postgresql" else f'$."{reader_key}"'
    revision = next(iter(Revision.objects.raw(sql, [key, key, slug])), None)
    if revision is None:
        return None
    article = Article(
        id=revision.article_id, slug=revision.article_slug, question=revision.article_question,
        topic=revision.article_topic, drugs=revision.article_drugs, live_revision_id=revision.pk,
    )
    revision.article = article
    reviews = [
        Review(revision=revision, reviewer=BoardMember(display_name=n, credentials=c, specialty=s))
        for n, c, s in _json_list(revision.reviewers)
    ]
    revision.parts = _json_value(revision.parts)
    return article, revision, revision.body, reviews


def _json_value(value):
    return json.loads(value) if isinstance(value, str) else value


def _json_list(value) -> list:
    return [] if value is None else _json_value(value)
