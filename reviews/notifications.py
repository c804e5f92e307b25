"""Emails about the review workflow, sent by the services after their transaction commits."""

import logging

from django.conf import settings
from django.core.mail import send_mass_mail
from django.urls import reverse

from .models import BoardMember

logger = logging.getLogger(__name__)


def _send(messages):
    """Send after commit; a mail server that is down must not turn a recorded decision into an
    error page, so the failure is logged for the administrators instead."""
    try:
        send_mass_mail(messages, fail_silently=False)
    except Exception:
        logger.exception("Could not send %d workflow email(s)", len(messages))


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def revision_submitted(revision):
    """Tell every active board member (but the author) that a revision awaits review."""
    emails = (
        BoardMember.objects.active()
        .exclude(user=revision.author_id)
        .values_list("user__email", flat=True)
    )
    recipients = list(dict.fromkeys(email for email in emails if email))
    if not recipients:
        return
    link = _absolute(reverse("reviews:detail", args=[revision.pk]))
    subject = f"Review requested: {revision.article.question} (revision {revision.number})"
    body = (
        f"Revision {revision.number} of “{revision.article.question}” was submitted for "
        f"review by the advisory board.\n\nOpen it here: {link}\n"
    )
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [to]) for to in recipients])


def revision_decided(revision):
    """Tell the author that their revision was approved or sent back with changes requested."""
    email = revision.author.email
    if not email:
        return
    if revision.status == revision.Status.APPROVED:
        subject = f"Approved and live: {revision.article.question}"
        link = _absolute(revision.article.get_absolute_url())
        body = f"Revision {revision.number} was approved by the advisory board and is now live.\n\n{link}\n"
    else:
        subject = f"Changes requested: {revision.article.question}"
        link = _absolute(reverse("admin:articles_revision_change", args=[revision.pk]))
        last = revision.events.filter(action="changes_requested").last()
        comment = f"\nThe reviewer wrote:\n{last.note}\n" if last else ""
        body = (
            f"The advisory board asked for changes to revision {revision.number}.\n{comment}\n"
            f"Edit it here: {link}\n"
        )
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [email])])
