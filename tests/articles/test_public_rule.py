"""What a reader may see is decided in one place: `public_revision_q`."""

import re
from pathlib import Path

import pytest

from articles.models import Article, Revision, StoredPage
from reviews import services
from articles import pages
from tests.conftest import approve, make_draft, new_revision, publish
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
APPS = ("articles", "reviews", "personalize", "markup", "demo", "her2site")
# The ingredients of the rule as filters: "shown while in review" and "has a live revision".
RULE = re.compile(
    r"__publish_while_in_review|filter\([^)]*publish_while_in_review"
    r"|live_revision__isnull|live_revision=F\(|live_revision=None"
)


def test_the_rule_is_written_in_one_place():
    found = {
        str(path.relative_to(ROOT))
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and RULE.search(path.read_text())
    }
    assert found == {"articles/models/content.py"}


def test_articles_revisions_and_stored_pages_agree_on_what_is_public(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers)
    shown = make_draft(editor=editor, article=ArticleFactory(publish_while_in_review=True))
    services.revision_submit(revision=shown, actor=editor)
    hidden = make_draft(editor=editor, article=ArticleFactory())
    services.revision_submit(revision=hidden, actor=editor)
    newer = new_revision(live.article, editor=editor)
    services.revision_submit(revision=newer, actor=editor)

    assert set(Revision.objects.public()) == {live, shown}
    assert set(Revision.objects.meeting_the_public_rule()) == {live, shown}
    assert set(Article.objects.public()) == {live.article, shown.article}
    assert set(Article.objects.indexable()) == {live.article}
    assert set(StoredPage.objects.public().values_list("revision", flat=True)) == {live.pk, shown.pk}


def test_each_article_keeps_the_rules_answer_through_every_move_of_the_workflow(editor, reviewers):
    """`Article.public_revision` is the rule's result, kept after every transition and edit."""
    def agrees():
        for article in Article.objects.all():
            expected = Revision.objects.meeting_the_public_rule().filter(article=article).first()
            assert article.public_revision == expected, article

    article = ArticleFactory(publish_while_in_review=True)
    draft = make_draft(editor=editor, article=article)
    agrees()
    services.revision_submit(revision=draft, actor=editor)
    agrees()
    services.revision_withdraw(revision=draft, actor=editor)
    agrees()
    services.revision_submit(revision=draft, actor=editor)
    services.review_start(revision=draft, actor=reviewers[0].user)
    agrees()
    services.review_request_changes(revision=draft, actor=reviewers[0].user, comment="Fix it.")
    agrees()
    services.revision_submit(revision=draft, actor=editor)
    live = approve(draft, reviewers)
    agrees()
    newer = new_revision(article, editor=editor)
    services.revision_submit(revision=newer, actor=editor)
    agrees()
    assert Article.objects.get(pk=article.pk).public_revision == live
    Article.objects.filter(pk=article.pk).update(publish_while_in_review=False)
    pages.invalidate(article)  # what the admin does after saving the article
    agrees()

