"""Everything a reader sees is reviewed: the article's question (its title), topic and drugs are
proposed by a revision and reach readers only when the workflow publishes it."""

import pytest
from django.urls import reverse

from articles.models import Article
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import approve, make_draft, new_revision
from tests.factories import ArticleFactory
from tests.workbench.admin_post import change_form_data

pytestmark = pytest.mark.django_db


def title_on_page(client, article) -> str:
    html = client.get(article.get_absolute_url()).content.decode()
    return html.split('<h1 id="article-title">')[1].split("</h1>")[0]


def test_a_first_revision_starts_with_the_articles_fields_and_later_ones_with_their_base(editor, live_revision):
    article = ArticleFactory(question="Which is gentler?", topic="Side effects", drugs="A, B")
    first = services.revision_create(article=article, actor=editor)
    assert (first.question, first.topic, first.drugs) == ("Which is gentler?", "Side effects", "A, B")
    live_revision.question = "A reviewed question?"
    live_revision.save()
    second = services.revision_create(article=live_revision.article, actor=editor)
    assert second.question == "A reviewed question?"


def test_the_question_reaches_readers_only_with_the_approval(client, editor, reviewers, live_revision):
    article = live_revision.article
    old = article.question
    revision = new_revision(article, editor=editor)
    revision.question, revision.topic, revision.drugs = "Which drug after surgery?", "Early breast cancer", "Kadcyla"
    revision.save()
    services.revision_submit(revision=revision, actor=editor)
    assert title_on_page(client, article) == old
    article.refresh_from_db()
    assert article.question == old
    approve(revision, reviewers)
    article.refresh_from_db()
    assert (article.question, article.topic, article.drugs) == ("Which drug after surgery?", "Early breast cancer", "Kadcyla")
    assert title_on_page(client, article) == "Which drug after surgery?"
    home = client.get(reverse("articles:home")).content.decode()
    assert "Which drug after surgery?" in home and old not in home


def test_an_article_shown_while_in_review_shows_its_pending_revisions_proposal(client, editor):
    article = ArticleFactory(question="Working title?", publish_while_in_review=True)
    draft = make_draft(editor=editor, article=article)
    draft.question = "The question the board is checking?"
    draft.save()
    services.revision_submit(revision=draft, actor=editor)
    assert title_on_page(client, article) == "The question the board is checking?"


def test_editing_the_question_on_a_revision_is_in_its_audit_trail(client, editor):
    draft = make_draft(editor=editor)
    client.force_login(editor)
    client.post(
        reverse("admin:articles_revision_change", args=[draft.pk]),
        change_form_data(draft, question="A plainer question?"),
    )
    draft.refresh_from_db()
    assert draft.question == "A plainer question?"
    assert "question" in draft.events.get(action=ReviewEvent.Action.EDITED).note
    assert Article.objects.get(pk=draft.article_id).question != "A plainer question?"
