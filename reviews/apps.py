from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"

    def ready(self):
        from articles import hooks

        from . import selectors, signals  # noqa: F401 (connects the receivers)

        hooks.register_reviewers_source(selectors.reviewers_of)
