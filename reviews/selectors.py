"""Reads behind the board's pages: the review queue, what one review page shows, and the
reviewers shown to readers."""

import copy
import functools
import re
from dataclasses import dataclass, field
from html import unescape

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, Subquery, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.http import Http404
from django.urls import reverse

from articles.hooks import Reviewer
from articles.fingerprint import short
from articles.models import LiteratureNotice, Revision
from articles.rendering import render_wordings
from personalize import readers
from personalize.glossary import normal_form

from . import checks
from .diff import compare_fields, compare_references, compare_sections
from .models import BoardMember, Review, ReviewComment, ReviewEvent
from .rules import BOARD_VISIBLE

QUEUE_TABS = {
    "waiting": "Waiting for review",
    "mine": "Reviewing",
    "decided": "Decided",
}


# A guessed id beyond the database's integer range must be a 404, not an overflow error.
MAX_ID = 2**63 - 1


def revision_by_id(pk: int, **filters) -> Revision | None:
    if not 0 < pk <= MAX_ID:
        return None
    return (
        Revision.objects.filter(pk=pk, **filters)
        .select_related("article__live_revision", "author", "based_on")
        .first()
    )


def board_revision(pk: int) -> Revision | None:
    return revision_by_id(pk, status__in=BOARD_VISIBLE)


def board_revision_or_404(pk) -> Revision:
    revision = board_revision(pk)
    if revision is None:
        raise Http404("No revision for the board here.")
    return revision


def _with_queue_columns(revisions):
    # A subquery per row shown, not a join and GROUP BY over every review of every revision.
    approvals = (
        Review.objects.filter(
            revision=OuterRef("pk"), round=OuterRef("review_round"),
            decision=Review.Decision.APPROVED,
        )
        .values("revision")
        .annotate(count=Count("pk"))
        .values("count")
    )
    # The question shown is the revision's own (what it proposes), so no article is read.
    return revisions.select_related("author").annotate(approvals=Coalesce(Subquery(approvals), 0))


def _current_review_by(member: BoardMember, **filters):
    return Review.objects.filter(
        revision=OuterRef("pk"), reviewer=member, round=OuterRef("review_round"), **filters
    )


def _waiting_for(member: BoardMember) -> Q:
    """Revisions in review that this member could take up: not yet started, not their own work."""
    worked_on = ReviewEvent.objects.filter(
        revision=OuterRef("pk"),
        actor=member.user_id,
        action__in=[ReviewEvent.Action.CREATED, ReviewEvent.Action.EDITED],
    )
    return ~Q(author=member.user_id) & ~Q(Exists(worked_on)) & ~Q(Exists(_current_review_by(member)))


def _reviewing_by(member: BoardMember) -> Q:
    """Revisions this member is reviewing and has not decided yet."""
    return Q(Exists(_current_review_by(member, decision=Review.Decision.PENDING)))


def queue_waiting(member: BoardMember):
    revisions = Revision.objects.awaiting_review().filter(_waiting_for(member))
    return _with_queue_columns(revisions.order_by("submitted_at", "pk"))


def queue_mine(member: BoardMember):
    revisions = Revision.objects.awaiting_review().filter(_reviewing_by(member))
    return _with_queue_columns(revisions.order_by("submitted_at", "pk"))


def queue_decided(member: BoardMember):
    """This member's decisions, newest first, with the revision each was about."""
    return (
        Review.objects.filter(reviewer=member)
        .exclude(decision=Review.Decision.PENDING)
        .select_related("revision__author")
        .order_by("-decided_at", "-pk")
    )


def queue_counts(member: BoardMember) -> dict[str, int]:
    """The three tabs' counts in two queries: the two queues of revisions in review are counted
    in one pass over them."""
    counts = Revision.objects.awaiting_review().aggregate(
        waiting=Count("pk", filter=_waiting_for(member)),
        mine=Count("pk", filter=_reviewing_by(member)),
    )
    counts["decided"] = queue_decided(member).count()
    return counts


def member_with_queue_version(user) -> BoardMember | None:
    """The user's board membership (as rules.board_member_for finds it), with `queue_version`:
    it changes whenever anything the queues show may have changed. Every step of the workflow
    writes an audit event (reviews.services), so the newest event's id names the queues' state;
    read in the same query as the member, from the primary key's index."""
    sql, params = _member_statement(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk if param == _USER else param for param in params])
        row = cursor.fetchone()
    if row is None:
        return None
    member = BoardMember.from_db(connection.alias, _MEMBER_COLUMNS, row[:-1])
    member.queue_version = row[-1]
    return member


# The member's read, as the ORM writes it, compiled once per process: building and compiling
# it cost 0.8 ms of the queue page's 3 ms when the queue itself came from the cache; running it
# costs 0.05 ms. The user's id takes the place of a stand-in in the compiled parameters.
_MEMBER_COLUMNS = ["id", "user_id", "display_name", "credentials", "specialty", "active"]
_USER = -(2**62)


@functools.cache
def _member_statement(vendor: str) -> tuple[str, tuple]:
    newest_event = ReviewEvent.objects.order_by("-pk").values("pk")[:1]
    query = (
        BoardMember.objects.active().filter(user=_USER)
        .annotate(queue_version=Coalesce(Subquery(newest_event), 0))
        .values_list(*_MEMBER_COLUMNS, "queue_version")[:1]
    ).query
    return query.sql_with_params()


def baseline_for(revision: Revision) -> Revision | None:
    """What a revision is compared with: the live one while in review, else its predecessor."""
    if revision.is_pending_review:
        live = revision.article.live_revision
        return live if live is not None and live.pk != revision.pk else None
    return revision.based_on


def review_page(revision: Revision) -> dict:
    """Everything the review page shows, in a fixed number of queries: first what changed
    (the summary), then the changed sections with the reader's view beside the source diff."""
    prefetch_related_objects([revision], "sections__wordings")  # the reader views read them too
    sections = list(revision.sections.all())
    references = list(revision.references.all())
    baseline = baseline_for(revision)
    old_sections = list(baseline.sections.prefetch_related("wordings")) if baseline else []
    old_references = list(baseline.references.all()) if baseline else []
    comments = list(
        ReviewComment.objects.filter(revision=revision)
        .select_related("author__board_member", "section")
        .order_by("created_at", "pk")
    )
    found = checks.run(revision, sections, references)
    views = reader_views(revision, baseline.glossary if baseline else None)
    section_changes = compare_sections(
        sections, old_sections, found.grades, views.rendered, views.glossary_by_place
    )
    for change in section_changes:
        if change.section is not None:
            change.comments = [c for c in comments if c.section_id == change.section.pk]
    reference_changes = compare_references(references, old_references)
    notices = LiteratureNotice.objects.for_references(references)
    for change in reference_changes:
        doi = change.reference.doi.lower() if change.state != "removed" and change.reference.doi else ""
        change.notices = notices.get(doi, [])
    field_changes = [f for f in compare_fields(revision, baseline) if f.changed or not baseline]
    reviews = list(revision.reviews.select_related("reviewer").order_by("-round", "started_at"))
    return {
        "baseline": baseline,
        "sections": sections,
        "section_changes": section_changes,
        "changed_sections": [c for c in section_changes if c.state != "unchanged"],
        "unchanged_sections": [c for c in section_changes if c.state == "unchanged"],
        "field_changes": field_changes,
        "reference_changes": reference_changes,
        "changed_references": [c for c in reference_changes if c.state != "unchanged"],
        "glossary_changes": views.glossary_changes,
        "citation_problems": found.content_problems,
        "record_problems": found.reference_problems,
        "grade_warnings": found.over_target,
        "current_reviews": [r for r in reviews if r.round == revision.review_round],
        "earlier_reviews": [r for r in reviews if r.round != revision.review_round],
        "general_comments": [c for c in comments if c.section_id is None],
        "literature_notices": [n for found in notices.values() for n in found],
    }


@dataclass
class GlossaryChange:
    """A glossary explanation that lay readers of this revision get differently from the
    revision it is compared with: changed, newly given, or no longer given."""

    term: str
    before: str  # "" when the term was not explained
    after: str  # "" when it no longer is
    reader_types: list = field(default_factory=list)
    places: list = field(default_factory=list)  # (section, reader type): where it is explained

    @property
    def state(self) -> str:
        if not self.before:
            return "added"
        return "removed" if not self.after else "changed"

    @property
    def anchor(self) -> str:
        section, reader_type = self.places[0]
        return f"review-wording-{section.pk}-{reader_type.key}"


@dataclass
class ReaderViews:
    rendered: dict  # (section id, reader key) -> HTML
    glossary_changes: list[GlossaryChange]
    glossary_by_place: dict  # (section id, reader key) -> [GlossaryChange]


_DFN = re.compile(r'<dfn class="glossary">(.*?)</dfn>', re.DOTALL)
_CITE_ID = re.compile(r' id="cite-\d+-\d+"')


def reader_views(revision: Revision, old_glossary: dict | None) -> ReaderViews:
    """Each section as each reader type reads it in `revision` (its own glossary, frozen when it
    was submitted), and the glossary explanations lay readers get that differ from those of
    `old_glossary` (the compared revision's): the same text rendered with either glossary."""
    rendered, found = {}, {}
    new_terms, old_terms = _explanations(revision.glossary), _explanations(old_glossary or {})
    # Each term as the glossary writes it ("HER2-positive"), not as it is matched.
    spelled = {normal_form(term): term for term in (*(old_glossary or {}), *revision.glossary)}
    for reader_type in readers.in_review_order():
        blocks = render_wordings(revision, reader_type)
        for block in blocks:
            # On the review page the citation markers link to its own list of references.
            html = _CITE_ID.sub("", block["html"]).replace('href="#ref-', 'href="#review-ref-')
            rendered[(block["section"].pk, reader_type.key)] = html
        if not (reader_type.is_lay and old_glossary is not None):
            continue
        before = render_wordings(_with_glossary(revision, old_glossary), reader_type)
        for new_block, old_block in zip(blocks, before):
            now, was = _explained(new_block["html"]), _explained(old_block["html"])
            for key in sorted(now | was):
                after = new_terms.get(key, "") if key in now else ""
                earlier = old_terms.get(key, "") if key in was else ""
                if after == earlier:
                    continue
                term = spelled.get(key, key)
                change = found.setdefault((key, earlier, after), GlossaryChange(term, earlier, after))
                if reader_type not in change.reader_types:
                    change.reader_types.append(reader_type)
                change.places.append((new_block["section"], reader_type))
    by_place = {}
    for change in found.values():
        for section, reader_type in change.places:
            by_place.setdefault((section.pk, reader_type.key), []).append(change)
    return ReaderViews(rendered, list(found.values()), by_place)


def _explanations(glossary: dict) -> dict[str, str]:
    return {normal_form(term): explanation for term, explanation in glossary.items()}


def _explained(html: str) -> set[str]:
    return {normal_form(unescape(term)) for term in _DFN.findall(html)}


def _with_glossary(revision: Revision, glossary: dict) -> Revision:
    """The same revision, rendered with another glossary (not saved)."""
    other = copy.copy(revision)
    other.glossary = glossary
    return other


def reviewers_of(revisions) -> dict[int, list[Reviewer]]:
    """The board members whose approvals published each revision, as readers see them
    (registered as articles' source of reviewers in reviews.apps)."""
    approvals = (
        Review.objects.that_published()
        .filter(revision__in=revisions)
        .select_related("reviewer__user")
        .order_by("decided_at", "pk")
    )
    board = reverse("reviews:board")
    found: dict[int, list[Reviewer]] = {}
    for review in approvals:
        member = review.reviewer
        current = member.active and member.user.is_active
        found.setdefault(review.revision_id, []).append(
            Reviewer(
                name=member.display_name, credentials=member.credentials,
                specialty=member.specialty, approved_at=review.decided_at,
                board_url=f"{board}#{member.anchor}" if current else "",
                fingerprint=review.fingerprint,
            )
        )
    return found
