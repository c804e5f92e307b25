"""The public change log: every approved revision, its date, its reviewers and its summary."""

import pytest
from django.urls import reverse

from articles.models import Revision
from reviews import services
from tests.conftest import approve, make_draft, new_revision, publish
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def history_url(article):
    return reverse("articles:history", args=[article.slug])


def next_revision(live, editor, summary):
    revision = new_revision(live.article, editor=editor, summary=summary)
    services.revision_submit(revision=revision, actor=editor)
    return revision


def test_change_log_lists_each_approved_revision_newest_first(client, editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = approve(next_revision(first, editor, "Adds DESTINY-Breast03."), reviewers[1:])
    html = client.get(history_url(first.article)).content.decode()
    assert html.index("Revision 2 (current)") < html.index("Revision 1")
    assert "Adds DESTINY-Breast03." in html
    assert f"{second.approved_at:%B} {second.approved_at.day}, {second.approved_at:%Y}" in html


def test_change_log_names_the_approving_reviewers_with_credentials(client, editor, reviewers):
    reviewers[2].credentials = "MD, PhD"
    reviewers[2].save()
    first = publish(editor=editor, reviewers=reviewers)
    second = next_revision(first, editor, "Clarifies dosing.")
    # Round 1: one reviewer asks for changes; round 2 is approved by two others.
    services.review_start(revision=second, actor=reviewers[0].user)
    services.review_request_changes(revision=second, actor=reviewers[0].user, comment="Unclear.")
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers[1:])
    html = client.get(history_url(first.article)).content.decode()
    entry = html.split("Revision 2 (current)")[1].split("Revision 1")[0]
    assert f"{reviewers[1].display_name}, MD" in entry
    assert f"{reviewers[2].display_name}, MD, PhD" in entry
    assert reviewers[0].display_name not in entry


def test_change_log_never_shows_drafts_or_revisions_in_review(client, editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    pending = next_revision(live, editor, "Secret work in progress.")
    services.review_start(revision=pending, actor=reviewers[0].user)
    html = client.get(history_url(live.article)).content.decode()
    assert "Secret work in progress." not in html
    assert "Revision 2" not in html


def test_change_log_of_an_unpublished_article_is_404(client, editor):
    draft = make_draft(editor=editor)
    assert client.get(history_url(draft.article)).status_code == 404
    assert client.get("/articles/no-such-article/history/").status_code == 404


def test_change_log_of_an_article_published_while_in_review_says_not_yet_approved(client, editor):
    article = ArticleFactory(publish_while_in_review=True)
    draft = make_draft(editor=editor, article=article)
    services.revision_submit(revision=draft, actor=editor)
    response = client.get(history_url(article))
    assert response.status_code == 200
    assert "has not been approved yet" in response.content.decode()


def test_change_log_query_count_does_not_grow_with_revisions(client, editor, reviewers, django_assert_max_num_queries):
    live = publish(editor=editor, reviewers=reviewers)
    url = history_url(live.article)
    with django_assert_max_num_queries(4):
        client.get(url)
    for n in range(4):
        live = approve(next_revision(live, editor, f"Update {n}."), reviewers)
    with django_assert_max_num_queries(4):
        html = client.get(url).content.decode()
    assert html.count("<h2>Revision") == 5
    assert Revision.objects.filter(status="superseded").count() == 4
