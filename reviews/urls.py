from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("advisory-board/", views.AdvisoryBoardView.as_view(), name="board"),
    path("review/", views.ReviewQueueView.as_view(), name="queue"),
    path("review/<int:pk>/", views.ReviewDetailView.as_view(), name="detail"),
    path("review/<int:pk>/preview/", views.PreviewView.as_view(), name="preview"),
    path("review/<int:pk>/start/", views.StartReviewView.as_view(), name="start"),
    path("review/<int:pk>/comment/", views.CommentView.as_view(), name="comment"),
    path("review/<int:pk>/conflict/", views.ConflictView.as_view(), name="conflict"),
    path("review/<int:pk>/approve/", views.ApproveView.as_view(), name="approve"),
    path("review/<int:pk>/request-changes/", views.RequestChangesView.as_view(), name="request_changes"),
]
