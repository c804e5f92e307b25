"""Create the demo content, taking every revision through the review workflow.

Nothing here sets a revision's status: drafts are made with `revision_create`, filled with
`revision_save`, and moved on by `revision_submit`, `review_start` and `review_approve`, exactly
as editors and board members do on the site. So the demo is also a run of the workflow rules.

Loading is idempotent: each object is looked up before it is made, and a second run creates
nothing. An article that exists already gets only the demo revisions it lacks (found by their
change summary), taken through the workflow the same way, and only when nobody is working on a
revision of it; otherwise it is left exactly as it is.
"""

import secrets
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from articles.models import (
    LiteratureNotice,
    Article, CorrectionReport, EditorialPolicy, FollowUpQuestion, Reference, Section, Wording,
)
from articles.services import correction_resolve
from personalize.models import GlossaryTerm
from reviews import services
from reviews.checklist import DEFAULT_ITEMS
from reviews.models import BoardMember

from . import content
from .schema import DemoArticle, DemoRevision

EDITORS_GROUP = "Editors"
BOARD_GROUP = "Advisory board"
FULL_CHECKLIST = [key for key, _, _ in DEFAULT_ITEMS]


@dataclass
class AccountLine:
    role: str
    username: str
    # None when the account already existed with a password this run does not know.
    password: str | None
    created: bool


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    accounts: list[AccountLine] = field(default_factory=list)

    @property
    def already_loaded(self) -> bool:
        return not self.created


@transaction.atomic
def load_demo(*, fixed_passwords: bool = True) -> LoadReport:
    """Create whatever part of the demo is missing; return what was created and the accounts.

    With `fixed_passwords` the accounts get the documented demo passwords; without, each new
    account gets a random one (shown once, in the report), for servers that anyone can reach.
    """
    report = LoadReport()
    _ensure_account(content.ADMIN, report, fixed_passwords, superuser=True)
    editor = _ensure_account(content.EDITOR, report, fixed_passwords, group=EDITORS_GROUP)
    members = [_ensure_reviewer(reviewer, report, fixed_passwords) for reviewer in content.REVIEWERS]
    # Before any submission: rendering at submit and approval explains these terms.
    _ensure_glossary(report)
    _ensure_policy(report)
    for article in content.ARTICLES:
        _ensure_article(article, editor, members, report)
    _ensure_questions(report)
    _ensure_corrections(editor, report)
    _ensure_literature_alert(editor, members, report)
    return report


# --- People ---------------------------------------------------------------------


def _ensure_account(account, report, fixed_passwords, *, superuser=False, group=None):
    User = get_user_model()
    user = User.objects.filter(username=account.username).first()
    if user is None:
        password = account.password if fixed_passwords else secrets.token_urlsafe(12)
        # No email address: the workflow mails authors and reviewers, and demo people have none.
        user = User(
            username=account.username, first_name=account.first_name,
            last_name=account.last_name, is_staff=superuser or group == EDITORS_GROUP,
            is_superuser=superuser,
        )
        user.set_password(password)
        user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
        report.created.append(f"{account.role} account {account.username}")
        report.accounts.append(AccountLine(account.role, account.username, password, True))
        return user
    known = account.password if check_password(account.password, user.password) else None
    report.accounts.append(AccountLine(account.role, account.username, known, False))
    return user


def _ensure_reviewer(reviewer, report, fixed_passwords) -> BoardMember:
    user = _ensure_account(reviewer.account, report, fixed_passwords, group=BOARD_GROUP)
    member, created = BoardMember.objects.get_or_create(
        user=user,
        defaults={
            "display_name": reviewer.display_name, "credentials": reviewer.credentials,
            "specialty": reviewer.specialty, "disclosures": reviewer.disclosures,
            "bio": reviewer.bio,
        },
    )
    if created:
        report.created.append(f"board member {member.name_with_credentials}")
    return member


# --- Site content ---------------------------------------------------------------


def _ensure_glossary(report):
    added = lay = 0
    for term, explanation in content.GLOSSARY.items():
        lay_terms = ", ".join(content.GLOSSARY_LAY_TERMS.get(term, ()))
        found = GlossaryTerm.objects.filter(term__iexact=term).first()
        if found is None:
            GlossaryTerm.objects.create(term=term, explanation=explanation, lay_terms=lay_terms)
            added += 1
        elif lay_terms and not found.lay_terms:
            # A glossary loaded before terms had lay words; lay words written since are kept.
            found.lay_terms = lay_terms
            found.save(update_fields=["lay_terms"])
            lay += 1
    if added:
        report.created.append(f"{added} glossary terms")
    if lay:
        report.created.append(f"lay words for {lay} glossary terms")


def _ensure_policy(report):
    # An existing policy, the demo's or one written since, is never replaced.
    if not EditorialPolicy.objects.exists():
        EditorialPolicy.objects.create(
            title=content.EDITORIAL_POLICY_TITLE, body=content.EDITORIAL_POLICY
        )
        report.created.append("editorial policy")


def _ensure_questions(report):
    added = 0
    for slug, reader_type, question in content.FOLLOW_UP_QUESTIONS:
        article = Article.objects.filter(slug=slug).first()
        if article and not article.questions.filter(question=question).exists():
            FollowUpQuestion.objects.create(
                article=article, question=question, reader_type=reader_type
            )
            added += 1
    if added:
        report.created.append(f"{added} follow-up questions in the editors' inbox")


def _ensure_corrections(editor, report):
    added = 0
    for slug, reader_type, location, problem, fixed_in, note in content.CORRECTION_REPORTS:
        article = Article.objects.filter(slug=slug).first()
        if article is None or article.corrections.filter(problem=problem).exists():
            continue
        fix = article.revisions.filter(number=fixed_in).first() if fixed_in else None
        if fixed_in and fix is None:
            continue
        read = article.revisions.filter(number=fixed_in - 1).first() if fix else article.live_revision
        correction = CorrectionReport.objects.create(
            article=article, revision=read, reader_type=reader_type, location=location, problem=problem
        )
        if fix is not None:
            correction_resolve(
                correction=correction, actor=editor, state=CorrectionReport.State.CORRECTED,
                fixed_in=fix, public_note=note,
            )
        added += 1
    if added:
        report.created.append(f"{added} error reports in the editors' corrections inbox")


# --- Articles, through the workflow -------------------------------------------------


def _ensure_article(demo: DemoArticle, editor, members: list[BoardMember], report):
    article = Article.objects.filter(slug=demo.slug).first()
    if article is None:
        article = Article.objects.create(
            slug=demo.slug, question=demo.question, topic=demo.topic, drugs=demo.drugs,
            publish_while_in_review=demo.publish_while_in_review,
        )
    loaded = set(article.revisions.values_list("change_summary", flat=True))
    missing = [(i, r) for i, r in enumerate(demo.revisions) if r.change_summary not in loaded]
    if not missing or article.revisions.open().exists():
        return
    for index, demo_revision in missing:
        last = index == len(demo.revisions) - 1
        stage = demo.stage if last else "live"
        revision = _write(article, demo_revision, editor)
        if stage == "draft":
            report.created.append(f"article {demo.slug}: revision {revision.number}, a draft (never public)")
            return
        services.revision_submit(revision=revision, actor=editor)
        if stage == "submitted":
            report.created.append(f"article {demo.slug}: revision {revision.number} waiting for the board (never public)")
            return
        if stage == "in_review":
            _start_review(revision, members[-1])
            report.created.append(
                f"article {demo.slug}: revision {revision.number} under review by "
                f"{members[-1].display_name}, shown to readers with the pending-review banner"
            )
            return
        # Revision 1 by the first two members, later ones by the last two.
        approvers = members[:2] if revision.number == 1 else members[-2:]
        _approve(revision, approvers, demo_revision.approval_notes)
        report.created.append(
            f"article {demo.slug}: revision {revision.number} live, approved by "
            + " and ".join(member.display_name for member in approvers)
        )


def _ensure_literature_alert(editor, members, report):
    """The board-only demo of a literature alert: its article, and the demo note that marks its
    invented reference as retracted (told to the editors already: nobody is emailed about it)."""
    _ensure_article(content.LITERATURE_ALERT_DEMO, editor, members, report)
    notice = content.LITERATURE_ALERT_NOTICE
    _, created = LiteratureNotice.objects.get_or_create(
        doi=notice["doi"], kind=notice["kind"], notice_doi=notice["notice_doi"],
        defaults={**notice, "editors_told_at": timezone.now()},
    )
    if created:
        report.created.append(f"a demo literature notice on doi:{notice['doi']} (an invented record)")


def _write(article, demo_revision: DemoRevision, editor):
    """A new draft of `article` holding exactly the demo revision's content."""
    revision = services.revision_create(article=article, actor=editor)
    parts, references = demo_revision.numbered()

    def write_content(draft):
        draft.change_summary = demo_revision.change_summary
        draft.evidence_current_through = demo_revision.evidence_through
        draft.sections.all().delete()  # a copy of the live revision, replaced as a whole
        draft.references.all().delete()
        for part in parts:
            section = Section.objects.create(revision=draft, position=part.position, kind=part.kind)
            for key, wording in part.wordings.items():
                row = Wording(section=section, reader_type=key, heading=wording.heading, body=wording.text)
                row.full_clean()
                row.save()
        for numbered in references:
            reference = Reference(
                revision=draft, number=numbered.number, citation=numbered.citation,
                pmid=numbered.pmid, doi=numbered.doi, url=numbered.url, evidence=numbered.evidence,
            )
            reference.full_clean()
            reference.save()

    return services.revision_save(
        revision=revision, actor=editor, expected_version=revision.version,
        apply=write_content, note="Demo content written.",
    )


def _start_review(revision, member):
    services.review_start(revision=revision, actor=member.user)
    first_section = revision.sections.order_by("position").first()
    services.review_comment(
        revision=revision, actor=member.user, section=first_section,
        body="Checking the doses and the lung monitoring advice against the Enhertu label "
        "before I decide.",
    )


def _approve(revision, members, notes):
    notes = tuple(notes) or tuple("Checked against the sources cited." for _ in members)
    for member, note in zip(members, notes, strict=True):
        services.review_start(revision=revision, actor=member.user)
        services.review_approve(
            revision=revision, actor=member.user, checklist=FULL_CHECKLIST, comment=note
        )
