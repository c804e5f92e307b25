import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import User

from articles.models import EditorialPolicy, Reference, Revision
from reviews import services
from tests.conftest import approve, make_draft, new_revision, publish
from tests.factories import ArticleFactory
from tests.serving.conftest import pending_revision

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = "https://her2.example.org"
    return settings.SITE_URL


def jsonld_of(response) -> dict:
    blocks = JSONLD.findall(response.content.decode())
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_sitemap_lists_live_articles_only_with_their_approval_date(
    client, editor, reviewers, site_url, django_assert_max_num_queries
):
    live = publish(editor=editor, reviewers=reviewers)
    pending = pending_revision(editor=editor)
    draft = make_draft(editor=editor)

    # The count for sitemap paging and the articles; the home page's and the policy's dates;
    # the board's (the members' accounts, the admin's log of their edits, its content type).
    with django_assert_max_num_queries(7):
        response = client.get("/sitemap.xml")

    assert response.status_code == 200
    entries = sitemap_entries(response)
    article_url = f"{site_url}{live.article.get_absolute_url()}"
    assert entries[article_url] == live.approved_at.date().isoformat()
    assert f"{site_url}/" in entries
    for hidden in (pending.article, draft.article):
        assert f"{site_url}{hidden.get_absolute_url()}" not in entries


def sitemap_entries(response) -> dict[str, str]:
    return {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")
    }


def test_every_sitemap_entry_says_when_its_page_last_changed(
    client, editor, reviewers, site_url, admin_client
):
    EditorialPolicy.objects.create(body="We cite our sources.")
    Revision.objects.filter(pk=publish(editor=editor, reviewers=reviewers).pk).update(
        approved_at=datetime(2026, 5, 4, 10, tzinfo=UTC)
    )
    pending = pending_revision(editor=editor)
    Revision.objects.filter(pk=pending.pk).update(submitted_at=datetime(2026, 6, 1, 9, tzinfo=UTC))
    User.objects.filter(board_member__in=reviewers).update(date_joined=datetime(2025, 1, 2, tzinfo=UTC))

    entries = sitemap_entries(client.get("/sitemap.xml"))

    assert set(entries) == {
        f"{site_url}/", f"{site_url}/advisory-board/", f"{site_url}/editorial-policy/",
        f"{site_url}{Revision.objects.get(status='approved').article.get_absolute_url()}",
    }
    assert all(entries.values()), entries
    assert entries[f"{site_url}/"] == "2026-06-01"  # the newest change to what the home page lists
    assert entries[f"{site_url}/editorial-policy/"] == date.today().isoformat()
    assert entries[f"{site_url}/advisory-board/"] == "2025-01-02"

    # An edit of a member's entry in the admin moves the board's date.
    member = reviewers[0]
    admin_client.post(
        f"/admin/reviews/boardmember/{member.pk}/change/",
        {"user": member.user.pk, "display_name": "Dr New Name", "credentials": "MD",
         "specialty": member.specialty, "disclosures": "", "bio": "", "active": "on"},
    )
    assert sitemap_entries(client.get("/sitemap.xml"))[f"{site_url}/advisory-board/"] == date.today().isoformat()


def test_feed_lists_approvals_and_nothing_unapproved(client, editor, reviewers, django_assert_max_num_queries):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor, summary="Added DESTINY-Breast03 results.")
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers)
    pending = pending_revision(editor=editor)
    draft = make_draft(editor=editor)

    with django_assert_max_num_queries(1):
        response = client.get("/feed/")

    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles == [f"{first.article.question} (revision 2)", first.article.question]
    assert "DESTINY-Breast03" in entries[0].findtext(f"{ATOM}summary")
    body = response.content.decode()
    assert pending.article.question not in body and draft.article.question not in body


def test_feed_has_an_author_and_takes_its_ids_from_site_url_not_the_host(client, live_revision, site_url, settings):
    settings.ALLOWED_HOSTS = ["evil.example.com", "testserver"]
    response = client.get("/feed/", HTTP_HOST="evil.example.com")
    feed = ET.fromstring(response.content)
    assert feed.findtext(f"{ATOM}id") == f"{site_url}/feed/"
    assert feed.find(f"{ATOM}author").findtext(f"{ATOM}name") == "her2site medical advisory board"
    assert feed.find(f"{ATOM}author").findtext(f"{ATOM}uri") == f"{site_url}/advisory-board/"
    entry = feed.find(f"{ATOM}entry")
    article_url = f"{site_url}{live_revision.article.get_absolute_url()}"
    assert entry.findtext(f"{ATOM}id") == f"{article_url}#revision-1"
    assert entry.find(f"{ATOM}link").get("href") == article_url
    assert {link.get("href") for link in feed.findall(f"{ATOM}link")} == {f"{site_url}/", f"{site_url}/feed/"}
    assert "evil.example.com" not in response.content.decode()


def test_feed_answers_conditional_gets_with_304_until_the_next_approval(client, editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    Revision.objects.filter(pk=first.pk).update(approved_at=datetime(2026, 3, 1, 8, tzinfo=UTC))
    response = client.get("/feed/")
    assert response["Last-Modified"] == "Sun, 01 Mar 2026 08:00:00 GMT"
    etag = response["ETag"]

    assert client.get("/feed/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get("/feed/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304
    assert client.get("/feed/", HTTP_IF_MODIFIED_SINCE="Sat, 28 Feb 2026 08:00:00 GMT").status_code == 200

    publish(editor=editor, reviewers=reviewers)  # approved now
    assert client.get("/feed/", HTTP_IF_NONE_MATCH=etag).status_code == 200
    assert client.get("/feed/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 200


def test_robots_txt_keeps_crawlers_out_of_review_and_admin(client, site_url):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /review/" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {site_url}/sitemap.xml" in lines


def test_article_page_has_canonical_description_and_open_graph(client, live_revision, site_url):
    url = live_revision.article.get_absolute_url()
    html = client.get(url, {"for": "patient"}).content.decode()
    canonical = f"{site_url}{url}"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert f'<meta property="og:title" content="{live_revision.article.question}">' in html
    # The description is the lead's text, without its citation markers.
    assert '<meta name="description" content="Professional text of section 0.">' in html
    assert '<meta property="og:description" content="Professional text of section 0.">' in html


def test_jsonld_describes_the_approved_revision(client, editor, reviewers, site_url):
    article = ArticleFactory(drugs="Kadcyla, Herzuma")
    draft = make_draft(editor=editor, article=article)
    Reference.objects.filter(revision=draft, number=1).update(pmid="23020162")
    services.revision_submit(revision=draft, actor=editor)
    live = approve(draft, reviewers)

    data = jsonld_of(client.get(article.get_absolute_url(), {"for": "patient"}))

    assert data["@type"] == "MedicalWebPage"
    assert data["name"] == article.question
    assert data["url"] == f"{site_url}{article.get_absolute_url()}"
    assert [(thing["@type"], thing["name"]) for thing in data["about"]] == [
        ("MedicalCondition", "HER2-positive breast cancer"), ("Drug", "Kadcyla"), ("Drug", "Herzuma"),
    ]
    assert data["lastReviewed"] == live.approved_at.date().isoformat()
    assert datetime.fromisoformat(data["dateModified"]) == live.approved_at.replace(microsecond=0)
    assert {person["name"] for person in data["reviewedBy"]} == {m.display_name for m in reviewers[:2]}
    assert all(person["honorificSuffix"] == "MD" for person in data["reviewedBy"])
    assert data["medicalAudience"]["audienceType"] == "Patient"
    assert [c["name"] for c in data["citation"]] == [
        "Author 1. Trial 1. J Clin Oncol. 2020.",
        "Author 2. Trial 2. J Clin Oncol. 2020.",
        "Author 3. Trial 3. J Clin Oncol. 2020.",
    ]
    assert data["citation"][0]["url"] == "https://pubmed.ncbi.nlm.nih.gov/23020162/"


def test_jsonld_never_calls_a_pending_revision_reviewed(client, editor):
    revision = pending_revision(editor=editor)
    data = jsonld_of(client.get(revision.article.get_absolute_url()))
    assert "lastReviewed" not in data and "reviewedBy" not in data
    assert data["creativeWorkStatus"] == "Pending medical review"


def test_jsonld_survives_a_question_that_tries_to_close_the_script(client, editor, reviewers):
    article = ArticleFactory(question='Does </script><script>alert(1)</script> & "this" break it?')
    publish(editor=editor, reviewers=reviewers, article=article)
    response = client.get(article.get_absolute_url())
    assert "<script>alert(1)" not in response.content.decode()
    assert jsonld_of(response)["name"] == article.question
