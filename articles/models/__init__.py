"""The content of the site and what readers are given of it."""

from .content import (
    APPROVED_STATUSES, OPEN_STATUSES, PENDING_REVIEW_STATUSES, PROPOSED_FIELDS, Article, Reference,
    Revision, Section, Wording, public_revision_q,
)
from .literature import LiteratureNotice
from .pages import StoredPage
from .site import CorrectionReport, EditorialPolicy, FollowUpQuestion

__all__ = [
    "APPROVED_STATUSES", "OPEN_STATUSES", "PENDING_REVIEW_STATUSES", "Article", "CorrectionReport",
    "EditorialPolicy", "FollowUpQuestion", "LiteratureNotice", "PROPOSED_FIELDS", "Reference", "Revision", "Section",
    "StoredPage", "Wording", "public_revision_q",
]
