"""Count the database queries and bytes of each benchmarked page, in process, against the
benchmark database (DEBUG is off in the benchmark, so gunicorn cannot report queries itself).

Reads a JSON list of [name, path, reader type, session key or ""] on stdin; prints JSON.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "her2site.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def measure(path: str, reader_type: str, session: str) -> dict:
    client = Client()
    if reader_type:
        client.cookies["reader_type"] = reader_type
    if session:
        client.cookies[settings.SESSION_COOKIE_NAME] = session
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    result = {"status": response.status_code, "queries": len(queries), "bytes": len(response.content)}
    if response.context and "search" in response.context:
        result["matches"] = response.context["search"].total
    return result


if __name__ == "__main__":
    setup_test_environment()  # lets `testserver` in, as the test client needs
    pages = json.load(sys.stdin)
    print(json.dumps({name: measure(path, reader, session) for name, path, reader, session in pages}))
