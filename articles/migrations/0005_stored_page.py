import django.db.models.deletion
from django.db import migrations, models


def move_pages(apps, schema_editor):
    """Keep the pages stored before this migration, which kept [before, after] around the body."""
    Revision = apps.get_model("articles", "Revision")
    StoredPage = apps.get_model("articles", "StoredPage")
    for revision in Revision.objects.exclude(page_parts={}).iterator(chunk_size=100):
        StoredPage.objects.bulk_create(
            StoredPage(
                revision=revision, reader_type=key, version=stored["version"],
                html=stored["html"][0] + revision.rendered[key] + stored["html"][1],
            )
            for key, stored in revision.page_parts.items()
            if key in revision.rendered
        )


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0004_revision_page_parts"),
    ]

    operations = [
        migrations.CreateModel(
            name="StoredPage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("reader_type", models.CharField(max_length=20)),
                ("version", models.CharField(help_text="Of the templates, stylesheets and site address it was rendered with.", max_length=16)),
                ("html", models.TextField()),
                ("revision", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="stored_pages", to="articles.revision")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("revision", "reader_type"), name="one_stored_page_per_reader_type")],
            },
        ),
        migrations.RunPython(move_pages, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="revision",
            name="page_parts",
        ),
    ]
