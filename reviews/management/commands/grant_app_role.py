"""Create (or bring up to date) the PostgreSQL role the site runs as, which does not own the
audit trail's table.

The role that owns the tables runs `migrate` and this command; the site (gunicorn, the worker,
cron) connects as the application role. An owner can drop or disable any trigger on its
tables, so the append-only triggers on reviews_reviewevent (ReviewEvent.Meta.triggers) hold only
against a role that is not the owner: this one may read and write every table but may only
read and add to the audit trail (SELECT and INSERT; no UPDATE, DELETE or TRUNCATE, and, not
being the owner, no ALTER TABLE or DROP TRIGGER). Run it after every `migrate`: tables a
migration adds get their grants then.
"""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from psycopg import sql

from reviews.models import ReviewEvent


class Command(BaseCommand):
    help = (
        "Create or update the application's PostgreSQL role: every table read and written, the "
        "audit trail only read and added to. Run as the tables' owner, after each migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument("role", help="the role the site connects as, e.g. her2site_app")
        parser.add_argument(
            "--password-env", default="APP_DATABASE_PASSWORD", metavar="VARIABLE",
            help="environment variable holding the role's password (default: %(default)s; "
            "unset: the role is given no password)",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, role, password_env, database, **options):
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError("grant_app_role is for PostgreSQL; SQLite has no roles.")
        audit = ReviewEvent._meta.db_table
        with transaction.atomic(using=database), connection.cursor() as cursor:
            cursor.execute("SELECT current_user, current_database(), current_schema()")
            owner, dbname, schema = cursor.fetchone()
            if role == owner:
                raise CommandError(
                    f"{role} is the role running this command, the tables' owner: name another."
                )
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [role])
            found = cursor.fetchone()
            name = sql.Identifier(role)
            password = os.environ.get(password_env) or None
            if found is None:
                cursor.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(password)))
                self.stdout.write(f"Created role {role}.")
            elif found[0]:
                raise CommandError(f"{role} is a superuser: superusers bypass every privilege and trigger.")
            elif password:
                cursor.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(password)))
            cursor.execute(
                "SELECT tableowner FROM pg_tables WHERE schemaname = %s AND tablename = %s", [schema, audit]
            )
            if cursor.fetchone() == (role,):
                raise CommandError(f"{role} owns {audit}: the tables' owner must be another role.")
            statements = [
                "GRANT CONNECT ON DATABASE {db} TO {role}",
                "GRANT USAGE ON SCHEMA {schema} TO {role}",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}",
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
                # The audit trail: read and add to, nothing else.
                "REVOKE ALL ON {schema}.{audit} FROM {role}",
                "GRANT SELECT, INSERT ON {schema}.{audit} TO {role}",
            ]
            for statement in statements:
                cursor.execute(sql.SQL(statement).format(
                    db=sql.Identifier(dbname), role=name, schema=sql.Identifier(schema),
                    audit=sql.Identifier(audit),
                ))
        self.stdout.write(
            f"{role} may read and write the tables of {dbname} ({schema}); on {audit} only "
            f"SELECT and INSERT. Connect the site as {role}; run migrate as {owner}."
        )
