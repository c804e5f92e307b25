from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("", include("articles.urls")),
    path("review/", include("reviews.urls")),
    path("reader/", include("personalize.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]

handler404 = "her2site.views.page_not_found"
handler500 = "her2site.views.server_error"
