"""Previews: a revision as each reader type will see it, on the live page's own template, for
editors and (once a revision is sent to them) board members; never cached, never indexed."""

import re

import pytest
from django.urls import reverse

from personalize.models import GlossaryTerm
from reviews import services
from tests.conftest import make_draft, new_revision, write
from tests.factories import BoardMemberFactory, UserFactory

pytestmark = pytest.mark.django_db
READERS = ["patient", "caregiver", "professional"]


def preview(client, revision, reader="professional"):
    return client.get(reverse("reviews:preview", args=[revision.pk]), {"for": reader})


def structure(html: str) -> list[str]:
    """The page's landmarks and headings, in order: what a reader finds where."""
    return re.findall(r'<(?:h[12]|section|article|aside)[^>]*?(?:id="([^"]+)")?[^>]*>', html)


@pytest.fixture
def draft(editor, live_revision):
    revision = new_revision(live_revision.article, editor=editor)
    write(revision.sections.order_by("position").first(), "A thrombocytopenia warning [1].")
    return revision


def test_anonymous_readers_are_sent_to_log_in_and_readers_are_refused(client, draft):
    assert preview(client, draft).status_code == 302
    client.force_login(UserFactory())
    assert preview(client, draft).status_code == 403


def test_an_editor_previews_a_draft_in_each_wording(client, editor, draft):
    client.force_login(editor)
    for reader in READERS:
        response = preview(client, draft, reader)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Preview: not published." in html
        assert f'?for={reader}" aria-current="page">' in html  # the wording shown, among the others
        assert "A thrombocytopenia warning" in html


def test_a_preview_is_never_cached_or_indexed(client, editor, draft, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.force_login(editor)
    response = preview(client, draft)
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "X-Page-Cache" not in preview(client, draft)


def test_a_board_member_previews_what_was_sent_to_them_but_never_a_draft(client, editor, draft):
    member = BoardMemberFactory()
    client.force_login(member.user)
    assert preview(client, draft).status_code == 404  # work in progress: not even its existence
    services.revision_submit(revision=draft, actor=editor)
    assert preview(client, draft).status_code == 200


def test_a_submitted_revision_previews_the_body_the_board_reviews_and_readers_will_get(client, editor, draft):
    GlossaryTerm.objects.create(term="thrombocytopenia", explanation="a low platelet count")
    services.revision_submit(revision=draft, actor=editor)
    GlossaryTerm.objects.filter(term="thrombocytopenia").update(explanation="changed after submission")
    client.force_login(editor)
    html = preview(client, draft, "patient").content.decode()
    assert "a low platelet count" in html and "changed after submission" not in html
    stored = draft.stored_pages.get(reader_type="patient").body
    assert stored in html


def test_a_draft_previews_with_the_glossary_its_submission_would_freeze(client, editor, draft):
    GlossaryTerm.objects.create(term="thrombocytopenia", explanation="a low platelet count")
    client.force_login(editor)
    assert "a low platelet count" in preview(client, draft, "patient").content.decode()
    assert "a low platelet count" not in preview(client, draft, "professional").content.decode()
    draft.refresh_from_db()
    assert draft.glossary == {}  # nothing saved by previewing


def test_the_preview_has_the_live_pages_structure_and_the_proposed_question(client, editor, live_revision):
    live_html = {r: client.get(live_revision.article.get_absolute_url(), {"for": r}).content.decode() for r in READERS}
    revision = new_revision(live_revision.article, editor=editor)
    revision.question = "A clearer question for readers?"
    revision.save()
    client.force_login(editor)
    for reader in READERS:
        html = preview(client, revision, reader).content.decode()
        assert structure(html) == structure(live_html[reader]), reader
        assert '<h1 id="article-title">A clearer question for readers?</h1>' in html
    live_revision.article.refresh_from_db()
    assert live_revision.article.question != "A clearer question for readers?"  # only proposed


def test_the_review_page_links_the_previews(client, editor, reviewers, draft):
    services.revision_submit(revision=draft, actor=editor)
    client.force_login(reviewers[0].user)
    html = client.get(reverse("reviews:detail", args=[draft.pk])).content.decode()
    for reader in READERS:
        assert f'{reverse("reviews:preview", args=[draft.pk])}?for={reader}' in html


def test_a_draft_of_an_article_never_published_previews_too(client, editor):
    draft = make_draft(editor=editor)
    client.force_login(editor)
    html = preview(client, draft).content.decode()
    assert "Not yet submitted for review" in html and "Preview: not published." in html
