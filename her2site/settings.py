"""Settings for her2site, read from the environment (django-environ).

Unset variables give a local development site on SQLite; with DJANGO_DEBUG off
the site is configured for production (HTTPS, secure cookies, HSTS, CSP).
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

# --- Core -------------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development).")
    SECRET_KEY = "django-insecure-local-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "pgtrigger",
    "her2site.apps.Her2siteConfig",
    "personalize",
    "articles",
    "reviews.apps.ReviewsConfig",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "her2site.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Web (issue 13): compression and the Cache-Control policy see every response but static
    # files (WhiteNoise serves those precompressed); cached pages are served before the rest.
    "articles.compression.CompressionMiddleware",
    "articles.middleware.CachePolicyMiddleware",
    # Readers (issue 12): a ?for= link's wording kept for the visit; inside the policy above.
    "personalize.middleware.SharedLinkMiddleware",
    "articles.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "her2site.urls"
WSGI_APPLICATION = "her2site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=0 if DEBUG else 60)
if DATABASES["default"].get("ENGINE") == "django.db.backends.postgresql":
    # Bind parameters on the server, so that psycopg prepares a statement the second time a
    # connection runs it: for the article page's read, planning cost more than running it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=env.int("DJANGO_PREPARE_THRESHOLD", default=2)
    )
if DATABASES["default"].get("ENGINE") == "django.db.backends.sqlite3":
    # `make run`: a transaction takes the write lock when it begins, and a second one waits for
    # it (up to the timeout, in seconds) instead of failing with "database is locked" when both
    # have read and then want to write (two approvals at once).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE", timeout=20
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------
# Local memory is per process: with more than one worker process (or server) set REDIS_URL,
# or an approval is only seen at once by the process that made it (README, "Deploy").
# An article page is about 30 KB (45 KB with its compressed forms): 2,000 entries stay under
# ~90 MB per process.
LOCAL_MEMORY = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "OPTIONS": {"MAX_ENTRIES": env.int("CACHE_MAX_ENTRIES", default=2000)},
}
CACHES = {
    # Shared by every process: Redis, or this process's memory when REDIS_URL is unset.
    # Django's Redis backend, with one redis-py client per pool instead of one per command.
    "default": (
        {"BACKEND": "her2site.redis_cache.RedisCache", "LOCATION": env("REDIS_URL")}
        if env("REDIS_URL", default="") else LOCAL_MEMORY
    ),
    # Always this process's memory: what any process may keep for itself because it is named
    # by a version read elsewhere (pages and tokens read from Redis, articles.cache; the review
    # queue, by its version) or is the same until the next deploy (the site's header and footer).
    # In DEBUG nothing is kept there, so that an edited template shows at once under runserver.
    "local": (
        {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} if DEBUG
        else {**LOCAL_MEMORY, "LOCATION": "local"}
    ),
}
# Sessions stay in the database alone (Django's default), not in a cache: one kept in a
# process's memory would outlive its logout in the other processes, and one kept in Redis could
# come back after a logout made while Redis was unreachable (tests/reliability).
# `check --deploy` warns when DEBUG is off and the cache is local memory (her2site.checks).
# 0 turns the article page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# With Redis: how often each process asks whether another has changed a cached page (an approval
# made elsewhere reaches it within this time; articles.cache). 0 asks on every read.
PAGE_CACHE_CHECK_SECONDS = env.float("PAGE_CACHE_CHECK_SECONDS", default=0.1)
# How long a shared cache in front of the site (CDN, reverse proxy) may keep a public page before
# it asks again (articles.cache.cache_control); browsers ask every time.
SHARED_CACHE_SECONDS = env.int("SHARED_CACHE_SECONDS", default=60)
# The board's review queue, kept per member and page until the next workflow step (reviews.views);
# this bounds how old its "waiting" times can be. 0 turns it off.
QUEUE_CACHE_SECONDS = env.int("QUEUE_CACHE_SECONDS", default=60)

# --- Auth -------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "reviews:queue"
LOGOUT_REDIRECT_URL = "articles:home"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
# A lock-out is for one username from one client address together: failures for a made-up user
# lock out nobody else, and neither do an editor's own failures from another client.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The client address, behind TRUSTED_PROXY_COUNT proxies that append to X-Forwarded-For (0: the
# connection's address, the header ignored). The question and error-report limits use it too.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "articles.ratelimit.client_address"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "her2site.auth.axes_username"

# --- Internationalization -----------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files ------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files served at the site's root, such as /favicon.ico, with WhiteNoise's validators and 304s.
WHITENOISE_ROOT = BASE_DIR / "public"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Forms ------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Email ------------------------------------------------------------------
EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND",
    default="django.core.mail.backends.smtp.EmailBackend"
    if env("EMAIL_HOST", default="")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="her2site <noreply@localhost>")

# --- Tasks (mail) -------------------------------------------------------------
# Mail goes through a queue (reviews.tasks): enqueued when the transaction commits, retried while
# the SMTP server is down. Production keeps the queue in the database and runs `manage.py
# db_worker`; in DEBUG (`make run`) tasks run at once in the request, so no worker is needed.
# TASKS_BACKEND=database|immediate overrides either.
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = env("TASKS_BACKEND", default="immediate" if DEBUG else "database")
if TASKS_BACKEND not in TASKS_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[TASKS_BACKEND]}}
# Sending a mail is tried this many times in all, the waits between tries doubling from
# MAIL_RETRY_SECONDS (1, 2, 4 ... minutes by default: about 4 hours over 9 tries).
MAIL_ATTEMPTS = env.int("MAIL_ATTEMPTS", default=9)
MAIL_RETRY_SECONDS = env.int("MAIL_RETRY_SECONDS", default=60)

# --- Review workflow ----------------------------------------------------------
REVIEW_REQUIRED_APPROVALS = env.int("REVIEW_REQUIRED_APPROVALS", default=2)
REVIEW_INTERVAL_DAYS = env.int("REVIEW_INTERVAL_DAYS", default=365)
# `manage.py send_reminders` (from cron): board members about revisions waiting for review
# longer than this, editors about live revisions whose review is due; each item at most once
# per interval.
REVIEW_REMINDER_AFTER_DAYS = env.int("REVIEW_REMINDER_AFTER_DAYS", default=7)
REMINDER_INTERVAL_DAYS = env.int("REMINDER_INTERVAL_DAYS", default=7)

# --- References from identifiers (articles.literature) ----------------------------------
# PubMed and Crossref ask callers to say who they are: a contact address goes in every request.
LITERATURE_CONTACT_EMAIL = env("LITERATURE_CONTACT_EMAIL", default="editors@her2site.example")
LITERATURE_TIMEOUT_SECONDS = env.float("LITERATURE_TIMEOUT_SECONDS", default=8)

# --- Abuse limits -------------------------------------------------------------
# scope: (attempts, window in seconds) per client address
RATE_LIMITS = {
    "question": (env.int("QUESTION_RATE_LIMIT", default=5), 600),
    "correction": (env.int("CORRECTION_RATE_LIMIT", default=5), 600),
}

# --- Readers' trust -------------------------------------------------------------
# The editors reply to an error report within this many days (the editorial policy says so;
# the corrections inbox marks reports past it).
CORRECTION_RESPONSE_DAYS = env.int("CORRECTION_RESPONSE_DAYS", default=7)
# A demonstration site's board members are invented: say so on every article. `make run`
# turns it on; a real deployment leaves it off.
FICTIONAL_REVIEWERS = env.bool("FICTIONAL_REVIEWERS", default=False)

# --- Security (production unless DEBUG) --------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    # A load balancer's health probe may speak plain HTTP to the server (her2site.views.health).
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env.bool("DJANGO_BEHIND_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Logging ----------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_context": {"()": "her2site.middleware.RequestContextFilter"}},
    "formatters": {
        "verbose": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "request": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_context)s] %(message)s"
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose"},
        "request_console": {
            "class": "logging.StreamHandler",
            "formatter": "request",
            "filters": ["request_context"],
        },
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"handlers": ["request_console"], "level": "ERROR", "propagate": False},
    },
}
