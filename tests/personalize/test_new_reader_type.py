"""Adding a reader type is a registry entry in settings, and no migration: a fourth type is
seen end to end, in the chooser, its wording and fallback, its disclaimer, the admin, the
review page's diff and search."""

from dataclasses import asdict

import pytest
from django.urls import reverse

from personalize import readers
from personalize.models import GlossaryTerm
from reviews import services
from tests.conftest import approve, make_draft, write
from tests.workbench.admin_post import change_form_data, current_rows

pytestmark = pytest.mark.django_db

STUDENT = {
    "key": "student",
    "label": "Nursing student",
    "description": "Clinical words, explained as you learn them.",
    "disclaimer_heading": "For your studies",
    "disclaimer": "Written for learning; in practice, follow the protocols of your placement.",
    "grade_target": 10.0,
    "schema_audience": "MedicalResearcher",
}


@pytest.fixture
def four_reader_types(settings):
    settings.READER_TYPES = [*(asdict(reader_type) for reader_type in readers.BUILT_IN), STUDENT]
    assert [reader_type.key for reader_type in readers.all()][-1] == "student"


@pytest.fixture
def student_revision(four_reader_types, editor, reviewers):
    GlossaryTerm.objects.create(term="thrombocytopenia", explanation="a low number of platelets")
    revision = make_draft(editor=editor)
    lead, second, _ = revision.sections.order_by("position")
    write(lead, "Zygote notes help you learn how the drug works [1].", reader="student",
          heading="What to learn first")
    write(second, "Thrombocytopenia occurred in a few patients of the trial [2].")
    services.revision_submit(revision=revision, actor=editor)
    return revision


def test_the_fourth_type_is_in_the_chooser_and_has_its_wording_fallback_and_disclaimer(
    client, student_revision, reviewers
):
    approve(student_revision, reviewers)
    html = client.get(student_revision.article.get_absolute_url(), {"for": "student"}).content.decode()
    assert 'name="reader_type" value="student"' in html and STUDENT["description"] in html
    assert "What to learn first" in html and "Zygote notes help you learn" in html
    # A section without a student wording falls back to the base, with glossary explanations
    # (the type has a grade target, so it is a lay type).
    assert "Professional text of section 2." in html
    assert '<dfn class="glossary">Thrombocytopenia</dfn>' in html
    assert STUDENT["disclaimer_heading"] in html and STUDENT["disclaimer"] in html
    assert '"audienceType": "MedicalResearcher"' in html
    # The chooser's cookie endpoint knows the new type too.
    response = client.post(reverse("personalize:choose"), {"reader_type": "student", "next": "/"})
    assert response.cookies["reader_type"].value == "student"


def test_the_admin_edits_the_fourth_wording_like_the_others(four_reader_types, client, editor):
    editor_client = client
    editor_client.force_login(editor)
    draft = make_draft(editor=editor)
    html = editor_client.get(reverse("admin:articles_revision_change", args=[draft.pk])).content.decode()
    assert 'name="sections-0-student_heading"' in html and "Nursing student: text" in html
    sections, references = current_rows(draft)
    sections[0].update(student_heading="For students", student_body="Student words [1].")
    response = editor_client.post(
        reverse("admin:articles_revision_change", args=[draft.pk]),
        change_form_data(draft, sections=sections, references=references),
    )
    assert response.status_code == 302
    wording = draft.sections.get(position=0).wordings.get(reader_type="student")
    assert (wording.heading, wording.body) == ("For students", "Student words [1].")


def test_the_review_page_diffs_the_fourth_wording(student_revision, reviewers, client):
    client.force_login(reviewers[0].user)
    html = client.get(reverse("reviews:detail", args=[student_revision.pk])).content.decode()
    assert "Nursing student wording" in html
    assert "Zygote notes help you learn" in html


def test_search_finds_words_of_the_fourth_wording(client, student_revision, reviewers):
    approve(student_revision, reviewers)
    found = client.get("/", {"q": "zygote"}).context["search"]
    assert found.total == 1 and found.results[0].reader_type == "student"


def test_a_type_added_after_approval_is_rendered_from_the_reviewed_content(
    client, editor, reviewers, settings
):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, reviewers)
    settings.READER_TYPES = [*(asdict(reader_type) for reader_type in readers.BUILT_IN), STUDENT]
    html = client.get(revision.article.get_absolute_url(), {"for": "student"}).content.decode()
    assert "Professional text of section 0." in html and STUDENT["disclaimer"] in html
