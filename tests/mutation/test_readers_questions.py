"""Readers' questions in the editors' inbox (`services.question_reply`, `question_propose`): who
may answer, what the editor is told, and how a question with its answer joins the next revision."""

import pytest
from django.contrib.auth.models import Permission

from articles.models import FollowUpQuestion, Revision, Section
from reviews import services
from tests.conftest import make_draft, new_revision
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
REPLY = "Most people can keep working."


def ask(article, question="Can I keep working?"):
    return FollowUpQuestion.objects.create(article=article, question=question, reader_type="patient")


def test_an_editor_without_the_inbox_permission_cannot_answer(live_revision):
    revision_editor = UserFactory(is_staff=True)
    revision_editor.user_permissions.add(Permission.objects.get(codename="change_revision"))
    inbox_only = UserFactory(is_staff=True)
    inbox_only.user_permissions.add(Permission.objects.get(codename="change_followupquestion"))
    for actor in (revision_editor, inbox_only):
        question = ask(live_revision.article)
        with pytest.raises(services.NotAllowed) as refused:
            services.question_reply(question=question, actor=actor, reply=REPLY)
        assert str(refused.value) == "Only editors can answer readers' questions."
        with pytest.raises(services.NotAllowed):
            services.question_propose(question=question, actor=actor)


@pytest.mark.parametrize("reply", ["", " \n ", None])
def test_a_blank_reply_is_refused_with_a_message(editor, live_revision, reply):
    with pytest.raises(services.InboxError) as refused:
        services.question_reply(question=ask(live_revision.article), actor=editor, reply=reply)
    assert str(refused.value) == "Write the reply first."


def test_proposing_needs_a_reply_and_waits_for_the_boards_decision(editor, live_revision):
    question = ask(live_revision.article)
    with pytest.raises(services.InboxError) as refused:
        services.question_propose(question=question, actor=editor)
    assert str(refused.value) == (
        "Reply to the question first: “Readers asked” shows a question with its answer."
    )
    services.question_reply(question=question, actor=editor, reply=REPLY)
    services.revision_submit(revision=new_revision(live_revision.article, editor=editor), actor=editor)
    with pytest.raises(services.InboxError) as refused:
        services.question_propose(question=question, actor=editor)
    assert str(refused.value) == (
        "Revision 2 is submitted: propose the question once the board has decided on it."
    )


def test_questions_join_one_readers_asked_section_at_the_end_in_order(editor, live_revision):
    first, second = ask(live_revision.article, "Is it *safe*?"), ask(live_revision.article, "How\nlong?")
    for question in (first, second):
        services.question_reply(question=question, actor=editor, reply=REPLY)
        saved = services.question_propose(question=question, actor=editor)
        assert question.proposed_in == saved
        assert FollowUpQuestion.objects.get(pk=question.pk).proposed_in == saved
    last_position = max(live_revision.sections.values_list("position", flat=True))
    section = saved.sections.get(kind=Section.Kind.READERS_ASKED)
    assert section.position == last_position + 1
    assert section.base_wording().heading == "Readers asked"
    assert section.base_wording().body == f"**Is it \\*safe\\*?**\n\n{REPLY}\n\n**How long?**\n\n{REPLY}"


def test_a_proposal_to_a_revision_without_a_summary_gets_one(editor):
    article = ArticleFactory()
    draft = make_draft(editor=editor, article=article, sections=0, references=0)
    Revision.objects.filter(pk=draft.pk).update(change_summary="")
    question = ask(article)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    saved = services.question_propose(question=question, actor=editor)
    assert saved.pk == draft.pk
    assert saved.sections.get().position == 0
    assert Revision.objects.get(pk=draft.pk).change_summary == (
        "A reader's question and our answer added to “Readers asked”."
    )


def test_a_question_joins_an_answer_written_by_hand_after_one_blank_line(editor):
    draft = make_draft(editor=editor, sections=1, references=1)
    section = Section.objects.create(revision=draft, kind=Section.Kind.READERS_ASKED, position=5)
    section.wordings.create(reader_type="professional", heading="Readers asked", body="Earlier answer.\n")
    question = ask(draft.article)
    services.question_reply(question=question, actor=editor, reply=REPLY)
    services.question_propose(question=question, actor=editor)
    assert section.base_wording().body == f"Earlier answer.\n\n**Can I keep working?**\n\n{REPLY}"
