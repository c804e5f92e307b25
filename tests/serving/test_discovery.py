import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from articles.models import Reference
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

    with django_assert_max_num_queries(2):  # the count for sitemap paging; the articles
        response = client.get("/sitemap.xml")

    assert response.status_code == 200
    entries = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")
    }
    article_url = f"{site_url}{live.article.get_absolute_url()}"
    assert entries[article_url] == live.approved_at.date().isoformat()
    assert f"{site_url}/" in entries
    for hidden in (pending.article, draft.article):
        assert f"{site_url}{hidden.get_absolute_url()}" not in entries


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
