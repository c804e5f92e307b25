"""An Atom feed of approvals: each item is a revision the advisory board approved.

Its addresses and ids come from SITE_URL, never from the request's Host header. It answers
conditional GETs with 304 (If-None-Match on the feed's own ETag, If-Modified-Since on the newest
approval, which Django's Feed sends as Last-Modified): feed readers poll it often.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.middleware.http import ConditionalGetMiddleware
from django.urls import reverse
from django.utils.decorators import decorator_from_middleware
from django.utils.feedgenerator import Atom1Feed

from .models import Revision


def absolute(path: str) -> str:
    return settings.SITE_URL + path


class ApprovedRevisionsFeed(Feed):
    feed_type = Atom1Feed
    title = "her2site: newly reviewed articles"
    subtitle = "Articles and revisions approved by the her2site medical advisory board."
    author_name = "her2site medical advisory board"
    limit = 30

    def link(self):
        return absolute(reverse("articles:home"))

    def feed_url(self):
        return absolute(reverse("feed"))

    def feed_guid(self):
        return self.feed_url()

    def author_link(self):
        return absolute(reverse("reviews:board"))

    def items(self):
        return (
            Revision.objects.approved()
            .filter(approved_at__isnull=False)
            .select_related("article")
            .order_by("-approved_at", "-pk")[: self.limit]
        )

    def item_title(self, revision):
        if revision.number == 1:
            return revision.article.question
        return f"{revision.article.question} (revision {revision.number})"

    def item_description(self, revision):
        summary = revision.change_summary or "Reviewed by the medical advisory board."
        return f"Approved by the medical advisory board. {summary}"

    def item_link(self, revision):
        return absolute(revision.article.get_absolute_url())

    def item_guid(self, revision):
        return f"{self.item_link(revision)}#revision-{revision.number}"

    item_guid_is_permalink = False

    def item_pubdate(self, revision):
        return revision.approved_at

    def item_updateddate(self, revision):
        return revision.approved_at


approved_revisions_feed = decorator_from_middleware(ConditionalGetMiddleware)(ApprovedRevisionsFeed())
