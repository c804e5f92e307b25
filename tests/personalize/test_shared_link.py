"""A shared `?for=` link keeps its wording for the rest of the visit (a session cookie), on
every page of the site, while each article page stays one cached page per reader type."""

import pytest
from django.urls import reverse

from personalize import readers

from . import conftest

pytestmark = pytest.mark.django_db
# The leads' words as the page shows them (before their citation marker).
PROFESSIONAL_LEAD, PATIENT_LEAD, CAREGIVER_LEAD = (
    lead.split(" [")[0] for lead in (conftest.PROFESSIONAL_LEAD, conftest.PATIENT_LEAD, conftest.CAREGIVER_LEAD)
)


def test_a_shared_link_is_remembered_for_the_visit(client, worded_revision):
    url = worded_revision.article.get_absolute_url()
    response = client.get(url, {"for": "patient"})
    cookie = response.cookies[readers.COOKIE_NAME]
    assert cookie.value == "patient"
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # a session cookie: this visit
    assert cookie["samesite"] == "Lax" and cookie["httponly"] is True
    assert "private" in response["Cache-Control"]

    # The pages linked from it need no ?for=: back on the article after the change log.
    assert client.get(reverse("articles:history", args=[worded_revision.article.slug])).status_code == 200
    assert PATIENT_LEAD in client.get(url).content.decode()


def test_any_page_of_the_site_remembers_a_shared_link(client, worded_revision):
    client.get(reverse("articles:editorial_policy"), {"for": "caregiver"})
    assert CAREGIVER_LEAD in client.get(worded_revision.article.get_absolute_url()).content.decode()


def test_a_later_link_or_choice_replaces_it(client, worded_revision):
    url = worded_revision.article.get_absolute_url()
    client.get(url, {"for": "patient"})
    client.get(url, {"for": "professional"})
    assert PROFESSIONAL_LEAD in client.get(url).content.decode()
    client.post(reverse("personalize:choose"), {"reader_type": "caregiver", "next": url})
    assert CAREGIVER_LEAD in client.get(url).content.decode()


@pytest.mark.parametrize("value", ["", "nurse", "PATIENT<script>", "x" * 500])
def test_a_link_that_names_no_reader_type_keeps_the_readers_own_choice(client, worded_revision, value):
    url = worded_revision.article.get_absolute_url()
    client.post(reverse("personalize:choose"), {"reader_type": "patient", "next": url})
    response = client.get(url, {"for": value})
    assert readers.COOKIE_NAME not in response.cookies
    assert PATIENT_LEAD in client.get(url).content.decode()


def test_a_cached_page_reached_by_link_gets_the_cookie_and_the_same_body(
    client, worded_revision, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 600
    url = worded_revision.article.get_absolute_url()
    client.get(url, {"for": "patient"})  # builds and caches the patient page
    client.cookies.clear()

    with django_assert_num_queries(0):
        by_link = client.get(url, {"for": "patient"})
    assert by_link["X-Page-Cache"] == "hit"
    assert by_link.cookies[readers.COOKIE_NAME].value == "patient"
    assert "private" in by_link["Cache-Control"]

    with django_assert_num_queries(0):
        by_cookie = client.get(url)  # the cookie the link set
    assert by_cookie["X-Page-Cache"] == "hit"
    assert by_cookie.content == by_link.content  # one stored page per reader type
    assert readers.COOKIE_NAME not in by_cookie.cookies
