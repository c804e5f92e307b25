"""The fingerprint of a revision: a SHA-256 of a canonical form of everything readers are shown
of it, which each board member signs with their approval (reviews.services) and which
`manage.py verify_fingerprints` recomputes from the database to find content changed behind the
workflow's back.

The canonical form is JSON with sorted keys and no spaces, of: the article fields the revision
proposes (question, topic, drugs); every section's position and kind with every wording's
heading and text; every reference; and the glossary explanations lay readers are shown, from
the glossary frozen on the revision at submission. Text is in Unicode NFC with \\n line endings
(markup.normalize_text, as the admin saves it), so a fingerprint does not change with the way
the same text was stored.
"""

import hashlib
import json

from markup import normalize_text
from personalize import readers
from personalize.glossary import normal_form

from .rendering import render_wordings

FORMAT = 1
REFERENCE_FIELDS = ("number", "citation", "evidence", "pmid", "doi", "url")


def canonical(revision) -> dict:
    """Expects the revision's sections with their wordings and its references prefetched
    (`Revision.objects.with_content()`)."""
    sections = list(revision.sections.all())
    return {
        "format": FORMAT,
        "article": {name: _text(getattr(revision, name)) for name in ("question", "topic", "drugs")},
        "sections": [
            {
                "position": section.position,
                "kind": section.kind,
                "wordings": {
                    wording.reader_type: {"heading": _text(wording.heading), "body": _text(wording.body)}
                    for wording in section.wordings.all()
                    if wording.heading.strip() or wording.body.strip()
                },
            }
            for section in sections
        ],
        "references": [
            {name: _text(str(getattr(reference, name))) for name in REFERENCE_FIELDS}
            for reference in revision.references.all()
        ],
        "glossary": glossary_shown(revision),
    }


def fingerprint(revision) -> str:
    text = json.dumps(canonical(revision), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short(value: str) -> str:
    """The form people compare by eye: the first 12 hex digits, in groups of four."""
    return " ".join(value[i : i + 4] for i in range(0, 12, 4)) if value else ""


def glossary_shown(revision) -> dict[str, str]:
    """The explanations from the revision's frozen glossary that some lay reader is shown."""
    if not revision.glossary:
        return {}
    explained: set[str] = set()
    for reader_type in readers.lay():
        render_wordings(revision, reader_type, explained=explained)
    return {
        _text(term): _text(explanation)
        for term, explanation in sorted(revision.glossary.items())
        if normal_form(term) in explained
    }


def _text(value: str) -> str:
    return normalize_text(value or "")
