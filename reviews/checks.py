"""What must hold before a revision goes to the board: the one list of pre-submit checks.

`submission_problems` is what the submit transition refuses on, what the revision's admin page
shows before submitting, and what the review page shows the board.
"""

from dataclasses import dataclass

from django.utils import timezone

from articles.literature import title_matches
from articles.models import PROPOSED_FIELDS
from markup import comparable_text, markers_in
from personalize import readers
from personalize.readability import GradeResult, wording_grades

from .rules import EDITABLE

REFERENCE_FIELDS = ("number", "citation", "evidence", "pmid", "doi", "url")


@dataclass(frozen=True)
class Checks:
    content_problems: list[str]  # sections, base wordings and citations
    grades: list[GradeResult]
    problems: list[str]  # everything that blocks submitting: the above and grades over target
    # The change itself: a summary for the board, and something to review.
    change_problems: list[str] = ()
    reference_problems: list[str] = ()  # citations that do not match their identifier's record

    @property
    def over_target(self) -> list[GradeResult]:
        return [result for result in self.grades if result.over_target]


def run(revision, sections=None, references=None, *, compared=None) -> Checks:
    """All checks of a revision, on its sections with their wordings and its references (read
    here unless the caller has them). `compared` is the content of the revision it would
    replace, as (revision, sections, references), when the caller has read it already."""
    sections = list(revision.sections.prefetch_related("wordings")) if sections is None else sections
    references = list(revision.references.all()) if references is None else references
    problems = []
    if not revision.question.strip():
        problems.append("The revision needs a question: it is the article's title.")
    if not sections:
        problems.append("The revision has no sections.")
    for section in sections:
        base = section.wordings_by_type().get(readers.BASE_KEY)
        if base is None or not (base.heading.strip() and base.body.strip()):
            problems.append(
                f"Section {section.position} needs a {readers.base().label.lower()} wording "
                "with a heading and text: the other wordings fall back to it."
            )
    problems += citation_problems(sections, references)
    grades = wording_grades(sections)
    changes = change_problems(revision, sections, references, compared)
    changes += evidence_problems(revision)
    records = record_problems(references)
    blocking = [*changes, *problems, *records]
    if not revision.readability_note.strip():
        blocking += [
            f"{result} Simplify it, or give the reason in the reading grade note."
            for result in grades
            if result.over_target
        ]
    return Checks(problems, grades, blocking, changes, records)


def evidence_problems(revision) -> list[str]:
    """Readers and reviewers are told how current the evidence is; the editor says it."""
    searched = revision.evidence_current_through
    if searched is None:
        return [
            "Give the date the literature was last searched (“evidence current through”): "
            "readers see it beside “Last updated”, and the review falls due from it."
        ]
    if searched > timezone.localdate():
        return [f"The evidence date ({searched:%Y-%m-%d}) is in the future: give the date of the last search."]
    return []


def submission_problems(revision) -> list[str]:
    return run(revision).problems


def replaced_by(revision):
    """The revision this one would replace for readers: the live one (when this is not it),
    else the one it was started from. A rollback is compared with the live revision, which it
    changes, not with the earlier one it copies."""
    live = revision.article.live_revision
    if live is not None and live.pk != revision.pk:
        return live
    return revision.based_on


def change_problems(revision, sections, references, compared=None) -> list[str]:
    """A revision goes to the board with a change summary, and with a change."""
    problems = []
    if not revision.change_summary.strip():
        problems.append(
            "Write a change summary: it tells the board what changed, and readers see it in "
            "the article's change log."
        )
    if revision.status not in EDITABLE:
        return problems  # with the board or decided: what it was compared with has moved on
    if compared is None:
        other = replaced_by(revision)
        if other is None:
            return problems
        compared = (other, list(other.sections.prefetch_related("wordings")), list(other.references.all()))
    other, other_sections, other_references = compared
    if content_key(revision, sections, references) == content_key(other, other_sections, other_references):
        problems.append(
            f"Revision {revision.number} is the same as revision {other.number} "
            f"({other.get_status_display().lower()}): there is nothing for the board to review. "
            "Make your change, save it, then submit."
        )
    return problems


def content_key(revision, sections, references) -> tuple:
    """Everything readers could see of a revision, with differences that change nothing they
    see (line endings, spaces) taken out: equal keys, equal pages."""
    proposal = tuple(comparable_text(getattr(revision, name)) for name in PROPOSED_FIELDS)
    content = tuple(
        (
            section.kind,
            tuple(sorted(
                (key, comparable_text(wording.heading), comparable_text(wording.body))
                for key, wording in section.wordings_by_type().items()
                if wording.body.strip() or key == readers.BASE_KEY
            )),
        )
        for section in sorted(sections, key=lambda s: (s.position, s.pk))
    )
    cited = tuple(
        tuple(comparable_text(str(getattr(ref, name))) for name in REFERENCE_FIELDS)
        for ref in sorted(references, key=lambda r: r.number)
    )
    return proposal, content, cited


def record_problems(references) -> list[str]:
    """References whose citation does not match the PubMed or Crossref record of their
    identifier, as looked up when it was filled in (no network here)."""
    problems = []
    for ref in references:
        if not ref.record_title:
            continue
        if ref.record_id != ref.identifier:
            problems.append(
                f"Reference {ref.number}: its PMID or DOI changed after its record was looked "
                "up. Look it up again (tick “Fill in from PMID/DOI”) to check the citation."
            )
        elif not title_matches(ref.citation, ref.record_title):
            source = "PubMed" if ref.record_id.startswith("pmid:") else "Crossref"
            name = f"PMID {ref.pmid}" if ref.pmid else f"DOI {ref.doi}"
            problems.append(
                f"Reference {ref.number}: the citation does not name the paper that {name} is "
                f"in {source} (“{ref.record_title}”). Check the identifier and the citation."
            )
    return problems


def citation_problems(sections, references) -> list[str]:
    """What is wrong with the citations of one revision; an empty list when nothing is."""
    problems = []
    numbers = sorted(ref.number for ref in references)
    known = set(numbers)
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(
            f"Reference numbers must run 1 to {len(numbers)} without gaps; they are "
            f"{', '.join(map(str, numbers))}."
        )
    cited = set()
    for section in sections:
        for wording in section.wordings.all():
            found = markers_in(wording.body)
            cited.update(found)
            for number in sorted(set(found) - known):
                problems.append(
                    f"Section “{wording.heading or section.position}” "
                    f"({_label(wording.reader_type)} wording) cites [{number}], but there is no "
                    f"reference {number}."
                )
    for number in sorted(known - cited):
        problems.append(f"Reference {number} is never cited.")
    return problems


def _label(reader_key: str) -> str:
    reader_type = readers.registry().get(reader_key)
    return reader_type.label.lower() if reader_type else reader_key
