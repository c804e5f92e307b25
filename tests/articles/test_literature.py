"""References from identifiers: the PubMed and Crossref client, on recorded answers
(tests/fixtures/literature)."""

import pytest

from articles import literature

KATHERINE_TITLE = "Trastuzumab Emtansine for Residual Invasive HER2-Positive Breast Cancer."
KATHERINE_CITATION = (
    "von Minckwitz G, Huang CS, Mano MS, et al. Trastuzumab Emtansine for Residual Invasive "
    "HER2-Positive Breast Cancer. N Engl J Med. 2019;380(7):617-28."
)


def test_a_pmid_gives_pubmeds_record_as_a_citation(literature_services):
    record = literature.lookup(pmid="30516102")
    assert record.source == "PubMed" and record.identifier == "pmid:30516102"
    assert record.title == KATHERINE_TITLE
    assert record.doi == "10.1056/NEJMoa1814017"
    assert record.citation == KATHERINE_CITATION


def test_the_request_names_the_site_and_a_contact_and_has_a_timeout(literature_services, settings):
    settings.LITERATURE_CONTACT_EMAIL = "editors@example.org"
    settings.LITERATURE_TIMEOUT_SECONDS = 4
    literature.lookup(pmid="30516102")
    request, timeout = literature_services.requests[0]
    assert timeout == 4
    assert "mailto:editors@example.org" in request.get_header("User-agent")
    assert "email=editors%40example.org" in request.full_url and "retmode=json" in request.full_url


def test_a_doi_gives_crossrefs_record(literature_services):
    record = literature.lookup(doi="10.1056/NEJMoa1814017")
    assert record.source == "Crossref" and record.identifier == "doi:10.1056/nejmoa1814017"
    assert record.citation == KATHERINE_CITATION
    assert record.updates == ()


def test_crossref_notices_that_update_a_work_are_kept_for_retraction_checks(literature_services):
    record = literature.crossref("10.5555/retraction")
    assert record.title == "Retraction notice: An example trial of a HER2 drug"  # markup taken out
    assert record.updates == (
        {"kind": "update-to", "updated": {"date-parts": [[2021, 6, 1]]}, "DOI": "10.5555/original",
         "type": "retraction", "label": "Retraction"},
    )
    assert record.raw["DOI"] == "10.5555/retraction"


def test_a_pmid_pubmed_does_not_know_is_a_clear_not_found(literature_services):
    with pytest.raises(literature.NotFound, match="PubMed has no record of PMID 999999999"):
        literature.lookup(pmid="999999999")


def test_a_doi_crossref_does_not_know_is_a_clear_not_found(literature_services):
    with pytest.raises(literature.NotFound, match="Crossref has no record of DOI 10.1056/unknown"):
        literature.lookup(doi="10.1056/unknown")


def test_without_network_the_editor_is_told_to_type_it_by_hand(literature_services):
    literature_services.offline = True
    with pytest.raises(literature.Unavailable) as failure:
        literature.lookup(pmid="30516102")
    assert "PubMed could not be reached" in str(failure.value)
    assert "Type the citation by hand" in str(failure.value)


def test_a_malformed_identifier_is_refused_before_any_request(literature_services):
    with pytest.raises(literature.LookupFailed, match="A PMID is a number"):
        literature.lookup(pmid="PMC123")
    assert literature_services.requests == []


@pytest.mark.parametrize("citation, matches", [
    ("von Minckwitz G, et al. Trastuzumab emtansine for residual invasive HER2-positive breast "
     "cancer. N Engl J Med. 2019;380:617-28. (KATHERINE)", True),
    ("Verma S, et al. Trastuzumab emtansine for HER2-positive advanced breast cancer. 2012.", False),
    ("", False),
])
def test_a_citation_matches_its_records_title_whatever_the_case_and_punctuation(citation, matches):
    assert literature.title_matches(citation, KATHERINE_TITLE) is matches
