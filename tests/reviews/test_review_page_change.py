"""The review page leads with the change: what changed at the top, each item linking to its
place; changed sections first, with what each reader will see beside the source diff; the
glossary explanations lay readers will get differently; errors at the top, the page at the form."""

import pytest
from django.urls import reverse

from personalize.models import GlossaryTerm
from reviews import services
from tests.conftest import FULL_CHECKLIST, approve, make_draft, new_revision, write

pytestmark = pytest.mark.django_db


def detail(client, revision) -> str:
    return client.get(reverse("reviews:detail", args=[revision.pk])).content.decode()


@pytest.fixture
def board_client(client, reviewers):
    client.force_login(reviewers[0].user)
    return client


@pytest.fixture
def live_with_glossary(editor, reviewers):
    """A live article whose second section uses a glossary term lay readers get explained."""
    GlossaryTerm.objects.create(term="thrombocytopenia", explanation="a low platelet count")
    draft = make_draft(editor=editor)
    write(draft.sections.get(position=1), "Watch for thrombocytopenia [2].")
    services.revision_submit(revision=draft, actor=editor)
    return approve(draft, reviewers)


def submit_one_sentence_change(live, editor):
    revision = new_revision(live.article, editor=editor, change=False)
    write(revision.sections.get(position=0), "Professional text of section 0, now clearer. [1]")
    return services.revision_submit(revision=revision, actor=editor)


def test_the_summary_comes_first_and_links_to_each_change(board_client, editor, live_revision):
    revision = submit_one_sentence_change(live_revision, editor)
    html = detail(board_client, revision)
    section = revision.sections.get(position=0)
    summary = html.split('id="what-changed"')[1].split("</section>")[0]
    assert f'href="#review-section-{section.pk}"' in summary
    assert f'href="#review-wording-{section.pk}-professional"' in summary
    assert "section 0<ins>, now clearer</ins>. [1]" in summary  # the changed words themselves
    # The summary, then the changed section, then the unchanged ones (folded).
    assert html.index('id="what-changed"') < html.index(f'id="review-section-{section.pk}"')
    unchanged = html.split('id="unchanged-sections-h"')[1]
    assert unchanged.count("<details >") == 2 and "<details open>" not in unchanged.split("</section>")[0]


def test_a_changed_wording_shows_the_readers_view_beside_the_source(board_client, editor, live_revision):
    revision = submit_one_sentence_change(live_revision, editor)
    section = revision.sections.get(position=0)
    block = detail(board_client, revision).split(f'id="review-wording-{section.pk}-professional"')[1]
    source, view = block.split('class="reader-view"')[:2]
    assert "<ins>, now clearer</ins>" in source
    assert "What healthcare professional readers see" in view
    assert '<p>Professional text of section 0, now clearer.&#8288;<sup class="cite-group"><a class="cite" href="#review-ref-1"' in view


def test_a_changed_glossary_explanation_is_shown_to_the_reviewer(
    board_client, editor, live_with_glossary
):
    GlossaryTerm.objects.filter(term="thrombocytopenia").update(explanation="too few platelets, so bleeding is likelier")
    revision = submit_one_sentence_change(live_with_glossary, editor)  # section 1 itself unchanged
    html = detail(board_client, revision)
    section = revision.sections.get(position=1)
    summary = html.split('id="what-changed"')[1].split("</section>")[0]
    assert "Glossary: “thrombocytopenia”" in summary
    assert "<del>a low platelet count</del> <ins>too few platelets, so bleeding is likelier</ins>" in summary
    assert f'href="#review-wording-{section.pk}-patient"' in summary
    # Its section counts as changed, and shows what lay readers will read there.
    block = html.split(f'id="review-section-{section.pk}"')[1].split("</article>")[0]
    assert '<span class="change-state">changed</span>' in block
    assert '<span class="glossary-explanation">(too few platelets, so bleeding is likelier)</span>' in block
    assert html.index('id="changed-sections-h"') < html.index(f'id="review-section-{section.pk}"') < html.index('id="unchanged-sections-h"')


def test_an_unchanged_glossary_is_not_reported(board_client, editor, live_with_glossary):
    html = detail(board_client, submit_one_sentence_change(live_with_glossary, editor))
    assert "Glossary:" not in html.split('id="what-changed"')[1].split("</section>")[0]


def test_a_new_question_is_in_the_summary(board_client, editor, live_revision):
    revision = new_revision(live_revision.article, editor=editor)
    revision.question = live_revision.question + " Updated for 2025"
    revision.save()
    services.revision_submit(revision=revision, actor=editor)
    summary = detail(board_client, revision).split('id="what-changed"')[1].split("</section>")[0]
    assert 'href="#review-fields">Question</a>' in summary and "<ins> Updated for 2025</ins>" in summary


def test_a_refused_form_shows_its_errors_at_the_top_and_the_page_goes_to_the_form(board_client, reviewers, submitted):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    url = reverse("reviews:approve", args=[submitted.pk])
    html = detail(board_client, submitted)
    assert f'action="{url}#review-form-approve"' in html and 'id="review-form-approve"' in html
    html = board_client.post(url, {"approve-checklist": FULL_CHECKLIST[:2]}).content.decode()
    top = html.split('<header class="review-header">')[0]
    assert "Nothing was recorded." in top and 'href="#review-form-approve"' in top
    assert "Complete the checklist before approving" in top


def test_the_approval_that_publishes_says_so_and_links_to_the_live_page(client, reviewers, submitted):
    for member in reviewers[:2]:
        client.force_login(member.user)
        client.post(reverse("reviews:start", args=[submitted.pk]))
        response = client.post(reverse("reviews:approve", args=[submitted.pk]), {"approve-checklist": FULL_CHECKLIST})
    assert response["Location"] == reverse("reviews:detail", args=[submitted.pk]) + "#main"
    html = client.get(response["Location"]).content.decode()
    assert "It was the last one needed: revision 1 is now live" in html
    assert f'<a href="{submitted.article.get_absolute_url()}">Open the live article</a>' in html


def test_the_first_approval_only_says_it_was_recorded(client, reviewers, submitted):
    client.force_login(reviewers[0].user)
    client.post(reverse("reviews:start", args=[submitted.pk]))
    response = client.post(reverse("reviews:approve", args=[submitted.pk]), {"approve-checklist": FULL_CHECKLIST}, follow=True)
    html = response.content.decode()
    assert "Your approval was recorded." in html and "now live" not in html


def test_the_review_page_costs_the_same_with_a_glossary(board_client, editor, reviewers, live_with_glossary, django_assert_max_num_queries):
    revision = submit_one_sentence_change(live_with_glossary, editor)
    with django_assert_max_num_queries(16):
        detail(board_client, revision)
