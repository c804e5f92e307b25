"""Readers' error reports: "Report an error" on each article reaches the editors' corrections
inbox, apart from follow-up questions; a correction that changed the article is named in its
public change log."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from articles.models import CorrectionReport, FollowUpQuestion
from articles.services import InboxError, correction_resolve
from reviews import services
from tests.conftest import approve, make_draft, new_revision, publish, write

pytestmark = pytest.mark.django_db

CORRECTIONS = reverse("admin:articles_correctionreport_changelist")
QUESTIONS = reverse("admin:articles_followupquestion_changelist")
PROBLEM = "The caregiver wording says nothing about pregnancy, but the patient one does."


def report(client, article, **data):
    return client.post(reverse("articles:report_error", args=[article.slug]), data)


def listed(response):
    return [row.pk for row in response.context["cl"].result_list]


def test_every_article_links_to_report_an_error(client, live_revision):
    html = client.get(live_revision.article.get_absolute_url()).content.decode()
    assert f'href="{reverse("articles:report_error", args=[live_revision.article.slug])}">Report an error' in html


def test_the_form_offers_the_parts_of_the_article_in_the_readers_wording(client, live_revision):
    section = live_revision.sections.order_by("position").first()
    page = client.get(reverse("articles:report_error", args=[live_revision.article.slug]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "csrfmiddlewaretoken" in html  # this page stores data, so it is protected
    assert f'<option value="{section.base_wording().heading}">' in html
    assert "within 7 days" in html  # the response time the policy promises


def test_a_report_reaches_the_corrections_inbox_and_not_the_questions(client, admin_client, live_revision):
    article = live_revision.article
    section = live_revision.sections.order_by("position").first()
    heading = section.base_wording().heading
    client.cookies["reader_type"] = "caregiver"
    response = report(client, article, problem=PROBLEM, location=heading, source="The Kadcyla label, 2024")
    assert response.status_code == 302
    confirmation = client.get(response["Location"]).content.decode()
    assert "your report was sent" in confirmation and "within 7 days" in confirmation

    stored = CorrectionReport.objects.get()
    assert (stored.article, stored.revision, stored.problem, stored.location, stored.reader_type, stored.state) == (
        article, live_revision, PROBLEM, heading, "caregiver", "new",
    )
    assert not FollowUpQuestion.objects.exists()
    assert listed(admin_client.get(CORRECTIONS)) == [stored.pk]
    assert PROBLEM in admin_client.get(CORRECTIONS).content.decode()
    assert listed(admin_client.get(QUESTIONS)) == []


def test_a_question_stays_out_of_the_corrections_inbox(client, admin_client, live_revision):
    client.post(reverse("articles:question", args=[live_revision.article.slug]), {"question": "Can I drive after it?"})
    assert FollowUpQuestion.objects.count() == 1
    assert listed(admin_client.get(CORRECTIONS)) == []


def test_editors_see_the_corrections_inbox(client, editor, live_revision):
    CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    client.force_login(editor)
    response = client.get(CORRECTIONS)
    assert response.status_code == 200 and PROBLEM in response.content.decode()


def test_a_part_that_is_not_in_the_article_is_refused_and_the_text_kept(client, live_revision):
    response = report(client, live_revision.article, problem=PROBLEM, location="<script>")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html and "The caregiver wording says nothing" in html
    assert not CorrectionReport.objects.exists()


def test_a_short_report_is_refused_with_a_clear_message(client, live_revision):
    response = report(client, live_revision.article, problem="wrong")
    assert "at least 10 characters" in response.content.decode()
    assert not CorrectionReport.objects.exists()


def test_bots_filling_the_hidden_field_are_thanked_and_nothing_is_stored(client, live_revision):
    response = report(client, live_revision.article, problem=PROBLEM, website="http://spam.example")
    assert response.status_code == 302
    assert not CorrectionReport.objects.exists()


def test_reports_are_rate_limited_per_client_with_a_clear_message(client, live_revision, settings, cache_backend):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "correction": (2, 600)}
    for _ in range(2):
        assert report(client, live_revision.article, problem=PROBLEM).status_code == 302
    response = report(client, live_revision.article, problem=PROBLEM)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Please wait ten minutes" in html and "The caregiver wording says nothing" in html
    assert CorrectionReport.objects.count() == 2


def test_no_report_for_an_article_readers_cannot_see(client, editor):
    draft = make_draft(editor=editor)
    assert report(client, draft.article, problem=PROBLEM).status_code == 404
    assert client.get(reverse("articles:report_error", args=[draft.article.slug])).status_code == 404
    assert not CorrectionReport.objects.exists()


def fixing_revision(live, editor, reviewers):
    """A new revision of the live article that fixes the lead; approved."""
    revision = new_revision(live.article, editor=editor, change=False)
    write(revision.sections.order_by("position").first(), "Corrected lead text [1].")
    services.revision_submit(revision=revision, actor=editor)
    return revision


def test_a_correction_is_named_in_the_change_log_once_its_revision_is_approved(
    client, editor, reviewers, live_revision
):
    article = live_revision.article
    correction = CorrectionReport.objects.create(article=article, problem=PROBLEM, revision=live_revision)
    fix = fixing_revision(live_revision, editor, reviewers)
    note = "The caregiver wording now gives the pregnancy warning."
    correction_resolve(correction=correction, actor=editor, state="corrected", fixed_in=fix, public_note=note)

    history = reverse("articles:history", args=[article.slug])
    assert note not in client.get(history).content.decode()  # not approved yet: not public

    approve(fix, reviewers)
    html = client.get(history).content.decode()
    assert note in html and "Corrected after a reader's report" in html
    entry = html.split(f"Revision {fix.number} (current)")[1].split(f"Revision {live_revision.number}")[0]
    assert note in entry  # under the revision that fixed it
    assert PROBLEM not in html  # the reader's own words stay in the inbox


def test_a_correction_must_name_its_revision_and_what_changed(editor, live_revision):
    correction = CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    with pytest.raises(ValidationError):
        correction_resolve(correction=correction, actor=editor, state="corrected", fixed_in=None, public_note="x")
    with pytest.raises(ValidationError):
        correction_resolve(correction=correction, actor=editor, state="corrected", fixed_in=live_revision, public_note="")
    correction.refresh_from_db()
    assert correction.state == "new"


def test_a_correction_of_another_article_is_refused(editor, reviewers, live_revision):
    elsewhere = publish(editor=editor, reviewers=reviewers)
    correction = CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    with pytest.raises(ValidationError, match="same article"):
        correction_resolve(correction=correction, actor=editor, state="corrected", fixed_in=elsewhere, public_note="Fixed.")


def test_a_published_correction_cannot_be_moved_or_reopened(editor, reviewers, live_revision):
    correction = CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    fix = fixing_revision(live_revision, editor, reviewers)
    correction_resolve(correction=correction, actor=editor, state="corrected", fixed_in=fix, public_note="Fixed the lead.")
    approve(fix, reviewers)
    with pytest.raises(InboxError, match="already named in the public change log"):
        correction_resolve(correction=correction, actor=editor, state="new")
    # Rewording the public note is still allowed.
    correction_resolve(correction=correction, actor=editor, state="corrected", fixed_in=fix, public_note="Fixed the lead sentence.")
    correction.refresh_from_db()
    assert correction.public_note == "Fixed the lead sentence."


def test_only_editors_resolve_reports(live_revision, reviewers):
    correction = CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    with pytest.raises(InboxError):
        correction_resolve(correction=correction, actor=reviewers[0].user, state="no_change")


def test_editors_resolve_a_report_in_the_admin_with_the_revision_that_fixed_it(
    client, editor, reviewers, live_revision
):
    correction = CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    fix = fixing_revision(live_revision, editor, reviewers)
    client.force_login(editor)
    url = reverse("admin:articles_correctionreport_change", args=[correction.pk])
    form = client.get(url).content.decode()
    assert f"Revision {fix.number} (submitted)" in form and "reply due" in form.lower()
    response = client.post(url, {"state": "corrected", "fixed_in": fix.pk, "public_note": "Fixed the lead."})
    assert response.status_code == 302, response.content.decode()[:2000]
    correction.refresh_from_db()
    assert (correction.state, correction.fixed_in, correction.public_note) == ("corrected", fix, "Fixed the lead.")
    assert correction.closed_at is not None

    # Without a note, the admin says what is missing and changes nothing.
    other = CorrectionReport.objects.create(article=live_revision.article, problem=PROBLEM)
    url = reverse("admin:articles_correctionreport_change", args=[other.pk])
    response = client.post(url, {"state": "corrected", "fixed_in": fix.pk, "public_note": ""})
    assert response.status_code == 200
    assert "Say in a sentence what was corrected" in response.content.decode()
    other.refresh_from_db()
    assert other.state == "new"


def test_the_demo_policy_states_the_response_time_the_site_keeps(client, settings):
    from django.core.management import call_command

    call_command("load_demo", fixed_passwords=True, verbosity=0)
    html = client.get(reverse("articles:editorial_policy")).content.decode()
    corrections = html.split('<h2 id="corrections">')[1].split("<h2")[0]
    assert f"within <strong>{settings.CORRECTION_RESPONSE_DAYS} days</strong>" in corrections
    assert "Report an error" in corrections


def test_the_demo_change_log_names_the_reader_report_that_revision_2_corrected(client):
    from django.core.management import call_command

    from demo import content

    call_command("load_demo", fixed_passwords=True, verbosity=0)
    html = client.get(reverse("articles:history", args=["kadcyla-vs-herzuma"])).content.decode()
    revision_2 = html.split("Revision 2 (current)")[1].split("Revision 1")[0]
    assert "The caregiver wording now gives the pregnancy warning" in revision_2
    # The open report waits in the inbox, and nothing is added by a second run.
    assert CorrectionReport.objects.filter(state="new").count() == 1
    call_command("load_demo", fixed_passwords=True, verbosity=0)
    assert CorrectionReport.objects.count() == len(content.CORRECTION_REPORTS)
