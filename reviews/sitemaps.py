"""The advisory board's page in sitemap.xml (her2site.urls adds it to articles.sitemaps')."""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.urls import reverse

from articles.sitemaps import SiteUrlSitemap

from .models import BoardMember


class BoardSitemap(SiteUrlSitemap):
    changefreq = "monthly"

    def items(self):
        return ["reviews:board"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        """When the board last changed: a member joined (their account's date_joined) or a
        member's entry was edited in the admin (its log; board members are edited there)."""
        joined = BoardMember.objects.active().aggregate(last=Max("user__date_joined"))["last"]
        edited = LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(BoardMember)
        ).aggregate(last=Max("action_time"))["last"]
        return max(filter(None, (joined, edited)), default=None)
