"""Wordings become rows keyed by reader type, each with its own heading; a revision's rendered
body is kept once, in its stored pages (per reader type), instead of also on the revision.

Existing sections are carried over: each written wording becomes a row, with the section's
heading. Revisions waiting for review keep their rendered bodies, moved to stored pages. On
PostgreSQL the search moves from generated columns on revisions to a vector per stored page.

In three steps, each its own transaction (PostgreSQL refuses to alter a table with row changes
waiting to be checked): new tables and columns (0006), the data carried over (0007), the old
columns dropped (0008).
"""



import django.contrib.postgres.search
import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

OLD_FIELDS = {"professional": "body", "patient": "body_patient", "caregiver": "body_caregiver"}


def drop_revision_search_columns(apps, schema_editor):
    # They were generated from revisions' `rendered`, which goes away.
    if schema_editor.connection.vendor == "postgresql":
        for key in OLD_FIELDS:
            schema_editor.execute(f"ALTER TABLE articles_revision DROP COLUMN IF EXISTS search_{key}")
        schema_editor.execute("ALTER TABLE articles_article DROP COLUMN IF EXISTS search_title")


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_stored_page")]

    operations = [
        migrations.CreateModel(
            name="Wording",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("reader_type", models.CharField(max_length=32)),
                ("heading", models.CharField(blank=True, max_length=200)),
                ("body", models.TextField(blank=True, help_text="Markdown. Cite references with their numbers in square brackets: [1] or [2, 3].", validators=[django.core.validators.MaxLengthValidator(50000)])),
                ("section", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="wordings", to="articles.section")),
            ],
            options={
                "ordering": ["section", "pk"],
                "constraints": [models.UniqueConstraint(fields=("section", "reader_type"), name="one_wording_per_reader_type")],
            },
        ),
        migrations.AddField(
            model_name="section",
            name="kind",
            field=models.CharField(choices=[("section", "Section"), ("key_points", "Key points")], default="section", help_text="“Key points” is shown in a box at the top of the article.", max_length=20),
        ),
        migrations.AddField(
            model_name="reference",
            name="evidence",
            field=models.CharField(blank=True, choices=[("rct", "Randomised trial"), ("meta_analysis", "Meta-analysis"), ("observational", "Observational study"), ("label", "Product label"), ("guideline", "Guideline"), ("review", "Expert review")], max_length=20, verbose_name="kind of evidence"),
        ),
        migrations.AlterField(
            model_name="reference",
            name="number",
            field=models.PositiveIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(9999)]),
        ),
        migrations.RemoveConstraint(model_name="reference", name="reference_number_positive"),
        migrations.AddConstraint(
            model_name="reference",
            constraint=models.CheckConstraint(condition=models.Q(("number__gte", 1), ("number__lte", 9999)), name="reference_number_in_range"),
        ),
        migrations.AddField(
            model_name="revision",
            name="glossary",
            field=models.JSONField(blank=True, default=dict, editable=False, help_text="The glossary explanations (term: explanation) taken when the revision was submitted: the ones its reviewers saw, and so the ones its readers get."),
        ),
        migrations.AddField(
            model_name="storedpage",
            name="search",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(model_name="storedpage", name="etag", field=models.CharField(blank=True, max_length=40)),
        migrations.AddField(model_name="storedpage", name="generation", field=models.PositiveIntegerField(default=0, editable=False)),
        migrations.AddField(model_name="storedpage", name="built_at", field=models.DateTimeField(blank=True, null=True)),
        migrations.AlterField(model_name="storedpage", name="before_body", field=models.TextField(blank=True)),
        migrations.AlterField(model_name="storedpage", name="after_body", field=models.TextField(blank=True)),
        migrations.AlterField(model_name="storedpage", name="body", field=models.TextField()),
        migrations.AlterField(model_name="storedpage", name="reader_type", field=models.CharField(max_length=32)),
        migrations.AlterField(
            model_name="revision",
            name="readability_note",
            field=models.TextField(blank=True, help_text="Required when a lay wording reads above its grade target: say why. The reviewers see it.", verbose_name="reading grade note"),
        ),
        migrations.AlterField(
            model_name="storedpage",
            name="version",
            field=models.CharField(blank=True, help_text="Of the templates, stylesheets and site address the page was built with.", max_length=16),
        ),
        migrations.RunPython(drop_revision_search_columns, migrations.RunPython.noop),
    ]
