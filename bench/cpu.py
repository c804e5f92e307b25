"""CPU time the server spends per request: gunicorn's workers plus their PostgreSQL backends.

Throughput on a shared machine moves with whatever else runs on it; the CPU a request costs
the server moves far less, so the report gives both.
"""

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def children(parent: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(stat.parent.name))
    return found


def backends(dsn: str, database: str) -> list[int]:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        ).fetchall()
    return [pid for (pid,) in rows]


def cpu_seconds(pids) -> dict[int, float]:
    """utime + stime of each process still running."""
    times = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / TICKS
    return times


def spent(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())
