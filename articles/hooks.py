"""What articles needs to know from the workflow above it. The workflow app registers the
answer at start-up (reviews.apps), so that articles never imports it."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reviewer:
    """A board member who approved a revision, as readers are shown them."""

    name: str
    credentials: str
    specialty: str
    approved_at: datetime
    # Their entry on the advisory board page (a path); empty once they have left the board.
    board_url: str = ""
    # The fingerprint of the text they signed with their approval (articles.fingerprint).
    fingerprint: str = ""

    @property
    def name_with_credentials(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def is_current_member(self) -> bool:
        return bool(self.board_url)


ReviewersSource = Callable[[Iterable], dict[int, list[Reviewer]]]
_reviewers_source: ReviewersSource = lambda revisions: {}


def register_reviewers_source(source: ReviewersSource) -> None:
    global _reviewers_source
    _reviewers_source = source


def reviewers_of(revisions) -> dict[int, list[Reviewer]]:
    """The board members whose approvals published each revision, by revision id."""
    revisions = list(revisions)
    found = _reviewers_source(revisions) if revisions else {}
    return {revision.pk: found.get(revision.pk, []) for revision in revisions}
