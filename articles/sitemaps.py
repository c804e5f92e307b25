"""sitemap.xml: the articles with a live (approved) revision, and the site's fixed pages.

Articles shown while pending review are left out: those pages are `noindex`.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article


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
        return ["articles:home", "reviews:board", "articles:editorial_policy"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"articles": ArticleSitemap, "pages": PageSitemap}
