from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("", views.ReviewQueueView.as_view(), name="queue"),
    path("<int:pk>/", views.ReviewDetailView.as_view(), name="detail"),
    path("<int:pk>/start/", views.StartReviewView.as_view(), name="start"),
    path("<int:pk>/comment/", views.CommentView.as_view(), name="comment"),
    path("<int:pk>/conflict/", views.ConflictView.as_view(), name="conflict"),
    path("<int:pk>/approve/", views.ApproveView.as_view(), name="approve"),
    path("<int:pk>/request-changes/", views.RequestChangesView.as_view(), name="request_changes"),
]
