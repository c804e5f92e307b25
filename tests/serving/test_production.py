import io
import logging
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

pytestmark = pytest.mark.django_db

BASE_DIR = Path(django_settings.BASE_DIR)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.I)
UNSAFE = re.compile(r"unsafe-inline|unsafe-eval|unsafe-hashes|\*")


def production_env(**overrides) -> dict:
    # The site's own settings, not the test configuration pytest runs under.
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_DEBUG")}
    env.update({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": secrets.token_urlsafe(50), **overrides})
    return env


def manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env,
        capture_output=True, text=True, timeout=120,
    )


def test_check_deploy_reports_nothing_in_production():
    # As the README's deploy steps run it: with Redis as the shared cache (her2site.W001 otherwise).
    env = production_env(REDIS_URL="redis://127.0.0.1:6379/2")
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_does_object_to_debug_mode():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(DJANGO_DEBUG="1"))
    assert result.returncode != 0
    assert "security.W018" in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def test_security_headers_over_https(client, live_revision):
    response = client.get(live_revision.article.get_absolute_url(), secure=True)
    hsts = dict(
        part.strip().partition("=")[::2] for part in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= 183 * 24 * 3600
    assert "includeSubDomains" in hsts
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert not UNSAFE.search(csp)


def test_cookies_are_secure_httponly_and_samesite(client):
    response = client.get("/accounts/login/", secure=True)
    cookie = response.cookies[django_settings.CSRF_COOKIE_NAME]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"
    assert django_settings.SESSION_COOKIE_SECURE and django_settings.SESSION_COOKIE_HTTPONLY
    assert django_settings.SESSION_COOKIE_SAMESITE == "Lax"


def template_files():
    roots = [BASE_DIR / "templates", *BASE_DIR.glob("*/templates")]
    return sorted(p for root in roots for p in root.rglob("*.html") if ".venv" not in p.parts)


@pytest.mark.parametrize("path", template_files(), ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_no_template_carries_inline_script_or_style(path):
    text = path.read_text()
    assert not INLINE_SCRIPT.search(text), "inline <script> would be blocked by the CSP"
    assert not INLINE_STYLE.search(text), "inline style would be blocked by the CSP"


def test_admin_pages_need_no_csp_exception(admin_client, live_revision):
    for url in ("/admin/", "/admin/articles/article/", "/admin/login/"):
        response = admin_client.get(url, secure=True)
        assert response.status_code in (200, 302), url
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_STYLE.search(html), url
        assert not UNSAFE.search(response["Content-Security-Policy"])


def test_not_found_page_has_the_site_look(client):
    response = client.get("/articles/no-such-thing/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'class="brand"' in html and "css/site.css" in html


@pytest.fixture
def request_log():
    handler = logging.getLogger("django.request").handlers[0]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.fixture
def broken_article_page(monkeypatch):
    def fail(slug, reader_type):
        raise RuntimeError("database went away")

    monkeypatch.setattr("articles.pages.public_page", fail)


@pytest.mark.usefixtures("broken_article_page")
def test_server_error_page_has_the_site_look_and_is_logged_with_context(client, request_log):
    client.raise_request_exception = False
    response = client.get("/articles/some-article/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html and "css/site.css" in html
    log = request_log.getvalue()
    assert "[GET /articles/some-article/ user=anonymous]" in log
    assert "RuntimeError: database went away" in log


@pytest.mark.usefixtures("broken_article_page")
def test_a_logged_server_error_names_the_signed_in_user(client, editor, request_log):
    client.raise_request_exception = False
    client.force_login(editor)
    client.get("/articles/some-article/")
    assert f"[GET /articles/some-article/ user={editor.pk}]" in request_log.getvalue()


def test_the_benchmark_ceiling_view_is_not_public_by_default(client):
    assert client.get("/bench/ping/").status_code == 404
