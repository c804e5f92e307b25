"""Each article keeps the result of the public-read rule (`public_revision_q`) for itself, so that
public reads follow an indexed pointer instead of evaluating the rule across joins."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery

from articles.models.content import public_revision_q


def compute(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Revision = apps.get_model("articles", "Revision")
    rule = Revision.objects.filter(public_revision_q(), article=OuterRef("pk")).values("pk")[:1]
    Article.objects.update(public_revision=Subquery(rule))


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_drop_section_columns_and_rendered")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="public_revision",
            field=models.OneToOneField(
                blank=True, editable=False, null=True,
                help_text="The revision readers see (public_revision_q), kept by articles.pages.",
                on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="articles.revision",
            ),
        ),
        migrations.RunPython(compute, migrations.RunPython.noop),
    ]
