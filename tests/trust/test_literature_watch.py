"""`manage.py check_literature`: retraction and correction alerts from Crossref's records
(recorded answers in tests/fixtures/literature; every notice there is on the test prefix)."""

import pytest
from django.core.management import CommandError, call_command

from articles.models import LiteratureNotice, Reference, Revision
from reviews import services
from tests.conftest import approve, make_draft, new_revision

RETRACTED = "10.5555/original"
CORRECTED = "10.5555/corrected"
KATHERINE = "10.1056/NEJMoa1814017"


@pytest.fixture
def citing(editor, reviewers):
    """A live revision citing a paper since retracted, one since corrected, and KATHERINE."""
    draft = make_draft(editor=editor)
    for number, doi in ((1, RETRACTED.upper()), (2, CORRECTED), (3, KATHERINE)):
        Reference.objects.filter(revision=draft, number=number).update(doi=doi)
    services.revision_submit(revision=draft, actor=editor)
    return approve(draft, reviewers)


def run(django_capture_on_commit_callbacks, capsys):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("check_literature")
    return capsys.readouterr().out


def test_a_retraction_and_a_correction_are_flagged_and_unaffected_papers_left_alone(
    citing, literature_services, django_capture_on_commit_callbacks, capsys
):
    output = run(django_capture_on_commit_callbacks, capsys)

    found = {(n.doi, n.kind, n.notice_doi) for n in LiteratureNotice.objects.all()}
    assert found == {
        (RETRACTED, "retraction", "10.5555/retraction"),
        (CORRECTED, "correction", "10.5555/correction"),
    }  # KATHERINE has no notice; the retracted paper's "new version" is not an alert
    assert "Checked 3 cited DOI(s)" in output and "2 new notice(s)" in output
    assert LiteratureNotice.objects.get(doi=RETRACTED).source == "Crossref (retraction-watch)"


def test_the_revision_citing_a_flagged_paper_needs_review(citing, literature_services, django_capture_on_commit_callbacks, capsys):
    assert not Revision.objects.needing_review().filter(pk=citing.pk).exists()
    run(django_capture_on_commit_callbacks, capsys)
    assert Revision.objects.needing_review().filter(pk=citing.pk).exists()


def test_editors_are_emailed_once(citing, editor, literature_services, mailoutbox, django_capture_on_commit_callbacks, capsys):
    run(django_capture_on_commit_callbacks, capsys)
    to_editor = [m for m in mailoutbox if editor.email in m.to]
    assert len(to_editor) == 1
    assert "Retraction of doi:10.5555/original" in to_editor[0].body
    assert citing.article.question in to_editor[0].body

    mailoutbox.clear()
    output = run(django_capture_on_commit_callbacks, capsys)
    assert "no new notices" in output
    assert mailoutbox == []
    assert LiteratureNotice.objects.count() == 2


def test_without_the_network_it_says_so_and_changes_nothing(citing, literature_services, mailoutbox, capsys):
    literature_services.offline = True
    with pytest.raises(CommandError, match="Crossref could not be reached.*Nothing was changed"):
        call_command("check_literature")
    assert not LiteratureNotice.objects.exists()
    assert mailoutbox == []


def test_every_request_has_a_timeout(citing, literature_services, django_capture_on_commit_callbacks, capsys):
    run(django_capture_on_commit_callbacks, capsys)
    assert len(literature_services.requests) == 3
    assert all(timeout for _, timeout in literature_services.requests)


def test_only_live_revisions_dois_are_asked(editor, literature_services, django_capture_on_commit_callbacks, capsys):
    draft = make_draft(editor=editor)
    Reference.objects.filter(revision=draft).update(doi=RETRACTED)
    run(django_capture_on_commit_callbacks, capsys)
    assert literature_services.requests == []


def test_the_flag_shows_on_the_review_page_and_in_the_admin(
    citing, editor, reviewers, literature_services, django_capture_on_commit_callbacks, capsys, client
):
    run(django_capture_on_commit_callbacks, capsys)
    next_revision = new_revision(citing.article, editor=editor)
    services.revision_submit(revision=next_revision, actor=editor)

    client.force_login(reviewers[0].user)
    page = client.get(f"/review/{next_revision.pk}/").content.decode()
    assert "Literature alert." in page
    assert "<strong>Retraction</strong> of this paper" in page
    assert "<strong>Correction</strong> of this paper" in page

    client.force_login(editor)
    admin_page = client.get(f"/admin/articles/revision/{citing.pk}/change/").content.decode()
    assert admin_page.count('class="literature-flag"') == 2
    assert "Retraction" in admin_page


def test_the_admin_lists_revisions_needing_review(citing, editor, literature_services, django_capture_on_commit_callbacks, capsys, client):
    client.force_login(editor)
    before = client.get("/admin/articles/revision/?review_due=yes").context["cl"].result_count
    run(django_capture_on_commit_callbacks, capsys)
    after = client.get("/admin/articles/revision/?review_due=yes").context["cl"].result_count
    assert (before, after) == (0, 1)


def test_a_doi_crossref_has_no_record_of_is_reported_and_the_others_still_checked(
    citing, literature_services, django_capture_on_commit_callbacks, capsys
):
    Reference.objects.filter(revision=citing, number=3).update(doi="10.5555/unknown")
    output = run(django_capture_on_commit_callbacks, capsys)
    assert "Crossref has no record of 1 DOI(s): 10.5555/unknown" in output
    assert LiteratureNotice.objects.count() == 2
