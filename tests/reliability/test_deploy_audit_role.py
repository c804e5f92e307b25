"""The audit trail survives its own application (issue 14, item 4): the site runs as a role
made by `manage.py grant_app_role`, which does not own the audit table. Connected as that role,
nothing empties, rewrites or unprotects the trail, while the site's own writes go on. PostgreSQL
only: SQLite has neither roles nor these triggers."""

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import FULL_CHECKLIST, make_draft

pytestmark = [
    # Committed data, so the application role's own connection sees it; serialized_rollback
    # brings back the groups a data migration made, after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="roles and triggers: PostgreSQL only"),
]


@pytest.fixture
def app_role(db):
    role = f"{connection.settings_dict['NAME']}_app"
    call_command("grant_app_role", role, verbosity=0)
    yield role
    with connection.cursor() as cursor:
        cursor.execute(f'DROP OWNED BY "{role}"')
        cursor.execute(f'DROP ROLE "{role}"')


def connect_as(role):
    params = connection.settings_dict
    return psycopg.connect(
        host=params["HOST"] or None, port=params["PORT"] or None, dbname=params["NAME"], user=role,
        autocommit=True,
    )


TAMPERING = [
    "DELETE FROM reviews_reviewevent",
    "TRUNCATE reviews_reviewevent",
    "TRUNCATE reviews_reviewevent CASCADE",
    "UPDATE reviews_reviewevent SET note = 'rewritten'",
    "ALTER TABLE reviews_reviewevent DISABLE TRIGGER ALL",
    "ALTER TABLE reviews_reviewevent DISABLE TRIGGER pgtrigger_append_only_92188",
    "DROP TRIGGER pgtrigger_append_only_truncate_b0dfa ON reviews_reviewevent",
    "ALTER TABLE reviews_reviewevent OWNER TO CURRENT_USER",
    "DROP TABLE reviews_reviewevent CASCADE",
]


def test_the_application_role_cannot_empty_rewrite_or_unprotect_the_audit_trail(editor, app_role):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    before = list(ReviewEvent.objects.values_list("pk", "action", "note"))
    with connect_as(app_role) as conn:
        # pgtrigger's own switch for ignoring a trigger is a setting anyone may set: the
        # privileges, not only the triggers, are what stop the application role.
        conn.execute("SELECT set_config('pgtrigger.ignore', '{pgtrigger_append_only_92188}', false)")
        for statement in TAMPERING:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # What the site does with the trail still works: read it, add to it.
        assert conn.execute("SELECT count(*) FROM reviews_reviewevent").fetchone() == (len(before),)
    assert list(ReviewEvent.objects.values_list("pk", "action", "note")) == before


def test_the_site_works_as_the_application_role(editor, reviewers, app_role, client):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    owner = connection.settings_dict["USER"]
    connection.close()
    connection.settings_dict["USER"] = app_role
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_user")
            assert cursor.fetchone() == (app_role,)
        for member in reviewers[:2]:
            services.review_start(revision=revision, actor=member.user)
            services.review_approve(revision=revision, actor=member.user, checklist=FULL_CHECKLIST)
        revision.refresh_from_db()
        assert revision.status == Revision.Status.APPROVED
        page = client.get(revision.article.get_absolute_url())
        assert page.status_code == 200
        assert "Professional text of section 0" in page.content.decode()
        assert client.get("/health/").status_code == 200
        actions = list(revision.events.values_list("action", flat=True))
        assert actions[-1] == ReviewEvent.Action.APPROVED
    finally:
        connection.close()
        connection.settings_dict["USER"] = owner


def test_the_command_refuses_to_make_the_owner_the_application_role():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="owner"):
        call_command("grant_app_role", connection.settings_dict["USER"] or "postgres", verbosity=0)
