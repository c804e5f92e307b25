"""A reader's visit, in a real browser: search, read, choose a wording, follow a citation and
back, and ask a follow-up question."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import FollowUpQuestion
from personalize import readers

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def opening_words(markdown: str, count=6) -> str:
    """The first words of a wording, as the page shows them (no Markdown, no citation marker)."""
    text = re.sub(r"\[[\d,\s]+\]|[*_#>`]", "", markdown)
    return " ".join(text.split()[:count])


def test_reader_searches_reads_in_their_words_follows_a_citation_and_asks(page, demo):
    lead = demo.lead
    professional_words = opening_words(lead.base_wording().body)
    patient_words = opening_words(lead.wordings_by_type()["patient"].body)
    assert professional_words != patient_words  # the demo has a patient wording to switch to

    # The home page lists the article; a search finds it.
    page.goto("/")
    expect(page.get_by_role("link", name=demo.article.question)).to_be_visible()
    page.get_by_label("Search articles").fill("Herzuma biosimilar")
    page.get_by_label("Search articles").press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=Herzuma"))
    results = page.locator(".search-results")
    expect(results).to_contain_text("Herzuma")
    results.get_by_role("link", name=demo.article.question).click()

    # The article, in the professional wording by default.
    expect(page.get_by_role("heading", level=1)).to_have_text(demo.article.question)
    lead_section = page.locator(f"#{lead.anchor}")
    expect(lead_section).to_contain_text(professional_words)
    expect(page.locator(".disclaimer")).to_contain_text(readers.base().disclaimer)

    # "Which best describes you?" -> Patient: the wording and the disclaimer change.
    chooser = page.get_by_role("group", name="Which best describes you?")
    chooser.get_by_role("button", name=re.compile("^Patient")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(demo.article.question)
    expect(lead_section).to_contain_text(patient_words)
    expect(lead_section).not_to_contain_text(professional_words)
    expect(page.locator(".disclaimer")).to_contain_text(readers.registry()["patient"].disclaimer)
    expect(page.locator(".disclaimer")).not_to_contain_text("intended for healthcare professionals")
    expect(chooser.get_by_role("button", name=re.compile("^Patient"))).to_have_attribute(
        "aria-pressed", "true"
    )

    # The choice is remembered on the next visit (a cookie), without ?for= in the link.
    page.goto(demo.article.get_absolute_url())
    expect(lead_section).to_contain_text(patient_words)

    # A citation marker leads to its reference, and the reference leads back to it.
    marker = page.locator(f"#{lead.anchor} a.cite").first
    number, followed = marker.inner_text(), marker.get_attribute("id")
    marker.click()
    expect(page).to_have_url(re.compile(rf"#ref-{number}$"))
    reference = page.locator(f"#ref-{number}")
    expect(reference).to_be_in_viewport()
    reference.locator(f'a.backlink[href="#{followed}"]').click()
    expect(page).to_have_url(re.compile(rf"#{followed}$"))
    expect(page.locator(f"#{followed}")).to_be_in_viewport()

    # A follow-up question reaches the editors' inbox, and the reader sees a confirmation.
    page.get_by_role("link", name="Ask a follow-up question").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Have a follow-up question?")
    question = "Can I have radiotherapy while I am on Kadcyla?"
    page.get_by_label("Your question").fill(question)
    page.get_by_role("button", name=re.compile("Send", re.I)).click()
    expect(page.locator("main")).to_contain_text("your question was sent")
    stored = FollowUpQuestion.objects.get(question=question)
    assert (stored.article_id, stored.reader_type, stored.state) == (
        demo.article.pk, "patient", "new",
    )
