from django.urls import path

from . import views

app_name = "personalize"

urlpatterns = [
    path("reader-type/", views.choose_reader_type, name="choose"),
]
