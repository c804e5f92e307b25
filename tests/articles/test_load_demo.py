import io
import re
from itertools import combinations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from articles.citations import revision_citation_problems
from articles.demo import content
from articles.demo.schema import ContentError, DemoArticle, Part, Source
from articles.models import Article, EditorialPolicy, FollowUpQuestion, Reference, Revision, Section
from personalize.models import GlossaryTerm
from personalize.readability import wording_grades
from personalize.readers import LAY_TYPES
from reviews import services
from reviews.models import BoardMember, Review, ReviewComment, ReviewEvent

pytestmark = pytest.mark.django_db

KADCYLA = "kadcyla-vs-herzuma"
IN_REVIEW = "enhertu-vs-kadcyla"
DRAFT = "subcutaneous-vs-intravenous-trastuzumab"
MODELS = (
    get_user_model(), BoardMember, Article, Revision, Section, Reference, Review, ReviewComment,
    ReviewEvent, GlossaryTerm, EditorialPolicy, FollowUpQuestion,
)


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def revision_of(slug) -> Revision:
    return Revision.objects.get(article__slug=slug)


def test_running_it_twice_changes_nothing_and_says_so():
    load("--fixed-passwords")
    before = counts()
    output = load("--fixed-passwords")
    assert counts() == before
    assert "already loaded" in output
    assert before["Article"] == 3 and before["BoardMember"] == 3


def test_running_it_again_after_the_articles_moved_on_does_not_fail():
    load("--fixed-passwords")
    editor = get_user_model().objects.get(username=content.EDITOR.username)
    live = Article.objects.get(slug=KADCYLA)
    services.revision_create(article=live, actor=editor)  # an open draft now blocks new ones
    before = counts()
    load("--fixed-passwords")
    assert counts() == before


def test_kadcyla_article_is_live_after_two_distinct_board_approvals():
    load("--fixed-passwords")
    article = Article.objects.get(slug=KADCYLA)
    revision = article.live_revision
    assert revision is not None and revision.status == Revision.Status.APPROVED
    assert revision.change_summary
    approvals = revision.reviews.filter(round=revision.review_round, decision=Review.Decision.APPROVED)
    reviewers = {review.reviewer_id for review in approvals}
    assert len(reviewers) == 2
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
    assert revision.rendered.keys() == {"patient", "caregiver", "professional"}


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


def test_every_demo_revision_passes_the_citation_checks():
    load("--fixed-passwords")
    revisions = Revision.objects.all()
    assert revisions.count() == 3
    for revision in revisions:
        assert revision.references.exists()
        assert revision_citation_problems(revision) == [], revision.article.slug


def test_every_section_of_the_demo_article_has_lay_wordings_within_their_grade_target():
    load("--fixed-passwords")
    sections = list(revision_of(KADCYLA).sections.all())
    assert len(sections) == 9
    for section in sections:
        for reader_type in LAY_TYPES:
            assert getattr(section, reader_type.wording_field).strip(), (section.heading, reader_type.key)
    grades = wording_grades(sections)
    assert len(grades) == 2 * len(sections)
    too_hard = [str(result) for result in grades if result.over_target]
    assert too_hard == []


def test_demo_article_sections_come_in_the_designed_order():
    load("--fixed-passwords")
    headings = list(revision_of(KADCYLA).sections.values_list("heading", flat=True))
    assert headings[1:] == [
        "Mechanism of action", "Indications and line of therapy", "Efficacy", "Safety",
        "Dosing and administration", "Treatment sequencing", "Clinical considerations",
        "Emerging evidence",
    ]
    citations = " ".join(revision_of(KADCYLA).references.values_list("citation", flat=True))
    for trial in ("EMILIA", "KATHERINE", "CLEOPATRA", "H0648g", "MARIANNE", "DESTINY-Breast03",
                  "KADCYLA", "HERZUMA"):
        assert trial in citations


def test_glossary_has_at_least_20_terms_and_the_article_uses_each():
    load("--fixed-passwords")
    terms = list(GlossaryTerm.objects.values_list("term", flat=True))
    assert len(terms) >= 20
    text = " ".join(
        " ".join((s.body, s.body_patient, s.body_caregiver))
        for s in revision_of(KADCYLA).sections.all()
    )
    unused = [t for t in terms if not re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text, re.I)]
    assert unused == []


def test_article_page_differs_for_each_reader_type(client):
    load("--fixed-passwords")
    pages = {}
    for key, phrase in (
        ("patient", "Both drugs find cancer cells by the HER2 on their surface."),
        ("caregiver", "It can help to picture how each drug works"),
        ("professional", "joined by a stable thioether linker to DM1"),
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
    def article(text, *sources):
        return DemoArticle("x", "Q?", "", "", "draft", "", (Part("Lead", text),), sources)

    one = Source("one", "A. One. 2020.")
    two = Source("two", "B. Two. 2021.")
    sections, references = article("See [@two] and [@one, @two].", one, two).numbered()
    assert sections[0].body == "See [1] and [2, 1]."
    assert [(r.number, r.citation) for r in references] == [(1, "B. Two. 2021."), (2, "A. One. 2020.")]
    with pytest.raises(ContentError, match="cites no known source"):
        article("See [@three].", one).numbered()
    with pytest.raises(ContentError, match="never cited"):
        article("See [@one].", one, two).numbered()
