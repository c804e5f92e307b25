"""What a workflow step locks, on PostgreSQL where row locks are real: a step holds the rows it
writes against other writers of them, and nothing more, so a reader's question, a reviewer's
comment or another step on the same article is not kept waiting behind it. (On SQLite
`select_for_update` does nothing, and the mutants of `_lock` and `_lock_article` run here.)"""

import threading

from django.db import OperationalError, connection, connections, transaction

from articles.models import FollowUpQuestion
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import ROW_LOCK_TESTS

pytestmark = ROW_LOCK_TESTS


def while_held(lock, other):
    """Run `other` in this connection while another connection holds `lock` in an open
    transaction; "done", or the error `other` met within a lock timeout of two seconds."""
    locked, finished = threading.Event(), threading.Event()

    def holder():
        try:
            with transaction.atomic():
                lock()
                locked.set()
                finished.wait(10)
        finally:
            connections.close_all()

    thread = threading.Thread(target=holder)
    thread.start()
    assert locked.wait(10), "the lock was never taken"
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            other()
        return "done"
    except OperationalError as error:
        return error
    finally:
        finished.set()
        thread.join(10)


def test_events_can_be_added_to_a_revision_while_a_step_holds_it(live_revision, editor):
    outcome = while_held(
        lambda: services._lock(live_revision),
        lambda: ReviewEvent.objects.create(
            revision=live_revision, actor=editor, action=ReviewEvent.Action.EDITED, note="meanwhile"
        ),
    )
    assert outcome == "done"


def test_a_step_on_a_revision_leaves_its_article_to_other_steps(live_revision):
    outcome = while_held(
        lambda: services._lock(live_revision),
        lambda: services._lock_article(live_revision.article_id),
    )
    assert outcome == "done"


def test_a_readers_question_is_not_held_up_by_a_step_on_its_article(live_revision):
    outcome = while_held(
        lambda: services._lock_article(live_revision.article_id),
        lambda: FollowUpQuestion.objects.create(article=live_revision.article, question="Is it safe?"),
    )
    assert outcome == "done"


def test_a_step_on_an_article_does_keep_other_steps_on_it_waiting(live_revision):
    # The lock is real: a second writer of the article waits (and here, gives up).
    outcome = while_held(
        lambda: services._lock_article(live_revision.article_id),
        lambda: services._lock_article(live_revision.article_id),
    )
    assert isinstance(outcome, OperationalError)
