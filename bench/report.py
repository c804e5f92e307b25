"""bench/RESULTS.md from one `make bench` run."""

TARGETS = (
    ("article, cached", 0.9), ("article, uncached", 0.35), ("article, conditional", 1.0),
    ("home page", 0.3), ("search", 0.15), ("review queue", 0.15),
)
SCALING_TARGET = 0.9


def target_for(name: str):
    return next((value for prefix, value in TARGETS if name.startswith(prefix)), None)


def verdict(value: float, target) -> str:
    if target is None:
        return ""
    return f"{target}: met" if value >= target else f"{target}: **missed** by {target - value:.2f}"


def render_markdown(options, rows, queries, small, full, run, machine) -> str:
    matches = next((r["matches"] for r in queries.values() if "matches" in r), "?")
    lines = [
        "# Benchmark results",
        "",
        f"`make bench` on {machine['date']}, commit `{machine['commit']}`: {machine['cpu']}, "
        f"{machine['cores']} cores, Python {machine['python']}; {run['minutes']:.1f} minutes in all. "
        f"Load average (1 min) {run['load'][0][0]:.1f} at the start and {run['load'][1][0]:.1f} at "
        "the end: other work on the machine shows in the figures.",
        "",
        f"Data: {options.articles:,} articles (and {options.small_articles} for scaling); each live "
        f"revision has {options.sections} sections in 3 wordings and {options.references} "
        f"references; {options.superseded} superseded revisions per article; 1 article in 100 has "
        "a revision in the review queue and 1 in 200 is shown while in review. PostgreSQL; "
        f"gunicorn with {options.workers} sync workers and production settings (DEBUG off, "
        f"local-memory cache); wrk with {options.threads} threads and {options.connections} "
        f"connections. Each page: a {options.warmup} s warm-up, then {options.rounds} runs of "
        f"{options.duration} s, each right after a run of the trivial view; figures are medians, "
        "and each ratio is over the median of all the trivial runs on the same server. "
        f"Uncached article reads cycle through {options.sample} articles, cached ones through "
        f"{options.hot}. The search matches {matches} articles.",
        "",
        "| page | requests/s | p50 ms | p99 ms | trivial view, requests/s | ratio | target "
        "| server CPU ms/request (trivial) | CPU ratio |",
        "|---|---:|---:|---:|---:|---:|---|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['name']} | {row['rps']:,.0f} | {row['p50']:.2f} | {row['p99']:.2f} | "
            f"{row['ceiling']:,.0f} | {row['ratio']:.2f} | "
            f"{verdict(row['ratio'], target_for(row['name']))} | "
            f"{row['cpu_ms']:.2f} ({row['ceiling_cpu_ms']:.2f}) | {row['cpu_ratio']:.2f} |"
        )
    raw = full["rps"] / small["rps"]
    lines += [
        "",
        "*Server CPU* is the CPU time of gunicorn's workers and their PostgreSQL connections per "
        "request (from /proc), and the *CPU ratio* the trivial view's over the page's: what the "
        "throughput ratio would be if the server had the machine to itself. It moves much less "
        "than throughput when other work shares the machine.",
        "",
        f"**Scaling** (uncached article page, professional wording): {full['rps']:,.0f} requests/s "
        f"at {options.articles:,} articles against {small['rps']:,.0f} at {options.small_articles}, "
        f"a ratio of **{raw:.2f}** (target {SCALING_TARGET}: "
        f"{verdict(raw, SCALING_TARGET).split(': ', 1)[1]}).",
        "",
        "## Queries per page",
        "",
        "Counted in process against the same database (`bench/queries.py`).",
        "",
        "| page | queries | bytes |",
        "|---|---:|---:|",
    ]
    for name, result in queries.items():
        lines.append(f"| {name} | {result['queries']} | {result['bytes']:,} |")
    return "\n".join(lines) + "\n"
