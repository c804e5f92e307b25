from django.apps import AppConfig


class PersonalizeConfig(AppConfig):
    name = "personalize"

    def ready(self):
        from . import signals  # noqa: F401
