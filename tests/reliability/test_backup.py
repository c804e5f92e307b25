"""Backups that restore (issue 14): the README's `pg_dump` and `pg_restore` steps, run on a
database holding the demo and a workflow history, give a database that serves the same public
pages, revisions and audit trail. PostgreSQL only; needs pg_dump and pg_restore (Debian's
postgresql-client, which .ci/run installs when missing)."""

import os
import shutil
import subprocess

import psycopg
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from articles.models import Article, Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.factories import BoardMemberFactory

pytestmark = [
    # The dump is made by another process: the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump: PostgreSQL only"),
]


def client_env() -> dict:
    params = connection.settings_dict
    env = dict(os.environ)
    env.update({
        "PGHOST": params["HOST"] or "", "PGPORT": str(params["PORT"] or ""),
        "PGUSER": params["USER"] or "", "PGPASSWORD": params["PASSWORD"] or "",
    })
    return env


def run(*command):
    if shutil.which(command[0]) is None and not os.environ.get("CI"):
        pytest.skip(f"{command[0]} is not installed (apt-get install postgresql-client)")
    subprocess.run(command, env=client_env(), check=True, capture_output=True, text=True, timeout=300)


def maintenance(statement: str):
    params = connection.settings_dict
    with psycopg.connect(
        host=params["HOST"] or None, port=params["PORT"] or None, user=params["USER"] or None,
        password=params["PASSWORD"] or None, dbname="postgres", autocommit=True,
    ) as conn:
        conn.execute(statement)


@pytest.fixture
def restored_name():
    name = f"{connection.settings_dict['NAME']}_restored"
    maintenance(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    yield name
    maintenance(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def workflow_history():
    """On top of the demo: a new board member starts reviewing the revision in review, comments
    on it and declares a conflict of interest (it stays public, as it was)."""
    revision = Revision.objects.filter(status__in=["submitted", "under_review"], article__slug="enhertu-vs-kadcyla").get()
    member = BoardMemberFactory()
    services.review_start(revision=revision, actor=member.user)
    services.review_comment(revision=revision, actor=member.user, body="Cite the DESTINY-Breast03 update.")
    services.review_declare_conflict(revision=revision, actor=member.user, details="Advisory fees, 2025.")


def public_paths() -> list[str]:
    paths = ["/", "/advisory-board/", "/editorial-policy/", "/sitemap.xml", "/feed/", "/?q=heart"]
    for article in Article.objects.order_by("slug"):
        url = article.get_absolute_url()
        paths += [url, f"{url}?for=patient", f"{url}?for=caregiver", f"{url}history/", f"{url}cite.ris"]
    return paths


def snapshot(client) -> dict:
    cache.clear()
    pages = {}
    for path in public_paths():
        client.cookies.clear()  # each page as a new reader sees it (a ?for= link is kept)
        response = client.get(path)
        pages[path] = (response.status_code, response.content)
    return {
        "pages": pages,
        "revisions": list(Revision.objects.order_by("pk").values_list(
            "pk", "article__slug", "number", "status", "approved_at", "change_summary")),
        "live": list(Article.objects.order_by("pk").values_list("slug", "live_revision_id")),
        "audit": list(ReviewEvent.objects.order_by("pk").values_list(
            "pk", "revision_id", "actor_id", "action", "from_status", "to_status", "note", "created_at")),
    }


def test_a_dump_restores_the_same_pages_revisions_and_audit_trail(client, restored_name, tmp_path):
    call_command("load_demo", verbosity=0)
    workflow_history()
    original = snapshot(client)
    answered = {path: status for path, (status, _) in original["pages"].items()}
    # Every public page of the two public articles, and the draft's 404s.
    assert list(answered.values()).count(200) == 6 + 2 * 5, answered
    actions = [event[3] for event in original["audit"]]
    assert ReviewEvent.Action.CONFLICT_DECLARED in actions and ReviewEvent.Action.APPROVED in actions

    dump = tmp_path / "her2site.dump"
    database = connection.settings_dict["NAME"]
    # The README's steps (Deploy, "Backups").
    run("pg_dump", "--format=custom", f"--file={dump}", database)
    run("createdb", restored_name)
    run("pg_restore", "--no-owner", f"--dbname={restored_name}", str(dump))

    connection.close()
    connection.settings_dict["NAME"] = restored_name
    try:
        restored = snapshot(client)
        # The restored trail is append-only too: its triggers came with it.
        with pytest.raises(Exception, match="Cannot truncate"), connection.cursor() as cursor:
            cursor.execute("TRUNCATE reviews_reviewevent")
    finally:
        connection.close()
        connection.settings_dict["NAME"] = database

    assert restored["revisions"] == original["revisions"]
    assert restored["live"] == original["live"]
    assert restored["audit"] == original["audit"]
    differing = [p for p in original["pages"] if restored["pages"][p] != original["pages"][p]]
    assert differing == []
