"""Browser tests: Playwright for Python driving Debian's chromium against pytest-django's live server.

Playwright's own browser download does not work on our machines, so the tests launch the
system's `chromium`. Without it they skip on a developer's machine and fail in CI (`CI` set),
where `.ci/run` installs it first: a CI run must never pass by skipping the browser.

axe-core comes from the npm registry, fetched on first use into `.venv/axe-core/` (ignored by
git, removed by `make clean`). The site's Content-Security-Policy allows scripts from 'self'
only, so the accessibility checks open their pages in a context with `bypass_csp=True` and
inject axe's source there. Serving axe from a URL of the site instead would put test tooling
into the deployed site; every other browser context keeps the CSP enforced (and
test_csp.py checks that no page breaks it).

Every test here needs `pytest.mark.django_db(transaction=True, serialized_rollback=True)`: the
live server sees only committed data, and the flush after each test would otherwise remove the
rows the migrations created (the "Editors" and "Advisory board" groups) for the tests after it.
"""

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

ROOT = Path(__file__).resolve().parents[2]
# `make screenshots` writes them to docs/screenshots/ for the README; other runs keep them out
# of the working tree (they show the day they were taken).
SCREENSHOTS = Path(
    os.environ.get("SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "her2site-screenshots"
)
AXE_CORE_VERSION = "4.14.1"
AXE_PREFIX = ROOT / ".venv" / "axe-core"
AXE_JS = AXE_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
# The W3C Nu HTML Checker, from the npm registry as axe-core is; run with the machine's java.
VNU_VERSION = "26.9.27"
VNU_PREFIX = ROOT / ".venv" / "vnu"
VNU_JAR = VNU_PREFIX / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEMO_SLUG = "kadcyla-vs-herzuma"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Generous for a 2-core machine running the live server in the same process; nothing is timed.
ACTION_TIMEOUT_MS = 15_000


def unavailable(reason: str):
    """Skip on a developer's machine; fail in CI, which must run the browser tests."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} CI is set, so the browser tests must run: install it.", pytrace=False)
    pytest.skip(f"{reason} Install it to run the browser tests (CI installs it and fails without it).")


def chromium_executable() -> str | None:
    candidate = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return candidate if Path(candidate).exists() else None


@pytest.fixture(scope="session")
def chromium() -> str:
    executable = chromium_executable()
    if executable is None:
        unavailable("Debian's chromium is not installed (apt-get install chromium).")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install -e '.[test]').")
    return executable


@pytest.fixture
def browser(chromium):
    """A headless Chromium for one test.

    Playwright's sync API runs an asyncio loop in this thread while it is started. Django then
    treats the thread as async: it keeps a separate set of database connections there and
    refuses ORM calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set. So Playwright runs only for the
    duration of one test, and the connections it made are closed before it stops; the database
    set-up and the flush after the test (and every test after the browser tests) see the
    ordinary connections, with the data the migrations made restored.
    """
    from django.db import connections
    from playwright.sync_api import expect, sync_playwright

    allow_async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    expect.set_options(timeout=ACTION_TIMEOUT_MS)
    try:
        launched = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
    finally:
        connections.close_all()
        playwright.stop()
        if allow_async_unsafe is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = allow_async_unsafe


@pytest.fixture(scope="session")
def _plain_http():
    # The live server builds its middleware once, when it starts, so the per-test setting in
    # tests/conftest.py comes too late for SecurityMiddleware's HTTPS redirect.
    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http, live_server):
    return live_server


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a fresh browser context (no cookies): `new_page(width=390, **options)`."""
    contexts = []

    def open_page(*, width=DESKTOP["width"], height=DESKTOP["height"], **options):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": height}, **options
        )
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.csp_violations = []
        page.on(
            "console",
            lambda message: page.csp_violations.append(message.text)
            if "Content Security Policy" in message.text
            else None,
        )
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def log_in_as(page, user, live_server):
    """Give the page's context a logged-in session for `user` without the login form."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
    )


def log_in_with_form(page, username: str, password: str, *, path="/accounts/login/"):
    page.goto(path)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.locator("form [type=submit]").first.click()
    page.wait_for_load_state()


@pytest.fixture(scope="session")
def axe_source() -> Path:
    """axe-core's axe.min.js from the npm registry, fetched once into .venv/axe-core/."""
    package = AXE_JS.parent / "package.json"
    installed = json.loads(package.read_text())["version"] if package.exists() else None
    if installed != AXE_CORE_VERSION:
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is not installed, so axe-core cannot be fetched (apt-get install npm).")
        subprocess.run(
            [npm, "install", "--prefix", str(AXE_PREFIX), "--no-save", "--no-audit",
             "--no-fund", "--loglevel=error", f"axe-core@{AXE_CORE_VERSION}"],
            check=True, timeout=300,
        )
    return AXE_JS


@pytest.fixture(scope="session")
def vnu() -> list[str]:
    """The command that runs the Nu HTML Checker (vnu.jar fetched once into .venv/vnu/)."""
    java = shutil.which("java")
    if java is None:
        unavailable("Java is not installed, so the HTML validator cannot run (apt-get install default-jre-headless).")
    package = VNU_JAR.parents[2] / "package.json"
    installed = json.loads(package.read_text())["version"] if package.exists() else None
    if installed != VNU_VERSION:
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is not installed, so vnu-jar cannot be fetched (apt-get install npm).")
        subprocess.run(
            # --ignore-scripts: its install script would fetch a Java runtime of its own.
            [npm, "install", "--prefix", str(VNU_PREFIX), "--no-save", "--no-audit", "--no-fund", "--ignore-scripts",
             "--loglevel=error", f"vnu-jar@{VNU_VERSION}"],
            check=True, timeout=300,
        )
    return [java, "-jar", str(VNU_JAR)]


def serious_axe_violations(page, axe_source: Path) -> list[str]:
    """Run axe-core on the page; return its serious and critical violations, readably."""
    page.add_script_tag(path=str(axe_source))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    found = []
    for violation in result["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = [" ".join(node["target"]) for node in violation["nodes"][:5]]
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return found


def screenshot(page, name: str, *, height: int | None = None):
    """Write <name>.png to SCREENSHOTS: the whole page, or its top `height` pixels."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    clip = {"x": 0, "y": 0, "width": width, "height": height} if height else None
    page.screenshot(
        path=str(SCREENSHOTS / f"{name}.png"), full_page=True, clip=clip,
        animations="disabled", caret="hide",
    )


@dataclass
class Demo:
    """What `load_demo` made, for the tests to find their way around it."""

    article: object  # the live Kadcyla vs Herzuma article
    live: object  # its live revision
    lead: object  # its lead section (the first after the key points), with its wordings
    editor: object  # (account, user)
    reviewers: list  # [(account, user), ...]
    admin: object


@pytest.fixture
def demo(db, settings) -> Demo:
    """The demo content, loaded through the workflow as `make run` loads it (and served as
    `make run` serves it: its articles say that the reviewers are fictional)."""
    from django.contrib.auth import get_user_model

    settings.FICTIONAL_REVIEWERS = True

    from articles.models import Article, Section
    from demo import content

    call_command("load_demo", fixed_passwords=True, verbosity=0)
    users = get_user_model().objects.in_bulk(field_name="username")
    article = Article.objects.select_related("live_revision").get(slug=DEMO_SLUG)
    lead = article.live_revision.sections.filter(kind=Section.Kind.SECTION).order_by("position").first()
    return Demo(
        article=article,
        live=article.live_revision,
        lead=lead,
        editor=(content.EDITOR, users[content.EDITOR.username]),
        reviewers=[(r.account, users[r.account.username]) for r in content.REVIEWERS],
        admin=(content.ADMIN, users[content.ADMIN.username]),
    )


# The change the board sees in `demo_submitted`.
REMOVED = "one must never be substituted for the other"
ADDED = "the two are not interchangeable"


@pytest.fixture
def demo_submitted(demo):
    """A new revision of the live demo article, reworded in one place and sent to the board."""
    return submit_reworded(demo)


def submit_reworded(demo):
    from reviews import services

    editor = demo.editor[1]
    draft = services.revision_create(article=demo.article, actor=editor)

    def reword(locked):
        lead = locked.sections.get(position=demo.lead.position).base_wording()
        assert REMOVED in lead.body
        lead.body = lead.body.replace(REMOVED, ADDED)
        lead.save()
        locked.change_summary = "Plainer wording of the substitution warning."

    services.revision_save(revision=draft, actor=editor, expected_version=draft.version, apply=reword)
    return services.revision_submit(revision=draft, actor=editor)
