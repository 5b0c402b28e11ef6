//! What CPython 3.11 cannot be the oracle for: the programs of
//! `tests/interpreters/` (expected output written by hand from
//! `../shared/INTERPRETERS.md`) and `tests/limits/` (deep recursion at a
//! limit CPython crashes at, memory that must stay bounded), and the
//! scripts users bring (`../shared/user-scripts/`), run as they stand.

mod support;

use std::path::{Path, PathBuf};

use support::{check_all, first_difference, repo_root, run_isopy};

/// `NAME.expected` is the whole stdout; the exit status must be 0 unless
/// `NAME.error` records `exit: N` and stderr's last line.
fn check_against_expected(program: &Path) -> Result<(), String> {
    let expected = std::fs::read(program.with_extension("expected")).map_err(|e| format!("no .expected file ({e})"))?;
    let expected_error = std::fs::read_to_string(program.with_extension("error")).ok();
    let run = run_isopy(program)?;
    let mut problems = Vec::new();
    if run.error() != expected_error {
        problems.push(format!(
            "exit status / last stderr line:\n  expected: {:?}\n  isopy:    {:?}\n  stderr:\n{}",
            expected_error.as_deref().unwrap_or("exit: 0"),
            run.error().as_deref().unwrap_or("exit: 0"),
            String::from_utf8_lossy(&run.stderr)
        ));
    }
    if run.stdout != expected {
        problems.push(first_difference(&expected, &run.stdout));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// Runs `programs` (at least `at_least` of them, from `root`) against
/// their expected files and fails with every disagreement.
fn assert_all_match(root: &Path, programs: &[PathBuf], at_least: usize) {
    assert!(
        programs.len() >= at_least,
        "expected {at_least}+ programs in {}, found {}",
        root.display(),
        programs.len()
    );
    let failures = check_all(programs, root, check_against_expected);
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n\n")
    );
}

#[test]
fn hand_checked_interpreter_programs() {
    let root = repo_root().join("tests/interpreters");
    assert_all_match(&root, &python_files(&root), 8);
}

#[test]
fn hand_checked_limit_programs() {
    let root = repo_root().join("tests/limits");
    assert_all_match(&root, &python_files(&root), 3);
}

fn user_scripts() -> PathBuf {
    let dir = repo_root().join("../shared/user-scripts");
    assert!(dir.is_dir(), "{} is missing: CI and the README put ../shared beside the checkout", dir.display());
    dir
}

/// Every user script with an `.expected` file prints exactly that.
#[test]
fn user_scripts_match_their_expected_output() {
    let root = user_scripts();
    let programs: Vec<PathBuf> =
        python_files(&root).into_iter().filter(|p| p.with_extension("expected").is_file()).collect();
    assert_all_match(&root, &programs, 3);
}

/// `seed_performance.py` as its README describes it: two timing lines on
/// stdout; on stderr, CPython's report of the ten threads whose target
/// takes no argument, no line split by another; exit status 0.
#[test]
fn seed_performance_runs_as_described() {
    let script = user_scripts().join("seed_performance.py");
    let run = run_isopy(&script).unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.code, 0, "stderr:\n{stderr}");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "stdout:\n{stdout}");
    for (line, label) in lines.iter().zip(["subinterpreter", "no_subinterpreter"]) {
        let prefix = format!("Test {label} has total execution time ");
        let seconds = line.strip_prefix(&prefix).unwrap_or_else(|| panic!("unexpected line {line:?}"));
        let seconds: f64 = seconds.parse().unwrap_or_else(|_| panic!("not a number of seconds: {line:?}"));
        assert!(seconds > 0.0, "{line}");
    }
    let mut headers: Vec<&str> = stderr.lines().filter(|l| l.starts_with("Exception in thread")).collect();
    headers.sort();
    headers.dedup();
    assert_eq!(headers.len(), 10, "ten distinct thread reports expected:\n{stderr}");
    for header in &headers {
        let name = header.strip_prefix("Exception in thread Thread-").unwrap_or_else(|| panic!("{header}"));
        let number = name.strip_suffix(" (thread_function_normal):").unwrap_or_else(|| panic!("{header}"));
        assert!(number.parse::<u32>().is_ok(), "{header}");
    }
    let type_errors = stderr
        .lines()
        .filter(|l| *l == "TypeError: thread_function_normal() takes 0 positional arguments but 1 was given")
        .count();
    assert_eq!(type_errors, 10, "stderr:\n{stderr}");
    // Every line is one of the report's lines: none was split by another.
    for line in stderr.lines() {
        let known = line.starts_with("Exception in thread Thread-")
            || line == "Traceback (most recent call last):"
            || line.starts_with("  File ")
            || line.starts_with("    ")
            || line.starts_with("TypeError: thread_function_normal()");
        assert!(known, "unexpected stderr line {line:?} in:\n{stderr}");
    }
}
