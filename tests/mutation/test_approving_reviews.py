"""The approvers readers are shown (`Review.objects.that_published()`): the board members whose
approvals in the revision's last round published it, never earlier rounds, pending reviews or
reviewers who declared a conflict."""

import pytest

from articles.hooks import reviewers_of
from reviews import services
from reviews.models import Review
from tests.conftest import FULL_CHECKLIST, approve, make_draft
from tests.factories import BoardMemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(reviewers):
    return [*reviewers, BoardMemberFactory(), BoardMemberFactory()]


def test_only_the_last_rounds_approvers_are_shown_on_the_article_and_its_change_log(client, editor, board):
    earlier, asker, first, second, pending = board
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    # Round 1: one approval, then changes requested; the approval no longer counts.
    services.review_start(revision=revision, actor=earlier.user)
    services.review_approve(revision=revision, actor=earlier.user, checklist=FULL_CHECKLIST)
    services.review_start(revision=revision, actor=asker.user)
    services.review_request_changes(revision=revision, actor=asker.user, comment="Cite the label.")
    # Round 2: one reviewer still reading, two approve.
    services.revision_submit(revision=revision, actor=editor)
    services.review_start(revision=revision, actor=pending.user)
    approve(revision, [first, second])

    assert revision.status == revision.Status.APPROVED
    assert [r.name for r in reviewers_of([revision])[revision.pk]] == [first.display_name, second.display_name]
    for url in (revision.article.get_absolute_url(), f"{revision.article.get_absolute_url()}history/"):
        html = client.get(url).content.decode()
        assert first.display_name in html and second.display_name in html
        for absent in (earlier, asker, pending):
            assert absent.display_name not in html, (url, absent)


def test_a_reviewer_who_declared_a_conflict_is_not_shown_as_an_approver(client, editor, board):
    conflicted, first, second = board[:3]
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    services.review_start(revision=revision, actor=conflicted.user)
    services.review_approve(revision=revision, actor=conflicted.user, checklist=FULL_CHECKLIST)
    services.review_declare_conflict(revision=revision, actor=conflicted.user, details="Advisory fees.")
    approve(revision, [first, second])

    html = client.get(revision.article.get_absolute_url()).content.decode()
    assert conflicted.display_name not in html
    assert first.display_name in html and second.display_name in html
    assert set(Review.objects.that_published()) == set(revision.reviews.filter(reviewer__in=[first, second]))


def test_approvals_of_a_revision_still_in_review_are_not_shown_as_having_published_it(editor, board):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, board[:1], required=1)

    assert revision.reviews.approvals().count() == 1
    assert not Review.objects.that_published().exists()
    assert reviewers_of([revision])[revision.pk] == []
