from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("", views.ReviewQueueView.as_view(), name="queue"),
    path("<int:pk>/", views.ReviewDetailView.as_view(), name="detail"),
]
