import pytest
from django.urls import reverse

from personalize.models import GlossaryTerm

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:personalize_glossaryterm_add")


def test_editor_adds_a_term_with_its_spacing_tidied(editor_client):
    response = editor_client.post(
        ADD_URL, {"term": "  breast   cancer ", "explanation": " cancer that starts  in the breast "}
    )
    assert response.status_code == 302
    term = GlossaryTerm.objects.get()
    assert (term.term, term.explanation) == ("breast cancer", "cancer that starts in the breast")


def test_the_same_term_in_another_letter_case_is_refused_clearly(editor_client):
    GlossaryTerm.objects.create(term="LVEF", explanation="how well the heart pumps")
    response = editor_client.post(ADD_URL, {"term": "lvef", "explanation": "again"})
    assert response.status_code == 200
    assert "This term is already in the glossary." in response.content.decode()
    assert GlossaryTerm.objects.count() == 1


@pytest.mark.parametrize("term", ["   ", "---", "()"])
def test_a_term_without_letters_or_digits_is_refused(editor_client, term):
    response = editor_client.post(ADD_URL, {"term": term, "explanation": "something"})
    assert response.status_code == 200
    assert not GlossaryTerm.objects.exists()


def test_the_form_says_when_a_change_reaches_readers(editor_client):
    html = editor_client.get(ADD_URL).content.decode()
    assert "A change shows on articles from their next submission or approval" in html


def test_readers_cannot_open_the_glossary_admin(client):
    response = client.get(reverse("admin:personalize_glossaryterm_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editor_adds_lay_words_tidied_and_without_repeats(editor_client):
    response = editor_client.post(ADD_URL, {
        "term": "thrombocytopenia", "explanation": "a low number of platelets",
        "lay_terms": " low   platelets,bruising, , Bruising ,easy bruising",
    })
    assert response.status_code == 302
    assert GlossaryTerm.objects.get().lay_terms == "low platelets, bruising, easy bruising"


@pytest.mark.parametrize(
    "lay_terms, problem",
    [("bruising, ---", "“---” has no letter or digit."),
     ("Thrombocytopenia, bruising", "The term itself need not be listed among its lay words.")],
)
def test_lay_words_that_cannot_be_searched_are_refused_clearly(editor_client, lay_terms, problem):
    response = editor_client.post(ADD_URL, {
        "term": "thrombocytopenia", "explanation": "a low number of platelets", "lay_terms": lay_terms,
    })
    assert response.status_code == 200
    assert problem in response.content.decode()
    assert not GlossaryTerm.objects.exists()
