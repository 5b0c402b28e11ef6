"""Regenerate the expected CPython output for the syntax-error corpus.

For every ``tests/syntax_errors/NAME.py`` this script runs the real CPython
interpreter (``sys.executable`` of the interpreter running this script, so a
slow ``python3`` shim on PATH is bypassed) as ``[exe, "NAME.py"]`` with the
working directory set to ``tests/syntax_errors``.

CPython 3.9+ turns the script path into an absolute path before reporting it
(``File "/abs/path/tests/syntax_errors/NAME.py", line N`` and, for undecodable
source, ``... in file /abs/path/tests/syntax_errors/NAME.py on line N ...``).
So that the expected files do not depend on where the repository is checked
out, the one and only rewrite applied to stderr is removing that absolute
directory prefix (``<abs dir>/``), leaving ``NAME.py`` exactly where CPython
printed the path.  Everything else is kept byte for byte.

Each program must fail at compile time: exit status 1 and a last stderr line
starting with ``SyntaxError:``, ``IndentationError:`` or ``TabError:``.  If a
program does not, the script stops with an error naming the file (the case is
wrong and must be fixed or removed).

The resulting stderr bytes are written to
``tests/syntax_errors/NAME.expected``.  Regenerating is idempotent.

Usage (from the repository root or anywhere):

    python3 scripts/regen_syntax_errors.py           # (re)write NAME.expected files
    python3 scripts/regen_syntax_errors.py --check   # compare only; exit 1 on any difference

Stale ``.expected`` files without a matching ``.py`` are reported (and removed
when not in ``--check`` mode).  Stdlib only.
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASE_DIR = os.path.join(ROOT, "tests", "syntax_errors")
ERROR_PREFIXES = (b"SyntaxError:", b"IndentationError:", b"TabError:")


class CaseError(Exception):
    pass


def run_case(exe, name):
    """Run one case and return CPython's stderr bytes; raise on a non-compile-error."""
    env = dict(os.environ)
    # Keep CPython's output independent of the caller's environment.
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONPATH", "PYTHONDEVMODE"):
        env.pop(var, None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [exe, name],
        cwd=CASE_DIR,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
    )
    stderr = proc.stderr
    for d in {os.path.realpath(CASE_DIR), os.path.abspath(CASE_DIR)}:
        stderr = stderr.replace(os.fsencode(d + os.sep), b"")
    lines = stderr.rstrip(b"\n").split(b"\n")
    last = lines[-1] if lines else b""
    if proc.returncode != 1 or not last.startswith(ERROR_PREFIXES) or proc.stdout:
        raise CaseError(
            "error: %s did not fail at compile time (exit status %d, stdout %r, "
            "last stderr line %r); fix or remove this case"
            % (name, proc.returncode, proc.stdout[:200], last)
        )
    return stderr


def main(argv):
    check = False
    for arg in argv:
        if arg == "--check":
            check = True
        else:
            print("usage: %s [--check]" % sys.argv[0], file=sys.stderr)
            return 2
    exe = sys.executable
    if not exe or not os.path.exists(exe):
        print("error: cannot resolve sys.executable", file=sys.stderr)
        return 2
    cases = sorted(f for f in os.listdir(CASE_DIR) if f.endswith(".py"))
    if not cases:
        print("error: no cases in %s" % CASE_DIR, file=sys.stderr)
        return 1
    results = {}
    bad = []
    for name in cases:
        try:
            results[name] = run_case(exe, name)
        except CaseError as e:
            bad.append(str(e))
    if bad:
        for msg in bad:
            print(msg, file=sys.stderr)
        print("%d bad case(s); nothing written" % len(bad), file=sys.stderr)
        return 1
    problems = []
    written = 0
    for name in cases:
        stderr = results[name]
        path = os.path.join(CASE_DIR, name[:-3] + ".expected")
        try:
            with open(path, "rb") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old == stderr:
            continue
        if check:
            problems.append("%s: %s" % (name[:-3] + ".expected",
                                        "missing" if old is None else "differs"))
        else:
            with open(path, "wb") as f:
                f.write(stderr)
            written += 1
    case_stems = {c[:-3] for c in cases}
    for f in sorted(os.listdir(CASE_DIR)):
        if f.endswith(".expected") and f[: -len(".expected")] not in case_stems:
            if check:
                problems.append("%s: stale (no matching .py)" % f)
            else:
                os.remove(os.path.join(CASE_DIR, f))
                print("removed stale %s" % f)
    if check:
        if problems:
            for p in problems:
                print(p, file=sys.stderr)
            print("%d of %d cases out of date; run python3 scripts/regen_syntax_errors.py"
                  % (len(problems), len(cases)), file=sys.stderr)
            return 1
        print("%d cases up to date (%s)" % (len(cases), exe))
        return 0
    print("%d cases, %d .expected files written (%s)" % (len(cases), written, exe))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
