"""The workbench (issue 11): a revision proposes the article's reader-facing fields (question,
topic, drugs), copied from the article for the revisions that exist; a "Readers asked" kind of
section; the record a reference was checked against; the editors' reply to a reader's question.

The copy runs last: PostgreSQL will not alter a table with pending row checks."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_article_fields(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Revision = apps.get_model("articles", "Revision")
    of_article = Article.objects.filter(pk=OuterRef("article_id"))
    Revision.objects.update(
        **{name: Subquery(of_article.values(name)[:1]) for name in ("question", "topic", "drugs")}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_article_public_revision"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="revision",
            name="question",
            field=models.CharField(
                default="", help_text="The reader's question, shown as the article's title.",
                max_length=300,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="revision",
            name="topic",
            field=models.CharField(blank=True, default="", max_length=120),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="revision",
            name="drugs",
            field=models.CharField(
                blank=True, default="", help_text="The drugs compared, separated by commas.",
                max_length=300,
            ),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="section",
            name="kind",
            field=models.CharField(
                choices=[("section", "Section"), ("key_points", "Key points"),
                         ("readers_asked", "Readers asked")],
                default="section",
                help_text="“Key points” is shown in a box at the top of the article, “Readers "
                "asked” (readers' questions with our answers) at the end.",
                max_length=20,
            ),
        ),
        migrations.AddField(
            model_name="reference",
            name="record_id",
            field=models.CharField(blank=True, editable=False, max_length=220),
        ),
        migrations.AddField(
            model_name="reference",
            name="record_title",
            field=models.CharField(blank=True, editable=False, max_length=1000),
        ),
        migrations.AddField(
            model_name="followupquestion",
            name="reply",
            field=models.TextField(blank=True, max_length=8000),
        ),
        migrations.AddField(
            model_name="followupquestion",
            name="replied_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="followupquestion",
            name="replied_by",
            field=models.ForeignKey(
                blank=True, null=True, on_delete=django.db.models.deletion.PROTECT,
                related_name="+", to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="followupquestion",
            name="proposed_in",
            field=models.ForeignKey(
                blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                related_name="+", to="articles.revision",
            ),
        ),
        migrations.RunPython(copy_article_fields, migrations.RunPython.noop),
    ]
