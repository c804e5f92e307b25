"""The public-read rule (`public_revision_q`, `Article.objects.public()`): an article that was
never approved reaches readers only when it is marked "publish while in review"."""

import pytest
from django.urls import reverse

from articles.models import Article, Revision
from reviews import services
from tests.conftest import make_draft, new_revision, publish
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_an_article_in_review_that_is_not_marked_to_be_shown_is_not_listed_or_readable(
    client, editor, reviewers
):
    article = ArticleFactory(question="Is the hidden comparison listed?", publish_while_in_review=False)
    revision = make_draft(editor=editor, article=article)
    services.revision_submit(revision=revision, actor=editor)
    services.review_start(revision=revision, actor=reviewers[0].user)  # under review, too

    assert not Article.objects.public().filter(pk=article.pk).exists()
    assert "Is the hidden comparison listed?" not in client.get(reverse("articles:home")).content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_an_article_in_review_marked_to_be_shown_is_listed_and_readable_while_pending(
    client, editor
):
    article = ArticleFactory(question="Is the shown comparison listed?", publish_while_in_review=True)
    revision = make_draft(editor=editor, article=article)
    services.revision_submit(revision=revision, actor=editor)

    assert "Is the shown comparison listed?" in client.get(reverse("articles:home")).content.decode()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert "noindex" in page.content.decode()
    assert list(Article.objects.indexable()) == []


@pytest.mark.parametrize("marked", [True, False])
def test_a_draft_is_never_public_whatever_the_article_is_marked(client, editor, marked):
    article = ArticleFactory(publish_while_in_review=marked)
    make_draft(editor=editor, article=article)
    assert not Article.objects.public().exists()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_once_approved_readers_get_the_live_revision_not_the_one_in_review(client, editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers, article=ArticleFactory(publish_while_in_review=True))
    newer = new_revision(live.article, editor=editor)
    services.revision_submit(revision=newer, actor=editor)

    assert list(Revision.objects.public()) == [live]
    assert list(Revision.objects.meeting_the_public_rule()) == [live]
    assert list(Article.objects.indexable()) == [live.article]
    html = client.get(live.article.get_absolute_url()).content.decode()
    assert f"Clarified in revision {newer.number}." not in html
