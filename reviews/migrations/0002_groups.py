"""The two roles as Django groups, with exactly the permissions each needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "articles": [
        "add_article", "change_article", "view_article",
        "add_revision", "change_revision", "view_revision",
        "add_section", "change_section", "delete_section", "view_section",
        "add_reference", "change_reference", "delete_reference", "view_reference",
        "view_followupquestion", "change_followupquestion",
        "add_editorialpolicy", "change_editorialpolicy", "view_editorialpolicy",
    ],
    "personalize": [
        "add_glossaryterm", "change_glossaryterm", "delete_glossaryterm", "view_glossaryterm",
    ],
    "reviews": ["view_boardmember", "view_review", "view_reviewevent", "view_reviewcomment"],
}
# Board members work on the site's review pages, not in the admin: they can read revisions only.
BOARD_PERMISSIONS = {"articles": ["view_revision", "view_article"]}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in (("Editors", EDITOR_PERMISSIONS), ("Advisory board", BOARD_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codenames in wanted.items():
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Advisory board"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("articles", "0001_initial"),
        ("personalize", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
