"""Workflow steps that race each other, on PostgreSQL where row locks are real: each pair is
released together by a barrier, several times over, and must leave a consistent history:
the approved revision is live, readers get it, and exactly one revision is current."""

from django.test import Client
from django.urls import reverse

from articles.models import Article, FollowUpQuestion, Revision
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import FULL_CHECKLIST, ROW_LOCK_TESTS, make_draft, new_revision, publish, run_together

pytestmark = ROW_LOCK_TESTS
TRIES = 8
WORDS = ["alpaca", "bison", "camel", "dingo", "eland", "ferret", "gazelle", "heron"]
Status = Revision.Status


def one_approval_short(live, *, editor, reviewers, text, question=None):
    """A new revision of `live`'s article under review, with all but its last approval."""
    revision = new_revision(live.article, editor=editor)
    if question:
        revision.question = question
        revision.save(update_fields=["question"])
    first = revision.sections.order_by("position").first().base_wording()
    first.body += f" {text}"
    first.save()
    services.revision_submit(revision=revision, actor=editor)
    for member in reviewers[:2]:
        services.review_start(revision=revision, actor=member.user)
    services.review_approve(revision=revision, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    return revision


def last_approval(revision, member):
    return lambda: services.review_approve(
        revision=Revision.objects.get(pk=revision.pk), actor=member.user, checklist=FULL_CHECKLIST
    )


def assert_live_everywhere(revision, text):
    """The approved revision is live, readers get it, and the change log has one current."""
    revision.refresh_from_db()
    assert revision.status == Status.APPROVED
    article = Article.objects.get(pk=revision.article_id)
    assert article.live_revision_id == revision.pk
    assert article.public_revision_id == revision.pk
    assert list(article.revisions.filter(status=Status.APPROVED).values_list("pk", flat=True)) == [revision.pk]
    page = Client().get(reverse("articles:detail", args=[article.slug]))
    assert page.status_code == 200 and text in page.content.decode()
    history = Client().get(reverse("articles:history", args=[article.slug])).content.decode()
    assert history.count("(current)") == 1
    assert f"Revision {revision.number} (current)" in history


def test_the_last_approval_and_an_article_save_at_once_never_lose_the_approval(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    article = live.article
    editor_client = Client()
    editor_client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    for attempt in range(TRIES):
        text = f"Approved in try {attempt}."
        question = f"How do treatments compare, asked the {WORDS[attempt]}?"
        revision = one_approval_short(
            Revision.objects.get(article=article, status=Status.APPROVED),
            editor=editor, reviewers=reviewers, text=text, question=question,
        )
        form = {"slug": f"{article.slug.split('--')[0]}--{attempt}", "publish_while_in_review": attempt % 2 == 0}
        form = {key: value for key, value in form.items() if value is not False}
        outcomes = run_together(
            last_approval(revision, reviewers[1]),
            lambda: editor_client.post(url, {**form, "_save": "Save"}),
        )
        assert not isinstance(outcomes[0], Exception), outcomes[0]
        assert outcomes[1].status_code == 302, outcomes[1]
        article.refresh_from_db()
        assert article.slug == form["slug"]
        assert article.question == question
        assert_live_everywhere(revision, text)
        # Search finds the article by the question it has now.
        found = Client().get(reverse("articles:home"), {"q": WORDS[attempt]}).content.decode()
        assert f'/articles/{article.slug}/"' in found


def test_the_last_approval_and_a_request_for_changes_at_once_leave_one_decision(editor, reviewers):
    for _ in range(TRIES):
        revision = make_draft(editor=editor)
        services.revision_submit(revision=revision, actor=editor)
        for member in reviewers:
            services.review_start(revision=revision, actor=member.user)
        services.review_approve(revision=revision, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
        outcomes = run_together(
            last_approval(revision, reviewers[1]),
            lambda revision=revision: services.review_request_changes(
                revision=Revision.objects.get(pk=revision.pk), actor=reviewers[2].user, comment="Fix it."
            ),
        )
        refused = [o for o in outcomes if isinstance(o, services.WorkflowError)]
        assert len(refused) == 1 and not [o for o in outcomes if o not in refused and isinstance(o, Exception)]
        revision.refresh_from_db()
        actions = list(revision.events.values_list("action", flat=True))
        if revision.status == Status.APPROVED:
            assert ReviewEvent.Action.CHANGES_REQUESTED not in actions
            assert_live_everywhere(revision, "")
        else:
            assert revision.status == Status.CHANGES_REQUESTED
            assert ReviewEvent.Action.APPROVED not in actions
            article = Article.objects.get(pk=revision.article_id)
            assert article.live_revision_id is None and article.public_revision_id is None


def test_withdrawing_and_starting_a_review_at_once_leave_one_outcome(editor, reviewers):
    for _ in range(TRIES):
        draft = make_draft(editor=editor)
        services.revision_submit(revision=draft, actor=editor)
        outcomes = run_together(
            lambda: services.revision_withdraw(revision=Revision.objects.get(pk=draft.pk), actor=editor),
            lambda: services.review_start(revision=Revision.objects.get(pk=draft.pk), actor=reviewers[0].user),
        )
        refused = [o for o in outcomes if isinstance(o, services.WorkflowError)]
        assert len(refused) == 1, outcomes
        draft.refresh_from_db()
        if draft.status == Status.DRAFT:
            assert not draft.reviews.exists()
        else:
            assert draft.status == Status.UNDER_REVIEW and draft.reviews.count() == 1


def test_two_new_revisions_of_one_article_at_once_make_one(editor, other_editor, reviewers):
    for _ in range(TRIES):
        live = publish(editor=editor, reviewers=reviewers)
        outcomes = run_together(
            lambda: services.revision_create(article=Article.objects.get(pk=live.article_id), actor=editor),
            lambda: services.revision_create(article=Article.objects.get(pk=live.article_id), actor=other_editor),
        )
        made = [o for o in outcomes if isinstance(o, Revision)]
        refused = [o for o in outcomes if isinstance(o, services.WorkflowError)]
        assert len(made) == 1 and len(refused) == 1, outcomes
        assert live.article.revisions.open().count() == 1
        assert made[0].sections.count() == live.sections.count()


def test_proposing_a_question_and_starting_a_revision_at_once_make_one_draft(editor, other_editor, reviewers):
    for attempt in range(TRIES):
        live = publish(editor=editor, reviewers=reviewers)
        question = FollowUpQuestion.objects.create(
            article=live.article, question=f"Question {attempt}?", reader_type="patient",
            reply=f"Answer {attempt}.",
        )
        outcomes = run_together(
            lambda: services.question_propose(question=FollowUpQuestion.objects.get(pk=question.pk), actor=editor),
            lambda: services.revision_create(article=Article.objects.get(pk=live.article_id), actor=other_editor),
        )
        errors = [o for o in outcomes if isinstance(o, Exception)]
        assert all(isinstance(e, services.WorkflowError) for e in errors), outcomes
        open_revisions = list(live.article.revisions.open())
        assert len(open_revisions) == 1
        question.refresh_from_db()
        if question.proposed_in_id:
            assert question.proposed_in_id == open_revisions[0].pk
            assert f"Answer {attempt}." in open_revisions[0].sections.get(kind="readers_asked").base_wording().body


def test_two_admin_saves_of_one_draft_at_once_save_one_and_refuse_the_other(editor, other_editor):
    from tests.workbench.admin_post import change_form_data

    clients = []
    for user in (editor, other_editor):
        client = Client()
        client.force_login(user)
        clients.append(client)
    for attempt in range(TRIES):
        draft = make_draft(editor=editor)
        url = reverse("admin:articles_revision_change", args=[draft.pk])
        outcomes = run_together(*[
            lambda client=client, n=n: client.post(
                url, change_form_data(draft, change_summary=f"Summary {n} of try {attempt}.")
            )
            for n, client in enumerate(clients)
        ])
        assert sorted(response.status_code for response in outcomes) == [200, 302], outcomes
        refused = next(response for response in outcomes if response.status_code == 200)
        assert "while you were editing" in refused.content.decode()
        draft.refresh_from_db()
        assert draft.version == 2
        assert list(draft.events.values_list("action", flat=True)).count("edited") == 1


def test_a_save_and_a_submission_of_one_draft_at_once_submit_what_was_saved(editor, other_editor):
    for attempt in range(TRIES):
        draft = make_draft(editor=editor)
        wording = draft.sections.order_by("position").first().base_wording()

        def apply(revision, wording=wording, attempt=attempt):
            wording.body += f" Saved in try {attempt}."
            wording.save()

        outcomes = run_together(
            lambda draft=draft, apply=apply: services.revision_save(
                revision=Revision.objects.get(pk=draft.pk), actor=other_editor,
                expected_version=draft.version, apply=apply,
            ),
            lambda draft=draft: services.revision_submit(revision=Revision.objects.get(pk=draft.pk), actor=editor),
        )
        assert isinstance(outcomes[1], Revision), outcomes
        draft.refresh_from_db()
        assert draft.status == Status.SUBMITTED
        saved = isinstance(outcomes[0], Revision)
        if not saved:
            assert isinstance(outcomes[0], services.WorkflowError), outcomes
        # What the board reviews is what is stored: the saved text exactly when the save won.
        body = draft.stored_pages.get(reader_type="professional").body
        assert (f"Saved in try {attempt}." in body) == saved
