//! Corpus tests: every malformed program under `tests/syntax_errors/` fails
//! exactly as CPython 3.11 reports it (its stderr, byte for byte, as
//! recorded by `scripts/regen_syntax_errors.py`), and every valid program of
//! the repository parses.

use std::fs;
use std::path::{Path, PathBuf};

use isopy_syntax::{decode_source, parse_module, SourceOrigin};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The `.py` files under `dir`, recursively, sorted.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.ends_with("tests/programs/malformed") {
                // Programs CPython refuses to compile, kept to test how a
                // script's SyntaxError is reported; not part of the valid corpus.
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// What `isopy --check` prints to stderr for `path`, with the file named as
/// CPython names it when run from the file's folder.
fn check_output(path: &Path) -> Option<String> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = fs::read(path).unwrap();
    let source = match decode_source(&bytes, &name) {
        Ok(source) => source,
        Err(e) => return Some(e.locate("", &name, SourceOrigin::File).to_string()),
    };
    parse_module(source).err().map(|e| e.locate(source, &name, SourceOrigin::File).to_string())
}

#[test]
fn syntax_errors_match_cpython_byte_for_byte() {
    let dir = workspace().join("tests/syntax_errors");
    let cases = python_files(&dir);
    assert!(cases.len() >= 40, "expected at least 40 cases, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let expected = fs::read_to_string(case.with_extension("expected")).unwrap_or_else(|e| {
            panic!("{}: no .expected file ({e}); run scripts/regen_syntax_errors.py", case.display())
        });
        match check_output(case) {
            None => failures.push(format!("{}: parsed without error; CPython says:\n{expected}", case.display())),
            Some(actual) if actual != expected => {
                failures.push(format!("{}:\n--- CPython\n{expected}--- isopy\n{actual}", case.display()))
            }
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn every_valid_program_parses() {
    let root = workspace();
    let mut files = python_files(&root.join("tests/programs"));
    files.extend(python_files(&root.join("tests/parser")));
    files.extend(python_files(&root.join("benches")));
    assert!(files.len() >= 100, "expected the corpus, found {} files", files.len());
    let failures: Vec<String> =
        files.iter().filter_map(|f| check_output(f).map(|e| format!("{}:\n{e}", f.display()))).collect();
    assert!(
        failures.is_empty(),
        "{} of {} valid programs failed to parse:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
