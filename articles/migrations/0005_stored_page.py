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
                before_body=stored["html"][0], body=revision.rendered[key],
                after_body=stored["html"][1],
            )
            for key, stored in revision.page_parts.items()
            if key in revision.rendered
        )


# lz4 decompresses several times faster than PostgreSQL's default, and every read of a page
# or a search result decompresses one. Servers built without lz4 keep the default.
LZ4 = """
DO $$ BEGIN
    ALTER TABLE articles_storedpage
        ALTER COLUMN before_body SET COMPRESSION lz4,
        ALTER COLUMN body SET COMPRESSION lz4,
        ALTER COLUMN after_body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
"""


def use_lz4(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(LZ4)


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
                ("before_body", models.TextField()),
                ("body", models.TextField(help_text="The revision's stored body for this reader type.")),
                ("after_body", models.TextField()),
                ("revision", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="stored_pages", to="articles.revision")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("revision", "reader_type"), name="one_stored_page_per_reader_type")],
            },
        ),
        migrations.RunPython(use_lz4, migrations.RunPython.noop),
        migrations.RunPython(move_pages, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="revision",
            name="page_parts",
        ),
    ]
