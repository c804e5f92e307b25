"""/health/ for a load balancer (issue 14): 200 with JSON when the database and the cache both
answer, 503 saying which does not; never cached, no session."""

import pytest
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db


def test_health_is_ok_when_the_database_and_the_cache_answer(client, cache_backend):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies  # no session, no CSRF cookie


def test_health_is_503_when_the_database_does_not_answer(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}


def test_health_is_503_when_the_cache_does_not_answer(client, settings):
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "her2site.redis_cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
    }}
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}
    assert "no-store" in response["Cache-Control"]


def test_health_answers_a_plain_http_probe_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True  # production; the tests turn it off (tests/conftest.py)
    assert client.get("/health/").status_code == 200
    assert client.get("/").status_code == 301


def test_health_refuses_a_post(client):
    assert client.post("/health/").status_code == 405
