"""A workflow step does not depend on the cache: when the cache is down, the approval is
recorded and published, and forgetting the cached pages after the commit fails with a log
line, not an error for the board member."""

import logging

import pytest
from django.core.cache.backends.base import BaseCache
from django.urls import reverse

from articles.models import Revision
from reviews import services
from tests.conftest import FULL_CHECKLIST

pytestmark = pytest.mark.django_db


class CacheDown(BaseCache):
    """A cache whose server does not answer."""

    def __init__(self, location, params):
        super().__init__(params)

    def _down(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    add = get = set = touch = delete = get_many = set_many = delete_many = clear = incr = has_key = _down


@pytest.fixture
def cache_down(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": f"{__name__}.CacheDown"}}


def test_the_last_approval_publishes_when_the_cache_is_down(
    submitted, reviewers, cache_down, django_capture_on_commit_callbacks, caplog
):
    services.review_start(revision=submitted, actor=reviewers[0].user)
    services.review_approve(revision=submitted, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    services.review_start(revision=submitted, actor=reviewers[1].user)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        services.review_approve(revision=submitted, actor=reviewers[1].user, checklist=FULL_CHECKLIST)

    submitted.refresh_from_db()
    assert submitted.status == Revision.Status.APPROVED
    assert submitted.article.live_revision == submitted
    assert "Connection refused" in caplog.text


def test_the_last_approval_through_the_page_publishes_when_the_cache_is_down(
    client, submitted, reviewers, cache_down, django_capture_on_commit_callbacks
):
    for member in reviewers[:2]:
        services.review_start(revision=submitted, actor=member.user)
    services.review_approve(revision=submitted, actor=reviewers[0].user, checklist=FULL_CHECKLIST)
    client.force_login(reviewers[1].user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reviews:approve", args=[submitted.pk]), {"approve-checklist": FULL_CHECKLIST}
        )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == Revision.Status.APPROVED
