"""A log of the reminders sent by `manage.py send_reminders`, one row per item per interval."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0010_workbench'),
        ('reviews', '0004_editors_handle_corrections'),
    ]

    operations = [
        migrations.CreateModel(
            name='ReminderSent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('waiting_for_review', 'Waiting for review'), ('review_due', 'Review due')], max_length=20)),
                ('period', models.PositiveIntegerField()),
                ('recipients', models.TextField(blank=True, help_text='The addresses it went to, one a line.')),
                ('sent_at', models.DateTimeField(auto_now_add=True)),
                ('revision', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.revision')),
            ],
            options={
                'ordering': ['-sent_at'],
                'constraints': [models.UniqueConstraint(fields=('kind', 'revision', 'period'), name='one_reminder_per_item_per_interval')],
            },
        ),
    ]
