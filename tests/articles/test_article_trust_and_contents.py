"""The article's "On this page" list, and trust details that are true: the demo's reviewers
marked fictional when the site says so, the pending article never claiming a review."""

import re

import pytest

from articles.models import Section
from reviews import services
from tests.conftest import approve, make_draft, write

pytestmark = pytest.mark.django_db


def contents(html) -> list[tuple[str, str]]:
    nav = html.split('<nav class="toc" aria-label="On this page">')[1].split("</nav>")[0]
    return re.findall(r'<li><a href="#([\w-]+)">([^<]*)</a></li>', nav)


@pytest.fixture
def with_key_points(editor, reviewers):
    revision = make_draft(editor=editor, sections=2, references=2)
    first, second = revision.sections.order_by("position")
    write(first, "Plain lead [1].", reader="patient", heading="What it means for you")
    key = Section.objects.create(revision=revision, position=9, kind=Section.Kind.KEY_POINTS)
    write(key, "- Both drugs target HER2 [2].", heading="Key points")
    write(key, "- Both drugs work on HER2 [2].", reader="patient", heading="The short answer")
    services.revision_submit(revision=revision, actor=editor)
    return approve(revision, reviewers)


def test_on_this_page_lists_the_parts_in_the_readers_wording_in_page_order(client, with_key_points):
    url = with_key_points.article.get_absolute_url()
    patient = contents(client.get(url, {"for": "patient"}).content.decode())
    assert patient == [
        ("key-points", "The short answer"),  # first, as the body shows it, though stored last
        ("section-0", "What it means for you"),
        ("section-1", "Heading 1"),  # no patient wording: the base heading, as in the body
        ("references", "References"),
        ("cite", "How to cite this article"),
    ]
    professional = contents(client.get(url, {"for": "professional"}).content.decode())
    assert [heading for _, heading in professional][:2] == ["Key points", "Heading 0"]


def test_every_entry_of_on_this_page_leads_to_a_part_of_the_page(client, with_key_points):
    html = client.get(with_key_points.article.get_absolute_url()).content.decode()
    for anchor, _ in contents(html):
        assert f'id="{anchor}"' in html, anchor


def test_fictional_reviewers_are_marked_on_the_article_when_the_site_says_so(client, live_revision, settings):
    url = live_revision.article.get_absolute_url()
    assert "fictional" not in client.get(url).content.decode()  # off by default (production)
    settings.FICTIONAL_REVIEWERS = True
    html = client.get(url).content.decode()  # the stored page is rebuilt for the setting
    assert "Demo site: the reviewers are fictional" in html
    assert "board members named here are fictional people" in html


def test_the_pending_article_says_so_in_its_header_and_nowhere_claims_approval(client, editor):
    from tests.serving.conftest import pending_revision

    revision = pending_revision(editor=editor)
    html = client.get(revision.article.get_absolute_url()).content.decode()
    header = html.split('<header class="article-header">')[1].split("</header>")[0]
    assert "Pending medical review" in header
    assert "Not yet approved by our medical advisory board" in header
    # Nothing on the page, footer included, says every article was reviewed before publication.
    assert "before it is published" not in html and "before it was published" not in html
    assert "Reviewed and approved" not in html
