"""The editors' workbench in the admin: Save and submit, text normalised on save, references
filled in from PMID or DOI, previews, and starting revisions from the article's page."""

import pytest
from django.urls import reverse

from articles.models import Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import approve, make_draft, messages_of, new_revision, publish, write
from tests.workbench.admin_post import change_form_data, current_rows

pytestmark = pytest.mark.django_db
Status = Revision.Status


def change_url(revision):
    return reverse("admin:articles_revision_change", args=[revision.pk])


@pytest.fixture
def draft(editor):
    return make_draft(editor=editor)


# --- Save and submit ------------------------------------------------------------------------


def test_the_submit_button_is_part_of_the_form_so_it_saves_the_edit_first(editor_client, draft):
    html = editor_client.get(change_url(draft)).content.decode()
    form = html.split('id="revision_form"')[1]
    assert form.count('name="_submit" class="workflow-submit"') == 2  # above and below the sections
    assert reverse("admin:articles_revision_workflow", args=[draft.pk, "submit"]) not in html


def test_save_and_submit_keeps_an_unsaved_edit_and_submits_it(editor_client, draft):
    sections, references = current_rows(draft)
    sections[1]["professional_body"] = "An edit the editor never saved on its own. [2]"
    data = change_form_data(draft, sections=sections, references=references, _submit="Save and submit")
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 302 and response["Location"] == change_url(draft)
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert draft.sections.get(position=1).base_wording().body == "An edit the editor never saved on its own. [2]"
    assert list(draft.events.values_list("action", flat=True)) == ["created", "edited", "submitted"]
    assert any("Your changes were saved, and revision 1" in m for m in messages_of(response))


def test_a_refused_submission_keeps_the_saved_edit_and_says_why(editor_client, draft):
    sections, _ = current_rows(draft)
    sections[0]["professional_body"] = "Kept even though submitting is refused. [1]"
    data = change_form_data(draft, sections=sections, change_summary="", _submit="Save and submit")
    response = editor_client.post(change_url(draft), data)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert draft.sections.get(position=0).base_wording().body == "Kept even though submitting is refused. [1]"
    shown = messages_of(response)
    assert "Your changes were saved." in shown
    assert any("cannot be submitted yet" in m for m in shown)
    assert any(m.startswith("Write a change summary") for m in shown)


def test_save_and_submit_of_a_stale_form_saves_and_submits_nothing(client, editor, other_editor, draft):
    sections, _ = current_rows(draft)
    client.force_login(other_editor)
    client.post(change_url(draft), change_form_data(draft, change_summary="Another editor's."))
    client.force_login(editor)
    sections[0]["professional_body"] = "Too late. [1]"
    response = client.post(
        change_url(draft), change_form_data(draft, sections=sections, loaded_version=1, _submit="Save and submit")
    )
    assert response.status_code == 200 and "Nothing was saved" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and draft.change_summary == "Another editor's."


# --- Text normalised on save ------------------------------------------------------------------


def test_text_posted_with_windows_line_endings_is_saved_normalised_and_only_real_edits_count(editor_client, draft):
    for section in draft.sections.all():
        write(section, section.base_wording().body + "\n\nA second paragraph.\n* and\n* a list")
    sections, references = current_rows(draft)
    for row in sections:  # the browser posts every text area back with CRLF
        row["professional_body"] = row["professional_body"].replace("\n", "\r\n") + "  \r\n"
    sections[2]["professional_body"] = "Professional text of section 2, edited. [3]\r\n"
    editor_client.post(change_url(draft), change_form_data(draft, sections=sections, change_summary="Edited.\r\n"))
    draft.refresh_from_db()
    bodies = [s.base_wording().body for s in draft.sections.all()]
    assert not any("\r" in body or body.endswith(" ") for body in bodies)
    assert bodies[2] == "Professional text of section 2, edited. [3]"
    assert bodies[0] == "Professional text of section 0. [1]\n\nA second paragraph.\n* and\n* a list"
    assert draft.change_summary == "Edited."
    note = draft.events.filter(action=ReviewEvent.Action.EDITED).get().note
    assert "section “Heading 2” edited" in note and "Heading 0" not in note


# --- References from PMID or DOI ----------------------------------------------------------------


def test_a_reference_given_only_a_pmid_is_filled_in_from_pubmed(editor_client, draft, literature_services):
    sections, references = current_rows(draft)
    references[0].update(citation="", pmid="30516102")
    response = editor_client.post(change_url(draft), change_form_data(draft, references=references))
    assert response.status_code == 302
    reference = draft.references.get(number=1)
    assert reference.citation.startswith("von Minckwitz G, Huang CS, Mano MS, et al. Trastuzumab Emtansine")
    assert reference.record_id == "pmid:30516102"
    assert reference.record_title.startswith("Trastuzumab Emtansine for Residual")


def test_ticking_fill_in_replaces_a_typed_citation_from_crossref(editor_client, draft, literature_services):
    sections, references = current_rows(draft)
    references[1].update(doi="10.1056/NEJMoa1814017")
    data = change_form_data(draft, references=references)
    data["references-1-lookup"] = "on"
    editor_client.post(change_url(draft), data)
    assert draft.references.get(number=2).citation.endswith("N Engl J Med. 2019;380(7):617-28.")


def test_without_network_the_editor_gets_a_message_and_loses_nothing(editor_client, draft, literature_services):
    literature_services.offline = True
    sections, references = current_rows(draft)
    sections[0]["professional_body"] = "An edit made in the same save. [1]"
    references[0].update(citation="", pmid="30516102")
    response = editor_client.post(change_url(draft), change_form_data(draft, sections=sections, references=references))
    html = response.content.decode()
    assert response.status_code == 200
    assert "PubMed could not be reached" in html and "Type the citation by hand" in html
    assert "An edit made in the same save. [1]" in html  # shown back to the editor
    draft.refresh_from_db()
    assert draft.version == 1  # nothing half-saved


def test_a_pmid_pubmed_does_not_know_is_a_form_error(editor_client, draft, literature_services):
    _, references = current_rows(draft)
    references[0].update(citation="", pmid="999999999")
    response = editor_client.post(change_url(draft), change_form_data(draft, references=references))
    assert "PubMed has no record of PMID 999999999" in response.content.decode()


def test_the_look_up_button_checks_every_reference_and_the_checks_flag_a_mismatch(
    editor_client, draft, literature_services
):
    draft.references.filter(number=1).update(pmid="30516102")  # the citation names another paper
    response = editor_client.post(reverse("admin:articles_revision_lookup", args=[draft.pk]), follow=True)
    html = response.content.decode()
    assert "1 reference checked against PubMed or Crossref" in html
    assert "the citation does not name the paper that PMID 30516102 is in PubMed" in html
    draft.refresh_from_db()
    assert draft.version == 2 and draft.references.get(number=1).record_id == "pmid:30516102"


# --- Preview links, and starting revisions -------------------------------------------------------


def test_the_revision_page_links_a_preview_for_each_reader_type(editor_client, draft):
    html = editor_client.get(change_url(draft)).content.decode()
    for key in ("patient", "caregiver", "professional"):
        assert f'{reverse("reviews:preview", args=[draft.pk])}?for={key}' in html


def test_the_articles_page_starts_a_new_revision(editor_client, live_revision):
    article = live_revision.article
    page = editor_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    new_url = reverse("admin:articles_article_new_revision", args=[article.pk])
    assert new_url in page and "Start a new revision" in page
    response = editor_client.post(new_url)
    new = article.revisions.get(number=2)
    assert response["Location"] == change_url(new) and new.based_on == live_revision
    page = editor_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert new_url not in page and "Open revision 2 (draft)" in page


def test_the_question_is_read_only_on_the_articles_page_once_it_has_revisions(editor_client, live_revision):
    article = live_revision.article
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert 'name="question"' not in editor_client.get(url).content.decode()
    editor_client.post(url, {"slug": article.slug, "question": "Changed behind the board's back?"})
    article.refresh_from_db()
    assert article.question != "Changed behind the board's back?"


def test_a_superseded_revision_offers_a_rollback_that_copies_it(editor_client, editor, reviewers):
    first = publish(editor=editor, reviewers=reviewers)
    second = new_revision(first.article, editor=editor)
    services.revision_submit(revision=second, actor=editor)
    approve(second, reviewers)
    page = editor_client.get(change_url(first)).content.decode()
    assert "Roll back: start a new revision from this one" in page
    response = editor_client.post(reverse("admin:articles_revision_workflow", args=[first.pk, "new"]))
    rollback = first.article.revisions.get(number=3)
    assert response["Location"] == change_url(rollback) and rollback.based_on == first
    assert [s.base_wording().body for s in rollback.sections.all()] == [
        s.base_wording().body for s in first.sections.all()
    ]
    rollback.change_summary = "Back to revision 1."
    rollback.save()
    services.revision_submit(revision=rollback, actor=editor)
    approve(rollback, reviewers)
    rollback.article.refresh_from_db()
    assert rollback.article.live_revision == rollback
