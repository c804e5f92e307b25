"""How to cite an article: the page names the revision, its approval date and the URL, and the
RIS download says the same to a reference manager (read back here with rispy, an RIS parser)."""

import pytest
import rispy
from django.urls import reverse

from tests.conftest import make_draft, publish
from tests.serving.conftest import pending_revision

pytestmark = pytest.mark.django_db


def download(client, article):
    return client.get(reverse("articles:citation", args=[article.slug]))


def test_the_article_says_how_to_cite_it(client, live_revision, settings):
    article = live_revision.article
    html = client.get(article.get_absolute_url()).content.decode()
    assert "How to cite this article" in html
    approved_on = f"{live_revision.approved_at:%B} {live_revision.approved_at.day}, {live_revision.approved_at.year}"
    assert f"Revision {live_revision.number}, approved by the her2site medical advisory board on {approved_on}" in html
    assert f"{settings.SITE_URL}{article.get_absolute_url()}</a>" in html
    assert f'href="{reverse("articles:citation", args=[article.slug])}" download>Download citation (RIS)' in html


def test_the_ris_download_reads_back_as_the_revision_its_date_and_url(client, editor, reviewers, settings):
    live = publish(editor=editor, reviewers=reviewers)
    article = live.article
    article.drugs = "Kadcyla, Herzuma"
    article.save()
    response = download(client, article)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{article.slug}-revision-{live.number}.ris"'

    [entry] = rispy.loads(response.content.decode())
    assert entry["type_of_reference"] == "ELEC"
    assert entry["title"] == article.question
    assert entry["urls"] == [f"{settings.SITE_URL}{article.get_absolute_url()}"]
    assert entry["edition"] == f"Revision {live.number}"
    assert entry["date"] == live.approved_at.strftime("%Y/%m/%d")
    assert entry["year"] == str(live.approved_at.year)
    assert entry["publisher"] == "her2site"
    assert entry["keywords"] == ["Kadcyla", "Herzuma"]
    [note] = entry["notes"]
    assert "approved by the her2site medical advisory board" in note
    assert reverse("articles:history", args=[article.slug]) in note


def test_a_title_with_line_breaks_stays_one_ris_field(client, live_revision):
    article = live_revision.article
    article.question = "Which is safer\r\nER  - in pregnancy?"
    article.save()
    [entry] = rispy.loads(download(client, article).content.decode())
    assert entry["title"] == "Which is safer ER - in pregnancy?"


def test_a_revision_shown_while_in_review_is_cited_as_not_yet_approved(client, editor):
    revision = pending_revision(editor=editor)
    [entry] = rispy.loads(download(client, revision.article).content.decode())
    assert "submitted for medical review" in entry["notes"][0] and "not yet approved" in entry["notes"][0]
    html = client.get(revision.article.get_absolute_url()).content.decode()
    assert "not yet approved" in html.split('id="cite-h">')[1]


def test_no_citation_for_an_article_readers_cannot_see(client, editor):
    assert download(client, make_draft(editor=editor).article).status_code == 404
