//! Object lifetimes that need the process boundary to be seen: what a
//! program leaves behind when it ends (files left open are flushed and
//! closed, suspended generators run their `finally`).
//!
//! Each test writes its programs into a fresh folder under the system's
//! temporary directory and runs `isopy` there. Where CPython 3.11 is the
//! oracle the expected text is what `python3` prints for the same program;
//! where CPython loses data (a file in a reference cycle) isopy must not,
//! and the expectation says so.

mod support;

use std::path::{Path, PathBuf};

use support::{run_isopy, text, Run, Scratch};

/// Runs `program` and fails unless it exits with `code`.
fn run_expecting(program: &Path, code: i32) -> Run {
    let run = run_isopy(program).unwrap_or_else(|e| panic!("{}: {e}", program.display()));
    assert_eq!(
        run.code,
        code,
        "{}: exit status\nstdout:\n{}\nstderr:\n{}",
        program.display(),
        text(&run.stdout),
        text(&run.stderr)
    );
    run
}

/// Prints every `NAME.tmp` it is given, as bytes, one per line (the second
/// run of the tests that check what the first run left on disk).
const READ_BACK: &str = r#"
import sys
for name in sys.argv[1:] or NAMES:
    try:
        print(name, repr(open(name + ".tmp", "rb").read()))
    except OSError as e:
        print(name, type(e).__name__)
"#;

fn read_back_program(scratch: &Scratch, names: &[&str]) -> PathBuf {
    let list = names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ");
    scratch.program("read_back.py", &format!("NAMES = [{list}]\n{READ_BACK}"))
}

/// Python's `repr()` of a `bytes` value without a `'` in it.
fn bytes_repr(data: &[u8]) -> String {
    let mut out = String::from("b'");
    for &b in data {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('\'');
    out
}

/// Checks both from a second isopy run and from Rust that each file holds
/// what was written into it.
fn assert_files(scratch: &Scratch, expected: &[(&str, &str)]) {
    let names: Vec<&str> = expected.iter().map(|(name, _)| *name).collect();
    let reader = read_back_program(scratch, &names);
    let run = run_expecting(&reader, 0);
    let want: String =
        expected.iter().map(|(name, data)| format!("{name} {}\n", bytes_repr(data.as_bytes()))).collect();
    assert_eq!(text(&run.stdout), want, "read back by a second isopy run");
    for (name, data) in expected {
        assert_eq!(scratch.read(&format!("{name}.tmp")), *data, "{name}.tmp read from Rust");
    }
}

/// Files written and never closed, still referenced when the program ends:
/// from a module global, a global set by a function, a suspended
/// generator's frame, a non-daemon thread that writes after the main
/// thread's last statement, `print(file=...)`, a binary file. CPython
/// flushes and closes each at exit, and `python3 read_back.py` prints the
/// same lines.
#[test]
fn files_left_open_at_exit_are_on_disk() {
    let scratch = Scratch::new("open-at-exit");
    let writer = scratch.program(
        "write.py",
        r#"
import threading
import time

f = open("module.tmp", "w")
f.write("module level")


def setup():
    global LOG
    LOG = open("function.tmp", "w")
    LOG.write("stored in a global by a function")


setup()


def writer():
    out = open("generator.tmp", "w")
    out.write("held by a suspended generator")
    yield


g = writer()
next(g)

KEEP = []


def late():
    time.sleep(0.2)
    KEEP.append(open("thread.tmp", "w"))
    KEEP[-1].write("written by a thread after the main thread finished")


threading.Thread(target=late).start()

P = open("print.tmp", "w")
print("printed", 1, 2, file=P)
B = open("binary.tmp", "wb")
B.write(b"binary")
print("main done")
"#,
    );
    let run = run_expecting(&writer, 0);
    assert_eq!(text(&run.stdout), "main done\n");
    assert_files(
        &scratch,
        &[
            ("module", "module level"),
            ("function", "stored in a global by a function"),
            ("generator", "held by a suspended generator"),
            ("thread", "written by a thread after the main thread finished"),
            ("print", "printed 1 2\n"),
            ("binary", "binary"),
        ],
    );
}

/// The program ends through `sys.exit(3)` (from inside a function) or an
/// uncaught exception: the files it left open are flushed all the same,
/// and the exit status is the one CPython gives (3, 1).
#[test]
fn files_left_open_are_on_disk_after_sys_exit_and_uncaught_exceptions() {
    let scratch = Scratch::new("open-at-abnormal-exit");
    let exits = scratch.program(
        "exits.py",
        r#"
import sys

f = open("sys_exit.tmp", "w")
f.write("before sys.exit")


def leave():
    g = open("sys_exit_local.tmp", "w")
    g.write("local of the frame that called sys.exit")
    sys.exit(3)


leave()
"#,
    );
    run_expecting(&exits, 3);
    let raises = scratch.program(
        "raises.py",
        r#"
f = open("uncaught.tmp", "w")
f.write("before an uncaught exception")


def fail():
    g = open("uncaught_local.tmp", "w")
    g.write("local of the frame that raised")
    raise ValueError("bye")


fail()
"#,
    );
    let run = run_expecting(&raises, 1);
    assert!(text(&run.stderr).ends_with("ValueError: bye\n"), "stderr:\n{}", text(&run.stderr));
    assert_files(
        &scratch,
        &[
            ("sys_exit", "before sys.exit"),
            ("sys_exit_local", "local of the frame that called sys.exit"),
            ("uncaught", "before an uncaught exception"),
            ("uncaught_local", "local of the frame that raised"),
        ],
    );
}

/// A sub-interpreter that is never closed: process exit finalizes it too,
/// so the file it left open and the file its suspended generator's finally
/// writes are on disk. (CPython 3.11 has no `interpreters`; this follows
/// INTERPRETERS.md and the rule that closing and exit lose no data.)
#[test]
fn files_left_open_in_a_sub_interpreter_never_closed_are_on_disk() {
    let scratch = Scratch::new("sub-interpreter-at-exit");
    let writer = scratch.program(
        "write.py",
        r#"
import interpreters

interp = interpreters.create()
interp.exec("""
f = open("sub.tmp", "w")
f.write("left open in a sub-interpreter")


def gen():
    try:
        yield 1
    finally:
        open("sub_generator.tmp", "w").write("finally of a generator in a sub-interpreter")


g = gen()
next(g)
""")
others = [interpreters.create() for _ in range(3)]
for i, other in enumerate(others):
    other.exec(f"out = open('sub{i}.tmp', 'w'); out.write('sub-interpreter {i}')")
print("main done")
"#,
    );
    let run = run_expecting(&writer, 0);
    assert_eq!(text(&run.stdout), "main done\n");
    assert_files(
        &scratch,
        &[
            ("sub", "left open in a sub-interpreter"),
            ("sub_generator", "finally of a generator in a sub-interpreter"),
            ("sub0", "sub-interpreter 0"),
            ("sub1", "sub-interpreter 1"),
            ("sub2", "sub-interpreter 2"),
        ],
    );
}

/// A file whose only holder is a reference cycle. CPython 3.11 LOSES this
/// data, both when `gc.collect()` reclaims the cycle and at exit: its
/// collector may close the raw file before the buffered writer above it
/// is finalized (`python3` prints `b''` for both). isopy must not lose it.
#[test]
fn a_file_held_by_a_reference_cycle_loses_nothing() {
    let scratch = Scratch::new("file-in-cycle");
    let writer = scratch.program(
        "write.py",
        r#"
import gc

gc.disable()


class Logger:
    def __init__(self, path):
        self.f = open(path, "w")
        self.me = self


log = Logger("collected.tmp")
log.f.write("in a cycle reclaimed by gc.collect()")
log = None
gc.collect()
print(repr(open("collected.tmp").read()))

box = [open("list_cycle.tmp", "w")]
box.append(box)
box[0].write("in a list that holds itself")
box = None
gc.collect()
print(repr(open("list_cycle.tmp").read()))

at_exit = Logger("at_exit.tmp")
at_exit.f.write("in a cycle alive at exit")
at_exit = None
print("main done")
"#,
    );
    let run = run_expecting(&writer, 0);
    assert_eq!(text(&run.stdout), "'in a cycle reclaimed by gc.collect()'\n'in a list that holds itself'\nmain done\n");
    assert_files(
        &scratch,
        &[
            ("collected", "in a cycle reclaimed by gc.collect()"),
            ("list_cycle", "in a list that holds itself"),
            ("at_exit", "in a cycle alive at exit"),
        ],
    );
}

/// A generator suspended at module level when the program ends runs its
/// `finally` during shutdown, after the program's last line, as CPython
/// does; its output reaches stdout.
#[test]
fn a_suspended_generator_runs_its_finally_at_exit() {
    let scratch = Scratch::new("generator-at-exit");
    let program = scratch.program(
        "gen.py",
        r#"
def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


g = gen("module global")
next(g)
print("main done")
"#,
    );
    let run = run_expecting(&program, 0);
    assert_eq!(text(&run.stdout), "main done\nfinally module global\n");
}

/// Several suspended generators alive at exit, held in different ways, and
/// exits through `sys.exit()` and an uncaught exception: every `finally`
/// runs after the program's last line. CPython runs the one held by a cycle
/// first (its collector runs as shutdown starts), then the module globals
/// in the order they were bound; only that each runs is checked here.
#[test]
fn every_suspended_generator_runs_its_finally_at_exit() {
    let scratch = Scratch::new("generators-at-exit");
    let program = scratch.program(
        "gens.py",
        r#"
def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


g = gen("module global")
next(g)


def keep():
    global G2
    G2 = gen("stored by a function")
    next(G2)


keep()


class Node:
    pass


n = Node()
n.me = n
n.g = gen("cycle")
next(n.g)
del n

held = [gen("in a list")]
next(held[0])
print("main done")
"#,
    );
    let run = run_expecting(&program, 0);
    let stdout = text(&run.stdout);
    let mut lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.first(), Some(&"main done"), "stdout:\n{stdout}");
    lines.remove(0);
    lines.sort();
    assert_eq!(
        lines,
        ["finally cycle", "finally in a list", "finally module global", "finally stored by a function"],
        "stdout:\n{stdout}"
    );

    let exits = scratch.program(
        "exits.py",
        r#"
import sys


def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


g = gen("sys.exit")
next(g)
print("exiting")
sys.exit(3)
"#,
    );
    let run = run_expecting(&exits, 3);
    assert_eq!(text(&run.stdout), "exiting\nfinally sys.exit\n");

    let raises = scratch.program(
        "raises.py",
        r#"
def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


g = gen("uncaught")
next(g)
raise ValueError("bye")
"#,
    );
    let run = run_expecting(&raises, 1);
    assert_eq!(text(&run.stdout), "finally uncaught\n");
    assert!(text(&run.stderr).ends_with("ValueError: bye\n"), "stderr:\n{}", text(&run.stderr));
}
