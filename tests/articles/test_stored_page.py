"""The live page is stored whole at approval, one row per reader type, and served as stored."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from articles import pages
from articles.models import StoredPage
from articles.selectors import approving_reviews
from personalize.readers import READER_TYPES
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def built_fresh(revision, reader_type):
    return pages.render_page(
        article=revision.article, revision=revision, reviews=list(approving_reviews(revision)),
        reader_type=reader_type, body=revision.rendered[reader_type.key],
    )


def stored(revision, reader_key="professional"):
    return StoredPage.objects.filter(revision=revision, reader_type=reader_key)


@pytest.mark.parametrize("reader_key", list(READER_TYPES))
def test_stored_page_is_the_page_the_templates_build(client, live_revision, reader_key):
    page = stored(live_revision, reader_key).get()
    assert page.version == pages.page_version()
    served = client.get(live_revision.article.get_absolute_url(), {"for": reader_key}).content.decode()
    assert served == page.html == built_fresh(live_revision, READER_TYPES[reader_key])


def test_stored_page_is_what_readers_get(client, live_revision):
    page = stored(live_revision).get()
    stored(live_revision).update(before_body=page.before_body + "STORED")
    html = client.get(live_revision.article.get_absolute_url()).content.decode()
    assert "STORED" in html


def test_pages_from_older_templates_are_built_afresh(client, live_revision):
    page = stored(live_revision).get()
    stored(live_revision).update(version="an-older-deploy", before_body=page.before_body + "OLD")
    html = client.get(live_revision.article.get_absolute_url()).content.decode()
    assert "OLD" not in html and "Change log" in html


def test_a_new_approval_replaces_the_stored_pages_of_the_article(client, live_revision, editor, reviewers):
    second = publish(editor=editor, reviewers=reviewers, article=live_revision.article, sections=4)

    assert not StoredPage.objects.filter(revision=live_revision).exists()
    assert set(second.stored_pages.values_list("reader_type", flat=True)) == set(READER_TYPES)
    html = client.get(second.article.get_absolute_url()).content.decode()
    assert "Heading 3" in html  # only the second revision has a fourth section


def test_editing_the_question_of_a_live_article_in_the_admin_updates_its_page(
    client, admin_client, live_revision
):
    article = live_revision.article
    response = admin_client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        {"question": "A clearer question?", "slug": article.slug, "topic": article.topic,
         "drugs": article.drugs},
    )
    assert response.status_code == 302
    assert "<h1 id=\"article-title\">A clearer question?</h1>" in client.get(
        article.get_absolute_url()
    ).content.decode()


def test_render_pages_command_stores_pages_for_the_current_templates(live_revision, editor, reviewers):
    other = publish(editor=editor, reviewers=reviewers)
    StoredPage.objects.filter(revision=live_revision).delete()
    stored(other).update(version="an-older-deploy", before_body="OLD")

    call_command("render_pages", stdout=io.StringIO())

    for revision in (live_revision, other):
        assert set(revision.stored_pages.values_list("reader_type", "version")) == {
            (key, pages.page_version()) for key in READER_TYPES
        }
    assert "OLD" not in stored(other).get().html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_upgrading_keeps_the_pages_stored_before_they_had_a_table_of_their_own(live_revision):
    before, latest = [("articles", "0004_revision_page_parts")], [("articles", "0005_stored_page")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old_state = executor.loader.project_state(before).apps
    parts = {key: {"version": "v1", "html": html.split("BODY")} for key, html in
             (("professional", "<p>Before BODY after</p>"), ("patient", "<p>Plain BODY end</p>"))}
    old_state.get_model("articles", "Revision").objects.filter(pk=live_revision.pk).update(
        page_parts=parts, rendered={"professional": "[pro]", "patient": "[lay]"}
    )

    executor = MigrationExecutor(connection)
    executor.migrate(latest)

    assert {page.reader_type: page.html for page in StoredPage.objects.all()} == {
        "professional": "<p>Before [pro] after</p>", "patient": "<p>Plain [lay] end</p>",
    }
