"""The sign-off checklist becomes data (reviews.checklist), and an approval records what it
signed: the items ticked, the reviewer's role and declared interests, and the fingerprint of
the text (the old checklist columns go in 0007, after this migration's rows are written)."""

from django.db import migrations, models

from reviews.checklist import DEFAULT_ITEMS

OLD_FIELDS = ("checked_dosing", "checked_figures", "checked_citations", "checked_wording")


def seed_and_carry_over(apps, schema_editor):
    """The checklist a site starts with; each earlier approval keeps the items it ticked."""
    ChecklistItem = apps.get_model("reviews", "ChecklistItem")
    Review = apps.get_model("reviews", "Review")
    labels = {}
    for position, (key, label, source) in enumerate(DEFAULT_ITEMS):
        ChecklistItem.objects.get_or_create(key=key, defaults={"label": label, "source": source, "position": position})
        labels[key] = label
    for review in Review.objects.filter(**{name: True for name in OLD_FIELDS}).iterator():
        review.checklist = [{"key": name, "label": labels[name]} for name in OLD_FIELDS]
        review.save(update_fields=["checklist"])


class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0005_reminders'),
    ]

    operations = [
        migrations.CreateModel(
            name='ChecklistItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.SlugField(max_length=60, unique=True)),
                ('label', models.CharField(max_length=200)),
                ('source', models.CharField(blank=True, help_text='Where the item comes from, e.g. “DISCERN 13”.', max_length=120)),
                ('position', models.PositiveIntegerField(default=0)),
                ('active', models.BooleanField(default=True, help_text='Inactive items are no longer asked.')),
            ],
            options={
                'ordering': ['position', 'pk'],
            },
        ),
        migrations.AddField(
            model_name='review',
            name='checklist',
            field=models.JSONField(blank=True, default=list, help_text='The checklist items ticked: [{key, label}, ...].'),
        ),
        migrations.AddField(
            model_name='review',
            name='conflict_statement',
            field=models.TextField(blank=True, help_text="The reviewer's declared interests."),
        ),
        migrations.AddField(
            model_name='review',
            name='fingerprint',
            field=models.CharField(blank=True, help_text='SHA-256 of everything readers see of the revision (articles.fingerprint).', max_length=64),
        ),
        migrations.AddField(
            model_name='review',
            name='role',
            field=models.CharField(blank=True, help_text="The reviewer's specialty and credentials.", max_length=250),
        ),
    
        migrations.RunPython(seed_and_carry_over, migrations.RunPython.noop),
    ]
