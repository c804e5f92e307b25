"""Submitting never sends the board nothing: a revision needs a change summary and a change, and
its references must match the records their identifiers were checked against."""

import pytest

from articles.models import Revision
from reviews import checks, services
from tests.conftest import approve, make_draft, new_revision, publish, write

pytestmark = pytest.mark.django_db


def test_a_copy_of_the_live_revision_with_nothing_changed_is_refused(editor, live_revision):
    copy = services.revision_create(article=live_revision.article, actor=editor)
    copy.change_summary = "Nothing, really."
    copy.save()
    with pytest.raises(services.SubmissionProblems) as refused:
        services.revision_submit(revision=copy, actor=editor)
    assert refused.value.problems == [
        "Revision 2 is the same as revision 1 (approved): there is nothing for the board to "
        "review. Make your change, save it, then submit."
    ]
    copy.refresh_from_db()
    assert copy.status == Revision.Status.DRAFT


def test_line_endings_and_spaces_are_not_a_change(editor, live_revision):
    copy = new_revision(live_revision.article, editor=editor, change=False)
    section = copy.sections.order_by("position").first()
    write(section, section.base_wording().body.replace(" ", "  ") + "\r\n\r\n")
    assert any("is the same as revision 1" in p for p in checks.submission_problems(copy))


def test_a_revision_without_a_change_summary_is_refused(editor):
    draft = make_draft(editor=editor)
    draft.change_summary = "   "
    draft.save()
    with pytest.raises(services.SubmissionProblems, match="Write a change summary"):
        services.revision_submit(revision=draft, actor=editor)


def test_a_revision_without_a_question_is_refused(editor):
    draft = make_draft(editor=editor)
    draft.question = ""
    draft.save()
    with pytest.raises(services.SubmissionProblems, match="needs a question"):
        services.revision_submit(revision=draft, actor=editor)


@pytest.mark.parametrize("change", ["text", "question", "reference", "new lay wording"])
def test_any_change_a_reader_would_see_is_a_change(editor, live_revision, change):
    copy = new_revision(live_revision.article, editor=editor, change=False)
    if change == "text":
        write(copy.sections.first(), "Other words [1].")
    elif change == "question":
        copy.question += " Really?"
        copy.save()
    elif change == "reference":
        copy.references.filter(number=1).update(citation="Author 1. Trial 1, updated. 2021.")
    else:
        write(copy.sections.first(), "Plain words [1].", reader="patient")
    assert checks.submission_problems(copy) == []


def test_a_rollback_is_compared_with_the_live_revision_it_changes(editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor)
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers)
    first.refresh_from_db()
    assert first.status == Revision.Status.SUPERSEDED

    rollback = services.revision_create(article=first.article, actor=editor, based_on=first)
    rollback.change_summary = "Back to revision 1: the clarification was wrong."
    rollback.save()
    assert checks.submission_problems(rollback) == []  # the same as revision 1, not as the live 2


def test_a_citation_that_does_not_match_its_identifiers_record_is_flagged(editor):
    draft = make_draft(editor=editor, sections=1, references=1)
    draft.references.update(
        pmid="30516102", record_id="pmid:30516102",
        record_title="Trastuzumab Emtansine for Residual Invasive HER2-Positive Breast Cancer.",
        citation="Verma S, et al. Trastuzumab emtansine for HER2-positive advanced breast cancer. 2012.",
    )
    with pytest.raises(services.SubmissionProblems) as refused:
        services.revision_submit(revision=draft, actor=editor)
    assert refused.value.problems == [
        "Reference 1: the citation does not name the paper that PMID 30516102 is in PubMed "
        "(“Trastuzumab Emtansine for Residual Invasive HER2-Positive Breast Cancer.”). Check the "
        "identifier and the citation."
    ]
    draft.references.update(citation="von Minckwitz G, et al. Trastuzumab emtansine for residual "
                            "invasive HER2-positive breast cancer. N Engl J Med. 2019.")
    assert checks.submission_problems(draft) == []


def test_an_identifier_changed_after_its_lookup_is_flagged(editor):
    draft = make_draft(editor=editor, sections=1, references=1)
    draft.references.update(
        pmid="23020162", record_id="pmid:30516102",
        record_title="Trastuzumab Emtansine for Residual Invasive HER2-Positive Breast Cancer.",
    )
    assert checks.submission_problems(draft) == [
        "Reference 1: its PMID or DOI changed after its record was looked up. Look it up again "
        "(tick “Fill in from PMID/DOI”) to check the citation."
    ]
