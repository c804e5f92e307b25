from django.core.management.base import BaseCommand, CommandError

from reviews.literature_watch import check_literature


class Command(BaseCommand):
    help = (
        "Ask Crossref whether any paper cited by a live revision has been retracted or "
        "corrected, or carries an expression of concern; flag those references, email the "
        "editors once, and mark the revisions as needing review. Safe to run from cron; "
        "without the network it says so, changes nothing and exits with status 1."
    )

    def handle(self, *args, **options):
        checked = check_literature()
        if checked.failed:
            raise CommandError(str(checked))
        self.stdout.write(str(checked))
