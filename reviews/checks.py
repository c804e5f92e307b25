"""What must hold before a revision goes to the board: the one list of pre-submit checks.

`submission_problems` is what the submit transition refuses on, what the revision's admin page
shows before submitting, and what the review page shows the board.
"""

from dataclasses import dataclass

from markup import markers_in
from personalize import readers
from personalize.readability import GradeResult, wording_grades


@dataclass(frozen=True)
class Checks:
    content_problems: list[str]  # sections, base wordings and citations
    grades: list[GradeResult]
    problems: list[str]  # everything that blocks submitting: the above and grades over target

    @property
    def over_target(self) -> list[GradeResult]:
        return [result for result in self.grades if result.over_target]


def run(revision, sections=None, references=None) -> Checks:
    """All checks of a revision, on its sections with their wordings and its references (read
    here unless the caller has them)."""
    sections = list(revision.sections.prefetch_related("wordings")) if sections is None else sections
    references = list(revision.references.all()) if references is None else references
    problems = []
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
    blocking = list(problems)
    if not revision.readability_note.strip():
        blocking += [
            f"{result} Simplify it, or give the reason in the reading grade note."
            for result in grades
            if result.over_target
        ]
    return Checks(problems, grades, blocking)


def submission_problems(revision) -> list[str]:
    return run(revision).problems


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
