"""The audit trail's append-only rule in the database by django-pgtrigger (issue 14): the
hand-written trigger of 0003 refused UPDATE and DELETE but not TRUNCATE. It is dropped here and
replaced by the model's triggers (ReviewEvent.Meta.triggers), which cover all three."""

from importlib import import_module

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations

HAND_WRITTEN = import_module("reviews.migrations.0003_reviewevent_append_only_trigger")


def drop_hand_written_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HAND_WRITTEN.DROP)


def restore_hand_written_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HAND_WRITTEN.CREATE, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0007_drop_checklist_columns'),
    ]

    operations = [
        migrations.RunPython(drop_hand_written_trigger, restore_hand_written_trigger),
        pgtrigger.migrations.AddTrigger(
            model_name='reviewevent',
            trigger=pgtrigger.compiler.Trigger(name='append_only', sql=pgtrigger.compiler.UpsertTriggerSql(func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;", hash='5a1e209eb50ced211e995b11f77552ac291a0cae', operation='UPDATE OR DELETE', pgid='pgtrigger_append_only_92188', table='reviews_reviewevent', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='reviewevent',
            trigger=pgtrigger.compiler.Trigger(name='append_only_truncate', sql=pgtrigger.compiler.UpsertTriggerSql(func="RAISE EXCEPTION 'pgtrigger: Cannot truncate rows from % table', TG_TABLE_NAME;", hash='65bd54cfa6ec7197ddeb811d898651cc6d63ec0c', level='STATEMENT', operation='TRUNCATE', pgid='pgtrigger_append_only_truncate_b0dfa', table='reviews_reviewevent', when='BEFORE')),
        ),
    ]
