"""The columns that wordings and stored pages replace go; stored pages are indexed for search.
"""



from django.db import migrations, models


def index_stored_pages(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX articles_storedpage_search ON articles_storedpage USING gin (search)"
    )
    schema_editor.execute(
        """
        UPDATE articles_storedpage p
        SET search = setweight(to_tsvector('english', a.question || ' ' || a.topic || ' ' || a.drugs), 'A')
                     || to_tsvector('english', p.body)
        FROM articles_revision r JOIN articles_article a ON a.id = r.article_id
        WHERE r.id = p.revision_id
        """
    )


def drop_stored_page_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS articles_storedpage_search")


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_carry_over_wordings_and_bodies")]

    operations = [
        migrations.RemoveField(model_name="section", name="heading"),
        migrations.RemoveField(model_name="section", name="body"),
        migrations.RemoveField(model_name="section", name="body_patient"),
        migrations.RemoveField(model_name="section", name="body_caregiver"),
        migrations.RemoveField(model_name="revision", name="rendered"),
        migrations.AddConstraint(
            model_name="storedpage",
            constraint=models.CheckConstraint(condition=models.Q(("before_body", ""), models.Q(("etag", ""), _negated=True), _connector="OR"), name="built_page_has_etag"),
        ),
        migrations.RunPython(index_stored_pages, drop_stored_page_index),
    
    ]
