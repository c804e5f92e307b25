"""The board's review queue: waiting, mine and decided, paginated at a fixed query cost."""

import pytest
from django.urls import reverse

from reviews import services
from tests.conftest import FULL_CHECKLIST, make_draft
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
QUEUE = reverse("reviews:queue")


def submit(editor, **kwargs):
    revision = make_draft(editor=editor, **kwargs)
    services.revision_submit(revision=revision, actor=editor)
    return revision


def rows(response):
    return [revision.pk for revision in response.context["page"].object_list]


@pytest.fixture
def member(reviewers, client):
    client.force_login(reviewers[0].user)
    return reviewers[0]


def test_anonymous_users_are_sent_to_login(client):
    response = client.get(QUEUE)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_readers_and_editors_who_are_not_board_members_get_403(client, editor):
    for user in (UserFactory(), editor):
        client.force_login(user)
        assert client.get(QUEUE).status_code == 403


def test_waiting_lists_submitted_revisions_with_article_number_author_and_waiting_time(client, member, editor):
    editor.first_name, editor.last_name = "Ada", "Editor"
    editor.save()
    revision = submit(editor, article=ArticleFactory(question="Which is safer in pregnancy?"))
    response = client.get(QUEUE)
    html = response.content.decode()
    assert rows(response) == [revision.pk]
    assert "Which is safer in pregnancy?" in html
    assert reverse("reviews:detail", args=[revision.pk]) in html
    assert "Ada Editor" in html
    assert "0\xa0minutes" in html  # waiting time, from the submission


def test_drafts_never_appear_in_any_queue(client, member, editor):
    make_draft(editor=editor)
    for tab in ("waiting", "mine", "decided"):
        response = client.get(QUEUE, {"tab": tab})
        assert list(response.context["page"].object_list) == []


def test_a_revision_moves_from_waiting_to_mine_to_decided(client, member, editor):
    revision = submit(editor)
    services.review_start(revision=revision, actor=member.user)
    assert rows(client.get(QUEUE)) == []
    assert rows(client.get(QUEUE, {"tab": "mine"})) == [revision.pk]
    services.review_approve(revision=revision, actor=member.user, checklist=FULL_CHECKLIST)
    assert rows(client.get(QUEUE, {"tab": "mine"})) == []
    decided = client.get(QUEUE, {"tab": "decided"})
    assert [review.revision_id for review in decided.context["page"].object_list] == [revision.pk]
    assert "Approved" in decided.content.decode()


def test_revisions_started_by_others_still_wait_for_this_member(client, member, reviewers, editor):
    revision = submit(editor)
    services.review_start(revision=revision, actor=reviewers[1].user)
    assert rows(client.get(QUEUE)) == [revision.pk]


def test_a_members_own_revision_does_not_wait_for_them(client, member, editor):
    member.user.groups.add(*editor.groups.all())
    own = make_draft(editor=member.user)
    services.revision_submit(revision=own, actor=member.user)
    assert rows(client.get(QUEUE)) == []


def test_a_decided_revision_sent_back_to_editors_is_listed_without_a_link(client, member, editor):
    revision = submit(editor)
    services.review_start(revision=revision, actor=member.user)
    services.review_request_changes(revision=revision, actor=member.user, comment="Fix the dose.")
    html = client.get(QUEUE, {"tab": "decided"}).content.decode()
    assert "Changes requested" in html
    assert reverse("reviews:detail", args=[revision.pk]) not in html


def test_the_queue_is_paginated(client, member, editor):
    for _ in range(23):
        submit(editor, sections=1, references=1)
    first = client.get(QUEUE)
    assert len(rows(first)) == 20
    assert "Page 1 of 2" in first.content.decode()
    assert len(rows(client.get(QUEUE, {"page": 2}))) == 3


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999999999999", ""])
def test_a_bad_page_or_tab_never_errors(client, member, editor, page):
    submit(editor)
    assert client.get(QUEUE, {"page": page}).status_code == 200
    assert client.get(QUEUE, {"tab": "<script>", "page": page}).status_code == 200


def test_query_count_does_not_grow_with_the_number_of_revisions(
    client, member, editor, reviewers, django_assert_max_num_queries
):
    counts = []
    for batch in (2, 12):
        for _ in range(batch):
            revision = submit(editor, sections=1, references=1)
            services.review_start(revision=revision, actor=reviewers[1].user)
        for tab in ("waiting", "mine", "decided"):
            with django_assert_max_num_queries(9) as captured:
                assert client.get(QUEUE, {"tab": tab}).status_code == 200
            counts.append((tab, len(captured)))
    assert counts[:3] == counts[3:]


@pytest.fixture
def queue_cache_on(settings):
    settings.QUEUE_CACHE_SECONDS = 60


def test_a_repeat_read_of_the_queue_is_three_queries(
    client, member, editor, queue_cache_on, django_assert_num_queries
):
    submit(editor)
    client.get(QUEUE)
    with django_assert_num_queries(3):  # the session, the user, the member with the queue's version
        html = client.get(QUEUE).content.decode()
    assert "How do treatments" in html


def test_with_the_cache_on_every_step_of_the_workflow_shows_at_once(
    client, member, reviewers, editor, queue_cache_on
):
    revision = submit(editor)
    assert revision.question in client.get(QUEUE).content.decode()
    services.review_start(revision=revision, actor=member.user)
    assert "Nothing is waiting for your review." in client.get(QUEUE).content.decode()
    other = submit(editor)
    assert other.question in client.get(QUEUE).content.decode()
    # Another member's queue is their own.
    client.force_login(reviewers[1].user)
    html = client.get(QUEUE).content.decode()
    assert revision.question in html and other.question in html
