"""The article page as each reader type sees it: wording, chooser, disclaimer, cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from personalize import readers
from tests.conftest import make_draft

from .conftest import CAREGIVER_LEAD, PATIENT_LEAD, PROFESSIONAL_LEAD

pytestmark = pytest.mark.django_db

READER_KEYS = ["patient", "caregiver", "professional"]
EXPLAINED = '<dfn class="glossary">Thrombocytopenia</dfn>'


def page(client, revision, **params):
    response = client.get(revision.article.get_absolute_url(), params)
    assert response.status_code == 200
    return response.content.decode()


def opening(wording):
    return wording[:24]


def lead_of(html):
    start = html.index('id="section-0"')
    return html[start:html.index("</section>", start)]


@pytest.mark.parametrize(
    ("key", "lead"),
    [("patient", PATIENT_LEAD), ("caregiver", CAREGIVER_LEAD), ("professional", PROFESSIONAL_LEAD)],
)
def test_each_reader_type_reads_its_own_wording(client, worded_revision, key, lead):
    html = lead_of(page(client, worded_revision, **{"for": key}))
    others = {PATIENT_LEAD, CAREGIVER_LEAD, PROFESSIONAL_LEAD} - {lead}
    assert opening(lead) in html
    assert not any(opening(other) in html for other in others)


@pytest.mark.parametrize("key", ["patient", "caregiver"])
def test_sections_without_a_lay_wording_fall_back_to_the_professional_base(
    client, worded_revision, key
):
    html = page(client, worded_revision, **{"for": key})
    assert "occurred in some" in html and "may recur in later" in html


def test_citation_markers_link_to_references_in_lay_wordings(client, worded_revision):
    lead = lead_of(page(client, worded_revision, **{"for": "patient"}))
    assert 'href="#ref-1"' in lead


def test_lay_readers_get_the_first_use_of_a_term_explained(client, worded_revision):
    html = page(client, worded_revision, **{"for": "caregiver"})
    assert html.count(EXPLAINED) == 1
    assert "(a low number of platelets, the cells that help blood clot)" in html
    assert html.index(EXPLAINED) < html.index("occurred in some")


def test_glossary_explains_terms_in_the_lay_wording_itself(client, worded_revision):
    lead = lead_of(page(client, worded_revision, **{"for": "patient"}))
    assert '<dfn class="glossary">breast cancer</dfn>' in lead


def test_professionals_see_terms_unchanged(client, worded_revision):
    html = page(client, worded_revision, **{"for": "professional"})
    assert "glossary" not in html.split('class="article-body"')[1].split("</article>")[0]
    assert "Thrombocytopenia occurred in some" in html


def test_the_cookie_chooses_the_wording(client, worded_revision):
    client.cookies[readers.COOKIE_NAME] = "caregiver"
    assert opening(CAREGIVER_LEAD) in page(client, worded_revision)


def test_a_shared_link_overrides_the_cookie_for_that_page(client, worded_revision):
    client.cookies[readers.COOKIE_NAME] = "caregiver"
    html = page(client, worded_revision, **{"for": "patient"})
    assert opening(PATIENT_LEAD) in html
    assert opening(CAREGIVER_LEAD) not in html


def test_choosing_in_the_chooser_changes_the_wording_of_the_next_page(client, worded_revision):
    url = worded_revision.article.get_absolute_url()
    response = client.post("/reader/reader-type/", {"reader_type": "caregiver", "next": url}, follow=True)
    assert response.redirect_chain == [(url, 303)]
    assert opening(CAREGIVER_LEAD) in response.content.decode()


HOSTILE = [
    "EVILTOKEN" + "x" * 5000,
    "EVILTOKEN<script>alert(1)</script>",
    'EVILTOKEN"><img src=x onerror=alert(1)>',
    "EVILTOKEN'patient'",
    "EVILTOKEN\x00patient",
    "EVILTOKEN患者",
    "",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_shared_link_shows_the_default_and_is_not_echoed(client, worded_revision, value):
    html = page(client, worded_revision, **{"for": value})
    assert opening(PROFESSIONAL_LEAD) in html
    assert "EVILTOKEN" not in html


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_cookie_shows_the_default_and_is_not_echoed(client, worded_revision, value):
    url = worded_revision.article.get_absolute_url()
    # WSGI hands headers over as bytes decoded as latin-1; a browser sends UTF-8 bytes.
    raw = f"{readers.COOKIE_NAME}={value}".encode().decode("latin-1")
    response = client.get(url, HTTP_COOKIE=raw)
    assert response.status_code == 200
    html = response.content.decode()
    assert opening(PROFESSIONAL_LEAD) in html
    assert "EVILTOKEN" not in html


def test_the_page_says_which_wording_is_shown(client, worded_revision):
    html = page(client, worded_revision, **{"for": "caregiver"})
    assert 'Wording for</span> <strong class="chooser-choice">Caregiver or family member</strong>' in html
    assert 'value="caregiver" class="segment active" aria-pressed="true"' in html
    assert html.count('aria-pressed="true"') == 1


def test_the_chooser_asks_why_and_describes_each_type(client, worded_revision):
    html = page(client, worded_revision)
    assert "Which best describes you?" in html
    assert "The medical facts, and the board review behind them, are the same in every wording" in html
    for reader_type in readers.all():
        assert reader_type.description in html


def test_the_chooser_is_a_plain_form_posting_back_to_this_page(client, worded_revision):
    html = page(client, worded_revision)
    url = worded_revision.article.get_absolute_url()
    assert 'method="post" action="/reader/reader-type/"' in html
    assert f'name="next" value="{url}"' in html


@pytest.mark.parametrize("key", READER_KEYS)
def test_the_page_carries_nothing_per_visitor(client, worded_revision, key):
    response = client.get(worded_revision.article.get_absolute_url(), {"for": key})
    assert "csrfmiddlewaretoken" not in response.content.decode()
    # Only the shared link's choice, remembered for the visit (personalize.middleware); no
    # CSRF or session cookie.
    assert set(response.cookies) == {readers.COOKIE_NAME}
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("key", ["patient", "caregiver"])
def test_lay_readers_get_the_lay_disclaimer(client, worded_revision, key):
    html = page(client, worded_revision, **{"for": key})
    assert readers.registry()[key].disclaimer in html
    assert "intended for healthcare professionals" not in html
    assert "Professional medical disclaimer" not in html


def test_professionals_get_the_professional_disclaimer(client, worded_revision):
    html = page(client, worded_revision, **{"for": "professional"})
    assert "This information is intended for healthcare professionals." in html
    assert "Professional medical disclaimer" in html
    assert readers.registry()["patient"].disclaimer not in html


def test_the_disclaimer_is_at_the_foot_of_the_article(client, worded_revision):
    html = page(client, worded_revision, **{"for": "patient"})
    assert html.index('id="references"') < html.index(readers.registry()["patient"].disclaimer) < html.index("</article>")


def test_every_reader_type_costs_the_same_to_build_and_one_query_once_stored(
    client, worded_revision, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # Count the queries of the database, not of a cache hit.
    url = worded_revision.article.get_absolute_url()
    building = {}
    for key in READER_KEYS:
        with CaptureQueriesContext(connection) as first_read:
            client.get(url, {"for": key})
        building[key] = len(first_read)
        client.cookies[readers.COOKIE_NAME] = key
        with django_assert_num_queries(1):
            client.get(url)
    assert len(set(building.values())) == 1, building


@pytest.mark.parametrize("key", READER_KEYS)
def test_no_reader_type_opens_a_draft(client, editor, key):
    draft = make_draft(editor=editor)
    response = client.get(draft.article.get_absolute_url(), {"for": key})
    assert response.status_code == 404
