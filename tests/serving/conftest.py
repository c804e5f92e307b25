import pytest

from reviews import services
from tests.conftest import approve, make_draft, new_revision, write


@pytest.fixture
def page_cache_on(settings, cache_backend):
    # Production caches article pages; the test settings turn it off (her2site/settings.py).
    # Each page-cache test runs on local memory and on Redis (tests/conftest.py).
    settings.PAGE_CACHE_SECONDS = 600


def new_live_revision(*, article, editor, reviewers, lead: str, capture):
    """Start a revision of `article` from its live one, change its lead, and approve it, running
    the after-commit hooks as a real commit would."""
    revision = new_revision(article, editor=editor, change=False)
    section = revision.sections.order_by("position").first()
    write(section, lead)
    services.revision_submit(revision=revision, actor=editor)
    with capture(execute=True):
        return approve(revision, reviewers)


def pending_revision(*, editor, article=None, **kwargs):
    """A submitted revision of an article shown while in review (never approved)."""
    revision = make_draft(editor=editor, article=article, **kwargs)
    revision.article.publish_while_in_review = True
    revision.article.save()
    services.revision_submit(revision=revision, actor=editor)
    return revision
