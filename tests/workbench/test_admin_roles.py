"""Who may do what in the admin: editors edit content, board members do not, and nobody edits
reviews or the audit trail there."""

import pytest
from django.urls import reverse

from articles.models import Revision
from reviews import services
from reviews.models import BoardMember, Review, ReviewEvent
from tests.conftest import make_draft, publish
from tests.factories import BoardMemberFactory, UserFactory
from tests.workbench.admin_post import change_form_data, current_rows

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.fixture
def draft(editor):
    return make_draft(editor=editor)


def edited_post(draft):
    sections, _ = current_rows(draft)
    sections[0]["professional_body"] = "Changed by someone who may not. [1]"
    return change_form_data(draft, sections=sections, change_summary="Not allowed.")


def assert_untouched(draft):
    draft.refresh_from_db()
    assert draft.version == 1 and draft.change_summary == "Revision 1: new content."
    assert draft.sections.get(position=0).base_wording().body.startswith("Professional text")


@pytest.mark.parametrize("who", ["anonymous", "reader", "board member"])
def test_people_without_staff_status_are_sent_to_the_admin_login(client, draft, who):
    if who == "reader":
        client.force_login(UserFactory())
    elif who == "board member":
        client.force_login(BoardMemberFactory().user)
    for response in (client.get(change_url(draft)), client.post(change_url(draft), edited_post(draft))):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    assert_untouched(draft)


def test_a_board_member_with_staff_status_can_only_look(client, draft):
    member = BoardMemberFactory(user=UserFactory(is_staff=True))
    client.force_login(member.user)
    html = client.get(change_url(draft)).content.decode()
    assert 'name="change_summary"' not in html and 'name="sections-0-body"' not in html
    assert client.post(change_url(draft), edited_post(draft)).status_code == 403
    assert client.get(reverse("admin:articles_revision_add")).status_code == 403
    client.post(reverse("admin:articles_revision_workflow", args=[draft.pk, "submit"]))
    assert_untouched(draft)
    assert draft.status == Revision.Status.DRAFT


def test_editors_and_admins_can_edit_drafts(client, draft, editor):
    admin = UserFactory(is_staff=True, is_superuser=True)
    for user in (editor, admin):
        client.force_login(user)
        draft.refresh_from_db()
        response = client.post(change_url(draft), change_form_data(draft, change_summary=user.username))
        assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.change_summary == admin.username and draft.version == 3


def test_editors_can_see_but_not_change_board_members(client, editor):
    member = BoardMemberFactory()
    client.force_login(editor)
    assert client.get(reverse("admin:reviews_boardmember_changelist")).status_code == 200
    assert client.get(reverse("admin:reviews_boardmember_add")).status_code == 403
    response = client.post(change_url(member), {"display_name": "Renamed", "credentials": "MD"})
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.display_name != "Renamed"


def test_an_admin_adds_a_board_member(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    user = UserFactory()
    response = client.post(
        reverse("admin:reviews_boardmember_add"),
        {"user": user.pk, "display_name": "Dr New", "credentials": "MD", "specialty": "Oncology",
         "active": "on"},
    )
    assert response.status_code == 302
    assert BoardMember.objects.get(user=user).display_name == "Dr New"


@pytest.mark.parametrize("who", ["editor", "admin"])
def test_reviews_and_the_audit_trail_cannot_be_changed_in_the_admin(client, editor, reviewers, who):
    revision = make_draft(editor=editor)
    services.revision_submit(revision=revision, actor=editor)
    review = services.review_start(revision=revision, actor=reviewers[0].user)
    event = revision.events.last()
    client.force_login(editor if who == "editor" else UserFactory(is_staff=True, is_superuser=True))
    for model in ("review", "reviewevent", "reviewcomment"):
        assert client.get(reverse(f"admin:reviews_{model}_changelist")).status_code == 200
        assert client.get(reverse(f"admin:reviews_{model}_add")).status_code == 403
    assert client.post(change_url(review), {"decision": "approved"}).status_code == 403
    assert client.post(change_url(event), {"note": "rewritten"}).status_code == 403
    assert client.post(reverse("admin:reviews_reviewevent_delete", args=[event.pk]), {"post": "yes"}).status_code == 403
    assert Review.objects.get().decision == Review.Decision.PENDING
    assert ReviewEvent.objects.get(pk=event.pk).note == ""


def test_editors_cannot_manage_user_accounts(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


@pytest.mark.parametrize("who", ["anonymous", "reader", "board member", "staff board member"])
@pytest.mark.parametrize("action", ["submit", "withdraw", "new"])
def test_workflow_buttons_do_nothing_for_people_who_are_not_editors(client, editor, reviewers, who, action):
    # Each button on a revision where an editor's click would work: draft, submitted, live.
    revision = publish(editor=editor, reviewers=reviewers) if action == "new" else make_draft(editor=editor)
    if action == "withdraw":
        services.revision_submit(revision=revision, actor=editor)
    before = (revision.status, Revision.objects.count())
    if who == "reader":
        client.force_login(UserFactory())
    elif who == "board member":
        client.force_login(BoardMemberFactory().user)
    elif who == "staff board member":
        client.force_login(BoardMemberFactory(user=UserFactory(is_staff=True)).user)
    client.post(reverse("admin:articles_revision_workflow", args=[revision.pk, action]))
    client.post(
        reverse("admin:articles_revision_changelist"),
        {"action": {"submit": "submit_for_review", "withdraw": "withdraw", "new": "start_new_revision"}[action],
         "_selected_action": [revision.pk]},
    )
    revision.refresh_from_db()
    assert (revision.status, Revision.objects.count()) == before


def test_an_admin_can_use_the_workflow_buttons(client, editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    client.post(reverse("admin:articles_revision_workflow", args=[live.pk, "new"]))
    new = Revision.objects.get(article=live.article, number=2)
    sections, _ = current_rows(new)
    sections[0]["professional_body"] += " One sentence more."
    client.post(change_url(new), {
        **change_form_data(new, sections=sections, change_summary="One sentence more."), "_submit": "Save and submit",
    })
    new.refresh_from_db()
    assert new.status == Revision.Status.SUBMITTED
