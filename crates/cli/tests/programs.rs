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

mod support;

use std::path::{Path, PathBuf};

use support::{check_all, first_difference, run_isopy_limited, startup_address_space_kib};

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

/// Sections whose programs ask for absurd amounts of memory and expect
/// `MemoryError`: they run with their address space limited to this many
/// KiB above what isopy maps to start, so an interpreter that tries to
/// grant such a request fails fast instead of eating the machine's memory.
/// CPython's expected output is the same with or without the limit (every
/// request is for a TiB or more).
const ADDRESS_SPACE_HEADROOM: &[(&str, u64)] = &[("memory_errors", 1 << 20)];

fn address_space_limit(program: &Path) -> Option<u64> {
    let section = program.strip_prefix(programs_root()).ok()?.components().next()?;
    let section = section.as_os_str().to_str()?;
    let (_, headroom) = ADDRESS_SPACE_HEADROOM.iter().find(|(name, _)| *name == section)?;
    Some(startup_address_space_kib() + headroom)
}

/// Compares one program's run with its expected files; `Err` explains how
/// they differ.
fn check(program: &Path) -> Result<(), String> {
    let expected_stdout = std::fs::read(program.with_extension("expected"))
        .map_err(|e| format!("no .expected file ({e}); run scripts/regen_expected.py"))?;
    let expected_error = std::fs::read_to_string(program.with_extension("error")).ok();
    let observed = run_isopy_limited(program, address_space_limit(program))?;
    let observed_error = observed.error();
    let mut problems = Vec::new();
    if observed_error != expected_error {
        problems.push(format!(
            "exit status / last stderr line:\n  expected: {:?}\n  isopy:    {:?}",
            expected_error.as_deref().unwrap_or("exit: 0"),
            observed_error.as_deref().unwrap_or("exit: 0"),
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

/// Runs every program under `section`, a few at a time, and fails with the
/// list of programs that disagree with CPython.
fn run_section(section: &str) {
    let root = programs_root();
    let mut programs = Vec::new();
    collect_programs(&root.join(section), &root, &mut programs);
    assert!(!programs.is_empty(), "tests/programs/{section} holds no programs");
    let failures = check_all(&programs, &root, check);
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

sections!(
    lexical,
    expressions,
    statements,
    classes,
    datamodel,
    exceptions,
    builtins,
    formatting,
    modules,
    malformed,
    threading,
    lifetimes,
    memory_errors,
    caches,
);

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
