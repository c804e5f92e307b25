"""Two board members review a new revision in a real browser: they find it in the queue and see
the diff; one requests changes; the editor fixes it in the admin; both approve; readers see it."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Revision
from reviews.checklist import DEFAULT_ITEMS

from .conftest import ADDED, log_in_with_form

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FIX = "Pharmacies dispense them under different brand names."


@pytest.fixture
def submitted(demo_submitted):
    return demo_submitted


def open_from_queue(page, account, article):
    if account is None:  # already logged in
        page.get_by_role("link", name="Review queue").click()
    else:
        log_in_with_form(page, account.username, account.password)
    expect(page.get_by_role("heading", level=1)).to_have_text("Review queue")
    page.get_by_role("link", name=article.question).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(article.question)


def start_review(page):
    page.get_by_role("button", name="Start review").click()
    expect(page.locator(".messages, .alert").first).to_contain_text("Your review has started")


def approve(page):
    form = page.locator("form", has=page.get_by_role("button", name="Approve"))
    for _, label, _ in DEFAULT_ITEMS:
        form.get_by_label(label).check()
    form.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Your approval was recorded.")).to_be_visible()


def test_two_board_members_review_with_one_round_of_changes(new_page, demo, submitted):
    (first, _), (second, _) = demo.reviewers[:2]
    article = demo.article

    # The first member finds the revision in the queue and sees what changed.
    board = new_page()
    open_from_queue(board, first, article)
    expect(board.locator(".review-meta").first).to_contain_text(f"Revision {submitted.number}")
    expect(board.locator("ins").filter(has_text="interchangeable").first).to_be_visible()
    expect(board.locator("del").filter(has_text="substituted").first).to_be_visible()

    # ... and requests changes, with a comment the editors see.
    start_review(board)
    changes = board.locator("form", has=board.get_by_role("button", name="Request changes"))
    changes.get_by_label("What needs to change").fill("Also say that pharmacies use different names.")
    changes.get_by_role("button", name="Request changes").click()
    expect(board.get_by_text("Changes were requested")).to_be_visible()
    submitted.refresh_from_db()
    assert submitted.status == Revision.Status.CHANGES_REQUESTED

    # The editor reads the request in the admin, fixes the section and submits again.
    editor_account, _ = demo.editor
    admin = new_page()
    log_in_with_form(admin, editor_account.username, editor_account.password, path="/admin/login/")
    admin.get_by_role("link", name="Revisions").first.click()
    admin.get_by_role("link", name=f"{article.slug} r{submitted.number} (Changes requested)").click()
    body = admin.locator(f'textarea[name="sections-{demo.lead.position}-professional_body"]')
    body.fill(body.input_value().replace(ADDED, f"{ADDED}. {FIX[:-1]}"))
    # "Save and submit" saves the edit and submits it in one step.
    admin.get_by_role("button", name="Save and submit for review").first.click()
    expect(admin.locator(".messagelist .success")).to_contain_text("was submitted for review")

    # Both members approve the new round; the second approval publishes it.
    open_from_queue(board, None, article)
    start_review(board)
    approve(board)
    submitted.refresh_from_db()
    assert submitted.status == Revision.Status.UNDER_REVIEW  # one approval is not enough

    second_board = new_page()
    open_from_queue(second_board, second, article)
    expect(second_board.locator("ins").filter(has_text="Pharmacies").first).to_be_visible()
    start_review(second_board)
    approve(second_board)
    submitted.refresh_from_db()
    assert submitted.status == Revision.Status.APPROVED

    # A reader sees the new revision live, with both reviewers named, and in the change log.
    reader = new_page()
    reader.goto(article.get_absolute_url())
    expect(reader.locator(f"#{demo.lead.anchor}")).to_contain_text(FIX[:-1])
    reviewers = reader.locator(".reviewer-list")
    for member in demo.reviewers[:2]:
        expect(reviewers).to_contain_text(member[1].board_member.display_name)
    expect(reader.locator(".stepper [aria-current=step]")).to_contain_text("Approved")
    reader.locator(".trust-links").get_by_role("link", name=re.compile("^Change log")).click()
    expect(reader.locator("main")).to_contain_text(re.compile(rf"Revision {submitted.number}\b"))
    expect(reader.locator("main")).to_contain_text("Plainer wording of the substitution warning.")
