"""The mutation score of the last `make mutate` run (docs/mutation.md).

Reads mutmut's results under mutants/ for the mutants named by the patterns given (the same
as `mutmut run` was given), takes out the equivalent mutants listed in docs/mutation.md, and
prints the figures. Exits 1 when a mutant survived that is not listed as equivalent, or one
listed is no longer equivalent (it was killed, or no longer exists).

    .venv/bin/python tools/mutation_score.py 'reviews.services.*' ...
"""

import fnmatch
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LISTED = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)
# mutmut's exit codes (mutmut.stats.status_by_exit_code).
STATUS = {0: "survived", 1: "killed", 3: "killed", 5: "no tests", 33: "no tests", 34: "skipped",
          36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", None: "not checked"}


def results(patterns: list[str]) -> dict[str, str]:
    found = {}
    for meta in (ROOT / "mutants").rglob("*.py.meta"):
        for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            if any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
                found[name] = STATUS.get(code, "suspicious")
    return found


def main(patterns: list[str]) -> int:
    found = results(patterns or ["*"])
    if not found:
        print("No mutmut results under mutants/: run `make mutate` first.")
        return 1
    equivalent = set(LISTED.findall((ROOT / "docs" / "mutation.md").read_text()))
    counts = Counter(found.values())
    survived = {name for name, status in found.items() if status == "survived"}
    stale = sorted(name for name in equivalent if found.get(name, "survived") != "survived")
    unexplained = sorted(survived - equivalent)
    others = sorted(name for name, status in found.items() if status not in ("killed", "survived", "timeout"))
    counted = len(found) - len(survived & equivalent)
    detected = counts["killed"] + counts["timeout"]
    print(f"mutants: {len(found)}")
    print(f"killed: {counts['killed']} (and {counts['timeout']} timed out, counted as killed)")
    print(f"survived: {len(survived)}, of which equivalent (docs/mutation.md): {len(survived & equivalent)}")
    for status in sorted(set(counts) - {"killed", "survived", "timeout"}):
        print(f"{status}: {counts[status]}")
    print(f"score: {detected}/{counted} = {100 * detected / counted:.1f}% (equivalent mutants excluded)")
    for name in unexplained:
        print(f"survived, not listed as equivalent: {name}  (mutmut show {name})")
    for name in stale:
        print(f"listed as equivalent but {found.get(name, 'no longer a mutant')}: {name}")
    for name in others:
        print(f"{found[name]}: {name}")
    return 1 if unexplained or stale or others else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
