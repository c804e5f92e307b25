"""The whole journey through the web pages: an editor drafts and submits in the admin, the board
reviews on its pages (changes requested, then two approvals), and a reader sees the result."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Revision
from reviews.checklist import DEFAULT_ITEMS
from tests.factories import BoardMemberFactory, EditorFactory
from tests.workbench.admin_post import section_row, change_form_data

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"
CHECKLIST = [key for key, _, _ in DEFAULT_ITEMS]


def logged_in(user) -> Client:
    """A browser of its own for each person, logged in through the login page."""
    browser = Client()
    response = browser.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "login failed"
    return browser


def loaded_version(html: str) -> int:
    return int(re.search(r'name="loaded_version" value="(\d+)"', html).group(1))


def edit(browser, revision, **changes):
    """Open the revision in the admin and save it, as an editor does."""
    url = reverse("admin:articles_revision_change", args=[revision.pk])
    version = loaded_version(browser.get(url).content.decode())
    response = browser.post(url, change_form_data(revision, loaded_version=version, **changes))
    assert response.status_code == 302, response.content.decode()[:2000]


def submit(browser, revision):
    url = reverse("admin:articles_revision_workflow", args=[revision.pk, "submit"])
    response = browser.post(url, follow=True)
    assert "was submitted for review" in response.content.decode()


def review(browser, revision, decision, comment=""):
    detail = reverse("reviews:detail", args=[revision.pk])
    assert revision.article.question in browser.get(reverse("reviews:queue")).content.decode()
    assert browser.get(detail).status_code == 200
    browser.post(reverse("reviews:start", args=[revision.pk]))
    if decision == "approve":
        data = {"approve-checklist": CHECKLIST, "approve-comment": comment}
    else:
        data = {"request_changes-comment": comment}
    response = browser.post(reverse(f"reviews:{decision}", args=[revision.pk]), data, follow=True)
    assert response.status_code == 200


def test_editor_board_and_reader_journey(mailoutbox, django_capture_on_commit_callbacks):
    editor_user = EditorFactory()
    first, second, _third = (BoardMemberFactory(credentials=c) for c in ("MD", "MD, PhD", "PharmD"))
    editor = logged_in(editor_user)

    with django_capture_on_commit_callbacks(execute=True):
        # The editor creates the article and its first revision in the admin.
        editor.post(reverse("admin:articles_article_add"), {
            "question": "Kadcyla or Herzuma after surgery?", "slug": "kadcyla-or-herzuma",
            "topic": "HER2-positive breast cancer", "drugs": "Kadcyla, Herzuma",
        })
        article = Article.objects.get(slug="kadcyla-or-herzuma")
        editor.post(reverse("admin:articles_revision_add"), {"article": article.pk})
        revision = Revision.objects.get(article=article)
        sections = [
            {"position": 0, "professional_heading": "Efficacy",
             "professional_body": "Kadcyla lowered the risk of return [1].",
             "patient_heading": "How well it works",
             "patient_body": "Kadcyla made it less likely the cancer came back [1]."},
            {"position": 1, "professional_heading": "Dosing",
             "professional_body": "Kadcyla 3.6 mg/kg every 3 weeks [2]."},
        ]
        references = [
            {"number": 1, "citation": "von Minckwitz G, et al. KATHERINE. N Engl J Med. 2019."},
            {"number": 2, "citation": "Kadcyla prescribing information. 2022."},
        ]
        edit(editor, revision, sections=sections, references=references, change_summary="First version.",
             evidence_current_through="2026-11-01")
        submit(editor, revision)

        # The first board member asks for changes.
        board_one, board_two = logged_in(first.user), logged_in(second.user)
        review(board_one, revision, "request_changes", comment="Name the comparator in Efficacy.")
        revision.refresh_from_db()
        assert revision.status == Revision.Status.CHANGES_REQUESTED

        # The editor revises and resubmits.
        revision.refresh_from_db()
        efficacy, dosing = (section_row(s) for s in revision.sections.order_by("position"))
        assert (efficacy["professional_heading"], dosing["professional_heading"]) == ("Efficacy", "Dosing")
        efficacy["professional_body"] = "Kadcyla lowered the risk of return compared with Herceptin [1]."
        edit(editor, revision, sections=[efficacy, dosing])
        submit(editor, revision)

        # Two board members approve the new round; the board page showed the change.
        page = board_two.get(reverse("reviews:detail", args=[revision.pk])).content.decode()
        assert "Efficacy" in page and "Name the comparator in Efficacy." in page
        review(board_one, revision, "approve")
        review(board_two, revision, "approve", comment="Checked against the label.")

    revision.refresh_from_db()
    assert revision.status == Revision.Status.APPROVED

    # A reader sees the new revision live, with both reviewers named, and the change log lists it.
    reader = Client()
    html = reader.get(article.get_absolute_url()).content.decode()
    assert "compared with Herceptin" in html
    assert first.name_with_credentials in html and second.name_with_credentials in html
    log = reader.get(reverse("articles:history", args=[article.slug])).content.decode()
    assert "Revision 1 (current)" in log
    assert first.name_with_credentials in log and second.name_with_credentials in log

    # Email: the board twice (two submissions), the author on changes requested and on approval.
    to_editor = [m.subject for m in mailoutbox if m.to == [editor_user.email]]
    assert [s.split(":")[0] for s in to_editor] == ["Changes requested", "Approved and live"]
    assert sum(m.to == [first.user.email] for m in mailoutbox) == 2
