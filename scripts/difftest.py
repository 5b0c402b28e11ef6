#!/usr/bin/env python3
"""Run test programs under both CPython and isopy and show where they differ.

Adding a test costs one file: drop a ``.py`` under ``tests/programs/`` and
run this script; it needs no expected files (``regen_expected.py`` records
those for the Rust harness). For each program, both interpreters run it from
its own folder with stdin from /dev/null; stdout, the exit status and the
last line of stderr must agree.

Usage::

    python3 scripts/difftest.py                 # every program
    python3 scripts/difftest.py tests/programs/classes   # a folder or files
    python3 scripts/difftest.py -v              # show each difference in full
    python3 scripts/difftest.py --isopy target/debug/isopy

The isopy binary defaults to ``target/release/isopy`` (build it first with
``cargo build --release -p isopy``).
"""

import argparse
import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = REPO / "tests" / "programs"
TIMEOUT = 120


def is_helper(path: Path) -> bool:
    return any(part.startswith("helper_") for part in path.relative_to(PROGRAMS).parts)


def find(selectors):
    roots = [Path(s).resolve() for s in selectors] or [PROGRAMS]
    out = set()
    for root in roots:
        files = [root] if root.is_file() else root.rglob("*.py")
        for p in files:
            if "__pycache__" not in p.parts and not is_helper(p):
                out.add(p)
    return sorted(out)


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    return e


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path.name], cwd=path.parent, stdin=subprocess.DEVNULL,
                           capture_output=True, env=env(), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return b"", 124, "<timeout>"
    lines = p.stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
    return p.stdout, p.returncode, (lines[-1] if lines and p.returncode else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--isopy", default=str(REPO / "target" / "release" / "isopy"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    programs = find(args.paths)

    def both(p):
        return run([sys.executable], p), run([args.isopy], p)

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(both, programs))
    failed = 0
    for p, ((out_a, st_a, err_a), (out_b, st_b, err_b)) in zip(programs, results):
        if (out_a, st_a, err_a) == (out_b, st_b, err_b):
            continue
        failed += 1
        rel = p.relative_to(REPO)
        print(f"FAIL {rel}")
        if st_a != st_b or err_a != err_b:
            print(f"  python3: exit {st_a} {err_a}")
            print(f"  isopy:   exit {st_b} {err_b}")
        if out_a != out_b and args.verbose:
            diff = difflib.unified_diff(out_a.decode("utf-8", "replace").splitlines(),
                                        out_b.decode("utf-8", "replace").splitlines(),
                                        "python3", "isopy", lineterm="", n=1)
            for line in list(diff)[:40]:
                print("  " + line)
        elif out_a != out_b:
            print("  stdout differs (-v shows how)")
    print(f"{len(programs) - failed}/{len(programs)} programs agree")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
