import multiprocessing

from django.core.management.base import BaseCommand
from django.db import connections

from articles import pages
from articles.models import StoredPage
from personalize import readers


class Command(BaseCommand):
    help = (
        "Build the page of every public article for every reader type now, instead of on its "
        "first read (after a deploy that changes the templates or stylesheets)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--workers", type=int, default=1,
            help="processes building at once (PostgreSQL; about one per core)",
        )

    def handle(self, *args, workers=1, **options):
        current = StoredPage.objects.public().current(pages.page_version())
        built = set(current.values_list("revision__article__slug", "reader_type"))
        slugs = StoredPage.objects.public().values_list("revision__article__slug", flat=True).distinct()
        todo = [
            (slug, key) for slug in sorted(slugs) for key in readers.registry() if (slug, key) not in built
        ]
        workers = max(1, min(workers, len(todo) // 100))
        if workers == 1 or connections["default"].vendor == "sqlite":
            build(todo)
        else:
            connections.close_all()  # so that each process opens a connection of its own
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                pool.map(build, [todo[n::workers] for n in range(workers)])
        self.stdout.write(f"Built {len(todo)} pages ({len(built)} were current).")


def build(todo: list[tuple[str, str]]) -> None:
    for slug, key in todo:
        pages.public_page(slug, readers.normalize(key))
