"""Citation checks run before a revision may be submitted for review."""

from personalize.readers import READER_TYPES

from .models import CITATION_MARKER


def markers_in(text: str) -> list[int]:
    """Every reference number cited in `text`, in order of appearance."""
    numbers = []
    for match in CITATION_MARKER.finditer(text or ""):
        numbers.extend(int(n) for n in match.group(1).split(","))
    return numbers


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
        for reader_type in READER_TYPES.values():
            text = getattr(section, reader_type.wording_field)
            if not text:
                continue
            found = markers_in(text)
            cited.update(found)
            for number in sorted(set(found) - known):
                problems.append(
                    f"Section “{section.heading}” ({reader_type.label.lower()} wording) cites "
                    f"[{number}], but there is no reference {number}."
                )
    for number in sorted(known - cited):
        problems.append(f"Reference {number} is never cited.")
    return problems


def revision_citation_problems(revision) -> list[str]:
    return citation_problems(list(revision.sections.all()), list(revision.references.all()))
