"""Signed reviews of the exact text: the fingerprint of everything readers see of a revision."""

import pytest

from articles.fingerprint import fingerprint, short
from articles.models import Reference, Revision, Wording
from reviews import services
from reviews.models import Review
from tests.conftest import FULL_CHECKLIST, approve, make_draft, write


def loaded(revision) -> Revision:
    return Revision.objects.with_content().get(pk=revision.pk)


@pytest.fixture
def draft(editor):
    revision = make_draft(editor=editor)
    write(revision.sections.first(), "Plain words about the drip. [1]", reader="patient", heading="What to expect")
    return revision


def test_the_same_content_gives_the_same_fingerprint(draft):
    first = fingerprint(loaded(draft))
    assert fingerprint(loaded(draft)) == first
    assert len(first) == 64 and int(first, 16) >= 0


def test_text_stored_with_windows_line_endings_has_the_fingerprint_of_the_same_text(draft):
    wording = Wording.objects.filter(section__revision=draft, reader_type="professional").first()
    wording.body = "First line.\nSecond line. [1]"
    wording.save()
    before = fingerprint(loaded(draft))
    Wording.objects.filter(pk=wording.pk).update(body="First line.\r\nSecond line. [1]")
    assert fingerprint(loaded(draft)) == before


def _change_professional_text(revision):
    Wording.objects.filter(section__revision=revision, reader_type="professional", section__position=1).update(
        body="Professional text of section 1, one word changed. [2]"
    )


def _change_lay_heading(revision):
    Wording.objects.filter(section__revision=revision, reader_type="patient").update(heading="What you may feel")


def _change_reference_citation(revision):
    Reference.objects.filter(revision=revision, number=2).update(citation="Author 2. Trial 2. J Clin Oncol. 2021.")


def _change_reference_doi(revision):
    Reference.objects.filter(revision=revision, number=3).update(doi="10.1000/changed")


def _change_question(revision):
    Revision.objects.filter(pk=revision.pk).update(question="A different question?")


def _reorder_sections(revision):
    sections = list(revision.sections.order_by("position"))
    for section, position in zip(sections, [10, 11, 9]):
        section.position = position
        section.save(update_fields=["position"])


@pytest.mark.parametrize("change", [
    _change_professional_text, _change_lay_heading, _change_reference_citation,
    _change_reference_doi, _change_question, _reorder_sections,
])
def test_any_change_readers_would_see_changes_the_fingerprint(draft, change):
    before = fingerprint(loaded(draft))
    change(draft)
    assert fingerprint(loaded(draft)) != before


def test_a_glossary_explanation_shown_to_lay_readers_is_signed_and_one_not_shown_is_not(draft):
    revision = loaded(draft)
    revision.glossary = {"drip": "a slow infusion into a vein", "pneumonitis": "inflammation of the lungs"}
    before = fingerprint(revision)
    revision.glossary = {"drip": "medicine given slowly into a vein", "pneumonitis": "inflammation of the lungs"}
    changed_shown = fingerprint(revision)
    revision.glossary = {"drip": "medicine given slowly into a vein", "pneumonitis": "lung inflammation"}
    changed_unshown = fingerprint(revision)
    assert changed_shown != before  # "drip" is in the patient wording
    assert changed_unshown == changed_shown  # "pneumonitis" appears nowhere


def test_each_approval_signs_the_fingerprint_role_interests_and_checklist(draft, editor, reviewers):
    reviewers[0].disclosures = "Consulting fees from a hospital group (2025)."
    reviewers[0].save()
    expected = fingerprint(loaded(draft))
    services.revision_submit(revision=draft, actor=editor)
    approve(draft, reviewers)
    signed = list(Review.objects.that_published().filter(revision=draft).order_by("reviewer__pk"))
    assert [r.fingerprint for r in signed] == [expected, expected]
    first = next(r for r in signed if r.reviewer_id == reviewers[0].pk)
    assert first.role == reviewers[0].role
    assert first.conflict_statement == "Consulting fees from a hospital group (2025)."
    assert [item["key"] for item in first.checklist] == FULL_CHECKLIST


def test_the_change_log_shows_each_approved_revisions_short_fingerprint(client, live_revision):
    value = live_revision.reviews.approvals().first().fingerprint
    page = client.get(f"/articles/{live_revision.article.slug}/history/").content.decode()
    assert "Fingerprint of the approved text" in page
    assert short(value) in page
