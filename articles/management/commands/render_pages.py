import multiprocessing

from django.core.management.base import BaseCommand
from django.db import connections, transaction
from django.db.models import Count, F, Q

from articles.models import Revision
from articles.pages import page_version, store_live_pages
from personalize.readers import READER_TYPES

CHUNK = 100


class Command(BaseCommand):
    help = (
        "Render and store the live page of every article for every reader type "
        "(run after a deploy that changes the page templates or stylesheets)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="render pages that are already current too"
        )
        parser.add_argument(
            "--workers", type=int, default=1,
            help="processes rendering at once (PostgreSQL; about one per core)",
        )

    def handle(self, *args, **options):
        live = Revision.objects.filter(
            status=Revision.Status.APPROVED, article__live_revision=F("pk")
        )
        if not options["force"]:
            current = Count("stored_pages", filter=Q(stored_pages__version=page_version()))
            live = live.alias(current=current).filter(current__lt=len(READER_TYPES))
        ids = list(live.order_by("pk").values_list("pk", flat=True))
        workers = max(1, min(options["workers"], len(ids) // CHUNK))
        if workers == 1 or connections["default"].vendor == "sqlite":
            store_pages(ids)
        else:
            connections.close_all()  # so that each process opens a connection of its own
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                pool.map(store_pages, [ids[n::workers] for n in range(workers)])
        self.stdout.write(f"Stored the live pages of {len(ids)} articles (the others were current).")


def store_pages(ids: list[int]) -> None:
    for start in range(0, len(ids), CHUNK):
        with transaction.atomic():  # one commit per chunk, not per article
            chunk = Revision.objects.filter(pk__in=ids[start : start + CHUNK])
            for revision in chunk.select_related("article"):
                store_live_pages(revision)
