"""Random and hostile input in every public query parameter, form field and cookie.

Whatever comes in (very long, any Unicode, quotes, markup, NUL bytes, path traversal, header
injection), the site answers with a page, a redirect or a refusal: never a 500, and never with
the input reflected unescaped. The runs are derandomized so that CI is stable; each test still
tries its full set of examples on every run.
"""

import re
from urllib.parse import quote, urlencode, urljoin, urlsplit

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personalize import readers
from reviews import services

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Markup that would run if it reached the page as it came in.
MARKUP = [
    '<script>alert("h2s")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
]
HOSTILE = [
    *MARKUP,
    "'; DROP TABLE articles_article; --",
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "..\\..\\windows\\win.ini",
    "\x00",
    "patient\x00",
    "%00",
    "\r\nSet-Cookie: admin=1",
    "javascript:alert(1)",
    "//evil.example/",
    "/\\evil.example",
    "https://evil.example/",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "ＰＡＴＩＥＮＴ",
    "patient" + "\u0301",
    "\u202epatient",
    "🧬" * 300,
    "é" * 5000,
    "x" * 20000,
    " ",
    "",
]
values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.builds(
        lambda before, hostile, after: before + hostile + after,
        st.text(max_size=20), st.sampled_from(HOSTILE), st.text(max_size=20),
    ),
    st.integers(min_value=500, max_value=30000).map(lambda n: ("<b>é'\"" * n)[:n]),
)


def assert_not_reflected_raw(response, *inputs):
    """Markup that came in must not come back as markup (escaped is fine)."""
    body = response.content.decode(errors="replace")
    for value in inputs:
        for markup in MARKUP:
            if markup in value:
                assert markup not in body, f"{markup!r} came back unescaped"
        if "<" in value and len(value) >= 8:
            assert value not in body, f"{value[:80]!r} came back unescaped"


@pytest.fixture
def article_url(live_revision):
    return live_revision.article.get_absolute_url()


@FUZZ
@given(value=values)
def test_reader_type_in_the_query_never_breaks_the_article_page(client, article_url, value):
    response = client.get(article_url, {"for": value})
    assert response.status_code == 200
    assert_not_reflected_raw(response, value)


@FUZZ
@given(value=values)
def test_reader_type_cookie_never_breaks_the_article_page(client, article_url, value):
    # The raw header, as a client may send it: not even the cookie syntax is trusted. A WSGI
    # server hands header bytes over decoded as Latin-1 (PEP 3333); so does this test.
    header = f"reader_type={value}".encode("utf-8", "surrogatepass").decode("latin-1")
    response = client.get(article_url, HTTP_COOKIE=header)
    assert response.status_code == 200
    assert_not_reflected_raw(response, value)


@FUZZ
@given(reader_type=values, next_url=values)
def test_chooser_stores_only_a_known_reader_type_and_redirects_only_on_this_site(
    client, reader_type, next_url
):
    response = client.post(
        reverse("personalize:choose"), {"reader_type": reader_type, "next": next_url}
    )
    assert response.status_code == 303
    location = urlsplit(response["Location"])
    assert not location.scheme and not location.netloc, response["Location"]
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith(("//", "/\\"))
    assert response.cookies["reader_type"].value in readers.registry()


@FUZZ
@given(query=values, page=values)
def test_search_answers_any_query_with_a_page(client, live_revision, query, page):
    response = client.get(reverse("articles:home"), {"q": query, "page": page})
    assert response.status_code == 200
    assert_not_reflected_raw(response, query, page)


@FUZZ
@given(question=values, email=values, website=st.one_of(st.just(""), values))
def test_follow_up_question_form_answers_any_input_with_a_page(
    client, live_revision, question, email, website
):
    url = reverse("articles:question", args=[live_revision.article.slug])
    response = client.post(url, {"question": question, "email": email, "website": website})
    # A form with errors, the confirmation, or the rate limit's refusal.
    assert response.status_code in (200, 302, 429)
    assert_not_reflected_raw(response, question, email, website)


@FUZZ
@given(slug=values)
def test_any_slug_is_an_article_or_not_found(client, live_revision, slug):
    for pattern in ("/articles/{}/", "/articles/{}/history/", "/articles/{}/question/"):
        response = client.get(pattern.format(quote(slug, safe="/")))
        assert response.status_code in (200, 301, 404), (pattern, slug[:80])
        assert_not_reflected_raw(response, slug)


@FUZZ
@given(username=values, password=values)
def test_login_form_answers_any_input_with_a_page(client, username, password):
    response = client.post(reverse("login"), {"username": username, "password": password})
    # The form again (with an error), or axes' lock-out page after repeated failures.
    assert response.status_code in (200, 429, 403)
    assert_not_reflected_raw(response, username)


@FUZZ
@given(tab=values, page=values)
def test_review_queue_answers_any_tab_and_page(client, reviewers, tab, page):
    client.force_login(reviewers[0].user)
    response = client.get(reverse("reviews:queue"), {"tab": tab, "page": page})
    assert response.status_code == 200
    assert_not_reflected_raw(response, tab, page)


C0_AND_SPACE = "".join(map(chr, range(0x21)))  # what browsers strip from the start of a URL


def assert_local_redirect(response):
    """The redirect, resolved the way a browser resolves it (backslashes as slashes, tabs and
    newlines dropped), stays on this site."""
    location = response["Location"]
    as_browser = re.sub(r"[\t\n\r]", "", location).replace("\\", "/").lstrip(C0_AND_SPACE)
    target = urlsplit(urljoin("http://testserver/accounts/login/", as_browser))
    assert (target.scheme, target.netloc) == ("http", "testserver"), location


@FUZZ
@given(next_url=values)
def test_login_sends_people_on_only_within_this_site(client, reviewers, next_url):
    client.logout()
    user = reviewers[0].user
    page = client.get(reverse("login"), {"next": next_url})
    assert page.status_code == 200
    assert_not_reflected_raw(page, next_url)
    response = client.post(
        reverse("login") + "?" + urlencode({"next": next_url}),
        {"username": user.username, "password": PASSWORD, "next": next_url},
    )
    assert response.status_code == 302
    assert_local_redirect(response)


@pytest.fixture
def reviewing(submitted_revision, reviewers):
    """A board member who has started reviewing a submitted revision."""
    member = reviewers[2]
    services.review_start(revision=submitted_revision, actor=member.user)
    return submitted_revision, member


@FUZZ
@given(body=values, section=values, details=values, checklist=st.lists(values, max_size=5))
def test_review_forms_answer_any_input_with_a_page(client, reviewing, body, section, details, checklist):
    revision, member = reviewing
    client.force_login(member.user)
    posts = {
        "comment": {"comment-body": body, "comment-section": section},
        "approve": {"approve-checklist": checklist, "approve-comment": body},
        "conflict": {"conflict-details": details},
        "request_changes": {"request_changes-comment": body},
    }
    for action, data in posts.items():
        response = client.post(reverse(f"reviews:{action}", args=[revision.pk]), data)
        # The page again with the form's errors, or a redirect after a recorded decision.
        assert response.status_code in (200, 302), (action, response.status_code)
        assert_not_reflected_raw(response, body, section, details, *checklist)
