"""On PostgreSQL the database itself refuses to update or delete audit events.

The ORM refuses too (ReviewEvent.save/delete and its QuerySet); the trigger also
stops raw SQL and any code path that bypasses the model.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION reviews_reviewevent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'reviews_reviewevent is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER reviews_reviewevent_append_only
    BEFORE UPDATE OR DELETE ON reviews_reviewevent
    FOR EACH ROW EXECUTE FUNCTION reviews_reviewevent_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS reviews_reviewevent_append_only ON reviews_reviewevent;
DROP FUNCTION IF EXISTS reviews_reviewevent_append_only();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0002_groups")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
