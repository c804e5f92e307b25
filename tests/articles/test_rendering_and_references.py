import pytest
from django.core.exceptions import ValidationError

from articles.models import Revision
from articles.rendering import render_body
from personalize import readers
from tests.conftest import make_draft, write
from tests.factories import ReferenceFactory

pytestmark = pytest.mark.django_db


def test_each_reference_links_back_to_every_place_it_is_cited(editor):
    revision = make_draft(editor=editor, sections=2, references=2)
    first, second = revision.sections.order_by("position")
    write(first, "One [1]. Again [1, 2].")
    write(second, "Later [1].")
    body = render_body(Revision.objects.with_content().get(pk=revision.pk), readers.base())
    for target in ("cite-1-1", "cite-1-2", "cite-1-3", "cite-2-1"):
        assert f'id="{target}"' in body and f'href="#{target}"' in body
    # Several citations: lettered back links, a journal's a, b, c.
    assert 'aria-label="Back to citation c of reference 1">c</a>' in body
    # One citation: a single arrow.
    assert 'href="#cite-2-1" aria-label="Back to where reference 2 is cited">↩</a>' in body


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("pmid", "12ab", "PMID"),
        ("pmid", "0123", "PMID"),
        ("doi", "doi:10.1056/NEJMoa1209124", "DOI"),
        ("doi", "10.1/x", "DOI"),
        ("url", "javascript:alert(1)", "valid URL"),
        ("number", 10_000, "less than or equal to 9999"),
        ("number", 2147483647, "less than or equal to 9999"),
    ],
)
def test_reference_fields_are_validated(field, value, message):
    fields = {"number": 2, field: value}
    reference = ReferenceFactory.build(revision=ReferenceFactory().revision, **fields)
    with pytest.raises(ValidationError, match=message):
        reference.full_clean()


def test_valid_reference_identifiers_pass_and_link_out():
    reference = ReferenceFactory(pmid="23020162", doi="10.1056/NEJMoa1209124")
    reference.full_clean()
    assert reference.pubmed_url == "https://pubmed.ncbi.nlm.nih.gov/23020162/"
    assert reference.doi_url == "https://doi.org/10.1056/NEJMoa1209124"
