"""The sign-off checklist is data: a board adapts it, and each approval records what it ticked."""

import pytest

from reviews import services
from reviews.checklist import DEFAULT_ITEMS
from reviews.models import ChecklistItem


def test_a_new_site_asks_the_four_checks_and_the_discern_questions(db):
    labels = list(ChecklistItem.objects.active().values_list("label", flat=True))
    assert labels == [label for _, label, _ in DEFAULT_ITEMS]
    assert "Areas of uncertainty are stated" in labels
    assert "The article says there is more than one option" in labels


def test_the_review_page_asks_what_the_data_says(client, submitted, reviewers):
    ChecklistItem.objects.create(key="dates_checked", label="Every date checked against its source", position=99)
    ChecklistItem.objects.filter(key="checked_wording").update(active=False)
    services.review_start(revision=submitted, actor=reviewers[0].user)
    client.force_login(reviewers[0].user)
    html = client.get(f"/review/{submitted.pk}/").content.decode()
    assert "Every date checked against its source" in html
    assert "The wording fits each reader type" not in html


def test_an_item_added_by_the_board_must_be_ticked_and_is_recorded(submitted, reviewers):
    ChecklistItem.objects.create(key="dates_checked", label="Every date checked against its source", position=99)
    member = reviewers[0]
    services.review_start(revision=submitted, actor=member.user)
    old_items = [key for key, _, _ in DEFAULT_ITEMS]
    with pytest.raises(services.WorkflowError, match="Every date checked against its source"):
        services.review_approve(revision=submitted, actor=member.user, checklist=old_items)

    review = services.review_approve(revision=submitted, actor=member.user, checklist=[*old_items, "dates_checked"])
    assert {"key": "dates_checked", "label": "Every date checked against its source"} in review.checklist
    assert len(review.checklist) == len(DEFAULT_ITEMS) + 1


def test_the_approval_form_posts_the_ticked_items(client, submitted, reviewers):
    member = reviewers[0]
    services.review_start(revision=submitted, actor=member.user)
    client.force_login(member.user)
    keys = [key for key, _, _ in DEFAULT_ITEMS]
    response = client.post(f"/review/{submitted.pk}/approve/", {"approve-checklist": keys[:-1]})
    assert response.status_code == 200 and "Nothing was recorded." in response.content.decode()
    client.post(f"/review/{submitted.pk}/approve/", {"approve-checklist": keys})
    review = submitted.reviews.get(reviewer=member)
    assert review.decision == "approved"
    assert [item["key"] for item in review.checklist] == keys
