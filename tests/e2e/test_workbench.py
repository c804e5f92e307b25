"""The workbench in a real browser (issue 11): an edit is never lost by submitting; a browser's
CRLF save shows exactly the words changed; the reviewer sees a changed glossary explanation;
previews have the live page's structure for each reader type; and a one-sentence change is
within the first 1,000 px of the review page at 1280 px."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Revision, Section
from personalize.models import GlossaryTerm

from .conftest import ADDED, DESKTOP, REMOVED, log_in_as, screenshot, submit_reworded

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

READERS = ("patient", "caregiver", "professional")
SAFETY_BEFORE = "Your care team will check for them."
SAFETY_AFTER = "Your care team will look out for them at every visit."
FIRST_SCREEN = 1000  # px, at 1280 px wide


def start_revision_in_admin(page, demo):
    """From the article's own admin page, as an editor does."""
    page.goto(reverse("admin:articles_article_change", args=[demo.article.pk]))
    page.get_by_role("button", name="Start a new revision").click()
    expect(page.locator(".messagelist .success")).to_contain_text("was started from revision")
    return Revision.objects.get(article=demo.article, number=demo.live.number + 1)


def safety_section(revision) -> Section:
    return next(s for s in revision.sections.all() if s.base_wording().heading == "Safety")


def test_save_and_submit_without_saving_first_keeps_the_edit(new_page, demo, live_server):
    page = new_page()
    log_in_as(page, demo.editor[1], live_server)
    draft = start_revision_in_admin(page, demo)
    position = safety_section(draft).position

    # Change a sentence of the patient Safety wording, and submit without pressing Save.
    patient = page.locator(f'textarea[name="sections-{position}-patient_body"]')
    assert SAFETY_BEFORE in patient.input_value()
    patient.fill(patient.input_value().replace(SAFETY_BEFORE, SAFETY_AFTER))
    page.locator('textarea[name="change_summary"]').fill("Patients: when the care team checks.")
    page.get_by_role("button", name="Save and submit for review").first.click()

    expect(page.locator(".messagelist .success")).to_contain_text(
        "Your changes were saved, and revision"
    )
    expect(page.locator(".workflow-readonly")).to_contain_text("read-only")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SUBMITTED
    body = safety_section(draft).wordings.get(reader_type="patient").body
    assert SAFETY_AFTER in body and SAFETY_BEFORE not in body

    # The board sees the edit, and only it.
    board = new_page()
    log_in_as(board, demo.reviewers[0][1], live_server)
    board.goto(reverse("reviews:detail", args=[draft.pk]))
    expect(board.locator("#what-changed")).to_contain_text("“Safety”")
    expect(board.locator("#what-changed .change-list del")).to_have_text(["check"])
    expect(board.locator("#what-changed .change-list ins")).to_have_text(["look out", "at every visit"])


def test_an_edit_saved_from_the_browser_shows_exactly_the_words_changed(new_page, demo, live_server):
    editor = new_page()
    log_in_as(editor, demo.editor[1], live_server)
    draft = start_revision_in_admin(editor, demo)
    lead = editor.locator(f'textarea[name="sections-{demo.lead.position}-professional_body"]')
    lead.fill(lead.input_value().replace(REMOVED, ADDED))  # the browser posts every text area with CRLF
    editor.locator('textarea[name="change_summary"]').fill("Plainer wording of the substitution warning.")
    editor.get_by_role("button", name="Save and submit for review").first.click()
    expect(editor.locator(".messagelist .success")).to_contain_text("submitted for review")
    assert not any(
        "\r" in w.body for s in Revision.objects.get(pk=draft.pk).sections.all() for w in s.wordings.all()
    )

    board = new_page()
    log_in_as(board, demo.reviewers[0][1], live_server)
    board.goto(reverse("reviews:detail", args=[draft.pk]))
    changed = board.locator(".wording-label .change-state", has_text="changed")
    expect(changed).to_have_count(1)  # one wording of the 27 (9 sections in 3 wordings)
    wording = board.locator(f"#review-wording-{draft.sections.get(position=demo.lead.position).pk}-professional .diff-source")
    assert [t.strip() for t in wording.locator("ins").all_inner_texts()] == ["two are not interchangeable"]
    assert [t.strip() for t in wording.locator("del").all_inner_texts()] == ["one must never be substituted for", "other"]
    expect(board.locator("#unchanged-sections-h")).to_have_text(f"Unchanged sections ({draft.sections.count() - 1})")


def test_a_reviewer_sees_a_changed_glossary_explanation(new_page, demo, live_server):
    # A term lay readers of the live article get explained.
    reader = new_page()
    reader.goto(f"{demo.article.get_absolute_url()}?for=patient")
    term = reader.locator(".article-body dfn.glossary").first.inner_text()
    glossary = GlossaryTerm.objects.get(term__iexact=term)
    old = glossary.explanation

    # An editor changes its explanation in the admin; then a revision goes to the board.
    editor = new_page()
    log_in_as(editor, demo.editor[1], live_server)
    editor.goto(reverse("admin:personalize_glossaryterm_change", args=[glossary.pk]))
    new = "plain words rewritten by an editor, which the board must see"
    editor.locator('input[name="explanation"], textarea[name="explanation"]').fill(new)
    editor.locator('input[name="_save"]').first.click()
    expect(editor.locator(".messagelist .success")).to_be_visible()
    submitted = submit_reworded(demo)

    board = new_page()
    log_in_as(board, demo.reviewers[0][1], live_server)
    board.goto(reverse("reviews:detail", args=[submitted.pk]))
    item = board.locator("#what-changed .glossary-change")
    expect(item).to_contain_text(f"Glossary: “{glossary.term}”")
    expect(item.locator("del")).to_have_text(old)
    expect(item.locator("ins")).to_have_text(new)
    screenshot(board, "review-glossary-change-1280", height=FIRST_SCREEN)
    # Its link leads to the section where lay readers meet it, marked changed, with the new words.
    item.get_by_role("link").click()
    target = board.locator(":target")
    expect(target).to_contain_text(f"({new})")
    expect(target.locator(".glossary-changes")).to_contain_text(old)


STRUCTURE = """() => {
  const shown = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className.split(' ').sort().join('.') : '');
  const article = document.querySelector('article.article');
  return {
    landmarks: [...article.querySelectorAll('h1, h2, section, aside, header, .stepper, .reader-chooser')].map(shown),
    references: article.querySelectorAll('.reference-list > li').length,
    citations: article.querySelectorAll('a.cite').length,
  };
}"""


@pytest.mark.parametrize("reader_type", READERS)
def test_the_preview_has_the_live_pages_structure(new_page, demo, demo_submitted, live_server, reader_type):
    reader = new_page()
    reader.goto(f"{demo.article.get_absolute_url()}?for={reader_type}")
    live = reader.evaluate(STRUCTURE)

    page = new_page()
    log_in_as(page, demo.editor[1], live_server)
    for revision in (demo.live, demo_submitted):
        response = page.goto(f"{reverse('reviews:preview', args=[revision.pk])}?for={reader_type}")
        assert response.headers["cache-control"] == "private, no-store"
        expect(page.locator(".preview-bar")).to_contain_text("Preview: not published.")
        assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
        assert page.evaluate(STRUCTURE) == live, revision
        assert not page.csp_violations
    # The chooser on a preview switches the preview's wording, not to the live page.
    other = next(key for key in READERS if key != reader_type)
    page.locator(f'.reader-chooser button[value="{other}"]').click()
    expect(page.locator(".preview-links [aria-current=page]")).to_have_attribute("href", f"{reverse('reviews:preview', args=[demo_submitted.pk])}?for={other}")
    screenshot(page, f"preview-{reader_type}-1280", height=900)


def test_a_one_sentence_change_is_in_the_first_screen_of_the_review_page(new_page, demo, demo_submitted, live_server):
    page = new_page(**DESKTOP)
    log_in_as(page, demo.reviewers[0][1], live_server)
    page.goto(reverse("reviews:detail", args=[demo_submitted.pk]))
    bottom = "(el) => el.getBoundingClientRect().bottom + window.scrollY"
    summary = page.locator("#what-changed")
    assert summary.evaluate(bottom) <= FIRST_SCREEN
    marks = page.locator("#what-changed .change-list ins, #what-changed .change-list del")
    assert marks.count() >= 2
    assert max(marks.nth(i).evaluate(bottom) for i in range(marks.count())) <= FIRST_SCREEN
    assert "two are not interchangeable" in page.locator("#what-changed .change-list ins").all_inner_texts()[0]
    # The full diff of the changed section starts in the same screen.
    section = page.locator(".section-change.state-changed").first
    assert section.locator(".diff-source").first.evaluate("(el) => el.getBoundingClientRect().top + window.scrollY") <= FIRST_SCREEN
    screenshot(page, "review-first-screen-1280", height=FIRST_SCREEN)
