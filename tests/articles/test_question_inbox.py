"""The editors' inbox of readers' follow-up questions."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from articles.models import FollowUpQuestion
from articles.services import question_mark_answered
from articles.services import InboxError
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
INBOX = reverse("admin:articles_followupquestion_changelist")


def ask(article, text="Can I take it while pregnant?", **fields):
    return FollowUpQuestion.objects.create(article=article, question=text, **fields)


def listed(response):
    return [q.pk for q in response.context["cl"].result_list]


def test_inbox_lists_questions_with_their_article_newest_first(editor_client):
    article = ArticleFactory(question="Kadcyla or Herzuma?")
    older, newer = ask(article, "First question here?"), ask(article, "Second question here?")
    response = editor_client.get(INBOX)
    assert listed(response) == [newer.pk, older.pk]
    html = response.content.decode()
    assert "Kadcyla or Herzuma?" in html and "Second question here?" in html


def test_inbox_filters_by_article_and_state(editor_client):
    one, two = ArticleFactory(), ArticleFactory()
    new_one, _ = ask(one), ask(two)
    answered = ask(one, state=FollowUpQuestion.State.ANSWERED)
    assert listed(editor_client.get(INBOX, {"article__id__exact": one.pk})) == [answered.pk, new_one.pk]
    assert listed(editor_client.get(INBOX, {"state__exact": "answered"})) == [answered.pk]
    assert listed(editor_client.get(INBOX, {"article__id__exact": one.pk, "state__exact": "new"})) == [new_one.pk]


def test_mark_answered_action_closes_the_selected_questions(editor_client):
    article = ArticleFactory()
    chosen, other = ask(article), ask(article)
    response = editor_client.post(INBOX, {"action": "mark_answered", "_selected_action": [chosen.pk]})
    assert response.status_code == 302
    chosen.refresh_from_db(), other.refresh_from_db()
    assert chosen.state == "answered" and chosen.answered_at is not None
    assert other.state == "new"
    assert "1 question marked answered." in [str(m) for m in get_messages(response.wsgi_request)]


def test_marking_an_answered_question_again_says_so_and_keeps_its_date(editor_client, editor):
    question = ask(ArticleFactory())
    question_mark_answered(question=question, actor=editor)
    first_answer = FollowUpQuestion.objects.get().answered_at
    response = editor_client.post(INBOX, {"action": "mark_answered", "_selected_action": [question.pk]})
    assert any("already answered" in str(m) for m in get_messages(response.wsgi_request))
    assert FollowUpQuestion.objects.get().answered_at == first_answer


def test_only_editors_can_mark_questions_answered():
    question = ask(ArticleFactory())
    with pytest.raises(InboxError):
        question_mark_answered(question=question, actor=UserFactory(is_staff=True))
    question.refresh_from_db()
    assert question.state == "new"


def test_readers_questions_cannot_be_added_or_rewritten_in_the_admin(editor_client):
    question = ask(ArticleFactory())
    assert editor_client.get(reverse("admin:articles_followupquestion_add")).status_code == 403
    editor_client.post(
        reverse("admin:articles_followupquestion_change", args=[question.pk]),
        {"question": "Rewritten by staff", "state": "answered"},
    )
    question.refresh_from_db()
    assert question.question == "Can I take it while pregnant?" and question.state == "new"
