"""Every public page is valid HTML, as the W3C Nu HTML Checker (vnu.jar) reads it.

No browser: the pages are fetched with Django's test client from the demo content, written to
files, and checked in one run of the checker. Its errors fail the test, and so do its warnings;
notes ("info") do not (crispy-forms writes `<input ... />`, which HTML allows).
"""

import json
import subprocess

import pytest
from django.core.management import call_command

from .conftest import DEMO_SLUG

pytestmark = pytest.mark.django_db

ARTICLE = f"/articles/{DEMO_SLUG}/"
PAGES = {
    "home": "/",
    "search": "/?q=bruise",
    "search-nothing-found": "/?q=zzzyxq",
    "search-refused": "/?q=%21%21%21",
    "article-professional": ARTICLE + "?for=professional",
    "article-patient": ARTICLE + "?for=patient",
    "article-caregiver": ARTICLE + "?for=caregiver",
    "article-in-review": "/articles/enhertu-vs-kadcyla/",
    "history": ARTICLE + "history/",
    "question": ARTICLE + "question/",
    "question-sent": ARTICLE + "question/sent/",
    "board": "/advisory-board/",
    "policy": "/editorial-policy/",
    "not-found": "/articles/no-such-article/",
}


def test_every_public_page_is_valid_html(client, vnu, tmp_path):
    call_command("load_demo", fixed_passwords=True, verbosity=0)
    files = {}
    for name, url in PAGES.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not-found" else 200), url
        files[name] = tmp_path / f"{name}.html"
        files[name].write_bytes(response.content)
    # A page the checker must object to: proof that it ran and read our files.
    invalid = tmp_path / "known-invalid.html"
    invalid.write_text("<!doctype html><html lang=en><title>x</title><p>a<td>b</p>")

    checked = subprocess.run(
        [*vnu, "--format", "json", "--exit-zero-always", str(invalid), *map(str, files.values())],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(checked.stderr)["messages"]
    assert any(m["type"] == "error" and m["url"].endswith("/known-invalid.html") for m in messages)
    messages = [m for m in messages if not m["url"].endswith("/known-invalid.html")]
    problems = [
        f"{message['url'].rsplit('/', 1)[-1]}:{message.get('lastLine', '?')}: {message['type']} "
        f"{message.get('subType', '')}: {message['message']} [{message.get('extract', '').strip()}]"
        for message in messages
        if message["type"] == "error" or message.get("subType") in ("warning", "fatal")
    ]
    assert not problems, "\n".join(problems)
