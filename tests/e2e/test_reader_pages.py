"""What a new reader meets, measured in a real browser: the answer on a phone's first screen,
a shared wording that sticks, citations that take them back where they were, the "On this
page" list, and headings in size order."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

READER_TYPES = ("patient", "caregiver", "professional")


def first_words(section, reader_type: str, count=5) -> str:
    body = section.wordings_by_type().get(reader_type, section.base_wording()).body
    return " ".join(re.sub(r"\[[\d,\s]+\]|[*_#>`]", "", body).split()[:count])


# --- The answer first ------------------------------------------------------------------


@pytest.mark.parametrize("reader_type", READER_TYPES)
def test_on_a_phone_the_first_screen_reaches_the_first_sections_heading(new_page, demo, reader_type):
    page = new_page(**PHONE)
    page.goto(f"{demo.article.get_absolute_url()}?for={reader_type}")
    heading = page.locator(".article-body h2").first
    expect(heading).to_be_visible()
    box = heading.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], f"first heading ends at {box['y'] + box['height']:.0f} px"
    # The trust panel and the chooser are there, folded to a line each.
    for folded in (".trust-panel", ".reader-chooser", ".toc-details"):
        expect(page.locator(folded)).not_to_have_attribute("open", "")
    expect(page.locator(".trust-summary")).to_be_in_viewport()
    expect(page.locator(".chooser-summary")).to_contain_text("Wording for")


def test_on_a_phone_the_folded_trust_panel_opens_to_the_stepper_and_reviewers(new_page, demo):
    page = new_page(**PHONE)
    page.goto(demo.article.get_absolute_url())
    expect(page.locator(".stepper")).to_be_hidden()
    page.locator(".trust-summary").click()
    expect(page.locator(".stepper")).to_be_visible()
    expect(page.locator(".stepper [aria-current=step]")).to_contain_text("Approved")
    expect(page.locator(".reviewer-list li")).to_have_count(2)
    page.locator(".chooser-summary").click()
    expect(page.get_by_role("group", name="Which best describes you?")).to_be_visible()


def test_on_a_desktop_the_trust_panel_and_chooser_are_open(new_page, demo):
    page = new_page(**DESKTOP)
    page.goto(demo.article.get_absolute_url())
    expect(page.locator(".stepper")).to_be_visible()
    expect(page.get_by_role("group", name="Which best describes you?")).to_be_visible()
    expect(page.locator(".article-body h2").first).to_be_in_viewport()


# --- Reader choice that sticks -----------------------------------------------------------


def test_a_shared_link_keeps_its_wording_for_the_rest_of_the_visit(new_page, demo):
    lead = demo.lead
    page = new_page(**DESKTOP)
    page.goto(f"{demo.article.get_absolute_url()}?for=patient")
    lead_section = page.locator(f"#{lead.anchor}")
    expect(lead_section).to_contain_text(first_words(lead, "patient"))

    # To the change log and back by the page's own links: still the patient wording.
    page.locator(".trust-links").get_by_role("link", name=re.compile("^Change log")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change log")
    page.locator(".back-link a").click()
    expect(page).to_have_url(re.compile(re.escape(demo.article.get_absolute_url()) + "$"))
    expect(lead_section).to_contain_text(first_words(lead, "patient"))
    expect(lead_section).not_to_contain_text(first_words(lead, "professional"))
    expect(page.locator(".reader-chooser button[value=patient]")).to_have_attribute("aria-pressed", "true")

    # Through the home page too.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Articles").click()
    page.get_by_role("link", name=demo.article.question).click()
    expect(lead_section).to_contain_text(first_words(lead, "patient"))

    # For the visit: a session cookie, gone when the browser closes.
    [remembered] = [c for c in page.context.cookies() if c["name"] == "reader_type"]
    assert (remembered["value"], remembered["expires"]) == ("patient", -1)


# --- Citations that behave ---------------------------------------------------------------


FIND_REPEATED = """() => {
  // A marker that is not its reference's first citation, in the body's order.
  const markers = [...document.querySelectorAll('.article-body a.cite')];
  const later = markers.find((a) => !a.id.endsWith('-1') && a.closest('.article-section'));
  return later.id;
}"""

LINE_IN_VIEW = """(id) => {
  // The whole line the marker sits on, from a line height above its digits' foot to half a
  // line below, is inside the window (once the browser's smooth scrolling has ended).
  const marker = document.getElementById(id);
  const line = parseFloat(getComputedStyle(marker.closest('p, li')).lineHeight);
  const digits = document.createRange();
  digits.selectNodeContents(marker);
  const rect = digits.getBoundingClientRect();
  return rect.bottom - line >= 0 && rect.bottom + line / 2 <= innerHeight;
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_back_link_returns_to_the_marker_the_reader_followed(new_page, demo, viewport):
    page = new_page(**viewport)
    page.goto(f"{demo.article.get_absolute_url()}?for=patient")
    followed = page.evaluate(FIND_REPEATED)
    number = followed.split("-")[1]
    marker = page.locator(f"#{followed}")
    marker.scroll_into_view_if_needed()
    marker.click()
    expect(page).to_have_url(re.compile(rf"#ref-{number}$"))

    # The reference's back link to that very marker is marked and has the focus.
    back = page.locator(f'#ref-{number} a.backlink[href="#{followed}"]')
    expect(back).to_have_class(re.compile(r"\bis-followed\b"))
    expect(back).to_be_focused()
    assert page.locator(f"#ref-{number} a.backlink.is-followed").count() == 1
    assert not page.locator(f'#ref-{number} a.backlink[href$="-1"]').evaluate("(a) => a.classList.contains('is-followed')")

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"#{followed}$"))
    page.wait_for_function(LINE_IN_VIEW, arg=followed)


GAPS_AND_LINES = """() => {
  // For each marker: the gap between the end of the word before it and its first digit, and
  // whether that digit is on the same line as the word.
  const results = [];
  for (const group of document.querySelectorAll('.article-body sup.cite-group')) {
    const walker = document.createTreeWalker(document.querySelector('.article-body'), NodeFilter.SHOW_TEXT);
    walker.currentNode = group;
    let text = walker.previousNode();
    while (text && !text.data.replace(/[\\s\\u2060]/g, '')) text = walker.previousNode();
    const end = text.data.replace(/[\\s\\u2060]+$/, '').length;
    const word = document.createRange();
    word.setStart(text, end - 1);
    word.setEnd(text, end);
    const digit = document.createRange();
    const first = group.querySelector('a.cite').firstChild;
    digit.setStart(first, 0);
    digit.setEnd(first, 1);
    const w = word.getBoundingClientRect(), d = digit.getBoundingClientRect();
    results.push({id: group.querySelector('a.cite').id, gap: d.left - w.right, sameLine: d.top < w.bottom && d.bottom > w.top});
  }
  return results;
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("reader_type", READER_TYPES)
def test_markers_sit_against_their_word_and_never_wrap_alone(new_page, demo, viewport, reader_type):
    page = new_page(**viewport)
    page.goto(f"{demo.article.get_absolute_url()}?for={reader_type}")
    markers = page.evaluate(GAPS_AND_LINES)
    assert len(markers) > 20
    apart = [(m["id"], round(m["gap"], 1)) for m in markers if not -1 <= m["gap"] <= 2]
    assert not apart, f"markers set apart from their word (px): {apart}"
    alone = [m["id"] for m in markers if not m["sameLine"]]
    assert not alone, f"markers wrapped onto a line of their own: {alone}"


# --- On this page ------------------------------------------------------------------------


def test_on_a_desktop_the_contents_list_stays_beside_the_text(new_page, demo):
    page = new_page(**DESKTOP)
    page.goto(f"{demo.article.get_absolute_url()}?for=caregiver")
    toc = page.get_by_role("navigation", name="On this page")
    expect(toc).to_be_visible()
    toc_box, body_box = toc.bounding_box(), page.locator(".article-body").bounding_box()
    assert toc_box["x"] + toc_box["width"] <= body_box["x"], "beside the text, to its left"

    # Its entries are the body's headings, in the reader's wording and order.
    entries = toc.locator("a").all_inner_texts()
    headings = page.locator(".article-body > section > h2").all_inner_texts()
    assert entries[: len(headings)] == headings and entries[-1] == "How to cite this article"
    assert "Two different drugs for the same target" in entries  # a caregiver heading

    # An entry leads to its part; the list stays in view while the reader goes on, marking it.
    toc.get_by_role("link", name="References").click()
    expect(page).to_have_url(re.compile(r"#references$"))
    expect(page.locator("#references h2")).to_be_in_viewport()
    expect(toc).to_be_in_viewport()
    expect(toc.get_by_role("link", name="References")).to_have_attribute("aria-current", "true")


def test_on_a_phone_the_contents_list_is_folded_and_opens(new_page, demo):
    page = new_page(**PHONE)
    page.goto(f"{demo.article.get_absolute_url()}?for=patient")
    toc = page.get_by_role("navigation", name="On this page")
    links = toc.locator("a")
    expect(links.first).to_be_hidden()
    toc.locator("summary").click()
    expect(links.first).to_be_visible()
    section = demo.lead.wordings_by_type()["patient"].heading
    toc.get_by_role("link", name=section).click()
    expect(page).to_have_url(re.compile(rf"#{demo.lead.anchor}$"))
    expect(page.locator(f"#{demo.lead.anchor} h2")).to_be_in_viewport()


# --- Headings in size order ---------------------------------------------------------------

HEADING_SIZES = """() => {
  const sizes = {};
  for (const h of document.querySelectorAll('h1, h2, h3')) {
    const box = h.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || !h.checkVisibility()) continue;  // hidden or visually-hidden
    (sizes[h.tagName] ||= []).push(parseFloat(getComputedStyle(h).fontSize));
  }
  return sizes;
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_headings_are_in_size_order_on_every_public_page(new_page, demo, viewport):
    page = new_page(**viewport)
    slug = demo.article.slug
    paths = [
        reverse("articles:home"),
        reverse("articles:home") + "?q=Herzuma",
        f"{demo.article.get_absolute_url()}?for=patient",
        reverse("articles:history", args=[slug]),
        reverse("articles:editorial_policy"),
        reverse("reviews:board"),
        reverse("articles:question", args=[slug]),
        reverse("articles:report_error", args=[slug]),
    ]
    problems = []
    for path in paths:
        page.goto(path)
        sizes = page.evaluate(HEADING_SIZES)
        h1, h2, h3 = (sizes.get(tag, []) for tag in ("H1", "H2", "H3"))
        if len(h1) != 1:
            problems.append(f"{path}: {len(h1)} h1")
        if h1 and h2 and max(h2) >= min(h1):
            problems.append(f"{path}: an h2 of {max(h2)} px is not smaller than the h1 ({min(h1)} px)")
        if h2 and h3 and max(h3) >= min(h2):
            problems.append(f"{path}: an h3 of {max(h3)} px is not smaller than an h2 ({min(h2)} px)")
    assert not problems, "\n".join(problems)
