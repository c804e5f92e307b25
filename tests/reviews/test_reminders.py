"""`manage.py send_reminders`: board members about revisions waiting too long, editors about
live revisions due for review; each item once per interval, however often cron runs it."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Revision
from reviews import services
from reviews.models import ReminderSent
from reviews.reminders import send_reminders
from tests.conftest import make_draft, new_revision
from tests.factories import BoardMemberFactory, UserFactory

pytestmark = pytest.mark.django_db
DAY = timezone.timedelta(days=1)


@pytest.fixture
def waiting(editor, settings):
    """A revision submitted longer ago than the board is reminded after."""
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    Revision.objects.filter(pk=revision.pk).update(
        submitted_at=timezone.now() - (settings.REVIEW_REMINDER_AFTER_DAYS + 1) * DAY
    )
    return revision


def run() -> str:
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    return out.getvalue()


def test_board_members_are_reminded_once_not_twice_in_the_same_interval(waiting, reviewers, mailoutbox):
    assert "Reminded about 1 revision(s) waiting for review" in run()
    assert sorted(m.to[0] for m in mailoutbox) == sorted(r.user.email for r in reviewers)
    assert waiting.question in mailoutbox[0].body and f"/review/{waiting.pk}/" in mailoutbox[0].body
    assert run().strip() == "No reminders due."  # cron again, the same interval
    assert len(mailoutbox) == len(reviewers)
    assert ReminderSent.objects.get().kind == ReminderSent.Kind.WAITING_FOR_REVIEW


def test_the_next_interval_reminds_again(waiting, reviewers, mailoutbox, settings):
    now = timezone.now()
    send_reminders(now)
    send_reminders(now + DAY * settings.REMINDER_INTERVAL_DAYS)
    assert len(mailoutbox) == 2 * len(reviewers)


def test_a_revision_waiting_less_long_is_not_reminded(editor, reviewers, mailoutbox):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    assert str(send_reminders()) == "No reminders due." and mailoutbox == []


def test_members_who_decided_or_wrote_it_are_not_reminded(waiting, editor, reviewers, mailoutbox):
    services.review_start(revision=waiting, actor=reviewers[0].user)
    services.review_declare_conflict(revision=waiting, actor=reviewers[0].user, details="I consult for the maker.")
    author_on_board = BoardMemberFactory(user=editor)
    send_reminders()
    reminded = {m.to[0] for m in mailoutbox}
    assert reminded == {reviewers[1].user.email, reviewers[2].user.email}
    assert author_on_board.user.email not in reminded


def test_editors_are_reminded_of_live_revisions_due_for_review(editor, reviewers, live_revision, mailoutbox, settings):
    UserFactory(email="reader@example.org")  # not an editor
    Revision.objects.filter(pk=live_revision.pk).update(
        approved_at=timezone.now() - (settings.REVIEW_INTERVAL_DAYS + 1) * DAY
    )
    sent = send_reminders()
    assert sent.due == [live_revision]
    assert [m.to for m in mailoutbox] == [[editor.email]]
    assert "Review due" in mailoutbox[0].subject and live_revision.article.question in mailoutbox[0].body
    assert send_reminders().due == []  # once per interval
    # Nobody is reminded of an article whose next revision is under way.
    ReminderSent.objects.all().delete()
    new_revision(live_revision.article, editor=editor)
    assert send_reminders().due == []
