"""Prepared statements for the few hot, fixed queries.

Django binds parameters on the client and turns psycopg's prepared statements off, so
PostgreSQL plans every statement again; for the article page's join, planning costs more than
running it. `prepared_cursor()` gives a cursor that binds on the server and has PostgreSQL plan
each statement once per connection. It is wrapped like any Django cursor, so the statements
are logged and counted. On other databases it is an ordinary cursor.

Behind PgBouncer in transaction mode, prepared statements need PgBouncer 1.21 or later with
`max_prepared_statements` set.
"""

from django.db import connection

try:
    import psycopg
except ImportError:  # SQLite only
    psycopg = None


if psycopg is not None:

    class PreparingCursor(psycopg.Cursor):
        def execute(self, query, params=None, *, prepare=True, binary=None):
            return super().execute(query, params, prepare=prepare, binary=binary)


def prepared_cursor():
    if connection.vendor != "postgresql":
        return connection.cursor()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        cursor = PreparingCursor(connection.connection)
    if connection.queries_logged:
        return connection.make_debug_cursor(cursor)
    return connection.make_cursor(cursor)
