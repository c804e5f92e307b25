"""Every refusal of the workflow: a clear error, and nothing changed (state and audit trail)."""

import pytest
from django.db import IntegrityError, transaction

from articles.models import Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import FULL_CHECKLIST, make_draft, new_revision, publish, write
from tests.factories import BoardMemberFactory, ReferenceFactory, SectionFactory, UserFactory

pytestmark = pytest.mark.django_db
Status = Revision.Status


def snapshot(revision):
    revision = Revision.objects.get(pk=revision.pk)
    return (
        revision.status,
        revision.version,
        revision.review_round,
        ReviewEvent.objects.count(),
        list(revision.reviews.values_list("reviewer", "decision")),
    )


def assert_refused(revision, error, match, call, **kwargs):
    before = snapshot(revision)
    with pytest.raises(error, match=match):
        call(revision=revision, **kwargs)
    assert snapshot(revision) == before


@pytest.fixture
def under_review(submitted, reviewers):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    return submitted


# --- wrong state ---------------------------------------------------------------


def test_cannot_submit_a_submitted_revision(submitted, editor):
    assert_refused(submitted, services.InvalidTransition, "is submitted",
                   services.revision_submit, actor=editor)


def test_cannot_withdraw_a_draft(editor):
    draft = make_draft(editor=editor)
    assert_refused(draft, services.InvalidTransition, "withdraw",
                   services.revision_withdraw, actor=editor)


def test_cannot_withdraw_once_under_review(under_review, editor):
    assert_refused(under_review, services.InvalidTransition, "under review",
                   services.revision_withdraw, actor=editor)


def test_cannot_start_review_of_a_draft(editor, reviewers):
    draft = make_draft(editor=editor)
    assert_refused(draft, services.InvalidTransition, "is draft",
                   services.review_start, actor=reviewers[0].user)


def test_cannot_approve_a_submitted_revision_before_review_starts(submitted, reviewers):
    assert_refused(submitted, services.InvalidTransition, "approve",
                   services.review_approve, actor=reviewers[0].user, checklist=FULL_CHECKLIST)


def test_cannot_approve_without_starting_own_review(under_review, reviewers):
    assert_refused(under_review, services.InvalidTransition, "Start your review",
                   services.review_approve, actor=reviewers[1].user, checklist=FULL_CHECKLIST)


def test_cannot_approve_an_approved_revision(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    assert_refused(live, services.InvalidTransition, "approved",
                   services.review_approve, actor=reviewers[2].user, checklist=FULL_CHECKLIST)


def test_cannot_request_changes_on_a_draft(editor, reviewers):
    draft = make_draft(editor=editor)
    assert_refused(draft, services.InvalidTransition, "request changes",
                   services.review_request_changes, actor=reviewers[0].user, comment="No.")


def test_same_reviewer_cannot_approve_twice(under_review, reviewers):
    services.review_approve(revision=under_review, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    assert_refused(under_review, services.InvalidTransition, "already decided",
                   services.review_approve, actor=reviewers[0].user, checklist=FULL_CHECKLIST)


def test_reviewer_cannot_start_the_same_review_twice(under_review, reviewers):
    assert_refused(under_review, services.InvalidTransition, "already reviewing",
                   services.review_start, actor=reviewers[0].user)


def test_second_open_revision_of_an_article_is_refused(editor):
    draft = make_draft(editor=editor)
    with pytest.raises(services.InvalidTransition, match="still in progress"):
        services.revision_create(article=draft.article, actor=editor)
    assert draft.article.revisions.count() == 1


def test_database_holds_at_most_one_open_revision_per_article(editor):
    draft = make_draft(editor=editor)
    with pytest.raises(IntegrityError), transaction.atomic():
        Revision.objects.create(article=draft.article, number=2, author=editor)


def test_database_holds_one_number_per_article(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    with pytest.raises(IntegrityError), transaction.atomic():
        Revision.objects.create(article=live.article, number=live.number, author=editor)


# --- wrong actor -------------------------------------------------------------------


def test_reader_without_rights_cannot_submit(editor):
    draft = make_draft(editor=editor)
    assert_refused(draft, services.NotAllowed, "Only editors",
                   services.revision_submit, actor=UserFactory())


def test_editor_who_is_not_on_the_board_cannot_review(submitted, other_editor):
    assert_refused(submitted, services.NotAllowed, "advisory board",
                   services.review_start, actor=other_editor)


def test_inactive_board_member_cannot_review(submitted):
    member = BoardMemberFactory(active=False)
    assert_refused(submitted, services.NotAllowed, "advisory board",
                   services.review_start, actor=member.user)


def test_board_member_cannot_create_or_edit_revisions(editor, reviewers):
    draft = make_draft(editor=editor)
    assert_refused(draft, services.NotAllowed, "Only editors", services.revision_save,
                   actor=reviewers[0].user, expected_version=draft.version)


def test_author_cannot_review_or_approve_own_revision(editor):
    author_on_board = BoardMemberFactory(user=editor)
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    assert_refused(revision, services.NotAllowed, "wrote or edited",
                   services.review_start, actor=author_on_board.user)


def test_editor_of_a_revision_cannot_approve_it(editor, other_editor, reviewers):
    revision = make_draft(editor=editor)
    services.revision_save(revision=revision, actor=other_editor, expected_version=revision.version)
    board_seat = BoardMemberFactory(user=other_editor)
    services.revision_submit(revision=revision, actor=editor)
    services.review_start(revision=revision, actor=reviewers[0].user)
    assert_refused(revision, services.NotAllowed, "wrote or edited",
                   services.review_start, actor=board_seat.user)


def test_conflict_of_interest_blocks_approval(under_review, reviewers):
    services.review_declare_conflict(
        revision=under_review, actor=reviewers[0].user, details="Consulting fees from the maker."
    )
    assert_refused(under_review, services.NotAllowed, "conflict of interest",
                   services.review_approve, actor=reviewers[0].user, checklist=FULL_CHECKLIST)


def test_declaring_a_conflict_withdraws_an_earlier_approval(under_review, reviewers):
    services.review_approve(revision=under_review, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    services.review_declare_conflict(revision=under_review, actor=reviewers[0].user, details="Stock.")
    services.review_start(revision=under_review, actor=reviewers[1].user)
    services.review_approve(revision=under_review, actor=reviewers[1].user, checklist=FULL_CHECKLIST)
    under_review.refresh_from_db()
    assert under_review.status == Status.UNDER_REVIEW  # one valid approval only


def test_incomplete_checklist_blocks_approval(under_review, reviewers):
    assert_refused(under_review, services.WorkflowError, "Complete the checklist",
                   services.review_approve, actor=reviewers[0].user, checklist=FULL_CHECKLIST[:3])


def test_request_changes_needs_a_comment(under_review, reviewers):
    assert_refused(under_review, services.WorkflowError, "comment is required",
                   services.review_request_changes, actor=reviewers[0].user, comment="   ")


# --- read-only and stale saves ----------------------------------------------------------


@pytest.mark.parametrize("state", ["submitted", "under_review", "approved"])
def test_read_only_revisions_cannot_be_edited(state, editor, reviewers, request):
    if state == "approved":
        revision = publish(editor=editor, reviewers=reviewers)
    else:
        revision = request.getfixturevalue(state)
    assert_refused(revision, services.InvalidTransition, "read-only", services.revision_save,
                   actor=editor, expected_version=Revision.objects.get(pk=revision.pk).version)


def test_superseded_revision_cannot_be_edited(editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor)
    services.revision_submit(revision=second, actor=editor)
    services.review_start(revision=second, actor=reviewers[0].user)
    services.review_approve(revision=second, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    services.review_start(revision=second, actor=reviewers[1].user)
    services.review_approve(revision=second, actor=reviewers[1].user, checklist=FULL_CHECKLIST)
    assert_refused(first, services.InvalidTransition, "read-only", services.revision_save,
                   actor=editor, expected_version=Revision.objects.get(pk=first.pk).version)


def test_stale_save_is_refused_and_the_first_edit_survives(editor, other_editor):
    draft = make_draft(editor=editor)
    loaded_version = draft.version

    def first_edit(rev):
        rev.change_summary = "First editor's summary"

    services.revision_save(revision=draft, actor=editor, expected_version=loaded_version,
                           apply=first_edit)

    def second_edit(rev):
        rev.change_summary = "Second editor's summary"

    with pytest.raises(services.StaleRevision, match="changed by .* while you were editing"):
        services.revision_save(revision=draft, actor=other_editor,
                               expected_version=loaded_version, apply=second_edit)
    draft.refresh_from_db()
    assert draft.change_summary == "First editor's summary"
    assert draft.version == loaded_version + 1


# --- pre-submit checks -------------------------------------------------------------------


def test_submit_refuses_a_marker_without_reference_and_lists_the_problems(editor):
    draft = make_draft(editor=editor, sections=2, references=2)
    SectionFactory(revision=draft, position=9, heading="Dosing", body="Dose as labelled [7].")
    ReferenceFactory(revision=draft, number=3, citation="Never cited.")
    before = snapshot(draft)
    with pytest.raises(services.SubmissionProblems) as refused:
        services.revision_submit(revision=draft, actor=editor)
    assert refused.value.problems == [
        "Section “Dosing” (healthcare professional wording) cites [7], but there is no reference 7.",
        "Reference 3 is never cited.",
    ]
    assert snapshot(draft) == before


def test_submit_refuses_gaps_in_reference_numbers(editor):
    draft = make_draft(editor=editor, sections=1, references=1)
    ReferenceFactory(revision=draft, number=3, citation="Gap before me.")
    section = draft.sections.get()
    write(section, section.base_wording().body + " [3]")
    with pytest.raises(services.SubmissionProblems, match="without gaps"):
        services.revision_submit(revision=draft, actor=editor)


def test_submit_refuses_a_revision_without_sections(editor):
    draft = make_draft(editor=editor, sections=0, references=0)
    with pytest.raises(services.SubmissionProblems, match="no sections"):
        services.revision_submit(revision=draft, actor=editor)


def test_submit_checks_markers_in_lay_wordings_too(editor):
    draft = make_draft(editor=editor, sections=1, references=1)
    section = draft.sections.get()
    write(section, "You get this drug by drip [2].", reader="patient")
    with pytest.raises(services.SubmissionProblems, match=r"patient wording\) cites \[2\]"):
        services.revision_submit(revision=draft, actor=editor)
