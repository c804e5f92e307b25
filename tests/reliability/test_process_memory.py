"""What each worker process keeps for itself, and what it must not: sessions live in the
database alone, never in a cache; a process keeps only what is named by a version read
elsewhere, or what changes only with a deploy, and nothing at all under runserver (DEBUG),
where templates change while the process runs."""

import json

from tests.serving.test_production import manage, production_env

SHOW = (
    "from django.conf import settings; import json; "
    "print(json.dumps([settings.SESSION_ENGINE, settings.CACHES['local']['BACKEND']]))"
)


def settings_under(**env) -> tuple[str, str]:
    result = manage("shell", "-c", SHOW, env=production_env(**env))
    assert result.returncode == 0, result.stderr
    return tuple(json.loads(result.stdout.strip().splitlines()[-1]))


def test_sessions_are_kept_in_the_database_alone_whatever_the_cache():
    for env in ({"REDIS_URL": "redis://127.0.0.1:6379/2"}, {}):
        sessions, local = settings_under(**env)
        assert sessions == "django.contrib.sessions.backends.db"
        assert local.endswith("LocMemCache")


def test_runserver_keeps_nothing_in_process_memory():
    _, local = settings_under(DJANGO_DEBUG="1")
    assert local.endswith("DummyCache")
