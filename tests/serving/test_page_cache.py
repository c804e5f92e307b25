import re

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from articles import cache as page_cache
from articles import pages
from personalize import readers
from reviews import services
from tests.conftest import approve, empty_redis, make_draft, publish, write
from tests.serving.conftest import new_live_revision, pending_revision

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def test_repeat_anonymous_read_touches_no_database(client, live_revision, django_assert_num_queries):
    url = live_revision.article.get_absolute_url()
    first = client.get(url)
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.status_code == 200
    assert again.content == first.content
    assert again["X-Page-Cache"] == "hit"
    assert again["Vary"] == first["Vary"] == "Cookie, Accept-Encoding"


def test_a_cached_page_keeps_every_security_header(client, live_revision):
    url = live_revision.article.get_absolute_url()
    fresh = client.get(url, secure=True)
    cached = client.get(url, secure=True)
    assert cached["X-Page-Cache"] == "hit"
    for header in (
        "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
        "Referrer-Policy", "Strict-Transport-Security", "Cross-Origin-Opener-Policy", "Vary",
    ):
        assert cached[header] == fresh[header], header


def test_each_reader_type_gets_its_own_cached_wording(client, editor, reviewers, django_assert_num_queries):
    revision = make_draft(editor=editor)
    lead = revision.sections.order_by("position").first()
    write(lead, "Plain words for patients [1].", reader="patient")
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, reviewers)
    url = revision.article.get_absolute_url()
    client.get(url)
    client.get(url + "?for=patient")
    client.cookies.clear()  # the link's choice is remembered for the visit; start a new one

    with django_assert_num_queries(0):
        professional = client.get(url).content.decode()
        client.cookies["reader_type"] = "patient"
        patient = client.get(url).content.decode()

    assert "Professional text of section 0" in professional
    assert "Plain words for patients" not in professional
    assert "Plain words for patients" in patient


def test_hostile_reader_type_values_share_the_default_page(client, live_revision, django_assert_num_queries):
    url = live_revision.article.get_absolute_url()
    client.get(url + "?for=professional")
    with django_assert_num_queries(0):
        response = client.get(url, {"for": "<script>alert(1)</script>" * 20})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_approval_is_seen_by_the_next_reader_after_commit(
    client, editor, reviewers, django_capture_on_commit_callbacks
):
    first = publish(editor=editor, reviewers=reviewers)
    url = first.article.get_absolute_url()
    assert "Professional text of section 0" in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"

    second = new_live_revision(
        article=first.article, editor=editor, reviewers=reviewers,
        lead="A rewritten lead, approved in revision two [1].",
        capture=django_capture_on_commit_callbacks,
    )

    html = client.get(url).content.decode()
    assert "A rewritten lead, approved in revision two" in html
    assert "Professional text of section 0" not in html
    assert second.approved_at.strftime("%B") in html


def test_a_slow_reader_of_the_old_revision_cannot_point_readers_back_to_it(
    client, editor, reviewers, django_capture_on_commit_callbacks
):
    first = publish(editor=editor, reviewers=reviewers)
    url = first.article.get_absolute_url()
    slug = first.article.slug
    # This reader's request took its token and read revision 1 just before the approval...
    slow_request = RequestFactory().get(url)
    token = page_cache.token(slug)
    old_page = pages.public_page(slug, readers.base())
    new_live_revision(
        article=first.article, editor=editor, reviewers=reviewers,
        lead="Revision two lead [1].", capture=django_capture_on_commit_callbacks,
    )
    # ...and stores its page only now, after the approval committed.
    page_cache.store(slow_request, slug, token, entry_of(old_page))

    assert "Revision two lead" in client.get(url).content.decode()


def test_pages_pending_review_are_cached_until_the_workflow_moves_them(
    client, editor, reviewers, django_capture_on_commit_callbacks
):
    revision = pending_revision(editor=editor)
    url = revision.article.get_absolute_url()
    assert "Pending medical review" in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        services.review_start(revision=revision, actor=reviewers[0].user)
    html = client.get(url).content.decode()
    assert re.search(r'aria-current="step">Under Review', html)

    with django_capture_on_commit_callbacks(execute=True):
        services.review_request_changes(revision=revision, actor=reviewers[0].user, comment="No.")
    assert client.get(url).status_code == 404


def test_logged_in_readers_bypass_the_cache_both_ways(client, live_revision, reviewers):
    url = live_revision.article.get_absolute_url()
    client.force_login(reviewers[0].user)
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)

    client.logout()
    client.cookies.pop("sessionid", None)
    assert "X-Page-Cache" not in client.get(url), "a logged-in read must not fill the shared cache"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_reader_with_a_flash_message_bypasses_the_cache(client, live_revision):
    url = live_revision.article.get_absolute_url()
    client.get(url)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(url)


def test_a_read_with_a_session_never_stores_its_page(client, live_revision):
    url = live_revision.article.get_absolute_url()
    slug = live_revision.article.slug
    request = RequestFactory().get(url)
    request.COOKIES["sessionid"] = "unknown"  # a reader who may see content of their own
    page = pages.public_page(slug, readers.base())

    page_cache.store(request, slug, page_cache.token(slug), entry_of(page))

    assert "X-Page-Cache" not in client.get(url)


def test_the_article_page_carries_nothing_per_visitor(client, live_revision):
    response = client.get(live_revision.article.get_absolute_url())
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_unknown_and_absurd_slugs_are_a_plain_404(client):
    for url in ("/articles/no-such-article/", "/articles/" + "a" * 5000 + "/"):
        assert client.get(url).status_code == 404
        assert client.get(url).status_code == 404, "a 404 is never served from the cache"


def entry_of(page):
    return page_cache.Entry(page.html.encode(), page.etag, page.last_modified, page.indexable)


# --- With Redis, each worker process keeps copies of the pages it read there ----------------

on_redis = pytest.mark.parametrize("cache_backend", ["redis"], indirect=True)


@on_redis
def test_a_page_another_worker_stored_is_served_from_redis(client, live_revision, django_assert_num_queries):
    url = live_revision.article.get_absolute_url()
    first = client.get(url)
    caches[page_cache.COPIES].clear()  # this process never read it: another worker did

    with django_assert_num_queries(0):
        again = client.get(url)

    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


@on_redis
def test_a_worker_never_serves_its_copy_of_a_page_an_approval_replaced(
    client, editor, reviewers, django_capture_on_commit_callbacks
):
    first = publish(editor=editor, reviewers=reviewers)
    url = first.article.get_absolute_url()
    client.get(url)
    key = page_cache.page_key(first.article.slug, readers.base().key)
    old_copy = caches[page_cache.COPIES].get(key)
    assert "Professional text of section 0" in old_copy[1].content.decode()

    new_live_revision(
        article=first.article, editor=editor, reviewers=reviewers,
        lead="Revision two, approved through another worker [1].",
        capture=django_capture_on_commit_callbacks,
    )
    # This worker still holds the old page, as a worker that served no request since would.
    caches[page_cache.COPIES].set(key, old_copy)

    html = client.get(url).content.decode()
    assert "Revision two, approved through another worker" in html
    assert "Professional text of section 0" not in html


@on_redis
def test_a_repeat_read_asks_redis_nothing_within_the_check_interval(
    client, live_revision, settings, monkeypatch
):
    settings.PAGE_CACHE_CHECK_SECONDS = 60
    url = live_revision.article.get_absolute_url()
    client.get(url)
    first = client.get(url)  # the pointer, read from Redis and kept with the page
    redis = caches["default"]
    for method in ("get", "get_many"):
        monkeypatch.setattr(redis, method, lambda *a, **k: pytest.fail("asked Redis"))

    again = client.get(url)

    assert again["X-Page-Cache"] == "hit" and again.content == first.content


def worker(settings, name: str):
    """Serve the next requests as another gunicorn worker: its own process memory (the `local`
    cache), the same Redis."""
    location = f"{settings.CACHES['default']['KEY_PREFIX']}-{name}"
    own_memory = {**settings.CACHES[page_cache.COPIES], "LOCATION": location}
    settings.CACHES = {**settings.CACHES, page_cache.COPIES: own_memory}


def replaced_through_worker_a(client, settings, *, editor, reviewers, capture, lead: str) -> str:
    """An article whose revision 1 worker b has read (and keeps, page and token), then replaced
    by an approval made through worker a; the article's URL, with worker b serving again."""
    settings.PAGE_CACHE_CHECK_SECONDS = 60
    first = publish(editor=editor, reviewers=reviewers)
    url = first.article.get_absolute_url()
    worker(settings, "b")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    worker(settings, "a")
    new_live_revision(article=first.article, editor=editor, reviewers=reviewers, lead=lead, capture=capture)
    # The worker that made the approval sees it at once, however long the interval.
    assert lead.removesuffix(" [1].") in client.get(url).content.decode()
    worker(settings, "b")
    return url


@on_redis
def test_an_approval_reaches_every_worker_within_the_check_interval(
    client, editor, reviewers, settings, django_capture_on_commit_callbacks
):
    url = replaced_through_worker_a(
        client, settings, editor=editor, reviewers=reviewers, capture=django_capture_on_commit_callbacks,
        lead="Revision two, approved through worker a [1].",
    )

    # Worker b, which last asked Redis before the approval, keeps serving the page it has until
    # its interval (0.1 s by default) has passed, then the new one.
    assert "Professional text of section 0" in client.get(url).content.decode()
    caches[page_cache.COPIES].delete(page_cache.GENERATION)  # the interval has passed
    html = client.get(url).content.decode()
    assert "Revision two, approved through worker a" in html
    assert "Professional text of section 0" not in html


@on_redis
def test_a_restarted_redis_never_brings_back_a_page_an_approval_replaced(
    client, editor, reviewers, settings, django_capture_on_commit_callbacks
):
    url = replaced_through_worker_a(
        client, settings, editor=editor, reviewers=reviewers, capture=django_capture_on_commit_callbacks,
        lead="Revision two, approved before Redis restarted [1].",
    )

    # Redis restarts empty (it keeps nothing on disk), and worker b's interval passes.
    empty_redis()
    caches[page_cache.COPIES].delete(page_cache.GENERATION)

    html = client.get(url).content.decode()
    assert "Revision two, approved before Redis restarted" in html
    assert "Professional text of section 0" not in html
