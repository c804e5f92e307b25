from django.core.management.base import BaseCommand

from articles.models import Article
from articles.pages import page_version, store_live_pages
from personalize.readers import DEFAULT


class Command(BaseCommand):
    help = (
        "Render and store the live page of every article for every reader type "
        "(run after a deploy that changes the page templates or stylesheets)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="render pages that are already current too"
        )

    def handle(self, *args, **options):
        articles = Article.objects.filter(live_revision__isnull=False).select_related(
            "live_revision"
        )
        count = 0
        current = page_version()
        for article in articles.iterator(chunk_size=200):
            revision = article.live_revision
            stored = revision.page_parts.get(DEFAULT.key, {})
            if stored.get("version") == current and not options["force"]:
                continue
            revision.article = article
            store_live_pages(revision)
            count += 1
        self.stdout.write(f"Stored the live pages of {count} articles (the others were current).")
