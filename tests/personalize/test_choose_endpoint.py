import pytest
from django.test import Client
from django.urls import reverse

from personalize import readers
from personalize.views import ONE_YEAR

URL = reverse("personalize:choose")


def choose(client, reader_type="patient", next_url="/articles/some-article/", **extra):
    data = {"reader_type": reader_type}
    if next_url is not None:
        data["next"] = next_url
    return client.post(URL, data, **extra)


def test_choice_is_remembered_in_a_one_year_lax_httponly_cookie(client):
    response = choose(client)
    cookie = response.cookies[readers.COOKIE_NAME]
    assert cookie.value == "patient"
    assert cookie["max-age"] == ONE_YEAR
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True


def test_choice_goes_back_to_the_local_page_it_came_from(client):
    response = choose(client, next_url="/articles/kadcyla-vs-herzuma/")
    assert response.status_code == 303
    assert response["Location"] == "/articles/kadcyla-vs-herzuma/"


def test_cookie_is_secure_over_https(client):
    response = choose(client, secure=True)
    assert response.cookies[readers.COOKIE_NAME]["secure"] is True


def test_choosing_needs_no_csrf_token():
    strict = Client(enforce_csrf_checks=True)
    assert choose(strict).status_code == 303


@pytest.mark.parametrize(
    "next_url",
    [
        "//evil.com",
        "//evil.com/articles/",
        "https://evil.com",
        "http://testserver.evil.com/",
        "/\\evil.com",
        "\\\\evil.com",
        "///evil.com",
        "/\t/evil.com",
        "/\n/evil.com",
        "/articles/\r\nSet-Cookie: x=1",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " /articles/",
        "evil.com",
        "/" + "a" * 5000,
        "",
        None,
    ],
)
def test_redirect_never_leaves_the_site(client, next_url):
    response = choose(client, next_url=next_url)
    assert response.status_code == 303
    assert response["Location"] == "/"


def test_unicode_local_path_is_kept_and_encoded(client):
    response = choose(client, next_url="/artículos/")
    assert response["Location"] == "/art%C3%ADculos/"


@pytest.mark.parametrize(
    "value", ["", "doctor", "x" * 10_000, "<script>alert(1)</script>", 'pa"tient', "患者", "pat\x00ient"]
)
def test_unknown_or_hostile_choice_stores_the_default(client, value):
    response = choose(client, reader_type=value)
    assert response.status_code == 303
    assert response.cookies[readers.COOKIE_NAME].value == readers.default().key


def test_missing_choice_stores_the_default(client):
    response = client.post(URL, {"next": "/"})
    assert response.cookies[readers.COOKIE_NAME].value == readers.default().key


def test_get_is_refused_without_setting_a_cookie(client):
    response = client.get(URL, {"reader_type": "patient", "next": "/"})
    assert response.status_code == 405
    assert readers.COOKIE_NAME not in response.cookies
