import pytest
from django.urls import reverse

from articles.models import FollowUpQuestion
from tests.conftest import make_draft

pytestmark = pytest.mark.django_db


def ask(client, article, **data):
    return client.post(reverse("articles:question", args=[article.slug]), data)


def test_question_page_has_a_form_for_the_article(client, live_revision):
    response = client.get(reverse("articles:question", args=[live_revision.article.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert live_revision.article.question in html
    assert "csrfmiddlewaretoken" in html  # this page stores data, so it is protected


def test_sent_question_is_stored_for_editors_and_confirmed(client, live_revision):
    article = live_revision.article
    response = ask(client, article, question="Can Kadcyla be given with radiotherapy?")
    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    assert "your question was sent" in confirmation.content.decode()
    stored = FollowUpQuestion.objects.get()
    assert (stored.article, stored.question, stored.state) == (
        article, "Can Kadcyla be given with radiotherapy?", "new",
    )


def test_empty_question_is_refused_with_a_form_error(client, live_revision):
    response = ask(client, live_revision.article, question="   ")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not FollowUpQuestion.objects.exists()


def test_very_long_question_is_refused_and_the_text_is_kept_in_the_form(client, live_revision):
    long_text = "Why " + "x" * 20_000
    response = ask(client, live_revision.article, question=long_text)
    html = response.content.decode()
    assert response.status_code == 200
    assert "at most 4000 characters" in html
    assert long_text in html  # nothing the reader typed is lost
    assert not FollowUpQuestion.objects.exists()


def test_html_in_a_question_is_stored_as_text_and_escaped_when_shown_again(client, live_revision):
    hostile = '<script>alert("x")</script> is this safe?'
    ask(client, live_revision.article, question=hostile, email="not-an-email")
    response = ask(client, live_revision.article, question=hostile, email="not-an-email")
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_bad_email_is_a_form_error(client, live_revision):
    response = ask(client, live_revision.article, question="A long enough question?", email="nope")
    assert "Enter a valid email address." in response.content.decode()


def test_no_question_page_for_an_unpublished_article(client, editor):
    draft = make_draft(editor=editor)
    assert client.get(reverse("articles:question", args=[draft.article.slug])).status_code == 404
    assert ask(client, draft.article, question="Anything published here?").status_code == 404
    assert not FollowUpQuestion.objects.exists()


def test_honeypot_filled_in_looks_sent_but_stores_nothing(client, live_revision):
    response = ask(client, live_revision.article, question="Buy cheap pills here now",
                   website="http://spam.example")
    assert response.status_code == 302
    assert not FollowUpQuestion.objects.exists()


def test_questions_are_rate_limited_per_client_with_a_clear_message(client, live_revision, settings, cache_backend):
    settings.RATE_LIMITS = {"question": (2, 600)}
    for n in range(2):
        assert ask(client, live_revision.article, question=f"Question number {n}?").status_code == 302
    response = ask(client, live_revision.article, question="One question too many?")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Please wait ten minutes" in html
    assert "One question too many?" in html
    assert FollowUpQuestion.objects.count() == 2
    other_client = client.post(
        reverse("articles:question", args=[live_revision.article.slug]),
        {"question": "From another address?"}, REMOTE_ADDR="10.9.8.7",
    )
    assert other_client.status_code == 302
