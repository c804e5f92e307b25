"""Everything a public page shows refreshes it at once: a board member's name, credentials or
membership, an article's question, the editorial policy. With the page cache on, as deployed."""

import json
import re

import pytest
from django.urls import reverse

from articles.models import EditorialPolicy
from reviews.models import BoardMember

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def read(client, live_revision):
    response = client.get(live_revision.article.get_absolute_url())
    html = response.content.decode()
    return html, json.loads(JSON_LD.search(html).group(1))


def reviewed_by(data) -> list[tuple]:
    return sorted((p["name"], p["honorificSuffix"], "url" in p) for p in data["reviewedBy"])


@pytest.fixture
def cached(client, live_revision):
    read(client, live_revision)
    assert client.get(live_revision.article.get_absolute_url())["X-Page-Cache"] == "hit"
    return live_revision


def test_renaming_a_board_member_in_the_admin_changes_the_live_page_and_its_jsonld(
    client, admin_client, cached, reviewers, django_capture_on_commit_callbacks
):
    member = reviewers[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:reviews_boardmember_change", args=[member.pk]),
            {"display_name": "Dr. Renamed Person", "credentials": "MD, MPH", "specialty": member.specialty,
             "disclosures": member.disclosures, "bio": "", "user": member.user_id, "active": "on"},
        )
    assert response.status_code == 302
    html, data = read(client, cached)
    assert "Dr. Renamed Person, MD, MPH" in html
    assert member.display_name not in html
    assert ("Dr. Renamed Person", "MD, MPH", True) in reviewed_by(data)


def test_changing_credentials_changes_the_page_at_once(client, cached, reviewers, django_capture_on_commit_callbacks):
    member = reviewers[1]
    with django_capture_on_commit_callbacks(execute=True):
        member.credentials = "MD, PhD, FRCP"
        member.save()
    html, data = read(client, cached)
    assert f"{member.display_name}, MD, PhD, FRCP" in html
    assert (member.display_name, "MD, PhD, FRCP", True) in reviewed_by(data)


@pytest.mark.parametrize("how", ["membership", "account"])
def test_a_member_who_leaves_the_board_is_shown_as_a_former_member(
    client, cached, reviewers, django_capture_on_commit_callbacks, how
):
    member = reviewers[0]
    with django_capture_on_commit_callbacks(execute=True):
        if how == "membership":
            member.active = False
            member.save()
        else:
            member.user.is_active = False
            member.user.save()
    html, data = read(client, cached)
    assert f"{member.name_with_credentials} (former board member)" in html
    # Still named as a reviewer (they did review it), but no longer linked to the board page.
    assert (member.display_name, member.credentials, False) in reviewed_by(data)
    assert member.display_name not in client.get(reverse("reviews:board")).content.decode()


def test_a_login_does_not_rebuild_the_pages_a_member_approved(client, cached, reviewers):
    from django.contrib.auth.models import update_last_login

    update_last_login(None, reviewers[0].user)  # what a login saves: last_login only
    assert client.get(cached.article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_editing_the_policy_refreshes_every_article_page(
    client, admin_client, cached, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("admin:articles_editorialpolicy_add"), {"title": "Policy", "body": "## Sources"})
    assert EditorialPolicy.objects.exists()
    assert "X-Page-Cache" not in client.get(cached.article.get_absolute_url())
