"""The audit trail is append-only: by the model, the QuerySet, and (on PostgreSQL) the database."""

import pytest
from django.db import DatabaseError, connection, transaction

from reviews.models import ReviewEvent
from tests.conftest import make_draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(editor):
    return make_draft(editor=editor).events.get()


def test_saving_an_existing_event_again_is_refused(event):
    event.note = "rewritten history"
    with pytest.raises(PermissionError, match="append-only"):
        event.save()
    assert ReviewEvent.objects.get(pk=event.pk).note == ""


def test_deleting_an_event_is_refused(event):
    with pytest.raises(PermissionError, match="append-only"):
        event.delete()
    assert ReviewEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.parametrize("bulk", ["update", "delete", "bulk_update"])
def test_bulk_queryset_changes_are_refused(event, bulk):
    events = ReviewEvent.objects.all()
    with pytest.raises(PermissionError, match="append-only"):
        if bulk == "update":
            events.update(note="x")
        elif bulk == "delete":
            events.delete()
        else:
            events.bulk_update([event], ["note"])
    assert ReviewEvent.objects.get(pk=event.pk).note == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL only")
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE reviews_reviewevent SET note = 'x'",
        "DELETE FROM reviews_reviewevent",
        "TRUNCATE reviews_reviewevent",
        "TRUNCATE reviews_reviewevent CASCADE",
    ],
)
def test_database_refuses_raw_updates_deletes_and_truncates(event, sql):
    with pytest.raises(DatabaseError, match="Cannot .* rows from reviews_reviewevent"), transaction.atomic():
        with connection.cursor() as cursor:
            # The event was written in this test's transaction: check its deferred foreign keys
            # now, or PostgreSQL refuses a TRUNCATE for that before any trigger runs.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(sql)
    assert ReviewEvent.objects.get(pk=event.pk).note == ""
