"""The chooser and the citations work by keyboard alone, and whatever has the focus shows it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FOCUS_RING = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return {
    focusVisible: element.matches(':focus-visible'),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    outlineColor: style.outlineColor,
  };
}"""


def tab_to(page, selector: str, *, limit: int):
    """Press Tab until `selector` has the focus; fail if it takes more than `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} was not reached in {limit} presses of Tab")


def assert_focus_is_visible(page):
    ring = page.evaluate(FOCUS_RING)
    assert ring["focusVisible"], ring
    assert ring["outlineStyle"] not in ("none", "hidden"), ring
    assert ring["outlineWidth"] >= 2, ring
    assert ring["outlineColor"] not in ("transparent", "rgba(0, 0, 0, 0)"), ring


def test_chooser_and_citations_work_by_keyboard_with_visible_focus(new_page, demo):
    # Without animations: Bootstrap scrolls smoothly to a reference, and the test server sends
    # the favicon uncacheable, so the browser fetches it again on every jump to a reference,
    # which can stop a smooth scroll half way (production's hashed, cached icon is not fetched).
    page = new_page(reduced_motion="reduce")
    lead = demo.lead
    page.goto(demo.article.get_absolute_url())

    # The first stop is the skip link, shown when focused.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert_focus_is_visible(page)

    # The chooser: reach "Patient" with Tab, press Enter, and the patient wording is shown.
    tab_to(page, ".reader-chooser button[value=patient]", limit=40)
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    patient = page.locator(".reader-chooser button[value=patient]")
    expect(patient).to_have_attribute("aria-pressed", "true")
    first_words = " ".join(re.sub(r"[*_#\[\]\d,]", " ", lead.wordings_by_type()["patient"].body).split()[:5])
    expect(page.locator(f"#{lead.anchor}")).to_contain_text(first_words)

    # A citation: Tab to it, Enter goes to the reference; its back link is a few Tabs on,
    # and Enter there returns to the citation.
    tab_to(page, f"#{lead.anchor} a.cite", limit=40)
    assert_focus_is_visible(page)
    number = page.evaluate("document.activeElement.textContent").strip()
    followed = page.evaluate("document.activeElement.id")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"#ref-{number}$"))
    expect(page.locator(f"#ref-{number}")).to_be_in_viewport()
    # The back link to the marker just followed has the focus already (static/js/site.js).
    expect(page.locator(f'#ref-{number} a.backlink[href="#{followed}"]')).to_be_focused()
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"#{followed}$"))
    expect(page.locator(f"#{followed}")).to_be_in_viewport()
