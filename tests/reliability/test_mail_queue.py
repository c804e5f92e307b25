"""Mail never blocks or loses a decision (issue 14): notifications go through the task queue
(django-tasks with its database backend, as deployed), enqueued once the decision commits,
and retried while the SMTP server is down."""

import os
import smtplib
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.models import Revision
from reviews import services
from reviews.reminders import send_reminders
from tests.conftest import FULL_CHECKLIST, make_draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(settings, monkeypatch):
    """The production queue: tasks stored in the database, sent by `manage.py db_worker`."""
    settings.TASKS = {"default": {"BACKEND": settings.TASKS_BACKENDS["database"]}}
    # The worker closes stale connections between tasks; in a test that would close the
    # connection holding the test's transaction.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


class SmtpServer:
    """The mail server, up or down: stands in for the locmem backend's sending."""

    def __init__(self, monkeypatch):
        from django.core.mail.backends import locmem

        self.down = False
        send = locmem.EmailBackend.send_messages

        def send_messages(backend, messages):
            if self.down:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            return send(backend, messages)

        monkeypatch.setattr(locmem.EmailBackend, "send_messages", send_messages)


@pytest.fixture
def smtp(monkeypatch):
    return SmtpServer(monkeypatch)


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def later():
    """Let the retry waits pass: every queued task falls due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now() - timezone.timedelta(seconds=1))


@pytest.mark.usefixtures("queue")
def test_an_smtp_outage_delays_the_mail_of_a_decision_and_loses_none(
    editor, reviewers, smtp, mailoutbox, django_capture_on_commit_callbacks
):
    revision = make_draft(editor=editor)
    smtp.down = True
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_submit(revision=revision, actor=editor)
    revision.refresh_from_db()
    assert revision.status == Revision.Status.SUBMITTED  # the decision is recorded
    assert mailoutbox == []  # nothing is sent in the request

    run_worker()  # the server is down: each message fails and waits to be tried again
    assert mailoutbox == []
    assert DBTaskResult.objects.filter(status="FAILED").count() == len(reviewers)
    assert DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now()).count() == len(reviewers)

    smtp.down = False
    later()
    run_worker()
    assert sorted(m.to[0] for m in mailoutbox) == sorted(r.user.email for r in reviewers)
    assert all(revision.article.question in m.subject for m in mailoutbox)
    run_worker()  # nothing is left to send twice
    assert len(mailoutbox) == len(reviewers)


@pytest.mark.usefixtures("queue")
def test_the_author_learns_of_an_approval_made_while_the_mail_server_was_down(
    editor, reviewers, smtp, mailoutbox, django_capture_on_commit_callbacks
):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    smtp.down = True
    with django_capture_on_commit_callbacks(execute=True):
        for member in reviewers[:2]:
            services.review_start(revision=revision, actor=member.user)
            services.review_approve(revision=revision, actor=member.user, checklist=FULL_CHECKLIST)
    revision.refresh_from_db()
    assert revision.status == Revision.Status.APPROVED
    run_worker()
    smtp.down = False
    later()
    run_worker()
    assert [m.to for m in mailoutbox] == [[editor.email]]
    assert mailoutbox[0].subject.startswith("Approved and live")


@pytest.mark.usefixtures("queue")
def test_nothing_is_queued_when_the_decision_rolls_back(editor, reviewers, django_capture_on_commit_callbacks):
    from django.db import transaction

    revision = make_draft(editor=editor)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        with transaction.atomic():
            services.revision_submit(revision=revision, actor=editor)
            raise RuntimeError("a later step of the same transaction failed")
    assert not DBTaskResult.objects.exists()


@pytest.mark.usefixtures("queue")
def test_retries_are_bounded_and_the_last_failure_is_logged(editor, reviewers, smtp, mailoutbox, caplog, settings):
    settings.MAIL_ATTEMPTS = 3
    from reviews import notifications

    smtp.down = True
    notifications.reminder_waiting("board@example.org", [])
    for _ in range(settings.MAIL_ATTEMPTS + 1):
        run_worker()
        later()
    assert DBTaskResult.objects.filter(status="FAILED").count() == settings.MAIL_ATTEMPTS
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert "not sent: try 3 failed, the last" in caplog.text
    assert mailoutbox == []


@pytest.mark.usefixtures("queue")
def test_reminders_are_queued_and_sent_by_the_worker(editor, reviewers, mailoutbox):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    Revision.objects.filter(pk=revision.pk).update(submitted_at=timezone.now() - timezone.timedelta(days=30))
    sent = send_reminders()
    assert sent.emails == len(reviewers) and mailoutbox == []
    run_worker()
    assert sorted(m.to[0] for m in mailoutbox) == sorted(r.user.email for r in reviewers)


def settings_in(env_overrides) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_DEBUG", "TASKS_BACKEND")}
    env.update({"DJANGO_SECRET_KEY": "x" * 50, **env_overrides})
    code = "from django.conf import settings; print(settings.TASKS['default']['BACKEND'])"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=settings.BASE_DIR, env=env,
        capture_output=True, text=True, timeout=120,
    )
    return result.stdout.strip().splitlines()[-1]


def test_make_run_needs_no_worker_and_production_queues():
    assert settings_in({"DJANGO_DEBUG": "1"}).endswith("ImmediateBackend")
    assert settings_in({"DJANGO_DEBUG": "0"}) == "django_tasks_db.DatabaseBackend"
    assert settings_in({"DJANGO_DEBUG": "0", "TASKS_BACKEND": "immediate"}).endswith("ImmediateBackend")
