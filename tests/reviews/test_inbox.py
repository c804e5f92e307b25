"""Answering readers: a reply from the editors' inbox, emailed and recorded; a question with its
reply proposed for the article's "Readers asked" section, reviewed with its next revision."""

import pytest
from django.urls import reverse

from articles.models import FollowUpQuestion, Revision, Section
from reviews import services
from tests.conftest import approve, new_revision
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
QUESTION = "Can I keep working during Kadcyla treatment?"
REPLY = "Many people keep working. Tiredness is common, so plan rest days with your care team."


def ask(article, **fields):
    return FollowUpQuestion.objects.create(article=article, question=QUESTION, reader_type="patient", **fields)


def change_url(question):
    return reverse("admin:articles_followupquestion_change", args=[question.pk])


def test_a_reply_from_the_inbox_is_emailed_and_recorded(
    editor_client, editor, live_revision, mailoutbox, django_capture_on_commit_callbacks
):
    question = ask(live_revision.article, email="reader@example.org")
    assert 'name="reply"' in editor_client.get(change_url(question)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(change_url(question), {"reply": REPLY + "\r\n"}, follow=True)
    assert "Your reply was saved and emailed to reader@example.org." in response.content.decode()
    question.refresh_from_db()
    assert (question.reply, question.replied_by, question.state) == (REPLY, editor, "answered")
    assert question.replied_at is not None and question.answered_at is not None
    [mail] = mailoutbox
    assert mail.to == ["reader@example.org"] and QUESTION in mail.body and REPLY in mail.body
    # Recorded, and not sent twice: the page now shows the reply instead of a form.
    html = editor_client.get(change_url(question)).content.decode()
    assert 'name="reply"' not in html and REPLY in html and "emailed to reader@example.org" in html


def test_a_reply_to_a_reader_who_gave_no_address_is_recorded_not_emailed(
    editor, live_revision, mailoutbox, django_capture_on_commit_callbacks
):
    question = ask(live_revision.article)
    with django_capture_on_commit_callbacks(execute=True):
        services.question_reply(question=question, actor=editor, reply=REPLY)
    assert mailoutbox == [] and question.reply == REPLY


def test_a_question_is_answered_once(editor, other_editor, live_revision):
    question = ask(live_revision.article)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    with pytest.raises(services.InboxError, match="was answered on"):
        services.question_reply(question=question, actor=other_editor, reply="A second answer.")
    question.refresh_from_db()
    assert question.reply == REPLY


@pytest.mark.parametrize("reply", ["", "   \r\n"])
def test_an_empty_reply_is_refused(editor, live_revision, reply):
    with pytest.raises(services.InboxError, match="Write the reply"):
        services.question_reply(question=ask(live_revision.article), actor=editor, reply=reply)


def test_only_editors_reply(live_revision):
    with pytest.raises(services.NotAllowed):
        services.question_reply(question=ask(live_revision.article), actor=UserFactory(is_staff=True), reply=REPLY)


def test_proposing_starts_a_revision_with_a_readers_asked_section(editor_client, editor, live_revision):
    question = ask(live_revision.article)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    response = editor_client.post(reverse("admin:articles_followupquestion_propose", args=[question.pk]))
    revision = live_revision.article.revisions.get(number=2)
    assert response["Location"] == reverse("admin:articles_revision_change", args=[revision.pk])
    section = revision.sections.get(kind=Section.Kind.READERS_ASKED)
    assert section.position == revision.sections.count() - 1  # at the end
    wording = section.base_wording()
    assert wording.heading == "Readers asked"
    assert wording.body == f"**{QUESTION}**\n\n{REPLY}"
    question.refresh_from_db()
    assert question.proposed_in == revision
    assert "Readers asked" in revision.events.last().note


def test_a_second_question_joins_the_open_drafts_readers_asked_section(editor, live_revision):
    first, second = ask(live_revision.article), ask(live_revision.article)
    for question in (first, second):
        services.question_reply(question=question, actor=editor, reply=REPLY)
        services.question_propose(question=question, actor=editor)
    revision = live_revision.article.revisions.get(number=2)
    assert revision.sections.filter(kind=Section.Kind.READERS_ASKED).count() == 1
    assert revision.sections.get(kind=Section.Kind.READERS_ASKED).base_wording().body.count(QUESTION) == 2
    with pytest.raises(services.InboxError, match="already in revision 2"):
        services.question_propose(question=first, actor=editor)


def test_a_question_without_a_reply_or_while_the_next_revision_is_in_review_is_not_proposed(editor, live_revision):
    question = ask(live_revision.article)
    with pytest.raises(services.InboxError, match="Reply to the question first"):
        services.question_propose(question=question, actor=editor)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    in_review = new_revision(live_revision.article, editor=editor)
    services.revision_submit(revision=in_review, actor=editor)
    with pytest.raises(services.InboxError, match="once the board has decided"):
        services.question_propose(question=question, actor=editor)
    assert question.proposed_in is None


def test_readers_see_the_question_and_answer_once_the_board_approves(client, editor, reviewers, live_revision):
    question = ask(live_revision.article)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    revision = services.question_propose(question=question, actor=editor)
    page = lambda: client.get(live_revision.article.get_absolute_url(), {"for": "patient"}).content.decode()  # noqa: E731
    assert QUESTION not in page()
    services.revision_submit(revision=revision, actor=editor)
    assert QUESTION not in page()  # in review
    approve(revision, reviewers)
    html = page()
    section = revision.sections.get(kind=Section.Kind.READERS_ASKED)
    block = html.split(f'<section class="readers-asked" id="{section.anchor}"')[1].split("</section>")[0]
    assert ">Readers asked</h2>" in block
    assert f"<p><strong>{QUESTION}</strong></p>" in block and REPLY in block
    assert html.index('class="readers-asked"') > html.index('class="article-section')  # after the sections
    assert Revision.objects.get(pk=revision.pk).status == Revision.Status.APPROVED


def test_the_inbox_action_proposes_the_selected_questions(editor_client, editor, live_revision):
    question = ask(live_revision.article)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    editor_client.post(
        reverse("admin:articles_followupquestion_changelist"),
        {"action": "propose_for_readers_asked", "_selected_action": [question.pk]},
    )
    question.refresh_from_db()
    assert question.proposed_in.number == 2
