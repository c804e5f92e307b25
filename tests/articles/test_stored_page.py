"""Each public page is stored once per reader type, built on its first read, served as stored,
and built again after anything it shows changes."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from articles import pages
from articles.models import Revision, StoredPage
from personalize import readers
from reviews import services
from tests.conftest import approve, new_revision, publish

pytestmark = pytest.mark.django_db
READER_KEYS = ["patient", "caregiver", "professional"]


def stored(revision, reader_key="professional"):
    return StoredPage.objects.filter(revision=revision, reader_type=reader_key)


def read(client, revision, reader_key="professional") -> str:
    response = client.get(revision.article.get_absolute_url(), {"for": reader_key})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("reader_key", READER_KEYS)
def test_the_first_read_builds_the_page_and_stores_it_whole(client, live_revision, reader_key):
    assert stored(live_revision, reader_key).get().before_body == ""  # the body alone, until read
    served = read(client, live_revision, reader_key)
    page = stored(live_revision, reader_key).get()
    assert page.version == pages.page_version() and page.etag
    assert served == page.html
    assert page.body in served  # the body the board reviewed, unchanged


def test_a_stored_page_is_what_readers_get(client, live_revision):
    read(client, live_revision)
    page = stored(live_revision).get()
    stored(live_revision).update(before_body=page.before_body + "STORED")
    assert "STORED" in read(client, live_revision)


def test_pages_from_older_templates_are_built_afresh(client, live_revision):
    read(client, live_revision)
    page = stored(live_revision).get()
    stored(live_revision).update(version="an-older-deploy", before_body=page.before_body + "OLD")
    html = read(client, live_revision)
    assert "OLD" not in html and "Change log" in html
    assert stored(live_revision).get().version == pages.page_version()


def test_a_new_approval_drops_the_stored_pages_of_the_superseded_revision(client, live_revision, editor, reviewers):
    read(client, live_revision)
    second = publish(editor=editor, reviewers=reviewers, article=live_revision.article, sections=4)

    assert not StoredPage.objects.filter(revision=live_revision).exists()
    assert set(second.stored_pages.values_list("reader_type", flat=True)) == set(readers.registry())
    assert "Heading 3" in read(client, second)  # only the second revision has a fourth section


def test_a_build_that_read_before_an_invalidation_is_not_stored_after_it(client, live_revision):
    page = stored(live_revision).get()
    pages.invalidate(live_revision.article)  # came after the read below started
    pages._build(page.pk, live_revision.pk, readers.base(), page.body, page.generation, True)
    assert stored(live_revision).get().before_body == ""  # left for the next read to build


def test_the_question_of_a_live_article_changes_for_readers_with_the_revision_that_proposes_it(
    client, admin_client, live_revision, editor, reviewers
):
    article = live_revision.article
    old_question = article.question
    read(client, live_revision)
    # Not from the article's admin page: there the question is read-only once it has revisions.
    response = admin_client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        {"question": "A clearer question?", "slug": article.slug, "publish_while_in_review": ""},
    )
    assert response.status_code == 302
    assert f'<h1 id="article-title">{old_question}</h1>' in read(client, live_revision)

    revision = new_revision(article, editor=editor)
    revision.question = "A clearer question?"
    revision.save()
    services.revision_submit(revision=revision, actor=editor)
    assert f'<h1 id="article-title">{old_question}</h1>' in read(client, live_revision)  # in review
    approve(revision, reviewers)
    assert '<h1 id="article-title">A clearer question?</h1>' in read(client, revision)


def test_build_pages_command_builds_every_public_page_for_the_current_templates(live_revision, editor, reviewers):
    other = publish(editor=editor, reviewers=reviewers)
    stored(other).update(version="an-older-deploy", before_body="OLD", etag="x")

    output = io.StringIO()
    call_command("build_pages", stdout=output)

    assert "Built 6 pages" in output.getvalue()
    for revision in (live_revision, other):
        assert set(StoredPage.objects.filter(revision=revision).current(pages.page_version())
                   .values_list("reader_type", flat=True)) == set(readers.registry())
    assert "OLD" not in stored(other).get().html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_upgrading_carries_sections_into_wordings_and_bodies_into_stored_pages(editor):
    executor = MigrationExecutor(connection)
    # Back to before wordings, then forward to the latest migrations (the models' state).
    before, latest = [("articles", "0005_stored_page")], executor.loader.graph.leaf_nodes()
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Article, Revision_, Section = (old.get_model("articles", name) for name in ("Article", "Revision", "Section"))
    article = Article.objects.create(slug="old", question="An old question?")
    pending = Revision_.objects.create(
        article=article, number=1, status="submitted", author_id=editor.pk,
        rendered={"professional": "<p>pro</p>", "patient": "<p>lay</p>"},
    )
    Section.objects.create(revision=pending, position=0, heading="Dosing", body="Every 3 weeks [1].",
                           body_patient="Once every three weeks [1].", body_caregiver="")

    executor = MigrationExecutor(connection)
    executor.migrate(latest)
    # ...and on to the latest of every app, as the transactional tests after this one need.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    revision = Revision.objects.get(pk=pending.pk)
    section = revision.sections.get()
    assert {(w.reader_type, w.heading, w.body) for w in section.wordings.all()} == {
        ("professional", "Dosing", "Every 3 weeks [1]."),
        ("patient", "Dosing", "Once every three weeks [1]."),
    }
    assert dict(revision.stored_pages.values_list("reader_type", "body")) == {
        "professional": "<p>pro</p>", "patient": "<p>lay</p>",
    }
