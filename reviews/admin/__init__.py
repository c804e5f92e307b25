"""The admin: editors draft articles and revisions (revisions.py), through the workflow
services; board members are managed and reviews and the audit trail only shown (board.py)."""

from . import board, revisions  # noqa: F401 (they register their admins)
