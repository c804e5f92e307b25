from django.core.management.base import BaseCommand, CommandError

from reviews.integrity import verify_fingerprints


class Command(BaseCommand):
    help = (
        "Recompute the fingerprint of every live revision from the database and compare it with "
        "the one its approving board members signed; report each that differs (exit status 1). "
        "Run it from cron: it only reads."
    )

    def handle(self, *args, **options):
        verified = verify_fingerprints()
        for mismatch in verified.mismatches:
            self.stderr.write(f"Changed since the board signed it: {mismatch}")
        for revision in verified.unsigned:
            self.stdout.write(
                f"Not checked: “{revision.article.question}” revision {revision.number} was approved "
                "before approvals were signed with a fingerprint."
            )
        signed = verified.checked - len(verified.unsigned)
        if verified.mismatches:
            raise CommandError(
                f"{len(verified.mismatches)} of {signed} signed live revision(s) no longer match "
                "what the board signed."
            )
        self.stdout.write(f"All {signed} signed live revision(s) match what the board signed.")
