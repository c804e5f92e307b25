"""Evidence freshness: the date the literature was last searched, required to submit, shown to
reviewers and readers, in the JSON-LD; and an overdue review said calmly and truthfully."""

import json
import re

import pytest
from django.utils import timezone

from articles.models import Revision
from reviews import services
from tests.conftest import EVIDENCE_SEARCHED, make_draft


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_submit_is_refused_without_the_evidence_date(editor):
    draft = make_draft(editor=editor)
    Revision.objects.filter(pk=draft.pk).update(evidence_current_through=None)
    draft.refresh_from_db()
    with pytest.raises(services.SubmissionProblems) as refused:
        services.revision_submit(revision=draft, actor=editor)
    assert any("evidence" in problem.lower() for problem in refused.value.problems)
    draft.refresh_from_db()
    assert draft.status == Revision.Status.DRAFT


def test_submit_is_refused_with_an_evidence_date_in_the_future(editor):
    draft = make_draft(editor=editor)
    Revision.objects.filter(pk=draft.pk).update(
        evidence_current_through=timezone.localdate() + timezone.timedelta(days=3)
    )
    draft.refresh_from_db()
    with pytest.raises(services.SubmissionProblems, match="in the future"):
        services.revision_submit(revision=draft, actor=editor)


def test_readers_see_the_date_beside_last_updated_and_in_the_json_ld(client, live_revision):
    html = client.get(f"/articles/{live_revision.article.slug}/").content.decode()
    assert f'Evidence current through <time datetime="{EVIDENCE_SEARCHED:%Y-%m-%d}">' in html
    data = json_ld(html)
    assert data["temporalCoverage"] == f"../{EVIDENCE_SEARCHED:%Y-%m-%d}"


def test_reviewers_see_the_date_on_the_review_page(client, submitted, reviewers):
    client.force_login(reviewers[0].user)
    html = client.get(f"/review/{submitted.pk}/").content.decode()
    assert f'evidence current through <time datetime="{EVIDENCE_SEARCHED:%Y-%m-%d}">' in html


def test_a_new_revision_starts_with_the_evidence_date_of_the_one_it_copies(editor, live_revision):
    draft = services.revision_create(article=live_revision.article, actor=editor)
    assert draft.evidence_current_through == EVIDENCE_SEARCHED


def test_review_falls_due_from_the_evidence_date_when_that_is_earlier(live_revision, settings):
    settings.REVIEW_INTERVAL_DAYS = 365
    assert not live_revision.is_review_due
    searched = timezone.localdate() - timezone.timedelta(days=400)
    Revision.objects.filter(pk=live_revision.pk).update(evidence_current_through=searched)
    live_revision.refresh_from_db()
    assert live_revision.is_review_due
    assert Revision.objects.review_due().filter(pk=live_revision.pk).exists()


def test_an_overdue_review_shows_calmly_and_last_reviewed_stays_the_approval_date(client, live_revision, settings):
    settings.REVIEW_INTERVAL_DAYS = 365
    approved = timezone.now() - timezone.timedelta(days=500)
    Revision.objects.filter(pk=live_revision.pk).update(
        approved_at=approved, evidence_current_through=approved.date()
    )
    from articles import pages

    pages.invalidate(live_revision.article)
    html = client.get(f"/articles/{live_revision.article.slug}/").content.decode()
    due = (approved + timezone.timedelta(days=365)).date()
    assert f'Review overdue since <time datetime="{due:%Y-%m-%d}">' in html
    assert json_ld(html)["lastReviewed"] == approved.date().isoformat()


def test_a_review_not_yet_due_shows_no_overdue_note(client, live_revision):
    html = client.get(f"/articles/{live_revision.article.slug}/").content.decode()
    assert "Review overdue" not in html
