"""Mail as tasks (django-tasks, the backport of Django 6's tasks framework).

The workflow's notifications and the reminders enqueue one task per message; the services
enqueue theirs once the decision has committed (`transaction.on_commit`), so a mail server that
is down never turns a recorded decision into an error page. In production the queue is the
database (django-tasks-db) and `manage.py db_worker` sends; in DEBUG (`make run`) the immediate
backend sends at once, in the request (her2site/settings.py, "Tasks").

The backport has no retries of its own, so `send_email` makes them: a send that fails for the
network or the SMTP server (an OSError; smtplib's errors are OSErrors) enqueues the same message
again, to run after a wait that doubles from MAIL_RETRY_SECONDS, at most MAIL_ATTEMPTS tries in
all, and then re-raises, so this attempt's result is recorded as failed with its traceback. The
immediate backend cannot defer a task: there a failure is logged and not retried.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_email(*, subject: str, body: str, to: list[str], attempt: int = 1) -> None:
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to, fail_silently=False)
    except OSError:
        if attempt < settings.MAIL_ATTEMPTS and send_email.get_backend().supports_defer:
            wait = timedelta(seconds=settings.MAIL_RETRY_SECONDS * 2 ** (attempt - 1))
            send_email.using(run_after=timezone.now() + wait).enqueue(
                subject=subject, body=body, to=to, attempt=attempt + 1
            )
            logger.warning("Mail to %s: try %d failed, the next in %s", to, attempt, wait)
        else:
            logger.exception("Mail to %s not sent: try %d failed, the last", to, attempt)
        raise
