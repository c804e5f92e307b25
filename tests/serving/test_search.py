from datetime import UTC, datetime

import pytest

from articles.models import Revision
from articles.snippets import from_html
from reviews import services
from tests.conftest import approve, is_postgres, make_draft, new_revision, write
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def draft_with_lead(*, editor, lead, patient="", question=None, article=None):
    article = article or ArticleFactory(**({"question": question} if question else {}))
    revision = make_draft(editor=editor, article=article, sections=2, references=2)
    section = revision.sections.order_by("position").first()
    write(section, lead)
    if patient:
        write(section, patient, reader="patient")
    return revision


def live_with_lead(*, editor, reviewers, **kwargs):
    revision = draft_with_lead(editor=editor, **kwargs)
    services.revision_submit(revision=revision, actor=editor)
    return approve(revision, reviewers)


def search(client, query, **params):
    response = client.get("/", {"q": query, **params})
    assert response.status_code == 200
    return response


def found_questions(response) -> list[str]:
    return [result.question for result in response.context["search"].results]


def test_results_show_question_snippet_and_review_status(client, editor, reviewers):
    live = live_with_lead(
        editor=editor, reviewers=reviewers, question="Is pertuzumab given with trastuzumab?",
        lead="Pertuzumab is added to trastuzumab and docetaxel in the first line [1].",
    )
    Revision.objects.filter(pk=live.pk).update(
        approved_at=datetime(2026, 3, 9, 14, 30, tzinfo=UTC)
    )
    html = search(client, "docetaxel").content.decode()
    assert "Is pertuzumab given with trastuzumab?" in html
    assert f'href="{live.article.get_absolute_url()}"' in html
    assert "<mark>docetaxel</mark>" in html
    assert "Reviewed and approved" in html
    assert 'Last reviewed <time datetime="2026-03-09T14:30:00+00:00">March 9, 2026</time>' in html
    assert 'name="robots" content="noindex"' in html


def test_only_what_readers_may_see_is_found(client, editor, reviewers):
    old = live_with_lead(editor=editor, reviewers=reviewers, lead="Zanidatamab superseded claim [1].")
    newer = new_revision(old.article, editor=editor, change=False)
    lead = newer.sections.order_by("position").first()
    write(lead, "Current wording about margetuximab [1].")
    services.revision_submit(revision=newer, actor=editor)
    approve(newer, reviewers)
    # A draft, and a revision in review of a live article: neither is public.
    draft_with_lead(editor=editor, lead="Tucatinib draft only [1].")
    in_review = new_revision(old.article, editor=editor, change=False)
    section = in_review.sections.order_by("position").first()
    write(section, "Neratinib pending change [1].")
    services.revision_submit(revision=in_review, actor=editor)

    assert found_questions(search(client, "margetuximab")) == [old.article.question]
    for hidden, text in (
        ("zanidatamab", "superseded claim"), ("tucatinib", "draft only"), ("neratinib", "pending change")
    ):
        response = search(client, hidden)
        assert response.context["search"].total == 0
        assert text not in response.content.decode()


def test_an_article_shown_while_in_review_is_found_and_marked_pending(client, editor):
    revision = draft_with_lead(editor=editor, lead="Lapatinib and capecitabine together [1].")
    revision.article.publish_while_in_review = True
    revision.article.save()
    assert search(client, "lapatinib").context["search"].total == 0, "a draft is never found"

    services.revision_submit(revision=revision, actor=editor)

    html = search(client, "lapatinib").content.decode()
    assert revision.article.question in html
    assert "Pending medical review" in html
    assert "<mark>Lapatinib</mark> and capecitabine" in html  # the snippet, from its wording

    services.revision_withdraw(revision=revision, actor=editor)
    assert search(client, "lapatinib").context["search"].total == 0


def test_every_wording_is_searched_and_the_snippet_is_in_the_readers_own_where_it_matched(
    client, editor, reviewers
):
    live_with_lead(
        editor=editor, reviewers=reviewers,
        lead="Left ventricular ejection fraction declined in few patients; monitor the heart by echocardiography [1].",
        patient="Your heart is looked at with a scan before each cycle [1].",
    )
    # A lay word finds the article for a professional, in the wording where it matched...
    found = search(client, "scan", **{"for": "professional"})
    assert found.context["search"].total == 1
    assert found.context["search"].results[0].reader_type == "patient"
    # ...a clinical word finds it for a patient, in the professional wording...
    client.cookies["reader_type"] = "patient"
    found = search(client, "ejection")
    assert found.context["search"].total == 1
    assert "<mark>ejection</mark>" in found.content.decode()
    # ...and where both match, each reader reads their own wording.
    assert "Your <mark>heart</mark> is looked at" in search(client, "heart").content.decode()
    assert "monitor the <mark>heart</mark>" in search(client, "heart", **{"for": "professional"}).content.decode()


def test_the_question_counts_even_when_the_body_does_not_mention_it(client, editor, reviewers):
    live_with_lead(
        editor=editor, reviewers=reviewers, question="How does Kadcyla compare with Herzuma?",
        lead="Both are given by infusion [1].",
    )
    assert search(client, "Herzuma").context["search"].total == 1


@pytest.mark.skipif(not is_postgres(), reason="stemming and ranking are PostgreSQL's")
def test_postgres_matches_word_forms_and_ranks_the_question_first(client, editor, reviewers):
    body_only = live_with_lead(
        editor=editor, reviewers=reviewers, question="What about heart monitoring?",
        lead="Cardiotoxicity was reported; infusions were paused [1].",
    )
    in_question = live_with_lead(
        editor=editor, reviewers=reviewers, question="Which infusion reactions happen?",
        lead="Reactions are usually mild [1].",
    )
    assert found_questions(search(client, "infusion")) == [
        in_question.article.question, body_only.article.question
    ]


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE articles_article; --",
        "kadcyla & | ! ( ) : * herzuma",
        '"unterminated quote',
        "-not or and",
        "\x00null\x00byte",
        "ünïcödé 乳がん 💊",
        "a" * 200,
        "%_\\",
    ],
)
def test_hostile_queries_get_a_page_not_an_error(client, live_revision, query):
    response = client.get("/", {"q": query})
    assert response.status_code == 200
    assert "Search articles" in response.content.decode()


def test_an_empty_query_offers_a_hint_and_the_list(client, live_revision):
    html = search(client, "   ").content.decode()
    assert "Type a word or two to search" in html
    assert live_revision.article.question in html


def test_a_symbols_only_query_is_explained(client, live_revision):
    html = search(client, "!!! ???").content.decode()
    assert "not only symbols" in html


def test_a_too_long_query_is_explained_not_searched(client, live_revision):
    html = search(client, "kadcyla " * 40).content.decode()
    assert "please use at most 200" in html
    assert 'aria-invalid="true"' in html


def test_no_results_suggest_what_to_try(client, live_revision):
    html = search(client, "nonexistentdrugname").content.decode()
    assert "No articles match “nonexistentdrugname”" in html
    assert "Try fewer words" in html


def test_result_pages_are_clamped_to_what_exists(client, editor, reviewers):
    for n in range(12):
        live_with_lead(editor=editor, reviewers=reviewers, lead=f"Common term trastuzumab {n} [1].")
    first = search(client, "trastuzumab", page="abc").context["search"]
    assert (first.page, first.total, len(first.results)) == (1, 12, 10)
    beyond = search(client, "trastuzumab", page="40").context["search"]
    assert (beyond.page, len(beyond.results)) == (2, 2)
    html = search(client, "trastuzumab", page="2").content.decode()
    assert "Page 2 of 2" in html and 'rel="prev"' in html


def test_snippets_are_escaped_text_around_the_match():
    body = (
        '<section class="article-section" id="section-0"><h2>Dosing</h2>'
        "<p>" + "Filler words. " * 40 + "Give 3.6 mg/kg &amp; check &lt;platelets&gt; before each dose."
        '<sup class="cite-group"><a class="cite" href="#ref-1">1</a></sup></p></section>'
    )
    snippet = str(from_html(body, "platelet section"))
    assert "<mark>platelets</mark>" in snippet
    assert "&amp; check &lt;" in snippet
    assert "class=" not in snippet and "<a" not in snippet
    assert snippet.startswith("…")



def test_result_count_reads_as_a_sentence(client, editor, reviewers):
    from tests.conftest import publish
    from tests.factories import ArticleFactory

    publish(editor=editor, reviewers=reviewers,
            article=ArticleFactory(question="How does Kadcyla compare?"))
    html = client.get("/", {"q": "Kadcyla"}).content.decode()
    assert "1 article matches “Kadcyla”" in html
