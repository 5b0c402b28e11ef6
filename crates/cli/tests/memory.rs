//! Programs that run out of memory, under an address-space limit
//! (`ulimit -v`, just above what isopy needs to start): a container grown
//! until memory runs out, memory filled with many small objects (also by
//! a built-in, and inside a sub-interpreter), and results no machine can
//! hold. Each gets `MemoryError`, which the program catches before it goes
//! on; the process never aborts.

mod support;

use support::{run_isopy_limited, startup_address_space_kib, text, Scratch};

/// Room above the startup size that the growing programs may fill before
/// they run out: enough to start and print, little enough to run out fast.
const HEADROOM_KIB: u64 = 192 * 1024;

/// Runs `grow` (a statement that makes `grown` bigger) in a loop under an
/// address-space limit (`ulimit -v`, set just above what isopy needs to
/// start) until it raises `MemoryError`; the program must catch it, drop
/// what it built, print and exit 0, as CPython does under the same limit.
/// Failing that, the process aborts ("memory allocation of N bytes
/// failed", SIGABRT).
fn assert_growth_ends_in_memory_error(kind: &str, setup: &str, grow: &str) {
    let scratch = Scratch::new(&format!("grow-{kind}"));
    let limit = startup_address_space_kib() + HEADROOM_KIB;
    let program = scratch.program(
        "grow.py",
        &format!(
            r#"
{setup}
rounds = 0
try:
    while True:
        {grow}
        rounds += 1
except MemoryError:
    grown = None
    print("caught MemoryError")
print("goes on:", sum(range(100)), rounds > 10)
"#
        ),
    );
    let started = std::time::Instant::now();
    let run = run_isopy_limited(&program, Some(limit))
        .unwrap_or_else(|e| panic!("growing a {kind} under ulimit -v {limit}: {e}"));
    assert_eq!(
        (run.code, text(&run.stdout).as_str()),
        (0, "caught MemoryError\ngoes on: 4950 True\n"),
        "growing a {kind} under ulimit -v {limit} (after {:?}); stderr:\n{}",
        started.elapsed(),
        text(&run.stderr)
    );
}

#[test]
fn a_list_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error("list", "grown = []\nchunk = [None] * 10_000", "grown.extend(chunk)");
}

#[test]
fn a_str_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error("str", "grown = 'x' * 1024", "grown += grown");
}

#[test]
fn a_bytearray_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error(
        "bytearray",
        "grown = bytearray()\nchunk = b'x' * 1_000_000",
        "grown.extend(chunk)",
    );
}

#[test]
fn a_dict_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error("dict", "grown = {}", "grown[rounds] = None");
}

#[test]
fn a_set_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error(
        "set",
        "grown = set()",
        "grown.update(range(rounds * 1000, rounds * 1000 + 1000))",
    );
}

// Memory filled with many small objects, none of which asks for much: the
// allocation that finds no memory is an object's box, a string, a tuple,
// or the collector's bookkeeping, none of which can fail on its own. The
// memory cushion (`isopy_vm::host::MemoryCushion`) turns it into
// `MemoryError` at the next safe point. Before it, each of these aborted
// the process ("memory allocation of 64 bytes failed").

#[test]
fn a_list_of_new_objects_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error(
        "list of objects",
        "class Point:\n    def __init__(self, n):\n        self.n = n\ngrown = []",
        "grown.append(Point(rounds))",
    );
}

#[test]
fn a_list_of_new_strs_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error("list of strs", "grown = []", "grown.append(str(rounds))");
}

#[test]
fn a_list_of_new_lists_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error("list of lists", "grown = []", "grown.append([rounds])");
}

/// A thousand objects per round: the long lists the cycle collector
/// keeps and works in are what cannot grow.
#[test]
fn lists_of_plain_objects_grown_until_memory_runs_out_raise_memory_error() {
    assert_growth_ends_in_memory_error(
        "lists of objects",
        "grown = []",
        "grown.append([object() for _ in range(1000)])",
    );
}

#[test]
fn a_dict_of_new_tuples_grown_until_memory_runs_out_raises_memory_error() {
    assert_growth_ends_in_memory_error("dict of tuples", "grown = {}", "grown[rounds] = (rounds, rounds)");
}

/// A built-in that fills memory with objects in one call, passing no safe
/// point of the frame loop: `MemoryError` comes from inside it.
#[test]
fn a_builtin_that_fills_memory_with_objects_raises_memory_error() {
    let scratch = Scratch::new("fill-builtin");
    let limit = startup_address_space_kib() + HEADROOM_KIB;
    let program = scratch.program(
        "fill.py",
        r#"
for make in (list, set, tuple):
    try:
        grown = make(map(str, range(10**9)))
    except MemoryError as e:
        print(make.__name__, type(e).__name__, repr(str(e)))
print("goes on:", sum(range(100)))
"#,
    );
    let run = run_isopy_limited(&program, Some(limit)).unwrap_or_else(|e| panic!("under ulimit -v {limit}: {e}"));
    assert_eq!(
        (run.code, text(&run.stdout).as_str()),
        (0, "list MemoryError ''\nset MemoryError ''\ntuple MemoryError ''\ngoes on: 4950\n"),
        "stderr:\n{}",
        text(&run.stderr)
    );
}

/// A sub-interpreter that fills memory with objects, run from the main
/// thread and from another: its `exec` fails with `MemoryError` (as
/// `ExecutionFailed`), its frames are gone and their memory with them, and
/// both interpreters go on.
#[test]
fn a_sub_interpreter_that_fills_memory_raises_memory_error_and_both_go_on() {
    let scratch = Scratch::new("fill-interpreter");
    let limit = startup_address_space_kib() + HEADROOM_KIB;
    let program = scratch.program(
        "fill.py",
        r#"
import interpreters, threading

FILL = """
def fill():
    grown = []
    while True:
        grown.append(object())
        grown.append((len(grown), str(len(grown))))
fill()
"""

def attempt(interp, where):
    try:
        interp.exec(FILL)
    except interpreters.ExecutionFailed as e:
        print(where, type(e).__name__, e.excinfo.type.__name__, repr(e.excinfo.msg))

interp = interpreters.create()
attempt(interp, "main thread:")
thread = threading.Thread(target=attempt, args=(interp, "other thread:"))
thread.start()
thread.join()
interp.exec("print('sub goes on:', sum(range(100)))")
interp.close()
print("main goes on:", sum(range(100)))
"#,
    );
    let run = run_isopy_limited(&program, Some(limit)).unwrap_or_else(|e| panic!("under ulimit -v {limit}: {e}"));
    assert_eq!(
        (run.code, text(&run.stdout).as_str()),
        (
            0,
            "main thread: ExecutionFailed MemoryError ''\n\
             other thread: ExecutionFailed MemoryError ''\n\
             sub goes on: 4950\n\
             main goes on: 4950\n"
        ),
        "stderr:\n{}",
        text(&run.stderr)
    );
}

/// Powers whose result no machine can hold (`10 ** n` with a huge `n`)
/// raise `MemoryError` at once and the program goes on. CPython cannot be
/// the oracle here: it squares its way up until an allocation fails, which
/// takes hours, so the expectation is written by hand (CPython's eventual
/// exception, with its empty message). Run under an address-space limit,
/// so an interpreter that tries to compute them cannot take the machine's
/// memory.
#[test]
fn huge_powers_raise_memory_error_at_once() {
    let scratch = Scratch::new("huge-powers");
    let limit = startup_address_space_kib() + HEADROOM_KIB;
    let program = scratch.program(
        "powers.py",
        r#"
def attempt(label, make):
    try:
        make()
    except MemoryError as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


attempt("10 ** (10**15)", lambda: 10 ** (10**15))
attempt("2 ** (2**60)", lambda: 2 ** (2**60))
attempt("(-3) ** (10**15)", lambda: (-3) ** (10**15))
attempt("pow(10, 10**15)", lambda: pow(10, 10**15))
attempt("10 ** (2**64)", lambda: 10 ** (2**64))
n = 10
try:
    n **= 10**15
except MemoryError:
    print("n **= 10**15 MemoryError")
print("n is unchanged:", n, "and", 10 ** 20, 2 ** 100 % 1000)
"#,
    );
    let run =
        run_isopy_limited(&program, Some(limit)).unwrap_or_else(|e| panic!("powers under ulimit -v {limit}: {e}"));
    assert_eq!(
        text(&run.stdout),
        "10 ** (10**15) MemoryError ''\n\
         2 ** (2**60) MemoryError ''\n\
         (-3) ** (10**15) MemoryError ''\n\
         pow(10, 10**15) MemoryError ''\n\
         10 ** (2**64) MemoryError ''\n\
         n **= 10**15 MemoryError\n\
         n is unchanged: 10 and 100000000000000000000 376\n",
        "stderr:\n{}",
        text(&run.stderr)
    );
    assert_eq!(run.code, 0, "stderr:\n{}", text(&run.stderr));
}
