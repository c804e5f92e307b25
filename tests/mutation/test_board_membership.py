"""Who is a board member now (`BoardMember.objects.active()`, `rules.board_member_for`): an active
membership of an active account; either one switched off and they can no longer review."""

import pytest
from django.urls import reverse

from reviews import rules, services
from reviews.models import Review
from tests.factories import BoardMemberFactory

pytestmark = pytest.mark.django_db


def test_an_inactive_account_with_an_active_membership_cannot_act_as_a_board_member(client, submitted):
    member = BoardMemberFactory(active=True)
    member.user.is_active = False
    member.user.save()

    assert rules.board_member_for(member.user) is None
    assert rules.available_actions(submitted, member.user) == set()
    with pytest.raises(services.NotAllowed, match="advisory board"):
        services.review_start(revision=submitted, actor=member.user)
    assert not Review.objects.exists()
    assert member.display_name not in client.get(reverse("reviews:board")).content.decode()


def test_an_active_account_whose_membership_ended_cannot_review(submitted):
    member = BoardMemberFactory(active=False)
    assert rules.board_member_for(member.user) is None
    with pytest.raises(services.NotAllowed, match="advisory board"):
        services.review_start(revision=submitted, actor=member.user)


def test_an_active_member_of_an_active_account_can_review(submitted):
    member = BoardMemberFactory()
    assert rules.board_member_for(member.user) == member
    review = services.review_start(revision=submitted, actor=member.user)
    assert review.reviewer == member and review.round == 1
