"""Word-level differences between two texts, as HTML with <ins> and <del>, and the comparison of
two revisions built on them.

Reviewers read the Markdown source, so citation markers and emphasis show up in the diff
exactly as the editor typed them. Differences that change nothing a reader sees (line endings,
runs of spaces, a line break inside a paragraph) are not marked: only a paragraph break counts.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import PROPOSED_FIELDS, Revision
from markup import comparable_text, normalize_text
from personalize import readers

# Words, runs of whitespace and single punctuation marks are the units compared,
# so "[3]" becoming "[3, 4]" marks only the new reference number.
TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# Words of context either side of a change in an excerpt.
EXCERPT_CONTEXT = 6


def tokens(text: str) -> list[str]:
    return TOKEN.findall(normalize_text(text or ""))


def _key(token: str) -> str:
    if token.isspace():
        return "\n\n" if token.count("\n") >= 2 else " "
    return token


def _opcodes(old: str, new: str):
    a, b = tokens(old), tokens(new)
    # autojunk would treat frequent tokens such as spaces as noise and garble long texts.
    matcher = SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], autojunk=False)
    return a, b, matcher.get_opcodes()


def word_diff(old: str, new: str) -> SafeString:
    """`new` as escaped HTML, with words removed since `old` in <del> and added ones in <ins>."""
    old, new = old or "", new or ""
    if comparable_text(old) == comparable_text(new):
        return mark_safe(escape(new))
    a, b, opcodes = _opcodes(old, new)
    parts = []
    for tag, i1, i2, j1, j2 in opcodes:
        parts.append(_marked(tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    return mark_safe("".join(parts))


def change_excerpt(old: str, new: str, context: int = EXCERPT_CONTEXT) -> SafeString:
    """Only the changed words of `new`, each change with a few words either side, joined by
    " … ": what a one-line summary of the change shows."""
    a, b, opcodes = _opcodes(old or "", new or "")
    hunks, current = [], []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "equal":
            current.append(_marked(tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
            continue
        equal = b[j1:j2]
        first, last = index == 0, index == len(opcodes) - 1
        words = [i for i, token in enumerate(equal) if not token.isspace()]
        if not first and not last and len(words) <= 2 * context:
            current.append(escape("".join(equal)))  # changes close together share one hunk
            continue
        if not first:  # the context after the change before it
            end = words[context - 1] + 1 if len(words) >= context else len(equal)
            current.append(escape("".join(equal[:end]).rstrip()))
            hunks.append("".join(current))
            current = []
        if not last:  # the context before the next change
            start = words[-context] if len(words) >= context else 0
            current.append(escape("".join(equal[start:]).lstrip()))
    if current:
        hunks.append("".join(current))
    return mark_safe(" … ".join(hunk.strip() for hunk in hunks if hunk.strip()))


def _marked(tag: str, removed: str, added: str) -> str:
    if tag == "equal":
        return escape(added)
    if removed.isspace() and added.isspace():
        # Only a paragraph break made or undone is a change (runs of spaces compare equal).
        mark = "<ins>¶</ins>" if _key(added) == "\n\n" else "<del>¶</del>"
        return mark + escape(added)
    marks = f"<del>{escape(removed)}</del>" if removed else ""
    return marks + (f"<ins>{escape(added)}</ins>" if added else "")


def same_text(old: str, new: str) -> bool:
    return comparable_text(old) == comparable_text(new)


# --- Comparing two revisions ----------------------------------------------------


@dataclass
class WordingChange:
    reader_type: object
    old: object  # Wording, or None
    new: object  # Wording, or None
    heading_html: SafeString
    html: SafeString
    grade: object = None
    # The wording as this reader type reads it in the revision under review (sections of it
    # that fall back on the base wording get that, with glossary explanations for lay readers).
    rendered: str = ""
    glossary_changes: list = field(default_factory=list)
    anchor: str = ""

    @property
    def old_text(self) -> str:
        return self.old.body if self.old else ""

    @property
    def new_text(self) -> str:
        return self.new.body if self.new else ""

    @property
    def changed(self) -> bool:
        """The wording's own text or heading changed (whitespace aside)."""
        return _texts(self.old) != _texts(self.new)

    @property
    def falls_back(self) -> bool:
        """This reader type has no wording of its own: it reads the base wording."""
        return not self.reader_type.is_base and not self.new_text.strip()

    @property
    def excerpt(self) -> SafeString:
        heading = (
            f"{word_diff(*(w.heading if w else '' for w in (self.old, self.new)))}: "
            if _texts(self.old)[0] != _texts(self.new)[0] else ""
        )
        return mark_safe(heading + change_excerpt(self.old_text, self.new_text))


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
        return "changed" if self.changed_wordings or self.glossary_changes else "unchanged"

    @property
    def changed_wordings(self) -> list[WordingChange]:
        return [w for w in self.wordings if w.changed]

    @property
    def glossary_changes(self) -> list:
        """Each changed explanation met in this section once, whichever wordings meet it."""
        found = {}
        for wording in self.wordings:
            for change in wording.glossary_changes:
                found.setdefault(id(change), change)
        return list(found.values())

    @property
    def anchor(self) -> str:
        section = self.section or self.old
        return f"review-section-{section.pk}" if self.section else f"review-removed-{section.pk}"

    @property
    def name(self) -> str:
        return _heading(self.section) or _heading(self.old) or "Untitled section"

    @property
    def base_changed(self) -> bool:
        return any(w.changed for w in self.wordings if w.reader_type.is_base)


def _texts(wording) -> tuple[str, str]:
    if wording is None or not wording.body.strip():
        return ("", "")
    return (comparable_text(wording.heading), comparable_text(wording.body))


def _heading(section) -> str:
    return section.base_wording().heading if section is not None else ""


def pair_sections(new: list, old: list) -> list[tuple]:
    """Match sections by base heading, then the rest by position; unmatched ones are added or
    removed."""
    unmatched_old = list(old)
    pairs = []
    for section in new:
        match = next((s for s in unmatched_old if same_text(_heading(s), _heading(section))), None)
        if match is None:
            match = next((s for s in unmatched_old if s.position == section.position), None)
        if match is not None:
            unmatched_old.remove(match)
        pairs.append((section, match))
    pairs.extend((None, gone) for gone in unmatched_old)
    return pairs


def compare_sections(new: list, old: list, grades=(), rendered=None, glossary=None) -> list[SectionChange]:
    """Every section in every wording of the registry, the base wording first (sections with
    their wordings prefetched). `rendered` maps (section id, reader key) to the reader's view
    of a section, `glossary` to the glossary explanations that changed there."""
    rendered, glossary = rendered or {}, glossary or {}
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
            key = (section.pk, reader_type.key) if section else None
            change.wordings.append(
                WordingChange(
                    reader_type, was, now,
                    word_diff(*(w.heading if w else "" for w in (was, now))),
                    word_diff(*(w.body if w else "" for w in (was, now))),
                    grade_of.get(key),
                    rendered=rendered.get(key, ""),
                    glossary_changes=glossary.get(key, []),
                    anchor=f"review-wording-{(section or before).pk}-{reader_type.key}",
                )
            )
        changes.append(change)
    return changes


@dataclass
class FieldChange:
    """One of the article's reader-facing fields (its question, topic, drugs) as proposed."""

    name: str
    label: str
    old: str
    new: str

    @property
    def changed(self) -> bool:
        return not same_text(self.old, self.new)

    @property
    def html(self) -> SafeString:
        return word_diff(self.old, self.new)


def compare_fields(revision, baseline) -> list[FieldChange]:
    return [
        FieldChange(
            name, str(Revision._meta.get_field(name).verbose_name).capitalize(),
            getattr(baseline, name) if baseline else "", getattr(revision, name),
        )
        for name in PROPOSED_FIELDS
    ]


@dataclass
class ReferenceChange:
    number: int
    state: str  # added, removed, changed or unchanged
    reference: object
    citation_html: SafeString
    notices: list = field(default_factory=list)  # LiteratureNotice rows about its DOI

    @property
    def anchor(self) -> str:
        return f"review-ref-{self.number}"


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
        elif any(not same_text(getattr(ref, f), getattr(before, f)) for f in REFERENCE_FIELDS):
            state = "changed"
        else:
            state = "unchanged"
        html = word_diff(before.citation if before else "", ref.citation if ref else "")
        changes.append(ReferenceChange(number, state, ref or before, html))
    return changes
