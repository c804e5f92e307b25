"""Simultaneous decisions and saves, on PostgreSQL where row locks are real."""

from articles.models import Revision
from reviews import services
from tests.conftest import FULL_CHECKLIST, ROW_LOCK_TESTS, make_draft, run_together

pytestmark = ROW_LOCK_TESTS


def test_two_reviewers_approving_at_once_publish_exactly_once(editor, reviewers):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    for member in reviewers[:2]:
        services.review_start(revision=revision, actor=member.user)

    outcomes = run_together(*[
        lambda member=member: services.review_approve(
            revision=Revision.objects.get(pk=revision.pk), actor=member.user,
            checklist=FULL_CHECKLIST,
        )
        for member in reviewers[:2]
    ])

    assert not [o for o in outcomes if isinstance(o, Exception)]
    revision.refresh_from_db()
    assert revision.status == Revision.Status.APPROVED
    actions = list(revision.events.values_list("action", flat=True))
    assert actions.count("approval_recorded") == 2
    assert actions.count("approved") == 1
    revision.article.refresh_from_db()
    assert revision.article.live_revision_id == revision.pk


def test_two_editors_saving_the_same_draft_at_once_one_wins_nothing_lost(editor, other_editor):
    draft = make_draft(editor=editor)
    version = draft.version

    def save_as(user, summary):
        def apply(rev):
            rev.change_summary = summary

        return lambda: services.revision_save(
            revision=Revision.objects.get(pk=draft.pk), actor=user,
            expected_version=version, apply=apply,
        )

    outcomes = run_together(save_as(editor, "from editor"), save_as(other_editor, "from other"))

    refused = [o for o in outcomes if isinstance(o, services.StaleRevision)]
    saved = [o for o in outcomes if isinstance(o, Revision)]
    assert len(refused) == 1 and len(saved) == 1
    draft.refresh_from_db()
    assert draft.version == version + 1
    assert draft.change_summary == saved[0].change_summary
    assert list(draft.events.values_list("action", flat=True)).count("edited") == 1
