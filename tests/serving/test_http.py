"""What the site tells HTTP clients and caches: compression, validators and 304s, Cache-Control."""

import gzip
import shutil
from pathlib import Path

import brotli
import pytest
import zstandard
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client, override_settings

from articles import compression
from compression_middleware import middleware as compression_library
from tests.conftest import publish
from tests.serving.conftest import new_live_revision

pytestmark = pytest.mark.django_db

DECODE = {"br": brotli.decompress, "gzip": gzip.decompress, "zstd": zstandard.ZstdDecompressor().decompress}
SHARED = "public, max-age=0, s-maxage=60"


def cache_control(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def vary(response) -> set[str]:
    return {part.strip() for part in response.get("Vary", "").split(",") if part.strip()}


# --- Compression -------------------------------------------------------------------------


@pytest.mark.parametrize("cached", [False, True], ids=["built", "from the page cache"])
@pytest.mark.parametrize("encoding", ["br", "gzip", "zstd"])
def test_article_pages_come_in_the_encoding_the_client_asks_for(client, live_revision, settings, cached, encoding):
    settings.PAGE_CACHE_SECONDS = 600 if cached else 0
    url = live_revision.article.get_absolute_url()
    plain = client.get(url)
    assert "Content-Encoding" not in plain

    response = client.get(url, HTTP_ACCEPT_ENCODING=encoding)

    assert response.get("X-Page-Cache") == ("hit" if cached else None)
    assert response["Content-Encoding"] == encoding
    assert DECODE[encoding](response.content) == plain.content
    assert len(response.content) < len(plain.content) / 3
    assert {"Accept-Encoding", "Cookie"} <= vary(response) and {"Accept-Encoding", "Cookie"} <= vary(plain)


def test_brotli_is_preferred_to_gzip_when_the_client_takes_both(client, live_revision):
    response = client.get(live_revision.article.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "br"


def test_a_cached_page_is_compressed_once_not_per_request(client, live_revision, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    url = live_revision.article.get_absolute_url()
    client.get(url)  # built, compressed and stored

    def no_compressing(content):
        raise AssertionError("compressed again")

    monkeypatch.setattr(compression, "BULK", {name: no_compressing for name in compression.BULK})
    monkeypatch.setattr(
        "compression_middleware.middleware.compressors",
        tuple((name, no_compressing, no_compressing) for name, _, _ in compression_library.compressors),
    )
    for encoding in ("br", "gzip", "zstd"):
        response = client.get(url, HTTP_ACCEPT_ENCODING=encoding)
        assert response["X-Page-Cache"] == "hit" and response["Content-Encoding"] == encoding


def test_other_html_pages_are_compressed_too(client, live_revision):
    for url in ("/", "/?q=professional", "/advisory-board/", live_revision.article.get_absolute_url() + "history/"):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["Content-Encoding"] == "gzip", url
        assert b"</html>" in gzip.decompress(response.content), url


def test_pages_with_a_csrf_token_are_never_compressed_against_breach(client, live_revision):
    # The page reflects what it is sent and carries a secret: the two things BREACH needs.
    response = client.get(live_revision.article.get_absolute_url() + "question/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert "Content-Encoding" not in response
    assert "private" in cache_control(response)


def test_static_files_are_kept_in_brotli_and_served_so(tmp_path):
    # collectstatic as production runs it, over one of the site's stylesheets.
    source, static_root = tmp_path / "source", tmp_path / "static"
    (source / "css").mkdir(parents=True)
    stylesheet = (Path(django_settings.BASE_DIR) / "static/css/site.css").read_bytes()
    (source / "css/site.css").write_bytes(stylesheet)
    shutil.copytree(Path(django_settings.BASE_DIR) / "static/fonts", source / "fonts")  # it names them
    storages = {**django_settings.STORAGES, "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    }}
    with override_settings(
        STATICFILES_DIRS=[source], STATIC_ROOT=static_root, STORAGES=storages,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        hashed = next(path for path in (static_root / "css").glob("site.*.css"))
        assert Path(f"{hashed}.br").exists() and Path(f"{hashed}.gz").exists()
        response = Client().get(f"/static/css/{hashed.name}", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(b"".join(response.streaming_content)) == hashed.read_bytes()
    assert "immutable" in response["Cache-Control"]


# --- Validators and 304 --------------------------------------------------------------------


@pytest.mark.parametrize("cached", [False, True], ids=["built", "from the page cache"])
def test_an_article_answers_a_conditional_get_with_304(client, live_revision, settings, cached):
    settings.PAGE_CACHE_SECONDS = 600 if cached else 0
    url = live_revision.article.get_absolute_url()
    first = client.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('W/"') and modified.endswith("GMT")

    for headers in ({"HTTP_IF_NONE_MATCH": etag}, {"HTTP_IF_MODIFIED_SINCE": modified}):
        response = client.get(url, **headers)
        assert response.status_code == 304, headers
        assert response.content == b""
        assert response["ETag"] == etag and response["Cache-Control"] == first["Cache-Control"]
    assert client.get(url, HTTP_IF_NONE_MATCH='W/"something-else"').status_code == 200
    assert client.get(url, HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2001 00:00:00 GMT").status_code == 200


def test_a_304_from_the_page_cache_touches_no_database(client, live_revision, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 600
    url = live_revision.article.get_absolute_url()
    etag = client.get(url, HTTP_ACCEPT_ENCODING="br")["ETag"]
    with django_assert_num_queries(0):
        response = client.get(url, HTTP_IF_NONE_MATCH=etag, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 304
    assert response["X-Page-Cache"] == "hit"


def test_each_reader_type_has_its_own_validator(client, live_revision):
    url = live_revision.article.get_absolute_url()
    professional = client.get(url)["ETag"]
    assert client.get(url, {"for": "patient"}, HTTP_IF_NONE_MATCH=professional).status_code == 200


def test_a_new_approval_changes_the_validator(
    client, editor, reviewers, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    first = publish(editor=editor, reviewers=reviewers)
    url = first.article.get_absolute_url()
    etag = client.get(url)["ETag"]
    new_live_revision(
        article=first.article, editor=editor, reviewers=reviewers, lead="Revised lead [1].",
        capture=django_capture_on_commit_callbacks,
    )
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Revised lead" in response.content.decode()


# --- Cache-Control -------------------------------------------------------------------------


def test_public_pages_may_be_kept_by_a_shared_cache_and_say_what_they_vary_on(client, live_revision):
    article = client.get(live_revision.article.get_absolute_url())
    assert cache_control(article) == set(SHARED.split(", "))
    assert "Cookie" in vary(article)  # the reader type's cookie chooses the wording
    search = client.get("/", {"q": "professional"})
    assert cache_control(search) == set(SHARED.split(", ")) and "Cookie" in vary(search)
    for url in ("/", "/advisory-board/", "/editorial-policy/", "/feed/", "/sitemap.xml"):
        assert cache_control(client.get(url)) == set(SHARED.split(", ")), url


def test_a_signed_in_readers_pages_are_private(client, live_revision, reviewers):
    client.force_login(reviewers[0].user)
    for url in (live_revision.article.get_absolute_url(), "/", "/advisory-board/", "/review/"):
        response = client.get(url)
        assert {"private", "no-cache"} <= cache_control(response), url
        assert "public" not in cache_control(response), url


def test_a_response_that_sets_a_cookie_is_private(client, live_revision):
    response = client.post("/reader/reader-type/", {"reader_type": "patient", "next": "/"})
    assert response.cookies["reader_type"].value == "patient"
    assert {"private", "no-cache"} <= cache_control(response)


def test_shared_cache_lifetime_is_a_setting(client, live_revision, settings):
    settings.SHARED_CACHE_SECONDS = 300
    assert "s-maxage=300" in cache_control(client.get(live_revision.article.get_absolute_url()))


# --- The home page, cached ---------------------------------------------------------------


def test_the_home_page_listing_is_cached_and_forgotten_on_approval(
    client, editor, reviewers, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    first = publish(editor=editor, reviewers=reviewers)
    listing = client.get("/")
    with django_assert_num_queries(0):
        again = client.get("/")
        not_modified = client.get("/", HTTP_IF_NONE_MATCH=listing["ETag"])
    assert again["X-Page-Cache"] == "hit" and again.content == listing.content
    assert not_modified.status_code == 304

    with django_capture_on_commit_callbacks(execute=True):
        second = publish(editor=editor, reviewers=reviewers)

    html = client.get("/").content.decode()
    assert first.article.question in html and second.article.question in html
    assert client.get("/", {"page": 1})["Cache-Control"]  # other pages are built each time
    assert "X-Page-Cache" not in client.get("/", {"page": 1})


# --- /favicon.ico --------------------------------------------------------------------------


def test_favicon_is_a_real_icon_that_caches(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body[:4] == b"\x00\x00\x01\x00"  # the ICO header
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert "max-age" in response["Cache-Control"]
    assert client.get("/favicon.ico", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_search_results_are_cached_per_reader_type_and_forgotten_on_approval(
    client, editor, reviewers, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    first = publish(editor=editor, reviewers=reviewers)
    found = client.get("/", {"q": "professional text"})
    assert found.context["search"].total == 1
    with django_assert_num_queries(0):
        again = client.get("/", {"q": "professional text"})
    assert again["X-Page-Cache"] == "hit" and again.content == found.content
    assert again["X-Robots-Tag"] == "noindex" and "Cookie" in vary(again)
    patient = client.get("/", {"q": "professional text", "for": "patient"})
    assert "X-Page-Cache" not in patient, "each reader type has its own results"
    assert "X-Page-Cache" not in client.get("/", {"q": "Professional text"}), "the query as typed"

    with django_capture_on_commit_callbacks(execute=True):
        publish(editor=editor, reviewers=reviewers)

    assert client.get("/", {"q": "professional text"}).context["search"].total == 2
    assert first.article.question in client.get("/", {"q": "professional text"}).content.decode()


def test_a_signed_in_reader_never_gets_or_leaves_cached_results(client, live_revision, reviewers, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.force_login(reviewers[0].user)
    client.get("/", {"q": "professional"})
    assert "X-Page-Cache" not in client.get("/", {"q": "professional"})
    client.logout()
    client.cookies.pop("sessionid", None)
    assert "X-Page-Cache" not in client.get("/", {"q": "professional"})
