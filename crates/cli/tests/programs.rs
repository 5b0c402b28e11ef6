//! Every program in `tests/programs/` runs under `isopy` and must print what
//! CPython 3.11 printed for it.
//!
//! `scripts/regen_expected.py` records, for each `NAME.py`, CPython's stdout
//! in `NAME.expected` and, when CPython exited with a non-zero status,
//! `exit: N` and the last line of stderr in `NAME.error`. This harness runs
//! each program the same way (its own folder as the working directory, stdin
//! from /dev/null, the same environment) and compares all three.
//!
//! There is one test per section folder, so a failure names its section, and
//! `every_section_folder_has_a_test` keeps a new folder from being skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A program that runs longer than this is reported as hung.
const TIMEOUT: Duration = Duration::from_secs(120);

fn programs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs").canonicalize().unwrap()
}

/// Helpers are modules the programs import: a file or folder whose name
/// starts with `helper_` is not a program of its own.
fn is_helper(relative: &Path) -> bool {
    relative.components().any(|c| c.as_os_str().to_string_lossy().starts_with("helper_"))
}

fn collect_programs(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        let relative = path.strip_prefix(root).unwrap();
        if is_helper(relative) || path.file_name().is_some_and(|n| n == "__pycache__") {
            continue;
        }
        if path.is_dir() {
            collect_programs(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// What a run produced, in the form the expected files record it.
struct Observed {
    stdout: Vec<u8>,
    /// `None` for exit status 0, else `exit: N\n<last stderr line>\n`.
    error: Option<String>,
}

fn run(program: &Path) -> Result<Observed, String> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_isopy"));
    command
        .arg(program.file_name().unwrap())
        .current_dir(program.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command.env("PYTHONHASHSEED", "0").env("PYTHONIOENCODING", "utf-8").env("PYTHONDONTWRITEBYTECODE", "1");
    let mut child = command.spawn().map_err(|e| format!("cannot start isopy: {e}"))?;
    // Read both pipes on their own threads so a chatty program cannot
    // block on a full pipe while we wait for it.
    let mut stdout_pipe = child.stdout.take().unwrap();
    let mut stderr_pipe = child.stderr.take().unwrap();
    let stdout_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stdout_pipe, &mut buf).map(|_| buf)
    });
    let stderr_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stderr_pipe, &mut buf).map(|_| buf)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("still running after {}s (killed)", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout_reader.join().unwrap().map_err(|e| e.to_string())?;
    let stderr = stderr_reader.join().unwrap().map_err(|e| e.to_string())?;
    let error = match status.code() {
        Some(0) => None,
        Some(code) => {
            let stderr = String::from_utf8_lossy(&stderr);
            let last = stderr.trim_end_matches('\n').lines().last().unwrap_or("").to_string();
            Some(format!("exit: {code}\n{last}\n"))
        }
        None => return Err(format!("killed by a signal ({status}); stderr:\n{}", String::from_utf8_lossy(&stderr))),
    };
    Ok(Observed { stdout, error })
}

/// Compares one program's run with its expected files; `Err` explains how
/// they differ.
fn check(program: &Path) -> Result<(), String> {
    let expected_stdout = std::fs::read(program.with_extension("expected"))
        .map_err(|e| format!("no .expected file ({e}); run scripts/regen_expected.py"))?;
    let expected_error = std::fs::read_to_string(program.with_extension("error")).ok();
    let observed = run(program)?;
    let mut problems = Vec::new();
    if observed.error != expected_error {
        problems.push(format!(
            "exit status / last stderr line:\n  expected: {:?}\n  isopy:    {:?}",
            expected_error.as_deref().unwrap_or("exit: 0"),
            observed.error.as_deref().unwrap_or("exit: 0"),
        ));
    }
    if observed.stdout != expected_stdout {
        problems.push(first_difference(&expected_stdout, &observed.stdout));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The first line where stdout differs, with its line number.
fn first_difference(expected: &[u8], observed: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let observed = String::from_utf8_lossy(observed);
    let mut expected_lines = expected.split_inclusive('\n');
    let mut observed_lines = observed.split_inclusive('\n');
    for number in 1.. {
        match (expected_lines.next(), observed_lines.next()) {
            (None, None) => break,
            (e, o) if e == o => continue,
            (e, o) => {
                return format!("stdout differs at line {number}:\n  expected: {e:?}\n  isopy:    {o:?}");
            }
        }
    }
    "stdout differs".into()
}

/// Runs every program under `section`, a few at a time, and fails with the
/// list of programs that disagree with CPython.
fn run_section(section: &str) {
    let root = programs_root();
    let mut programs = Vec::new();
    collect_programs(&root.join(section), &root, &mut programs);
    assert!(!programs.is_empty(), "tests/programs/{section} holds no programs");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(programs.len());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(index) else { break };
                if let Err(why) = check(program) {
                    let name = program.strip_prefix(&root).unwrap().display().to_string();
                    failures.lock().unwrap().push(format!("{name}: {why}"));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {} programs in tests/programs/{section} disagree with CPython:\n\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n\n")
    );
}

macro_rules! sections {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run_section(stringify!($name));
            }
        )*

        const SECTIONS: &[&str] = &[$(stringify!($name)),*];
    };
}

sections!(lexical, expressions, statements, classes, datamodel, exceptions, builtins, formatting, modules, malformed);

#[test]
fn every_section_folder_has_a_test() {
    let root = programs_root();
    let mut folders: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("helper_") && name != "__pycache__")
        .collect();
    folders.sort();
    let missing: Vec<_> = folders.iter().filter(|f| !SECTIONS.contains(&f.as_str())).collect();
    assert!(missing.is_empty(), "add these folders to sections!(...) in {}: {missing:?}", file!());
    let loose: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    assert!(loose.is_empty(), "programs must live in a section folder: {loose:?}");
}
