"""What an anonymous reader sees on an article page, and what they never see."""

import re

import pytest
from django.urls import reverse

from articles.models import Article
from reviews import services
from tests.conftest import approve, make_draft, new_revision, publish, write
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def page(client, article, **params):
    response = client.get(article.get_absolute_url(), params)
    return response, response.content.decode()


def test_live_article_shows_the_trust_panel_and_body(client, live_revision, reviewers):
    article = live_revision.article
    response, html = page(client, article)
    assert response.status_code == 200
    assert f'<h1 id="article-title">{article.question}</h1>' in html
    assert "Reviewed and approved by our medical advisory board" in html
    assert re.search(r'aria-current="step">Approved', html)
    assert "Last updated" in html and live_revision.approved_at.strftime("%B") in html
    assert f'href="{reverse("articles:editorial_policy")}">How we write and review: editorial policy' in html
    for member in reviewers[:2]:
        assert member.name_with_credentials in html
    assert reviewers[2].name_with_credentials not in html  # did not review it
    for section in live_revision.sections.all():
        wording = section.base_wording()
        assert wording.heading in html and wording.body.split(" [")[0] in html
    assert "Professional medical disclaimer" in html
    assert f'href="{reverse("articles:question", args=[article.slug])}"' in html
    assert "Have a follow-up question?" in html


def test_every_citation_link_has_a_reference_that_links_back(client, editor, reviewers):
    revision = publish(editor=editor, reviewers=reviewers, sections=4, references=6)
    _, html = page(client, revision.article)
    targets = set(re.findall(r'class="cite"[^>]*href="#(ref-\d+)"', html))
    anchors = set(re.findall(r'<li id="(ref-\d+)"', html))
    assert targets == anchors == {f"ref-{n}" for n in range(1, 7)}
    backlinks = set(re.findall(r'class="backlink" href="#(cite-\d+-\d+)"', html))
    citations = set(re.findall(r'id="(cite-\d+-\d+)"', html))
    assert backlinks == citations and {c.split("-")[1] for c in citations} == {str(n) for n in range(1, 7)}


def test_article_page_carries_no_per_visitor_token(client, live_revision):
    response, html = page(client, live_revision.article)
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies  # no CSRF cookie, no session cookie


def test_article_with_only_a_draft_is_not_found(client, editor):
    draft = make_draft(editor=editor)
    response, html = page(client, draft.article)
    assert response.status_code == 404
    assert "Professional text of section" not in html
    assert "We could not find that page" in html  # the site's own 404 page


def next_revision_saying(text, *, article, editor):
    """A new draft of a live article whose first section now reads `text`."""
    revision = new_revision(article, editor=editor, change=False)
    section = revision.sections.first()
    write(section, f"{text} [1]")
    return revision


def test_newer_draft_never_replaces_the_live_text(client, live_revision, editor):
    next_revision_saying("DRAFT-ONLY WORDING", article=live_revision.article, editor=editor)
    _, html = page(client, live_revision.article)
    assert "DRAFT-ONLY WORDING" not in html
    assert "Professional text of section 0" in html


def test_submitted_revision_of_a_normal_article_is_not_shown(client, live_revision, editor, reviewers):
    article = live_revision.article
    pending = next_revision_saying("PENDING WORDING", article=article, editor=editor)
    services.revision_submit(revision=pending, actor=editor)
    services.review_start(revision=pending, actor=reviewers[0].user)
    _, html = page(client, article)
    assert "PENDING WORDING" not in html
    assert re.search(r'aria-current="step">Approved', html)


def test_superseded_revision_is_not_shown(client, live_revision, editor, reviewers):
    article = live_revision.article
    newer = next_revision_saying("NEWER WORDING", article=article, editor=editor)
    services.revision_submit(revision=newer, actor=editor)
    approve(newer, reviewers)
    _, html = page(client, article)
    assert "NEWER WORDING" in html
    assert "Professional text of section 0" not in html


def test_unapproved_article_in_review_is_hidden_without_the_flag(client, editor, reviewers):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    response, _ = page(client, revision.article)
    assert response.status_code == 404


@pytest.mark.parametrize("started", [False, True])
def test_publish_while_in_review_shows_banner_true_step_and_noindex(client, editor, reviewers, started):
    article = ArticleFactory(publish_while_in_review=True)
    revision = make_draft(editor=editor, article=article)
    services.revision_submit(revision=revision, actor=editor)
    if started:
        services.review_start(revision=revision, actor=reviewers[0].user)
    response, html = page(client, article)
    assert response.status_code == 200
    assert "Pending medical review" in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    current = "Under Review" if started else "Submitted"
    assert re.search(rf'aria-current="step">{current}<', html)
    assert "Not yet approved by our medical advisory board" in html
    assert "No member of the advisory board has approved this version yet" in html
    assert "Reviewed and approved" not in html  # the header never claims a review that has not happened


def test_publish_while_in_review_never_shows_a_draft(client, editor):
    article = ArticleFactory(publish_while_in_review=True)
    make_draft(editor=editor, article=article)
    response, _ = page(client, article)
    assert response.status_code == 404


def test_home_lists_public_articles_only(client, live_revision, editor):
    hidden = make_draft(editor=editor)
    response = client.get(reverse("articles:home"))
    html = response.content.decode()
    assert live_revision.article.question in html
    assert "Reviewed and approved" in html
    assert hidden.article.question not in html


@pytest.mark.parametrize(
    "slug", ["no-such-article", "a" * 300, "%2e%2e%2fetc", "caf%C3%A9", "x'%22%3E%3Cscript%3E"]
)
def test_unknown_or_malformed_slugs_get_the_site_404(client, slug):
    response = client.get(f"/articles/{slug}/")
    assert response.status_code == 404


def test_script_in_a_section_body_is_sanitized(client, editor, reviewers):
    revision = make_draft(editor=editor, sections=1, references=1)
    SectionFactory(
        revision=revision, position=5, heading="Hostile",
        body='<script>alert(1)</script><img src=x onerror=alert(2)> [javascript link](javascript:alert(3)) [1]',
    )
    services.revision_submit(revision=revision, actor=editor)
    approve(revision, reviewers)
    _, html = page(client, revision.article)
    assert "<script>alert(1)" not in html
    assert "onerror" not in html
    assert "javascript:alert" not in html


def test_query_count_does_not_grow_with_sections_and_references(
    client, editor, reviewers, django_assert_max_num_queries
):
    small = publish(editor=editor, reviewers=reviewers, sections=3, references=3)
    large = publish(editor=editor, reviewers=reviewers, sections=30, references=30)
    # The first read builds the page and stores it; every read after it is one query.
    with django_assert_max_num_queries(10) as small_build:
        client.get(small.article.get_absolute_url())
    with django_assert_max_num_queries(10) as large_build:
        client.get(large.article.get_absolute_url())
    assert len(large_build.captured_queries) == len(small_build.captured_queries)
    for revision in (small, large):
        with django_assert_max_num_queries(1):
            client.get(revision.article.get_absolute_url())


def test_article_queryset_public_matches_what_readers_can_open(client, live_revision, editor):
    make_draft(editor=editor)
    public = list(Article.objects.public())
    assert public == [live_revision.article]
