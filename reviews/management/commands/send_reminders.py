from django.core.management.base import BaseCommand

from reviews.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Email board members about revisions waiting for review, and editors about live "
        "revisions due for review; each item once per REMINDER_INTERVAL_DAYS (safe to run from "
        "cron as often as you like)."
    )

    def handle(self, *args, **options):
        self.stdout.write(str(send_reminders()))
