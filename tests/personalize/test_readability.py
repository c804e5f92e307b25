import pytest
import textstat

from personalize.readability import grade, grade_warnings, plain_words, wording_grades
from personalize import readers
from reviews import services
from tests.conftest import make_draft, write
from tests.factories import SectionFactory

pytestmark = pytest.mark.django_db

PLAIN = "This drug helps many people. It can make you tired. Tell your nurse if you feel sick."
DENSE = (
    "Trastuzumab emtansine is an antibody-drug conjugate that delivers a cytotoxic maytansinoid "
    "payload intracellularly to HER2-overexpressing tumour cells, substantially prolonging "
    "progression-free survival relative to lapatinib plus capecitabine."
)


def test_citation_markers_and_link_targets_are_not_read():
    text = plain_words("Ask your nurse [1, 2]. Read [the leaflet](https://example.org/a-very-long-path).")
    assert text == "Ask your nurse. Read the leaflet."


def test_markdown_emphasis_headings_and_code_marks_are_not_read():
    assert plain_words("## Care\n\n**Rest** and _drink_ `water`.") == "Care. Rest and drink water."


def test_markup_a_reader_never_sees_is_not_read():
    assert plain_words("Rest well.<script>var dose = calculate();</script><!-- a note -->") == "Rest well."


def test_list_items_read_as_parts_of_one_sentence():
    text = plain_words("Common side effects:\n\n- Nausea\n- Feeling tired\n- Low platelets\n\nAsk us.")
    assert text == "Common side effects: Nausea, Feeling tired, Low platelets. Ask us."


def test_list_items_of_three_words_or_more_read_as_sentences():
    text = plain_words("Tell your nurse if:\n\n- you feel very tired\n- you have a fever\n- Rash")
    assert text == "Tell your nurse if: you feel very tired. you have a fever. Rash."
    assert textstat.sentence_count(text) == 2


def test_decimal_points_and_abbreviations_do_not_end_sentences():
    text = plain_words("It worked for 9.6 months, e.g. in most people, vs. 6.4 months.")
    assert textstat.sentence_count(text) == 1


def test_grade_is_flesch_kincaid_of_the_plain_words():
    markdown_text = "**Ask** your nurse [1]. " + PLAIN
    assert grade(markdown_text) == round(textstat.flesch_kincaid_grade(plain_words(markdown_text)), 1)


def test_plain_wording_reads_below_grade_eight_and_dense_wording_above():
    assert grade(PLAIN) <= 8
    assert grade(DENSE) > 8


def test_citation_markers_do_not_change_the_grade():
    assert grade(PLAIN.replace("people.", "people [1, 2, 3].")) == grade(PLAIN)


def test_empty_wording_has_grade_zero():
    assert grade("") == 0.0


def test_only_written_lay_wordings_are_graded(db):
    section = SectionFactory(body=DENSE, patient=PLAIN, caregiver="  ")
    results = wording_grades([section])
    assert [(r.reader_type, r.grade) for r in results] == [(readers.registry()["patient"], grade(PLAIN))]
    assert results[0].target == 8 and not results[0].over_target


def test_wording_over_target_is_a_warning_naming_section_wording_and_grade(db):
    section = SectionFactory(heading="Side effects", body=PLAIN, caregiver=DENSE, caregiver_heading="Side effects")
    [warning] = grade_warnings([section])
    assert warning.reader_type.key == "caregiver" and warning.over_target
    assert str(warning) == (
        f"“Side effects” (caregiver or family member wording) reads at grade {grade(DENSE)}; "
        "the target is 8 or below."
    )


def _draft_with_dense_patient_wording(editor):
    revision = make_draft(editor=editor)
    lead = revision.sections.get(position=0)
    write(lead, DENSE + " [1]", reader="patient", heading="How the drug works")
    return revision


def test_submit_refuses_a_lay_wording_over_target_without_a_note(editor):
    revision = _draft_with_dense_patient_wording(editor)
    with pytest.raises(services.SubmissionProblems) as refused:
        services.revision_submit(revision=revision, actor=editor)
    assert "“How the drug works” (patient wording) reads at grade" in str(refused.value)
    assert "give the reason in the reading grade note" in str(refused.value)
    revision.refresh_from_db()
    assert revision.status == "draft"


def test_a_blank_note_does_not_acknowledge_the_grade(editor):
    revision = _draft_with_dense_patient_wording(editor)
    revision.readability_note = "   "
    revision.save()
    with pytest.raises(services.SubmissionProblems):
        services.revision_submit(revision=revision, actor=editor)


def test_submit_accepts_an_over_target_wording_with_a_note_and_keeps_the_note(editor):
    revision = _draft_with_dense_patient_wording(editor)
    note = "The drug's name cannot be simplified; the sentence around it is short."
    revision.readability_note = note
    revision.save()
    services.revision_submit(revision=revision, actor=editor)
    revision.refresh_from_db()
    assert revision.status == "submitted"
    assert revision.readability_note == note


def test_wordings_within_target_submit_without_a_note(editor):
    revision = make_draft(editor=editor)
    lead = revision.sections.get(position=0)
    write(lead, PLAIN + " [1]", reader="patient")
    services.revision_submit(revision=revision, actor=editor)
    revision.refresh_from_db()
    assert revision.status == "submitted"
