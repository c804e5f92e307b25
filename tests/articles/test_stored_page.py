"""The live page is stored whole (around its body) at approval, and served as stored."""

import pytest
from django.urls import reverse

from articles import pages
from articles.models import Revision
from personalize.readers import READER_TYPES
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def built_fresh(revision, reader_type):
    from articles.selectors import approving_reviews

    return pages.render_page(
        article=revision.article, revision=revision, reviews=list(approving_reviews(revision)),
        reader_type=reader_type, body=revision.rendered[reader_type.key],
    )


@pytest.mark.parametrize("reader_key", list(READER_TYPES))
def test_stored_page_is_the_page_the_templates_build(client, live_revision, reader_key):
    revision = Revision.objects.get(pk=live_revision.pk)
    assert revision.page_parts[reader_key]["version"] == pages.page_version()
    served = client.get(revision.article.get_absolute_url(), {"for": reader_key}).content.decode()
    assert served == built_fresh(revision, READER_TYPES[reader_key])


def test_stored_page_is_what_readers_get(client, live_revision):
    revision = Revision.objects.get(pk=live_revision.pk)
    before, after = revision.page_parts["professional"]["html"]
    revision.page_parts["professional"]["html"] = [before.replace("Change log", "STORED"), after]
    Revision.objects.filter(pk=revision.pk).update(page_parts=revision.page_parts)
    html = client.get(revision.article.get_absolute_url()).content.decode()
    assert "STORED" in html


def test_pages_from_older_templates_are_built_afresh(client, live_revision):
    revision = Revision.objects.get(pk=live_revision.pk)
    parts = revision.page_parts
    parts["professional"]["version"] = "an-older-deploy"
    parts["professional"]["html"][0] = parts["professional"]["html"][0].replace("Change log", "OLD")
    Revision.objects.filter(pk=revision.pk).update(page_parts=parts)
    html = client.get(revision.article.get_absolute_url()).content.decode()
    assert "OLD" not in html and "Change log" in html


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
    from django.core.management import call_command

    other = publish(editor=editor, reviewers=reviewers)
    Revision.objects.filter(pk__in=[live_revision.pk, other.pk]).update(page_parts={})
    call_command("render_pages", stdout=__import__("io").StringIO())
    for revision in Revision.objects.filter(pk__in=[live_revision.pk, other.pk]):
        assert set(revision.page_parts) == set(READER_TYPES)
