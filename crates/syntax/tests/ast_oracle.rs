//! The parser's output checked against CPython's: for every valid program
//! of the corpus, isopy's `ast.dump(..., include_attributes=True)` rendering
//! equals the one `python3` prints (scripts/ast_dump.py), so every node,
//! field, context and position (line, byte column, end line, end column) is
//! CPython's.

use std::path::{Path, PathBuf};
use std::process::Command;

use isopy_syntax::dump::{dump_module, DumpOptions};
use isopy_syntax::{decode_source, parse_module};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn corpus(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![root.join("tests/programs"), root.join("tests/parser"), root.join("benches/data")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.ends_with("tests/programs/malformed") {
                // Programs CPython refuses to compile, kept to test how a
                // script's SyntaxError is reported; not part of the valid corpus.
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// CPython's dumps, keyed by path, from one python3 process.
fn cpython_dumps(root: &Path, files: &[PathBuf]) -> Vec<(String, String)> {
    let output = Command::new("python3")
        .arg(root.join("scripts/ast_dump.py"))
        .args(files)
        .output()
        .expect("python3 runs (CI and the README require it)");
    assert!(output.status.success(), "ast_dump.py failed: {}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    lines.chunks(2).map(|pair| (pair[0].to_string(), pair[1].to_string())).collect()
}

/// The first place two dumps differ, with some context.
fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected.bytes().zip(actual.bytes()).take_while(|(a, b)| a == b).count();
    let from = at.saturating_sub(160);
    let show = |s: &str| s.get(from..(at + 80).min(s.len())).unwrap_or("<end>").to_string();
    format!("  CPython: ...{}\n  isopy:   ...{}", show(expected), show(actual))
}

#[test]
fn ast_matches_cpython_for_every_corpus_program() {
    let root = workspace();
    let files = corpus(&root);
    assert!(files.len() >= 100, "corpus too small: {}", files.len());
    let mut failures = Vec::new();
    for (path, expected) in cpython_dumps(&root, &files) {
        let bytes = std::fs::read(&path).unwrap();
        let source = decode_source(&bytes, &path).unwrap();
        let actual = match parse_module(source) {
            Ok(module) => dump_module(&module, source, DumpOptions { include_attributes: true, indent: None }),
            Err(e) => format!("SyntaxError: {}", e.message),
        };
        if actual != expected {
            failures.push(format!("{path}\n{}", first_difference(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython's AST:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
