"""What a reviewer writes (`services.review_comment`, the approval's comment): blank text is
refused or stored as nothing, never as a comment of spaces."""

import pytest

from reviews import services
from reviews.models import ReviewComment, ReviewEvent
from tests.conftest import FULL_CHECKLIST
from tests.factories import SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewing(submitted, reviewers):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    return submitted


@pytest.mark.parametrize("body", ["", "  \n ", None])
def test_a_blank_comment_is_refused_and_nothing_saved(reviewing, reviewers, body):
    events = ReviewEvent.objects.count()
    with pytest.raises(services.WorkflowError) as refused:
        services.review_comment(revision=reviewing, actor=reviewers[0].user, body=body)
    assert str(refused.value) == "A comment cannot be empty."
    assert not ReviewComment.objects.exists()
    assert ReviewEvent.objects.count() == events


def test_a_comment_is_saved_trimmed_for_its_round_and_section(reviewing, reviewers):
    section = reviewing.sections.order_by("position").first()
    comment = services.review_comment(
        revision=reviewing, actor=reviewers[0].user, body="  Cite the label here.  ", section=section
    )
    comment.refresh_from_db()
    assert (comment.body, comment.section, comment.round, comment.author) == (
        "Cite the label here.", section, 1, reviewers[0].user
    )
    event = reviewing.events.filter(action=ReviewEvent.Action.COMMENTED).get()
    assert event.note == f"Comment on “{section}”: Cite the label here."
    assert event.actor == reviewers[0].user


def test_a_comment_on_the_whole_revision_is_recorded_as_such(reviewing, reviewers):
    comment = services.review_comment(revision=reviewing, actor=reviewers[0].user, body="Overall clear.")
    assert comment.section is None
    assert reviewing.events.get(action=ReviewEvent.Action.COMMENTED).note == "Comment: Overall clear."


def test_a_comment_on_another_revisions_section_is_refused(reviewing, reviewers, editor):
    from tests.conftest import make_draft

    elsewhere = SectionFactory(revision=make_draft(editor=editor), position=9, heading="Other", body="Text.")
    with pytest.raises(services.InvalidTransition) as refused:
        services.review_comment(revision=reviewing, actor=reviewers[0].user, body="Here?", section=elsewhere)
    assert str(refused.value) == "That section belongs to another revision."
    assert not ReviewComment.objects.exists()


def test_an_approval_without_a_comment_stores_none(reviewing, reviewers):
    review = services.review_approve(revision=reviewing, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    review.refresh_from_db()
    assert review.comment == ""


def test_a_blank_approval_comment_is_stored_as_none(reviewing, reviewers):
    review = services.review_approve(
        revision=reviewing, actor=reviewers[0].user, checklist=FULL_CHECKLIST, comment="   "
    )
    review.refresh_from_db()
    assert review.comment == ""
    assert reviewing.events.get(action=ReviewEvent.Action.APPROVAL_RECORDED).note == ""


def test_an_approval_comment_is_stored_trimmed(reviewing, reviewers):
    review = services.review_approve(
        revision=reviewing, actor=reviewers[0].user, checklist=FULL_CHECKLIST, comment=" Clear. "
    )
    review.refresh_from_db()
    assert review.comment == "Clear."
    assert reviewing.events.get(action=ReviewEvent.Action.APPROVAL_RECORDED).note == "Clear."
