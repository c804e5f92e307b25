"""What an article page tells search engines: its canonical URL, meta description and
schema.org MedicalWebPage JSON-LD.

The JSON-LD describes the revision being shown. A revision that is not approved is never
described as reviewed: it has no `lastReviewed` and no `reviewedBy`.
"""

import html
import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
CITATION_GROUP = re.compile(r'<sup class="cite-group">.*?</sup>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
REFERENCE_ITEM = re.compile(r'<li id="ref-\d+"[^>]*>(.*?)</li>', re.DOTALL)
EXTERNAL_LINK = re.compile(r'<a href="(https?://[^"]+)"')
# The characters that could end a <script> data block early or open a comment in it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def canonical_url(article) -> str:
    return settings.SITE_URL + article.get_absolute_url()


def meta_description(body_html: str, fallback: str, limit: int = 160) -> str:
    """The first paragraph of the article body as plain text, cut at a word near `limit`."""
    match = FIRST_PARAGRAPH.search(body_html or "")
    if match is None:
        return fallback
    text = html.unescape(TAG.sub("", CITATION_GROUP.sub("", match.group(1))))
    text = " ".join(text.split())
    return Truncator(text).chars(limit) if text else fallback


def references_from_body(body_html: str) -> list[dict]:
    """The reference list as the reader sees it, read back from the stored body
    (templates/articles/includes/_body.html), so the page needs no query for it."""
    start = body_html.find('<section class="references"')
    if start == -1:
        return []
    references = []
    for item in REFERENCE_ITEM.finditer(body_html, start):
        content = item.group(1)
        text = html.unescape(TAG.sub("", content.split("<a ", 1)[0]))
        links = [html.unescape(url) for url in EXTERNAL_LINK.findall(content)]
        references.append({"citation": " ".join(text.split()), "links": links})
    return references


def medical_web_page(*, article, revision, reviews, references, reader_type) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": article.question,
        "url": canonical_url(article),
        "about": [{"@type": "Drug", "name": name} for name in article.drug_list],
        "medicalAudience": {
            "@type": "MedicalAudience",
            "audienceType": reader_type.schema_audience,
            "name": reader_type.label,
        },
        "citation": [_citation(reference) for reference in references],
        "dateModified": _timestamp(revision.approved_at or revision.submitted_at),
    }
    if revision.status in (revision.Status.APPROVED, revision.Status.SUPERSEDED):
        data["lastReviewed"] = revision.approved_at.date().isoformat()
        data["reviewedBy"] = [_person(review.reviewer) for review in reviews]
    else:
        data["creativeWorkStatus"] = "Pending medical review"
    return data


def script_data(data: dict) -> SafeString:
    """JSON safe to place inside <script type="application/ld+json">."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))


def _timestamp(moment) -> str | None:
    return moment.replace(microsecond=0).isoformat() if moment else None


def _person(member) -> dict:
    return {
        "@type": "Person",
        "name": member.display_name,
        "honorificSuffix": member.credentials,
        "jobTitle": member.specialty,
    }


def _citation(reference: dict) -> dict:
    citation = {"@type": "CreativeWork", "name": reference["citation"]}
    if reference["links"]:
        citation["url"] = reference["links"][0]
    return citation
