"""What each page tells search engines and link previews (templates/includes/_meta.html)."""

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from articles.models import EditorialPolicy, Revision
from reviews import services
from tests.conftest import approve, new_revision, publish, write
from tests.serving.conftest import pending_revision

pytestmark = pytest.mark.django_db

SITE = "https://her2.example.org"
STATIC = Path(django_settings.BASE_DIR) / "static"


class Head(HTMLParser):
    """The <meta> and <link> elements of a page, and its JSON-LD."""

    def __init__(self, html: str):
        super().__init__()
        self.meta, self.links, self.jsonld, self._in_jsonld = {}, {}, [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta[attrs.get("name") or attrs["property"]] = attrs["content"]
        elif tag == "link":
            self.links.setdefault(attrs["rel"], attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_jsonld = True

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld.append(json.loads(data))
            self._in_jsonld = False


@pytest.fixture
def site(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def pages(client, editor, reviewers, site):
    """Every indexable page of a site with one live article: {path: Head}."""
    live = publish(editor=editor, reviewers=reviewers)
    EditorialPolicy.objects.create(
        body="## Sources\n\nEvery statement in an article comes from a source we cite, and every "
        "article is checked by at least two members of our medical advisory board before readers "
        "see it, whatever its subject or its length.",
    )
    article = live.article.get_absolute_url()
    paths = ["/", "/advisory-board/", "/editorial-policy/", article, article + "history/"]
    return {path: Head(client.get(path).content.decode()) for path in paths}


def test_every_indexable_page_has_its_own_canonical_link_and_description(pages):
    descriptions = set()
    for path, head in pages.items():
        assert head.links["canonical"] == SITE + path, path
        assert "robots" not in head.meta, path
        description = head.meta["description"]
        assert 20 < len(description) <= 160, (path, description)
        descriptions.add(description)
    assert len(descriptions) == len(pages), "each page describes itself"


def test_every_indexable_page_has_open_graph_with_an_image(pages):
    for path, head in pages.items():
        assert head.meta["og:url"] == SITE + path, path
        assert head.meta["og:title"] and head.meta["og:description"] == head.meta["description"]
        image = head.meta["og:image"]
        assert image.startswith(SITE + "/static/"), image
        assert (STATIC / image.removeprefix(SITE + "/static/")).is_file()
        assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "630")
        assert head.meta["twitter:card"] == "summary_large_image"
        assert head.links["icon"] == "/favicon.ico"


def test_pages_not_to_be_indexed_say_so_and_name_no_canonical(client, editor, live_revision, site):
    pending = pending_revision(editor=editor)
    article = live_revision.article.get_absolute_url()
    for path in ("/?q=trial", article + "question/", article + "question/sent/", "/no-such-page/",
                 pending.article.get_absolute_url()):
        head = Head(client.get(path).content.decode())
        assert head.meta["robots"] == "noindex", path
        assert "canonical" not in head.links and "og:url" not in head.meta, path
        assert head.meta["description"], path


def test_descriptions_are_cut_at_a_word(client, editor, reviewers, site):
    words = "Trastuzumab emtansine carries the antibody and the drug together into the cancer cell"
    lead = f"{words}, which spares healthy tissue much of the chemotherapy's harm [1]. " * 3
    revision = publish(editor=editor, reviewers=reviewers, sections=1, references=1)
    draft = new_revision(revision.article, editor=editor, change=False)
    write(draft.sections.get(), lead)
    services.revision_submit(revision=draft, actor=editor)
    approve(draft, reviewers)
    EditorialPolicy.objects.create(body=lead.replace("[1]", ""))

    for path in (revision.article.get_absolute_url(), "/editorial-policy/"):
        description = Head(client.get(path).content.decode()).meta["description"]
        assert len(description) <= 160 and description.endswith("…"), description
        assert lead.startswith(description.removesuffix("…")), description
        assert lead[len(description) - 1] in " ,.", "the cut falls between words"


def test_article_jsonld_has_every_field_search_engines_read(client, editor, reviewers, site):
    first = publish(editor=editor, reviewers=reviewers)
    Revision.objects.filter(pk=first.pk).update(approved_at=datetime(2025, 2, 3, 4, 5, 6, 789, tzinfo=UTC))
    article = first.article
    second = new_revision(article, editor=editor)
    services.revision_submit(revision=second, actor=editor)
    second = approve(second, reviewers)

    head = Head(client.get(article.get_absolute_url()).content.decode())
    [data] = head.jsonld

    assert data["@type"] == "MedicalWebPage"
    assert data["headline"] == data["name"] == article.question
    assert data["description"] == head.meta["description"]
    assert data["inLanguage"] == "en"
    assert data["datePublished"] == "2025-02-03T04:05:06+00:00", "the first approval, to the second"
    assert datetime.fromisoformat(data["dateModified"]) == second.approved_at.replace(microsecond=0)
    assert {"@type": "MedicalCondition", "name": "HER2-positive breast cancer"} in data["about"]
    publisher = data["publisher"]
    assert (publisher["@type"], publisher["name"], publisher["url"]) == ("Organization", "her2site", SITE + "/")
    logo = publisher["logo"]["url"]
    assert logo.startswith(SITE + "/static/") and (STATIC / logo.removeprefix(SITE + "/static/")).is_file()
    board = client.get("/advisory-board/").content.decode()
    assert len(data["reviewedBy"]) == 2
    for person, member in zip(sorted(data["reviewedBy"], key=lambda p: p["name"]),
                              sorted(reviewers[:2], key=lambda m: m.display_name)):
        assert person["name"] == member.display_name
        assert person["url"] == f"{SITE}/advisory-board/#{member.anchor}"
        assert re.search(rf'id="{member.anchor}"', board), "the link lands on the member's entry"
