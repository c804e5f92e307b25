"""Every transition of reviews/services.py, and what each one changes."""

import pytest
from django.core import mail

from articles.models import Revision
from reviews import services
from reviews.models import Review, ReviewEvent
from tests.conftest import FULL_CHECKLIST, approve, make_draft, new_revision, publish, write

pytestmark = pytest.mark.django_db
Status = Revision.Status


def actions(revision):
    return list(revision.events.values_list("action", flat=True))


def test_new_revision_starts_as_numbered_draft_with_an_audit_event(editor):
    revision = make_draft(editor=editor)
    assert revision.status == Status.DRAFT
    assert revision.number == 1
    assert actions(revision) == ["created"]


def test_submit_moves_draft_to_submitted_and_starts_a_review_round(editor):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    revision.refresh_from_db()
    assert revision.status == Status.SUBMITTED
    assert revision.review_round == 1
    assert revision.submitted_at is not None
    # What the board reviews, rendered for every reader type, with the glossary of today.
    assert set(revision.stored_pages.values_list("reader_type", flat=True)) == {"patient", "caregiver", "professional"}
    event = revision.events.last()
    assert (event.action, event.from_status, event.to_status, event.actor) == (
        "submitted", "draft", "submitted", editor,
    )


def test_withdraw_returns_a_submitted_revision_to_draft(editor):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    services.revision_withdraw(revision=revision, actor=editor, note="Found a typo")
    revision.refresh_from_db()
    assert revision.status == Status.DRAFT
    assert revision.events.last().note == "Found a typo"


def test_first_reviewer_moves_revision_under_review(editor, reviewers):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    review = services.review_start(revision=revision, actor=reviewers[0].user)
    revision.refresh_from_db()
    assert revision.status == Status.UNDER_REVIEW
    assert review.decision == Review.Decision.PENDING
    services.review_start(revision=revision, actor=reviewers[1].user)
    assert revision.reviews.count() == 2
    assert actions(revision).count("review_started") == 2


def test_one_approval_is_not_enough_with_the_default_quorum_of_two(editor, reviewers):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, reviewers, required=1)
    assert revision.status == Status.UNDER_REVIEW
    assert revision.article.live_revision is None


def test_two_distinct_approvals_publish_the_revision(editor, reviewers):
    revision = publish(editor=editor, reviewers=reviewers)
    assert revision.status == Status.APPROVED
    assert revision.approved_at is not None
    revision.article.refresh_from_db()
    assert revision.article.live_revision == revision
    assert actions(revision)[-1] == "approved"


def test_quorum_follows_the_setting(settings, editor, reviewers):
    settings.REVIEW_REQUIRED_APPROVALS = 3
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, reviewers, required=2)
    assert revision.status == Status.UNDER_REVIEW
    approve(revision, reviewers[2:], required=1)
    assert revision.status == Status.APPROVED


def test_approving_a_new_revision_supersedes_the_live_one(editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor)
    assert second.based_on == first
    assert second.sections.count() == first.sections.count()
    assert second.references.count() == first.references.count()
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers)
    first.refresh_from_db()
    second.article.refresh_from_db()
    assert first.status == Status.SUPERSEDED
    assert second.article.live_revision == second
    assert "superseded" in actions(first)


def test_live_revision_stays_live_while_the_next_is_reviewed(editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor)
    services.revision_submit(revision=second, actor=editor)
    services.review_start(revision=second, actor=reviewers[0].user)
    first.article.refresh_from_db()
    assert first.article.live_revision == first
    assert first.status == Status.APPROVED


def test_request_changes_sends_revision_back_and_voids_the_round(editor, reviewers):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, reviewers[:1], required=1)
    services.review_start(revision=revision, actor=reviewers[1].user)
    services.review_request_changes(
        revision=revision, actor=reviewers[1].user, comment="Check the EMILIA figures."
    )
    revision.refresh_from_db()
    assert revision.status == Status.CHANGES_REQUESTED
    assert revision.events.last().note == "Check the EMILIA figures."
    # Resubmitted, the earlier approval no longer counts: one fresh approval is not a quorum.
    services.revision_submit(revision=revision, actor=editor)
    services.review_start(revision=revision, actor=reviewers[2].user)
    services.review_approve(revision=revision, actor=reviewers[2].user, checklist=FULL_CHECKLIST)
    revision.refresh_from_db()
    assert revision.status == Status.UNDER_REVIEW
    assert revision.review_round == 2
    # The first reviewer reviews the new round afresh; with that second approval it goes live.
    services.review_start(revision=revision, actor=reviewers[0].user)
    services.review_approve(revision=revision, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    revision.refresh_from_db()
    assert revision.status == Status.APPROVED


def test_editing_a_draft_bumps_the_version_and_is_audited(editor):
    revision = make_draft(editor=editor)

    def retitle(rev):
        rev.change_summary = "First version."

    services.revision_save(revision=revision, actor=editor, expected_version=1, apply=retitle)
    revision.refresh_from_db()
    assert revision.version == 2
    assert revision.change_summary == "First version."
    assert actions(revision) == ["created", "edited"]


def test_notifications_go_to_the_board_on_submit_and_to_the_author_on_approval(
    editor, reviewers, django_capture_on_commit_callbacks
):
    revision = make_draft(editor=editor)
    with django_capture_on_commit_callbacks(execute=True):
        services.revision_submit(revision=revision, actor=editor)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.user.email for r in reviewers)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(revision, reviewers)
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "Approved" in mail.outbox[0].subject


def test_every_event_names_actor_and_states(editor, reviewers):
    revision = publish(editor=editor, reviewers=reviewers)
    for event in ReviewEvent.objects.filter(revision=revision):
        assert event.actor_id and event.created_at
    assert [(e.from_status, e.to_status) for e in revision.events.filter(action="approved")] == [
        ("under_review", "approved")
    ]


def test_readers_get_the_wording_the_board_reviewed_even_if_the_glossary_changed(
    client, editor, reviewers
):
    from personalize.models import GlossaryTerm

    revision = make_draft(editor=editor)
    section = revision.sections.first()
    write(section, "This drug can cause thrombocytopenia [1].", reader="patient")
    services.revision_submit(revision=revision, actor=editor)
    GlossaryTerm.objects.create(term="thrombocytopenia", explanation="UNREVIEWED EXPLANATION")
    approve(revision, reviewers)
    html = client.get(revision.article.get_absolute_url(), {"for": "patient"}).content.decode()
    assert "This drug can cause thrombocytopenia" in html
    assert "UNREVIEWED EXPLANATION" not in html
