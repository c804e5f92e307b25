"""sitemap.xml: the articles with a live (approved) revision, and the site's fixed pages, each
with the date it last changed (`lastmod`). The advisory board's page is reviews.sitemaps'.

Articles shown while pending review are left out: those pages are `noindex`.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.urls import reverse

from .models import Article, EditorialPolicy, Revision


class SiteUrlSitemap(Sitemap):
    """Absolute URLs from SITE_URL, whatever Host the request came in on."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ArticleSitemap(SiteUrlSitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Article.objects.indexable()
            .select_related("live_revision")
            .only("slug", "live_revision__approved_at")
            .order_by("pk")
        )

    def lastmod(self, article):
        return article.live_revision.approved_at


class PageSitemap(SiteUrlSitemap):
    changefreq = "weekly"

    def items(self):
        """(URL name, when the page last changed): the home page lists the public revisions."""
        listed = Revision.objects.public().aggregate(last=Max(Coalesce("approved_at", "submitted_at")))
        policy = EditorialPolicy.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
        return [("articles:home", listed["last"]), ("articles:editorial_policy", policy)]

    def location(self, item):
        return reverse(item[0])

    def lastmod(self, item):
        return item[1]


SITEMAPS = {"articles": ArticleSitemap, "pages": PageSitemap}
