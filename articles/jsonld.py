"""What an article page tells search engines: its canonical URL, description and schema.org
MedicalWebPage JSON-LD, built from the revision being shown.

A revision that is not approved is never described as reviewed: it has no `lastReviewed` and
no `reviewedBy`.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.safestring import SafeString, mark_safe

from markup import cut_at_word, plain_text, strip_markers

DESCRIPTION_LIMIT = 160
SITE_NAME = "her2site"
# The characters that could end a <script> data block early or open a comment in it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def describe(markdown_text: str, fallback: str) -> str:
    """A page description from author Markdown: plain text cut at a word."""
    text = plain_text(strip_markers(markdown_text))
    return cut_at_word(text, DESCRIPTION_LIMIT) if text else fallback


def medical_web_page(
    *, article, revision, reviewers, references, reader_type, description, first_published
) -> dict:
    url = absolute(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": article.question,
        "headline": article.question,
        "description": description,
        "url": url,
        "inLanguage": "en",
        "about": [
            *([{"@type": "MedicalCondition", "name": article.topic}] if article.topic else []),
            *({"@type": "Drug", "name": name} for name in article.drug_list),
        ],
        "medicalAudience": {
            "@type": "MedicalAudience",
            "audienceType": reader_type.schema_audience,
            "name": reader_type.label,
        },
        "publisher": publisher(),
        "citation": [_citation(reference) for reference in references],
        "datePublished": _date(first_published),
        # schema.org has no "evidence current through": the period the content covers, open at
        # its start and ending on the date the literature was last searched, says it.
        "temporalCoverage": (
            f"../{revision.evidence_current_through.isoformat()}"
            if revision.evidence_current_through else None
        ),
        "dateModified": _date(revision.approved_at or revision.submitted_at),
    }
    if revision.is_approved:
        data["lastReviewed"] = revision.approved_at.date().isoformat()
        data["reviewedBy"] = [_person(reviewer) for reviewer in reviewers]
    else:
        data["creativeWorkStatus"] = "Pending medical review"
    return {key: value for key, value in data.items() if value not in (None, "")}


def publisher() -> dict:
    return {
        "@type": "Organization",
        "name": SITE_NAME,
        "url": absolute("/"),
        "logo": {"@type": "ImageObject", "url": absolute(static("brand/logo-512.png"))},
    }


def script_data(data: dict) -> SafeString:
    """JSON safe to place inside <script type="application/ld+json">."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))


def _date(moment) -> str | None:
    """An ISO 8601 date and time to the second (no microseconds), or None."""
    return moment.replace(microsecond=0).isoformat() if moment else None


def _person(reviewer) -> dict:
    person = {
        "@type": "Person",
        "name": reviewer.name,
        "honorificSuffix": reviewer.credentials,
        "jobTitle": reviewer.specialty,
    }
    if reviewer.board_url:
        person["url"] = absolute(reviewer.board_url)
    return person


def _citation(reference) -> dict:
    citation = {"@type": "CreativeWork", "name": reference.citation}
    url = reference.pubmed_url or reference.doi_url or reference.url
    if url:
        citation["url"] = url
    return citation
