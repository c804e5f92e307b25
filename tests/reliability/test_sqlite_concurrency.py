"""`make run` on SQLite: two board members approving at the same moment both have their
approval recorded (the database's write lock is taken when a transaction begins, and the second
waits for it) instead of one getting "database is locked"."""

import sqlite3

import pytest
from django.db import connection, connections

from articles.models import Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import FULL_CHECKLIST, make_draft, run_together

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own locking"),
]
TRIES = 4


@pytest.fixture
def file_database(tmp_path):
    """The test database copied to a file, which threads other than this one then use: the
    site's SQLite settings (OPTIONS) apply to their connections, as under `make run`."""
    settings = connections.settings["default"]
    memory_name = settings["NAME"]
    path = tmp_path / "db.sqlite3"

    def copy():
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        settings["NAME"] = str(path)

    yield copy
    settings["NAME"] = memory_name




def test_two_approvals_at_once_on_a_sqlite_file_are_both_recorded(editor, reviewers, file_database):
    revisions = []
    for _ in range(TRIES):
        revision = make_draft(editor=editor)
        services.revision_submit(revision=revision, actor=editor)
        for member in reviewers[:2]:
            services.review_start(revision=revision, actor=member.user)
        revisions.append(revision)
    file_database()

    for revision in revisions:
        outcomes = run_together(*[
            lambda member=member, revision=revision: services.review_approve(
                revision=Revision.objects.get(pk=revision.pk), actor=member.user, checklist=FULL_CHECKLIST
            )
            for member in reviewers[:2]
        ])
        assert not [o for o in outcomes if isinstance(o, Exception)], outcomes

    def results():
        return [
            (
                Revision.objects.get(pk=revision.pk).status,
                ReviewEvent.objects.filter(
                    revision=revision.pk, action=ReviewEvent.Action.APPROVAL_RECORDED
                ).count(),
            )
            for revision in revisions
        ]

    (found,) = run_together(results)
    assert found == [(Revision.Status.APPROVED, 2)] * TRIES
