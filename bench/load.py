"""Load the benchmark data set into the PostgreSQL database named by DATABASE_URL.

Rows go in with COPY, not through the workflow services: the services would take hours for
10,000 articles, and the pages only read what they leave behind. Each live or submitted
revision gets its sections with a wording per reader type, and its stored bodies rendered as
the services would render them (the search vectors are filled after). Superseded revisions
are header rows (status, dates) without sections: no public page reads their content, and
200,000 of them with bodies would not load in minutes.

Every 100th article also has a revision waiting for review (the review queue), and every
200th is shown while in review, never approved. A data set already loaded with the same
parameters is kept. Prints one JSON line: a session key of the queue's reviewer.
"""

import argparse
import json
import multiprocessing
import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "her2site.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.auth.models import Group, User  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.db import connection, connections, transaction  # noqa: E402

import pgtrigger  # noqa: E402

from bench import textgen  # noqa: E402
from personalize import readers  # noqa: E402
from reviews.checklist import DEFAULT_ITEMS  # noqa: E402
from reviews.models import BoardMember  # noqa: E402

TABLES = (
    "articles_article", "articles_revision", "articles_section", "articles_wording",
    "articles_reference", "articles_storedpage", "articles_followupquestion", "reviews_review",
    "reviews_reviewcomment", "reviews_reviewevent",
)
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
REVISION_COLUMNS = (
    "id, article_id, number, status, author_id, change_summary, readability_note, version, "
    "review_round, glossary, created_at, updated_at, submitted_at, approved_at, question, topic, drugs, "
    "evidence_current_through"
)
SECTIONS_PER_REVISION = 100  # section ids are revision id * 100 + position
TOPIC = "HER2-positive breast cancer"
# What an approval records of the sign-off checklist (reviews.checklist), as JSON.
CHECKLIST = json.dumps([{"key": key, "label": label} for key, label, _ in DEFAULT_ITEMS])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sections", type=int, default=20)
    parser.add_argument("--references", type=int, default=15)
    parser.add_argument("--superseded", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reload", action="store_true")
    options = parser.parse_args()
    params = {k: getattr(options, k) for k in ("articles", "sections", "references", "superseded")}
    people = ensure_people()
    if options.reload or marker() != json.dumps(params, sort_keys=True):
        load(params, people, options.workers)
        set_marker(json.dumps(params, sort_keys=True))
    print(json.dumps({"session": reviewer_session(people["queue_reviewer"])}))


def ensure_people() -> dict:
    editor, _ = User.objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    editor.groups.add(Group.objects.get(name="Editors"))
    members = []
    for n in (1, 2, 3):
        user, _ = User.objects.get_or_create(username=f"bench-reviewer-{n}")
        user.groups.add(Group.objects.get(name="Advisory board"))
        member, _ = BoardMember.objects.get_or_create(
            user=user,
            defaults={"display_name": f"Dr Reviewer {n}", "credentials": "MD, PhD",
                      "specialty": "Medical oncology", "disclosures": "None."},
        )
        members.append(member.pk)
    return {"editor": editor.pk, "approvers": members[:2], "queue_reviewer": members[2]}


def reviewer_session(member_id: int) -> str:
    user = BoardMember.objects.get(pk=member_id).user
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def marker() -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = current_database()"
        )
        return cursor.fetchone()[0] or ""


def set_marker(text: str):
    with connection.cursor() as cursor:
        name = connection.ops.quote_name(connection.settings_dict["NAME"])
        # A utility statement takes no bound parameters (the settings bind on the server).
        literal = "'" + text.replace("'", "''") + "'"
        cursor.execute(f"COMMENT ON DATABASE {name} IS {literal}")


def load(params: dict, people: dict, workers: int):
    # The audit trail refuses TRUNCATE (a pgtrigger trigger); the benchmark's own database is
    # emptied by its owner, who switches the trigger off for that one statement, in one
    # transaction (no other session ever sees it off).
    with transaction.atomic():
        pgtrigger.disable("reviews.ReviewEvent:append_only_truncate")
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        pgtrigger.enable("reviews.ReviewEvent:append_only_truncate")
    numbers = list(range(1, params["articles"] + 1))
    chunks = [numbers[i::workers] for i in range(workers)]
    connections.close_all()  # each worker opens its own connection
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.starmap(load_chunk, [(chunk, params, people) for chunk in chunks])
    with connection.cursor() as cursor:
        for table in ("articles_article", "articles_revision", "articles_section"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
    index_stored_pages(workers)
    connection.set_autocommit(True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def index_stored_pages(workers: int):
    """Fill the search vectors as articles.search.index would, a share of rows per process."""
    connections.close_all()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.starmap(index_share, [(n, workers) for n in range(workers)])


def index_share(share: int, workers: int):
    connections.close_all()
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE articles_storedpage p
            SET search = setweight(to_tsvector('english', a.question || ' ' || a.topic || ' ' || a.drugs), 'A')
                         || to_tsvector('english', p.body)
            FROM articles_revision r JOIN articles_article a ON a.id = r.article_id
            WHERE r.id = p.revision_id AND p.id %% %s = %s
            """,
            [workers, share],
        )


def load_chunk(numbers: list[int], params: dict, people: dict):
    connections.close_all()
    pools = textgen.Pools(seed=7, size=300, references=params["references"])
    rows = Rows(params, people, pools)
    for number in numbers:
        rows.add_article(number)
    with transaction.atomic():
        rows.copy()


class Rows:
    """The rows of one worker's articles, kept per table until they are copied in."""

    def __init__(self, params, people, pools):
        self.params, self.people, self.pools = params, people, pools
        self.articles, self.revisions, self.sections, self.wordings = [], [], [], []
        self.references, self.reviews, self.pages = [], [], []

    def add_article(self, number: int):
        rng = random.Random(number)
        text = textgen.article_text(rng, number)
        per_article = self.params["superseded"] + 2
        first_id = (number - 1) * per_article + 1
        created = EPOCH + timedelta(minutes=number)
        shown_in_review = number % 200 == 0
        live_id = None
        if not shown_in_review:
            for n in range(1, self.params["superseded"] + 1):
                self.revision(first_id + n - 1, number, n, "superseded", created, n, text)
            live_id = first_id + self.params["superseded"]
            self.revision_with_body(live_id, number, self.params["superseded"] + 1, "approved", rng, text, created)
            decided = created + timedelta(days=40)
            for member in self.people["approvers"]:
                self.reviews.append(
                    (live_id, member, 1, "approved", decided, decided, False, "", "", CHECKLIST,
                     "Medical oncology (MD)", "None declared.", "")
                )
        if shown_in_review or number % 100 == 1:
            self.revision_with_body(first_id + per_article - 1, number, per_article, "submitted", rng, text, created)
        # What articles.pages.refresh_public_revision would compute from the rule.
        public_id = first_id + per_article - 1 if shown_in_review else live_id
        self.articles.append((
            number, text["slug"], text["question"], TOPIC, text["drugs"],
            shown_in_review, live_id, public_id, created,
        ))

    def revision(self, pk, article, number, status, created, days, text):
        when = created + timedelta(days=days)
        approved = when if status in ("approved", "superseded") else None
        self.revisions.append((
            pk, article, number, status, self.people["editor"], f"Revision {number}.", "", 1, 1,
            "{}", when, when, when, approved, text["question"], TOPIC, text["drugs"], when.date(),
        ))

    def revision_with_body(self, pk, article, number, status, rng, text, created):
        picks = rng.sample(range(len(self.pools.html["professional"])), self.params["sections"])
        references = textgen.reference_rows(rng, self.params["references"])
        headings = [textgen.HEADINGS[i % len(textgen.HEADINGS)] for i in range(len(picks))]
        for key, paragraphs in self.pools.html.items():
            lead_html = paragraphs[picks[0]].replace("<p>", f"<p>{text['lead']}", 1)
            sections_html = [lead_html] + [paragraphs[p] for p in picks[1:]]
            body = textgen.body_html(headings, sections_html, references, readers.registry()[key])
            self.pages.append((pk, key, body, "", "", "", "", 0))
        self.revision(pk, article, number, status, created, 40, text)
        markdown = self.pools.markdown
        for position, pick in enumerate(picks):
            section_id = pk * SECTIONS_PER_REVISION + position
            self.sections.append((section_id, pk, position, "section"))
            lead = text["lead"] if position == 0 else ""
            for key in markdown:
                self.wordings.append((section_id, key, headings[position], lead + markdown[key][pick]))
        self.references.extend((pk, *reference, "rct", "", "") for reference in references)

    def copy(self):
        tables = (
            ("articles_article", "id, slug, question, topic, drugs, publish_while_in_review, "
             "live_revision_id, public_revision_id, created_at", self.articles),
            ("articles_revision", REVISION_COLUMNS, self.revisions),
            ("articles_section", "id, revision_id, position, kind", self.sections),
            ("articles_wording", "section_id, reader_type, heading, body", self.wordings),
            ("articles_reference", "revision_id, number, citation, pmid, doi, url, evidence, "
             "record_id, record_title",
             self.references),
            ("articles_storedpage", "revision_id, reader_type, body, before_body, after_body, "
             "version, etag, generation", self.pages),
            ("reviews_review", "revision_id, reviewer_id, round, decision, decided_at, started_at, "
             "conflict_of_interest, conflict_details, comment, checklist, role, conflict_statement, "
             "fingerprint", self.reviews),
        )
        with connection.connection.cursor() as cursor:
            for table, columns, rows in tables:
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)


if __name__ == "__main__":
    main()
