"""No public path shows text that the board has not approved.

Each unapproved revision carries a made-up word (a token) in every field a reader could see:
headings, every wording, a reference, the change summary. Then every public path is fetched, with
every reader type by query and by cookie, and no token may appear. The live revision's own token
must appear where it belongs, which shows the method would find a leak.
"""

import json
import re

import pytest
from django.urls import reverse

from articles.models import Reference, Revision
from personalize import readers
from reviews import services
from tests.conftest import approve, make_draft, publish, write
from tests.factories import ArticleFactory

from .conftest import client_for

pytestmark = pytest.mark.django_db

READER_VALUES = [None, *readers.registry(), "PATIENT", "nobody", "<script>"]
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def put_token(revision, editor, token):
    """Write `token` into every reader-visible field of an editable revision."""

    def apply(locked):
        for section in locked.sections.all():
            base = section.base_wording()
            write(section, f"{base.body} The {token} finding.", heading=f"{base.heading} {token}heading")
            write(section, f"A plain {token} sentence. [1]", reader="patient", heading=f"{token}patient heading")
            write(section, f"A caring {token} sentence. [1]", reader="caregiver", heading=f"{token}caregiver heading")
        number = locked.references.count() + 1
        Reference.objects.create(
            revision=locked, number=number, citation=f"{token}citation et al. Lancet. 2024."
        )
        first = locked.sections.first()
        write(first, first.base_wording().body + f" [{number}]")
        locked.change_summary = f"{token}summary"
        locked.readability_note = f"{token}note"

    return services.revision_save(
        revision=revision, actor=editor, expected_version=revision.version, apply=apply
    )


@pytest.fixture
def scenario(editor, reviewers):
    """A: live, with a newer draft. B: only a draft (its question is secret too).
    C: live, with a newer revision submitted (not 'publish while in review').
    D: 'publish while in review', but its only revision was withdrawn from review.
    E: never approved, its only revision submitted, not 'publish while in review'.
    F: 'publish while in review', but its only revision was sent back with changes requested."""
    live_a = publish(editor=editor, reviewers=reviewers)
    draft_a = put_token(
        services.revision_create(article=live_a.article, actor=editor), editor, "quokkadrafta"
    )

    article_b = ArticleFactory(question="Is quokkaquestionb better than the standard?")
    draft_b = put_token(make_draft(editor=editor, article=article_b), editor, "quokkadraftb")

    live_c = publish(editor=editor, reviewers=reviewers)
    submitted_c = put_token(
        services.revision_create(article=live_c.article, actor=editor), editor, "quokkasubmittedc"
    )
    services.revision_submit(revision=submitted_c, actor=editor)

    article_d = ArticleFactory(publish_while_in_review=True)
    withdrawn_d = put_token(make_draft(editor=editor, article=article_d), editor, "quokkawithdrawnd")
    services.revision_submit(revision=withdrawn_d, actor=editor)
    services.revision_withdraw(revision=withdrawn_d, actor=editor)

    article_e = ArticleFactory(question="Is quokkaquestione better than the standard?")
    pending_e = put_token(make_draft(editor=editor, article=article_e), editor, "quokkapendinge")
    services.revision_submit(revision=pending_e, actor=editor)

    article_f = ArticleFactory(publish_while_in_review=True)
    changes_f = put_token(make_draft(editor=editor, article=article_f), editor, "quokkachangesf")
    services.revision_submit(revision=changes_f, actor=editor)
    services.review_start(revision=changes_f, actor=reviewers[0].user)
    services.review_request_changes(
        revision=changes_f, actor=reviewers[0].user, comment="Check the dose."
    )
    return {
        "articles": [live_a.article, article_b, live_c.article, article_d, article_e, article_f],
        "live": [live_a, live_c],
        "secret_revisions": [draft_a, draft_b, submitted_c, changes_f],
        "tokens": ["quokkadrafta", "quokkadraftb", "quokkasubmittedc", "quokkawithdrawnd",
                   "quokkapendinge", "quokkachangesf"],
        "questions": ["quokkaquestionb", "quokkaquestione"],
    }


def markers(scenario) -> list[str]:
    """What a leak would show: the tokens in their context. (A search page shows its query,
    so the bare token, which a search for it echoes, is not itself a leak.)"""
    found = [f"{q} better" for q in scenario["questions"]]
    for token in scenario["tokens"]:
        found += [f"{token}heading", f"the {token} finding", f"plain {token} sentence",
                  f"caring {token} sentence", f"{token}citation", f"{token}summary",
                  f"{token}note"]
    return found


def leaked(response, tokens) -> list[str]:
    text = response.content.decode(errors="replace").lower()
    return [token for token in tokens if token in text]


def public_urls(scenario) -> list[tuple[str, dict]]:
    """(url, cookies) for every public page, with every reader type by query and by cookie."""
    urls = [
        reverse("articles:home"),
        reverse("reviews:board"),
        reverse("articles:editorial_policy"),
        reverse("sitemap"),
        reverse("feed"),
        reverse("robots_txt"),
    ]
    for article in scenario["articles"]:
        for name in ("detail", "history", "question", "question_sent"):
            urls.append(reverse(f"articles:{name}", args=[article.slug]))
    for token in scenario["tokens"] + scenario["questions"]:
        urls.append(reverse("articles:home") + f"?q={token}")
    urls.append(reverse("articles:home") + "?q=sentence")  # words every wording of the drafts uses
    urls.append(reverse("articles:home") + "?q=finding")
    cases = []
    for url in urls:
        for value in READER_VALUES:
            joined = url if value is None else f"{url}{'&' if '?' in url else '?'}for={value}"
            cases.append((joined, {}))
            if value is not None:
                cases.append((url, {"reader_type": value}))
    return cases


@pytest.mark.parametrize("page_cache", [0, 600], ids=["page cache off", "page cache on"])
def test_no_public_page_shows_unapproved_text(client, scenario, settings, page_cache):
    settings.PAGE_CACHE_SECONDS = page_cache
    problems = []
    # With the page cache on, the second round is served from it.
    for url, cookies in public_urls(scenario) * (2 if page_cache else 1):
        client.cookies.clear()
        for name, value in cookies.items():
            client.cookies[name] = value
        response = client.get(url)
        assert response.status_code in (200, 404), (url, cookies, response.status_code)
        found = leaked(response, markers(scenario))
        if found:
            problems.append(f"{url} {cookies or ''}: {found}")
    assert not problems, "Unapproved text on public pages:\n" + "\n".join(problems)
    if page_cache:  # the cache was in play
        client.cookies.clear()
        url = reverse("articles:detail", args=[scenario["live"][0].article.slug])
        assert client.get(url).get("X-Page-Cache") == "hit"


def test_the_live_text_is_found_where_it_belongs(client, scenario, editor, reviewers):
    """The control: the same method finds a token that is live."""
    live = put_token(make_draft(editor=editor), editor, "quokkalive")
    services.revision_submit(revision=live, actor=editor)
    approve(live, reviewers)
    slug = live.article.slug
    live_markers = markers({"tokens": ["quokkalive"], "questions": []})
    for url, expected in (
        (reverse("articles:detail", args=[slug]), ["the quokkalive finding", "quokkalivecitation"]),
        (reverse("articles:detail", args=[slug]) + "?for=patient", ["plain quokkalive sentence"]),
        (reverse("articles:detail", args=[slug]) + "?for=caregiver", ["caring quokkalive sentence"]),
        (reverse("articles:history", args=[slug]), ["quokkalivesummary"]),
        (reverse("articles:home") + "?q=quokkalive", []),  # a snippet: some of it
        (reverse("feed"), ["quokkalivesummary"]),
    ):
        client.cookies.clear()  # each a first visit: a ?for= link is remembered for the visit
        found = leaked(client.get(url), live_markers)
        assert found and set(expected) <= set(found), (url, found)


def test_articles_without_an_approved_public_revision_are_not_found(client, scenario):
    _, draft_only, _, withdrawn, pending_not_opted_in, changes_requested = scenario["articles"]
    for article in (draft_only, withdrawn, pending_not_opted_in, changes_requested):
        for name in ("detail", "history", "question", "question_sent"):
            response = client.get(reverse(f"articles:{name}", args=[article.slug]))
            assert response.status_code == 404, (name, article.slug)
        response = client.post(
            reverse("articles:question", args=[article.slug]), {"question": "Is it safe?"}
        )
        assert response.status_code == 404
    assert not article.questions.exists()


def test_json_ld_describes_only_the_live_revision(client, scenario):
    for live in scenario["live"]:
        html = client.get(reverse("articles:detail", args=[live.article.slug])).content.decode()
        blocks = JSON_LD.findall(html)
        assert len(blocks) == 1
        data = json.loads(blocks[0])
        assert data["lastReviewed"].startswith(live.approved_at.date().isoformat())
        citations = json.dumps(data["citation"])
        assert live.references.first().citation.split(".")[0] in citations
        assert not [token for token in scenario["tokens"] if token in blocks[0].lower()]


def test_guessed_revision_ids_show_nothing_to_anyone_but_the_board(scenario, users):
    """Every revision id, and ids just past the last, on every review page, for every role
    that is not on the board: a redirect to the login or a 403, never content."""
    ids = list(Revision.objects.values_list("pk", flat=True))
    ids += [max(ids) + 1, max(ids) + 1000, 0, 2**63, 2**64]
    names = ["detail", "start", "comment", "conflict", "approve", "request_changes"]
    problems = []
    for role in ("anonymous", "reader", "editor", "admin"):
        client = client_for(users[role])
        for pk in ids:
            for name in names:
                url = f"/review/{pk}/" if name == "detail" else f"/review/{pk}/{name.replace('_', '-')}/"
                method = client.get if name == "detail" else client.post
                response = method(url)
                if response.status_code not in (302, 403, 404) or leaked(response, markers(scenario)):
                    problems.append(f"{role} {url}: {response.status_code}")
    assert not problems, "\n".join(problems)


def test_board_members_cannot_open_drafts_or_revisions_back_with_their_editors(scenario, users):
    client = client_for(users["board"])
    draft_a, draft_b, submitted_c, changes_f = scenario["secret_revisions"]
    for revision in (draft_a, draft_b, changes_f):
        response = client.get(reverse("reviews:detail", args=[revision.pk]))
        assert response.status_code == 404, revision
        assert not leaked(response, markers(scenario))
    # What was sent to the board is the board's to read.
    response = client.get(reverse("reviews:detail", args=[submitted_c.pk]))
    assert response.status_code == 200
    assert "the quokkasubmittedc finding" in response.content.decode().lower()
