"""The article prints with its references and review status, without the chooser and forms."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_printed_article_keeps_references_and_review_status_and_drops_the_controls(page, demo):
    page.goto(f"{demo.article.get_absolute_url()}?for=patient")
    # On screen, the controls are there (so hiding them below is the print stylesheet's doing).
    expect(page.locator(".reader-chooser")).to_be_visible()
    expect(page.locator(".feedback")).to_be_visible()
    expect(page.locator(".toc")).to_be_visible()

    page.emulate_media(media="print")
    for hidden in (".reader-chooser", ".feedback", ".toc", ".site-header", ".skip-link", "a.backlink", ".cite-actions"):
        expect(page.locator(hidden).first).to_be_hidden()
    assert page.locator("form:visible, button:visible, input:visible").count() == 0

    for shown in (".article-header h1", ".stepper", ".trust-meta", ".reviewer-list", ".disclaimer", ".cite-block"):
        expect(page.locator(shown)).to_be_visible()
    expect(page.locator(".stepper [aria-current=step]")).to_contain_text("Approved")
    references = page.locator(".references")
    expect(references).to_be_visible()
    expect(references.locator("li")).to_have_count(demo.live.references.count())
    # On paper a link is only its address: reference links print it.
    pubmed = references.locator("a[href^='https://pubmed']").first
    after = pubmed.evaluate("(a) => getComputedStyle(a, '::after').content")
    assert "pubmed.ncbi.nlm.nih.gov" in after
    # The reader's wording is what prints.
    expect(page.locator(".article-body")).to_contain_text("Kadcyla and Herzuma are two cancer drugs")

    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
