"""Deploy checks (`manage.py check --deploy`) for what a production site needs beyond Django's
own: a cache every worker process shares, and mail that goes through a queue."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

from articles import cache as page_cache

PER_PROCESS_CACHE = Warning(
    "The cache is local memory, kept inside each worker process.",
    hint=(
        "Set REDIS_URL (README, Deploy): with more than one gunicorn worker or server, an "
        "approval is seen at once only by the process that made it, other processes serve the "
        "previous revision from their own page cache, and each keeps its own rate limits."
    ),
    id="her2site.W001",
)
MAIL_IN_REQUEST = Warning(
    "Mail tasks run immediately, inside the request that sends them.",
    hint=(
        "Leave TASKS_BACKEND unset (the database queue) and run `manage.py db_worker`: an SMTP "
        "outage then delays mail instead of losing it."
    ),
    id="her2site.W002",
)


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    return [] if page_cache.shared() else [PER_PROCESS_CACHE]


@register(deploy=True)
def queued_mail(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    backend = settings.TASKS["default"]["BACKEND"]
    return [MAIL_IN_REQUEST] if backend.endswith("ImmediateBackend") else []
