"""The pages keep their own Content-Security-Policy ('self' only) in a real browser: Chromium
reports no blocked inline script or style anywhere a reader, a board member or an editor goes."""

import pytest
from django.urls import reverse

from articles.models import Revision

from .conftest import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def visit(page, paths) -> list[str]:
    problems = []
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"], path
        page.wait_for_load_state("load")
        problems += [f"{path}: {message}" for message in page.csp_violations]
        page.csp_violations.clear()
    return problems


def test_browser_reports_a_blocked_inline_script(page, demo):
    """The control: the listener does see what the policy blocks."""
    page.goto(reverse("articles:home"))
    with pytest.raises(Exception):
        page.add_script_tag(content="window.injected = true")
    assert page.evaluate("window.injected === undefined")
    assert page.csp_violations


def test_no_page_breaks_the_content_security_policy(new_page, demo, demo_submitted, live_server):
    reader = new_page()
    article = demo.article
    public = [
        reverse("articles:home"),
        reverse("articles:home") + "?q=Herzuma",
        *(f"{article.get_absolute_url()}?for={key}" for key in ("patient", "caregiver", "professional")),
        reverse("articles:history", args=[article.slug]),
        reverse("articles:question", args=[article.slug]),
        reverse("reviews:board"),
        reverse("articles:editorial_policy"),
        reverse("login"),
    ]
    problems = visit(reader, public)

    board = new_page()
    log_in_as(board, demo.reviewers[0][1], live_server)
    problems += visit(board, [
        reverse("reviews:queue"), reverse("reviews:detail", args=[demo_submitted.pk]),
        f"{reverse('reviews:preview', args=[demo_submitted.pk])}?for=patient",
    ])

    draft = Revision.objects.filter(status=Revision.Status.DRAFT).first()
    editor = new_page()
    log_in_as(editor, demo.editor[1], live_server)
    problems += visit(editor, [
        reverse("admin:index"),
        reverse("admin:articles_revision_changelist"),
        reverse("admin:articles_revision_change", args=[demo_submitted.pk]),
        reverse("admin:articles_revision_change", args=[demo.live.pk]),
        reverse("admin:articles_revision_change", args=[draft.pk]),  # editable, with inlines
        reverse("admin:articles_revision_add"),
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_followupquestion_changelist"),
    ])
    assert not problems, "\n".join(problems)
