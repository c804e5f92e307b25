"""Every URL pattern of the site, tried by every role, with the status each must get.

The cases are generated from the URL configuration, not from this file: a new pattern without an
entry in EXPECTED fails its own case, which names it. The admin is covered by a rule (every admin
URL sends anonymous users to the admin login) plus a representative set tried by every role.
"""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from reviews.models import ReviewEvent

from .conftest import ROLES, client_for

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name", or the route itself when the pattern has no name
    route: str
    kwargs: tuple[str, ...]
    named: bool


def _walk(resolver, prefix="", namespace="", kwargs=()):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        names = (*kwargs, *pattern.pattern.regex.groupindex)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else (
                pattern.namespace or namespace
            )
            yield from _walk(pattern, route, inner, names)
        elif isinstance(pattern, URLPattern):
            if pattern.name is None:
                yield Route(route, route, names, named=False)
            else:
                full = f"{namespace}:{pattern.name}" if namespace else pattern.name
                yield Route(full, route, names, named=True)


ROUTES = list(_walk(get_resolver()))
ADMIN_ROUTES = [r for r in ROUTES if r.route.startswith("admin/")]
SITE_ROUTES = [r for r in ROUTES if r not in ADMIN_ROUTES]

# Expected outcome per role, in ROLES order (anonymous, reader, editor, board, admin).
# 200/303/403/404/405: that status; "login": a redirect to the site login, "admin-login" to the
# admin's, "home"/"queue"/"detail"/"admin": a redirect there.
OPEN = (200, 200, 200, 200, 200)
BOARD_ONLY = ("login", 403, 403, 200, 403)
EXPECTED: dict[str, tuple[str, tuple]] = {
    # name: (method, outcomes)
    "articles:home": ("get", OPEN),
    "articles:detail": ("get", OPEN),
    "articles:history": ("get", OPEN),
    "articles:question": ("get", OPEN),
    "articles:question_sent": ("get", OPEN),
    "articles:report_error": ("get", OPEN),
    "articles:error_reported": ("get", OPEN),
    "articles:citation": ("get", OPEN),
    "reviews:board": ("get", OPEN),
    "articles:editorial_policy": ("get", OPEN),
    "personalize:choose": ("post", (303, 303, 303, 303, 303)),
    "reviews:queue": ("get", BOARD_ONLY),
    "reviews:detail": ("get", BOARD_ONLY),
    # A revision as readers will see it: editors, and board members once it is sent to them.
    "reviews:preview": ("get", ("login", 403, 200, 200, 200)),
    # The board's actions, posted empty: starting needs no input; the others show form errors.
    "reviews:start": ("post", ("login", 403, 403, "detail", 403)),
    "reviews:comment": ("post", BOARD_ONLY),
    "reviews:conflict": ("post", BOARD_ONLY),
    "reviews:approve": ("post", BOARD_ONLY),
    "reviews:request_changes": ("post", BOARD_ONLY),
    # Logged-in users are sent on from the login page: board to the queue, staff to the admin.
    "login": ("get", (200, "home", "admin", "queue", "admin")),
    # Logging out is a POST (Django 5); it shows the logged-out page to everyone.
    "logout": ("post", OPEN),
    # Discovery (issue 5): public to all.
    "robots_txt": ("get", OPEN),
    "sitemap": ("get", OPEN),
    "feed": ("get", OPEN),
    "health": ("get", OPEN),
}

# The admin, tried by every role. Readers and board members are not staff.
ADMIN_EXPECTED: dict[str, tuple] = {
    "admin:index": ("admin-login", "admin-login", 200, "admin-login", 200),
    "admin:articles_revision_changelist": ("admin-login", "admin-login", 200, "admin-login", 200),
    "admin:articles_revision_add": ("admin-login", "admin-login", 200, "admin-login", 200),
    "admin:articles_revision_change": ("admin-login", "admin-login", 200, "admin-login", 200),
    "admin:articles_revision_delete": ("admin-login", "admin-login", 403, "admin-login", 403),
    "admin:articles_followupquestion_changelist": (
        "admin-login", "admin-login", 200, "admin-login", 200,
    ),
    "admin:reviews_reviewevent_changelist": ("admin-login", "admin-login", 200, "admin-login", 200),
    "admin:reviews_reviewevent_change": ("admin-login", "admin-login", 200, "admin-login", 200),
    "admin:reviews_reviewevent_delete": ("admin-login", "admin-login", 403, "admin-login", 403),
    "admin:reviews_reviewevent_add": ("admin-login", "admin-login", 403, "admin-login", 403),
    "admin:auth_user_changelist": ("admin-login", "admin-login", 403, "admin-login", 200),
    "admin:auth_group_change": ("admin-login", "admin-login", 403, "admin-login", 200),
}


@pytest.fixture
def url_values(submitted_revision):
    """Values for every URL keyword: a live article, a revision waiting for the board, ..."""
    event = ReviewEvent.objects.filter(revision=submitted_revision).first()
    return {
        "slug": submitted_revision.article.slug,
        "pk": submitted_revision.pk,
        "app_label": "articles",
        "content_type_id": ContentType.objects.get_for_model(ReviewEvent).pk,
        "url": "",
        "action": "submit",
        "id": submitted_revision.author_id,
        "_object_ids": {
            "articles_revision": submitted_revision.pk,
            "reviews_reviewevent": event.pk,
            "auth_group": Group.objects.get(name="Editors").pk,
        },
        "_default_object_id": submitted_revision.pk,
    }


def url_for(route: Route, values: dict) -> str:
    kwargs = {}
    for key in route.kwargs:
        if key == "object_id":
            model = route.name.removeprefix("admin:").rsplit("_", 1)[0]
            kwargs[key] = values["_object_ids"].get(model, values["_default_object_id"])
        elif key in values:
            kwargs[key] = values[key]
        else:
            pytest.fail(f"No value for <{key}> in {route.route}: add one to url_values.")
    if route.named:
        return reverse(route.name, kwargs=kwargs)
    if not route.route.startswith("admin/"):
        pytest.fail(f"URL pattern {route.route!r} has no name: name it so it can be tested.")
    # The admin's unnamed patterns (old-style object URLs that redirect) are plain routes.
    url = "/" + route.route
    for key, value in kwargs.items():
        url = re.sub(rf"<(?:\w+:)?{key}>", str(value), url)
    return url


def outcome_problem(response, outcome) -> str | None:
    """None when `response` is `outcome`; else what happened instead."""
    where = response.get("Location", "")
    redirects = {
        "login": LOGIN + "?next=",
        "admin-login": ADMIN_LOGIN + "?next=",
        "home": reverse("articles:home"),
        "queue": reverse("reviews:queue"),
        "admin": reverse("admin:index"),
        "detail": "/review/",
    }
    if outcome in redirects:
        target = redirects[outcome]
        exact = outcome in ("home", "queue", "admin")
        if response.status_code == 302 and (where == target if exact else where.startswith(target)):
            return None
    elif response.status_code == outcome:
        return None
    return f"expected {outcome}, got {response.status_code} {where}".strip()


def try_every_role(url, method, outcomes, users) -> list[str]:
    problems = []
    for role, outcome in zip(ROLES, outcomes, strict=True):
        response = getattr(client_for(users[role]), method)(url)
        problem = outcome_problem(response, outcome)
        if problem:
            problems.append(f"{role} on {method.upper()} {url}: {problem}")
    return problems


@pytest.mark.parametrize("route", SITE_ROUTES, ids=lambda r: r.name)
def test_site_url_gives_each_role_its_expected_status(route, users, url_values):
    if route.name not in EXPECTED:
        pytest.fail(
            f"URL pattern {route.name!r} ({route.route}) has no entry in the permission matrix: "
            "add what each role must get to EXPECTED in tests/security/test_permission_matrix.py."
        )
    method, outcomes = EXPECTED[route.name]
    problems = try_every_role(url_for(route, url_values), method, outcomes, users)
    assert not problems, "\n".join(problems)


def test_every_admin_url_sends_anonymous_users_to_the_admin_login(url_values, client):
    routes = [r for r in ADMIN_ROUTES if r.name not in ("admin:login", "admin:logout")]
    assert len(routes) > 40  # the walk found the admin's URLs
    problems = []
    for route in routes:
        url = url_for(route, url_values)
        for method in ("get", "post"):
            problem = outcome_problem(getattr(client, method)(url), "admin-login")
            if problem:
                problems.append(f"{route.name} {method.upper()} {url}: {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ADMIN_EXPECTED)
def test_admin_gives_each_role_its_expected_status(name, users, url_values):
    route = next((r for r in ADMIN_ROUTES if r.name == name), None)
    assert route is not None, f"{name} is no longer an admin URL: update ADMIN_EXPECTED."
    problems = try_every_role(url_for(route, url_values), "get", ADMIN_EXPECTED[name], users)
    assert not problems, "\n".join(problems)


def test_the_matrix_names_no_url_that_does_not_exist():
    """Entries for removed URLs would hide that the matrix no longer tests them."""
    known = {r.name for r in SITE_ROUTES}
    stale = set(EXPECTED) - known
    assert not stale, f"EXPECTED names URLs that no longer exist: {sorted(stale)}"
