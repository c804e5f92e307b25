"""Logging in and out on the site's own pages, and the lock-out after repeated failures."""

import pytest
from django.urls import reverse

from tests.factories import BoardMemberFactory, UserFactory

pytestmark = pytest.mark.django_db
LOGIN, LOGOUT = reverse("login"), reverse("logout")
PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory


def log_in(client, user, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": user.username, "password": password, **extra})


def test_login_page_is_a_crispy_form_in_the_site_look(client):
    html = client.get(LOGIN).content.decode()
    assert 'class="site-header"' in html
    assert 'name="username"' in html and "form-control" in html
    assert 'value="Log in"' in html


@pytest.mark.parametrize("role, landing", [
    ("board member", "/review/"), ("editor", "/admin/"), ("reader", "/"),
])
def test_each_role_lands_on_its_own_pages(client, editor, role, landing):
    user = {"board member": lambda: BoardMemberFactory().user, "editor": lambda: editor,
            "reader": UserFactory}[role]()
    response = log_in(client, user)
    assert response.status_code == 302 and response["Location"] == landing


def test_login_returns_to_the_page_asked_for(client):
    member = BoardMemberFactory()
    response = log_in(client, member.user, next="/review/?tab=mine")
    assert response["Location"] == "/review/?tab=mine"


def test_login_never_redirects_off_site(client):
    response = log_in(client, BoardMemberFactory().user, next="https://evil.example/")
    assert response["Location"] == "/review/"


def test_a_wrong_password_is_an_error_on_the_form(client):
    response = log_in(client, BoardMemberFactory().user, password="wrong")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_logout_shows_the_logged_out_page_and_ends_the_session(client):
    client.force_login(BoardMemberFactory().user)
    queue = client.get(reverse("reviews:queue")).content.decode()
    assert f'action="{LOGOUT}"' in queue
    response = client.post(LOGOUT)
    assert response.status_code == 200
    assert "You have logged out" in response.content.decode()
    assert client.get(reverse("reviews:queue")).status_code == 302


def test_repeated_failures_lock_the_account_with_a_clear_page(client, settings):
    member = BoardMemberFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, member.user, password="wrong")
    response = log_in(client, member.user)
    html = response.content.decode()
    assert response.status_code == 429
    assert "Too many failed attempts" in html
    assert f"Try again in {round(settings.AXES_COOLOFF_TIME * 60)} minutes." in html
    assert "_auth_user_id" not in client.session


def test_public_pages_show_no_account_links(client):
    client.force_login(BoardMemberFactory().user)
    html = client.get(reverse("articles:home")).content.decode()
    assert LOGOUT not in html and "Review queue" not in html
