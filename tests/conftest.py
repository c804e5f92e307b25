import io
import os
import threading
import urllib.error
import urllib.parse
import uuid
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.db import connection, connections
from django.utils import timezone

from articles.models import Revision, Wording
from reviews import services
from reviews.checklist import DEFAULT_ITEMS

from .factories import (
    ArticleFactory,
    BoardMemberFactory,
    EditorFactory,
    ReferenceFactory,
    SectionFactory,
)

# When the literature was last searched, for the drafts made here: recent, as an editor's is.
EVIDENCE_SEARCHED = timezone.localdate() - timezone.timedelta(days=30)
FULL_CHECKLIST = [key for key, _, _ in DEFAULT_ITEMS]


@pytest.fixture(scope="session", autouse=True)
def _flush_past_the_audit_trail_trigger():
    """Transactional tests end with Django's `flush`, which on PostgreSQL empties every table
    with one TRUNCATE; the audit trail refuses TRUNCATE (a pgtrigger trigger, issue 14). In the
    test database the flush disables that trigger for its TRUNCATE (as the tables' owner may;
    pgtrigger.ignore cannot be used: it prefixes each statement, which the site's server-side
    prepared statements refuse)."""
    import pgtrigger
    from django.core.management.commands import flush
    from django.db import connections

    handle = flush.Command.handle
    uri = "reviews.ReviewEvent:append_only_truncate"

    def handle_past_the_trigger(self, *args, **options):
        database = options.get("database", "default")
        if connections[database].vendor != "postgresql":
            return handle(self, *args, **options)
        pgtrigger.disable(uri, database=database)
        try:
            return handle(self, *args, **options)
        finally:
            pgtrigger.enable(uri, database=database)

    flush.Command.handle = handle_past_the_trigger
    yield
    flush.Command.handle = handle


@pytest.fixture(autouse=True)
def _plain_http_and_fresh_cache(settings):
    # Tests speak plain HTTP to the test client; production settings redirect to HTTPS.
    settings.SECURE_SSL_REDIRECT = False
    from django.core.cache import caches

    caches["default"].clear()
    caches["local"].clear()


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def other_editor(db):
    return EditorFactory()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def messages_of(response) -> list[str]:
    """The messages the admin (or a page) gave with this response."""
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def reviewers(db):
    return [BoardMemberFactory(), BoardMemberFactory(), BoardMemberFactory()]


def write(section, body: str, *, reader: str = "professional", heading: str | None = None) -> Wording:
    """Set one wording of a section (creating it if needed), as an editor would."""
    base = section.wordings.filter(reader_type="professional").first()
    default_heading = base.heading if base and reader == "professional" else f"Heading ({reader})"
    wording, _ = Wording.objects.update_or_create(
        section=section, reader_type=reader,
        defaults={"body": body, "heading": heading or default_heading},
    )
    return wording


def make_draft(*, editor, article=None, sections=3, references=3) -> Revision:
    """A draft whose citations pass the pre-submit checks: section i cites reference i."""
    article = article or ArticleFactory()
    revision = services.revision_create(article=article, actor=editor)
    # A draft of a live article starts as a copy of it; replace that copy with fresh content.
    revision.sections.all().delete()
    revision.references.all().delete()
    # Submitting needs a change summary, and a change: the number makes each draft differ.
    revision.change_summary = f"Revision {revision.number}: new content."
    revision.evidence_current_through = EVIDENCE_SEARCHED
    revision.save(update_fields=["change_summary", "evidence_current_through"])
    refs = max(references, 0)
    for i in range(sections):
        cite = f" [{(i % refs) + 1}]" if refs else ""
        SectionFactory(revision=revision, position=i, heading=f"Heading {i}",
                       body=f"Professional text of section {i}.{cite}")
    for n in range(1, refs + 1):
        ReferenceFactory(revision=revision, number=n, citation=f"Author {n}. Trial {n}. J Clin Oncol. 2020.")
    # References beyond the number of sections still need citing.
    if refs > sections and sections:
        first = revision.sections.first().wordings.get(reader_type="professional")
        first.body += " " + " ".join(f"[{n}]" for n in range(sections + 1, refs + 1))
        first.save()
    return revision


def new_revision(article, *, editor, summary: str | None = None, change: bool = True) -> Revision:
    """A new draft of `article`, a copy of its live revision as an editor starts one, with a
    change summary and (unless `change` is False, for callers that make their own) a change to
    its first section: submitting an unchanged copy, or one without a summary, is refused."""
    revision = services.revision_create(article=article, actor=editor)
    revision.change_summary = summary or f"Revision {revision.number}: a sentence clarified."
    revision.evidence_current_through = EVIDENCE_SEARCHED
    revision.save(update_fields=["change_summary", "evidence_current_through"])
    if change:
        first = revision.sections.order_by("position").first().base_wording()
        first.body += f" Clarified in revision {revision.number}."
        first.save()
    return revision


def approve(revision, reviewers, *, required=2):
    for member in reviewers[:required]:
        if not revision.reviews.filter(reviewer=member, round=revision.review_round).exists():
            services.review_start(revision=revision, actor=member.user)
        services.review_approve(revision=revision, actor=member.user, checklist=FULL_CHECKLIST)
    revision.refresh_from_db()
    return revision


def publish(*, editor, reviewers, article=None, **draft_kwargs) -> Revision:
    revision = make_draft(editor=editor, article=article, **draft_kwargs)
    services.revision_submit(revision=revision, actor=editor)
    return approve(revision, reviewers)


@pytest.fixture
def submitted(editor):
    """A draft sent to the board, waiting for its first reviewer."""
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    return revision


@pytest.fixture
def live_revision(editor, reviewers):
    return publish(editor=editor, reviewers=reviewers)


def is_postgres():
    return connection.vendor == "postgresql"


# --- PubMed and Crossref, from recorded answers (tests/fixtures/literature) --------------

LITERATURE = Path(__file__).parent / "fixtures" / "literature"


class RecordedServices:
    """Stands in for urllib's urlopen in articles.literature: answers from the recorded files,
    404 for a DOI without one, and keeps every request it was asked for."""

    def __init__(self):
        self.requests = []
        self.offline = False

    def __call__(self, request, timeout=None):
        self.requests.append((request, timeout))
        if self.offline:
            raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")
        url = request.full_url
        if "esummary.fcgi" in url:
            pmid = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["id"][0]
            path = LITERATURE / f"pubmed_{pmid}.json"
            return io.BytesIO((path if path.exists() else LITERATURE / "pubmed_unknown.json").read_bytes())
        doi = urllib.parse.unquote(url.split("/works/", 1)[1])
        path = LITERATURE / f"crossref_{doi.replace('/', '_')}.json"
        if not path.exists():
            raise urllib.error.HTTPError(url, 404, "Not Found", {}, io.BytesIO(b"Resource not found."))
        return io.BytesIO(path.read_bytes())


@pytest.fixture
def literature_services(monkeypatch):
    services = RecordedServices()
    monkeypatch.setattr("articles.literature.urllib.request.urlopen", services)
    return services


# --- The cache backend: local memory, and Redis as deployed (issue 14) ------------------

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/2")
_redis_up = None


def redis_reachable() -> bool:
    global _redis_up
    if _redis_up is None:
        import redis

        try:
            _redis_up = bool(redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            _redis_up = False
    return _redis_up


@pytest.fixture(params=["locmem", "redis"])
def cache_backend(request, settings):
    """Run a test on each cache backend: the per-process local memory, and Redis, shared by
    every worker as the README's deploy steps run it. Redis is skipped only when it is not
    running and the run is not CI (with CI set the test fails instead)."""
    if request.param == "locmem":
        yield "locmem"
        return
    if not redis_reachable() and not os.environ.get("CI"):
        pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL} (CI would fail here)")
    # A prefix of its own per test: several test runs may share the Redis database.
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "her2site.redis_cache.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": prefix,
        },
        # As deployed: each process's own memory (articles.cache), fresh for each test.
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": prefix},
    }
    yield "redis"
    empty_redis()


def empty_redis():
    """Delete this test's keys from Redis (its KEY_PREFIX), as a restart of Redis would all."""
    from django.conf import settings
    from django.core.cache import cache

    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*"))
    if keys:
        client.delete(*keys)


# Tests of row locks, which only PostgreSQL has (select_for_update does nothing on SQLite).
# serialized_rollback restores the groups that a data migration created, after the flush.
ROW_LOCK_TESTS = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite has no row locks (select_for_update); run with DATABASE_URL=postgres://...",
    ),
]


def run_together(*calls):
    """Run each call in its own thread and database connection, released at the same instant;
    each outcome is the call's result or the exception it raised."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def worker(index, call):
        try:
            barrier.wait()
            outcomes[index] = call()
        except Exception as error:  # collected for the assertions
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes
