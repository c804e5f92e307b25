"""The demo shows a literature alert on the review page, on a record that is clearly a demo's,
and never to readers."""

import io

import pytest
from django.core.management import call_command

from articles.models import Article, LiteratureNotice
from demo.content import LITERATURE_ALERT_DEMO
from reviews.models import BoardMember


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())
    return Article.objects.get(slug=LITERATURE_ALERT_DEMO.slug)


def test_the_review_page_shows_the_alert_on_the_demo_record(client, demo):
    revision = demo.revisions.get()
    client.force_login(BoardMember.objects.first().user)
    html = client.get(f"/review/{revision.pk}/").content.decode()
    assert "Literature alert." in html
    assert "<strong>Retraction</strong> of this paper" in html
    assert "source: demo note: an invented record, not a real retraction" in html
    assert "Demo record, not a real paper" in html


def test_every_demo_notice_is_on_the_test_prefix_and_labelled_as_the_demos(demo):
    for notice in LiteratureNotice.objects.all():
        assert notice.doi.startswith("10.5555/") and notice.notice_doi.startswith("10.5555/")
        assert "not a real retraction" in notice.source


def test_readers_never_see_the_board_demo(client, demo):
    assert client.get(f"/articles/{demo.slug}/").status_code == 404
    assert demo.slug not in client.get("/").content.decode()
    assert demo.slug not in client.get("/sitemap.xml").content.decode()


def test_loading_twice_adds_no_second_notice(demo):
    call_command("load_demo", stdout=io.StringIO())
    assert LiteratureNotice.objects.count() == 1
