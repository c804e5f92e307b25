from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import load_demo
from reviews.services import SubmissionProblems, WorkflowError


class Command(BaseCommand):
    help = (
        "Create the demo content (articles in every review state, board members, an editor, "
        "an admin, glossary, editorial policy). Safe to run again: it only adds what is missing. "
        "The demo's board members are fictional: serve it with FICTIONAL_REVIEWERS=1 (as "
        "`make run` does) so that every article says so."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixed-passwords",
            action="store_true",
            help=(
                "Give new accounts the documented demo passwords even when DEBUG is off. "
                "Without it (and DEBUG off), new accounts get random passwords, printed once."
            ),
        )

    def handle(self, *args, fixed_passwords=False, verbosity=1, **options):
        # Published passwords are fine on a developer's machine, not on a reachable server.
        fixed = fixed_passwords or settings.DEBUG
        try:
            report = load_demo(fixed_passwords=fixed)
        except SubmissionProblems as error:
            raise CommandError("Demo content failed its checks:\n- " + "\n- ".join(error.problems))
        except WorkflowError as error:
            raise CommandError(f"Demo content could not be loaded: {error}")
        if verbosity == 0:
            return
        if report.already_loaded:
            self.stdout.write("The demo is already loaded; nothing was changed.")
        else:
            self.stdout.write(self.style.SUCCESS("Demo content created:"))
            for line in report.created:
                self.stdout.write(f"  + {line}")
        self._print_accounts(report)

    def _print_accounts(self, report):
        self.stdout.write("\nDemo accounts (for a local demo only; never keep them on a shared server):")
        width = max(len(line.username) for line in report.accounts)
        for line in report.accounts:
            if line.password is None:
                password = "(already existed; password not shown)"
            else:
                password = line.password
            self.stdout.write(f"  {line.role:<9} {line.username:<{width}}  {password}")
        self.stdout.write(
            "\nEditors and the admin sign in at /admin/; board members at /accounts/login/ "
            "and then review at /review/."
        )
        if not settings.FICTIONAL_REVIEWERS:
            self.stdout.write(
                "The demo's board members are fictional: set FICTIONAL_REVIEWERS=1 when you "
                "serve it, so that its articles say so (`make run` does)."
            )
