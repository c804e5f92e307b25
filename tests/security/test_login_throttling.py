"""Login throttling (django-axes) on the site's login and the admin's: after AXES_FAILURE_LIMIT
failures even the right password is refused, with a page that says why."""

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import EditorFactory

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGINS = [pytest.param("login", id="site login"), pytest.param("admin:login", id="admin login")]


def log_in(client, url, username, password):
    return client.post(url, {"username": username, "password": password})


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def staff_user(db):
    return EditorFactory(username="careful-editor")


@pytest.mark.parametrize("login", LOGINS)
def test_right_password_still_works_one_failure_before_the_limit(client, staff_user, login):
    url = reverse(login)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, url, staff_user.username, "wrong password")
        assert response.status_code == 200
        assert "correct username and password" in response.content.decode()
    response = log_in(client, url, staff_user.username, PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)


@pytest.mark.parametrize("login", LOGINS)
def test_repeated_failures_lock_the_login_with_a_clear_message(client, staff_user, login):
    url = reverse(login)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, url, staff_user.username, "wrong password")
    response = log_in(client, url, staff_user.username, PASSWORD)
    html = response.content.decode()
    assert response.status_code in (403, 429)
    assert "Too many failed attempts" in html
    assert f"failed {settings.AXES_FAILURE_LIMIT} times" in html
    assert "Try again in" in html
    assert not is_logged_in(client)


def test_a_lock_on_the_site_login_holds_on_the_admin_login_too(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, reverse("login"), staff_user.username, "wrong password")
    response = log_in(client, reverse("admin:login"), staff_user.username, PASSWORD)
    assert "Too many failed attempts" in response.content.decode()
    assert not is_logged_in(client)


@pytest.mark.parametrize("login", LOGINS)
def test_an_overlong_username_is_refused_without_an_error(client, login):
    # django-axes records the attempted username in a varchar(255); the login forms must refuse
    # a longer one before it gets there (on PostgreSQL it would be a DataError, a 500).
    response = log_in(client, reverse(login), "x" * 300, "whatever")
    assert response.status_code == 200
    assert not is_logged_in(client)
