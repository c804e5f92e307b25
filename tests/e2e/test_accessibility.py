"""axe-core finds no serious or critical violation on the pages people use."""

import pytest
from django.urls import reverse

from .conftest import DESKTOP, PHONE, log_in_as, serious_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Grouped so that each test loads the demo once; a failure names every page and violation.
PUBLIC_PAGES = {
    "home": lambda demo: reverse("articles:home"),
    "search": lambda demo: reverse("articles:home") + "?q=Herzuma",
    "history": lambda demo: reverse("articles:history", args=[demo.article.slug]),
    "question": lambda demo: reverse("articles:question", args=[demo.article.slug]),
    "advisory-board": lambda demo: reverse("reviews:board"),
    "editorial-policy": lambda demo: reverse("articles:editorial_policy"),
    "login": lambda demo: reverse("login"),
}
ARTICLE_PAGES = {
    reader_type: (lambda demo, key=reader_type: f"{demo.article.get_absolute_url()}?for={key}")
    for reader_type in ("professional", "patient", "caregiver")
}
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])


def violations(page, axe_source, paths) -> list[str]:
    found = []
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        found += [f"{path}: {violation}" for violation in serious_axe_violations(page, axe_source)]
    return found


@VIEWPORTS
def test_public_pages_have_no_serious_accessibility_violation(new_page, demo, axe_source, viewport):
    page = new_page(bypass_csp=True, **viewport)
    found = violations(page, axe_source, [url(demo) for url in PUBLIC_PAGES.values()])
    assert not found, "\n".join(found)


@VIEWPORTS
def test_article_page_for_each_reader_type_has_no_serious_accessibility_violation(
    new_page, demo, axe_source, viewport
):
    page = new_page(bypass_csp=True, **viewport)
    found = violations(page, axe_source, [url(demo) for url in ARTICLE_PAGES.values()])
    assert not found, "\n".join(found)


@VIEWPORTS
def test_board_pages_have_no_serious_accessibility_violation(
    new_page, demo, demo_submitted, axe_source, live_server, viewport
):
    page = new_page(bypass_csp=True, **viewport)
    log_in_as(page, demo.reviewers[0][1], live_server)
    paths = [
        reverse("reviews:queue"), reverse("reviews:detail", args=[demo_submitted.pk]),
        *(f"{reverse('reviews:preview', args=[demo_submitted.pk])}?for={key}" for key in ("patient", "professional")),
    ]
    found = violations(page, axe_source, paths)
    assert not found, "\n".join(found)
