"""The checklist's old columns, carried over into Review.checklist by 0006."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reviews", "0006_checklist_as_data_and_signed_reviews")]

    operations = [
        migrations.RemoveField(
            model_name='review',
            name='checked_citations',
        ),
        migrations.RemoveField(
            model_name='review',
            name='checked_dosing',
        ),
        migrations.RemoveField(
            model_name='review',
            name='checked_figures',
        ),
        migrations.RemoveField(
            model_name='review',
            name='checked_wording',
        ),
    ]
