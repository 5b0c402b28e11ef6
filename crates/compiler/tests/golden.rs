//! Compiler tests: every corpus program compiles, and the disassembly of
//! the programs in `tests/dis/` matches their `.dis` golden files
//! (regenerate with `ISOPY_BLESS=1 cargo test -p isopy-compiler`).

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
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

#[test]
fn every_corpus_program_compiles() {
    let root = workspace();
    let mut files = python_files(&root.join("tests/programs"));
    files.extend(python_files(&root.join("tests/parser")));
    files.extend(python_files(&root.join("benches")));
    assert!(files.len() >= 100);
    let mut failures = Vec::new();
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap();
        if let Err(e) = isopy_compiler::compile_source(&source, "x.py") {
            // The parser corpus holds every form CPython's grammar has,
            // including literals isopy parses but has no type for (`1j`).
            let parser_only = f.starts_with(root.join("tests/parser")) && e.message.ends_with("not supported by isopy");
            if !parser_only {
                failures.push(format!("{}: {}", f.display(), e));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn disassembly_matches_golden_files() {
    let bless = std::env::var_os("ISOPY_BLESS").is_some();
    let files = python_files(&workspace().join("tests/dis"));
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for f in files {
        let source = std::fs::read_to_string(&f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let code = isopy_compiler::compile_source(&source, &name).unwrap();
        let actual = isopy_compiler::dis::disassemble(&code);
        let golden = f.with_extension("dis");
        if bless {
            std::fs::write(&golden, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{name} differs from {}; rerun with ISOPY_BLESS=1 if intended", golden.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
