#!/usr/bin/env python3
"""Record (or check) the expected output of the test programs from real CPython.

For every ``tests/programs/**/*.py`` that is not a helper (its file name does not
start with ``helper_`` and no folder between ``tests/programs`` and it starts with
``helper_``), run the CPython binary that runs this script (``sys.executable``; the
``python3`` on PATH may be a slow shim) as ``[exe, NAME.py]`` with:

* the program's own folder as the working directory,
* stdin from /dev/null,
* ``PYTHONHASHSEED=0``, ``PYTHONIOENCODING=utf-8`` and ``PYTHONDONTWRITEBYTECODE=1``
  (so importing helper modules leaves no ``__pycache__`` behind); every other
  ``PYTHON*`` variable is removed from the environment.

Then write stdout, byte for byte, to ``NAME.expected`` next to the program. If the
exit status is not 0, also write ``NAME.error`` with two lines::

    exit: N
    <last line of stderr>

and if the exit status is 0, delete any stale ``NAME.error``.

Usage (from anywhere; paths are resolved from this file's location)::

    python3 scripts/regen_expected.py            # rewrite all .expected/.error files
    python3 scripts/regen_expected.py --check    # compare only; exit 1 on any difference
    python3 scripts/regen_expected.py tests/programs/lexical   # limit to files/folders
    python3 scripts/regen_expected.py -j 8       # parallel runs (default: CPU count)

``--check`` also reports ``.expected``/``.error`` files that no longer have a
program. The script uses only the standard library and must be run with CPython 3.11,
the oracle LANGUAGE.md names.
"""

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = REPO / "tests" / "programs"
TIMEOUT_SECONDS = 120


def is_helper(path: Path) -> bool:
    rel = path.relative_to(PROGRAMS)
    return any(part.startswith("helper_") for part in rel.parts)


def find_programs(selectors):
    roots = [Path(s).resolve() for s in selectors] or [PROGRAMS]
    found = set()
    for root in roots:
        if root.is_file():
            candidates = [root]
        elif root.is_dir():
            candidates = root.rglob("*.py")
        else:
            sys.exit(f"regen_expected: no such file or folder: {root}")
        for p in candidates:
            if p.suffix != ".py" or "__pycache__" in p.parts:
                continue
            try:
                p.relative_to(PROGRAMS)
            except ValueError:
                sys.exit(f"regen_expected: not under {PROGRAMS}: {p}")
            if not is_helper(p):
                found.add(p)
    return sorted(found)


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_program(path: Path, env):
    """Return (stdout bytes, error-file text or None) for one program."""
    try:
        proc = subprocess.run(
            [sys.executable, path.name],
            cwd=path.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        sys.exit(f"regen_expected: {path} took more than {TIMEOUT_SECONDS}s")
    if proc.returncode == 0:
        return proc.stdout, None
    stderr_lines = proc.stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
    last = stderr_lines[-1] if stderr_lines else ""
    return proc.stdout, f"exit: {proc.returncode}\n{last}\n"


def read_bytes(path: Path):
    return path.read_bytes() if path.exists() else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="program files or folders (default: all)")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on a difference")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    if sys.version_info[:2] != (3, 11):
        print(f"regen_expected: warning: running under Python {sys.version.split()[0]}, "
              "the oracle is CPython 3.11", file=sys.stderr)

    programs = find_programs(args.paths)
    env = child_env()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda p: run_program(p, env), programs))

    problems = []
    written = 0
    failing = []
    for path, (stdout, error) in zip(programs, results):
        rel = path.relative_to(REPO)
        expected_path = path.with_suffix(".expected")
        error_path = path.with_suffix(".error")
        if error is not None:
            failing.append((rel, error.splitlines()))
        if args.check:
            if read_bytes(expected_path) != stdout:
                problems.append(f"{rel}: stdout differs from {expected_path.name}")
            old_error = read_bytes(error_path)
            new_error = error.encode("utf-8") if error is not None else None
            if old_error != new_error:
                problems.append(f"{rel}: exit status/stderr differs from {error_path.name}")
        else:
            if read_bytes(expected_path) != stdout:
                expected_path.write_bytes(stdout)
                written += 1
            if error is not None:
                if read_bytes(error_path) != error.encode("utf-8"):
                    error_path.write_bytes(error.encode("utf-8"))
                    written += 1
            elif error_path.exists():
                error_path.unlink()
                written += 1

    if args.check and not args.paths:
        for suffix in (".expected", ".error"):
            for orphan in sorted(PROGRAMS.rglob("*" + suffix)):
                if not orphan.with_suffix(".py").exists():
                    problems.append(f"{orphan.relative_to(REPO)}: no matching program")

    for rel, (status, last) in failing:
        print(f"nonzero exit: {rel}: {status}; {last}")
    if args.check:
        for p in problems:
            print("DIFF", p)
        print(f"checked {len(programs)} programs, {len(problems)} difference(s)")
        return 1 if problems else 0
    print(f"ran {len(programs)} programs, updated {written} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
