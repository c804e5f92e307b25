"""The audit trail cannot be changed or deleted through the admin, not even by a superuser.
(The ORM, bulk querysets and the PostgreSQL trigger are tried in tests/reviews/test_audit_trail.py.)"""

import pytest
from django.urls import reverse

from reviews.models import ReviewEvent

from .conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(live_revision):
    return ReviewEvent.objects.filter(revision=live_revision).order_by("pk").first()


def snapshot():
    return list(ReviewEvent.objects.order_by("pk").values())


@pytest.mark.parametrize("role", ["admin", "editor"])
def test_admin_shows_an_event_read_only(users, event, role):
    response = client_for(users[role]).get(
        reverse("admin:reviews_reviewevent_change", args=[event.pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="_save"' not in html
    assert 'name="note"' not in html  # shown as text, not as a field
    assert "deletelink" not in html


@pytest.mark.parametrize("role", ["admin", "editor"])
def test_admin_refuses_to_change_delete_or_add_events(users, event, role):
    client = client_for(users[role])
    before = snapshot()
    change = client.post(
        reverse("admin:reviews_reviewevent_change", args=[event.pk]),
        {"action": "approved", "note": "rewritten history", "to_status": "approved", "_save": "Save"},
    )
    delete = client.post(
        reverse("admin:reviews_reviewevent_delete", args=[event.pk]), {"post": "yes"}
    )
    add = client.post(
        reverse("admin:reviews_reviewevent_add"),
        {"revision": event.revision_id, "actor": event.actor_id, "action": "approved"},
    )
    assert (change.status_code, delete.status_code, add.status_code) == (403, 403, 403)
    assert snapshot() == before


@pytest.mark.parametrize("role", ["admin", "editor"])
def test_admin_bulk_delete_action_is_not_offered_and_does_nothing(users, event, role):
    client = client_for(users[role])
    changelist = reverse("admin:reviews_reviewevent_changelist")
    assert "delete_selected" not in client.get(changelist).content.decode()
    before = snapshot()
    response = client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [e["id"] for e in before], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert snapshot() == before
