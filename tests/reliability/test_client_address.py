"""Issue 14, item 2: behind the TLS proxy every visitor arrives from the proxy's address. The
login lock-out is for a username from a client address together, and the client address (for
the lock-out and the question limit alike) is read from the X-Forwarded-For entry that the
trusted proxies wrote, never from what a client wrote itself."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from articles.models import FollowUpQuestion
from tests.factories import EditorFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
PROXY = "10.0.0.2"  # the TLS proxy: every request arrives from it


def via_proxy(client_address: str, spoofed: str = "") -> dict:
    """The request headers a client at `client_address` arrives with through one proxy, which
    appends the address it was connected from to whatever the client sent."""
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def log_in(client, username, password, **meta):
    client.post(reverse("login"), {"username": username, "password": password}, **meta)
    return "_auth_user_id" in client.session


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def real_editor(db):
    return EditorFactory(username="real-editor")


@pytest.mark.usefixtures("one_proxy")
def test_failed_logins_for_a_made_up_user_behind_the_proxy_lock_out_no_editor(real_editor):
    attacker = Client()
    for n in range(settings.AXES_FAILURE_LIMIT + 2):
        # Each try claims another origin in a header of its own; the proxy appends the real one.
        assert not log_in(attacker, "no-such-user", "guess", **via_proxy("198.51.100.7", f"192.0.2.{n}"))
    assert log_in(Client(), "real-editor", PASSWORD, **via_proxy("203.0.113.20"))


@pytest.mark.usefixtures("one_proxy")
def test_failed_logins_for_an_editors_name_from_another_client_leave_the_editor_in(real_editor):
    attacker = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        log_in(attacker, "real-editor", "guess", **via_proxy("198.51.100.7"))
    # The attacker's client is locked out, even with the right password ...
    assert not log_in(attacker, "real-editor", PASSWORD, **via_proxy("198.51.100.7"))
    # ... and the editor, at another client behind the same proxy, is not.
    assert log_in(Client(), "real-editor", PASSWORD, **via_proxy("203.0.113.20"))


@pytest.mark.usefixtures("one_proxy")
def test_a_header_the_client_writes_itself_does_not_escape_the_lock_out(real_editor):
    attacker = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(attacker, "real-editor", "guess", **via_proxy("198.51.100.7", f"192.0.2.{n}"))
    assert not log_in(attacker, "real-editor", PASSWORD, **via_proxy("198.51.100.7", "192.0.2.99"))


def test_without_a_trusted_proxy_a_spoofed_forwarded_for_is_ignored(settings, real_editor):
    assert settings.TRUSTED_PROXY_COUNT == 0  # the default
    attacker = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(attacker, "real-editor", "guess", REMOTE_ADDR="198.51.100.7",
               HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert not log_in(attacker, "real-editor", PASSWORD, REMOTE_ADDR="198.51.100.7",
                      HTTP_X_FORWARDED_FOR="192.0.2.99")


def ask(article, n, **meta):
    url = reverse("articles:question", args=[article.slug])
    return Client().post(url, {"question": f"Question {n} about dosing?"}, **meta)


@pytest.mark.usefixtures("one_proxy")
def test_the_question_limit_counts_per_client_behind_the_proxy(settings, live_revision, cache_backend):
    limit, _ = settings.RATE_LIMITS["question"]
    article = live_revision.article
    for n in range(limit):
        assert ask(article, n, **via_proxy("198.51.100.7", f"192.0.2.{n}")).status_code == 302
    assert ask(article, "over", **via_proxy("198.51.100.7", "192.0.2.99")).status_code == 429
    # Another reader behind the same proxy still gets through.
    assert ask(article, "other", **via_proxy("203.0.113.20")).status_code == 302
    assert FollowUpQuestion.objects.count() == limit + 1


def test_without_a_trusted_proxy_the_question_limit_ignores_a_spoofed_header(settings, live_revision, cache_backend):
    limit, _ = settings.RATE_LIMITS["question"]
    article = live_revision.article
    for n in range(limit):
        ask(article, n, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    response = ask(article, "over", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429


@pytest.mark.parametrize("header", ["", "not-an-address", "  ,  "])
def test_a_proxy_header_that_names_no_address_falls_back_to_the_connection(settings, rf, header):
    from articles.ratelimit import client_address

    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=header)
    assert client_address(request) == PROXY
