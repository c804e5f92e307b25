"""Full-text search on PostgreSQL, and an index for the feed of approvals.

The search vectors are generated columns, so the database keeps them in step with
`Revision.rendered` (filled by the review workflow at submission and approval) and with the
article's question, topic and drugs. They are not model fields: only `articles.search` reads
them, with SQL written for PostgreSQL. Other databases get no columns and search with LIKE.
HTML tags in `rendered` are dropped by the text-search parser.
"""

from django.db import migrations

READER_KEYS = ("professional", "patient", "caregiver")
# Only revisions a reader might see are worth indexing (articles.search filters the same way).
PUBLIC_STATUSES = "('approved', 'submitted', 'under_review')"


def add_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for key in READER_KEYS:
        schema_editor.execute(
            f"ALTER TABLE articles_revision ADD COLUMN search_{key} tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('english', coalesce(rendered ->> '{key}', ''))) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX articles_revision_search_{key} ON articles_revision "
            f"USING gin (search_{key}) WHERE status IN {PUBLIC_STATUSES}"
        )
    schema_editor.execute(
        "ALTER TABLE articles_article ADD COLUMN search_title tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', question || ' ' || topic || ' ' || drugs)) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX articles_article_search_title ON articles_article USING gin (search_title)"
    )


def remove_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for key in READER_KEYS:
        schema_editor.execute(f"ALTER TABLE articles_revision DROP COLUMN search_{key}")
    schema_editor.execute("ALTER TABLE articles_article DROP COLUMN search_title")


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [
        migrations.RunPython(add_search, remove_search),
        migrations.RunSQL(
            "CREATE INDEX articles_revision_approved_at ON articles_revision (approved_at) "
            "WHERE approved_at IS NOT NULL",
            "DROP INDEX articles_revision_approved_at",
        ),
    ]
