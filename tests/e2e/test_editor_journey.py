"""An editor's work in the Django admin, in a real browser: start a new revision from the live
one, change a section, have the citation check refuse a broken marker, fix it and submit."""

import pytest
from playwright.sync_api import expect

from articles.models import Revision

from .conftest import log_in_with_form

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_SENTENCE = "Both drugs are given into a vein every three weeks"


def open_revision(page, revision_label):
    page.get_by_role("link", name="Revisions").first.click()
    page.get_by_role("link", name=revision_label).click()


def edit_lead(page, demo, change):
    body = page.locator(f'textarea[name="sections-{demo.lead.position}-professional_body"]')
    body.fill(change(body.input_value()))
    page.locator('textarea[name="change_summary"]').fill("Says how often both drugs are given.")
    page.locator('input[name="_continue"]').first.click()
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")


def test_editor_starts_a_revision_is_refused_a_broken_marker_then_submits(page, demo):
    account, _ = demo.editor
    log_in_with_form(page, account.username, account.password, path="/admin/login/")
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()

    # The live revision opens read-only, with a button to start a new revision from it.
    open_revision(page, f"{demo.article.slug} r{demo.live.number} (Approved)")
    expect(page.locator(".workflow-readonly")).to_contain_text("read-only")
    expect(page.locator("textarea")).to_have_count(0)
    page.get_by_role("button", name="Start a new revision from this one").click()
    expect(page.locator(".messagelist")).to_contain_text(
        f"Revision {demo.live.number + 1} was started from revision {demo.live.number}"
    )

    # Change a section, citing a reference that does not exist.
    edit_lead(page, demo, lambda text: f"{text}\n\n{NEW_SENTENCE} [99].")
    page.get_by_role("button", name="Save and submit for review").first.click()
    errors = page.locator(".messagelist .error")
    expect(errors.first).to_contain_text("cannot be submitted yet")
    expect(errors.nth(1)).to_contain_text("[99]")
    draft = Revision.objects.get(article=demo.article, number=demo.live.number + 1)
    assert draft.status == Revision.Status.DRAFT

    # Fix the marker, and the submission goes through; the live revision stays live meanwhile.
    edit_lead(page, demo, lambda text: text.replace("[99]", "[1]"))
    page.get_by_role("button", name="Save and submit for review").first.click()
    expect(page.locator(".messagelist .success")).to_contain_text("was submitted for review")
    expect(page.locator(".workflow-readonly")).to_contain_text("read-only")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SUBMITTED
    assert f"{NEW_SENTENCE} [1]." in draft.sections.get(position=demo.lead.position).base_wording().body
    demo.article.refresh_from_db()
    assert demo.article.live_revision_id == demo.live.pk

    page.goto(demo.article.get_absolute_url())
    expect(page.locator(".article-body")).not_to_contain_text(NEW_SENTENCE)
