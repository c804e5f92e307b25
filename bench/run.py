"""`make bench`: load a scaled data set into PostgreSQL, serve it with gunicorn under production
settings on 127.0.0.1, drive it with wrk, and write bench/RESULTS.md.

Gunicorns with production settings:
  1. the small (--small-articles) and the full data set side by side, page cache off: the
     uncached article page on each in turn (the scaling ratio), then per reader type;
  2. the full data set, page cache on: the cached article pages, home, search, review queue.
Each page is measured in --rounds runs, each just after a run of the trivial view (the
ceiling); a page's ratio is its median throughput over the median of all the trivial runs on
the same gunicorn. The scaling ratio is the uncached article page's throughput on the full data
set over its throughput on the small one.
"""

import argparse
import email.utils
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import cpu  # noqa: E402
BENCH = ROOT / "bench"
PYTHON = sys.executable
READER_TYPES = ("professional", "patient", "caregiver")


def main():
    options = parse_args()
    ensure_wrk()
    started, load_before = time.monotonic(), os.getloadavg()
    small_db, full_db = (f"{options.database}_small", options.database)
    # Before the pages are stored: production pages link the hashed names from the manifest.
    collectstatic(full_db, options)
    prepare(small_db, options, options.small_articles)
    session = prepare(full_db, options, options.articles)
    rows = []

    # The scaling pair: the same page on both data sets, their runs taking turns, so that
    # whatever else the machine is doing weighs on both alike.
    small_paths = write_paths("small", article_paths(options.small_articles, options.small_articles))
    full_paths = write_paths("full", article_paths(options.articles, options.sample))
    with Gunicorn(small_db, options, cache=False) as small_server, \
            Gunicorn(full_db, options, cache=False) as server:
        small, full = measure_in_turns(
            (small_server, f"article, uncached, {options.small_articles} articles", small_paths),
            (server, "article, uncached, professional", full_paths, "professional"),
        )
        rows += [small, full]
        for reader in READER_TYPES[1:]:
            rows.append(server.measure(f"article, uncached, {reader}", full_paths, reader=reader))
        # Search itself, no page cache: a different query each time (two drug names).
        rows.append(server.measure("search over all wordings, uncached, varied queries", search_paths()))

    hot_paths = write_paths("hot", article_paths(options.articles, options.hot))
    search_path = "/?" + urllib.parse.urlencode({"q": options.search})
    with Gunicorn(full_db, options, cache=True) as server:
        for reader in READER_TYPES:
            rows.append(server.measure(f"article, cached, {reader}", hot_paths, reader=reader))
        rows.append(server.measure("home page", "/"))
        # A reader (or a shared cache) asking again for pages it has: every stored page was
        # built before now, so each request is answered 304 from the page cache.
        asked_since = f"If-Modified-Since: {email.utils.formatdate(usegmt=True)}"
        rows.append(server.measure("article, conditional GET (304)", hot_paths, header=asked_since))
        # The same query again and again: after the first, answered from the page cache.
        rows.append(server.measure(f"search over all wordings, repeated “{options.search}”", search_path))
        rows.append(server.measure("review queue (reviewer)", "/review/", session=session))
    # As deployed (README, "Deploy"): 4 workers sharing the page cache in Redis. Then the soak:
    # mixed reads while approvals publish new revisions (bench/soak.py).
    flush_redis(options.redis)
    with Gunicorn(full_db, options, cache=True, redis=options.redis, workers=4) as server:
        for reader in READER_TYPES:
            rows.append(server.measure(f"article, cached, {reader}, Redis, 4 workers", hot_paths, reader=reader))
        # The review queue as deployed, on 4 workers with Redis as the shared cache.
        rows.append(server.measure("review queue (reviewer), Redis, 4 workers", "/review/", session=session))
        soak = run_soak(server, options)
    queries = count_queries(full_db, options, session, search_path)

    run = {
        "minutes": (time.monotonic() - started) / 60,
        "load": (load_before, os.getloadavg()),
    }
    report = render(options, rows, queries, small, full, run) + soak_markdown(soak, options)
    (BENCH / "RESULTS.md").write_text(report)
    print(report)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add = parser.add_argument
    add("--articles", type=int, default=10_000, help="articles in the full data set")
    add("--small-articles", type=int, default=100, help="articles in the small data set (scaling)")
    add("--sections", type=int, default=20, help="sections per live revision (3 wordings each)")
    add("--references", type=int, default=15, help="references per live revision")
    add("--superseded", type=int, default=20, help="superseded revisions per article")
    add("--duration", type=int, default=3, help="seconds per wrk run")
    add("--rounds", type=int, default=4, help="runs per page, each after a run of the trivial view")
    add("--warmup", type=int, default=2, help="seconds of wrk on a page before measuring it")
    add("--connections", type=int, default=8)
    add("--threads", type=int, default=2)
    add("--workers", type=int, default=2, help="gunicorn sync workers")
    add("--sample", type=int, default=1000, help="distinct articles read uncached")
    add("--hot", type=int, default=100, help="distinct articles read cached")
    add("--search", default="kadcyla herzuma", help="the search query measured")
    add("--port", type=int, default=0, help="gunicorn's port (default: a free one)")
    add("--database", default="her2site_bench", help="database name (and NAME_small)")
    add("--database-server", default=os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432"))
    add("--reload", action="store_true", help="reload the data even if the same set is loaded")
    add("--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
        help="the Redis database for the shared-cache rows (flushed first)")
    add("--soak-seconds", type=int, default=60)
    return parser.parse_args()


def ensure_wrk():
    if shutil.which("wrk"):
        return
    apt = ["apt-get"] if os.geteuid() == 0 else ["sudo", "apt-get"]
    print("Installing wrk (Debian package)...", flush=True)
    subprocess.run([*apt, "update", "-qq"], check=True)
    subprocess.run([*apt, "install", "-y", "-qq", "wrk"], check=True)


def env_for(database: str, options, cache: bool = True, redis: str = "") -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "REDIS_URL")}
    if redis:
        env["REDIS_URL"] = redis
    env.update({
        "DATABASE_URL": f"{options.database_server}/{database}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # wrk speaks plain HTTP
        # Production settings with the ceiling view (/bench/ping/) in a URLconf of its own.
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "PAGE_CACHE_SECONDS": "600" if cache else "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        # Not the project's staticfiles/: whitenoise would serve that stale copy to the tests.
        "DJANGO_STATIC_ROOT": str(Path(tempfile.gettempdir()) / "her2site-bench-static"),
    })
    return env


def prepare(database: str, options, articles: int) -> str:
    create_database(database, options)
    env = env_for(database, options)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    print(f"Loading {articles} articles into {database} (kept if already loaded)...", flush=True)
    started = time.monotonic()
    args = [
        "--articles", str(articles), "--sections", str(options.sections),
        "--references", str(options.references), "--superseded", str(options.superseded),
    ] + (["--reload"] if options.reload else [])
    out = subprocess.run(
        [PYTHON, "bench/load.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    # Pages are built on their first read; build them all now, so that the measurements read
    # stored pages (as a site that has been up for a while does).
    subprocess.run(
        [PYTHON, "manage.py", "build_pages", "--workers", str(os.cpu_count() or 1)],
        cwd=ROOT, env=env, check=True,
    )
    vacuum(database, options)  # now, not by autovacuum in the middle of a measurement
    print(f"  ready in {time.monotonic() - started:.0f} s", flush=True)
    return json.loads(out.strip().splitlines()[-1])["session"]


def vacuum(database: str, options):
    import psycopg

    with psycopg.connect(f"{options.database_server}/{database}", autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) articles_storedpage")


def create_database(database: str, options):
    import psycopg

    with psycopg.connect(f"{options.database_server}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone():
            conn.execute(f'CREATE DATABASE "{database}"')


def collectstatic(database: str, options):
    env = env_for(database, options)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def article_paths(articles: int, count: int) -> list[str]:
    numbers = [n for n in range(1, articles + 1) if n % 200]  # every 200th is pending review
    sample = random.Random(1).sample(numbers, min(count, len(numbers)))
    return [f"/articles/bench-{n:05d}/" for n in sample]


def search_paths() -> Path:
    """Searches for two drug names, each pair once: the benchmark's articles compare two of
    bench/textgen.py's DRUGS (which this process cannot import: it loads Django's models)."""
    drugs = ("kadcyla herzuma herceptin perjeta enhertu tukysa nerlynx tykerb phesgo kanjinti "
             "ogivri trazimera ontruzant margenza zercepac hercessi xeloda taxotere abraxane").split()
    pairs = [f"{first} {second}" for n, first in enumerate(drugs) for second in drugs[n + 1 :]]
    random.Random(2).shuffle(pairs)
    return write_paths("search", ["/?" + urllib.parse.urlencode({"q": pair}) for pair in pairs])


def write_paths(name: str, paths: list[str]) -> Path:
    target = Path(tempfile.gettempdir()) / f"her2site-bench-paths-{name}.txt"
    target.write_text("\n".join(paths) + "\n")
    return target


def flush_redis(url: str):
    import redis

    redis.Redis.from_url(url).flushdb()


def run_soak(server, options) -> dict:
    done = subprocess.run(
        [PYTHON, "bench/soak.py", server.base, "--seconds", str(options.soak_seconds)],
        cwd=ROOT, env=server.env, capture_output=True, text=True,
    )
    if done.returncode:
        sys.exit(f"bench/soak.py failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def soak_markdown(soak: dict, options) -> str:
    ok = soak["errors"] == 0 and soak["stale"] == 0
    return "\n".join([
        "",
        "## Soak",
        "",
        f"{soak['seconds']:.0f} s of mixed reads (4 articles, the home page, a search; 6 readers with "
        f"kept-alive connections) against the 4-worker gunicorn with the page cache in Redis, while "
        f"an approval published a new revision of one of the articles every 3 s through the "
        f"workflow services (`bench/soak.py`).",
        "",
        "| requests | errors | article reads | approvals | stale reads (> 1 s after the approval committed) | slowest publication | target |",
        "|---:|---:|---:|---:|---:|---:|---|",
        f"| {soak['requests']:,} | {soak['errors']} | {soak['article_reads']:,} | {soak['approvals']} | "
        f"{soak['stale']} | {soak['slowest_publication_s']} s | 0 errors, 0 stale: "
        f"{'met' if ok else '**missed**'} |",
        "",
    ] + ([f"First errors: {soak['first_errors']}", ""] if soak["first_errors"] else []))


class Gunicorn:
    def __init__(self, database: str, options, cache: bool, redis: str = "", workers: int = 0):
        self.options, self.database = options, database
        self.workers = workers or options.workers
        self.env = env_for(database, options, cache=cache, redis=redis)
        self.port = options.port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.results, self.ceilings = [], []

    def __enter__(self):
        log = open(BENCH / "gunicorn.log", "a")
        self.process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "her2site.wsgi:application",
             "--workers", str(self.workers), "--bind", f"127.0.0.1:{self.port}"],
            cwd=ROOT, env=self.env, stdout=log, stderr=log,
        )
        for _ in range(150):
            if self.process.poll() is not None:
                break
            try:
                urllib.request.urlopen(self.base + "/bench/ping/", timeout=1)
                return self
            except OSError:
                time.sleep(0.1)
        self.process.kill()
        raise RuntimeError("gunicorn did not start; see bench/gunicorn.log")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        if exc[0] is None:
            self.ratios()

    def measure(self, name, target, reader="", session="", header=""):
        """Median of `rounds` runs of the page, each just after a run of the trivial view, so
        that whatever else the machine is doing weighs on both alike. The ratios come from
        `ratios()`, once every page on this server has been measured."""
        self.warm_up(target, reader, session, header)
        pages = [self.one_round(target, reader, session, header) for _ in range(self.options.rounds)]
        return self.summary(name, pages)

    def warm_up(self, target, reader="", session="", header=""):
        self.run_wrk(target, self.options.warmup, reader, session, header)

    def one_round(self, target, reader="", session="", header=""):
        self.ceilings.append(self.run_wrk("/bench/ping/", self.options.duration, "", ""))
        return self.run_wrk(target, self.options.duration, reader, session, header)

    def summary(self, name, pages):
        result = {
            "name": name,
            "rps": median(run["rps"] for run in pages),
            "p50": median(run["p50"] for run in pages),
            "p99": median(run["p99"] for run in pages),
            "cpu_ms": median(run["cpu_ms"] for run in pages),
        }
        self.results.append(result)
        return result

    def ratios(self):
        """Each page's throughput over the trivial view's: the median of all the trivial runs on
        this server, which moves less from one page to the next than the runs beside it do."""
        ceiling = median(run["rps"] for run in self.ceilings)
        ceiling_cpu_ms = median(run["cpu_ms"] for run in self.ceilings)
        for result in self.results:
            result.update(
                ceiling=ceiling, ceiling_cpu_ms=ceiling_cpu_ms, ratio=result["rps"] / ceiling,
                cpu_ratio=ceiling_cpu_ms / result["cpu_ms"],
            )
            print(f"{result['name']:40} {result['rps']:7.0f} req/s  p50 {result['p50']:6.2f} ms  "
                  f"p99 {result['p99']:6.2f} ms  trivial {ceiling:6.0f}  ratio {result['ratio']:.2f}  "
                  f"cpu {result['cpu_ms']:.2f} ms (ratio {result['cpu_ratio']:.2f})", flush=True)

    def server_cpu(self) -> dict[int, float]:
        pids = cpu.children(self.process.pid)
        pids += cpu.backends(f"{self.options.database_server}/postgres", self.database)
        return cpu.cpu_seconds(pids)

    def run_wrk(self, target, seconds, reader, session, header=""):
        cookies = "; ".join(
            part for part in (reader and f"reader_type={reader}", session and f"sessionid={session}") if part
        )
        command = ["wrk", f"-t{self.options.threads}", f"-c{self.options.connections}",
                   f"-d{seconds}s", "--latency"]
        if cookies:
            command += ["-H", f"Cookie: {cookies}"]
        if header:
            command += ["-H", header]
        if isinstance(target, Path):
            command += ["-s", str(BENCH / "paths.lua"), self.base, "--", str(target)]
        else:
            command.append(self.base + target)
        before = self.server_cpu()
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = parse_wrk(output)
        result["cpu_ms"] = cpu.spent(before, self.server_cpu()) * 1000 / max(result["requests"], 1)
        if result["errors"]:
            raise RuntimeError(f"{target}: {result['errors']}\n{output}")
        return result


def measure_in_turns(*pages):
    """Like Gunicorn.measure for each (server, name, target, reader), one round of each in turn."""
    for server, _, target, *reader in pages:
        server.warm_up(target, *reader)
    runs = [[] for _ in pages]
    for _ in range(pages[0][0].options.rounds):
        for (server, _, target, *reader), page_runs in zip(pages, runs):
            page_runs.append(server.one_round(target, *reader))
    return [server.summary(name, page_runs) for (server, name, *_), page_runs in zip(pages, runs)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def parse_wrk(output: str) -> dict:
    result = {"errors": ""}
    for line in output.splitlines():
        parts = line.split()
        if line.startswith("Requests/sec:"):
            result["rps"] = float(parts[1])
        elif "requests in" in line:
            result["requests"] = int(parts[0])
        elif len(parts) == 2 and parts[0] in ("50%", "99%"):
            result["p" + parts[0][:-1]] = to_ms(parts[1])
        elif line.strip().startswith(("Non-2xx", "Socket errors")):
            result["errors"] += line.strip() + " "
    return result


def to_ms(value: str) -> float:
    for suffix, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60_000.0)):
        if value.endswith(suffix):
            return float(value[: -len(suffix)]) * factor
    return float(value)


def count_queries(database: str, options, session: str, search_path: str) -> dict:
    path = article_paths(100, 1)[0]
    pages = [
        ["article, uncached (first read)", path, "", ""],
        ["article, cached (repeat read)", path, "", ""],
        ["article, uncached, patient", path, "patient", ""],
        ["home page", "/", "", ""],
        ["search", search_path, "", ""],
        ["review queue (reviewer)", "/review/", "", session],
    ]
    out = subprocess.run(
        [PYTHON, "bench/queries.py"], cwd=ROOT, env=env_for(database, options), check=True,
        input=json.dumps(pages), capture_output=True, text=True,
    ).stdout
    return json.loads(out)


def render(options, rows, queries, small, full, run) -> str:
    from bench.report import render_markdown

    return render_markdown(options, rows, queries, small, full, run, machine())


def machine() -> dict:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor(),
    )
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit}


if __name__ == "__main__":
    main()
