"""The test configuration: the site's settings, with what tests need set here rather than
detected inside the production settings."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-a-secret")

from her2site.settings import *  # noqa: E402, F403

# Hashing strength is not what tests are about; the default hasher costs ~0.3 s a user.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Off unless a test turns it on (tests/serving): a change forgets cached pages after its
# transaction commits, which a test rolled back at its end never reaches.
PAGE_CACHE_SECONDS = 0
# Templates link static files by their plain names; the manifest is built by collectstatic.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# django-axes reports every login at INFO; test output needs only its warnings.
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # noqa: F405
# Mail tasks run at once, as in `make run`; tests/reliability/test_mail_queue.py uses the queue.
TASKS = {"default": {"BACKEND": TASKS_BACKENDS["immediate"]}}  # noqa: F405
# Each process's own memory as in production, even when DJANGO_DEBUG is set (her2site/settings.py).
CACHES = {**CACHES, "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"}}  # noqa: F405
