"""A new revision (`services.revision_create`, `copy_content`): based only on a revision of the
same article, and a full copy of it, every wording and every field of every reference."""

import pytest

from articles.models import Reference, Revision, Section
from reviews import services
from reviews.models import ReviewEvent
from tests.conftest import EVIDENCE_SEARCHED, publish, write
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_revision_based_on_another_articles_revision_is_refused(editor, reviewers):
    other = publish(editor=editor, reviewers=reviewers)
    article = publish(editor=editor, reviewers=reviewers).article
    with pytest.raises(services.InvalidTransition) as refused:
        services.revision_create(article=article, actor=editor, based_on=other)
    assert str(refused.value) == "A revision can only be based on a revision of the same article."
    assert article.revisions.count() == 1
    assert other.article.revisions.count() == 1


def test_a_new_revision_keeps_every_field_of_every_reference(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers, references=3)
    Reference.objects.filter(revision=live, number=2).update(
        citation="Verma S, et al. EMILIA. N Engl J Med. 2012.", evidence=Reference.Evidence.RCT,
        pmid="23020162", doi="10.1056/NEJMoa1209124", url="https://example.org/emilia",
        record_id="pmid:23020162", record_title="Trastuzumab emtansine for HER2-positive breast cancer.",
    )
    fields = ("number", "citation", "evidence", "pmid", "doi", "url", "record_id", "record_title")

    draft = services.revision_create(article=live.article, actor=editor)

    assert list(draft.references.values_list(*fields)) == list(live.references.values_list(*fields))
    copied = draft.references.get(number=2)
    assert copied.url == "https://example.org/emilia"
    assert copied.record_title == "Trastuzumab emtansine for HER2-positive breast cancer."


def test_a_new_revision_keeps_every_section_and_wording(editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers, sections=2)
    write(live.sections.get(position=1), "For patients.", reader="patient", heading="In short")
    live.sections.filter(position=0).update(kind=Section.Kind.KEY_POINTS)
    shape = ("section__position", "section__kind", "reader_type", "heading", "body")

    draft = services.revision_create(article=live.article, actor=editor)

    def wordings(revision):
        from articles.models import Wording

        return sorted(Wording.objects.filter(section__revision=revision).values_list(*shape))

    assert wordings(draft) == wordings(live)
    assert draft.evidence_current_through == live.evidence_current_through == EVIDENCE_SEARCHED
    assert (draft.number, draft.status, draft.based_on, draft.author) == (2, Revision.Status.DRAFT, live, editor)
    event = draft.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status, event.note) == (
        ReviewEvent.Action.CREATED, editor, "", Revision.Status.DRAFT, "Based on revision 1."
    )


def test_an_articles_first_revision_starts_from_the_article(editor):
    article = ArticleFactory(question="Which is safer?", topic="Safety", drugs="A, B")
    draft = services.revision_create(article=article, actor=editor)
    assert (draft.question, draft.topic, draft.drugs) == ("Which is safer?", "Safety", "A, B")
    assert (draft.number, draft.based_on, draft.evidence_current_through) == (1, None, None)
    assert draft.events.get().note == ""
