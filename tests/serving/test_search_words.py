"""Search in the reader's words: every wording, and glossary terms as synonyms both ways."""

import re

import pytest
from django.core.management import call_command

from personalize.models import GlossaryTerm
from reviews import services
from tests.conftest import approve, make_draft, write

pytestmark = pytest.mark.django_db

KADCYLA = "/articles/kadcyla-vs-herzuma/"


def search(client, query, **params):
    response = client.get("/", {"q": query, **params})
    assert response.status_code == 200
    return response.context["search"]


def questions(found) -> list[str]:
    return [result.question for result in found.results]


def published(*, editor, reviewers, professional, patient="", question=None):
    revision = make_draft(editor=editor, sections=1, references=1)
    if question:
        revision.article.question = question
        revision.article.save()
    lead = revision.sections.get()
    write(lead, professional)
    if patient:
        write(lead, patient, reader="patient")
    services.revision_submit(revision=revision, actor=editor)
    return approve(revision, reviewers).article


@pytest.fixture
def demo(db):
    call_command("load_demo", fixed_passwords=True, verbosity=0)


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("query", ["side effects", "bruise", "drip"])
def test_a_new_visitor_finds_the_kadcyla_article_in_lay_words(client, query):
    found = search(client, query)
    result = next(result for result in found.results if result.url == KADCYLA)
    assert "<mark>" in result.snippet


@pytest.mark.usefixtures("demo")
def test_demo_snippets_show_no_citation_numbers(client):
    # The key point reads "Herzuma is given with chemotherapy [3], and with pertuzumab...";
    # the marker is a link to reference 3, which a snippet would show as "chemotherapy 3 , and".
    found = search(client, "chemotherapy", **{"for": "professional"})
    kadcyla = next(result for result in found.results if result.url == KADCYLA)
    assert "given with <mark>chemotherapy</mark>, and with pertuzumab" in kadcyla.snippet
    for query in ("EMILIA", "platelets", "infusion", "KATHERINE", "heart"):
        for result in search(client, query, **{"for": "professional"}).results:
            assert not re.search(r"\d [,.;]", re.sub(r"</?mark>", "", str(result.snippet))), result.snippet


def test_a_lay_word_finds_the_clinical_term(client, editor, reviewers):
    GlossaryTerm.objects.create(
        term="thrombocytopenia", explanation="a low number of platelets",
        lay_terms="low platelets, bruising",
    )
    article = published(
        editor=editor, reviewers=reviewers,
        professional="Grade 3 thrombocytopenia occurred in 13% of patients [1].",
    )
    found = search(client, "bruising")
    assert questions(found) == [article.question]
    assert "<mark>thrombocytopenia</mark>" in found.results[0].snippet


def test_a_clinical_term_finds_the_lay_wording(client, editor, reviewers):
    GlossaryTerm.objects.create(
        term="thrombocytopenia", explanation="a low number of platelets", lay_terms="low platelets, bruising",
    )
    article = published(
        editor=editor, reviewers=reviewers,
        professional="Platelet counts fell in some patients [1].",
        patient="Some people had low platelets, so they bruised easily [1].",
    )
    client.cookies["reader_type"] = "caregiver"  # a reader whose wording does not say it
    found = search(client, "thrombocytopenia")
    assert questions(found) == [article.question]
    assert found.results[0].reader_type == "patient"
    assert "<mark>low platelets</mark>" in found.results[0].snippet


def test_synonyms_stand_for_their_phrase_and_the_other_words_still_count(client, editor, reviewers):
    GlossaryTerm.objects.create(term="infusion reaction", explanation="a reaction to a drip", lay_terms="drip reaction")
    wanted = published(
        editor=editor, reviewers=reviewers,
        professional="With pertuzumab, an infusion reaction came in a few patients [1].",
    )
    published(
        editor=editor, reviewers=reviewers,
        professional="With lapatinib, an infusion reaction came in a few patients [1].",
    )
    assert questions(search(client, "pertuzumab drip reaction")) == [wanted.question]
    assert search(client, "Lapatinib drip reaction").total == 1
    assert search(client, "pertuzumab pneumonitis").total == 0


def test_a_new_lay_word_counts_in_search_at_once(client, editor, reviewers, settings):
    settings.PAGE_CACHE_SECONDS = 600  # search results are cached: not past a glossary change
    term = GlossaryTerm.objects.create(term="hepatotoxicity", explanation="harm to the liver")
    published(editor=editor, reviewers=reviewers, professional="Hepatotoxicity was uncommon [1].")

    def found():
        return client.get("/", {"q": "liver damage"}).content.decode()

    assert "No articles match" in found()
    term.lay_terms = "liver damage"
    term.save()
    assert "1 article matches" in found()
    term.delete()
    assert "No articles match" in found()
