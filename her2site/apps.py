from django.apps import AppConfig


class Her2siteConfig(AppConfig):
    """The project itself, as an app only to register its deploy checks (her2site.checks)."""

    name = "her2site"
    verbose_name = "her2site"

    def ready(self):
        from . import checks  # noqa: F401  (registers the checks)
