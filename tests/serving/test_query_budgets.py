"""Public pages cost a fixed number of queries, however much there is to show.

Each test measures a small site and a large one (more sections, references, wordings,
superseded revisions and articles) and expects the same, exact count.
"""

import pytest
from django.db import connection

from reviews import services
from tests.conftest import approve, is_postgres, make_draft, new_revision, publish, write
from tests.serving.conftest import pending_revision

pytestmark = pytest.mark.django_db

ARTICLE_PAGE_QUERIES = 1  # the page stored for the reader type, through the public-read rule
# Its first read builds and stores it: the stored body, the revision, its references, sections
# and wordings, its reviewers, the first approval's date, and the write.
BUILD_QUERIES = 8
HOME_PAGE_QUERIES = 3  # count; one page of public articles; the public revision of each
SEARCH_QUERIES = 2  # one page of matching articles, ranked, with how many match; their bodies for snippets


def worded_live_revision(*, editor, reviewers, sections, references, revisions):
    """An article approved `revisions` times, every section in three wordings."""
    draft = make_draft(editor=editor, sections=sections, references=references)
    for section in draft.sections.all():
        write(section, "Plain words [1].", reader="patient")
        write(section, "Words for carers [1].", reader="caregiver")
    for _ in range(revisions):
        services.revision_submit(revision=draft, actor=editor)
        live = approve(draft, reviewers)
        draft = new_revision(live.article, editor=editor)  # copies all wordings
    return live


def test_article_page_costs_the_same_small_or_large(
    client, editor, reviewers, django_assert_num_queries
):
    small = publish(editor=editor, reviewers=reviewers, sections=1, references=1)
    small_url = small.article.get_absolute_url()
    large = worded_live_revision(editor=editor, reviewers=reviewers, sections=25, references=20, revisions=3)
    large_url = large.article.get_absolute_url()

    for url in (small_url, large_url, large_url + "?for=patient"):
        with django_assert_num_queries(BUILD_QUERIES):
            assert client.get(url).status_code == 200
        with django_assert_num_queries(ARTICLE_PAGE_QUERIES):
            assert client.get(url).status_code == 200


def test_article_page_pending_review_costs_the_same(client, editor, django_assert_num_queries):
    small = pending_revision(editor=editor, sections=1, references=1).article.get_absolute_url()
    large = pending_revision(editor=editor, sections=25, references=20).article.get_absolute_url()
    for url in (small, large):
        with django_assert_num_queries(BUILD_QUERIES):
            assert client.get(url).status_code == 200
        with django_assert_num_queries(ARTICLE_PAGE_QUERIES):
            assert client.get(url).status_code == 200


def test_home_page_costs_the_same_for_two_articles_or_a_full_page(
    client, editor, reviewers, django_assert_num_queries
):
    publish(editor=editor, reviewers=reviewers, sections=1, references=1)
    pending_revision(editor=editor, sections=1, references=1)
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert client.get("/").status_code == 200

    worded_live_revision(editor=editor, reviewers=reviewers, sections=5, references=5, revisions=3)
    for _ in range(10):
        publish(editor=editor, reviewers=reviewers, sections=1, references=1)
        pending_revision(editor=editor, sections=1, references=1)
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/")
    assert len(response.context["entries"]) == 20
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert len(client.get("/", {"page": 2}).context["entries"]) == 3


def test_search_costs_the_same_for_one_match_or_many(
    client, editor, reviewers, django_assert_num_queries
):
    publish(editor=editor, reviewers=reviewers, sections=1, references=1)
    with django_assert_num_queries(SEARCH_QUERIES + 1):  # and the glossary's synonyms, then cached
        assert client.get("/", {"q": "professional text"}).context["search"].total == 1
    with django_assert_num_queries(SEARCH_QUERIES):
        assert client.get("/", {"q": "professional text"}).context["search"].total == 1

    worded_live_revision(editor=editor, reviewers=reviewers, sections=25, references=20, revisions=3)
    for _ in range(12):
        publish(editor=editor, reviewers=reviewers, sections=2, references=2)
        pending_revision(editor=editor, sections=2, references=2)
    # Every wording is searched, whoever reads: the worded article is found for patients too.
    for reader_type, total in (("professional", 26), ("patient", 26)):
        with django_assert_num_queries(SEARCH_QUERIES):
            search = client.get("/", {"q": "professional text", "for": reader_type}).context["search"]
        assert search.total == total
        assert len(search.results) == 10


@pytest.mark.skipif(not is_postgres(), reason="prepared statements are PostgreSQL's")
def test_the_article_page_statement_is_planned_once_per_connection(client, live_revision):
    url = live_revision.article.get_absolute_url()
    for reader in ("professional", "patient", "professional"):
        assert client.get(url, {"for": reader}).status_code == 200
    for reader in ("patient", "caregiver", "professional"):  # now stored: one read each
        assert client.get(url, {"for": reader}).status_code == 200
    with connection.cursor() as cursor:
        # Django binds on the server (settings), so psycopg prepares a statement run twice.
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s AND statement LIKE %s",
            ["SELECT %", '%"articles_storedpage"."before_body"%'],
        )
        assert cursor.fetchone()[0] == 1
