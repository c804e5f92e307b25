"""Emails about the review workflow. The services call these after their transaction commits;
each message becomes a task (reviews.tasks), sent by the worker and retried while the mail
server is down, so a decision never waits for mail and no mail is lost."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from .models import BoardMember
from .tasks import send_email


def _send(messages):
    """Queue each (subject, body, from, recipients) message as a task of its own, so that a
    retry resends only the message that failed."""
    for subject, body, _from, recipients in messages:
        send_email.enqueue(subject=subject, body=body, to=list(recipients))


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def editor_emails() -> list[str]:
    """The addresses of everyone who may edit revisions."""
    editors = get_user_model().objects.with_perm(
        "articles.change_revision", backend="django.contrib.auth.backends.ModelBackend"
    )
    return [user.email for user in editors if user.is_active and user.email]


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


def question_replied(question):
    """Send the editors' reply to the reader who asked, at the address they gave."""
    if not question.email:
        return
    article = question.article
    subject = f"Your question about “{article.question}”"
    body = (
        "Thank you for your question about our article "
        f"“{article.question}”.\n\nYou asked:\n{question.question}\n\n"
        f"Our editors' answer:\n{question.reply}\n\n"
        "This answer is general information, not medical advice: please talk with your own care "
        f"team about your situation.\n\nThe article: {_absolute(article.get_absolute_url())}\n"
    )
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [question.email])])


def reminder_waiting(email, revisions):
    """Remind a board member of revisions that have waited for review for a while."""
    lines = [
        f"- “{r.question}”, revision {r.number}, waiting since {r.submitted_at:%Y-%m-%d}: "
        f"{_absolute(reverse('reviews:detail', args=[r.pk]))}"
        for r in revisions
    ]
    subject = f"Waiting for review: {len(revisions)} revision{'s' if len(revisions) != 1 else ''}"
    body = (
        "These revisions have been waiting for the advisory board's review for more than "
        f"{settings.REVIEW_REMINDER_AFTER_DAYS} days:\n\n" + "\n".join(lines) + "\n\n"
        f"Your review queue: {_absolute(reverse('reviews:queue'))}\n"
    )
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [email])])


def reminder_due(email, revisions):
    """Remind an editor of live revisions whose periodic review is due."""
    lines = [
        f"- “{r.article.question}”, revision {r.number}, approved {r.approved_at:%Y-%m-%d}: "
        f"{_absolute(reverse('admin:articles_revision_change', args=[r.pk]))}"
        for r in revisions
    ]
    subject = f"Review due: {len(revisions)} live article{'s' if len(revisions) != 1 else ''}"
    body = (
        f"These live revisions were approved more than {settings.REVIEW_INTERVAL_DAYS} days ago "
        "and are due for review. Start a new revision of each (check its facts and sources), "
        "and submit it to the board:\n\n" + "\n".join(lines) + "\n"
    )
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [email])])


def literature_flagged(notices, revisions):
    """Tell the editors that papers cited by live revisions have been retracted or corrected,
    or carry an expression of concern: those revisions need the board again."""
    recipients = editor_emails()
    if not recipients or not notices:
        return
    lines = [
        f"- {notice.get_kind_display()} of doi:{notice.doi}"
        + (f" (notice doi:{notice.notice_doi})" if notice.notice_doi else "")
        for notice in notices
    ]
    cited_in = [
        f"- “{r.article.question}”, revision {r.number}: "
        f"{_absolute(reverse('admin:articles_revision_change', args=[r.pk]))}"
        for r in revisions
    ]
    subject = f"Literature notice: {len(notices)} cited paper{'s' if len(notices) != 1 else ''} flagged"
    body = (
        "Crossref reports these notices about papers our live articles cite:\n\n"
        + "\n".join(lines)
        + "\n\nThey are cited in these live revisions, which now need review: start a new "
        "revision, check the claims that rest on the paper, and send it to the board.\n\n"
        + "\n".join(cited_in) + "\n"
    )
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients])
