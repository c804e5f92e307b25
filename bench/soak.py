"""The soak row of `make bench`: mixed reads for a while against gunicorn (several workers, the
page cache in Redis) while approvals publish new revisions every few seconds, through the
workflow services as the board's pages call them.

Readers (threads, one kept-alive connection each) read a few articles, the home page and a
search. Each approval appends "Soak edit N." to the first section of one of those articles; a
reader's copy of the article tells which edit it carries. A stale read is one that began more
than --grace seconds after the approval of a later edit committed and still carried an earlier
one. Prints one JSON line: requests, errors, stale reads, approvals, the slowest publication.

Run by bench/run.py with the full data set's environment (DATABASE_URL, REDIS_URL, ...).
"""

import argparse
import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, Revision, Wording  # noqa: E402
from reviews import services  # noqa: E402
from reviews.models import BoardMember, ChecklistItem  # noqa: E402

MARK = re.compile(r"Soak edit (\d+)\.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--interval", type=float, default=3, help="seconds between approvals")
    parser.add_argument("--articles", default="bench-00002,bench-00003,bench-00004,bench-00005")
    parser.add_argument("--readers", type=int, default=6)
    parser.add_argument("--grace", type=float, default=1.0)
    options = parser.parse_args()
    slugs = options.articles.split(",")

    published: dict[str, list[tuple[float, int]]] = {slug: [(0.0, 0)] for slug in slugs}
    reads: list[tuple[float, str, int]] = []
    counts = {"requests": 0, "errors": 0}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + options.seconds
    paths = [f"/articles/{slug}/" for slug in slugs] * 4 + ["/", "/?" + urllib.parse.urlencode({"q": "kadcyla herzuma"})]

    def reader(seed):
        rng = random.Random(seed)
        host = urllib.parse.urlsplit(options.base)
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
        while time.monotonic() < stop:
            path = rng.choice(paths)
            began = time.monotonic()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read().decode("utf-8", "replace")
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
                status, body = 0, str(error)
            with lock:
                counts["requests"] += 1
                if status != 200:
                    counts["errors"] += 1
                    errors.append(f"{path}: {status} {body[:200]}")
                elif path.startswith("/articles/"):
                    found = MARK.findall(body)
                    reads.append((began, path.split("/")[2], int(found[-1]) if found else 0))

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(options.readers)]
    for thread in threads:
        thread.start()

    editor = User.objects.get(username="bench-editor")
    members = list(BoardMember.objects.active().order_by("pk")[:2])
    checklist = list(ChecklistItem.objects.active().values_list("key", flat=True))
    approvals, slowest = 0, 0.0
    next_at = time.monotonic()
    while time.monotonic() < stop - options.interval:
        time.sleep(max(0.0, next_at - time.monotonic()))
        next_at += options.interval
        # Edits are numbered by the clock: each differs from the last (so the board has
        # something to review) and outnumbers any left on the page by an earlier soak.
        edit = time.time_ns() // 1_000_000
        slug = slugs[approvals % len(slugs)]
        started = time.monotonic()
        publish(Article.objects.get(slug=slug), edit, editor, members, checklist)
        committed = time.monotonic()  # the last approval's transaction has committed
        slowest = max(slowest, committed - started)
        with lock:
            published[slug].append((committed, edit))
        approvals += 1
    for thread in threads:
        thread.join()

    stale = 0
    for began, slug, seen in reads:
        due = [number for committed, number in published[slug] if committed < began - options.grace]
        if seen < max(due):
            stale += 1
    print(json.dumps({
        "seconds": options.seconds, "requests": counts["requests"], "errors": counts["errors"],
        "article_reads": len(reads), "stale": stale, "approvals": approvals,
        "slowest_publication_s": round(slowest, 2), "first_errors": errors[:5],
    }))


def publish(article, edit, editor, members, checklist):
    """A new revision with one sentence added, through submit, two reviews and two approvals."""
    # A draft left by a soak that was stopped midway is carried on, not started again.
    draft = (
        article.revisions.filter(status=Revision.Status.DRAFT).first()
        or services.revision_create(article=article, actor=editor)
    )

    def change(revision):
        revision.change_summary = f"Soak edit {edit}."
        revision.evidence_current_through = timezone.localdate()
        revision.readability_note = "Benchmark text."
        wording = Wording.objects.filter(
            section__revision=revision, reader_type="professional"
        ).order_by("section__position").first()
        wording.body = MARK.sub("", wording.body).rstrip() + f" Soak edit {edit}."
        wording.save()

    draft = services.revision_save(
        revision=draft, actor=editor, expected_version=draft.version, apply=change, note="Soak edit."
    )
    services.revision_submit(revision=draft, actor=editor)
    for member in members:
        services.review_start(revision=draft, actor=member.user)
        services.review_approve(revision=draft, actor=member.user, checklist=checklist)


if __name__ == "__main__":
    main()
