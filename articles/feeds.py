"""An Atom feed of approvals: each item is a revision the advisory board approved."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .models import Revision


class ApprovedRevisionsFeed(Feed):
    feed_type = Atom1Feed
    title = "her2site: newly reviewed articles"
    subtitle = "Articles and revisions approved by the her2site medical advisory board."
    link = "/"
    limit = 30

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
        return revision.article.get_absolute_url()

    def item_guid(self, revision):
        return f"{settings.SITE_URL}{revision.article.get_absolute_url()}#revision-{revision.number}"

    item_guid_is_permalink = False

    def item_pubdate(self, revision):
        return revision.approved_at

    def item_updateddate(self, revision):
        return revision.approved_at
