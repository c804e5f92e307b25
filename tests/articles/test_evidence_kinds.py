"""Each reference shows its kind of evidence beside it, and the editorial policy explains the
kinds."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Reference
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def reference_items(html) -> dict[str, str]:
    return dict(re.findall(r'<li id="(ref-\d+)" value="\d+">(.*?)</li>', html, re.S))


def test_each_reference_shows_its_kind_of_evidence(client, editor, reviewers):
    live = publish(editor=editor, reviewers=reviewers, references=3)
    kinds = {1: "rct", 2: "label", 3: ""}
    for number, kind in kinds.items():
        Reference.objects.filter(revision=live, number=number).update(evidence=kind)
    # The body is stored when the revision is submitted; render again what the board would see.
    from articles import pages

    pages.store_bodies(live)
    items = reference_items(client.get(live.article.get_absolute_url()).content.decode())
    assert 'class="evidence evidence-rct"><span class="visually-hidden">Kind of evidence: </span>Randomised trial' in items["ref-1"]
    assert "Product label" in items["ref-2"] and "Randomised trial" not in items["ref-2"]
    assert 'class="evidence' not in items["ref-3"]  # no kind given, none claimed


def test_the_reference_list_links_to_the_explanation_of_the_kinds(client, live_revision):
    html = client.get(live_revision.article.get_absolute_url()).content.decode()
    assert f'href="{reverse("articles:editorial_policy")}#kinds-of-evidence"' in html


def test_the_demo_policy_explains_every_kind_of_evidence_and_links_to_it(client):
    call_command("load_demo", fixed_passwords=True, verbosity=0)
    html = client.get(reverse("articles:editorial_policy")).content.decode()
    section = html.split('<h2 id="kinds-of-evidence">')[1].split("<h2")[0]
    for _, label in Reference.Evidence.choices:
        assert f"<strong>{label}</strong>" in section, label
    # The live demo article labels every one of its sources.
    article = client.get("/articles/kadcyla-vs-herzuma/").content.decode()
    assert article.count('class="evidence evidence-') == Reference.objects.filter(
        revision__article__slug="kadcyla-vs-herzuma", revision__status="approved"
    ).count()
