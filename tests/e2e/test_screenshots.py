"""The article page for each reader type, and the review page, at phone width (390 px) and on a
desktop (1280 px). The tests take screenshots (`make screenshots` puts them in
docs/screenshots/ for the README) and check what a person would notice first: nothing wider
than the screen, the trust panel and the chooser in view."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, log_in_as, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SIZES = {"390": PHONE, "1280": DESKTOP}
# The top of the article: the trust panel, the chooser and the start of the reader's wording.
ARTICLE_TOP = {"390": 1800, "1280": 1300}
NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.mark.parametrize("reader_type", ["patient", "caregiver", "professional"])
def test_article_page_fits_phone_and_desktop(new_page, demo, reader_type):
    for size, viewport in SIZES.items():
        page = new_page(**viewport)
        page.goto(f"{demo.article.get_absolute_url()}?for={reader_type}")
        assert page.evaluate(NO_SIDEWAYS_SCROLL), f"wider than {size} px"
        expect(page.get_by_role("heading", level=1)).to_be_in_viewport()
        # The trust panel: open on a desktop, folded to its summary line on a phone.
        expect(page.locator(".trust-summary")).to_be_visible()
        if viewport is DESKTOP:
            expect(page.locator(".stepper")).to_be_visible()
        chooser = page.locator(".reader-chooser")
        expect(chooser.locator(f"button[value={reader_type}]")).to_have_attribute(
            "aria-pressed", "true"
        )
        screenshot(page, f"article-{reader_type}-{size}", height=ARTICLE_TOP[size])


def test_review_page_fits_phone_and_desktop(new_page, demo, demo_submitted, live_server):
    for size, viewport in SIZES.items():
        page = new_page(**viewport)
        log_in_as(page, demo.reviewers[0][1], live_server)
        page.goto(reverse("reviews:detail", args=[demo_submitted.pk]))
        assert page.evaluate(NO_SIDEWAYS_SCROLL), f"wider than {size} px"
        expect(page.get_by_role("heading", level=1)).to_have_text(demo.article.question)
        expect(page.locator("ins").first).to_be_visible()
        screenshot(page, f"review-{size}")


def test_citation_markers_are_big_enough_to_tap_on_a_phone(new_page, demo):
    """PRODUCT.md: "Citation markers are small superscript numbers with enough target size to
    tap". The bar is WCAG 2.2's minimum target size, 24 by 24 CSS pixels."""
    page = new_page(**PHONE)
    page.goto(demo.article.get_absolute_url())
    markers = page.locator(".article-body a.cite")
    assert markers.count() > 5
    small = [
        (markers.nth(i).inner_text(), box["width"], box["height"])
        for i in range(min(markers.count(), 10))
        if (box := markers.nth(i).bounding_box())["width"] < 24 or box["height"] < 24
    ]
    assert not small, f"citation markers smaller than 24 x 24 px: {small}"
