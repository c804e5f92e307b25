"""Existing sections become wording rows; bodies of revisions in review move to stored pages.
"""


import hashlib

from django.db import migrations

OLD_FIELDS = {"professional": "body", "patient": "body_patient", "caregiver": "body_caregiver"}
PENDING = ("submitted", "under_review")


def sections_to_wordings(apps, schema_editor):
    Section = apps.get_model("articles", "Section")
    Wording = apps.get_model("articles", "Wording")
    batch = []
    for section in Section.objects.iterator(chunk_size=1000):
        for key, field in OLD_FIELDS.items():
            body = getattr(section, field)
            if key == "professional" or body.strip():
                batch.append(Wording(section=section, reader_type=key, heading=section.heading, body=body))
        if len(batch) >= 1000:
            Wording.objects.bulk_create(batch)
            batch = []
    Wording.objects.bulk_create(batch)


def wordings_to_sections(apps, schema_editor):
    Section = apps.get_model("articles", "Section")
    Wording = apps.get_model("articles", "Wording")
    for wording in Wording.objects.filter(reader_type__in=OLD_FIELDS).iterator(chunk_size=1000):
        fields = {OLD_FIELDS[wording.reader_type]: wording.body}
        if wording.reader_type == "professional":
            fields["heading"] = wording.heading[:200]
        Section.objects.filter(pk=wording.section_id).update(**fields)


def bodies_to_stored_pages(apps, schema_editor):
    Revision = apps.get_model("articles", "Revision")
    StoredPage = apps.get_model("articles", "StoredPage")
    for page in StoredPage.objects.exclude(before_body="").iterator(chunk_size=100):
        html = page.before_body + page.body + page.after_body
        page.etag = hashlib.sha256(html.encode()).hexdigest()[:32]
        page.save(update_fields=["etag"])
    for revision in Revision.objects.filter(status__in=PENDING).exclude(rendered={}):
        StoredPage.objects.bulk_create(
            StoredPage(revision=revision, reader_type=key, body=body)
            for key, body in revision.rendered.items()
            if not StoredPage.objects.filter(revision=revision, reader_type=key).exists()
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_wordings_and_one_stored_body")]

    operations = [
        migrations.RunPython(sections_to_wordings, wordings_to_sections),
        migrations.RunPython(bodies_to_stored_pages, migrations.RunPython.noop),
    ]
