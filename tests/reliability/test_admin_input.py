"""Bad input in the admin and on the review pages gets a clear answer (a 400, a redirect with
the admin's "?e=1", or a message), never a 500; the service rules match what the pages offer;
the audit trail records only real changes; review pages are never cached."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

from articles.admin_input import ModelAdmin
from articles.models import Revision
from articles.models.content import MAX_REFERENCE_NUMBER
from reviews import services
from reviews.models import Review, ReviewEvent
from tests.conftest import FULL_CHECKLIST, make_draft, messages_of
from tests.factories import ArticleFactory
from tests.workbench.admin_post import change_form_data, current_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, db):
    client.force_login(User.objects.create_superuser("root", "root@example.org", "x"))
    return client


OUR_APPS = {"articles", "reviews", "personalize"}
# Every changelist of the site's own models, as registered: an admin added later is covered too.
CHANGELISTS = sorted(
    f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"
    for model in admin.site._registry
    if model._meta.app_label in OUR_APPS
)
BAD_QUERIES = [
    "created_at__year=99999999999999999999",
    "created_at__year=abc",
    "created_at__month=13&created_at__year=2026",
    "created_at__day=99&created_at__month=1&created_at__year=2026",
    "status=%00",
    "state=%00",
    "action=%00",
    "decision=%00",
    "active=%00",
    "article__id__exact=99999999999999999999",
    "article__id__exact=abc",
    "article__id__exact=%00",
    "q=%00",
    "id__gt=99999999999999999999",
    "o=99999999999999999999",
    "p=99999999999999999999",
    "review_due=%00",
]


def test_every_admin_of_the_site_checks_its_input():
    assert "admin:personalize_glossaryterm_changelist" in CHANGELISTS
    unchecked = [
        type(model_admin).__name__ for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in OUR_APPS and not isinstance(model_admin, ModelAdmin)
    ]
    assert unchecked == []


@pytest.mark.parametrize("changelist", CHANGELISTS)
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_filter_values_get_a_clean_answer_never_a_500(superuser_client, changelist, query, live_revision):
    response = superuser_client.get(f"{reverse(changelist)}?{query}")
    assert response.status_code in (200, 302, 400), response.status_code
    if response.status_code == 302:
        assert "e=1" in response["Location"]


def test_a_bad_year_shows_the_unfiltered_list_with_a_message(superuser_client, editor):
    url = reverse("admin:articles_followupquestion_changelist")
    response = superuser_client.get(f"{url}?created_at__year=99999999999999999999", follow=True)
    assert response.status_code == 200
    assert "That filter or search value is not valid here" in response.content.decode()


@pytest.mark.parametrize("selected", ["abc", "%00", "99999999999999999999", "-1", "1.5"])
@pytest.mark.parametrize("action", ["submit_for_review", "withdraw", "start_new_revision"])
def test_a_bad_selected_action_id_is_a_message_never_a_500(editor_client, editor, selected, action):
    draft = make_draft(editor=editor)
    url = reverse("admin:articles_revision_changelist")
    response = editor_client.post(url, {"action": action, "_selected_action": [selected, draft.pk]})
    assert response.status_code in (200, 302, 400)
    if response.status_code == 302:
        assert messages_of(response)


@pytest.mark.parametrize("selected", ["abc", "%00", "99999999999999999999"])
def test_a_bad_selected_article_id_is_a_message_never_a_500(editor_client, selected):
    article = ArticleFactory()
    url = reverse("admin:articles_article_changelist")
    response = editor_client.post(url, {"action": "start_revision", "_selected_action": [selected, article.pk]})
    assert response.status_code in (200, 302, 400)


# --- Reference numbers ----------------------------------------------------------------------


@pytest.mark.parametrize("number", [2147483647, 99999999999999999999, MAX_REFERENCE_NUMBER + 1, 0, -1])
def test_a_reference_number_beyond_what_a_citation_marker_can_hold_is_a_form_error(
    editor_client, editor, number
):
    draft = make_draft(editor=editor)
    sections, references = current_rows(draft)
    references[0]["number"] = number
    response = editor_client.post(
        reverse("admin:articles_revision_change", args=[draft.pk]),
        change_form_data(draft, sections=sections, references=references),
    )
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][1].formset.errors[0]["number"]
    assert sorted(draft.references.values_list("number", flat=True)) == [1, 2, 3]


def test_a_draft_with_the_highest_reference_number_can_be_renumbered_and_submitted(editor_client, editor):
    draft = make_draft(editor=editor, sections=1, references=1)
    url = reverse("admin:articles_revision_change", args=[draft.pk])
    sections, references = current_rows(draft)
    references[0]["number"] = MAX_REFERENCE_NUMBER
    sections[0]["professional_body"] = f"Text. [{MAX_REFERENCE_NUMBER}]"
    assert editor_client.post(url, change_form_data(draft, sections=sections, references=references)).status_code == 302
    draft.refresh_from_db()
    sections, references = current_rows(draft)
    references[0]["number"] = 2
    references.append({"number": 1, "citation": "Another. 2021."})
    sections[0]["professional_body"] = "Text. [1] [2]"
    data = change_form_data(draft, sections=sections, references=references, _submit="Save and submit")
    response = editor_client.post(url, data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert sorted(draft.references.values_list("number", flat=True)) == [1, 2]
    assert draft.status == Revision.Status.SUBMITTED


# --- The rules match the pages ------------------------------------------------------------------


@pytest.mark.parametrize("comment", ["Actually, change this.", ""])
def test_an_approver_cannot_post_request_changes_after_approving(client, editor, reviewers, comment):
    draft = make_draft(editor=editor)
    services.revision_submit(revision=draft, actor=editor)
    member = reviewers[0]
    services.review_start(revision=draft, actor=member.user)
    services.review_approve(revision=draft, actor=member.user, checklist=FULL_CHECKLIST)
    client.force_login(member.user)
    page = client.get(reverse("reviews:detail", args=[draft.pk]))
    assert "request_changes_form" not in page.context
    response = client.post(
        reverse("reviews:request_changes", args=[draft.pk]), {"request_changes-comment": comment}
    )
    assert response.status_code == 200
    assert "You have already decided: approved." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Revision.Status.UNDER_REVIEW
    review = draft.reviews.get(reviewer=member)
    assert review.decision == Review.Decision.APPROVED


# --- The audit trail records real changes only ------------------------------------------------


def test_a_crafted_inline_id_of_another_revisions_section_is_not_logged_as_added(editor_client, editor):
    draft = make_draft(editor=editor)
    other = make_draft(editor=editor)
    foreign = other.sections.order_by("position").first()
    sections, references = current_rows(draft)
    # The first row, as loaded, names a section of another revision instead of its own.
    sections[0] = {**sections[0], "id": foreign.pk, "professional_body": "Crafted text. [1]"}
    url = reverse("admin:articles_revision_change", args=[draft.pk])
    response = editor_client.post(url, change_form_data(draft, sections=sections, references=references))
    assert response.status_code in (200, 302)
    notes = list(draft.events.filter(action=ReviewEvent.Action.EDITED).values_list("note", flat=True))
    assert not any("added" in note or "Crafted" in note for note in notes), notes
    assert draft.sections.count() == 3
    assert not draft.sections.filter(wordings__body="Crafted text. [1]").exists()
    foreign.refresh_from_db()
    assert foreign.revision_id == other.pk
    assert "Crafted" not in foreign.base_wording().body


def test_a_save_logs_only_the_fields_that_changed(editor_client, editor):
    draft = make_draft(editor=editor)
    url = reverse("admin:articles_revision_change", args=[draft.pk])
    response = editor_client.post(url, change_form_data(draft, change_summary="Only this changed."))
    assert response.status_code == 302
    note = draft.events.filter(action=ReviewEvent.Action.EDITED).get().note
    assert note == "Changed: change summary."


@pytest.mark.parametrize("value", ["2026-13-45", "abc", "99999-01-01"])
def test_a_bad_evidence_date_is_a_form_error(editor_client, editor, value):
    draft = make_draft(editor=editor)
    url = reverse("admin:articles_revision_change", args=[draft.pk])
    response = editor_client.post(url, change_form_data(draft, evidence_current_through=value))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["evidence_current_through"]


# --- Review pages are never cached --------------------------------------------------------------


def test_review_pages_are_private_and_never_stored(client, editor, reviewers):
    draft = make_draft(editor=editor)
    services.revision_submit(revision=draft, actor=editor)
    client.force_login(reviewers[0].user)
    for url in (
        reverse("reviews:queue"),
        reverse("reviews:detail", args=[draft.pk]),
        reverse("reviews:preview", args=[draft.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = response.get("Cache-Control", "")
        assert "private" in cache_control and "no-store" in cache_control, (url, cache_control)
