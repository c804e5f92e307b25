import pytest
from django.core.exceptions import ValidationError

from articles.citations import markers_in
from articles.rendering import link_citations, render_markdown
from tests.factories import ReferenceFactory

pytestmark = pytest.mark.django_db


def test_markers_are_found_singly_and_in_groups_but_not_in_markdown_links():
    assert markers_in("A [1] and [2, 3] but not [4](http://x.org) or [a].") == [1, 2, 3]


def test_first_citation_of_a_reference_carries_the_backlink_target():
    cited = set()
    first = link_citations("<p>One [1]. Two [1, 2].</p>", cited)
    assert first.count('id="cite-1"') == 1
    assert 'id="cite-2"' in first
    assert first.count('href="#ref-1"') == 2
    assert cited == {1, 2}
    later = link_citations("<p>Again [2].</p>", cited)
    assert 'id="cite-2"' not in later


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<a href="javascript:alert(1)">x</a>',
        '<img src="x" onerror="alert(1)">',
        '<p style="position:fixed">x</p>',
        "<iframe src='//evil.example'></iframe>",
    ],
)
def test_author_html_is_sanitized(hostile):
    html = render_markdown(hostile)
    for bad in ("<script", "javascript:", "onerror", "style=", "<iframe"):
        assert bad not in html


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("pmid", "12ab", "PMID"),
        ("pmid", "0123", "PMID"),
        ("doi", "doi:10.1056/NEJMoa1209124", "DOI"),
        ("doi", "10.1/x", "DOI"),
        ("url", "javascript:alert(1)", "valid URL"),
    ],
)
def test_reference_identifiers_are_validated(field, value, message):
    reference = ReferenceFactory.build(revision=ReferenceFactory().revision, number=2, **{field: value})
    with pytest.raises(ValidationError, match=message):
        reference.full_clean()


def test_valid_reference_identifiers_pass_and_link_out():
    reference = ReferenceFactory(pmid="23020162", doi="10.1056/NEJMoa1209124")
    reference.full_clean()
    assert reference.pubmed_url == "https://pubmed.ncbi.nlm.nih.gov/23020162/"
    assert reference.doi_url == "https://doi.org/10.1056/NEJMoa1209124"
