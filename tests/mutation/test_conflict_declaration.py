"""A declared conflict of interest (`services.review_declare_conflict`): it needs a description,
and it withdraws the reviewer's approval."""

import pytest

from reviews import services
from reviews.models import Review, ReviewEvent
from tests.conftest import FULL_CHECKLIST

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewing(submitted, reviewers):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    return submitted


@pytest.mark.parametrize("details", ["", "   \n\t ", None])
def test_a_conflict_without_a_description_is_refused_and_nothing_recorded(reviewing, reviewers, details):
    events = ReviewEvent.objects.count()
    with pytest.raises(services.WorkflowError) as refused:
        services.review_declare_conflict(revision=reviewing, actor=reviewers[0].user, details=details)
    assert str(refused.value) == "Describe the conflict of interest."
    review = Review.objects.get()
    assert (review.conflict_of_interest, review.conflict_details) == (False, "")
    assert ReviewEvent.objects.count() == events


def test_a_declared_conflict_is_recorded_trimmed_with_an_audit_event(reviewing, reviewers):
    review = services.review_declare_conflict(
        revision=reviewing, actor=reviewers[0].user, details="  Speaker fees from the maker.  "
    )
    review.refresh_from_db()
    assert review.conflict_of_interest is True
    assert review.conflict_details == "Speaker fees from the maker."
    event = ReviewEvent.objects.filter(action=ReviewEvent.Action.CONFLICT_DECLARED).get()
    assert (event.actor, event.note) == (reviewers[0].user, "Speaker fees from the maker.")
    assert event.from_status == event.to_status == "under_review"


def test_a_conflict_declared_after_approving_withdraws_the_approval(reviewing, reviewers):
    services.review_approve(revision=reviewing, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    review = services.review_declare_conflict(revision=reviewing, actor=reviewers[0].user, details="Stock.")
    review.refresh_from_db()
    assert (review.decision, review.decided_at) == (Review.Decision.PENDING, None)
    assert not reviewing.reviews.approvals().exists()


def test_a_conflict_can_be_declared_once(reviewing, reviewers):
    services.review_declare_conflict(revision=reviewing, actor=reviewers[0].user, details="Stock.")
    with pytest.raises(services.InvalidTransition, match="already declared"):
        services.review_declare_conflict(revision=reviewing, actor=reviewers[0].user, details="More stock.")
