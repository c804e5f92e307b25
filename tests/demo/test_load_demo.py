import io
import re
from itertools import combinations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models import Value
from django.db.models.functions import Concat

from articles.models import (
    Article, EditorialPolicy, FollowUpQuestion, Reference, Revision, Section, StoredPage, Wording,
)
from demo import content
from demo.schema import ContentError, DemoRevision, Part, Source, Wording as W
from personalize import readers
from personalize.models import GlossaryTerm
from reviews import checks, services
from reviews.models import BoardMember, Review, ReviewComment, ReviewEvent

pytestmark = pytest.mark.django_db

KADCYLA = "kadcyla-vs-herzuma"
IN_REVIEW = "enhertu-vs-kadcyla"
DRAFT = "subcutaneous-vs-intravenous-trastuzumab"
MODELS = (
    get_user_model(), BoardMember, Article, Revision, Section, Wording, Reference, Review,
    ReviewComment, ReviewEvent, GlossaryTerm, EditorialPolicy, FollowUpQuestion,
)


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def revision_of(slug) -> Revision:
    """The newest revision of the demo article."""
    return Revision.objects.filter(article__slug=slug).order_by("-number").first()


def test_running_it_twice_changes_nothing_and_says_so():
    load("--fixed-passwords")
    before = counts()
    output = load("--fixed-passwords")
    assert counts() == before
    assert "already loaded" in output
    # Three articles for readers, and the board-only demo of a literature alert.
    assert before["Article"] == 4 and before["BoardMember"] == 3


def test_running_it_again_after_the_articles_moved_on_does_not_fail():
    load("--fixed-passwords")
    editor = get_user_model().objects.get(username=content.EDITOR.username)
    live = Article.objects.get(slug=KADCYLA)
    services.revision_create(article=live, actor=editor)  # an open draft now blocks new ones
    before = counts()
    load("--fixed-passwords")
    assert counts() == before


def test_kadcyla_article_has_a_real_history_revision_2_live_after_two_distinct_approvals():
    load("--fixed-passwords")
    article = Article.objects.get(slug=KADCYLA)
    first, revision = article.revisions.order_by("number")
    assert first.status == Revision.Status.SUPERSEDED and first.approved_at
    assert article.live_revision == revision and revision.status == Revision.Status.APPROVED
    assert revision.based_on == first
    assert revision.change_summary.startswith(
        "Updated with DESTINY-Breast05 and KATHERINE overall survival; pregnancy warning added "
        "to the caregiver wording"
    )
    approvals = revision.reviews.that_published()
    assert approvals.values("reviewer").distinct().count() == 2
    assert revision.author.username == content.EDITOR.username
    assert not approvals.filter(reviewer__user=revision.author).exists()
    assert all(review.checklist_complete for review in approvals)
    actions = list(revision.events.values_list("action", flat=True))
    assert actions == [
        "created", "edited", "submitted",
        "review_started", "approval_recorded", "review_started", "approval_recorded", "approved",
    ]
    approvers = set(revision.events.filter(action="approval_recorded").values_list("actor", flat=True))
    assert len(approvers) == 2 and revision.author_id not in approvers
    assert set(revision.stored_pages.values_list("reader_type", flat=True)) == set(readers.registry())
    assert not StoredPage.objects.filter(revision=first).exists()


def test_the_change_log_lists_both_revisions_with_their_reviewers(client):
    load("--fixed-passwords")
    html = client.get(f"/articles/{KADCYLA}/history/").content.decode()
    assert "Revision 2 (current)" in html and "Revision 1" in html
    assert "Updated with DESTINY-Breast05" in html and "First published version" in html
    assert html.index("Revision 2") < html.index("Revision 1")
    assert "Priya Raman" in html and "Dr. Adaeze Okafor" in html


def test_run_on_a_database_with_only_revision_1_it_adds_revision_2_through_the_workflow():
    load("--fixed-passwords")
    article = Article.objects.get(slug=KADCYLA)
    # Revision 2 as an earlier demo wrote it: another summary, another text (an identical
    # revision would be refused as having nothing to review).
    article.revisions.filter(number=2).update(change_summary="(an earlier demo)")
    Wording.objects.filter(section__revision__article=article, section__revision__number=2).update(
        body=Concat("body", Value(" (an earlier demo)"))
    )
    output = load("--fixed-passwords")
    assert f"article {KADCYLA}: revision 3 live" in output
    assert article.revisions.get(number=3).change_summary.startswith("Updated with DESTINY-Breast05")


def test_in_review_and_draft_articles_have_their_states():
    load("--fixed-passwords")
    in_review = revision_of(IN_REVIEW)
    assert in_review.status == Revision.Status.UNDER_REVIEW
    assert in_review.article.publish_while_in_review
    assert in_review.reviews.get().decision == Review.Decision.PENDING
    assert in_review.events.filter(action="review_started").count() == 1
    draft = revision_of(DRAFT)
    assert draft.status == Revision.Status.DRAFT
    assert draft.article.live_revision is None


def test_anonymous_reader_gets_404_for_the_draft_and_a_banner_on_the_one_in_review(client):
    load("--fixed-passwords")
    assert client.get(f"/articles/{DRAFT}/").status_code == 404
    home = client.get("/").content.decode()
    assert DRAFT not in home and KADCYLA in home
    response = client.get(f"/articles/{IN_REVIEW}/")
    assert response.status_code == 200
    assert "pending medical review" in response.content.decode().lower()
    assert "pending medical review" not in client.get(f"/articles/{KADCYLA}/").content.decode().lower()


def test_every_demo_revision_passes_the_pre_submit_checks():
    load("--fixed-passwords")
    revisions = Revision.objects.all()
    assert revisions.count() == 5
    for revision in revisions:
        assert revision.references.exists()
        assert checks.submission_problems(revision) == [], revision.article.slug


def test_every_section_of_the_live_article_has_lay_wordings_of_its_own_within_their_target():
    load("--fixed-passwords")
    sections = list(revision_of(KADCYLA).sections.prefetch_related("wordings"))
    assert len(sections) == 10 and sections[0].kind == Section.Kind.KEY_POINTS
    for section in sections:
        base = section.base_wording()
        for reader_type in readers.lay():
            own = section.wordings_by_type()[reader_type.key]
            assert own.body.strip() and own.heading.strip(), (base.heading, reader_type.key)
    assert sum(
        s.wordings_by_type()["patient"].heading != s.base_wording().heading for s in sections
    ) >= 8
    grades = checks.run(revision_of(KADCYLA)).grades
    assert len(grades) == 2 * len(sections)
    assert [str(result) for result in grades if result.over_target] == []


def test_demo_article_sections_come_in_the_designed_order():
    load("--fixed-passwords")
    headings = [s.base_wording().heading for s in revision_of(KADCYLA).sections.all()]
    assert headings[0] == "Key points"
    assert headings[2:] == [
        "Mechanism of action", "Indications and line of therapy", "Efficacy", "Safety",
        "Dosing and administration", "Treatment sequencing", "Clinical considerations",
        "Emerging evidence",
    ]
    citations = " ".join(revision_of(KADCYLA).references.values_list("citation", flat=True))
    for trial in ("EMILIA", "KATHERINE", "CLEOPATRA", "H0648g", "MARIANNE", "DESTINY-Breast03",
                  "DESTINY-Breast05", "KADCYLA", "HERZUMA"):
        assert trial in citations
    assert set(revision_of(KADCYLA).references.values_list("evidence", flat=True)) <= {
        choice for choice, _ in Reference.Evidence.choices
    }


def test_glossary_has_at_least_20_terms_and_the_article_uses_each():
    load("--fixed-passwords")
    terms = list(GlossaryTerm.objects.values_list("term", flat=True))
    assert len(terms) >= 20
    text = " ".join(Wording.objects.filter(section__revision=revision_of(KADCYLA)).values_list("body", flat=True))
    unused = [t for t in terms if not re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text, re.I)]
    assert unused == []


def test_article_page_differs_for_each_reader_type(client):
    load("--fixed-passwords")
    pages = {}
    for key, phrase in (
        ("patient", "How each drug works"),
        ("caregiver", "The short answer for families"),
        ("professional", "Mechanism of action"),
    ):
        response = client.get(f"/articles/{KADCYLA}/?for={key}")
        assert response.status_code == 200
        pages[key] = response.content.decode()
        assert phrase in pages[key], key
    for a, b in combinations(pages, 2):
        assert pages[a] != pages[b]


def test_lay_pages_explain_glossary_terms_and_the_professional_page_does_not(client):
    load("--fixed-passwords")
    explanation = content.GLOSSARY["taxane"]
    assert explanation in client.get(f"/articles/{KADCYLA}/?for=patient").content.decode()
    assert explanation not in client.get(f"/articles/{KADCYLA}/?for=professional").content.decode()


def test_accounts_have_their_roles_and_the_printed_passwords_work():
    output = load("--fixed-passwords")
    User = get_user_model()
    admin = User.objects.get(username=content.ADMIN.username)
    assert admin.is_superuser and admin.is_staff
    editor = User.objects.get(username=content.EDITOR.username)
    assert editor.is_staff and editor.groups.filter(name="Editors").exists()
    assert services.is_editor(editor)
    board = Group.objects.get(name="Advisory board")
    for reviewer in content.REVIEWERS:
        member = BoardMember.objects.get(user__username=reviewer.account.username)
        assert member.credentials and member.specialty and member.disclosures and member.bio
        assert "fictional" in member.bio.lower()
        assert board in member.user.groups.all()
    for account in (content.ADMIN, content.EDITOR, *(r.account for r in content.REVIEWERS)):
        assert f"{account.username}" in output and account.password in output
        assert User.objects.get(username=account.username).check_password(account.password)


def test_without_debug_new_accounts_get_random_passwords_printed_once(settings):
    settings.DEBUG = False
    output = load()
    editor = get_user_model().objects.get(username=content.EDITOR.username)
    assert not editor.check_password(content.EDITOR.password)
    printed = re.search(rf"^\s+editor\s+{content.EDITOR.username}\s+(\S+)$", output, re.M).group(1)
    assert editor.check_password(printed)
    again = load()
    assert printed not in again and content.EDITOR.password not in again


def test_editorial_policy_covers_every_topic_and_says_it_is_a_demo(client):
    load("--fixed-passwords")
    body = EditorialPolicy.objects.get().body
    headings = re.findall(r"^## (.+)$", body, re.MULTILINE)
    for topic in ("Sources", "review process", "Conflicts of interest", "Funding and advertising",
                  "Corrections", "Privacy"):
        assert any(topic.lower() in heading.lower() for heading in headings), topic
    assert "12 months" in body and "two" in body and "fictional" in body
    assert client.get("/editorial-policy/").status_code == 200


def test_follow_up_questions_wait_in_the_inbox():
    load("--fixed-passwords")
    questions = FollowUpQuestion.objects.filter(article__slug=KADCYLA)
    assert questions.count() == len(content.FOLLOW_UP_QUESTIONS)
    assert set(questions.values_list("state", flat=True)) == {FollowUpQuestion.State.NEW}


def test_citation_keys_must_match_the_sources():
    def revision(text, *sources):
        return DemoRevision("Lead", (Part(professional=W("Lead", text)),), sources)

    one = Source("one", "A. One. 2020.")
    two = Source("two", "B. Two. 2021.")
    parts, references = revision("See [@two] and [@one, @two].", one, two).numbered()
    assert parts[0].wordings["professional"].text == "See [1] and [2, 1]."
    assert [(r.number, r.citation) for r in references] == [(1, "B. Two. 2021."), (2, "A. One. 2020.")]
    with pytest.raises(ContentError, match="cites no known source"):
        revision("See [@three].", one).numbered()
    with pytest.raises(ContentError, match="never cited"):
        revision("See [@one].", one, two).numbered()
