"""What each worker process keeps for itself, and what it must not: sessions live in the
shared cache (Redis) or the database, never in one process's memory; a process keeps only what
is named by a version read elsewhere, or what changes only with a deploy, and nothing at all
under runserver (DEBUG), where templates change while the process runs."""

import json

import pytest
from django.urls import reverse

from tests.serving.test_production import manage, production_env

pytestmark = pytest.mark.django_db

SHOW = (
    "from django.conf import settings; import json; "
    "print(json.dumps([settings.SESSION_ENGINE, settings.CACHES['local']['BACKEND']]))"
)


def settings_under(**env) -> tuple[str, str]:
    result = manage("shell", "-c", SHOW, env=production_env(**env))
    assert result.returncode == 0, result.stderr
    return tuple(json.loads(result.stdout.strip().splitlines()[-1]))


def test_sessions_are_kept_in_the_cache_only_when_every_process_shares_it():
    sessions, _ = settings_under(REDIS_URL="redis://127.0.0.1:6379/2")
    assert sessions == "django.contrib.sessions.backends.cached_db"
    sessions, local = settings_under()
    assert sessions == "django.contrib.sessions.backends.db"
    assert local.endswith("LocMemCache")


def test_runserver_keeps_nothing_in_process_memory():
    _, local = settings_under(DJANGO_DEBUG="1")
    assert local.endswith("DummyCache")


@pytest.fixture
def sessions_in_redis(settings, cache_backend):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # as with REDIS_URL


@pytest.mark.parametrize("cache_backend", ["redis"], indirect=True)
def test_a_logout_ends_the_session_for_every_worker(client, reviewers, sessions_in_redis, django_assert_num_queries):
    client.force_login(reviewers[0].user)
    queue = reverse("reviews:queue")
    assert client.get(queue).status_code == 200
    with django_assert_num_queries(2):  # the user and the member; the session comes from Redis
        assert client.get(queue).status_code == 200
    cookie = client.cookies["sessionid"].value

    client.post(reverse("logout"))

    client.cookies["sessionid"] = cookie  # the old cookie, replayed to any worker
    response = client.get(queue)
    assert response.status_code == 302 and reverse("login") in response["Location"]
