#!/usr/bin/env python3
"""Run the scripts users bring (``../shared/user-scripts/``) under isopy and check them.

Those scripts live outside the repository, so ``cargo test`` does not read them;
CI (``.ci/run``) runs this script when the folder is there. Three checks:

* every ``NAME.py`` with a ``NAME.expected`` beside it prints exactly that file
  on stdout, byte for byte, and exits 0 (unless a ``NAME.error`` beside it
  records ``exit: N`` and the last line of stderr, as in ``tests/``); the folder
  must hold at least 3 such scripts;
* ``seed_performance.py`` runs as the folder's README describes it: exit 0; two
  stdout lines, ``Test subinterpreter has total execution time <seconds>`` then
  ``Test no_subinterpreter has total execution time <seconds>``, each figure a
  number above 0; on stderr, ten distinct ``Exception in thread Thread-N
  (thread_function_normal):`` reports, ten lines ``TypeError:
  thread_function_normal() takes 0 positional arguments but 1 was given``, and
  no line that is not part of such a report (none split by another);
* ``isopy --check NAME.py`` exits 0 and prints nothing, for every ``NAME.py``.

Each program runs as the Rust harness (``crates/cli/tests/support/mod.rs``) and
``scripts/regen_expected.py`` run theirs: from the script's own folder, with
stdin from /dev/null, and an environment without ``PYTHON*`` variables except
``PYTHONHASHSEED=0``, ``PYTHONIOENCODING=utf-8`` and
``PYTHONDONTWRITEBYTECODE=1``; a run longer than 120 s counts as hung.

Usage (from anywhere; default paths are resolved from this file's location)::

    cargo build -p isopy
    python3 scripts/check_user_scripts.py                    # ../shared/user-scripts
    python3 scripts/check_user_scripts.py path/to/user-scripts
    python3 scripts/check_user_scripts.py --isopy target/release/isopy

The isopy binary defaults to the debug build, ``target/debug/isopy`` (under
``$CARGO_TARGET_DIR`` instead of ``target/`` when that is set), which is what
``cargo test`` and ``cargo build -p isopy`` leave behind; it is never built
here. The folder defaults to ``user-scripts`` in the ``shared`` folder beside
the repository. The script prints one line per check (``ok`` or ``FAIL`` with
what differed) and a summary, and exits 1 if any check failed (2 if the binary
or the folder is missing). Standard library only.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SCRIPTS = REPO.parent / "shared" / "user-scripts"
TIMEOUT_SECONDS = 120
MIN_EXPECTED = 3
PERFORMANCE = "seed_performance.py"
TYPE_ERROR = "TypeError: thread_function_normal() takes 0 positional arguments but 1 was given"


def default_isopy() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    return (Path(target).resolve() if target else REPO / "target") / "debug" / "isopy"


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


class Run:
    """One finished run: exit status, stdout and stderr bytes."""

    def __init__(self, code, stdout, stderr):
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def error(self):
        """None for exit status 0, else ``exit: N\\n<last stderr line>\\n`` (``.error`` files)."""
        if self.code == 0:
            return None
        lines = lines_of(self.stderr.decode("utf-8", "replace").rstrip("\n"))
        return f"exit: {self.code}\n{lines[-1] if lines else ''}\n"


def run_isopy(isopy: Path, args, program: Path):
    """Runs ``isopy ARGS NAME.py`` from the program's folder; a Run, or a str saying why not."""
    try:
        proc = subprocess.run(
            [str(isopy), *args, program.name],
            cwd=program.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return f"still running after {TIMEOUT_SECONDS}s (killed)"
    except OSError as e:
        return f"cannot start isopy: {e}"
    if proc.returncode < 0:
        stderr = proc.stderr.decode("utf-8", "replace")
        return f"killed by signal {-proc.returncode}; stderr:\n{stderr}"
    return Run(proc.returncode, proc.stdout, proc.stderr)


def split_inclusive(text: str):
    """The lines of ``text``, each with its ``\\n`` (the last may have none)."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def lines_of(text: str):
    """The lines of ``text`` as Rust's ``str::lines`` gives them: split at ``\\n``
    only, no empty last line for a final newline, ``\\r\\n`` taken as ``\\n``."""
    lines = []
    for line in split_inclusive(text):
        if line.endswith("\n"):
            line = line[:-2] if line.endswith("\r\n") else line[:-1]
        lines.append(line)
    return lines


def first_difference(expected: bytes, observed: bytes) -> str:
    """The first line where stdout differs, with its line number."""
    exp = split_inclusive(expected.decode("utf-8", "replace"))
    obs = split_inclusive(observed.decode("utf-8", "replace"))
    for number in range(1, max(len(exp), len(obs)) + 1):
        e = exp[number - 1] if number <= len(exp) else None
        o = obs[number - 1] if number <= len(obs) else None
        if e != o:
            return f"stdout differs at line {number}:\n  expected: {e!r}\n  isopy:    {o!r}"
    return "stdout differs"


def check_expected(isopy: Path, program: Path):
    """Problems with one program against its ``.expected`` (and ``.error``) file."""
    expected = program.with_suffix(".expected").read_bytes()
    error_file = program.with_suffix(".error")
    expected_error = error_file.read_text(encoding="utf-8") if error_file.is_file() else None
    run = run_isopy(isopy, [], program)
    if isinstance(run, str):
        return [run]
    problems = []
    if run.error() != expected_error:
        problems.append(
            "exit status / last stderr line:\n"
            f"  expected: {expected_error or 'exit: 0'!r}\n"
            f"  isopy:    {run.error() or 'exit: 0'!r}\n"
            f"  stderr:\n{run.stderr.decode('utf-8', 'replace')}"
        )
    if run.stdout != expected:
        problems.append(first_difference(expected, run.stdout))
    return problems


def is_rust_f64(text: str) -> bool:
    """Whether Rust's ``str::parse::<f64>`` accepts ``text`` (Python's float() takes more)."""
    return re.fullmatch(r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)",
                        text, re.IGNORECASE) is not None


def is_rust_u32(text: str) -> bool:
    """Whether Rust's ``str::parse::<u32>`` accepts ``text``."""
    return re.fullmatch(r"\+?[0-9]+", text) is not None and int(text) < 2**32


def check_performance(isopy: Path, program: Path):
    """Problems with ``seed_performance.py`` against what its README describes."""
    run = run_isopy(isopy, [], program)
    if isinstance(run, str):
        return [run]
    problems = []
    stderr = run.stderr.decode("utf-8", "replace")
    stdout = run.stdout.decode("utf-8", "replace")
    if run.code != 0:
        problems.append(f"exit status {run.code}, not 0; stderr:\n{stderr}")
    lines = lines_of(stdout)
    if len(lines) != 2:
        problems.append(f"{len(lines)} stdout lines, not 2; stdout:\n{stdout}")
    for line, label in zip(lines, ["subinterpreter", "no_subinterpreter"]):
        prefix = f"Test {label} has total execution time "
        if not line.startswith(prefix):
            problems.append(f"unexpected line {line!r}")
            continue
        seconds = line[len(prefix):]
        if not is_rust_f64(seconds):
            problems.append(f"not a number of seconds: {line!r}")
        elif not float(seconds) > 0.0:
            problems.append(f"not above 0 seconds: {line!r}")
    stderr_lines = lines_of(stderr)
    headers = sorted(set(line for line in stderr_lines if line.startswith("Exception in thread")))
    if len(headers) != 10:
        problems.append(f"{len(headers)} distinct thread reports, not ten; stderr:\n{stderr}")
    for header in headers:
        name = header[len("Exception in thread Thread-"):] if header.startswith("Exception in thread Thread-") else None
        suffix = " (thread_function_normal):"
        number = name[:-len(suffix)] if name is not None and name.endswith(suffix) else None
        if number is None or not is_rust_u32(number):
            problems.append(f"unexpected thread report header {header!r}")
    type_errors = sum(1 for line in stderr_lines if line == TYPE_ERROR)
    if type_errors != 10:
        problems.append(f"{type_errors} lines {TYPE_ERROR!r}, not ten; stderr:\n{stderr}")
    # Every line is one of the report's lines: none was split by another.
    for line in stderr_lines:
        known = (line.startswith("Exception in thread Thread-")
                 or line == "Traceback (most recent call last):"
                 or line.startswith("  File ")
                 or line.startswith("    ")
                 or line.startswith("TypeError: thread_function_normal()"))
        if not known:
            problems.append(f"unexpected stderr line {line!r}")
    return problems


def check_compiles(isopy: Path, program: Path):
    """Problems with ``isopy --check`` on one program: it must exit 0 silently."""
    run = run_isopy(isopy, ["--check"], program)
    if isinstance(run, str):
        return [run]
    problems = []
    if run.code != 0:
        problems.append(f"exit status {run.code}, not 0")
    if run.stdout or run.stderr:
        problems.append("output where none was expected:\n"
                        f"  stdout: {run.stdout.decode('utf-8', 'replace')!r}\n"
                        f"  stderr: {run.stderr.decode('utf-8', 'replace')!r}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scripts", nargs="?", default=str(DEFAULT_SCRIPTS),
                        help=f"the user-scripts folder (default: {DEFAULT_SCRIPTS})")
    parser.add_argument("--isopy", default=None,
                        help=f"the isopy binary (default: {default_isopy()})")
    args = parser.parse_args()

    isopy = Path(args.isopy).resolve() if args.isopy else default_isopy()
    folder = Path(args.scripts).resolve()
    if not isopy.is_file():
        print(f"check_user_scripts: no isopy binary at {isopy} (cargo build -p isopy, or pass --isopy)",
              file=sys.stderr)
        return 2
    if not folder.is_dir():
        print(f"check_user_scripts: no such folder: {folder}", file=sys.stderr)
        return 2

    scripts = sorted(p for p in folder.iterdir() if p.suffix == ".py" and p.is_file())
    with_expected = [p for p in scripts if p.with_suffix(".expected").is_file()]
    print(f"isopy:        {isopy}")
    print(f"user scripts: {folder} ({len(scripts)} scripts, {len(with_expected)} with .expected)")

    checks = []  # (label, problems)
    if len(with_expected) < MIN_EXPECTED:
        checks.append(("scripts with .expected", [f"expected {MIN_EXPECTED}+, found {len(with_expected)}"]))
    for program in with_expected:
        checks.append((f"{program.name} prints its .expected", check_expected(isopy, program)))
    performance = folder / PERFORMANCE
    if performance.is_file():
        checks.append((f"{PERFORMANCE} runs as described", check_performance(isopy, performance)))
    else:
        checks.append((f"{PERFORMANCE} runs as described", [f"no {PERFORMANCE} in {folder}"]))
    for program in scripts:
        checks.append((f"isopy --check {program.name}", check_compiles(isopy, program)))

    failed = 0
    for label, problems in checks:
        if problems:
            failed += 1
            print(f"FAIL {label}")
            for problem in problems:
                print("  " + problem.replace("\n", "\n  "))
        else:
            print(f"ok   {label}")
    print(f"{len(checks) - failed}/{len(checks)} checks passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
