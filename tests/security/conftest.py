"""Fixtures for the security tests: one user per role, and the content they are tried against."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from articles.models import Revision
from reviews import services
from tests.conftest import make_draft, publish, write
from tests.factories import ArticleFactory, BoardMemberFactory, EditorFactory, UserFactory

PASSWORD = "correct horse battery staple"
ROLES = ("anonymous", "reader", "editor", "board", "admin")


@pytest.fixture
def users(db, editor, reviewers):
    """A user for each role: a reader is logged in with no role at all."""
    admin = get_user_model().objects.create_superuser(
        "admin-user", "admin@example.org", PASSWORD
    )
    return {
        "anonymous": None,
        "reader": UserFactory(username="plain-reader"),
        "editor": editor,
        "board": reviewers[0].user,
        "admin": admin,
    }


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def submitted_revision(editor, reviewers):
    """A revision waiting for the board, of an article that has a live revision too."""
    live = publish(editor=editor, reviewers=reviewers)
    draft = services.revision_create(article=live.article, actor=editor)
    section = draft.sections.first()
    services.revision_save(
        revision=draft, actor=editor, expected_version=draft.version,
        apply=lambda locked: _set_body(locked, section, "A clarified sentence for the board [1]."),
    )
    draft.refresh_from_db()
    return services.revision_submit(revision=draft, actor=editor)


def _set_body(revision, section, text):
    write(section, text)
    revision.change_summary = "One sentence clarified."


@pytest.fixture
def second_editor(db):
    return EditorFactory(username="second-editor")


@pytest.fixture
def board_member(reviewers):
    return reviewers[0]


def draft_only_article(editor, **article_fields):
    article = ArticleFactory(**article_fields)
    return make_draft(editor=editor, article=article)


def revision_ids() -> list[int]:
    return list(Revision.objects.values_list("pk", flat=True))


__all__ = [
    "BoardMemberFactory", "PASSWORD", "ROLES", "client_for", "draft_only_article", "revision_ids",
]
