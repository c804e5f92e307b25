"""`manage.py verify_fingerprints` finds live text changed behind the workflow's back."""

import pytest
from django.core.management import CommandError, call_command

from articles.models import Wording
from reviews.models import Review


def test_untouched_live_revisions_pass(live_revision, capsys):
    call_command("verify_fingerprints")
    assert "All 1 signed live revision(s) match" in capsys.readouterr().out


def test_a_wording_changed_directly_in_the_database_is_reported(live_revision, capsys):
    Wording.objects.filter(section__revision=live_revision, reader_type="professional").update(
        body="Text an intruder wrote. [1]"
    )
    with pytest.raises(CommandError, match="1 of 1 signed live revision"):
        call_command("verify_fingerprints")
    report = capsys.readouterr().err
    assert live_revision.article.question in report
    assert f"revision {live_revision.number}" in report


def test_a_revision_approved_before_approvals_were_signed_is_named_not_failed(live_revision, capsys):
    Review.objects.filter(revision=live_revision).update(fingerprint="")
    call_command("verify_fingerprints")
    output = capsys.readouterr().out
    assert "was approved before approvals were signed" in output
    assert "All 0 signed live revision(s) match" in output
