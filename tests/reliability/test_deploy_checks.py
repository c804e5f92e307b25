"""Issue 14, item 3: a cache every worker shares is part of a production deployment, so
`check --deploy` objects to a per-process one (and to mail sent inside the request)."""

import pytest
from django.core import checks

from tests.serving.test_production import manage, production_env


def deploy_check_ids() -> set[str]:
    return {message.id for message in checks.run_checks(include_deployment_checks=True)}


def test_check_deploy_warns_when_production_runs_on_a_per_process_cache():
    env = production_env()
    env.pop("REDIS_URL", None)
    result = manage("check", "--deploy", env=env)
    output = result.stdout + result.stderr
    assert "her2site.W001" in output
    assert "REDIS_URL" in output


def test_check_deploy_is_content_with_redis(settings):
    settings.DEBUG = False
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "her2site.redis_cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/2",
    }}
    assert "her2site.W001" not in deploy_check_ids()


def test_local_memory_is_fine_in_debug(settings):
    settings.DEBUG = True
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    assert "her2site.W001" not in deploy_check_ids()


@pytest.mark.parametrize(("backend", "warned"), [("immediate", True), ("database", False)])
def test_check_deploy_warns_when_mail_is_sent_inside_the_request(settings, backend, warned):
    settings.DEBUG = False
    settings.TASKS = {"default": {"BACKEND": settings.TASKS_BACKENDS[backend]}}
    assert ("her2site.W002" in deploy_check_ids()) is warned
