"""The editors' revision admin: saving through the workflow, the read-only rule, stale saves,
the workflow buttons and actions, and the revision list."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Reference, Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import FULL_CHECKLIST, approve, make_draft, messages_of, new_revision, publish, write
from tests.factories import ArticleFactory
from tests.workbench.admin_post import change_form_data, current_rows

pytestmark = pytest.mark.django_db
Status = Revision.Status
CHANGELIST = reverse("admin:articles_revision_changelist")


def change_url(revision):
    return reverse("admin:articles_revision_change", args=[revision.pk])


def workflow_url(revision, action):
    return reverse("admin:articles_revision_workflow", args=[revision.pk, action])


@pytest.fixture
def draft(editor):
    return make_draft(editor=editor)


# --- Saving a draft ---------------------------------------------------------------------------


def test_editor_saves_revision_fields_and_inlines_in_one_versioned_save(editor_client, draft):
    sections, references = current_rows(draft)
    sections[0]["professional_body"] = "Kadcyla is given every three weeks. [1] [4]"
    references.append({"number": 4, "citation": "Label. Kadcyla prescribing information. 2022."})
    data = change_form_data(draft, sections=sections, references=references, change_summary="Adds the label.")
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.version == 2
    assert draft.change_summary == "Adds the label."
    assert draft.sections.get(position=0).base_wording().body == "Kadcyla is given every three weeks. [1] [4]"
    assert draft.references.filter(number=4).exists()
    note = draft.events.filter(action=ReviewEvent.Action.EDITED).get().note
    assert "change summary" in note and "section “Heading 0” edited" in note and "reference 4 added" in note


def test_change_page_carries_the_loaded_version_and_citation_help(editor_client, draft):
    html = editor_client.get(change_url(draft)).content.decode()
    assert 'name="loaded_version" value="1"' in html
    assert "Cite references with their numbers in square brackets: [1] or [2, 3]." in html


def test_the_second_of_two_editors_is_refused_and_told_what_changed(client, editor, other_editor, draft):
    first_sections, _ = current_rows(draft)
    second_sections, second_references = current_rows(draft)  # both opened version 1
    first_sections[0]["professional_body"] = "First editor's wording. [1]"
    client.force_login(editor)
    client.post(change_url(draft), change_form_data(draft, sections=first_sections, loaded_version=1))

    second_sections[0]["professional_body"] = "Second editor's wording. [1]"
    second_references.append({"number": 4, "citation": "Would-be reference."})
    client.force_login(other_editor)
    response = client.post(
        change_url(draft),
        change_form_data(draft, sections=second_sections, references=second_references, loaded_version=1),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert f"was changed by {editor.username}" in html
    assert "Nothing was saved" in html
    assert "section “Heading 0” edited" in html
    # The second editor's input is shown back to them, but nothing of it reached the database.
    assert "Second editor&#x27;s wording. [1]" in html
    draft.refresh_from_db()
    assert draft.version == 2
    assert draft.sections.get(position=0).base_wording().body == "First editor's wording. [1]"
    assert not draft.references.filter(number=4).exists()
    assert draft.events.filter(action=ReviewEvent.Action.EDITED).count() == 1


def test_a_stale_form_naming_a_section_another_editor_deleted_gets_the_stale_message(
    client, editor, other_editor, draft
):
    first_sections, _ = current_rows(draft)
    stale_sections, _ = current_rows(draft)
    first_sections[2]["DELETE"] = True
    first_sections[0]["professional_body"] = "Professional text of section 0. [1] [3]"
    client.force_login(editor)
    client.post(change_url(draft), change_form_data(draft, sections=first_sections, loaded_version=1))
    assert draft.sections.count() == 2

    stale_sections[2]["professional_heading"] = "Renamed by the second editor"
    client.force_login(other_editor)
    response = client.post(change_url(draft), change_form_data(draft, sections=stale_sections, loaded_version=1))
    assert response.status_code == 200
    assert f"was changed by {editor.username}" in response.content.decode()
    assert draft.sections.count() == 2
    assert not draft.sections.filter(wordings__heading="Renamed by the second editor").exists()


@pytest.mark.parametrize("version", ["", "abc", "-3", "0", "99999999999999999999"])
def test_a_missing_or_bad_version_is_a_form_error(editor_client, draft, version):
    data = change_form_data(draft, change_summary="Changed.")
    data["loaded_version"] = version
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 200
    assert "Reload the page and make your change again." in response.content.decode()
    draft.refresh_from_db()
    assert draft.change_summary == "Revision 1: new content." and draft.version == 1


def test_duplicate_reference_numbers_are_refused_on_the_form(editor_client, draft):
    sections, references = current_rows(draft)
    references.append({"number": 2, "citation": "A second reference 2."})
    response = editor_client.post(change_url(draft), change_form_data(draft, references=references))
    assert response.status_code == 200
    assert "Please correct the duplicate" in response.content.decode()
    assert draft.references.count() == 3


def test_swapping_two_reference_numbers_saves(editor_client, draft):
    sections, references = current_rows(draft)
    references[0]["number"], references[1]["number"] = 2, 1
    response = editor_client.post(change_url(draft), change_form_data(draft, references=references))
    assert response.status_code == 302
    by_number = {r.number: r.citation for r in draft.references.all()}
    assert by_number[1].startswith("Author 2.") and by_number[2].startswith("Author 1.")


def test_bad_identifiers_in_a_reference_are_form_errors(editor_client, draft):
    sections, references = current_rows(draft)
    references[0]["pmid"] = "PMC12"
    response = editor_client.post(change_url(draft), change_form_data(draft, references=references))
    assert response.status_code == 200
    assert "A PMID is a number" in response.content.decode()
    assert draft.references.get(number=1).pmid == ""


# --- The read-only rule -------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["submitted", "under_review", "approved", "superseded"])
def test_revisions_outside_draft_open_read_only_and_refuse_a_save(
    editor_client, editor, reviewers, status
):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    if status != "submitted":
        services.review_start(revision=revision, actor=reviewers[0].user)
    if status in ("approved", "superseded"):
        services.review_start(revision=revision, actor=reviewers[1].user)
        for member in reviewers[:2]:
            services.review_approve(revision=revision, actor=member.user, checklist=FULL_CHECKLIST)
    if status == "superseded":
        successor = new_revision(revision.article, editor=editor)
        services.revision_submit(revision=successor, actor=editor)
        approve(successor, reviewers)
    revision.refresh_from_db()
    assert revision.status == status

    html = editor_client.get(change_url(revision)).content.decode()
    assert f"is {revision.get_status_display().lower()}: it is read-only" in html
    assert 'name="change_summary"' not in html and 'name="sections-0-body"' not in html
    assert "Audit trail" in html and "Submitted" in html

    response = editor_client.post(change_url(revision), change_form_data(revision, change_summary="Sneaky."))
    assert response.status_code == 302
    assert any("read-only; nothing was saved" in m for m in messages_of(response))
    revision.refresh_from_db()
    assert revision.change_summary != "Sneaky." and revision.version == 1


def test_read_only_page_shows_reviews_with_decisions(editor_client, live_revision, reviewers):
    html = editor_client.get(change_url(live_revision)).content.decode()
    assert reviewers[0].name_with_credentials in html
    assert "Approved and published" in html


def test_changes_requested_revisions_are_editable_again(editor_client, editor, reviewers, draft):
    services.revision_submit(revision=draft, actor=editor)
    services.review_start(revision=draft, actor=reviewers[0].user)
    services.review_request_changes(revision=draft, actor=reviewers[0].user, comment="Redo.")
    draft.refresh_from_db()
    response = editor_client.post(change_url(draft), change_form_data(draft, change_summary="Redone."))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.change_summary == "Redone."


# --- Creating revisions ---------------------------------------------------------------------


def test_add_revision_asks_for_the_article_only_and_copies_the_live_revision(editor_client, live_revision):
    add = reverse("admin:articles_revision_add")
    html = editor_client.get(add).content.decode()
    assert 'name="article"' in html and 'name="change_summary"' not in html
    response = editor_client.post(add, {"article": live_revision.article.pk, "_save": "Save"})
    new = Revision.objects.get(article=live_revision.article, number=2)
    assert response.status_code == 302 and response["Location"] == change_url(new)
    assert new.status == Status.DRAFT and new.based_on == live_revision
    assert [s.base_wording().body for s in new.sections.all()] == [
        s.base_wording().body for s in live_revision.sections.all()
    ]
    assert new.references.count() == live_revision.references.count()
    assert new.events.get().action == ReviewEvent.Action.CREATED


def test_add_revision_is_refused_on_the_form_while_another_is_in_progress(editor_client, draft):
    response = editor_client.post(reverse("admin:articles_revision_add"), {"article": draft.article.pk})
    assert response.status_code == 200
    assert "is still in progress" in response.content.decode()
    assert draft.article.revisions.count() == 1


def test_add_revision_with_an_unknown_article_is_a_form_error(editor_client):
    response = editor_client.post(reverse("admin:articles_revision_add"), {"article": "999999"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Revision.objects.exists()


# --- Workflow buttons and actions ----------------------------------------------------------------


def test_submit_button_sends_the_saved_draft_for_review(editor_client, draft):
    response = editor_client.post(workflow_url(draft, "submit"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert any("was submitted for review" in m for m in messages_of(response))


def test_a_refused_submission_lists_each_problem(editor_client, editor):
    draft = make_draft(editor=editor, sections=1, references=2)
    write(draft.sections.get(), "Cites a missing reference [7].")
    response = editor_client.post(workflow_url(draft, "submit"))
    shown = messages_of(response)
    assert any("cannot be submitted yet" in m for m in shown)
    assert any("cites [7], but there is no reference 7" in m for m in shown)
    assert "Reference 2 is never cited." in shown
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_withdraw_button_returns_a_submitted_revision_to_draft(editor_client, editor, draft):
    services.revision_submit(revision=draft, actor=editor)
    html = editor_client.get(change_url(draft)).content.decode()
    assert workflow_url(draft, "withdraw") in html
    editor_client.post(workflow_url(draft, "withdraw"))
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_withdraw_of_a_revision_under_review_is_refused_with_a_message(editor_client, editor, reviewers, draft):
    services.revision_submit(revision=draft, actor=editor)
    services.review_start(revision=draft, actor=reviewers[0].user)
    response = editor_client.post(workflow_url(draft, "withdraw"))
    assert any("Cannot withdraw" in m for m in messages_of(response))
    draft.refresh_from_db()
    assert draft.status == Status.UNDER_REVIEW


def test_new_revision_button_copies_sections_wordings_and_references(editor_client, live_revision):
    write(live_revision.sections.get(position=0), "Plain words [1].", reader="patient", heading="In short")
    live_revision.references.filter(number=1).update(url="https://example.org/trial", evidence="rct")
    response = editor_client.post(workflow_url(live_revision, "new"))
    new = Revision.objects.get(article=live_revision.article, number=2)
    assert response["Location"] == change_url(new)
    patient = new.sections.get(position=0).wordings.get(reader_type="patient")
    assert (patient.heading, patient.body) == ("In short", "Plain words [1].")
    fields = ("number", "citation", "evidence", "pmid", "doi", "url")
    assert list(new.references.values_list(*fields)) == list(live_revision.references.values_list(*fields))


def test_workflow_urls_need_post_and_a_known_action(editor_client, draft):
    assert editor_client.get(workflow_url(draft, "submit")).status_code == 405
    assert editor_client.post(workflow_url(draft, "publish")).status_code == 404
    assert editor_client.post("/admin/articles/revision/999999/workflow/submit/").status_code == 404


def test_changelist_actions_call_the_workflow_for_each_revision(editor_client, editor):
    drafts = [make_draft(editor=editor) for _ in range(2)]
    response = editor_client.post(
        CHANGELIST, {"action": "submit_for_review", "_selected_action": [d.pk for d in drafts]}
    )
    assert response.status_code == 302
    assert set(Revision.objects.values_list("status", flat=True)) == {Status.SUBMITTED}
    editor_client.post(CHANGELIST, {"action": "withdraw", "_selected_action": [drafts[0].pk]})
    drafts[0].refresh_from_db()
    assert drafts[0].status == Status.DRAFT


def test_changelist_action_new_revision_refuses_while_one_is_open(editor_client, draft):
    response = editor_client.post(
        CHANGELIST, {"action": "start_new_revision", "_selected_action": [draft.pk]}
    )
    assert any("still in progress" in m for m in messages_of(response))
    assert Revision.objects.count() == 1


# --- The revision list ----------------------------------------------------------------------------


def test_revision_list_filters_by_status(editor_client, editor, live_revision):
    draft = make_draft(editor=editor)
    response = editor_client.get(CHANGELIST, {"status__exact": "draft"})
    assert [r.pk for r in response.context["cl"].result_list] == [draft.pk]


def test_review_due_filter_lists_live_revisions_whose_approval_is_old(editor_client, editor, reviewers, settings):
    due = publish(editor=editor, reviewers=reviewers)
    fresh = publish(editor=editor, reviewers=reviewers)
    Revision.objects.filter(pk=due.pk).update(
        approved_at=timezone.now() - timezone.timedelta(days=settings.REVIEW_INTERVAL_DAYS + 1)
    )
    response = editor_client.get(CHANGELIST, {"review_due": "yes"})
    assert [r.pk for r in response.context["cl"].result_list] == [due.pk]
    html = editor_client.get(change_url(due)).content.decode()
    assert "Review due since" in html
    assert "Review due since" not in editor_client.get(change_url(fresh)).content.decode()


def test_revision_page_shows_reading_grades_against_their_target(editor_client, draft):
    write(
        draft.sections.get(position=0),
        "Notwithstanding considerable interindividual pharmacokinetic variability, "
        "trastuzumab emtansine demonstrated substantially prolonged progression-free survival [1].",
        reader="patient",
    )
    html = editor_client.get(change_url(draft)).content.decode()
    assert "Reading grades" in html
    assert "8 or below" in html
    assert "above target" in html
    assert 'name="readability_note"' in html


def test_article_action_starts_a_revision_from_the_live_one(editor_client, live_revision):
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "start_revision", "_selected_action": [live_revision.article.pk]},
    )
    assert any("revision 2 was started" in m for m in messages_of(response))
    assert live_revision.article.revisions.count() == 2


def test_article_page_lists_its_revisions(editor_client, live_revision):
    html = editor_client.get(
        reverse("admin:articles_article_change", args=[live_revision.article.pk])
    ).content.decode()
    assert change_url(live_revision) in html and "Approved" in html


def test_editor_creates_an_article(editor_client):
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        {"question": "Which drug is gentler?", "slug": "gentler", "topic": "", "drugs": ""},
    )
    assert response.status_code == 302
    assert ArticleFactory._meta.model.objects.filter(slug="gentler").exists()
    assert not Reference.objects.exists()
