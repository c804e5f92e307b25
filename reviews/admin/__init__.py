"""The admin: editors draft articles and revisions (revisions.py), through the workflow
services; board members are managed and reviews and the audit trail only shown (board.py);
readers' questions are answered in the inbox (inbox.py)."""

from . import board, inbox, revisions  # noqa: F401 (they register their admins)
