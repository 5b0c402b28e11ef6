//! What CPython 3.11 cannot be the oracle for: the programs of
//! `tests/interpreters/` (expected output written by hand from the
//! specification's INTERPRETERS.md) and `tests/limits/` (deep recursion at a
//! limit CPython crashes at, memory that must stay bounded). The scripts
//! users bring live outside the repository; `scripts/check_user_scripts.py`
//! runs them (CI does, when they are there), not these tests.

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
