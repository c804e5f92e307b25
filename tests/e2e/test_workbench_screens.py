"""The workbench's screens fit the screens they are used on: the revision list and a revision's
sections in the admin at 1280 px (nothing cut off, headings whole), the review queue at 390 px.
Screenshots of each go to SCREENSHOTS_DIR."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Revision

from .conftest import DESKTOP, PHONE, log_in_as, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
# Nothing scrolls sideways inside the element either (the admin's tables scroll in a box).
WHOLE = "(el) => el.scrollWidth <= el.clientWidth"
RIGHT_EDGE = "(el) => el.getBoundingClientRect().right"


def inside(locator, width) -> list[str]:
    """The elements of `locator` that reach past `width` px."""
    return [
        f"{locator.nth(i).evaluate('(el) => el.outerHTML.slice(0, 80)')} ends at {right:.0f}"
        for i in range(locator.count())
        if (right := locator.nth(i).evaluate(RIGHT_EDGE)) > width
    ]


def test_the_revision_list_fits_a_1280_px_screen(new_page, demo, demo_submitted, live_server):
    page = new_page(**DESKTOP)
    log_in_as(page, demo.editor[1], live_server)
    page.goto(reverse("admin:articles_revision_changelist"))
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    assert page.locator(".results").evaluate(WHOLE), "the list scrolls sideways: columns are cut off"
    assert not inside(page.locator("#result_list th, #result_list td, #changelist-filter"), DESKTOP["width"])
    screenshot(page, "admin-revisions-1280")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_a_drafts_sections_fit_with_their_headings_whole(new_page, demo, live_server, viewport):
    draft = Revision.objects.get(status=Revision.Status.DRAFT)
    page = new_page(**viewport)
    log_in_as(page, demo.editor[1], live_server)
    page.goto(reverse("admin:articles_revision_change", args=[draft.pk]))
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    headings = page.locator("input.wording-heading")
    expect(headings.first).to_be_visible()
    assert not inside(page.locator("input.wording-heading, textarea.wording-body, .submit-row"), viewport["width"])
    assert all(group.evaluate(WHOLE) for group in page.locator(".inline-group, fieldset.module").all())
    # A heading is wide enough to read whole.
    widths = [headings.nth(i).evaluate("(el) => el.clientWidth >= el.scrollWidth") for i in range(headings.count())]
    assert all(widths)
    screenshot(page, f"admin-revision-{viewport['width']}", height=2400)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_review_queue_fits(new_page, demo, demo_submitted, live_server, viewport):
    page = new_page(**viewport)
    log_in_as(page, demo.reviewers[0][1], live_server)
    for tab in ("waiting", "decided"):
        page.goto(f"{reverse('reviews:queue')}?tab={tab}")
        assert page.evaluate(NO_SIDEWAYS_SCROLL), tab
        assert not inside(page.locator(".queue-table td, .queue-tabs"), viewport["width"]), tab
        screenshot(page, f"queue-{tab}-{viewport['width']}")


def test_the_article_and_inbox_admin_pages(new_page, demo, live_server):
    page = new_page(**DESKTOP)
    log_in_as(page, demo.editor[1], live_server)
    page.goto(reverse("admin:articles_article_change", args=[demo.article.pk]))
    expect(page.get_by_role("button", name="Start a new revision")).to_be_visible()
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    screenshot(page, "admin-article-1280")
    page.goto(reverse("admin:articles_followupquestion_changelist"))
    page.locator("#result_list tbody a").first.click()
    expect(page.locator('textarea[name="reply"]')).to_be_visible()
    screenshot(page, "admin-question-1280")
