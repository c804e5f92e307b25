"""Word-level differences between two texts, as HTML with <ins> and <del>.

Reviewers read the Markdown source, so citation markers and emphasis show up in
the diff exactly as the editor typed them.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from personalize import readers

# Words, runs of whitespace and single punctuation marks are the units compared,
# so "[3]" becoming "[3, 4]" marks only the new reference number.
TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def word_diff(old: str, new: str) -> SafeString:
    """`new` as escaped HTML, with words removed since `old` in <del> and added ones in <ins>."""
    old, new = old or "", new or ""
    if old == new:
        return mark_safe(escape(new))
    a, b = tokens(old), tokens(new)
    # autojunk would treat frequent tokens such as spaces as noise and garble long texts.
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    parts = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            parts.append(escape(added))
            continue
        if removed:
            parts.append(f"<del>{escape(removed)}</del>")
        if added:
            parts.append(f"<ins>{escape(added)}</ins>")
    return mark_safe("".join(parts))


# --- Comparing two revisions ----------------------------------------------------


@dataclass
class WordingChange:
    reader_type: object
    old: object  # Wording, or None
    new: object  # Wording, or None
    heading_html: SafeString
    html: SafeString
    grade: object = None

    @property
    def old_text(self) -> str:
        return self.old.body if self.old else ""

    @property
    def new_text(self) -> str:
        return self.new.body if self.new else ""

    @property
    def changed(self) -> bool:
        return _texts(self.old) != _texts(self.new)


@dataclass
class SectionChange:
    section: object  # in the revision under review; None when the section was removed
    old: object  # in the revision compared against; None when the section is new
    heading_html: SafeString
    wordings: list[WordingChange] = field(default_factory=list)
    comments: list = field(default_factory=list)

    @property
    def state(self) -> str:
        if self.old is None:
            return "added"
        if self.section is None:
            return "removed"
        return "changed" if any(w.changed for w in self.wordings) else "unchanged"


def _texts(wording) -> tuple[str, str]:
    return (wording.heading, wording.body) if wording is not None and wording.body.strip() else ("", "")


def _heading(section) -> str:
    return section.base_wording().heading if section is not None else ""


def pair_sections(new: list, old: list) -> list[tuple]:
    """Match sections by base heading, then the rest by position; unmatched ones are added or
    removed."""
    unmatched_old = list(old)
    pairs = []
    for section in new:
        match = next((s for s in unmatched_old if _heading(s) == _heading(section)), None)
        if match is None:
            match = next((s for s in unmatched_old if s.position == section.position), None)
        if match is not None:
            unmatched_old.remove(match)
        pairs.append((section, match))
    pairs.extend((None, gone) for gone in unmatched_old)
    return pairs


def compare_sections(new: list, old: list, grades=()) -> list[SectionChange]:
    """Every section in every wording of the registry, the base wording first (sections with
    their wordings prefetched)."""
    grade_of = {(g.section.pk, g.reader_type.key): g for g in grades}
    changes = []
    for section, before in pair_sections(new, old):
        change = SectionChange(
            section=section, old=before,
            heading_html=word_diff(_heading(before), _heading(section)),
        )
        old_wordings = before.wordings_by_type() if before else {}
        new_wordings = section.wordings_by_type() if section else {}
        for reader_type in readers.in_review_order():
            was, now = old_wordings.get(reader_type.key), new_wordings.get(reader_type.key)
            change.wordings.append(
                WordingChange(
                    reader_type, was, now,
                    word_diff(*(w.heading if w else "" for w in (was, now))),
                    word_diff(*(w.body if w else "" for w in (was, now))),
                    grade_of.get((section.pk, reader_type.key)) if section else None,
                )
            )
        changes.append(change)
    return changes


@dataclass
class ReferenceChange:
    number: int
    state: str  # added, removed, changed or unchanged
    reference: object
    citation_html: SafeString


REFERENCE_FIELDS = ("citation", "evidence", "pmid", "doi", "url")


def compare_references(new: list, old: list) -> list[ReferenceChange]:
    old_by_number = {ref.number: ref for ref in old}
    new_by_number = {ref.number: ref for ref in new}
    changes = []
    for number in sorted(old_by_number.keys() | new_by_number.keys()):
        ref, before = new_by_number.get(number), old_by_number.get(number)
        if before is None:
            state = "added"
        elif ref is None:
            state = "removed"
        elif any(getattr(ref, f) != getattr(before, f) for f in REFERENCE_FIELDS):
            state = "changed"
        else:
            state = "unchanged"
        html = word_diff(before.citation if before else "", ref.citation if ref else "")
        changes.append(ReferenceChange(number, state, ref or before, html))
    return changes
