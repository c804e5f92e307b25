"""The board's review page and its forms: who may open it, what it shows, and each decision."""

import re

import pytest
from django.urls import reverse

from articles.models import Revision, Section, Wording
from reviews import services
from reviews.diff import word_diff
from reviews.models import Review, ReviewComment
from tests.conftest import FULL_CHECKLIST, approve, make_draft, new_revision, publish, write
from tests.factories import BoardMemberFactory, SectionFactory, UserFactory

pytestmark = pytest.mark.django_db
Status = Revision.Status


def detail_url(revision):
    return reverse("reviews:detail", args=[revision.pk])


def action_url(name, revision):
    return reverse(f"reviews:{name}", args=[revision.pk])


@pytest.fixture
def board_client(client, reviewers):
    client.force_login(reviewers[0].user)
    return client


def start(revision, member):
    services.review_start(revision=revision, actor=member.user)


# --- Who may open the pages ---------------------------------------------------------------

PAGES = ["detail", "start", "comment", "conflict", "approve", "request_changes"]


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_users_are_sent_to_login(client, submitted, page):
    url = action_url(page, submitted)
    response = client.get(url) if page == "detail" else client.post(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"
    assert not Review.objects.exists()


@pytest.mark.parametrize("who", ["reader", "editor", "admin", "inactive board member"])
@pytest.mark.parametrize("page", PAGES)
def test_logged_in_users_who_are_not_active_board_members_get_403(client, submitted, page, who):
    if who == "reader":
        user = UserFactory()
    elif who == "editor":
        user = submitted.author
    elif who == "admin":
        user = UserFactory(is_staff=True, is_superuser=True)
    else:
        user = BoardMemberFactory(active=False).user
    client.force_login(user)
    url = action_url(page, submitted)
    response = client.get(url) if page == "detail" else client.post(url, {"comment-body": "x"})
    assert response.status_code == 403
    assert not Review.objects.exists() and not ReviewComment.objects.exists()


def test_board_member_opens_a_submitted_revision(board_client, submitted):
    response = board_client.get(detail_url(submitted))
    assert response.status_code == 200
    assert submitted.article.question in response.content.decode()


@pytest.mark.parametrize("status", ["draft", "changes_requested"])
def test_a_guessed_id_of_work_in_progress_is_404_for_board_members(board_client, editor, reviewers, status):
    revision = make_draft(editor=editor)
    if status == "changes_requested":
        services.revision_submit(revision=revision, actor=editor)
        start(revision, reviewers[1])
        services.review_request_changes(revision=revision, actor=reviewers[1].user, comment="Fix it.")
    response = board_client.get(detail_url(revision))
    assert response.status_code == 404
    assert "Professional text" not in response.content.decode()


def test_a_never_submitted_draft_is_404_for_a_posted_decision_too(board_client, editor):
    revision = make_draft(editor=editor)
    response = board_client.post(action_url("start", revision))
    assert response.status_code == 404
    assert not Review.objects.exists()


@pytest.mark.parametrize("pk", [999999, 2**63, 10**30])
def test_unknown_ids_are_404(board_client, pk):
    assert board_client.get(f"/review/{pk}/").status_code == 404
    assert board_client.post(f"/review/{pk}/start/").status_code == 404


def test_decided_revisions_stay_readable_for_the_board(board_client, live_revision):
    response = board_client.get(detail_url(live_revision))
    html = response.content.decode()
    assert response.status_code == 200
    assert "it can no longer be reviewed" in html
    assert 'action="/review/' not in html


# --- The word diff -------------------------------------------------------------------------


def test_word_diff_marks_removed_and_added_words():
    assert str(word_diff("Give 3.6 mg/kg every 3 weeks.", "Give 2.4 mg/kg every 3 weeks.")) == (
        "Give <del>3</del><ins>2</ins>.<del>6</del><ins>4</ins> mg/kg every 3 weeks."
    )


def test_word_diff_escapes_the_text_it_marks():
    html = str(word_diff("safe", "<script>alert(1)</script> safe"))
    assert "<script>" not in html
    assert html.startswith("<ins>&lt;script&gt;alert")


def test_word_diff_of_identical_texts_marks_nothing():
    assert str(word_diff("Same [1] & more.", "Same [1] & more.")) == "Same [1] &amp; more."


# --- What the page shows ------------------------------------------------------------------


@pytest.fixture
def second_revision(editor, reviewers, live_revision):
    """A submitted revision of a live article: one section reworded, one reference added."""
    revision = services.revision_create(article=live_revision.article, actor=editor)
    first = revision.sections.get(position=0)
    write(first, "Professional text of section 0, now with a safety update. [1] [4]")
    write(first, "Your doctor checks your blood often. [1]", reader="patient", heading="Blood tests")
    revision.references.create(number=4, citation="Krop IE. TH3RESA. Lancet Oncol. 2014.")
    changed = revision.references.get(number=2)
    changed.citation = "Author 2. Trial 2, final analysis. J Clin Oncol. 2021."
    changed.save()
    revision.change_summary = "Adds the TH3RESA safety data."
    revision.readability_note = "Trial names cannot be simplified."
    revision.save()
    services.revision_submit(revision=revision, actor=editor)
    return revision


def test_review_page_marks_added_and_removed_words_against_the_live_revision(board_client, second_revision):
    html = board_client.get(detail_url(second_revision)).content.decode()
    assert "compared with revision 1 (approved)" in html
    assert "section 0<ins>, now with a safety update</ins>. [1]<ins> [4]</ins>" in html
    assert "Adds the TH3RESA safety data." in html


def test_review_page_shows_every_reader_type_wording(board_client, second_revision):
    html = board_client.get(detail_url(second_revision)).content.decode()
    assert "Patient wording" in html and "Caregiver or family member readers" in html
    assert "Your doctor checks your blood often." in html
    assert "No caregiver or family member wording" in html


def test_review_page_marks_reference_changes(board_client, second_revision):
    html = board_client.get(detail_url(second_revision)).content.decode()
    references = html.split('id="references-h"')[1]
    assert '<li class="reference-change state-added" value="4" id="review-ref-4">' in references
    assert '<li class="reference-change state-changed" value="2" id="review-ref-2">' in references
    assert "Trial 2<ins>, final analysis</ins>. J Clin Oncol. <del>2020</del><ins>2021</ins>." in references
    assert '<li class="reference-change state-unchanged" value="1" id="review-ref-1">' in references


def test_review_page_shows_reading_grades_with_the_editors_note(board_client, second_revision):
    html = board_client.get(detail_url(second_revision)).content.decode()
    assert "Trial names cannot be simplified." in html
    assert "target 8 or below" in html


def test_review_page_shows_citation_check_results(board_client, submitted):
    html = board_client.get(detail_url(submitted)).content.decode()
    assert "Every citation marker points at a reference" in html
    # A submitted revision passed the checks; if its data were changed behind the workflow's
    # back, the board must still see the problem rather than a reassuring message.
    Wording.objects.filter(section__revision=submitted, section__position=0).update(body="Cites nothing real [9].")
    html = board_client.get(detail_url(submitted)).content.decode()
    assert "cites [9], but there is no reference 9" in html
    assert "Reference 1 is never cited." in html


def test_review_page_shows_other_reviewers_decisions_and_comments(board_client, submitted, reviewers):
    other = reviewers[1]
    start(submitted, other)
    section = submitted.sections.first()
    services.review_comment(revision=submitted, actor=other.user, body="Check the dose.", section=section)
    services.review_approve(revision=submitted, actor=other.user, checklist=FULL_CHECKLIST, comment="Sound.")
    html = board_client.get(detail_url(submitted)).content.decode()
    assert other.name_with_credentials in html
    assert "Approved" in html and "Sound." in html
    assert "Check the dose." in html


def test_review_page_query_count_does_not_grow_with_sections_and_references(
    client, editor, reviewers, django_assert_max_num_queries
):
    client.force_login(reviewers[0].user)
    small = publish(editor=editor, reviewers=reviewers[1:], sections=2, references=2)
    big = publish(editor=editor, reviewers=reviewers[1:], sections=15, references=15)
    counts = []
    for live in (small, big):
        revision = new_revision(live.article, editor=editor)
        services.revision_submit(revision=revision, actor=editor)
        start(revision, reviewers[1])
        services.review_comment(revision=revision, actor=reviewers[1].user, body="Fine.")
        with django_assert_max_num_queries(16) as captured:
            assert client.get(detail_url(revision)).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


# --- The forms ------------------------------------------------------------------------------


def test_start_review_moves_the_revision_under_review(board_client, submitted, reviewers):
    response = board_client.post(action_url("start", submitted), follow=True)
    submitted.refresh_from_db()
    assert submitted.status == Status.UNDER_REVIEW
    assert Review.objects.get(revision=submitted).reviewer == reviewers[0]
    assert "Your review has started." in response.content.decode()


def test_the_author_sees_no_review_forms_and_cannot_start_one(client, editor, submitted):
    BoardMemberFactory(user=editor)
    client.force_login(editor)
    html = client.get(detail_url(submitted)).content.decode()
    assert "You wrote or edited this revision" in html
    assert 'action="/review/' not in html
    response = client.post(action_url("start", submitted))
    assert "cannot review it" in response.content.decode()
    assert not Review.objects.exists()


def test_comment_on_a_section_is_recorded_and_shown(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    section = submitted.sections.get(position=1)
    response = board_client.post(
        action_url("comment", submitted),
        {"comment-section": section.pk, "comment-body": "Cite the label here."},
        follow=True,
    )
    comment = ReviewComment.objects.get()
    assert (comment.section, comment.body, comment.author) == (section, "Cite the label here.", reviewers[0].user)
    html = response.content.decode()
    assert "Cite the label here." in html.split(f'id="review-section-{section.pk}"')[1]


def test_a_comment_on_another_revisions_section_is_refused_on_the_form(board_client, submitted, reviewers, editor):
    start(submitted, reviewers[0])
    foreign = SectionFactory(revision=make_draft(editor=editor))
    response = board_client.post(
        action_url("comment", submitted), {"comment-section": foreign.pk, "comment-body": "Sneaky."}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not ReviewComment.objects.exists()


def test_an_empty_comment_is_refused_on_the_form(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    response = board_client.post(action_url("comment", submitted), {"comment-body": "   "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not ReviewComment.objects.exists()


def test_declaring_a_conflict_hides_approval_and_the_service_refuses_it(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    board_client.post(action_url("conflict", submitted), {"conflict-details": "I advise the maker."})
    review = Review.objects.get()
    assert review.conflict_of_interest and review.conflict_details == "I advise the maker."
    html = board_client.get(detail_url(submitted)).content.decode()
    assert 'action="/review/%d/approve/"' % submitted.pk not in html
    assert "I advise the maker." in html
    response = board_client.post(
        action_url("approve", submitted), {"approve-checklist": FULL_CHECKLIST}
    )
    assert "declared a conflict of interest" in response.content.decode()
    review.refresh_from_db()
    assert review.decision == Review.Decision.PENDING


def test_approval_needs_the_whole_checklist(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    response = board_client.post(
        action_url("approve", submitted), {"approve-checklist": FULL_CHECKLIST[:3]}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Complete the checklist before approving" in html
    assert "The wording fits each reader type" in html
    assert Review.objects.get().decision == Review.Decision.PENDING


def test_an_unknown_checklist_item_is_a_form_error(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    response = board_client.post(
        action_url("approve", submitted), {"approve-checklist": [*FULL_CHECKLIST, "bogus"]}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert Review.objects.get().decision == Review.Decision.PENDING


def test_two_approvals_through_the_page_publish_the_revision(client, submitted, reviewers):
    for member in reviewers[:2]:
        client.force_login(member.user)
        client.post(action_url("start", submitted))
        response = client.post(
            action_url("approve", submitted), {"approve-checklist": FULL_CHECKLIST}, follow=True
        )
        assert "Your approval was recorded." in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.status == Status.APPROVED
    assert submitted.article.live_revision == submitted


def test_request_changes_needs_a_comment(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    response = board_client.post(action_url("request_changes", submitted), {"request_changes-comment": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.status == Status.UNDER_REVIEW


def test_request_changes_sends_the_revision_back_and_returns_to_the_queue(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    response = board_client.post(
        action_url("request_changes", submitted), {"request_changes-comment": "Dose is wrong."}
    )
    assert response.status_code == 302 and response["Location"] == reverse("reviews:queue")
    submitted.refresh_from_db()
    assert submitted.status == Status.CHANGES_REQUESTED
    assert Review.objects.get().comment == "Dose is wrong."


# --- Decisions on a revision that has moved on ------------------------------------------------


def test_approving_a_revision_already_approved_is_refused_with_a_message(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    approve(submitted, reviewers[1:])
    response = board_client.post(action_url("approve", submitted), {"approve-checklist": FULL_CHECKLIST})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cannot approve: revision 1 is approved." in html
    assert Review.objects.get(reviewer=reviewers[0]).decision == Review.Decision.PENDING


def test_a_decision_on_a_withdrawn_revision_is_refused_with_a_message(board_client, submitted, editor):
    services.revision_withdraw(revision=submitted, actor=editor)
    response = board_client.post(action_url("start", submitted), follow=True)
    assert response.status_code == 200
    assert "is no longer in review" in response.content.decode()
    assert not Review.objects.exists()


def test_a_decision_after_changes_were_requested_by_another_is_refused(board_client, submitted, reviewers):
    start(submitted, reviewers[0])
    start(submitted, reviewers[1])
    services.review_request_changes(revision=submitted, actor=reviewers[1].user, comment="No.")
    response = board_client.post(
        action_url("approve", submitted), {"approve-checklist": FULL_CHECKLIST}, follow=True
    )
    assert "is no longer in review" in response.content.decode()
    assert Review.objects.get(reviewer=reviewers[0]).decision == Review.Decision.PENDING


def test_get_on_a_form_url_is_not_allowed(board_client, submitted):
    assert board_client.get(action_url("approve", submitted)).status_code == 405


def test_review_pages_carry_no_inline_script_or_style(board_client, second_revision):
    html = board_client.get(detail_url(second_revision)).content.decode()
    # Scripts only from files of the site (the Content-Security-Policy allows nothing else).
    assert all(' src="/static/' in tag for tag in re.findall(r"<script[^>]*>", html))
    assert "<style" not in html and "style=" not in html
