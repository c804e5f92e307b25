"""Editors read readers' error reports and record what they did about them (articles'
CorrectionReport, the corrections inbox)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_correctionreport", "change_correctionreport"]


def grant(apps, schema_editor):
    articles = apps.get_app_config("articles")
    articles.models_module = True
    create_permissions(articles, apps=apps, verbosity=0)
    articles.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="articles", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0003_reviewevent_append_only_trigger"),
        ("articles", "0011_correction_report"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
