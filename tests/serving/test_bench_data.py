"""`make bench` loads its data set outside the workflow (bench/load.py, with COPY); the pages
it measures must be the real ones, so the loader has to keep up with the schema."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from tests.conftest import is_postgres

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(not is_postgres(), reason="the benchmark loads PostgreSQL with COPY"),
    # serialized_rollback restores the groups that a data migration created, after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def load_bench_data(articles: int):
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    url = f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    subprocess.run(
        [sys.executable, "bench/load.py", "--articles", str(articles), "--sections", "2",
         "--references", "2", "--superseded", "1", "--workers", "1"],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"},
        check=True, capture_output=True,
    )
    call_command("build_pages", "--workers", "2", stdout=io.StringIO())


def test_the_benchmark_data_set_loads_and_serves_real_pages(client, django_assert_num_queries):
    load_bench_data(articles=250)  # 249 live pages: enough for two building processes

    for number in (1, 2, 249):  # pages from both building processes
        with django_assert_num_queries(1):  # the stored page, as in the benchmark
            live = client.get(f"/articles/bench-{number:05d}/")
        assert live.status_code == 200
        assert "Reviewed and approved by our medical advisory board" in live.content.decode()
    # Every 200th article is shown while in review, never approved.
    assert "Pending medical review" in client.get("/articles/bench-00200/").content.decode()
