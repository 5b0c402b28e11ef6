#!/usr/bin/env python3
"""Time the ``benches/py/*.py`` programs under isopy and CPython, side by side.

For each benchmark the script runs CPython and isopy alternately, ``-n`` times
each (the order flips every repetition so neither always runs on a "warm" or
"cold" machine), takes the minimum wall-clock time of each, and checks that both
printed the same stdout. It then prints a table::

    benchmark       CPython s   isopy s   ratio  status
    fib                 1.502     0.612   2.45x  ok
    ...
    geometric mean (17 of 19 benchmarks)   2.10x

``ratio`` is CPython time / isopy time, so above 1 means isopy is faster and
below 1 means it is slower (DESIGN.md asks for a geometric mean of at least 2x
and no benchmark below 1x). A benchmark whose output differs is reported as
MISMATCH, one that exits with an error as FAIL (with the last line of its
stderr), one that runs past ``--timeout`` as TIMEOUT; all three are left out of
the geometric mean, and the script goes on with the next benchmark.

Which CPython: the interpreter running this script, ``sys.executable``, not the
``python3`` found on PATH. On these machines that ``python3`` is a pyenv shim, a
shell script that adds over 100 ms of start-up to every process it launches,
which would inflate every CPython time and flatter isopy. ``sys.executable`` is
the real binary the shim ends up running, so ``python3 scripts/bench.py`` goes
through the shim once, to start this script, and then times the real CPython
3.11 directly. ``--python PATH`` compares against another binary.

Each program runs from its own folder with stdin from /dev/null and an
environment without ``PYTHON*`` variables except ``PYTHONHASHSEED=0``,
``PYTHONIOENCODING=utf-8`` and ``PYTHONDONTWRITEBYTECODE=1`` (as the test
scripts do), for both interpreters alike.

Usage (paths are resolved from this file's location, so any working folder
works)::

    cargo build --release -p isopy
    python3 scripts/bench.py                    # every benches/py/*.py, 3 runs each
    python3 scripts/bench.py fib nbody          # by name, or give paths
    python3 scripts/bench.py -n 5 --timeout 60
    python3 scripts/bench.py --isopy /work/target-bench/release/isopy --json out.json

Exit status: 0 if every benchmark ran and matched, 1 if any failed, timed out
or mismatched (the table is printed either way), 2 for bad arguments or a
missing binary. Standard library only; runs on CPython 3.8+.
"""

import argparse
import datetime
import json
import math
import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO / "benches" / "py"
DEFAULT_ISOPY = REPO / "target" / "release" / "isopy"


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def find_benchmarks(selectors):
    if not selectors:
        return sorted(BENCH_DIR.glob("*.py"))
    out = []
    for sel in selectors:
        p = Path(sel)
        candidates = [p, BENCH_DIR / sel, BENCH_DIR / (sel + ".py")]
        for c in candidates:
            if c.is_file():
                out.append(c.resolve())
                break
        else:
            if p.is_dir():
                out.extend(sorted(p.resolve().glob("*.py")))
            else:
                sys.exit(f"bench.py: no benchmark named {sel!r} (looked in {BENCH_DIR})")
    return out


class Run:
    """One execution of one program: wall time, output and how it ended."""

    def __init__(self, status, seconds, stdout, detail):
        self.status = status  # "ok", "fail" or "timeout"
        self.seconds = seconds
        self.stdout = stdout
        self.detail = detail


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def run_once(exe, script, timeout, env):
    t0 = time.perf_counter()
    try:
        proc = subprocess.Popen(
            [str(exe), script.name],
            cwd=str(script.parent),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,  # so a timeout can kill the whole group
        )
    except OSError as e:
        return Run("fail", 0.0, None, f"could not start {exe}: {e}")
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        proc.communicate()
        return Run("timeout", time.perf_counter() - t0, None, f"no result after {timeout:g} s")
    seconds = time.perf_counter() - t0
    stdout = out.decode("utf-8", "replace")
    if proc.returncode != 0:
        err = last_line(err.decode("utf-8", "replace"))
        if proc.returncode < 0:
            detail = f"killed by signal {-proc.returncode}"
            if err:
                detail += f": {err}"
        else:
            detail = f"exit {proc.returncode}: {err or '(no stderr)'}"
        return Run("fail", seconds, stdout, detail)
    return Run("ok", seconds, stdout, "")


def first_difference(expected, got):
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            return f"line {i + 1}: CPython {shorten(e)!r}, isopy {shorten(g)!r}"
    return "outputs differ"


def shorten(s, n=100):
    return s if len(s) <= n else s[: n - 3] + "..."


def bench_one(script, cpython, isopy, reps, timeout, env, log):
    name = script.stem
    cp_times, is_times = [], []
    cp_out = None
    cp_fail = is_fail = None
    is_out = None
    for rep in range(reps):
        order = ("cpython", "isopy") if rep % 2 == 0 else ("isopy", "cpython")
        for which in order:
            if which == "cpython":
                if cp_fail:
                    continue
                r = run_once(cpython, script, timeout, env)
                if r.status != "ok":
                    cp_fail = r
                    continue
                if cp_out is None:
                    cp_out = r.stdout
                elif r.stdout != cp_out:
                    cp_fail = Run("fail", r.seconds, r.stdout,
                                  "CPython printed different output on different runs")
                    continue
                cp_times.append(r.seconds)
            else:
                if is_fail:
                    continue
                r = run_once(isopy, script, timeout, env)
                if r.status != "ok":
                    # A failure or a timeout will not improve with repetition.
                    is_fail = r
                    continue
                if is_out is None:
                    is_out = r.stdout
                is_times.append(r.seconds)
        log(f"  {name}: run {rep + 1}/{reps}"
            + (f"  CPython {cp_times[-1]:.3f}s" if cp_times else "")
            + (f"  isopy {is_times[-1]:.3f}s" if is_times and not is_fail else ""))

    res = {
        "name": name,
        "path": str(script),
        "cpython_s": min(cp_times) if cp_times else None,
        "isopy_s": min(is_times) if is_times else None,
        "cpython_times": cp_times,
        "isopy_times": is_times,
        "ratio": None,
        "status": "ok",
        "detail": "",
        "cpython_output": cp_out,
    }
    if cp_fail:
        res["status"] = "CPYTHON-" + cp_fail.status.upper()
        res["detail"] = cp_fail.detail
    elif is_fail:
        res["status"] = "TIMEOUT" if is_fail.status == "timeout" else "FAIL"
        res["detail"] = is_fail.detail
        if is_fail.stdout and is_fail.stdout != cp_out:
            res["isopy_output"] = is_fail.stdout
    elif is_out != cp_out:
        res["status"] = "MISMATCH"
        res["detail"] = first_difference(cp_out, is_out)
        res["isopy_output"] = is_out
    else:
        res["ratio"] = res["cpython_s"] / res["isopy_s"]
    return res


def fmt_s(x):
    return f"{x:.3f}" if x is not None else "-"


def print_table(results, geomean, out=sys.stdout):
    w = max([len("benchmark")] + [len(r["name"]) for r in results])
    header = f"{'benchmark':<{w}}  {'CPython s':>9}  {'isopy s':>9}  {'ratio':>7}  status"
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in results:
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else "-"
        isopy_s = fmt_s(r["isopy_s"]) if r["status"] == "ok" else {
            "TIMEOUT": "timeout", "FAIL": "failed", "MISMATCH": fmt_s(r["isopy_s"]),
        }.get(r["status"], "-")
        status = r["status"].lower() if r["status"] == "ok" else r["status"]
        print(f"{r['name']:<{w}}  {fmt_s(r['cpython_s']):>9}  {isopy_s:>9}  {ratio:>7}  {status}",
              file=out)
    print("-" * len(header), file=out)
    ok = [r for r in results if r["ratio"] is not None]
    if ok:
        slower = [r["name"] for r in ok if r["ratio"] < 1.0]
        print(f"geometric mean of ratios ({len(ok)} of {len(results)} benchmarks): {geomean:.2f}x",
              file=out)
        if slower:
            print(f"slower than CPython: {', '.join(slower)}", file=out)
    else:
        print(f"geometric mean of ratios: - (no benchmark of {len(results)} ran and matched)",
              file=out)
    bad = [r for r in results if r["status"] != "ok"]
    if bad:
        print("", file=out)
        for r in bad:
            print(f"{r['name']}: {r['status']}: {r['detail']}", file=out)


def main():
    ap = argparse.ArgumentParser(
        description="Run benches/py/*.py under isopy and CPython and compare wall times.")
    ap.add_argument("benchmarks", nargs="*",
                    help="benchmark names (fib) or paths; default: every benches/py/*.py")
    ap.add_argument("--isopy", default=str(DEFAULT_ISOPY),
                    help="isopy binary (default: target/release/isopy)")
    ap.add_argument("--python", default=sys.executable,
                    help="CPython binary (default: sys.executable, the real binary "
                         "running this script, not the PATH shim)")
    ap.add_argument("-n", "--repetitions", type=int, default=3,
                    help="runs per interpreter and benchmark; the minimum counts (default 3)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before one run is abandoned (default 300)")
    ap.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args()

    if args.repetitions < 1:
        ap.error("-n must be at least 1")
    isopy = Path(args.isopy)
    if not isopy.is_file():
        print(f"bench.py: no isopy binary at {isopy}; build it with "
              f"`cargo build --release -p isopy` or pass --isopy PATH", file=sys.stderr)
        return 2
    cpython = Path(args.python)
    if not cpython.is_file():
        print(f"bench.py: no CPython binary at {cpython}", file=sys.stderr)
        return 2

    scripts = find_benchmarks(args.benchmarks)
    if not scripts:
        print(f"bench.py: no benchmarks in {BENCH_DIR}", file=sys.stderr)
        return 2

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    cp_version = subprocess.run(
        [str(cpython), "-c", "import sys; print(sys.version.split()[0])"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ).stdout.strip()
    log(f"CPython {cp_version}: {cpython}")
    log(f"isopy: {isopy.resolve()}")
    log(f"{len(scripts)} benchmarks, {args.repetitions} runs each, timeout {args.timeout:g} s")

    env = clean_env()
    results = []
    for script in scripts:
        try:
            results.append(bench_one(script, cpython, isopy, args.repetitions,
                                     args.timeout, env, log))
        except KeyboardInterrupt:
            log("interrupted; reporting what ran so far")
            break

    ok = [r["ratio"] for r in results if r["ratio"] is not None]
    geomean = math.exp(sum(math.log(x) for x in ok) / len(ok)) if ok else None
    print()
    print_table(results, geomean)

    if args.json:
        data = {
            "date": datetime.datetime.now().isoformat(timespec="seconds"),
            "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
            "cpython": {"path": str(cpython), "version": cp_version},
            "isopy": {"path": str(isopy.resolve())},
            "repetitions": args.repetitions,
            "timeout_s": args.timeout,
            "ratio": "CPython seconds / isopy seconds (above 1: isopy is faster)",
            "geomean": geomean,
            "geomean_of": len(ok),
            "benchmarks": results,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
        log(f"wrote {args.json}")

    all_ok = len(results) == len(scripts) and all(r["status"] == "ok" for r in results)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
