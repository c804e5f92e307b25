from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("articles/<slug:slug>/history/", views.article_history, name="history"),
    path("articles/<slug:slug>/question/", views.ask_question, name="question"),
    path("articles/<slug:slug>/question/sent/", views.question_sent, name="question_sent"),
    path("articles/<slug:slug>/report-error/", views.report_error, name="report_error"),
    path("articles/<slug:slug>/report-error/sent/", views.error_reported, name="error_reported"),
    path("articles/<slug:slug>/cite.ris", views.article_citation, name="citation"),
    path("editorial-policy/", views.EditorialPolicyView.as_view(), name="editorial_policy"),
]
