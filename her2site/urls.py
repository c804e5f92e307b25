from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.feeds import approved_revisions_feed
from articles.sitemaps import SITEMAPS
from reviews import views as review_views
from reviews.sitemaps import BoardSitemap

from . import views

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {**SITEMAPS, "board": BoardSitemap}}, name="sitemap"),
    path("feed/", approved_revisions_feed, name="feed"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("health/", views.health, name="health"),
    path("", include("articles.urls")),
    path("", include("reviews.urls")),
    path("reader/", include("personalize.urls")),
    path("accounts/login/", review_views.LoginView.as_view(), name="login"),
    # Redirecting to itself makes the logout view show registration/logged_out.html.
    path("accounts/logout/", auth_views.LogoutView.as_view(next_page="logout"), name="logout"),
    path("admin/", admin.site.urls),
]

handler404 = "her2site.views.page_not_found"
handler500 = "her2site.views.server_error"
