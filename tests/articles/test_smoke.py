import pytest

from tests.conftest import publish

pytestmark = pytest.mark.django_db


def test_live_article_page_shows(client, editor, reviewers):
    revision = publish(editor=editor, reviewers=reviewers)
    response = client.get(revision.article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Professional text of section 1" in html
    assert 'href="#ref-1"' in html and 'id="ref-1"' in html
