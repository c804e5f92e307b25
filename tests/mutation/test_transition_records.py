"""Each workflow transition (reviews.services) as people and the audit trail see it: the event it
writes (who, from which state to which, the note), the object the caller holds afterwards, the
fields it records, and the exact message of a refusal."""

import pytest
from django.core import mail
from django.utils import timezone

from articles.fingerprint import fingerprint
from articles.models import Revision
from reviews import services
from reviews.models import ChecklistItem, Review, ReviewEvent
from tests.conftest import FULL_CHECKLIST, approve, make_draft, new_revision, publish
from tests.factories import ArticleFactory, BoardMemberFactory, UserFactory

pytestmark = pytest.mark.django_db
Status = Revision.Status
Action = ReviewEvent.Action


def last_event(revision):
    event = ReviewEvent.objects.filter(revision=revision).order_by("pk").last()
    return (event.action, event.actor, event.from_status, event.to_status, event.note)


def test_submit_records_the_round_the_time_and_what_the_caller_holds(
    editor, reviewers, django_capture_on_commit_callbacks
):
    draft = make_draft(editor=editor)
    edited_at = Revision.objects.get(pk=draft.pk).updated_at
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        returned = services.revision_submit(revision=draft, actor=editor)

    stored = Revision.objects.get(pk=draft.pk)
    for held in (draft, returned):
        assert (held.status, held.review_round, held.version) == (Status.SUBMITTED, 1, stored.version)
        assert held.submitted_at == stored.submitted_at and held.submitted_at >= before
        assert held.glossary == stored.glossary
    assert stored.updated_at > edited_at
    assert last_event(draft) == (Action.SUBMITTED, editor, Status.DRAFT, Status.SUBMITTED, "")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.user.email for r in reviewers)


def test_a_second_submission_starts_a_second_round(editor, reviewers):
    draft = make_draft(editor=editor)
    services.revision_submit(revision=draft, actor=editor)
    services.review_start(revision=draft, actor=reviewers[0].user)
    services.review_request_changes(revision=draft, actor=reviewers[0].user, comment="Cite it.")
    services.revision_submit(revision=draft, actor=editor)
    assert draft.review_round == Revision.objects.get(pk=draft.pk).review_round == 2
    assert last_event(draft) == (Action.SUBMITTED, editor, Status.CHANGES_REQUESTED, Status.SUBMITTED, "")


def test_submitting_an_articles_first_revision_publishes_its_question_but_not_a_later_ones(editor, reviewers):
    article = ArticleFactory(question="Old question?", topic="Old topic", drugs="A")
    draft = make_draft(editor=editor, article=article)
    Revision.objects.filter(pk=draft.pk).update(question="New question?", topic="New topic", drugs="A, B")
    draft.refresh_from_db()
    services.revision_submit(revision=draft, actor=editor)
    article.refresh_from_db()
    assert (article.question, article.topic, article.drugs) == ("New question?", "New topic", "A, B")
    assert (draft.article.question, draft.article.drugs) == ("New question?", "A, B")

    approve(draft, reviewers)
    later = new_revision(article, editor=editor)
    Revision.objects.filter(pk=later.pk).update(question="Later question?")
    later.refresh_from_db()
    services.revision_submit(revision=later, actor=editor)
    article.refresh_from_db()
    assert article.question == "New question?"  # readers keep the live one until approval
    approve(later, reviewers[1:])
    article.refresh_from_db()
    assert article.question == "Later question?"


def test_submit_refusal_lists_every_problem(editor):
    draft = make_draft(editor=editor, sections=0, references=0)
    Revision.objects.filter(pk=draft.pk).update(change_summary="", evidence_current_through=None)
    draft.refresh_from_db()
    with pytest.raises(services.SubmissionProblems) as refused:
        services.revision_submit(revision=draft, actor=editor)
    assert len(refused.value.problems) >= 2
    assert str(refused.value) == "The revision cannot be submitted: " + " ".join(refused.value.problems)


def test_withdraw_records_the_editors_note_or_none(editor):
    for note in ("Needs another source.", None):
        draft = make_draft(editor=editor)
        services.revision_submit(revision=draft, actor=editor)
        kwargs = {"note": note} if note else {}
        returned = services.revision_withdraw(revision=draft, actor=editor, **kwargs)
        assert draft.status == returned.status == Status.DRAFT
        assert last_event(draft) == (Action.WITHDRAWN, editor, Status.SUBMITTED, Status.DRAFT, note or "")


def test_the_first_reviewer_moves_the_revision_under_review_and_the_next_ones_join(submitted, reviewers):
    first = services.review_start(revision=submitted, actor=reviewers[0].user)
    assert submitted.status == Status.UNDER_REVIEW
    assert (first.revision, first.reviewer, first.round, first.decision) == (
        submitted, reviewers[0], 1, Review.Decision.PENDING
    )
    assert last_event(submitted) == (
        Action.REVIEW_STARTED, reviewers[0].user, Status.SUBMITTED, Status.UNDER_REVIEW, ""
    )
    second = services.review_start(revision=submitted, actor=reviewers[1].user)
    assert (second.reviewer, second.round) == (reviewers[1], 1)
    assert last_event(submitted) == (
        Action.REVIEW_STARTED, reviewers[1].user, Status.UNDER_REVIEW, Status.UNDER_REVIEW, ""
    )
    assert Review.objects.get(pk=first.pk).reviewer == reviewers[0]


def test_an_approval_is_signed_with_the_checklist_role_interests_and_fingerprint(submitted, reviewers):
    member = reviewers[0]
    member.credentials, member.specialty, member.disclosures = "MD", "Cardio-oncology", "  Speaker fees.  "
    member.save()
    services.review_start(revision=submitted, actor=member.user)
    before = timezone.now()
    review = services.review_approve(
        revision=submitted, actor=member.user, checklist=FULL_CHECKLIST, comment=" Sound. "
    )
    review.refresh_from_db()
    items = ChecklistItem.objects.active()
    assert review.checklist == [{"key": item.key, "label": item.label} for item in items]
    assert review.role == "Cardio-oncology (MD)"
    assert review.conflict_statement == "Speaker fees."
    assert review.fingerprint == fingerprint(Revision.objects.with_content().get(pk=submitted.pk))
    assert len(review.fingerprint) == 64
    assert (review.decision, review.comment) == (Review.Decision.APPROVED, "Sound.")
    assert review.decided_at >= before
    assert last_event(submitted) == (
        Action.APPROVAL_RECORDED, member.user, Status.UNDER_REVIEW, Status.UNDER_REVIEW, "Sound."
    )
    assert submitted.status == Status.UNDER_REVIEW


def test_a_member_without_declared_interests_signs_none_declared(submitted, reviewers):
    reviewers[0].disclosures = "   "
    reviewers[0].save()
    services.review_start(revision=submitted, actor=reviewers[0].user)
    review = services.review_approve(revision=submitted, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    assert Review.objects.get(pk=review.pk).conflict_statement == "None declared."


def test_an_incomplete_checklist_names_every_item_missing(submitted, reviewers):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    missing = [item.label for item in ChecklistItem.objects.active()][-2:]
    with pytest.raises(services.WorkflowError) as refused:
        services.review_approve(revision=submitted, actor=reviewers[0].user, checklist=FULL_CHECKLIST[:-2])
    assert str(refused.value) == "Complete the checklist before approving: " + "; ".join(missing) + "."
    assert Review.objects.get().decision == Review.Decision.PENDING


def test_the_last_approval_publishes_and_supersedes_with_events_naming_it(
    editor, reviewers, django_capture_on_commit_callbacks
):
    live = publish(editor=editor, reviewers=reviewers)
    newer = new_revision(live.article, editor=editor)
    services.revision_submit(revision=newer, actor=editor)
    for member in reviewers[1:]:
        services.review_start(revision=newer, actor=member.user)
    services.review_approve(revision=newer, actor=reviewers[1].user, checklist=FULL_CHECKLIST)
    mail.outbox.clear()
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        services.review_approve(revision=newer, actor=reviewers[2].user, checklist=FULL_CHECKLIST)

    stored = Revision.objects.get(pk=newer.pk)
    assert newer.status == stored.status == Status.APPROVED
    assert newer.approved_at == stored.approved_at and newer.approved_at >= before
    assert stored.article.live_revision == stored
    assert last_event(newer) == (
        Action.APPROVED, reviewers[2].user, Status.UNDER_REVIEW, Status.APPROVED, "2 board approvals."
    )
    assert last_event(live) == (
        Action.SUPERSEDED, reviewers[2].user, Status.APPROVED, Status.SUPERSEDED, "Replaced by revision 2."
    )
    assert Revision.objects.get(pk=live.pk).status == Status.SUPERSEDED
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert mail.outbox[0].subject == f"Approved and live: {live.article.question}"


def test_approvals_of_an_earlier_round_do_not_count_toward_the_quorum(editor, reviewers):
    draft = make_draft(editor=editor)
    services.revision_submit(revision=draft, actor=editor)
    services.review_start(revision=draft, actor=reviewers[0].user)
    services.review_approve(revision=draft, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    services.review_start(revision=draft, actor=reviewers[1].user)
    services.review_request_changes(revision=draft, actor=reviewers[1].user, comment="Fix it.")
    services.revision_submit(revision=draft, actor=editor)
    services.review_start(revision=draft, actor=reviewers[2].user)
    services.review_approve(revision=draft, actor=reviewers[2].user, checklist=FULL_CHECKLIST)
    assert Revision.objects.get(pk=draft.pk).status == Status.UNDER_REVIEW


def test_request_changes_records_the_comment_and_tells_the_editors(
    submitted, editor, reviewers, django_capture_on_commit_callbacks
):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    mail.outbox.clear()
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        review = services.review_request_changes(
            revision=submitted, actor=reviewers[0].user, comment="  Cite the label.  "
        )
    review.refresh_from_db()
    assert (review.decision, review.comment) == (Review.Decision.CHANGES_REQUESTED, "Cite the label.")
    assert review.decided_at >= before
    assert submitted.status == Status.CHANGES_REQUESTED
    assert last_event(submitted) == (
        Action.CHANGES_REQUESTED, reviewers[0].user, Status.UNDER_REVIEW, Status.CHANGES_REQUESTED,
        "Cite the label.",
    )
    assert [m.to for m in mail.outbox] == [[editor.email]]


@pytest.mark.parametrize("comment", ["", "  ", None])
def test_request_changes_without_a_comment_is_refused(submitted, reviewers, comment):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    with pytest.raises(services.WorkflowError) as refused:
        services.review_request_changes(revision=submitted, actor=reviewers[0].user, comment=comment)
    assert str(refused.value) == "Say what needs to change: a comment is required."
    assert Revision.objects.get(pk=submitted.pk).status == Status.UNDER_REVIEW


def test_only_editors_start_revisions(editor, reviewers):
    article = ArticleFactory()
    for outsider in (UserFactory(), reviewers[0].user):
        with pytest.raises(services.NotAllowed) as refused:
            services.revision_create(article=article, actor=outsider)
        assert str(refused.value) == "Only editors can do this."
    assert not article.revisions.exists()


def test_a_second_draft_of_a_never_approved_article_is_refused_by_name(editor):
    draft = make_draft(editor=editor)
    with pytest.raises(services.InvalidTransition) as refused:
        services.revision_create(article=draft.article, actor=editor)
    assert str(refused.value) == (
        "Revision 1 of this article is still in progress (draft); finish or withdraw it first."
    )


def test_revisions_are_numbered_on_from_the_highest(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    second = new_revision(live.article, editor=editor)
    assert second.number == 2
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers[1:])
    assert services.revision_create(article=live.article, actor=editor).number == 3


def test_rolling_back_to_an_earlier_approved_revision_copies_it(editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor)
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers[1:])
    rollback = services.revision_create(article=first.article, actor=editor, based_on=first)
    assert rollback.based_on == first and rollback.number == 3
    bodies = lambda r: sorted(w.body for s in r.sections.all() for w in s.wordings.all())  # noqa: E731
    assert bodies(rollback) == bodies(first) != bodies(second)
    assert rollback.events.get().note == "Based on revision 1."


def test_an_edit_is_recorded_with_its_note_and_a_new_version(editor):
    draft = make_draft(editor=editor)
    seen = []
    returned = services.revision_save(
        revision=draft, actor=editor, expected_version=draft.version,
        apply=lambda locked: seen.append(locked.pk), note="Dose corrected.",
    )
    assert seen == [draft.pk]
    assert draft.version == returned.version == Revision.objects.get(pk=draft.pk).version == 2
    assert last_event(draft) == (Action.EDITED, editor, Status.DRAFT, Status.DRAFT, "Dose corrected.")
    services.revision_save(revision=draft, actor=editor, expected_version=2)
    assert draft.version == 3 and last_event(draft)[-1] == ""


def test_a_stale_edit_says_who_changed_the_revision_and_when(editor, other_editor):
    draft = make_draft(editor=editor)
    services.revision_save(revision=draft, actor=other_editor, expected_version=1)
    edited = ReviewEvent.objects.filter(revision=draft, action=Action.EDITED).last()
    with pytest.raises(services.StaleRevision) as refused:
        services.revision_save(revision=draft, actor=editor, expected_version=1)
    assert str(refused.value) == (
        f"Revision 1 was changed by {other_editor.get_username()} at {edited.created_at:%H:%M:%S} "
        "while you were editing (version 2, you had 1). Nothing was saved; reload it and make "
        "your change again."
    )


def test_a_stale_edit_without_a_recorded_editor_still_explains(editor):
    draft = make_draft(editor=editor)
    Revision.objects.filter(pk=draft.pk).update(version=5)
    with pytest.raises(services.StaleRevision) as refused:
        services.revision_save(revision=draft, actor=editor, expected_version=1)
    assert str(refused.value).startswith("Revision 1 was changed while you were editing (version 5, you had 1).")


def test_a_board_member_not_reviewing_cannot_decide(submitted, reviewers):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    outsider = BoardMemberFactory()
    with pytest.raises(services.InvalidTransition, match="Start your review"):
        services.review_approve(revision=submitted, actor=outsider.user, checklist=FULL_CHECKLIST)
